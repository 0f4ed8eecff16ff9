"""Stage three: graph -> files. One writer per format, registered by name.

Each writer takes the graph, a binary file object and :class:`ExportOptions`.
:func:`export_all` writes every registered format into a folder. Files are
written to a temporary name and renamed, so an interrupted build leaves the
previous file as it was.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import networkx as nx

from ..fs import AtomicBatch, OutputError, Written, remove_stale_temps
from .flat import shared_work

__all__ = ["FORMATS", "ExportOptions", "export", "export_all"]

#: format name -> (file name, "module:function")
FORMATS: dict[str, tuple[str, str]] = {
    "turtle": ("graph.ttl", "turtle:write_turtle"),
    "ntriples": ("graph.nt", "turtle:write_ntriples"),
    "graphml": ("graph.graphml", "graphml:write_graphml"),
    "gexf": ("graph.gexf", "gexf:write_gexf"),
    "html": ("graph.html", "html:write_html"),
    "jsonl": ("triples.jsonl", "jsonl:write_jsonl"),
    "nodes-csv": ("nodes.csv", "tables:write_nodes_csv"),
    "edges-csv": ("edges.csv", "tables:write_edges_csv"),
    "statements-csv": ("statements.csv", "tables:write_statements_csv"),
}


@dataclass(frozen=True)
class ExportOptions:
    """Choices that change what the tabular and visual exports contain.

    ``articles``: make Articles nodes of the GraphML, GEXF, CSV and HTML too
    (with their ``mentions`` and ``reportedBy`` edges); the RDF exports always
    hold them.
    """

    articles: bool = False


Writer = Callable[[nx.MultiDiGraph, BinaryIO, ExportOptions], None]


def _writer(fmt: str) -> Writer:
    try:
        _, target = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}") from None
    module, func = target.split(":")
    return getattr(importlib.import_module(f".{module}", __name__), func)


def _bound(write: Writer, graph: nx.MultiDiGraph, options: ExportOptions
           ) -> Callable[[BinaryIO], None]:
    """``write`` with its graph and options, waiting only for the file."""
    return lambda fp: write(graph, fp, options)


def export(
    graph: nx.MultiDiGraph, fmt: str, dest: str | Path, options: ExportOptions | None = None
) -> Path:
    """Write ``graph`` as ``fmt`` to ``dest`` (atomically: temporary file, then rename)."""
    write = _writer(fmt)
    with AtomicBatch() as batch:
        batch.write(dest, lambda fp: write(graph, fp, options or ExportOptions()))
        batch.commit()
    return Path(dest)


def export_all(
    graph: nx.MultiDiGraph,
    out_dir: str | Path,
    options: ExportOptions | None = None,
    finish: Callable[[list[Written]], tuple[str, bytes]] | None = None,
) -> dict[str, Path]:
    """Write every format into ``out_dir``; returns format -> path.

    Every file is written before any is put in place (:mod:`newskg.fs`), so a
    writer that fails, a full disk or Ctrl-C leaves the previous set as it was.
    Raises :class:`~newskg.fs.OutputError` naming the file that failed.
    ``finish`` gets the files written (with sizes and hashes) and returns one
    more ``(name, bytes)``, put in place last: the build's manifest.
    """
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(out, f"cannot create the output folder ({e.strerror or e})") from e
    remove_stale_temps(out)
    options = options or ExportOptions()
    paths = {}
    with AtomicBatch() as batch, shared_work():
        for fmt, (name, _) in FORMATS.items():
            write = _writer(fmt)
            paths[fmt] = batch.write(out / name, _bound(write, graph, options))
        if finish is not None:
            name, data = finish(list(batch.written))
            batch.write(out / name, lambda fp: fp.write(data))
        batch.commit()
    return paths
