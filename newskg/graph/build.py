"""Turn extracted articles into one graph, merging what is said more than once.

Entities merge on (class, canonical key): the same person named in two
articles is one node; one relation said in two articles is one edge with two
statements. Events merge only when label and date agree, because a county
holds many meetings called 座谈会. Cost is linear in the number of relations.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

import networkx as nx

from ..records import Article, Mention
from ..vocab import NKR, node_iri
from .model import Statement

__all__ = ["GraphBuilder", "build_graph"]

_OUR_PLACE = re.compile(r"我(?:省|市|县|区|州|镇|乡|村)")


class GraphBuilder:
    """Accumulate articles one at a time, then produce the graph.

    Keeping state in plain dicts and building the networkx graph once at the
    end keeps memory and time linear and the output independent of the order
    in which workers deliver articles.
    """

    def __init__(self, base_iri: str = NKR) -> None:
        self.base_iri = base_iri
        self._nodes: dict[str, dict] = {}
        self._aliases: dict[str, set[str]] = defaultdict(set)
        self._dates: dict[str, set[str]] = defaultdict(set)
        self._edges: dict[tuple[str, str, str], set[Statement]] = defaultdict(set)

    def _entity(self, m: Mention, article: Article, art_iri: str) -> str:
        key = m.label
        if m.cls == "Event":
            date = article.event_dates.get(m.label)
            key = f"{m.label}\x1f{date or art_iri}"
        elif _OUR_PLACE.fullmatch(m.label):
            # 我县 the article could not name: "our county" of one paper is not
            # every paper's, so it stays a node of its own source
            key = f"{m.label}\x1f{article.source}"
        iri = node_iri(m.cls, key, self.base_iri)
        if iri not in self._nodes:
            data: dict[str, str | None] = {"type": m.cls, "label": m.label}
            if m.cls == "Event":
                data["start_date"] = article.event_dates.get(m.label)
            self._nodes[iri] = data
        if m.text != m.label:
            self._aliases[iri].add(m.text)
        if m.cls == "Event" and self._nodes[iri].get("start_date"):
            self._add_date(iri, self._nodes[iri]["start_date"])
        return iri

    def _add_date(self, iri: str, date: str | None) -> None:
        if date and not date.startswith("--"):
            self._dates[iri].add(date)

    def add(self, article: Article) -> None:
        """Add one article: its node, its mentions and its relations."""
        art_iri = node_iri("Article", article.key, self.base_iri)
        self._nodes[art_iri] = {
            "type": "Article",
            "label": article.headline or article.key,
            "headline": article.headline,
            "date_published": article.date,
            "source_file": article.source,
            "line": article.line,
            "index": article.index,
            "url": article.url,
            "paper": article.paper,
            "page": article.page,
            "origin": article.origin,
        }
        self._add_date(art_iri, article.date)
        start, end = article.byline_span or (None, None)
        for name in article.reporters:
            iri = self._entity(Mention(name, "Person", 0, 0), article, art_iri)
            self._edges[(art_iri, "mentions", iri)]
            self._edges[(art_iri, "reportedBy", iri)].add(
                Statement(art_iri, start, end, article.byline or name, article.date)
            )
        for m in article.mentions:
            iri = self._entity(m, article, art_iri)
            self._edges[(art_iri, "mentions", iri)]
        for r in article.relations:
            s = self._entity(r.subject, article, art_iri)
            o = self._entity(r.object, article, art_iri)
            self._edges[(art_iri, "mentions", s)]
            self._edges[(art_iri, "mentions", o)]
            start, end = r.source_span or (None, None)
            self._edges[(s, r.prop, o)].add(
                Statement(art_iri, start, end, r.evidence, r.date, r.activity)
            )
            if r.prop != "holdsPosition":
                self._add_date(s, r.date)
                self._add_date(o, r.date)

    def graph(self) -> nx.MultiDiGraph:
        """The merged graph, nodes and edges in sorted order."""
        g = nx.MultiDiGraph(base_iri=self.base_iri)
        for iri in sorted(self._nodes):
            data = dict(self._nodes[iri])
            data["aliases"] = tuple(sorted(self._aliases.get(iri, set()) - {data["label"]}))
            data["dates"] = tuple(sorted(self._dates.get(iri, set())))
            g.add_node(iri, **data)
        for (s, p, o) in sorted(self._edges):
            g.add_edge(s, o, key=p, statements=tuple(sorted(self._edges[(s, p, o)])))
        return g


def build_graph(articles: Iterable[Article], base_iri: str = NKR) -> nx.MultiDiGraph:
    """Build the knowledge graph of some extracted articles.

    >>> from newskg.records import Article, Mention, Relation
    >>> a = Article("p.txt", 0, "市长张三出席会议。")
    >>> p, t = Mention("张三", "Person", 2, 4), Mention("市长", "Position", 0, 2)
    >>> a.mentions = [p, t]
    >>> a.relations = [Relation(p, "holdsPosition", t, a.text, 0, 9)]
    >>> g = build_graph([a])
    >>> sorted(d["label"] for _, d in g.nodes(data=True) if d["type"] != "Article")
    ['市长', '张三']
    """
    builder = GraphBuilder(base_iri)
    for article in articles:
        builder.add(article)
    return builder.graph()
