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

from .exports import export_all
from .extractors import ExtractOptions, InputError, extract, find_inputs, read_documents
from .graph import GraphBuilder
from .vocab import NKR

__all__ = ["BuildOptions", "BuildReport", "build"]


@dataclass(frozen=True)
class BuildOptions:
    inputs: tuple[str, ...]
    out: str = "out"
    extract: ExtractOptions = ExtractOptions()
    base_iri: str = NKR
    progress: bool = True


@dataclass
class BuildReport:
    files: int = 0
    documents: int = 0
    articles: int = 0
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
            f" ({self.seconds:.1f} s)",
            "nodes:     " + ", ".join(f"{k} {v}" for k, v in sorted(self.nodes.items())),
            "relations: " + ", ".join(f"{k} {v}" for k, v in sorted(self.relations.items())),
        ]
        if self.skipped:
            lines.append(f"skipped {len(self.skipped)} files:")
            lines.extend(f"  {path}: {problem}" for path, problem in self.skipped)
        if self.outputs:
            lines.append("wrote:     " + ", ".join(str(p) for p in self.outputs.values()))
        return "\n".join(lines)


def _progress(items: list, enabled: bool, desc: str):
    if not enabled or len(items) < 5:
        return items
    from tqdm import tqdm

    return tqdm(items, desc=desc, unit="file", leave=False)


def build(options: BuildOptions) -> BuildReport:
    """Read, extract, build the graph and write every export."""
    t0 = time.perf_counter()
    report = BuildReport()
    files = find_inputs(list(options.inputs))
    report.files = len(files)
    builder = GraphBuilder(options.base_iri)
    for path in _progress(files, options.progress, "extracting"):
        try:
            docs = read_documents(path)
        except InputError as e:
            report.skipped.append((e.path, e.problem))
            continue
        for doc in docs:
            report.documents += 1
            for article in extract(doc, options.extract):
                report.articles += 1
                builder.add(article)
    graph = builder.graph()
    report.graph = graph
    report.nodes = Counter(d["type"] for _, d in graph.nodes(data=True))
    report.relations = Counter(k for _, _, k in graph.edges(keys=True) if k != "mentions")
    report.outputs = export_all(graph, options.out)
    report.seconds = time.perf_counter() - t0
    return report
