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

from .flat import ARTICLE_FIELDS, FlatEdge, edge_id, flatten, statement_rows

__all__ = [
    "EDGE_COLUMNS",
    "NODE_COLUMNS",
    "STATEMENT_COLUMNS",
    "write_edges_csv",
    "write_nodes_csv",
    "write_statements_csv",
]

NODE_COLUMNS = ("Id", "Label", "type", "iri", "aliases", "dates", "title", "level",
                "jurisdiction", "post")
#: one row per statement: the fact, the sentence, and where to find it
STATEMENT_COLUMNS = ("subject", "relation", "object", "date", "activity", "published",
                     "headline", "source_file", "line", "url", "paper", "page", "source",
                     "evidence", "start", "end", "subject_type", "object_type", "subject_id",
                     "object_id", "article_id", "edge_id", "former")
EDGE_COLUMNS = ("Source", "Target", "Type", "Id", "Label", "Weight", "date", "evidence",
                "articles", "article_ids", "source_files", "first_seen", "last_seen")


def _write(fp: BinaryIO, header: tuple[str, ...], rows) -> None:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    fp.write(buf.getvalue().encode("utf-8"))


def write_nodes_csv(graph: nx.MultiDiGraph, fp: BinaryIO, options=None) -> None:
    """One row per node of the GraphML."""
    articles = bool(options and options.articles)
    nodes, _ = flatten(graph, articles=articles)
    extra = tuple(ARTICLE_FIELDS) if articles else ()
    _write(fp, NODE_COLUMNS + extra, (
        (n.id, n.label, n.type, n.iri, ";".join(n.aliases), ";".join(n.dates),
         n.title, n.level, n.jurisdiction, n.post,
         *(dict(n.article).get(c, "") for c in extra)) for n in nodes
    ))


def write_edges_csv(graph: nx.MultiDiGraph, fp: BinaryIO, options=None) -> None:
    """One row per edge of the GraphML."""
    _, edges = flatten(graph, articles=bool(options and options.articles))
    nodes = graph.nodes

    def files(e: FlatEdge) -> str:
        found = {nodes[st.article].get("source_file") or "" for st in e.statements}
        return ";".join(sorted(f for f in found if f))

    _write(fp, EDGE_COLUMNS, (
        (e.source, e.target, "Directed", e.id, e.relation, e.weight, e.date, e.evidence,
         e.articles, ";".join(e.article_ids), files(e), e.first_seen, e.last_seen)
        for e in edges
    ))


def write_statements_csv(graph: nx.MultiDiGraph, fp: BinaryIO, options=None) -> None:
    """One row per statement: subject, relation, object, dates, the article's
    headline, source file, url and header fields, the evidence as the page
    prints it and its character offsets in the file."""
    base = graph.graph.get("base_iri", "")

    def short(iri: str) -> str:
        return iri[len(base):] if base and iri.startswith(base) else iri

    _write(fp, STATEMENT_COLUMNS, (
        (r.subject, r.relation, r.object, r.date, r.activity, r.article["published"],
         r.article["headline"], r.article["source_file"], r.article["line"], r.article["url"],
         r.article["paper"], r.article["page"], r.article["source"], r.evidence,
         "" if r.start is None else r.start, "" if r.end is None else r.end,
         r.subject_type, r.object_type, short(r.subject_iri), short(r.object_iri),
         short(r.article_iri), edge_id(r.subject_iri, r.relation, r.object_iri),
         "true" if r.former else "")
        for r in statement_rows(graph)
    ))
