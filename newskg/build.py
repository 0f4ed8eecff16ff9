"""``newskg build``: input files -> articles -> graph -> every export.

The library entry point is :func:`build`; the CLI only parses options and
prints the :class:`BuildReport`. What a build promises, so that it never costs
a user a good graph:

* every option is checked before any input is read (:class:`OptionError`);
* one build at a time writes an output folder (:func:`newskg.fs.folder_lock`);
* the output folder, its files and the cache are never read as input, nor
  the output folder of another build (a folder with a newskg manifest);
* outputs are replaced only by the graph of at least one extracted document:
  when nothing could be read, or the extractor failed on every document,
  :class:`BuildError` and the previous outputs stay as they were; whatever a
  build left out is in :attr:`BuildReport.skipped` (the CLI exits with 3);
* ``manifest.json``, put in place after every other output, lists them with
  their sizes and SHA-256, what was asked for and what was read.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from . import __version__
from .cache import CACHE_DIR_NAME, dependency_versions, extractor_fingerprint
from .exports import FORMATS, ExportOptions, export_all
from .extractors import EXTRACTOR_VERSION, ExtractOptions, InputError, find_inputs
from .extractors.lexicon import LexiconError, load_lexicon
from .extractors.reader import shown, source_names
from .fs import Written, folder_lock
from .graph import GraphBuilder
from .graph.codebook import CodebookError, load_codebook
from .parallel import EngineOptions, extract_files
from .vocab import NKR

__all__ = [
    "MANIFEST_NAME",
    "BuildError",
    "BuildOptions",
    "BuildReport",
    "OptionError",
    "build",
    "check_options",
]

#: Written last into the output folder: what was built, from what, and each output's hash.
MANIFEST_NAME = "manifest.json"


class BuildError(Exception):
    """A build that wrote nothing, and why (one line); previous outputs are untouched.

    ``skipped`` lists the input problems, as in :attr:`BuildReport.skipped`.
    """

    def __init__(self, message: str, skipped: list[tuple[str, str]]) -> None:
        super().__init__(message)
        self.skipped = skipped


class OptionError(ValueError):
    """An option that cannot be right (a missing ``--lexicon`` file...): one line, nothing done."""


@dataclass(frozen=True)
class BuildOptions:
    inputs: tuple[str, ...]
    out: str = "out"
    extract: ExtractOptions = ExtractOptions()
    base_iri: str = NKR
    progress: bool = True
    #: extraction processes (None: one per core); see newskg.parallel
    workers: int | None = None
    #: reuse unchanged files' articles from cache_dir (default: OUT/.newskg-cache)
    cache: bool = True
    cache_dir: str | None = None
    #: a Dask scheduler address: extract on that cluster (see newskg.cluster)
    scheduler: str | None = None
    #: stop at the first input problem (raise InputError) instead of skipping it
    strict: bool = False
    #: what the GraphML/GEXF/CSV/HTML exports hold (Articles as nodes or not)
    exports: ExportOptions = ExportOptions()
    #: a researcher's codebook of persons (CSV id,name,hint; see newskg.graph.codebook)
    persons: str | None = None


@dataclass
class BuildReport:
    files: int = 0
    documents: int = 0
    articles: int = 0
    cached: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    #: what was left out of documents that were built (an impossible date)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    #: documents the extractor failed on (each is also in ``skipped``)
    failed: int = 0
    nodes: Counter = field(default_factory=Counter)
    relations: Counter = field(default_factory=Counter)
    #: export format -> the file written
    outputs: dict[str, Path] = field(default_factory=dict)
    #: the manifest, written after the outputs
    manifest: Path | None = None
    seconds: float = 0.0
    graph: nx.MultiDiGraph | None = None

    def summary(self) -> str:
        """A few lines a person can read."""
        lines = [
            f"{self.articles} articles from {self.documents} documents in {self.files} files"
            f" ({self.seconds:.1f} s"
            + (f", {self.cached} from cache" if self.cached else "") + ")",
            "nodes:     " + ", ".join(f"{k} {v}" for k, v in sorted(self.nodes.items())),
            "relations: " + ", ".join(f"{k} {v}" for k, v in sorted(self.relations.items())),
        ]
        if self.skipped:
            lines.append(f"skipped {len(self.skipped)} inputs:")
            lines.extend(f"  {path}: {problem}" for path, problem in self.skipped)
        if self.warnings:
            lines.append(f"{len(self.warnings)} warnings (built without what they name):")
            lines.extend(f"  {path}: {problem}" for path, problem in self.warnings)
        if self.outputs:
            written = [*self.outputs.values(), *([self.manifest] if self.manifest else [])]
            lines.append("wrote:     " + ", ".join(str(p) for p in written))
        return "\n".join(lines)


def _progress(items, total: int, enabled: bool, desc: str):
    if not enabled or total < 5:
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, desc=desc, unit="file", leave=False)


def _cache_dir(options: BuildOptions) -> Path | None:
    if not options.cache:
        return None
    return Path(options.cache_dir) if options.cache_dir else Path(options.out) / CACHE_DIR_NAME


def _engine(options: BuildOptions) -> EngineOptions:
    cache_dir = _cache_dir(options)
    return EngineOptions(options.workers, options.scheduler,
                         str(cache_dir) if cache_dir is not None else None)


_IRI_BASE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*[/#]")


def check_options(options: BuildOptions) -> None:
    """:class:`OptionError` for the first option that cannot be right, before anything is read.

    ``--lexicon`` files are read and checked whole here: a mistyped path must
    stop the build, not make every document fail and the graph empty.
    """
    ex = options.extract
    if ex.year is not None and not 1000 <= ex.year <= 9999:
        raise OptionError(f"--year {ex.year}: give a year of four digits, e.g. 2023")
    if ex.max_bytes < 1:
        raise OptionError(f"--max-bytes {ex.max_bytes}: must be at least 1 byte")
    if options.workers is not None and options.workers < 1:
        raise OptionError(f"--workers {options.workers}: must be at least 1")
    if not _IRI_BASE.fullmatch(options.base_iri):
        raise OptionError(f"base IRI {options.base_iri!r}: give an absolute IRI ending in / or #")
    if options.scheduler is not None and not options.scheduler.strip():
        raise OptionError("--scheduler: give the address of a Dask scheduler")
    cache_dir = Path(options.cache_dir) if options.cache_dir else _cache_dir(options)
    if cache_dir is not None and cache_dir.exists() and not cache_dir.is_dir():
        raise OptionError(f"--cache-dir {cache_dir}: not a folder")
    try:
        load_lexicon(tuple(ex.lexicons))
    except LexiconError as e:
        raise OptionError(f"--lexicon {e}") from None
    if options.persons is not None:
        try:
            load_codebook(options.persons)
        except CodebookError as e:
            raise OptionError(f"--persons {e}") from None


def _not_input(options: BuildOptions) -> Callable[[Path], bool]:
    """What is never read as input: this build's output folder, its outputs and cache,
    and any other newskg output folder (one with a manifest) or cache folder."""
    out = Path(options.out)
    never = {p.resolve() for p in (out, out / MANIFEST_NAME,
                                   *(out / name for name, _ in FORMATS.values()))}
    cache_dir = _cache_dir(options)
    if cache_dir is not None:
        never.add(cache_dir.resolve())

    def skip(path: Path) -> bool:
        if path.name == CACHE_DIR_NAME or path.resolve() in never:
            return True
        return path.is_dir() and _is_manifest(path / MANIFEST_NAME)

    return skip


def _is_manifest(path: Path) -> bool:
    """Whether ``path`` is a manifest newskg wrote (its folder is a build's output)."""
    try:
        with open(path, "rb") as fp:
            body = json.loads(fp.read(1 << 20))
    except (OSError, ValueError):
        return False
    return isinstance(body, dict) and "newskg" in body and "outputs" in body


def _sha256(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _manifest(options: BuildOptions, report: BuildReport, written: list[Written]
              ) -> tuple[str, bytes]:
    """``manifest.json``: the same bytes for the same input, options and versions.

    No time, no path of the output or cache folder and no count of cache hits:
    two builds of the same input anywhere, with or without cache, any number of
    workers, write the same manifest, as they write the same graph.
    """
    def listed(items: list[tuple[str, str]]) -> list[dict[str, str]]:
        return [{"input": path, "problem": problem} for path, problem in items]

    body = {
        "newskg": __version__,
        "asked": {
            "inputs": list(options.inputs),
            "year": options.extract.year,
            "lexicons": [{"file": f, "sha256": _sha256(f)} for f in options.extract.lexicons],
            "max_bytes": options.extract.max_bytes,
            "base_iri": options.base_iri,
            "articles_as_nodes": options.exports.articles,
            "persons": ({"file": options.persons, "sha256": _sha256(options.persons)}
                        if options.persons else None),
        },
        "extractor": {
            "version": EXTRACTOR_VERSION,
            "fingerprint": extractor_fingerprint(options.extract),
            **dependency_versions(),
        },
        "read": {
            "files": report.files,
            "documents": report.documents,
            "articles": report.articles,
            "skipped": listed(report.skipped),
            "warnings": listed(report.warnings),
        },
        "complete": not report.skipped,
        "outputs": [{"file": w.path.name, "bytes": w.size, "sha256": w.sha256}
                    for w in written],
    }
    text = json.dumps(body, ensure_ascii=False, indent=2) + "\n"
    return MANIFEST_NAME, text.encode("utf-8")


def build(options: BuildOptions) -> BuildReport:
    """Check the options, then read, extract, build the graph and write every export.

    Raises :class:`OptionError` (nothing read), :class:`~newskg.fs.FolderBusy`
    (another build writes ``options.out``), :class:`BuildError` (nothing
    to build; outputs untouched) or :class:`InputError` under ``strict``.
    """
    t0 = time.perf_counter()
    check_options(options)
    out = Path(options.out)
    created = not out.exists()
    try:
        with folder_lock(out):
            report = _build(options)
    except BaseException:
        if created:  # a first build that wrote nothing leaves no empty folder behind
            with contextlib.suppress(OSError):
                out.rmdir()
        raise
    report.seconds = time.perf_counter() - t0
    return report


def _build(options: BuildOptions) -> BuildReport:
    report = BuildReport()

    def skip(path: str, problem: str) -> None:
        if options.strict:
            raise InputError(path, problem)
        report.skipped.append((shown(path), problem))

    files = find_inputs(list(options.inputs), on_error=lambda e: skip(e.path, e.problem),
                        skip=_not_input(options))
    names = {str(f): name for f, name in source_names(list(options.inputs), files).items()}
    report.files = len(files)
    codebook = load_codebook(options.persons) if options.persons is not None else None
    builder = GraphBuilder(options.base_iri, codebook)
    results = extract_files(files, options.extract, _engine(options))
    for result in _progress(results, len(files), options.progress, "extracting"):
        for problem in result.problems:
            skip(*problem)
        if result.error:
            skip(*result.error)
            continue
        report.warnings += [(shown(path), problem) for path, problem in result.warnings]
        report.documents += result.documents
        report.failed += result.failed
        report.cached += result.cached
        for article in result.articles:
            report.articles += 1
            article.source = names.get(result.path, article.source)  # its path in the archive
            builder.add(article)
    if report.documents == report.failed:
        # writing an empty graph would replace the previous one with nothing
        if report.documents:
            why = f"extraction failed on all {report.documents} documents"
        else:
            why = f"all {len(report.skipped)} inputs skipped" if report.skipped else "no input"
        raise BuildError(f"nothing to build ({why}); no output written", report.skipped)
    graph = builder.graph()
    del builder  # the builder's dicts repeat the graph: free them before the exports
    report.graph = graph
    report.nodes = Counter(d["type"] for _, d in graph.nodes(data=True))
    report.relations = Counter(k for _, _, k in graph.edges(keys=True) if k != "mentions")
    report.outputs = export_all(graph, options.out, options.exports,
                                finish=lambda written: _manifest(options, report, written))
    report.manifest = Path(options.out) / MANIFEST_NAME
    return report
