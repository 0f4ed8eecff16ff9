"""``newskg build``: input files -> articles -> graph -> every export.

The library entry point is :func:`build`; the CLI only parses options and
prints the :class:`BuildReport`.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from .cache import CACHE_DIR_NAME
from .exports import ExportOptions, export_all
from .extractors import ExtractOptions, InputError, find_inputs
from .extractors.reader import shown, source_names
from .graph import GraphBuilder
from .parallel import EngineOptions, extract_files
from .vocab import NKR

__all__ = ["BuildError", "BuildOptions", "BuildReport", "build"]


class BuildError(Exception):
    """A build that wrote nothing, and why (one line); previous outputs are untouched.

    ``skipped`` lists the input problems, as in :attr:`BuildReport.skipped`.
    """

    def __init__(self, message: str, skipped: list[tuple[str, str]]) -> None:
        super().__init__(message)
        self.skipped = skipped


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


@dataclass
class BuildReport:
    files: int = 0
    documents: int = 0
    articles: int = 0
    cached: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    nodes: Counter = field(default_factory=Counter)
    relations: Counter = field(default_factory=Counter)
    outputs: dict[str, Path] = field(default_factory=dict)
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
        if self.outputs:
            lines.append("wrote:     " + ", ".join(str(p) for p in self.outputs.values()))
        return "\n".join(lines)


def _progress(items, total: int, enabled: bool, desc: str):
    if not enabled or total < 5:
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, desc=desc, unit="file", leave=False)


def _engine(options: BuildOptions) -> EngineOptions:
    cache_dir = None
    if options.cache:
        cache_dir = options.cache_dir or str(Path(options.out) / CACHE_DIR_NAME)
    return EngineOptions(options.workers, options.scheduler, cache_dir)


def build(options: BuildOptions) -> BuildReport:
    """Read, extract, build the graph and write every export."""
    t0 = time.perf_counter()
    report = BuildReport()

    def skip(path: str, problem: str) -> None:
        if options.strict:
            raise InputError(path, problem)
        report.skipped.append((shown(path), problem))

    files = find_inputs(list(options.inputs), on_error=lambda e: skip(e.path, e.problem))
    names = {str(f): name for f, name in source_names(list(options.inputs), files).items()}
    report.files = len(files)
    builder = GraphBuilder(options.base_iri)
    results = extract_files(files, options.extract, _engine(options))
    for result in _progress(results, len(files), options.progress, "extracting"):
        for problem in result.problems:
            skip(*problem)
        if result.error:
            skip(*result.error)
            continue
        report.documents += result.documents
        report.cached += result.cached
        for article in result.articles:
            report.articles += 1
            article.source = names.get(result.path, article.source)  # its path in the archive
            builder.add(article)
    if not report.documents:
        # writing an empty graph would replace the previous one with nothing
        why = f"all {len(report.skipped)} inputs skipped" if report.skipped else "no input"
        raise BuildError(f"nothing to build ({why}); no output written", report.skipped)
    graph = builder.graph()
    del builder  # the builder's dicts repeat the graph: free them before the exports
    report.graph = graph
    report.nodes = Counter(d["type"] for _, d in graph.nodes(data=True))
    report.relations = Counter(k for _, _, k in graph.edges(keys=True) if k != "mentions")
    report.outputs = export_all(graph, options.out, options.exports)
    report.seconds = time.perf_counter() - t0
    return report
