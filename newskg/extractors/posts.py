"""Posts resolved to their place and body: 市长 in a 永康 paper is 永康市市长.

A paper writes a post as its readers say it: 市长, 县委书记, 副主任. A careful
reader knows whose from the page: the paper and its place (a ``# paper:``
header, ``--place``, a dateline such as 北京人大网讯), the places the article
names (我市 and the city it names most; 黔东南 lies in 贵州, so its 省 is
贵州省), the title chain (市委副书记、新区党工委副书记、市长: one place; 市委常委、
宣传部部长: the 市委's department), and a body named earlier in the article
(市十六届人大教科文卫委员会 … 主任委员). National posts stay as they are
(国务院副总理); a post the page does not resolve keeps its written form and
level ``unknown``, and the graph keeps it to its article.

:func:`resolve_posts` fills :attr:`Article.posts` and gives each Position
mention its qualified label; the written form stays the mention's text (an
alias in the graph). A former post (原…, 时任…) is marked on its relation.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

from ..records import Article, Mention, Post, Relation
from .gazetteer import Division, Gazetteer, gazetteer

__all__ = ["PlaceContext", "place_context", "resolve_posts"]

#: the opening of an article where a paper names its own place (short names are read there)
_OPENING = 300
#: a unit's place taken from the places an article names must be named this many
#: times more often than the next one
_DOMINANCE = 2


@dataclass(frozen=True)
class _Rules:
    former: re.Pattern[str]
    national_prefixes: tuple[str, ...]
    national_titles: dict[str, str]
    institution: tuple[str, ...]
    enterprise: tuple[str, ...]
    party_departments: tuple[str, ...]
    bare_titles: frozenset[str]
    body_ends: tuple[str, ...]
    unit: re.Pattern[str]
    township: re.Pattern[str]
    session: re.Pattern[str]
    paper_words: re.Pattern[str]
    dateline: re.Pattern[str]
    dateline_empty: re.Pattern[str]
    ours: re.Pattern[str]
    division: re.Pattern[str]
    countries: dict[str, str]
    departments: tuple[str, ...]
    body_lead_ends: tuple[str, ...]
    org_titles: dict[str, tuple[str, ...]]


@cache
def _rules() -> _Rules:
    data = resources.files(__package__) / "data"
    raw = tomllib.loads((data / "posts.toml").read_text(encoding="utf-8"))
    words, pats = raw["words"], raw["patterns"]
    countries: dict[str, str] = {}
    for line in (data / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            short, full = (line.split("\t") + [""])[:2]
            countries[short] = short
            if full:
                countries[full] = short
    return _Rules(
        former=re.compile(raw["former"]),
        national_prefixes=tuple(sorted(raw["national_prefixes"], key=len, reverse=True)),
        national_titles=dict(raw["national_titles"]),
        institution=tuple(words["institution"]),
        enterprise=tuple(words["enterprise"]),
        party_departments=tuple(words["party_departments"]),
        bare_titles=frozenset(words["bare_titles"]),
        body_ends=tuple(sorted(words["body_ends"], key=len, reverse=True)),
        countries=countries,
        departments=tuple(words["departments"]),
        body_lead_ends=tuple(words["body_lead_ends"]),
        org_titles={k: tuple(v) for k, v in raw["org_titles"].items()},
        **{k: re.compile(v) for k, v in pats.items()},
    )


@dataclass
class PlaceContext:
    """Where an article is: its paper's place (``home``, narrowest first) and
    the divisions it names, with how often."""

    home: list[Division] = field(default_factory=list)
    named: Counter[Division] = field(default_factory=Counter)
    ours: frozenset[str] = frozenset()
    #: the page's context, for an article of a page that says little of itself
    page: PlaceContext | None = None

    def for_unit(self, unit: str, gz: Gazetteer) -> Division | None:
        """The place a post of ``unit`` (市, 省, 新区...) belongs to here, or ``None``."""
        found = self._for_unit(unit, gz)
        if found is None and self.page is not None:
            return self.page.for_unit(unit, gz)
        return found

    def _for_unit(self, unit: str, gz: Gazetteer) -> Division | None:
        for d in self.home:
            if d.fits(unit):
                return d
        fitting = Counter({d: n for d, n in self.named.items() if d.fits(unit)})
        if not fitting:  # 黔东南 named, 省 wanted: the province it lies in
            for d, n in self.named.items():
                for up in gz.chain(d)[1:]:
                    if up.fits(unit):
                        fitting[up] += n
        if not fitting and unit == "新区":  # 舟山's 新区 is the 舟山群岛新区
            near = [*self.home, *self.named]
            for d in gz.new_areas():
                if any(p.short and d.name.startswith(p.short) for p in near):
                    fitting[d] += 1
        ranked = fitting.most_common(2)
        if not ranked:
            return None
        if len(ranked) == 2 and ranked[0][1] < _DOMINANCE * ranked[1][1]:
            return None  # two places of that unit and neither dominates: a reader cannot tell
        return ranked[0][0]

    @property
    def chain(self) -> tuple[str, ...]:
        """The article's place, narrowest first (its paper's, or the one it names most)."""
        if self.home:
            return tuple(d.name for d in self.home)
        if self.named:
            top = self.named.most_common(1)[0][0]
            return tuple(d.name for d in gazetteer().chain(top))
        return self.page.chain if self.page is not None else ()


def _narrowest(found: Iterable[Division], gz: Gazetteer) -> list[Division]:
    """Of several divisions named together (舟山市, 普陀区), the chain of the narrowest."""
    found = list(found)
    for d in sorted(found, key=lambda d: -len(gz.chain(d))):
        if all(gz.within(d, other) for other in found):
            return gz.chain(d)
    return []


def _narrowest_unique(spans: Iterable[tuple[int, int, str]], gz: Gazetteer) -> list[Division]:
    """The chain of places named together, when each name is one place and they nest."""
    candidates = [gz.find(n) for _, _, n in spans]
    sure = [c[0] for c in candidates if len(c) == 1]
    for c in candidates:  # 普陀区 beside 舟山市: the one in 舟山市
        if len(c) > 1:
            near = [d for d in c if any(gz.within(d, a) or gz.within(a, d) for a in sure)]
            if len(near) != 1:
                return []
            sure.append(near[0])
    return _narrowest(sure, gz) if sure else []


def _place_in_name(name: str, gz: Gazetteer) -> list[Division]:
    """The place a paper's or site's name holds: 永康日报 → 永康市 and up."""
    rules = _rules()
    stem = rules.paper_words.sub("", name.strip().removeprefix("中共"))
    return _narrowest_unique(list(gz.scan(stem)) or list(gz.scan_short(stem)), gz)


def place_context(
    article: Article, place: str | None = None, page: PlaceContext | None = None
) -> PlaceContext:
    """What tells where ``article`` is: ``--place``, its paper, its dateline, its
    text, and last the ``page`` it was printed on."""
    gz, rules = gazetteer(), _rules()
    ctx = PlaceContext(page=page)
    for source in (place, article.paper):
        if source and not ctx.home:
            ctx.home = _place_in_name(source, gz)
    if not ctx.home and article.origin:  # a note such as "(a 舟山市普陀区 news app)"
        ctx.home = _narrowest_unique(gz.scan(article.origin), gz)
    text = article.text
    if not ctx.home:
        m = rules.dateline.match(article.byline or "") or rules.dateline.match(text)
        if m and not rules.dateline_empty.match(m.group(1)):
            ctx.home = _place_in_name(m.group(1), gz)
    named: Counter[str] = Counter(n for _, _, n in gz.scan(article.headline + "\n" + text))
    opening = article.headline + "\n" + text[:_OPENING]
    for short in {n for _, _, n in gz.scan_short(opening)}:
        named[short] += len(re.findall(short + _NOT_DIVISION, article.headline + "\n" + text))
    resolved: Counter[Division] = Counter()
    anchors = list(ctx.home)
    for name, n in named.most_common():  # a unique name first; an ambiguous one by its neighbours
        options = gz.find(name)
        if len(options) == 1:
            resolved[options[0]] += n
            anchors.append(options[0])
    for name, n in named.items():
        options = gz.find(name)
        if len(options) > 1:
            near = [d for d in options if any(gz.within(d, a) or gz.within(a, d) for a in anchors)]
            if len(near) == 1:
                resolved[near[0]] += n
    ctx.named = resolved
    ctx.ours = frozenset(rules.ours.findall(text))
    return ctx


# -- one post ---------------------------------------------------------------------------


def _with_place(place: Division, title: str, unit: str) -> str:
    """永康市 + 市委书记 → 永康市委书记; 永康市 + 市长 → 永康市市长."""
    label = place.label
    if title.startswith(unit) and not title[len(unit):].startswith("长") and label.endswith(unit):
        return label + title[len(unit):]
    return label + title


def _kind(title: str) -> str | None:
    rules = _rules()
    if any(w in title for w in rules.enterprise):
        return "enterprise"
    if any(w in title for w in rules.institution):
        return "institution"
    return None


def _explicit(title: str, gz: Gazetteer) -> tuple[list[Division], int]:
    """The place a post names at its start (舟山市普陀区委副书记), and where it ends."""
    found: list[Division] = []
    end = 0
    for start, stop, name in gz.scan(title):
        if start != end:
            break
        options = gz.find(name)
        if len(options) != 1 and found:
            options = [d for d in options if gz.within(d, found[-1])]
        if len(options) != 1:
            break
        found.append(options[0])
        end = stop
    return (_narrowest(found, gz) if found else []), end


def _national(title: str) -> str | None:
    rules = _rules()
    if title in rules.national_titles:
        return rules.national_titles[title]
    for prefix in rules.national_prefixes:
        if title.startswith(prefix) and len(title) > len(prefix):
            return title
    return None


def _foreign(title: str) -> str | None:
    countries = _rules().countries
    for n in range(min(12, len(title) - 1), 1, -1):
        if title[:n] in countries:
            return countries[title[:n]]
    return None


def _body_before(title: str, text: str, before: int) -> str | None:
    """The fuller name of the body a post starts with, from earlier in the article.

    教科文卫委员会主任委员, after 市十六届人大教科文卫委员会 → 市人大教科文卫委员会.
    """
    rules = _rules()
    for end in rules.body_ends:
        i = title.find(end)
        if i <= 0:
            continue
        body = title[: i + len(end)]
        j = text.rfind(body, 0, before)
        while j > 0:
            lead = re.split(r"[\s，。；、：:（）()“”]", text[max(0, j - 12):j])[-1]
            lead = rules.session.sub("", lead)
            if lead and (lead.endswith(rules.body_lead_ends) or rules.unit.fullmatch(lead)
                         or list(gazetteer().scan(lead))):
                return lead + body
            j = text.rfind(body, 0, j)
    return None


@dataclass
class _Resolver:
    article: Article
    ctx: PlaceContext
    gz: Gazetteer

    def resolve(self, title: str, start: int, previous: tuple[str, Post] | None,
                neighbour: Post | None = None) -> Post:
        """The post ``title`` (written, without 原/时任) at ``start`` in the article text."""
        gz = self.gz
        national = _national(title)
        if national:
            return Post(national, title, "national")
        places, end = _explicit(title, gz)
        if places:
            return self._post(title, title, places[0])
        country = _foreign(title)
        if country:
            return Post(title, title, "foreign", country, (country,))
        m = _rules().unit.match(title)
        if m:
            unit = m.group("unit")
            if unit in ("镇", "乡", "村"):
                return self._township(title, unit)
            place = self._inherited(previous, unit) or self.ctx.for_unit(unit, gz)
            if place is not None:
                return self._post(_with_place(place, title, unit), title, place)
            return Post(title, title)
        if previous is not None and previous[1].resolved:
            return self._in_chain(title, *previous)
        if neighbour is not None and neighbour.resolved and _rules().division.match(title):
            dept = _body_of(neighbour.label)
            if dept.endswith(_rules().departments):  # 省科技厅副厅长周某、农村处处长吴某
                return replace(neighbour, label=dept + title, title=title)
        body = _body_before(title, self.article.text, start)
        if body:
            inner = self.resolve(body + title[len(_strip_to(body, title)):], start, None)
            if inner.resolved:
                return replace(inner, title=title)
        org = self._org_before(title, start)
        if org is not None:
            return org
        kind = _kind(title)
        if kind:
            return Post(title, title, kind)
        return Post(title, title)

    def _org_before(self, title: str, start: int) -> Post | None:
        """校长 of the school, 副行长 of the bank named nearest before the post."""
        ends = _rules().org_titles.get(title)
        if not ends:
            return None
        orgs = [m for m in self.article.mentions
                if m.cls in ("Organization", "Enterprise", "Place")
                and m.end <= start and m.label.endswith(ends)]
        if not orgs:
            return None
        nearest = max(orgs, key=lambda m: m.end)
        org = self._with_place_before(nearest)
        rest = title
        for abbr in (title[:2], title[:1]):  # 集团董事长, 校党委书记: the body said again
            if (abbr in ("集团", "公司", "校", "院") and (org.endswith(abbr) or abbr in "校院")
                    and not title[len(abbr):].startswith("长")):
                rest = title[len(abbr):]
                break
        label = org + rest
        places, _ = _explicit(label, self.gz)
        kind = "enterprise" if any(w in org for w in _rules().enterprise) else "institution"
        if places:
            return Post(label, title, kind, places[0].name,
                        tuple(d.name for d in self.gz.chain(places[0])))
        return Post(label, title, kind)

    def _with_place_before(self, m: Mention) -> str:
        """A body's name with the place printed just before it (湖北 + 理工学院)."""
        if m.label != m.text:
            return m.label
        lead = self.article.text[max(0, m.start - 8):m.start]
        for start, end, _ in [*self.gz.scan(lead), *self.gz.scan_short(lead)]:
            if end == len(lead):
                return lead[start:] + m.label
        return m.label

    def _post(self, label: str, title: str, place: Division) -> Post:
        kind = _kind(title)
        chain = tuple(d.name for d in self.gz.chain(place))
        if kind and not _rules().unit.match(title):
            return Post(label, title, kind, place.name, chain)
        return Post(label, title, self.gz.level(place), place.name, chain)

    def _inherited(self, previous: tuple[str, Post] | None, unit: str) -> Division | None:
        """A place the chain already named, when it fits: 浙江省委书记、省长."""
        if previous is None or not previous[1].place:
            return None
        for name in previous[1].place_chain:
            for d in self.gz.find(name):
                if d.fits(unit) and d.name == name:
                    return d
        return None

    def _in_chain(self, title: str, prev_title: str, prev: Post) -> Post:
        """A post after another in one title chain: its place, often its body.

        市委常委、宣传部部长 → 市委宣传部部长; 新区党工委副书记、管委会主任 →
        贵安新区管委会主任; 教科文卫委员会分党组书记、副主任委员 → that committee's.
        """
        rules = _rules()
        place = _place_label(prev)
        if title in rules.bare_titles:
            body = _body_of(prev.title)
            if body and title not in ("书记", "副书记", "党组成员", "党组书记"):
                body = re.sub(r"(?:分党组|党组|党委|分)$", "", body)
            if body:
                head = "" if prev.label == prev.title else place  # the body names its place
                return replace(prev, label=_join(head, body + title), title=title)
        committee = re.match(r"(?:新区|[省市州县区旗盟])(?:党工)?委", prev.title)
        if committee and any(title.startswith(d) for d in rules.party_departments):
            return replace(prev, label=_join(place, committee.group() + title), title=title)
        return replace(prev, label=place + title, title=title)

    def _township(self, title: str, unit: str) -> Post:
        """镇党委书记, 村党支部书记: the town or village the article names."""
        names = [m.label for m in self.article.mentions
                 if m.cls == "Place" and m.label.endswith(_TOWNSHIP_SUFFIX[unit])]
        counts = Counter(names)
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] < _DOMINANCE * ranked[1][1]):
            return Post(title, title)
        town = ranked[0][0]
        rest = title[len(unit):] if town.endswith(unit) else title
        level = "village" if unit == "村" else "township"
        return Post(town + rest, title, level, town, (town, *self.ctx.chain))


#: after a short name, words that make it a street, a town or a park, not the division
_NOT_DIVISION = "(?!街道|路|街|镇|乡|村|社区|小区|大道|广场|公园|新村|花园)"
_SENTENCE_END = re.compile("[。；;！？\n]")
_TOWNSHIP_SUFFIX = {"镇": ("镇",), "乡": ("乡",), "村": ("村", "社区")}


def _strip_to(body: str, title: str) -> str:
    """The part of ``title`` that ``body`` (a fuller name of its start) stands for."""
    for n in range(len(title), 0, -1):
        if body.endswith(title[:n]):
            return title[:n]
    return ""


def _place_label(post: Post) -> str:
    """The place part of a post's label: 贵安新区 of 贵安新区党工委副书记."""
    if post.label == post.title and post.place and post.label.startswith(post.place):
        return post.place
    if post.label == post.title and post.place:  # 黔东南州委书记: the label the place goes by
        for d in gazetteer().find(post.place):
            if post.label.startswith(d.label):
                return d.label
    if post.label.endswith(post.title) and len(post.label) > len(post.title):
        head = post.label[: -len(post.title)]
        m = _rules().unit.match(post.title)
        return head + m.group("unit") if m and not m.group("pre") and not \
            head.endswith(m.group("unit")) else head
    return post.place or ""


def _body_of(title: str) -> str:
    """A post without its rank: 教科文卫委员会分党组书记 → 教科文卫委员会分党组."""
    for t in sorted(_rules().bare_titles, key=len, reverse=True):
        if title.endswith(t) and len(title) > len(t):
            return title[: -len(t)]
    return ""


def _join(place: str, rest: str) -> str:
    """A place and a post, the unit said once: 永康市 + 市委宣传部部长 → 永康市委宣传部部长."""
    m = _rules().unit.match(rest)
    if m and not m.group("pre") and place.endswith(m.group("unit")):
        return place + rest[len(m.group("unit")):]
    return place + rest


def _chains(relations: list[Relation], text: str) -> dict[int, int]:
    """Index of each holdsPosition relation -> the one before it in its title chain."""
    posts = sorted((i for i, r in enumerate(relations) if r.prop == "holdsPosition"),
                   key=lambda i: (relations[i].subject.label, relations[i].object.start))
    previous: dict[int, int] = {}
    for a, b in zip(posts, posts[1:], strict=False):
        ra, rb = relations[a], relations[b]
        if ra.subject.label != rb.subject.label:
            continue
        gap = text[ra.object.end:rb.object.start]
        if 0 <= len(gap) <= 2 and all(c in "、，, 兼和及" for c in gap):
            previous[b] = a
    return previous


def resolve_posts(
    article: Article, place: str | None = None, page: PlaceContext | None = None
) -> Article:
    """Qualify every post of ``article``; mark former posts on their relations.

    ``page`` is the context of the whole page (:func:`place_context` of its
    text), for articles that do not name their place themselves.
    """
    gz, rules = gazetteer(), _rules()
    ctx = place_context(article, place, page)
    resolver = _Resolver(article, ctx, gz)
    article.places = ctx.chain
    done: dict[tuple[int, int, str], tuple[Post, bool]] = {}

    def post_of(m: Mention, previous: tuple[str, Post] | None,
                neighbour: Post | None = None) -> tuple[Post, bool]:
        key = (m.start, m.end, m.text)
        if key not in done:
            written = m.label
            former = rules.former.match(written)
            title = written[former.end():] if former else written
            done[key] = (resolver.resolve(title or written, m.start, previous, neighbour),
                         bool(former))
        return done[key]

    chain_before = _chains(article.relations, article.text)
    order = sorted(range(len(article.relations)),
                   key=lambda i: article.relations[i].object.start)
    relations = list(article.relations)
    last: tuple[int, Post] | None = None  # the post before, of another person in the list
    for i in order:
        r = relations[i]
        if r.prop != "holdsPosition":
            continue
        neighbour = None
        if last is not None and not _SENTENCE_END.search(article.text, last[0], r.object.start):
            neighbour = last[1]
        j = chain_before.get(i)
        previous = None
        if j is not None:
            prev_post, _ = post_of(relations[j].object, None) if (
                relations[j].object.start, relations[j].object.end, relations[j].object.text
            ) not in done else done[(relations[j].object.start, relations[j].object.end,
                                     relations[j].object.text)]
            previous = (relations[j].object.label, prev_post)
        post, former = post_of(r.object, previous, neighbour)
        last = (r.object.end, post)
        article.posts[post.label] = post
        relations[i] = replace(r, object=replace(r.object, label=post.label),
                               former=former or r.former)
    article.relations = relations
    mentions = []
    for m in article.mentions:
        if m.cls == "Position":
            post, _ = post_of(m, None)
            article.posts.setdefault(post.label, post)
            m = replace(m, label=post.label)
        mentions.append(m)
    article.mentions = mentions
    return article
