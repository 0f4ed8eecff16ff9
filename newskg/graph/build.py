"""Turn extracted articles into one graph, merging what is said more than once.

Entities merge on (class, canonical key): an Organization or Place named in
two articles is one node; one relation said in two articles is one edge with
two statements. Events merge only when label and date agree, because a county
holds many meetings called 座谈会.

Posts and people follow docs/ontology.md, "Posts, people and careers": a
Position is one post of one body, keyed by its qualified label (永康市市长) with
its title, level, jurisdiction and body; a post the page left unresolved
belongs to its article alone. Persons are decided once every article is in
(:mod:`.people`): until then each name of each article is a *sighting* with a
provisional id, and :meth:`GraphBuilder.graph` maps the sightings to persons.
Each holdsPosition statement is dated by its article and each (person, post)
edge summed up as a holding (:mod:`.careers`). Cost stays linear in the number
of relations.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

import networkx as nx

from ..records import Article, Mention, Post
from ..vocab import NKR, node_iri
from .careers import Holding, holding
from .codebook import Codebook
from .model import Statement
from .people import Sighting, identify

__all__ = ["GraphBuilder", "build_graph"]

_OUR_PLACE = re.compile(r"我(?:省|市|县|区|州|镇|乡|村)")
#: provisional ids of sightings start with this (never an IRI)
_SIGHTING = "\x00sighting\x1f"


class GraphBuilder:
    """Accumulate articles one at a time, then produce the graph.

    Keeping state in plain dicts and building the networkx graph once at the
    end keeps memory and time linear and the output independent of the order
    in which workers deliver articles. ``codebook`` is a researcher's
    ``--persons`` file (:mod:`.codebook`).
    """

    def __init__(self, base_iri: str = NKR, codebook: Codebook | None = None) -> None:
        self.base_iri = base_iri
        self.codebook = codebook
        self._nodes: dict[str, dict] = {}
        self._aliases: dict[str, set[str]] = defaultdict(set)
        self._dates: dict[str, set[str]] = defaultdict(set)
        self._edges: dict[tuple[str, str, str], set[Statement]] = defaultdict(set)
        self._sightings: dict[str, Sighting] = {}
        self._posts: dict[str, set[Post]] = defaultdict(set)

    def _sighting(self, name: str, article: Article, art_iri: str,
                  reporter: bool = False) -> str:
        sid = f"{_SIGHTING}{name}\x1f{art_iri}"
        if sid not in self._sightings:
            paper = article.paper or article.source.rpartition("/")[0]
            self._sightings[sid] = Sighting(name, article.key, tuple(article.places),
                                            paper=paper, reporter=reporter)
            self._nodes[sid] = {"type": "Person", "label": name}
        elif not reporter:  # named in the text too: an official, not only a byline
            self._sightings[sid].reporter = False
        return sid

    def _position(self, m: Mention, article: Article) -> tuple[str, Post]:
        post = article.posts.get(m.label) or Post(m.label, m.label)
        key = post.label if post.resolved else f"{post.label}\x1f{article.key}"
        iri = node_iri("Position", key, self.base_iri)
        if post in self._posts[iri]:
            return iri, post
        # every article's reading of the post, so that the node does not depend on
        # which article came first (workers deliver them in any order)
        self._posts[iri].add(post)
        self._nodes.setdefault(iri, {"type": "Position", "label": post.label})
        where = post.jurisdiction
        if where:
            chain = [self._named("Place", p) for p in where]
            self._edges[(iri, "jurisdiction", chain[0])]
            for inner, outer in zip(chain, chain[1:], strict=False):
                self._edges[(inner, "locatedIn", outer)]
        if post.body:
            self._edges[(iri, "body", self._named("Organization", post.body))]
        return iri, post

    def _named(self, cls: str, name: str) -> str:
        iri = node_iri(cls, name, self.base_iri)
        self._nodes.setdefault(iri, {"type": cls, "label": name})
        return iri

    def _entity(self, m: Mention, article: Article, art_iri: str) -> str:
        if m.cls == "Person":
            iri = self._sighting(m.label, article, art_iri)
            if m.text != m.label:
                self._aliases[iri].add(m.text)
            return iri
        if m.cls == "Position":
            iri, _ = self._position(m, article)
            if m.text != m.label:
                self._aliases[iri].add(m.text)
            return iri
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
            iri = self._sighting(name, article, art_iri, reporter=True)
            self._edges[(art_iri, "mentions", iri)]
            self._edges[(art_iri, "reportedBy", iri)].add(
                Statement(art_iri, start, end, article.byline or name, article.date)
            )
        for m in article.mentions:
            iri = self._entity(m, article, art_iri)
            self._edges[(art_iri, "mentions", iri)]
        seen_on = _seen_on(article)
        for r in article.relations:
            s = self._entity(r.subject, article, art_iri)
            o = self._entity(r.object, article, art_iri)
            self._edges[(art_iri, "mentions", s)]
            self._edges[(art_iri, "mentions", o)]
            start, end = r.source_span or (None, None)
            if r.prop == "holdsPosition":
                # a post is seen on the article's day (the text rarely dates it otherwise)
                date = seen_on or r.date
                self._edges[(s, r.prop, o)].add(
                    Statement(art_iri, start, end, r.evidence, date, r.activity, r.former))
                post = article.posts.get(r.object.label) or Post(r.object.label, r.object.label)
                if s in self._sightings:
                    self._sightings[s].written.add(post.label)
                    self._sightings[s].written.add(r.object.text)
                    if post.resolved:
                        self._sightings[s].posts[post.label] = post
                continue
            self._edges[(s, r.prop, o)].add(
                Statement(art_iri, start, end, r.evidence, r.date, r.activity)
            )
            self._add_date(s, r.date)
            self._add_date(o, r.date)

    def _persons(self) -> dict[str, str]:
        """Each sighting's Person IRI (:mod:`.people`)."""
        keys = identify(self._sightings.items(), self.codebook)
        return {sid: node_iri("Person", key, self.base_iri) for sid, key in keys.items()}

    def graph(self) -> nx.MultiDiGraph:
        """The merged graph, nodes and edges in sorted order."""
        person = self._persons()

        def final(iri: str) -> str:
            return person.get(iri, iri)

        nodes: dict[str, dict] = {}
        aliases: dict[str, set[str]] = defaultdict(set)
        dates: dict[str, set[str]] = defaultdict(set)
        for iri, data in self._nodes.items():
            if iri in self._posts:
                data = {**data, **_post_data(self._posts[iri])}
            nodes.setdefault(final(iri), data)
            aliases[final(iri)] |= self._aliases.get(iri, set())
            dates[final(iri)] |= self._dates.get(iri, set())
        edges: dict[tuple[str, str, str], set[Statement]] = defaultdict(set)
        for (s, p, o), sts in self._edges.items():
            edges[(final(s), p, final(o))] |= sts
        holdings = {(s, o): holding(sts) for (s, p, o), sts in edges.items()
                    if p == "holdsPosition"}
        posts = _last_posts(holdings, nodes)
        g = nx.MultiDiGraph(base_iri=self.base_iri)
        for iri in sorted(nodes):
            data = dict(nodes[iri])
            data["aliases"] = tuple(sorted(aliases.get(iri, set()) - {data["label"]}))
            data["dates"] = tuple(sorted(dates.get(iri, set())))
            if data["type"] == "Person":
                data["post"] = posts.get(iri, "")
            g.add_node(iri, **data)
        for (s, p, o) in sorted(edges):
            said = tuple(sorted(edges[(s, p, o)]))
            extra: dict[str, str | None] = {}
            if p == "holdsPosition":
                h = holdings[(s, o)]
                extra = {"first_seen": h.first_seen, "last_seen": h.last_seen}
            g.add_edge(s, o, key=p, statements=said, **extra)
        return g


def _post_data(posts: set[Post]) -> dict[str, str]:
    """A Position node's title, level, place and body from every article's reading
    of it: the most specific (a known place and body first), then the smallest,
    whatever order the articles came in."""
    def rank(p: Post) -> tuple:
        return (not p.jurisdiction, not p.body, p.level == "unknown", p.title, p.level,
                p.jurisdiction, p.body or "")

    best = min(posts, key=rank)
    where = best.jurisdiction
    return {"title": best.title, "level": best.level,
            "jurisdiction": where[0] if where else "", "body": best.body or ""}


def _seen_on(article: Article) -> str | None:
    """The day an article shows its people in their posts: its publication date, or
    failing one, the first day its text places anything on (a page without a
    header, 4月24日下午…), a date with a year before one without."""
    if article.date:
        return article.date
    dates = [r.date for r in article.relations if r.date]
    full = [d for d in dates if not d.startswith("--")]
    return min(full or dates, default=None)


def _last_posts(holdings: dict[tuple[str, str], Holding],
                nodes: dict[str, dict]) -> dict[str, str]:
    """Each person's post to show beside the name: the one seen last, then the
    one said most often, then a full post before a deputy one (市委副书记、市长:
    市长), then the first label; never one given as former."""
    best: dict[str, tuple] = {}
    for (s, o), h in holdings.items():
        if h.former:
            continue
        label = nodes[o]["label"]
        full = "副" not in (nodes[o].get("title") or label)
        rank = (h.last_seen or "", h.statements, full, [-ord(c) for c in label])
        if s not in best or rank > best[s][0]:
            best[s] = (rank, label)
    return {s: label for s, (_, label) in best.items()}


def build_graph(articles: Iterable[Article], base_iri: str = NKR,
                codebook: Codebook | None = None) -> nx.MultiDiGraph:
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
    builder = GraphBuilder(base_iri, codebook)
    for article in articles:
        builder.add(article)
    return builder.graph()
