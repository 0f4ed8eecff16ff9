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
from dataclasses import dataclass
from datetime import date

import networkx as nx

from ..graph.model import Statement, edge_date

__all__ = ["FlatEdge", "FlatNode", "clean_text", "flatten", "full_dates", "is_full_date"]

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


@dataclass(frozen=True)
class FlatNode:
    """One node row. ``id`` is short and unique (the IRI without the base)."""

    id: str
    iri: str
    label: str
    type: str
    aliases: tuple[str, ...]
    dates: tuple[str, ...]


@dataclass(frozen=True)
class FlatEdge:
    """One edge row: a (subject, relation, object) with what supports it."""

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


def _short_id(iri: str, base: str) -> str:
    if base and iri.startswith(base) and len(iri) > len(base):
        return iri[len(base):]
    return iri


def _edge_id(source: str, relation: str, target: str) -> str:
    digest = hashlib.sha1(f"{source}\x1f{relation}\x1f{target}".encode()).hexdigest()[:16]
    return f"e-{digest}"


def flatten(
    graph: nx.MultiDiGraph, articles: bool = False
) -> tuple[list[FlatNode], list[FlatEdge]]:
    """Node and edge rows of ``graph``, sorted; Articles only when ``articles``."""
    base = graph.graph.get("base_iri", "")
    ids: dict[str, str] = {}
    used: set[str] = set()
    nodes: list[FlatNode] = []
    for iri, d in sorted(graph.nodes(data=True)):
        if d.get("type") == "Article" and not articles:
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
            )
        )
    edges: list[FlatEdge] = []
    for s, o, p, d in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3]):
        if s not in ids or o not in ids:
            continue
        sts: tuple[Statement, ...] = tuple(d.get("statements", ()))
        arts = {st.article for st in sts} or ({s} if graph.nodes[s].get("type") == "Article"
                                              else set())
        edges.append(
            FlatEdge(
                id=_edge_id(s, p, o),
                source=ids[s],
                target=ids[o],
                relation=p,
                weight=float(max(1, len(sts))),
                date=edge_date(d) or "",
                evidence=clean_text(sts[0].evidence) if sts else "",
                articles=len(arts),
                dates=full_dates(st.date for st in sts),
                statements=sts,
            )
        )
    return nodes, edges
