"""The HTML viewer: one self-contained file that makes no network request.

pyvis is the project's viewer dependency, but its page template loads
Bootstrap and vis-network from CDNs (even with ``cdn_resources='in_line'``)
and its ``add_node``/``add_edge`` are quadratic. So we take from pyvis only
the vis-network build it ships (``pyvis/lib/vis-9.1.2``), inline it, and
write our own small page around it (``viewer/``): legend and class filter,
relation filter, a date range that filters edges (and hides the nodes it
leaves unconnected), search, tooltips and a side panel; a person shows with
the post last seen held (张三 · 永康市市长), a post with its place and level.
The layout is computed in Python (:func:`.style.layout`) and physics is off, so
large graphs open at once.
Beyond :data:`MAX_SHOWN` nodes the page opens on the busiest part only (the
nodes with most statements and the edges among them, ``data["shown"]``); every
node and edge is still in the page, and picking one in search adds it and its
neighbours to the view.

Safety: the graph travels as JSON inside ``<script type="application/json">``
with ``<``, ``>``, ``&`` escaped, and the page script puts every string on
the page with ``textContent``. A Content-Security-Policy allows only the
page's own scripts (by hash) and no connection at all, so even a bug that let
markup through could neither run a script nor fetch anything.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from importlib import resources
from typing import Any, BinaryIO

import networkx as nx

from ..vocab import CLASS_INFO, PROPERTY_INFO
from .flat import FlatNode, clean_text, flatten, is_full_date
from .style import CLASS_COLORS, DEFAULT_COLOR, graph_layout

__all__ = ["MAX_SHOWN", "busiest", "viewer_data", "write_html"]

#: statements shown per edge; the rest are counted (keeps big pages small)
MAX_STATEMENTS = 10
#: nodes drawn when the page opens; a bigger graph opens on its busiest part
MAX_SHOWN = 1500
_VIS = "lib/vis-9.1.2"
_SOURCE_MAP = re.compile(r"\n?//# sourceMappingURL=\S*\s*$")
_PLACEHOLDER = re.compile(r"__([A-Z_]+)__")


def _asset(package: str, name: str) -> str:
    return (resources.files(package) / name).read_text(encoding="utf-8")


def _vis_js() -> str:
    """vis-network as shipped inside the installed pyvis package.

    Its CSS (220 kB, mostly images for the editing toolbar and its own
    tooltip) is left out: the viewer uses neither.
    """
    return _SOURCE_MAP.sub("", _asset("pyvis", f"{_VIS}/vis-network.min.js"))


def _json_for_script(value: object) -> str:
    """JSON that cannot end its ``<script>`` element or open markup."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    for char, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                      ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, esc)
    return text


def busiest(nodes: list, edges: list, limit: int) -> list[str] | None:
    """Ids of the ``limit`` nodes with most statements, in node order; None when all fit.

    A node's weight is the number of statements on its edges (an edge said in
    three articles counts three); ties go to the smaller id, so the choice is
    the same on every run.
    """
    if len(nodes) <= limit:
        return None
    weight = {n.id: 0 for n in nodes}
    for e in edges:
        w = max(1, int(e.weight))
        weight[e.source] += w
        weight[e.target] += w
    top = set(sorted(weight, key=lambda i: (-weight[i], i))[:max(0, limit)])
    return [n.id for n in nodes if n.id in top]


def viewer_data(graph: nx.MultiDiGraph, articles: bool = False,
                max_shown: int = MAX_SHOWN) -> dict:
    """What the viewer page draws: classes, relations, nodes with x/y, edges with statements.

    With more than ``max_shown`` nodes, ``"shown"`` lists the ids the page
    opens on (:func:`busiest`); the key is absent when every node is shown.
    """
    nodes, edges = flatten(graph, articles=articles)
    pos = graph_layout(graph, articles)
    ndata = graph.nodes
    class_count: dict[str, int] = {}
    for n in nodes:
        class_count[n.type] = class_count.get(n.type, 0) + 1
    rel_count: dict[str, int] = {}
    for e in edges:
        rel_count[e.relation] = rel_count.get(e.relation, 0) + 1

    def statement(st) -> dict:
        art = ndata.get(st.article, {})
        return {
            "evidence": clean_text(st.evidence),
            "date": st.date or "",
            "activity": clean_text(st.activity or ""),
            "headline": clean_text(art.get("headline") or ""),
            "source": clean_text(art.get("source_file") or ""),
        }

    data: dict[str, Any] = {
        "classes": [
            {"name": c, "zh": zh, "en": en, "color": CLASS_COLORS.get(c, DEFAULT_COLOR),
             "count": class_count[c]}
            for c, (zh, en, *_rest) in CLASS_INFO.items() if c in class_count
        ] + [
            {"name": c, "zh": c, "en": c, "color": DEFAULT_COLOR, "count": k}
            for c, k in sorted(class_count.items()) if c not in CLASS_INFO
        ],
        "relations": [
            {"name": p, "zh": zh, "en": en, "count": rel_count[p]}
            for p, (zh, en, _c) in PROPERTY_INFO.items() if p in rel_count
        ] + [
            {"name": p, "zh": p, "en": p, "count": k}
            for p, k in sorted(rel_count.items()) if p not in PROPERTY_INFO
        ],
        "nodes": [_node(n, pos[n.id]) for n in nodes],
        "edges": [
            {"id": e.id, "from": e.source, "to": e.target, "rel": e.relation,
             "weight": int(e.weight), "date": e.date, "dates": list(e.dates),
             "first": e.first_seen if is_full_date(e.first_seen) else "",
             "last": e.last_seen if is_full_date(e.last_seen) else "",
             "statements": [statement(st) for st in e.statements[:MAX_STATEMENTS]],
             "more": max(0, len(e.statements) - MAX_STATEMENTS)}
            for e in edges
        ],
    }
    days = sorted({d for e in data["edges"] for d in (*e["dates"], e["first"], e["last"]) if d})
    data["period"] = [days[0], days[-1]] if days else []
    shown = busiest(nodes, edges, max_shown)
    if shown is not None:
        data["shown"] = shown
    return data


def _node(n: FlatNode, xy: tuple[float, float]) -> dict[str, Any]:
    """A node as the page draws it: a person with his post (张三 · 永康市市长),
    a post with its place and level for the panel."""
    out: dict[str, Any] = {"id": n.id, "label": n.label, "type": n.type, "iri": n.iri,
                           "aliases": list(n.aliases), "dates": list(n.dates),
                           "x": xy[0], "y": xy[1]}
    if n.type == "Person" and n.post:
        out["post"] = n.post
    if n.type == "Position":
        out.update(title=n.title, level=n.level, place=n.jurisdiction, body=n.body)
    return out


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def render_html(data: dict, title: str = "newskg") -> str:
    """The page: template + inlined vis-network + our script, with a strict CSP."""
    vis_js = _vis_js()
    app_js = _asset(__package__, "viewer/viewer.js")
    csp = "; ".join([
        "default-src 'none'",
        f"script-src {_sha256(vis_js)} {_sha256(app_js)}",
        "style-src 'unsafe-inline'",
        "img-src data:",
        "font-src data:",
        "connect-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    parts = {
        "CSP": csp,
        "TITLE": html.escape(title),
        "APP_CSS": _asset(__package__, "viewer/viewer.css"),
        "DATA": _json_for_script(data),
        "VIS_JS": vis_js,
        "APP_JS": app_js,
    }
    template = _asset(__package__, "viewer/viewer.html")
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1)], template)


def write_html(graph: nx.MultiDiGraph, fp: BinaryIO, options=None,
               max_shown: int = MAX_SHOWN) -> None:
    """The viewer page for ``graph``; Articles as nodes only when ``options.articles``.

    A graph of more than ``max_shown`` nodes opens on its ``max_shown`` busiest.
    """
    data = viewer_data(graph, articles=bool(options and options.articles), max_shown=max_shown)
    fp.write(render_html(data, "newskg 知识图谱").encode("utf-8"))
