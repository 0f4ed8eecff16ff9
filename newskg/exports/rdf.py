"""The graph as RDF triples, following docs/ontology.md: vocabulary, nodes, statements.

The triples are built here as plain tuples, in a fixed order, and written by
:mod:`.turtle` and :mod:`.ntriples` with our own escaping, rather than through
rdflib's serializer: we then control every byte (the same input always gives
the same file) and never write a prefixed name a strict parser rejects.
:func:`to_rdflib` gives the same triples as an rdflib Graph for querying.

A term is an IRI (``str``) or a :class:`Lit`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

import networkx as nx

from ..graph.careers import holding, holding_key
from ..graph.model import Statement
from ..vocab import CLASS_INFO, NKG, NKR, PROPERTY_INFO, PROV, SCHEMA, node_iri
from .flat import clean_text, is_full_date

__all__ = ["PREFIXES", "Lit", "Term", "Triple", "holding_iri", "safe_iri", "to_rdflib", "triples"]

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"


@dataclass(frozen=True, order=True)
class Lit:
    """A literal: lexical form with either a language tag or a datatype IRI."""

    value: str
    lang: str = ""
    datatype: str = ""


Term = str | Lit
Triple = tuple[str, str, Term]

#: prefix -> namespace, in the order they are written; ``nkr`` is the node base.
PREFIXES: dict[str, str] = {
    "nkg": NKG,
    "nkr": NKR,
    "schema": SCHEMA,
    "prov": PROV,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
}

#: The literal-valued properties of the project, declared with the others.
DATATYPE_PROPERTIES: dict[str, tuple[str, str, str]] = {
    "evidence": ("证据", "evidence", "The sentence a statement was read from."),
    "alias": ("别名", "alias", "Another surface form of a node's name."),
    "sourceFile": ("来源文件", "source file",
                   "The input file an article came from: its path under the input folder."),
    "sourceLine": ("来源行", "source line",
                   "The line of a JSONL input file that held the article."),
    "source": ("来源", "source",
               "Where the page came from, as its '# source:' header or JSONL field says."),
    "paper": ("报纸", "paper", "The paper or site the page is from, as its header says."),
    "page": ("版面", "page", "The page of the paper, as its header says."),
    "activity": ("活动类型", "activity", "The kind of activity a statement records."),
    "evidenceStart": ("证据起点", "evidence start",
                      "Character offset in the source file where the evidence begins."),
    "evidenceEnd": ("证据终点", "evidence end",
                    "Character offset in the source file where the evidence ends."),
    "title": ("职务名称", "title", "A post without its place (市委书记)."),
    "level": ("层级", "level", "The level of a post: national, provincial, prefecture, "
              "county, township, village, enterprise, institution, foreign or unknown."),
    "firstSeen": ("首见", "first seen", "The first day a paper shows the holding."),
    "lastSeen": ("末见", "last seen",
                 "The last day a paper shows the holding (former posts never extend it)."),
    "statements": ("陈述数", "statements", "How many statements say the holding."),
    "former": ("原任", "former",
               "The text gives the post as a former one (原…, 时任…, 曾任…)."),
}

_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_MONTH_DAY = re.compile(r"--(\d{2})-(\d{2})")


def safe_iri(iri: str) -> str:
    """``iri`` with the characters an IRIREF may not hold percent-encoded."""
    return _IRI_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), iri)


def _zh(text: str) -> Lit:
    return Lit(clean_text(text), lang="zh")


def _date(value: str) -> Lit:
    """A typed date when ``value`` is one, else a plain string (never an ill-typed literal)."""
    if is_full_date(value):
        return Lit(value, datatype=XSD + "date")
    m = _MONTH_DAY.fullmatch(value)
    if m and is_full_date(f"2000-{m.group(1)}-{m.group(2)}"):  # 2000 is a leap year
        return Lit(value, datatype=XSD + "gMonthDay")
    return Lit(clean_text(value))


def _declare(iri: str, kind: str, zh: str, en: str, comment: str) -> list[Triple]:
    return [
        (iri, RDF + "type", kind),
        (iri, RDFS + "label", Lit(zh, lang="zh")),
        (iri, RDFS + "label", Lit(en, lang="en")),
        (iri, RDFS + "comment", Lit(comment, lang="en")),
    ]


def vocabulary() -> list[Triple]:
    """The ontology itself: every class and property with labels and comments."""
    onto = NKG.rstrip("#")
    out: list[Triple] = [
        (onto, RDF + "type", OWL + "Ontology"),
        (onto, RDFS + "label", Lit("newskg ontology", lang="en")),
        (onto, RDFS + "label", Lit("新闻知识图谱本体", lang="zh")),
        (onto, RDFS + "comment", Lit(
            "Officials, posts, meetings and inspection tours read from newspaper pages.",
            lang="en")),
    ]
    for name, (zh, en, comment, supers) in CLASS_INFO.items():
        out += _declare(NKG + name, OWL + "Class", zh, en, comment)
        out += [(NKG + name, RDFS + "subClassOf", sup) for sup in supers]
    for name, (zh, en, comment) in PROPERTY_INFO.items():
        out += _declare(NKG + name, OWL + "ObjectProperty", zh, en, comment)
    for name, (zh, en, comment) in DATATYPE_PROPERTIES.items():
        out += _declare(NKG + name, OWL + "DatatypeProperty", zh, en, comment)
    return out


def _node(iri: str, d: dict) -> list[Triple]:
    out: list[Triple] = [
        (iri, RDF + "type", NKG + d["type"]),
        (iri, RDFS + "label", _zh(d["label"])),
    ]
    out += [(iri, NKG + "alias", _zh(a)) for a in sorted(d.get("aliases", ()))]
    if d["type"] == "Event" and d.get("start_date"):
        out.append((iri, SCHEMA + "startDate", _date(d["start_date"])))
    if d["type"] == "Position":
        out.append((iri, NKG + "title", _zh(d.get("title") or d["label"])))
        out.append((iri, NKG + "level", Lit(d.get("level") or "unknown")))
    if d["type"] == "Article":
        if d.get("headline"):
            out.append((iri, SCHEMA + "headline", _zh(d["headline"])))
        if d.get("date_published"):
            out.append((iri, SCHEMA + "datePublished", _date(d["date_published"])))
        if d.get("source_file"):
            out.append((iri, NKG + "sourceFile", Lit(clean_text(d["source_file"]))))
        if d.get("line") is not None:
            out.append((iri, NKG + "sourceLine", _int(d["line"])))
        if d.get("url"):
            out.append((iri, SCHEMA + "url", Lit(clean_text(d["url"]), datatype=XSD + "anyURI")))
        for key in ("source", "paper", "page"):
            value = d.get("origin" if key == "source" else key)
            if value:
                out.append((iri, NKG + key, _zh(value)))
    return out


def _int(value: int) -> Lit:
    return Lit(str(value), datatype=XSD + "integer")


def statement_iri(base: str, s: str, p: str, o: str, st: Statement) -> str:
    """A stable IRI for one statement: the same sentence gives the same IRI."""
    key = "\x1f".join(map(str, (s, p, o, st.article, st.start, st.end, st.evidence, st.date)))
    return f"{base}statement-{hashlib.sha1(key.encode()).hexdigest()[:16]}"


def _statement(node: str, s: str, p: str, o: str, st: Statement) -> list[Triple]:
    out: list[Triple] = [
        (node, RDF + "type", RDF + "Statement"),
        (node, RDF + "subject", s),
        (node, RDF + "predicate", NKG + p),
        (node, RDF + "object", o),
        (node, PROV + "wasDerivedFrom", st.article),
        (node, NKG + "evidence", _zh(st.evidence)),
    ]
    if st.start is not None and st.end is not None:
        out.append((node, NKG + "evidenceStart", _int(st.start)))
        out.append((node, NKG + "evidenceEnd", _int(st.end)))
    if st.date:
        out.append((node, SCHEMA + "startDate", _date(st.date)))
    if st.activity:
        out.append((node, NKG + "activity", _zh(st.activity)))
    if st.former:
        out.append((node, NKG + "former", _true()))
    return out


def _true() -> Lit:
    return Lit("true", datatype=XSD + "boolean")


def holding_iri(base: str, person: str, post: str) -> str:
    """The IRI of the PositionHolding of ``person`` and ``post``: stable, one per pair."""
    return node_iri("PositionHolding", holding_key(person, post), base)


def _holding(base: str, graph: nx.MultiDiGraph, s: str, o: str, d: dict) -> list[Triple]:
    """A holdsPosition edge as a nkg:PositionHolding node (docs/ontology.md, "Careers")."""
    node = holding_iri(base, s, o)
    h = holding(d.get("statements", ()))
    name = f"{graph.nodes[s]['label']} · {graph.nodes[o]['label']}"
    out: list[Triple] = [
        (node, RDF + "type", NKG + "PositionHolding"),
        (node, RDFS + "label", _zh(name)),
        (node, NKG + "holder", s),
        (node, NKG + "position", o),
        (node, NKG + "statements", _int(h.statements)),
    ]
    if h.first_seen:
        out.append((node, NKG + "firstSeen", _date(h.first_seen)))
    if h.last_seen:
        out.append((node, NKG + "lastSeen", _date(h.last_seen)))
    if h.former:
        out.append((node, NKG + "former", _true()))
    return out


def triples(graph: nx.MultiDiGraph) -> Iterator[Triple]:
    """Every triple of the graph: vocabulary, then nodes, then statement nodes.

    Subjects come in sorted order and each subject's triples together, so a
    writer can group them; the order never depends on how the graph was built.
    """
    base = graph.graph.get("base_iri", NKR)
    yield from vocabulary()
    out_edges: dict[str, list[tuple[str, str]]] = {}
    for s, o, p in graph.edges(keys=True):
        out_edges.setdefault(s, []).append((p, o))
    for iri in sorted(graph.nodes):
        yield from _node(iri, graph.nodes[iri])
        for p, o in sorted(out_edges.get(iri, ())):
            yield (iri, NKG + p, o)
    holdings = sorted((holding_iri(base, s, o), s, o) for s, o, p in graph.edges(keys=True)
                      if p == "holdsPosition")
    for _, s, o in holdings:
        yield from _holding(base, graph, s, o, graph.edges[s, o, "holdsPosition"])
    stmts: list[tuple[str, Triple]] = []
    for s, o, p, d in graph.edges(keys=True, data=True):
        for st in d.get("statements", ()):
            node = statement_iri(base, s, p, o, st)
            stmts.append((node, (s, p, o, st)))  # type: ignore[arg-type]
    seen: set[str] = set()
    for node, (s, p, o, st) in sorted(stmts, key=lambda x: x[0]):  # type: ignore[misc]
        if node in seen:  # the same sentence said twice in one article
            continue
        seen.add(node)
        yield from _statement(node, s, p, o, st)


def prefixes(graph: nx.MultiDiGraph) -> dict[str, str]:
    """The prefixes to write, with ``nkr`` bound to the graph's node base."""
    return {**PREFIXES, "nkr": graph.graph.get("base_iri", NKR)}


def to_rdflib(graph: nx.MultiDiGraph):
    """An rdflib Graph with the same triples as the Turtle export."""
    from rdflib import Graph, Literal, URIRef

    g = Graph()
    for prefix, ns in prefixes(graph).items():
        g.bind(prefix, ns, override=True, replace=True)
    for s, p, o in triples(graph):
        if isinstance(o, Lit):
            obj: Literal | URIRef = Literal(o.value, lang=o.lang or None,
                          datatype=URIRef(o.datatype) if o.datatype else None)
        else:
            obj = URIRef(safe_iri(o))
        g.add((URIRef(safe_iri(s)), URIRef(safe_iri(p)), obj))
    return g
