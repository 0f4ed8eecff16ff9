"""How the visual exports draw the graph: one colour per class, a fixed layout.

The GEXF (for Gephi) and the HTML viewer share these, so a node has the same
colour and place in both. The layout is computed here, before any page opens,
with igraph's grid Fruchterman-Reingold (C code, linear per iteration, fixed
seed): tens of thousands of nodes take about a second, and the same graph
always gets the same positions.
"""

from __future__ import annotations

import random

import networkx as nx

from .flat import FlatEdge, FlatNode, flatten, once

__all__ = ["CLASS_COLORS", "graph_layout", "hex_to_rgb", "layout"]

#: class -> colour (a colour-blind-safe palette, Okabe-Ito plus grey).
CLASS_COLORS: dict[str, str] = {
    "Person": "#D55E00",
    "Position": "#E69F00",
    "Organization": "#0072B2",
    "Enterprise": "#56B4E9",
    "Place": "#009E73",
    "Event": "#CC79A7",
    "Campaign": "#F0E442",
    "Article": "#999999",
}
DEFAULT_COLOR = "#777777"


def hex_to_rgb(color: str) -> tuple[int, int, int]:
    """``#RRGGBB`` -> (r, g, b)."""
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def graph_layout(graph: nx.MultiDiGraph, articles: bool) -> dict[str, tuple]:
    """The layout of ``graph``'s rows (:func:`.flat.flatten`), computed once per export run."""
    return once("layout", graph, articles, lambda: layout(*flatten(graph, articles)))


def layout(nodes: list[FlatNode], edges: list[FlatEdge], seed: int = 7) -> dict[str, tuple]:
    """Node id -> (x, y), rounded, spread so that neighbours sit ~100 px apart."""
    import igraph

    if not nodes:
        return {}
    index = {n.id: i for i, n in enumerate(nodes)}
    pairs = sorted({(index[e.source], index[e.target]) for e in edges if e.source != e.target})
    g = igraph.Graph(n=len(nodes), edges=pairs, directed=False)
    previous = igraph.set_random_number_generator(random.Random(seed))
    try:
        coords = g.layout_fruchterman_reingold(niter=500, grid="auto").coords
    finally:
        igraph.set_random_number_generator(previous or random)
    xs = [c[0] for c in coords]
    ys = [c[1] for c in coords]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    scale = 100.0 * max(1.0, len(nodes) ** 0.5) / span * 2.0
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {
        n.id: (round((x - cx) * scale, 1), round((y - cy) * scale, 1))
        for n, (x, y) in zip(nodes, coords, strict=True)
    }
