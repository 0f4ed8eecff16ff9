"""The graph as RDF, following docs/ontology.md: vocabulary, nodes, statements."""

from __future__ import annotations

import hashlib

import networkx as nx
from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef

from ..graph.model import Statement
from ..vocab import CLASS_INFO, NKG, PROPERTY_INFO, PROV, SCHEMA

__all__ = ["to_rdflib"]

nkg = Namespace(NKG)
schema = Namespace(SCHEMA)
prov = Namespace(PROV)


def _date(value: str) -> Literal:
    if value.startswith("--"):
        return Literal(value, datatype=XSD.gMonthDay)
    return Literal(value, datatype=XSD.date)


def _vocabulary(g: Graph) -> None:
    onto = URIRef(NKG.rstrip("#"))
    g.add((onto, RDF.type, OWL.Ontology))
    g.add((onto, RDFS.label, Literal("newskg ontology", lang="en")))
    for name, (zh, en, comment, supers) in CLASS_INFO.items():
        c = nkg[name]
        g.add((c, RDF.type, OWL.Class))
        g.add((c, RDFS.label, Literal(zh, lang="zh")))
        g.add((c, RDFS.label, Literal(en, lang="en")))
        g.add((c, RDFS.comment, Literal(comment, lang="en")))
        for sup in supers:
            g.add((c, RDFS.subClassOf, URIRef(sup)))
    for name, (zh, en, comment) in PROPERTY_INFO.items():
        p = nkg[name]
        g.add((p, RDF.type, OWL.ObjectProperty))
        g.add((p, RDFS.label, Literal(zh, lang="zh")))
        g.add((p, RDFS.label, Literal(en, lang="en")))
        g.add((p, RDFS.comment, Literal(comment, lang="en")))
    for name, (zh, en, comment) in {
        "evidence": ("证据", "evidence", "The sentence a statement was read from."),
        "alias": ("别名", "alias", "Another surface form of a node's name."),
        "sourceFile": ("来源文件", "source file", "The input file an article came from."),
        "activity": ("活动类型", "activity", "The kind of activity a statement records."),
    }.items():
        p = nkg[name]
        g.add((p, RDF.type, OWL.DatatypeProperty))
        g.add((p, RDFS.label, Literal(zh, lang="zh")))
        g.add((p, RDFS.label, Literal(en, lang="en")))
        g.add((p, RDFS.comment, Literal(comment, lang="en")))


def _statement_iri(base: str, s: str, p: str, o: str, st: Statement) -> URIRef:
    key = f"{s}\x1f{p}\x1f{o}\x1f{st.article}\x1f{st.start}\x1f{st.end}"
    return URIRef(f"{base}statement-{hashlib.sha1(key.encode()).hexdigest()[:16]}")


def to_rdflib(graph: nx.MultiDiGraph) -> Graph:
    """An rdflib Graph with the vocabulary, every node and every statement."""
    g = Graph()
    g.bind("nkg", nkg)
    g.bind("nkr", Namespace(graph.graph.get("base_iri", "")))
    g.bind("schema", schema)
    g.bind("prov", prov)
    g.bind("owl", OWL)
    _vocabulary(g)
    base = graph.graph.get("base_iri", "")
    for iri, d in graph.nodes(data=True):
        n = URIRef(iri)
        g.add((n, RDF.type, nkg[d["type"]]))
        g.add((n, RDFS.label, Literal(d["label"], lang="zh")))
        for a in d.get("aliases", ()):
            g.add((n, nkg.alias, Literal(a, lang="zh")))
        if d["type"] == "Event" and d.get("start_date"):
            g.add((n, schema.startDate, _date(d["start_date"])))
        if d["type"] == "Article":
            if d.get("headline"):
                g.add((n, schema.headline, Literal(d["headline"], lang="zh")))
            if d.get("date_published"):
                g.add((n, schema.datePublished, _date(d["date_published"])))
            g.add((n, nkg.sourceFile, Literal(d["source_file"])))
    for s, o, p, d in graph.edges(keys=True, data=True):
        g.add((URIRef(s), nkg[p], URIRef(o)))
        for st in d.get("statements", ()):
            node = _statement_iri(base, s, p, o, st)
            g.add((node, RDF.type, RDF.Statement))
            g.add((node, RDF.subject, URIRef(s)))
            g.add((node, RDF.predicate, nkg[p]))
            g.add((node, RDF.object, URIRef(o)))
            g.add((node, prov.wasDerivedFrom, URIRef(st.article)))
            g.add((node, nkg.evidence, Literal(st.evidence, lang="zh")))
            if st.date:
                g.add((node, schema.startDate, _date(st.date)))
            if st.activity:
                g.add((node, nkg.activity, Literal(st.activity, lang="zh")))
    return g
