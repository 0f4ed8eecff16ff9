"""GraphML export for Gephi, igraph, networkx and graphology (Gephi Lite).

Follows the GraphML conventions of docs/ontology.md, which exist because of
real readers' traps:

- key ids are named after their attribute (``label``, ``e_label``...), never
  ``d0, d1...``: Gephi takes key ``d3`` on nodes and ``d7`` on edges as the
  label whatever it holds;
- every key is typed, every element has a value for every key of its kind
  (no missing, empty-list or ``None`` values that readers fill differently),
  and there are no graph-level keys;
- one directed edge per (subject, relation, object) with a unique id and a
  ``weight`` (how many statements support it).

Spec: http://graphml.graphdrawing.org/specification.html
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import BinaryIO

import networkx as nx

from .flat import ARTICLE_FIELDS, flatten

__all__ = ["EDGE_KEYS", "NODE_KEYS", "write_graphml"]

NS = "http://graphml.graphdrawing.org/xmlns"
XSI = "http://www.w3.org/2001/XMLSchema-instance"

#: node attribute -> (key id, GraphML type)
NODE_KEYS: dict[str, tuple[str, str]] = {
    "label": ("label", "string"),
    "type": ("type", "string"),
    "iri": ("iri", "string"),
    # Position: the post without its place, its level and place; Person: the
    # post last seen held (empty on other nodes: no missing values)
    "title": ("title", "string"),
    "level": ("level", "string"),
    "jurisdiction": ("jurisdiction", "string"),
    "post": ("post", "string"),
}
#: edge attribute -> (key id, GraphML type)
EDGE_KEYS: dict[str, tuple[str, str]] = {
    "label": ("e_label", "string"),
    "weight": ("e_weight", "double"),
    "date": ("e_date", "string"),
    "evidence": ("e_evidence", "string"),
    "articles": ("e_articles", "int"),
    # holdsPosition: the first and last day the papers show the holding
    "first_seen": ("e_first_seen", "string"),
    "last_seen": ("e_last_seen", "string"),
}


def _data(parent: ET.Element, key: str, value: object) -> None:
    ET.SubElement(parent, "data", key=key).text = str(value)


def write_graphml(graph: nx.MultiDiGraph, fp: BinaryIO, options=None) -> None:
    """One directed GraphML graph; Articles only when ``options.articles``."""
    articles = bool(options and options.articles)
    nodes, edges = flatten(graph, articles=articles)
    node_keys = dict(NODE_KEYS)
    if articles:  # an Article's provenance; empty on other nodes (no missing values)
        node_keys.update({name: (name, "string") for name in ARTICLE_FIELDS})
    root = ET.Element("graphml", {
        "xmlns": NS,
        "xmlns:xsi": XSI,
        "xsi:schemaLocation": f"{NS} {NS}/1.0/graphml.xsd",
    })
    for kind, keys in (("node", node_keys), ("edge", EDGE_KEYS)):
        for name, (key_id, typ) in keys.items():
            ET.SubElement(root, "key", {
                "id": key_id, "for": kind, "attr.name": name, "attr.type": typ,
            })
    g = ET.SubElement(root, "graph", id="G", edgedefault="directed")
    for n in nodes:
        el = ET.SubElement(g, "node", id=n.id)
        _data(el, "label", n.label)
        _data(el, "type", n.type)
        _data(el, "iri", n.iri)
        for name in ("title", "level", "jurisdiction", "post"):
            _data(el, name, getattr(n, name))
        if articles:
            fields = dict(n.article)
            for name in ARTICLE_FIELDS:
                _data(el, name, fields.get(name, ""))
    for e in edges:
        el = ET.SubElement(g, "edge", id=e.id, source=e.source, target=e.target)
        _data(el, "e_label", e.relation)
        _data(el, "e_weight", repr(e.weight))
        _data(el, "e_date", e.date)
        _data(el, "e_evidence", e.evidence)
        _data(el, "e_articles", e.articles)
        _data(el, "e_first_seen", e.first_seen)
        _data(el, "e_last_seen", e.last_seen)
    ET.indent(root, space="  ")
    ET.ElementTree(root).write(fp, encoding="utf-8", xml_declaration=True)
    fp.write(b"\n")
