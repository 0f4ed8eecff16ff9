"""The ``newskg`` command: a thin layer over the library.

Each subcommand parses its options, calls one library function and prints what
it returned. Library errors become one line on stderr and a non-zero exit code:

0  done;  1  error, nothing written;  2  usage error;
3  ``build`` wrote its outputs but skipped some inputs (listed in its summary);
130  interrupted (Ctrl-C), previous outputs kept.
"""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path

from . import __version__
from .extractors.reader import MAX_BYTES

__all__ = ["main"]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_SKIPPED = 3
EXIT_INTERRUPTED = 130


def _bundled_seeds() -> str:
    """The seeds folder: next to the checkout, or the copy installed with the package."""
    here = Path(__file__).resolve().parent.parent / "seeds"
    if here.is_dir():
        return str(here)
    return str(resources.files("newskg") / "seeds")


def _cmd_build(args: argparse.Namespace) -> int:
    from .build import BuildError, BuildOptions, build
    from .cluster import ClusterError
    from .extractors import ExtractOptions, InputError
    from .fs import OutputError

    inputs = tuple(args.inputs) or (_bundled_seeds(),)
    options = BuildOptions(
        inputs=inputs,
        out=args.out,
        extract=ExtractOptions(
            year=args.year, lexicons=tuple(args.lexicon), max_bytes=args.max_bytes
        ),
        progress=not args.quiet and sys.stderr.isatty(),
        workers=args.workers,
        cache=not args.no_cache,
        cache_dir=args.cache_dir,
        scheduler=args.scheduler,
        strict=args.strict,
    )
    try:
        report = build(options)
    except InputError as e:
        print(f"newskg: {e} (--strict: nothing written)" if args.strict else f"newskg: {e}",
              file=sys.stderr)
        return EXIT_ERROR
    except BuildError as e:
        print(f"newskg: {e}", file=sys.stderr)
        for path, problem in e.skipped:
            print(f"  {path}: {problem}", file=sys.stderr)
        return EXIT_ERROR
    except (OutputError, ClusterError) as e:
        print(f"newskg: {e}", file=sys.stderr)
        return EXIT_ERROR
    print(report.summary())
    return EXIT_SKIPPED if report.skipped else EXIT_OK


_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}


def _byte_size(text: str) -> int:
    """``50MB``, ``500k``, ``1G`` or a number of bytes."""
    unit = text.strip().upper().removesuffix("B").removesuffix("I")
    number = unit.rstrip("KMG")
    try:
        value = int(float(number) * _UNITS[unit[len(number):]])
    except (KeyError, ValueError):
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 50MB, 500K)") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1 byte, not {text!r}")
    return value


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newskg",
        description=(
            "Build a knowledge graph of officials, posts, meetings and inspection tours "
            "from Chinese newspaper pages, then query it and score it."
        ),
        epilog="Start with: newskg build   (builds the bundled seed page into out/)",
    )
    parser.add_argument("--version", action="version", version=f"newskg {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser(
        "build",
        help="turn pages into a graph and write every export",
        description=(
            "Read .txt pages and .jsonl article dumps (files or folders), extract who did "
            "what, build the graph and write graph.ttl, graph.graphml, graph.gexf, "
            "graph.html and triples.jsonl into the output folder."
        ),
        epilog="Example: newskg build seeds/ --out out/",
    )
    b.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders (default: seeds)")
    b.add_argument("--out", default="out", metavar="DIR", help="output folder (default: out)")
    b.add_argument("--year", type=int, help="year for dates when a file gives none")
    b.add_argument(
        "--lexicon", action="append", default=[], metavar="FILE",
        help="extra lexicon file merged over the bundled ones (repeatable)",
    )
    b.add_argument(
        "--workers", type=_positive_int, metavar="N",
        help="extraction processes (default: one per core); output is the same for any N",
    )
    b.add_argument(
        "--no-cache", action="store_true",
        help="extract every file again instead of reusing unchanged files' articles",
    )
    b.add_argument(
        "--cache-dir", metavar="DIR",
        help="where extracted articles are kept between builds (default: OUT/.newskg-cache)",
    )
    b.add_argument(
        "--scheduler", metavar="ADDRESS",
        help="run extraction on a Dask cluster, e.g. tcp://10.0.0.5:8786 "
        "(needs pip install 'newskg[cluster]' here and on the workers)",
    )
    b.add_argument(
        "--strict", action="store_true",
        help="stop at the first bad input (exit 1, nothing written) instead of skipping it",
    )
    b.add_argument(
        "--max-bytes", type=_byte_size, default=MAX_BYTES, metavar="SIZE",
        help="refuse a page (or a JSONL line) larger than this (default: 50MB)",
    )
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    b.set_defaults(func=_cmd_build)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("newskg: interrupted; previous outputs kept", file=sys.stderr)
        return EXIT_INTERRUPTED
