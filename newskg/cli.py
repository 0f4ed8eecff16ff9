"""The ``newskg`` command: a thin layer over the library.

Each subcommand parses its options, calls one library function and prints what
it returned. Library errors become one line on stderr and a non-zero exit code:

0  done;  1  error, nothing written;  2  usage error (a bad option: nothing read);
3  ``build`` wrote its outputs but skipped some inputs (listed in its summary);
130  interrupted (Ctrl-C or ``kill``), previous outputs kept;
141  the reader of the output went away (``newskg query ... | head``): ends quietly.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from pathlib import Path

from . import __version__
from .extractors.reader import MAX_BYTES

__all__ = ["main"]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_SKIPPED = 3
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a tool killed by a closed pipe reports


def _bundled_seeds() -> str:
    """The seeds folder of the checkout (editable install) or of the current folder."""
    for here in (Path(__file__).resolve().parent.parent / "seeds", Path.cwd() / "seeds"):
        if here.is_dir():
            return str(here)
    return "seeds"  # named in the one-line error if it is missing


def _cmd_build(args: argparse.Namespace) -> int:
    from .build import BuildError, BuildOptions, OptionError, build
    from .exports import ExportOptions
    from .extractors import ExtractOptions, InputError
    from .fs import OutputError
    from .parallel import EngineError

    inputs = tuple(args.inputs) or (_bundled_seeds(),)
    options = BuildOptions(
        inputs=inputs,
        out=args.out,
        extract=ExtractOptions(
            year=args.year, lexicons=tuple(args.lexicon), max_bytes=args.max_bytes,
            place=args.place,
        ),
        progress=not args.quiet and sys.stderr.isatty(),
        workers=args.workers,
        cache=not args.no_cache,
        cache_dir=args.cache_dir,
        scheduler=args.scheduler,
        strict=args.strict,
        exports=ExportOptions(articles=args.articles),
        persons=args.persons,
    )
    try:
        report = build(options)
    except OptionError as e:
        print(f"newskg: {e}; nothing read, nothing written", file=sys.stderr)
        return EXIT_USAGE
    except InputError as e:
        print(f"newskg: {e} (--strict: nothing written)" if args.strict else f"newskg: {e}",
              file=sys.stderr)
        return EXIT_ERROR
    except BuildError as e:
        print(f"newskg: {e}", file=sys.stderr)
        for path, problem in e.skipped:
            print(f"  {path}: {problem}", file=sys.stderr)
        return EXIT_ERROR
    except (OutputError, EngineError) as e:
        print(f"newskg: {e}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as e:  # e.g. the cache folder on a full disk: one line, not a traceback
        where = f"{e.filename}: " if e.filename else ""
        print(f"newskg: {where}{e.strerror or e}; previous outputs kept", file=sys.stderr)
        return EXIT_ERROR
    print(report.summary())
    if report.skipped:  # said on stderr too: a script must not take this graph for whole
        print(f"newskg: {len(report.skipped)} inputs skipped (listed above): the graph is "
              "built without them", file=sys.stderr)
        return EXIT_SKIPPED
    return EXIT_OK


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


_GRAPH_SUFFIXES = (".ttl", ".turtle")


def _graph_first(positionals: list[str]) -> list[str]:
    """The positionals with the graph first: ``--preset person 张三 G.ttl`` names it last."""
    if not positionals or Path(positionals[0]).is_file():
        return positionals
    for i, item in enumerate(positionals[1:], 1):
        if item.lower().endswith(_GRAPH_SUFFIXES) and Path(item).is_file():
            return [item, *positionals[:i], *positionals[i + 1:]]
    return positionals


def _query_text(args: argparse.Namespace, rest: list[str]) -> tuple[str, dict[str, str]]:
    """The query to run and its variable bindings, from QUERY, --file or --preset."""
    from .query import QueryError, load_preset, parse_preset

    if bool(args.preset) + bool(args.file) > 1 or not (args.preset or args.file or rest):
        raise QueryError("give one of: a QUERY (in quotes), --file Q.rq, --preset NAME")
    options = {"as-of": args.as_of}
    if args.preset:
        preset = load_preset(args.preset)
        return preset.body, preset.bind(rest, options)
    if args.file:
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(
            encoding="utf-8")
        preset = parse_preset(Path(args.file).stem, text)
        # a file may declare '# args: NAME' and '# options: --as-of AS_OF' as presets do
        return text, preset.bind(rest, options)
    if args.as_of is not None:
        raise QueryError("--as-of is an option of presets that declare it (holders)")
    if len(rest) > 1:
        raise QueryError(
            f"one query, in quotes, after the graph (got {len(rest)} words: "
            f"{' '.join(rest)[:60]!r})"
        )
    return rest[0], {}


def _cmd_query(args: argparse.Namespace) -> int:
    from .query import GraphFileError, QueryError, list_presets, run_query

    if args.list_presets:
        presets = list_presets()
        width = max(len(p.usage()) for p in presets)
        for p in presets:
            print(f"{p.usage():<{width}}  {p.description}")
        return EXIT_OK
    positionals = _graph_first([x for x in (args.graph, *args.rest) if x is not None])
    if not positionals:
        print("newskg query: give GRAPH.ttl (see newskg query --help)", file=sys.stderr)
        return EXIT_USAGE
    graph, rest = positionals[0], positionals[1:]
    try:
        text, bindings = _query_text(args, rest)
        result = run_query(graph, text, engine=args.engine, bindings=bindings)
    except QueryError as e:
        print(f"newskg: {e}", file=sys.stderr)
        return EXIT_USAGE
    except (GraphFileError, OSError, UnicodeError) as e:
        print(f"newskg: {e}", file=sys.stderr)
        return EXIT_ERROR
    for warning in result.warnings:
        print(f"newskg: warning: {warning}", file=sys.stderr)
    print(result.render(args.format, args.max_width))
    return EXIT_OK


def _cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import EvalError, evaluate

    try:
        report = evaluate(args.gold, args.graph, qualified=args.qualified)
    except EvalError as e:
        print(f"newskg: {e}", file=sys.stderr)
        return EXIT_ERROR
    if args.json:
        print(report.to_json())
    else:
        print(report.text(details=not args.quiet, verbose=args.verbose))
    f1 = report.overall.f1 or 0.0
    if args.fail_under is not None and f1 < args.fail_under:
        print(f"newskg: overall F1 {f1:.2f} is below {args.fail_under}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


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
            "graph.html and triples.jsonl into the output folder, then manifest.json. A bad "
            "input (missing, empty, binary, unknown encoding, too large) is named in one line "
            "and skipped. Exit codes: 0 done, 1 nothing written, 2 usage error (a bad option "
            "or --lexicon file), 3 built but some inputs skipped, 130 interrupted (previous "
            "outputs kept)."
        ),
        epilog="Example: newskg build seeds/ --out out/",
    )
    b.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders (default: seeds)")
    b.add_argument("--out", default="out", metavar="DIR", help="output folder (default: out)")
    b.add_argument("--year", type=int, help="year for dates when a file gives none")
    b.add_argument(
        "--place", metavar="PLACE",
        help="where the pages are from when their files do not say (a folder of one paper: "
             "永康, 舟山市普陀区), so that 市长 is read as that place's",
    )
    b.add_argument(
        "--persons", metavar="FILE",
        help="a codebook of persons, CSV with columns id,name,hint (hint: a post or place "
             "that identifies the person: 上海市委书记, 国务院总理, 盐城市); it decides who is "
             "who over the rules, both ways",
    )
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
    b.add_argument(
        "--articles", action="store_true",
        help="make articles nodes of the GraphML, GEXF, CSV and HTML too (Turtle always has them)",
    )
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    b.set_defaults(func=_cmd_build)

    q = sub.add_parser(
        "query",
        help="run a read-only SPARQL query (or a preset) on graph.ttl",
        usage="newskg query GRAPH.ttl (QUERY | --preset NAME [ARG ...] | --file Q.rq [ARG ...]) "
        "[options]",
        description=(
            "Run SPARQL over the Turtle export and print the rows as an aligned table, CSV\n"
            "or JSON. The prefixes nkg: nkr: schema: prov: rdf: rdfs: xsd: owl: need no\n"
            "declaration. Literals print as their text, IRIs as prefixed names. Updates\n"
            "(INSERT, DELETE, LOAD...), SERVICE and FROM are refused: the graph file is\n"
            "never changed and nothing else is read. Options may come in any order."
        ),
        epilog=(
            "Example: newskg query out/graph.ttl --preset inspections\n"
            "Example: newskg query out/graph.ttl --preset person 张三 --format csv\n"
            "Example: newskg query out/graph.ttl "
            "'SELECT ?name WHERE { ?p a nkg:Person ; rdfs:label ?name }'"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    q.add_argument("graph", nargs="?", metavar="GRAPH.ttl", help="the Turtle export")
    q.add_argument(
        "rest", nargs="*", metavar="QUERY | ARG",
        help="the SPARQL query text (in quotes), or the arguments of --preset / --file",
    )
    q.add_argument("--file", metavar="Q.rq", help="read the query from a file ('-' for stdin)")
    q.add_argument(
        "--preset", metavar="NAME",
        help="run a bundled query; its arguments follow (see --list-presets)",
    )
    q.add_argument("--list-presets", action="store_true", help="list the bundled queries")
    q.add_argument(
        "--as-of", metavar="DATE",
        help="for presets that take it (holders): who held the post on DATE (YYYY-MM-DD)",
    )
    q.add_argument(
        "--format", choices=("table", "csv", "json"), default="table",
        help="output format (default: table)",
    )
    q.add_argument(
        "--max-width", type=_positive_int, metavar="N",
        help="cut table cells to N terminal columns, marking the cut with … "
        "(CSV and JSON keep whole values)",
    )
    q.add_argument(
        "--engine", choices=("rdflib", "oxigraph"), default="rdflib",
        help="rdflib (default) or oxigraph, which keeps a store in GRAPH.ttl.oxigraph/ "
        "so that later queries on a large graph start at once",
    )
    q.set_defaults(func=_cmd_query)

    e = sub.add_parser(
        "eval",
        help="score a graph against gold annotations: precision, recall, F1",
        description=(
            "Compare graph.ttl with gold files (docs/gold-format.md): precision, recall and "
            "F1 per property and overall, and for events, entity types and articles. Lists "
            "each false positive and miss with its document and evidence sentence; the "
            "overall line comes last."
        ),
        epilog="Example: newskg eval gold/ --graph out/graph.ttl",
    )
    e.add_argument("gold", metavar="GOLD_DIR", help="folder of gold .json files (or one file)")
    e.add_argument(
        "--graph", default="out/graph.ttl", metavar="GRAPH.ttl",
        help="the Turtle export to score (default: out/graph.ttl)",
    )
    e.add_argument(
        "--qualified", metavar="DIR",
        help="folder of qualified-post files named as the gold files: also score whether "
             "each post found reaches its place and body (市长 -> 永康市市长)",
    )
    e.add_argument("--json", action="store_true", help="print the whole report as JSON")
    e.add_argument("-q", "--quiet", action="store_true", help="only the scores")
    e.add_argument(
        "-v", "--verbose", action="store_true", help="also list the matches, not only the errors"
    )
    e.add_argument(
        "--fail-under", type=float, metavar="F1",
        help="exit with code 1 when the overall F1 is below this (for CI)",
    )
    e.set_defaults(func=_cmd_eval)
    return parser


#: subcommands whose options may come anywhere among their positionals
_INTERMIXED = ("query",)


def _parse(parser: argparse.ArgumentParser, argv: list[str] | None) -> argparse.Namespace:
    """Parse ``argv``; ``newskg query`` takes its options before, between or after positionals.

    argparse stops filling positionals at the first option (``G.ttl --format csv
    "SELECT..."`` leaves the query unread); ``parse_intermixed_args`` does not,
    but cannot parse subcommands, so it is used on the subcommand's own parser.
    """
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and argv[0] in _INTERMIXED:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                args = action.choices[argv[0]].parse_intermixed_args(argv[1:])
                args.command = argv[0]
                return args
    return parser.parse_args(argv)


def _quiet_stdio() -> None:
    """Point stdout and stderr at /dev/null: Python's last flush must not raise again."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        for stream in (sys.stdout, sys.stderr):
            # not a real file (a test's capture): nothing to flush later
            with contextlib.suppress(OSError, ValueError, AttributeError):
                os.dup2(devnull, stream.fileno())
        os.close(devnull)


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = _parse(parser, argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        code = args.func(args)
        sys.stdout.flush()  # a closed pipe shows here, not in Python's final flush
        return code
    except BrokenPipeError:
        _quiet_stdio()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        print("newskg: interrupted; previous outputs kept", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, frame: object) -> None:
    """``kill`` stops a build as Ctrl-C does: temporary files removed, old outputs kept."""
    raise KeyboardInterrupt
