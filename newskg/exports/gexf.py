"""GEXF export for Gephi's timeline (and Gephi Lite, networkx, graphology).

The same nodes and edges as the GraphML, in a *dynamic* graph: a node or edge
the text places on one day carries ``start``/``end`` for that day, one placed
on several days carries a ``<spells>`` list (one spell per day, so the
timeline shows it on those days only, not on every day between). A holding
(holdsPosition) lives from the first to the last day the papers show it. Elements
without a date are always visible. Colours by class and the precomputed
layout go in ``viz:`` attributes, so Gephi opens it looking like the viewer.

GEXF 1.2 (``http://www.gexf.net/1.2draft``) because it is what Gephi,
networkx's default reader and graphology all read.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import BinaryIO

import networkx as nx

from .flat import ARTICLE_FIELDS, flatten
from .style import CLASS_COLORS, DEFAULT_COLOR, graph_layout, hex_to_rgb

__all__ = ["write_gexf"]

NS = "http://www.gexf.net/1.2draft"
VIZ = "http://www.gexf.net/1.2draft/viz"
XSI = "http://www.w3.org/2001/XMLSchema-instance"

NODE_ATTRS = (("type", "string"), ("iri", "string"), ("title", "string"),
              ("level", "string"), ("jurisdiction", "string"), ("post", "string"))
EDGE_ATTRS = (("relation", "string"), ("date", "string"), ("evidence", "string"),
              ("articles", "integer"), ("first_seen", "string"), ("last_seen", "string"))


def _attributes(graph_el: ET.Element, cls: str, attrs) -> None:
    el = ET.SubElement(graph_el, "attributes", {"class": cls, "mode": "static"})
    for name, typ in attrs:
        ET.SubElement(el, "attribute", id=name, title=name, type=typ)


def _attvalues(el: ET.Element, values: dict[str, object]) -> None:
    av = ET.SubElement(el, "attvalues")
    for name, value in values.items():
        ET.SubElement(av, "attvalue", {"for": name, "value": str(value)})


def _when(el: ET.Element, dates: tuple[str, ...]) -> None:
    """A single day as start/end, several days as spells."""
    if len(dates) == 1:
        el.set("start", dates[0])
        el.set("end", dates[0])
    elif dates:
        spells = ET.SubElement(el, "spells")
        for d in dates:
            ET.SubElement(spells, "spell", start=d, end=d)


def write_gexf(graph: nx.MultiDiGraph, fp: BinaryIO, options=None) -> None:
    """A dynamic, directed GEXF graph; Articles only when ``options.articles``."""
    articles = bool(options and options.articles)
    nodes, edges = flatten(graph, articles=articles)
    pos = graph_layout(graph, articles)
    root = ET.Element("gexf", {
        "xmlns": NS, "xmlns:viz": VIZ, "xmlns:xsi": XSI,
        "xsi:schemaLocation": f"{NS} {NS}/gexf.xsd", "version": "1.2",
    })
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "newskg"
    ET.SubElement(meta, "description").text = (
        "Officials, posts, meetings and inspection tours read from newspaper pages")
    g = ET.SubElement(root, "graph", {
        "mode": "dynamic", "defaultedgetype": "directed", "timeformat": "date",
    })
    extra = tuple((name, "string") for name in ARTICLE_FIELDS) if articles else ()
    _attributes(g, "node", NODE_ATTRS + extra)
    _attributes(g, "edge", EDGE_ATTRS)
    nodes_el = ET.SubElement(g, "nodes")
    for n in nodes:
        el = ET.SubElement(nodes_el, "node", id=n.id, label=n.label)
        fields = dict(n.article)
        _attvalues(el, {"type": n.type, "iri": n.iri, "title": n.title, "level": n.level,
                        "jurisdiction": n.jurisdiction, "post": n.post,
                        **{name: fields.get(name, "") for name, _ in extra}})
        _when(el, n.dates)  # after attvalues, as the schema orders them
        r, gr, b = hex_to_rgb(CLASS_COLORS.get(n.type, DEFAULT_COLOR))
        ET.SubElement(el, "viz:color", r=str(r), g=str(gr), b=str(b))
        x, y = pos[n.id]
        ET.SubElement(el, "viz:position", x=repr(float(x)), y=repr(float(-y)), z="0.0")
        ET.SubElement(el, "viz:size", value="10.0")
    edges_el = ET.SubElement(g, "edges")
    for e in edges:
        el = ET.SubElement(edges_el, "edge", id=e.id, source=e.source, target=e.target,
                           label=e.relation, weight=repr(e.weight))
        _attvalues(el, {"relation": e.relation, "date": e.date, "evidence": e.evidence,
                        "articles": e.articles, "first_seen": e.first_seen,
                        "last_seen": e.last_seen})
        if e.first_seen and e.last_seen and not e.first_seen.startswith("--"):
            # a holding lives from the first to the last day it is seen, not on those days only
            el.set("start", e.first_seen)
            el.set("end", e.last_seen)
        else:
            _when(el, e.dates)
    ET.indent(root, space="  ")
    ET.ElementTree(root).write(fp, encoding="utf-8", xml_declaration=True)
    fp.write(b"\n")
