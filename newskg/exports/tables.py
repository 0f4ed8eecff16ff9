"""``nodes.csv`` and ``edges.csv``: the GraphML's rows for Gephi's spreadsheet import and pandas.

Column names follow what Gephi's import wizard recognises (``Id``, ``Label``
for nodes; ``Source``, ``Target``, ``Type``, ``Id``, ``Label``, ``Weight`` for
edges); the other columns become attributes. Lists (aliases, dates) are joined
with ``;`` because a cell holds one value. UTF-8, RFC 4180 quoting, so
sentences with commas, quotes and newlines survive.
"""

from __future__ import annotations

import csv
import io
from typing import BinaryIO

import networkx as nx

from .flat import flatten

__all__ = ["EDGE_COLUMNS", "NODE_COLUMNS", "write_edges_csv", "write_nodes_csv"]

NODE_COLUMNS = ("Id", "Label", "type", "iri", "aliases", "dates")
EDGE_COLUMNS = ("Source", "Target", "Type", "Id", "Label", "Weight", "date", "evidence",
                "articles")


def _write(fp: BinaryIO, header: tuple[str, ...], rows) -> None:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    fp.write(buf.getvalue().encode("utf-8"))


def write_nodes_csv(graph: nx.MultiDiGraph, fp: BinaryIO, options=None) -> None:
    """One row per node of the GraphML."""
    nodes, _ = flatten(graph, articles=bool(options and options.articles))
    _write(fp, NODE_COLUMNS, (
        (n.id, n.label, n.type, n.iri, ";".join(n.aliases), ";".join(n.dates)) for n in nodes
    ))


def write_edges_csv(graph: nx.MultiDiGraph, fp: BinaryIO, options=None) -> None:
    """One row per edge of the GraphML."""
    _, edges = flatten(graph, articles=bool(options and options.articles))
    _write(fp, EDGE_COLUMNS, (
        (e.source, e.target, "Directed", e.id, e.relation, e.weight, e.date, e.evidence,
         e.articles) for e in edges
    ))
