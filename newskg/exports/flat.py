"""The graph as flat node and edge rows: what GraphML, GEXF, CSV and HTML share.

RDF keeps every statement; the tabular formats want one row per node and one
per (subject, relation, object) with a weight, a date and the first evidence
sentence, as ``docs/ontology.md`` says for GraphML. Articles are left out
unless asked for, with the edges that start at them (``mentions``,
``reportedBy``). Doing this in one place keeps the four formats in step: the
same nodes, ids, labels and counts everywhere.

Text is cleaned here once: characters that XML 1.0 forbids (C0 controls but
tab/newline/carriage return, lone surrogates, U+FFFE/U+FFFF) are dropped, so a
label with a stray control character cannot make a file unreadable.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

import networkx as nx

from ..graph.model import Statement, edge_date

__all__ = [
    "ARTICLE_FIELDS",
    "FlatEdge",
    "FlatNode",
    "article_fields",
    "clean_text",
    "edge_id",
    "flatten",
    "full_dates",
    "is_full_date",
    "once",
    "shared_work",
    "StatementRow",
    "statement_rows",
]

#: What an Article row carries besides its label: column -> graph node attribute.
ARTICLE_FIELDS: dict[str, str] = {
    "headline": "headline",
    "published": "date_published",
    "source_file": "source_file",
    "line": "line",
    "url": "url",
    "paper": "paper",
    "page": "page",
    "source": "origin",
}

T = TypeVar("T")

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def clean_text(value: object) -> str:
    """``value`` as a string with the characters XML 1.0 cannot hold removed."""
    return _XML_INVALID.sub("", "" if value is None else str(value))


def is_full_date(value: str | None) -> bool:
    """True for a real calendar date ``YYYY-MM-DD`` (not ``--MM-DD``, not 2024-02-30)."""
    if not value or not _FULL_DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def full_dates(values) -> tuple[str, ...]:
    """The real calendar dates among ``values``, sorted, without repeats."""
    return tuple(sorted({v for v in values if is_full_date(v)}))


def article_fields(data: dict) -> dict[str, str]:
    """An Article node's provenance as text columns (empty when unknown)."""
    out = {}
    for column, attr in ARTICLE_FIELDS.items():
        value = data.get(attr)
        out[column] = "" if value is None else clean_text(value)
    return out


@dataclass(frozen=True)
class FlatNode:
    """One node row. ``id`` is short and unique (the IRI without the base).

    ``article`` holds an Article's provenance (:data:`ARTICLE_FIELDS`), empty
    for other nodes.
    """

    id: str
    iri: str
    label: str
    type: str
    aliases: tuple[str, ...]
    dates: tuple[str, ...]
    article: tuple[tuple[str, str], ...] = ()
    #: Position: the post without its place, its level, its place's and body's labels
    title: str = ""
    level: str = ""
    jurisdiction: str = ""
    body: str = ""
    #: Person: the post last seen held, shown beside the name (张三 · 永康市市长)
    post: str = ""


@dataclass(frozen=True)
class FlatEdge:
    """One edge row: a (subject, relation, object) with what supports it.

    ``article_ids`` are the short ids of the articles that say it, in order.
    """

    id: str
    source: str
    target: str
    relation: str
    weight: float
    date: str
    evidence: str
    articles: int
    dates: tuple[str, ...]
    statements: tuple[Statement, ...]
    article_ids: tuple[str, ...] = ()
    #: holdsPosition: the first and last day the papers show the holding ("" if none)
    first_seen: str = ""
    last_seen: str = ""


def _short_id(iri: str, base: str) -> str:
    if base and iri.startswith(base) and len(iri) > len(base):
        return iri[len(base):]
    return iri


def edge_id(source: str, relation: str, target: str) -> str:
    digest = hashlib.sha1(f"{source}\x1f{relation}\x1f{target}".encode()).hexdigest()[:16]
    return f"e-{digest}"


#: While :func:`shared_work` is active: results computed once for all writers.
_SHARED: ContextVar[dict | None] = ContextVar("newskg_export_shared", default=None)


@contextmanager
def shared_work() -> Iterator[None]:
    """Within this block, the rows and the layout of a graph are computed once
    and shared by every writer (export_all writes five formats from them)."""
    token = _SHARED.set({})
    try:
        yield
    finally:
        _SHARED.reset(token)


def once(kind: str, graph: nx.MultiDiGraph, articles: bool, compute: Callable[[], T]) -> T:
    """``compute()``, or its result from earlier in the same :func:`shared_work` block."""
    memo = _SHARED.get()
    if memo is None:
        return compute()
    key = (kind, id(graph), articles)
    if key not in memo:
        memo[key] = (graph, compute())  # the graph is kept so its id is not reused
    return memo[key][1]


def flatten(
    graph: nx.MultiDiGraph, articles: bool = False
) -> tuple[list[FlatNode], list[FlatEdge]]:
    """Node and edge rows of ``graph``, sorted; Articles only when ``articles``."""
    return once("flat", graph, articles, lambda: _flatten(graph, articles))


#: edges of the graph's structure (a post's place and body, the place's own
#: place), not said by any article: carried as node columns in the flat formats
#: rather than as edges, so that every post of 浙江 does not meet at one hub
STRUCTURAL = ("jurisdiction", "body")


def _structural(p: str, d: dict) -> bool:
    return p in STRUCTURAL or (p == "locatedIn" and not d.get("statements"))


def _only_structure(graph: nx.MultiDiGraph) -> set[str]:
    """Nodes whose every edge is structural (金华市, only the place 永康市 lies in)."""
    out: set[str] = set()
    for iri in graph.nodes:
        edges = [*graph.out_edges(iri, keys=True, data=True),
                 *graph.in_edges(iri, keys=True, data=True)]
        if edges and all(_structural(p, d) for _, _, p, d in edges):
            out.add(iri)
    return out


def _flatten(graph: nx.MultiDiGraph, articles: bool) -> tuple[list[FlatNode], list[FlatEdge]]:
    base = graph.graph.get("base_iri", "")
    ids: dict[str, str] = {}
    used: set[str] = set()
    nodes: list[FlatNode] = []
    hidden = _only_structure(graph)
    for iri, d in sorted(graph.nodes(data=True)):
        if (d.get("type") == "Article" and not articles) or iri in hidden:
            continue
        short = _short_id(iri, base)
        if short in used:  # a foreign IRI that happens to look like a short one
            short = iri
        ids[iri] = short
        used.add(short)
        dates = set(d.get("dates", ()))
        if d.get("type") == "Event" and d.get("start_date"):
            dates.add(d["start_date"])
        if d.get("type") == "Article" and d.get("date_published"):
            dates.add(d["date_published"])
        nodes.append(
            FlatNode(
                id=short,
                iri=iri,
                label=clean_text(d.get("label", "")) or short,
                type=str(d.get("type", "")),
                aliases=tuple(clean_text(a) for a in d.get("aliases", ())),
                dates=full_dates(dates),
                article=(tuple(article_fields(d).items()) if d.get("type") == "Article"
                         else ()),
                title=clean_text(d.get("title") or ""),
                level=clean_text(d.get("level") or ""),
                jurisdiction=clean_text(d.get("jurisdiction") or ""),
                body=clean_text(d.get("body") or ""),
                post=clean_text(d.get("post") or ""),
            )
        )
    edges: list[FlatEdge] = []
    for s, o, p, d in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3]):
        if s not in ids or o not in ids or _structural(p, d):
            continue
        sts: tuple[Statement, ...] = tuple(d.get("statements", ()))
        arts = {st.article for st in sts} or ({s} if graph.nodes[s].get("type") == "Article"
                                              else set())
        edges.append(
            FlatEdge(
                id=edge_id(s, p, o),
                source=ids[s],
                target=ids[o],
                relation=p,
                weight=float(max(1, len(sts))),
                date=edge_date(d) or "",
                evidence=clean_text(sts[0].evidence) if sts else "",
                articles=len(arts),
                dates=full_dates(st.date for st in sts),
                statements=sts,
                article_ids=tuple(sorted(_short_id(a, base) for a in arts)),
                first_seen=d.get("first_seen") or "",
                last_seen=d.get("last_seen") or "",
            )
        )
    return nodes, edges


@dataclass(frozen=True)
class StatementRow:
    """One statement with its article's provenance: what a citation needs."""

    subject: str
    subject_type: str
    subject_iri: str
    relation: str
    object: str
    object_type: str
    object_iri: str
    date: str
    activity: str
    evidence: str
    start: int | None
    end: int | None
    article_iri: str
    article_label: str
    article: dict[str, str]
    former: bool = False


def statement_rows(graph: nx.MultiDiGraph) -> list[StatementRow]:
    """Every statement of every edge, in the graph's sorted edge order."""
    return once("statements", graph, False, lambda: _statement_rows(graph))


def _statement_rows(graph: nx.MultiDiGraph) -> list[StatementRow]:
    nodes = graph.nodes
    rows = []
    for s, o, p, d in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3]):
        for st in d.get("statements", ()):
            art = nodes[st.article]
            rows.append(StatementRow(
                subject=clean_text(nodes[s]["label"]), subject_type=nodes[s]["type"],
                subject_iri=s, relation=p,
                object=clean_text(nodes[o]["label"]), object_type=nodes[o]["type"],
                object_iri=o, date=st.date or "", activity=clean_text(st.activity or ""),
                evidence=clean_text(st.evidence), start=st.start, end=st.end,
                article_iri=st.article, article_label=clean_text(art.get("label", "")),
                article=article_fields(art), former=st.former,
            ))
    return rows
