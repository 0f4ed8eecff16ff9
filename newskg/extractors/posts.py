"""Posts resolved to their place and body: 市长 in a 永康 paper is 永康市市长.

A paper writes a post as its readers say it: 市长, 县委书记, 副主任. A careful
reader knows whose from the page:

* the paper and its place (a ``# paper:`` header, ``--place``, a dateline such
  as 北京人大网讯);
* the places the article names, each mention once, through the whole text
  (not inside a person's or a firm's name; 黔东南 lies in 贵州, so its 省 is
  贵州省; a 长沙县 article's 市 is 长沙市), with 我市/我县 telling that the
  article is one place's; a district by its short name only at the head of its
  body (柯桥供销社); 台湾, 香港 and 澳门 take no 省委 or 省长;
* the title chain (市委副书记、新区党工委副书记、市长: one place; 市委常委、宣传部部长:
  the 市委's department) and the list (浙江省委书记甲和省长乙; 某部主任甲、副主任乙;
  某社主任甲，党委委员乙);
* a body named earlier in the article (市十六届人大教科文卫委员会 … 主任委员; a
  firm named in full, then by its short name), the body the article opens with
  as its subject (某省人大常委会召开…；副主任甲), the session it reports
  (大会主席团常务主席), the zone it names in full (衢州高新区), the town it
  names after its county;
* the school or firm whose own page it is (校长, 党委常委, 集团董事长).

National posts stay as they are (国务院副总理); a post the page does not
resolve keeps its written form and level ``unknown``, and the graph keeps it
to its article: the rules never guess between two places named as often.

:func:`resolve_posts` fills :attr:`Article.posts` and gives each Position
mention its qualified label; the written form stays the mention's text (an
alias in the graph). A former post (原…, 时任…) is resolved without its mark; its
relation already says it is former (:mod:`.relations.positions`).
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from importlib import resources

from ..records import Article, Mention, Post, Relation
from .gazetteer import Division, Gazetteer, gazetteer

__all__ = ["PageContext", "PlaceContext", "place_context", "resolve_posts"]

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
    own_town: re.Pattern[str]
    government_head: re.Pattern[str]
    foreign_bare: frozenset[str]
    member_titles: frozenset[str]
    council: re.Pattern[str]
    said_again: tuple[str, ...]
    short_bodies: tuple[str, ...]
    body_again: tuple[str, ...]
    session: re.Pattern[str]
    paper_words: re.Pattern[str]
    dateline: re.Pattern[str]
    dateline_empty: re.Pattern[str]
    ours: re.Pattern[str]
    division: re.Pattern[str]
    countries: dict[str, str]
    no_unit_posts: frozenset[str]
    owned_by: re.Pattern[str]
    departments: tuple[str, ...]
    body_lead_ends: tuple[str, ...]
    org_titles: dict[str, tuple[str, ...]]
    own_body: re.Pattern[str]
    visitor_body: re.Pattern[str]
    we: re.Pattern[str]
    site_header: re.Pattern[str]
    subject_body: re.Pattern[str]
    subject_ranks: frozenset[str]
    latin_lead: re.Pattern[str]
    firm_ranks: tuple[str, ...]
    firm_suffixes: tuple[str, ...]
    quoted_lead: re.Pattern[str]
    cut_at_and: re.Pattern[str]
    own_title: re.Pattern[str]
    lead: re.Pattern[str]
    list_ranks: frozenset[str]
    personal_ranks: frozenset[str]
    district_bodies: tuple[str, ...]
    zone_title: re.Pattern[str]
    zone_forms: dict[str, tuple[str, ...]]
    of_session: re.Pattern[str]
    session_name: re.Pattern[str]
    term_of_office: re.Pattern[str]


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
        list_ranks=frozenset(words["list_ranks"]),
        personal_ranks=frozenset(words["personal_ranks"]),
        foreign_bare=frozenset(words["foreign_bare"]),
        member_titles=frozenset(words["member_titles"]),
        said_again=tuple(words["said_again"]),
        short_bodies=tuple(sorted(words["short_bodies"], key=len, reverse=True)),
        body_again=tuple(words["body_again"]),
        subject_ranks=frozenset(words["subject_ranks"]),
        firm_ranks=tuple(sorted(words["firm_ranks"], key=len, reverse=True)),
        firm_suffixes=tuple(words["firm_suffixes"]),
        district_bodies=tuple(words["district_bodies"]),
        body_ends=tuple(sorted(words["body_ends"], key=len, reverse=True)),
        countries=countries,
        no_unit_posts=frozenset(words["no_unit_posts"]),
        departments=tuple(words["departments"]),
        body_lead_ends=tuple(words["body_lead_ends"]),
        org_titles={k: tuple(v) for k, v in raw["org_titles"].items()},
        zone_forms={k: tuple(v) for k, v in raw["zone_forms"].items()},
        **{k: re.compile(v) for k, v in pats.items()},
    )


@dataclass
class PlaceContext:
    """Where an article is: its paper's place (``home``, narrowest first) and
    the divisions it names, with how often."""

    home: list[Division] = field(default_factory=list)
    named: Counter[Division] = field(default_factory=Counter)
    ours: frozenset[str] = frozenset()
    #: the school or firm whose own page it is (商丘市某小学), when one is
    own: str | None = None
    #: the body the article opens with as its subject (某省人大常委会召开…), when one is
    subject: str | None = None
    #: the page's context, for an article of a page that says little of itself
    page: PageContext | None = None

    def for_unit(self, unit: str, gz: Gazetteer) -> Division | None:
        """The place a post of ``unit`` (市, 省, 新区...) belongs to here, or ``None``."""
        found = self._for_unit(unit, gz)
        if found is None and self.page is not None:
            return self.page.context.for_unit(unit, gz)
        return found

    def _for_unit(self, unit: str, gz: Gazetteer) -> Division | None:
        no_posts = _rules().no_unit_posts
        for d in self.home:
            if d.fits(unit) and d.name not in no_posts:
                return d
        fitting: Counter[Division] = Counter()
        for d, n in self.named.items():  # 黔东南 named, 省 wanted: the province it lies in
            up = next((u for u in gz.chain(d) if u.fits(unit)), None)
            if up is not None and up.name not in no_posts and n > 0:
                fitting[up] += n
        if not fitting and unit == "新区":  # 舟山's 新区 is the 舟山群岛新区
            near = [*self.home, *self.named]
            for d in gz.new_areas():
                if any(p.short and d.name.startswith(p.short) for p in near):
                    fitting[d] += 1
        ranked = fitting.most_common(2)
        if not ranked:
            return None
        if len(ranked) == 2:
            first, second = ranked[0][1], ranked[1][1]
            if unit in self.ours:  # 我市: the article is one city's, the city it names most
                if first <= second:
                    return None
            elif first < _DOMINANCE * second:
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
        return self.page.context.chain if self.page is not None else ()


class PageContext:
    """The context of a whole page, for its articles that say little of themselves;
    read only when one of them needs it (most pages hold one article)."""

    def __init__(self, page: Article, place: str | None = None) -> None:
        self._page, self._place = page, place
        self._names: set[str] = set()

    def see(self, article: Article) -> None:
        """Remember the names of persons and reporters an article of the page
        has read, so that the page's own context never takes a piece of one
        (县人大常委会主任孙某光) for a place (某光县)."""
        self._names.update(m.label for m in article.mentions
                           if m.cls == "Person" and len(m.label) >= 2)
        self._names.update(n for n in article.reporters if len(n) >= 2)  # （通讯员 沐某远）

    @cached_property
    def context(self) -> PlaceContext:
        text = self._page.text
        people = [Mention(n, "Person", m.start(), m.end(), n) for n in sorted(self._names)
                  for m in re.finditer(re.escape(n), text)]
        return place_context(replace(self._page, mentions=people), self._place)


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


def _own_body_of(art: Article) -> str | None:
    """The school or firm whose own page ``art`` is, or ``None``.

    Its name opens a clause of the headline or the opening (商丘市某小学组织…,
    某某有限公司召开…), or the page says 我校/本公司 and names it; it is named
    at least twice as often as any other. A header line (学校: …, 来源: …)
    is the site's name, not the article's.
    """
    rules = _rules()
    whole = art.headline + "\n" + art.text
    opening = rules.site_header.sub("", art.headline + "\n" + art.text[:_OWN_OPENING])
    opened = [m for m in rules.own_body.finditer(opening)
              if not _opens_with_verb(m.group("org"))]  # 带着集团党委的关怀: a clause
    # 某公司董事长某某一行莅临我公司: the visitors' body, not the page's own
    visitors = {m.group("org") for m in opened if rules.visitor_body.match(opening, m.end())}
    names = {m.group("org") for m in opened} - visitors
    if rules.we.search(whole):
        names |= {m.label for m in art.mentions if m.cls in ("Organization", "Enterprise")
                  and m.label.endswith(_OWN_ENDS) and m.label not in visitors}
        if art.paper and art.paper.endswith(_OWN_ENDS):
            names.add(art.paper)  # a school's own site (某大学新闻网), the page says 我校/来校
    ranked = Counter({n: whole.count(n) for n in names}).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] < _DOMINANCE * ranked[1][1]):
        return None
    return ranked[0][0]


def _subject_body_of(art: Article) -> str | None:
    """The body whose doing the article reports, named as the subject of its opening
    (浙江省人大常委会召开第十次会议) or as the owner of the meeting it reports (某协会某
    专业组二届三次全体会议于…召开): the body of a bare 副主任 later on. One such body
    (a short form of it in the headline is the same one), or none."""
    opening = art.headline + "\n" + art.text[:_OWN_OPENING]
    names = {m.group("body") for m in _rules().subject_body.finditer(opening)}
    names = {n for n in names if not any(o != n and o.endswith(n) for o in names)}
    return names.pop() if len(names) == 1 else None


def place_context(
    article: Article, place: str | None = None, page: PageContext | None = None
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
    whole = article.headline + "\n" + text
    shift = len(article.headline) + 1
    people = sorted((m.start + shift, m.end + shift) for m in article.mentions
                    if m.cls == "Person")
    person_starts = [a for a, _ in people]

    def counts(start: int, end: int) -> bool:
        """Not a piece of a person's name (a given name 永平 is no 永平县), nor the head of a
        firm's name (山东某某化工集团 is no sign that the article is in 山东)."""
        i = bisect_left(person_starts, end)  # the names starting before the place ends
        if any(start < b for _, b in people[max(0, i - 3):i]):
            return False
        return not rules.owned_by.match(whole, end)

    full = [(s, w) for s, e, w in gz.scan(whole) if counts(s, e)]
    named: Counter[str] = Counter(w for _, w in full)
    starts = {s for s, _ in full}
    for s, e, w in gz.scan_short(whole):  # 永康 of 永康市 is counted once, as 永康市
        if s not in starts and counts(s, e) and not _NOT_DIVISION.match(whole, e):
            named[w] += 1
    resolved: Counter[Division] = Counter()
    for s, e, d in gz.scan_district_bodies(whole, rules.district_bodies):  # 柯桥供销社
        if counts(s, e):
            resolved[d] += 1
    anchors = list(ctx.home)
    for name, n in named.most_common():  # a unique name first; an ambiguous one by its neighbours
        options = gz.find(name)
        if len(options) == 1 and n > 0:
            resolved[options[0]] += n
            anchors.append(options[0])
    for name, n in named.items():
        options = gz.find(name)
        if len(options) > 1:
            near = [d for d in options if any(gz.within(d, a) or gz.within(a, d) for a in anchors)]
            if not near:  # 河南 is the province, not the county of Qinghai that shares it
                near = [d for d in options if d.level != "county"]
            if len(near) == 1:
                resolved[near[0]] += n
    ctx.named = resolved
    ctx.ours = frozenset(rules.ours.findall(text))
    ctx.own = _own_body_of(article)
    ctx.subject = _subject_body_of(article)
    return ctx


# -- one post ---------------------------------------------------------------------------


def _with_place(place: Division, title: str, unit: str) -> str:
    """永康市 + 市委书记 → 永康市委书记; 永康市 + 市长 → 永康市市长."""
    label = place.label
    if (title.startswith(unit) and not title[len(unit):].startswith("长") and label.endswith(unit)
            and len(label) > 2):  # 华县 + 县委书记 → 华县县委书记
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
            lead = re.split(r"[\s，。；、：:（）()“”与及]", text[max(0, j - 12):j])[-1]
            lead = rules.session.sub("", lead)
            if lead and not _has_verb(lead) and (
                    lead.endswith(rules.body_lead_ends) or rules.unit.fullmatch(lead)
                    or list(gazetteer().scan(lead))):
                return lead + body
            j = text.rfind(body, 0, j)
    return None


def _has_verb(s: str) -> bool:
    """广东省政府欢迎, 借集团: a clause, not the name of a body (a verb of the
    dictionary in it, or a verb or preposition opening it)."""
    from .segment import cut, word_tag

    words = cut(s, new_words=False)
    return any((word_tag(w) or "").startswith("v") and len(w) >= 2 for w in words) or \
        _verb_first(words)  # 借集团公司开展的…: 借 opens it


def _opens_with_verb(s: str) -> bool:
    """带着集团, 借集团: a verb or preposition opens it, so it is a clause."""
    from .segment import cut

    return _verb_first(cut(s, new_words=False))


def _verb_first(words: list[str]) -> bool:
    """Is the first of ``words`` a verb or a preposition?"""
    from .segment import word_tag

    return bool(words) and (word_tag(words[0]) or "x")[0] in "vp"


@dataclass
class _Resolver:
    article: Article
    ctx: PlaceContext
    gz: Gazetteer

    def resolve(self, title: str, start: int, previous: tuple[str, Post] | None,
                neighbour: Post | None = None) -> Post:
        """The post ``title`` (written, without 原/时任) at ``start`` in the article text."""
        gz = self.gz
        said_twice = _rules().government_head.match(title)
        if said_twice:  # 县政府副县长 is the 副县长
            return replace(self.resolve(said_twice.group("rank"), start, previous, neighbour),
                           title=title)
        lead = _rules().lead.match(title)
        if lead and len(title) - lead.end() >= 3:  # 据某镇党委书记, 人民大会堂同某国总理
            rest = title[lead.end():]
            if (lead.group("word") or _national(rest) or _foreign(rest)
                    or _explicit(rest, gz)[0]):
                post = self.resolve(rest, start, previous, neighbour)
                return post if post.resolved else replace(post, label=rest)
        national = _national(title)
        if national:
            return Post(national, title, "national")
        acting = _rules().unit.match(title)
        places, end = _explicit(title, gz)
        if acting and acting.group("pre").startswith("代") and not _rules().unit.match(title[end:]):
            places = []  # 代县长 is an acting 县长, not a post of 代县 (代县县长 is)
        if places:
            return self._post(_unit_once(title, end), title, places[0])
        country = _foreign(title)
        if country:
            return Post(title, title, "foreign", country, (country,))
        if title in _rules().member_titles:  # 某某委员说: a member of the council reported
            council = self._council()
            if council:
                inner = self.resolve(council + title, start, None)
                if inner.resolved:
                    return replace(inner, title=title)
        if title in _rules().foreign_bare:  # 总统 in a report on one foreign country
            country = self._country()
            if country is not None:
                return Post(country + title, title, "foreign", country, (country,))
        town = _rules().own_town.match(title)
        if town:  # 东城街道党工委书记: the county the text names the town after, or the paper's
            county = self._county_of_town(town.group())
            if county is None and self.ctx.home and self.ctx.home[0].level == "county":
                county = self.ctx.home[0]
            if county is not None:
                return Post(county.label + title, title, "township", county.label + town.group(),
                            (county.label + town.group(), *(d.name for d in gz.chain(county))))
        m = _rules().unit.match(title)
        if m:
            unit = m.group("unit")
            if unit in ("镇", "乡", "村"):
                return self._township(title, unit)
            place = (self._inherited(previous, unit) or self._beside(neighbour, unit)
                     or self.ctx.for_unit(unit, gz) or self._earlier_in_sentence(unit, start))
            if place is not None:
                return self._post(_with_place(place, title, unit), title, place)
            return Post(title, title)
        if _rules().of_session.match(title):
            session = self._session()
            if session is not None:
                return replace(session, label=session.label + title.removeprefix("大会"),
                               title=title)
        zone = self._zone(title)
        if zone is not None:
            return zone
        if previous is not None and previous[1].resolved and not previous[0].endswith("代表"):
            # (省人大代表、党委副书记、校长某某: a deputy's seat lends no place to his posts)
            return self._in_chain(title, *previous)
        deputy = _deputy_of(title, neighbour) if previous is None else None
        if deputy is not None:
            return deputy
        if neighbour is not None and neighbour.resolved and _rules().division.match(title):
            dept = _body_of(neighbour.label)
            if dept.endswith(_rules().departments):  # 省科技厅副厅长周某、农村处处长吴某
                return replace(neighbour, label=dept + title, title=title)
        if previous is not None and _rules().unit.match(previous[0]):
            # 市委常委、宣传部部长 where no place is known: the committee's, no firm's
            committee = re.match(r"(?:新区|[省市州县区旗盟])?(?:党工)?委", previous[0])
            if committee and title.startswith(_rules().party_departments):
                return Post(committee.group() + title, title)
            return Post(title, title)
        own = self.own_body()
        again = None if own and _rules().own_title.fullmatch(title) else \
            self._body_said_again(title)  # on a firm's own page, 集团 is that firm
        if again is not None:
            return again
        short = self._short_body(title, start)
        if short is not None:
            return short
        body = _body_before(title, self.article.text, start)
        if body:
            inner = self.resolve(body + title[len(_strip_to(body, title)):], start, None)
            if inner.resolved:
                return replace(inner, title=title)
        shared = self._neighbours_body(title, neighbour)
        if shared is not None:
            return shared
        org = self._org_before(title, start)
        if org is not None:
            return org
        firm = self._firm_named(title, start)
        if firm is not None:
            return firm
        if title in _rules().subject_ranks and self.ctx.subject:  # 某省人大常委会召开…；副主任甲
            inner = self.resolve(self.ctx.subject + title, start, None)
            if inner.resolved:
                return replace(inner, title=title)
        if own and _rules().own_title.fullmatch(title):  # a school's page: 校长, 党委常委
            return self._of_org(own, title)
        kind = _kind(title)
        if kind:
            return Post(title, title, kind)
        return Post(title, title)

    def _neighbours_body(self, title: str, neighbour: Post | None) -> Post | None:
        """某大学某学院院长甲、工会主席乙: a school's or firm's own post written bare
        right after another man's post of a named school or firm is of that body."""
        if neighbour is None or neighbour.level not in ("institution", "enterprise") \
                or not _rules().own_title.fullmatch(title):
            return None
        body = _body_of(neighbour.label)
        return self._of_org(body, title) if body.endswith(_OWN_ENDS) else None

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
        return self._of_org(self._with_place_before(nearest), title)

    def _of_org(self, org: str, title: str) -> Post:
        """A post of ``org``, the body said once: 某集团 + 集团董事长 → 某集团董事长."""
        rest = title
        for abbr in _rules().body_again:  # 集团董事长, 学校执行校长: the body said again
            if (title.startswith(abbr) and (org.endswith(abbr[-2:]) or abbr[-1] in "校院")
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

    def _body_said_again(self, title: str) -> Post | None:
        """某总社科教部副部长 after a post of 中华全国某某总社: a body said again by
        its last word (总社, 集团) at the head of a post, the last such body before."""
        word = next((w for w in _rules().said_again if title.startswith(w)), None)
        if word is None or len(title) <= len(word) + 2:
            return None
        for post in reversed(list(self.article.posts.values())):
            i = post.label.find(word)
            if i > 0:
                return replace(post, label=post.label[:i] + title, title=title)
        return None

    def _short_body(self, title: str, start: int) -> Post | None:
        """联合会会长, 工作委员会主任委员, 公司党组书记: a body written by the last word of
        its name, after the article named it in full (某市志愿服务联合会): its post."""
        title = _rules().term_of_office.sub("", title)  # 联合会新一届会长
        word = next((w for w in _rules().short_bodies if title.startswith(w)), None)
        if word is None or len(title) <= len(word):
            return None
        # the body's full name, inside a name said before (北京市某某联合会第二次会员代表大会)
        named = [(m.start <= start, m.start, m.label[:i + len(word)]) for m in self.article.mentions
                 if m.cls != "Position" and (i := m.label.find(word)) >= 2]
        if not named:
            return None
        full = max(named)[2]  # the nearest before the post, else the first after it
        return replace(self.resolve(full + title[len(word):], start, None), title=title)

    def _firm_named(self, title: str, start: int) -> Post | None:
        """某某董事长 where the article named 某某公司 before: that firm's post
        (a firm goes by its name without 公司 once named in full)."""
        rules = _rules()
        rank = next((r for r in rules.firm_ranks if title.endswith(r)), None)
        if rank is None:
            return None
        short = title[: -len(rank)]
        if len(short) < 2 or any(w in short for w in rules.enterprise):
            return None
        before = self.article.text[:start]
        for suffix in rules.firm_suffixes:
            if before.find(short + suffix) >= 0:
                return Post(short + suffix + rank, title, "enterprise")
        return None

    def _council(self) -> str | None:
        """The one 人大常委会 or 政协 the article reports on (全国人大常委会 named at
        least twice as often as any other), whose members it writes 某某委员."""
        text = self.article.headline + "\n" + self.article.text
        named = Counter(m.group() for m in _rules().council.finditer(text))
        for short in list(named):  # 市政协 counts for the 丽水市政协 the article named
            fuller = [n for n in named if n != short and n.endswith(short)]
            if len(fuller) == 1:
                named[fuller[0]] += named.pop(short)
        ranked = named.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] < _DOMINANCE * ranked[1][1]):
            return None
        return ranked[0][0]

    def _country(self) -> str | None:
        """The one foreign country the article is about (named at least twice as
        often as any other), by its short name."""
        countries = _rules().countries
        text = self.article.headline + "\n" + self.article.text
        named = Counter(countries[m.group()] for m in _country_pattern().finditer(text))
        ranked = named.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] < _DOMINANCE * ranked[1][1]):
            return None
        return ranked[0][0]

    def _zone(self, title: str) -> Post | None:
        """高新区党工委书记, 开发区管委会主任: the zone the article names in full,
        with the short name of its city (衢州高新区, 丽水经济技术开发区)."""
        rules = _rules()
        m = rules.zone_title.match(title)
        if not m:
            return None
        zone = m.group("zone")
        forms = {zone, *rules.zone_forms.get(zone, ())}
        text = self.article.headline + "\n" + self.article.text
        found: Counter[tuple[Division, str]] = Counter()
        for form in forms:
            i = text.find(form)
            while i >= 0:
                lead = text[max(0, i - 8):i]
                for _a, b, name in [*self.gz.scan(lead), *self.gz.scan_short(lead)]:
                    options = self.gz.find(name)
                    if b == len(lead) and len(options) == 1:
                        found[(options[0], form)] += 1
                        break
                i = text.find(form, i + len(form))
        ranked = found.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] < _DOMINANCE * ranked[1][1]):
            return None
        (place, form), _ = ranked[0]
        label = (place.short or place.label) + form + title[m.end("zone"):]
        chain = tuple(d.name for d in self.gz.chain(place))
        return Post(label, title, "county" if place.level == "prefecture" else self.gz.level(place),
                    place.name, chain)

    def _session(self) -> Post | None:
        """The session of a congress the article reports (十届全国人大九次会议), the
        大会 whose 主席团 and 秘书处 its 大会主席团常务主席 and 大会副秘书长 are."""
        art = self.article
        whole = art.headline + "\n" + art.text
        found: Counter[str] = Counter()
        for m in _rules().session_name.finditer(whole):
            lead = whole[max(0, m.start() - 10):m.start()]  # 浙江省 + 十三届人大五次会议
            place = next((lead[a:] for a, b, _ in self.gz.scan(lead) if b == len(lead)), "")
            found[place + m.group()] += 1
        ranked = found.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] < _DOMINANCE * ranked[1][1]):
            return None
        name = ranked[0][0]
        if "全国" in name:
            return Post(name, name, "national")
        places, _ = _explicit(_rules().session.sub("", name, count=1), self.gz)
        if not places:
            return None
        return Post(name, name, self.gz.level(places[0]), places[0].name,
                    tuple(d.name for d in self.gz.chain(places[0])))

    def own_body(self) -> str | None:
        """The school or firm whose own page the article is (see :func:`_own_body_of`),
        else the page's."""
        if self.ctx.own:
            return self.ctx.own
        return self.ctx.page.context.own if self.ctx.page is not None else None

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

    def _earlier_in_sentence(self, unit: str, start: int) -> Division | None:
        """When the article does not tell: the place of that unit the same sentence
        named last before the post (扬州市副市长甲、…，市科协主席乙)."""
        text = self.article.text
        begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
        found = None
        for _, _, name in self.gz.scan(text[begin:start]):
            options = self.gz.find(name)
            if len(options) == 1 and options[0].fits(unit) \
                    and options[0].name not in _rules().no_unit_posts:
                found = options[0]
        return found

    def _beside(self, neighbour: Post | None, unit: str) -> Division | None:
        """The place another man's post just before names, when it fits and the text
        wrote it (浙江省委书记甲和省长乙: 乙 is 浙江's 省长, whatever else the article names)."""
        if neighbour is None or not neighbour.place or not _explicit(neighbour.title, self.gz)[0]:
            return None
        return self._inherited(("", neighbour), unit)

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
        if title.removeprefix("常务") in rules.bare_titles:  # …公安局党委副书记、常务副局长
            body = _body_of(prev.title)
            if body and title not in ("书记", "副书记", "党组成员", "党组书记"):
                body = _without_party_group(body)
            if body:
                head = "" if prev.label == prev.title else place  # the body names its place
                return replace(prev, label=_join(head, body + title), title=title)
        rest = prev.label[len(place):] if place and prev.label.startswith(place) else prev.title
        committee = re.match(r"(?:新区|[省市州县区旗盟])?(?:党工)?委", rest)
        if committee and any(title.startswith(d) for d in rules.party_departments):
            return replace(prev, label=_join(place, committee.group() + title), title=title)
        group = re.search(r"(?:分?党组|党委)(?:成员|副?书记|委员)$", prev.title)
        if not place and group:  # 全国某总社党组成员、理事会副主任: the same national body
            body = prev.title[: group.start()]
            if body and not _national(title):
                return replace(prev, label=body + title, title=title)
        return replace(prev, label=place + title, title=title)

    def _county_of_town(self, town: str) -> Division | None:
        """The county (or city) the article names ``town`` after: 青田 + 温溪镇."""
        text = self.article.headline + "\n" + self.article.text
        found: Counter[Division] = Counter()
        i = text.find(town)
        while i >= 0:
            lead = text[max(0, i - 8):i]
            for _, b, name in [*self.gz.scan(lead), *self.gz.scan_short(lead)]:
                options = [d for d in self.gz.find(name) if d.level in ("county", "prefecture")]
                if b == len(lead) and len(options) == 1:
                    found[options[0]] += 1
            i = text.find(town, i + len(town))
        ranked = found.most_common(2)
        return ranked[0][0] if len(ranked) == 1 else None

    def _towns_after_county(self, unit: str) -> Counter[str]:
        """Towns the article names after their county (岳阳县某某镇), with that county:
        the name a careful reader gives a 镇党委书记 of the article."""
        text = self.article.headline + "\n" + self.article.text
        towns: Counter[str] = Counter()
        for m in re.finditer(r"[\u4e00-\u9fff]{2,3}?" + unit, text):
            lead = text[max(0, m.start() - 8):m.start()]
            county = next((lead[a:] for a, b, _ in self.gz.scan(lead) if b == len(lead)), "")
            if county:
                towns[county + m.group()] += text.count(m.group())
        return towns

    def _township(self, title: str, unit: str) -> Post:
        """镇党委书记, 村党支部书记: the town or village the article names."""
        names = [m.label for m in self.article.mentions
                 if m.cls == "Place" and m.label.endswith(_TOWNSHIP_SUFFIX[unit])]
        counts = Counter(names)
        if not counts and unit in ("镇", "乡"):
            counts = self._towns_after_county(unit)
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] < _DOMINANCE * ranked[1][1]):
            return Post(title, title)
        town = ranked[0][0]
        rest = title[len(unit):] if town.endswith(unit) else title
        level = "village" if unit == "村" else "township"
        return Post(town + rest, title, level, town, (town, *self.ctx.chain))


#: after a short name, words that make it a street, a town or a park, not the division
_NOT_DIVISION = re.compile("街道|路|街|镇|乡|村|社区|小区|大道|广场|公园|新村|花园")
_SENTENCE_END = re.compile("[。；;！？\n]")
#: at most this many characters (a name, a comma) between two posts of one list
_LIST_GAP = 8
#: how far into the text a school or firm must be named to be the article's own
_OWN_OPENING = 150
#: the page's own school, institute or firm, as it writes itself
_OURS = frozenset({"我校", "我院", "本校", "本院", "我公司", "本公司", "我司", "本司"})
#: what the page's own body must end with for 我校 and 我司 (我院 may be a 学院 or a 医院)
_OURS_KIND = {"校": ("大学", "学院", "学校", "中学", "小学", "校"),
              "司": ("公司", "集团", "有限责任公司")}
_OWN_ENDS = ("大学", "学院", "中学", "小学", "学校", "幼儿园", "医院", "公司", "集团")
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
            body = title[: -len(t)]
            # 公司副董事长 → 公司 (the rank's 副 and 常务 are no part of the body)
            return re.sub("(?:常务)?副$", "", body)
    return ""


def _deputy_of(title: str, neighbour: Post | None) -> Post | None:
    """副主任 listed right after another man's 某部主任: the deputy of the same body.

    某政治部主任甲、副主任乙 → 某政治部副主任; 某局副局长甲、副局长乙 → 某局副局长;
    某公司董事长甲、总裁乙 and 某社主任甲，党委委员乙 → the same body's. The
    neighbour's resolution (or its want of one) carries over.
    """
    if neighbour is None:
        return None
    rank = re.sub(r"^(?:常务)?副", "", title)
    if rank != title and rank and neighbour.title.endswith(rank):
        body = re.sub(r"(?:常务)?副$", "", neighbour.label[: -len(rank)])
    elif title in _rules().list_ranks:
        body = _without_party_group(_body_of(neighbour.label))
    else:
        return None
    if len(body) < 2 or not body.endswith(_rules().body_lead_ends + ("社", "行", "处", "科", "组",
                                                                     "团", "队", "室")):
        return None
    return replace(neighbour, label=body + title, title=title)


@cache
def _country_pattern() -> re.Pattern[str]:
    """Any country's short or full name, longest first."""
    names = sorted(_rules().countries, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


def _fuller(text: str, start: int, title: str) -> str:
    """The post with what the text prints just before it and the post span left out:
    a firm's Latin letters (ABC + 集团股份有限公司董事长), a committee before its
    quoted campaign (省委“某某”活动第二指导组副组长 → 省委第二指导组…), an
    institution's department whose name holds 与 (某医院影像与 + 介入中心主任)."""
    rules = _rules()
    before = text[max(0, start - 40):start]
    latin = rules.latin_lead.search(before)
    if latin and title.startswith(_rules().enterprise):
        return latin.group() + title
    quoted = rules.quoted_lead.search(before)
    if quoted and not rules.unit.match(title):
        return quoted.group("body") + title
    cut = rules.cut_at_and.search(before)
    if cut:  # 某医院医学影像与 + 微创介入中心主任: a name with 与 in it
        return cut.group("head") + title
    return title


def _unit_once(title: str, end: int) -> str:
    """A place's unit said twice, said once: 耀州区区委书记 → 耀州区委书记.

    A one-character name keeps both (华县县委书记: 华县委 would read badly).
    """
    place, rest = title[:end], title[end:]
    if len(place) > 2 and place[-1] in "省市州县区旗" and rest.startswith(place[-1] + "委"):
        return place + rest[1:]
    return title


def _without_party_group(body: str) -> str:
    """The body a party group sits in: 某总社党组 → 某总社, 公安局党委 → 公安局."""
    return re.sub(r"(?:分党组|党组|党委|分)$", "", body)


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
    article: Article, place: str | None = None, page: PageContext | None = None
) -> Article:
    """Qualify every post of ``article``.

    ``page`` is the context of the whole page (:class:`PageContext` of its
    text), for articles that do not name their place themselves.
    """
    gz, rules = gazetteer(), _rules()
    if page is not None:
        page.see(article)  # before the page's context may be read
    ctx = place_context(article, place, page)
    resolver = _Resolver(article, ctx, gz)
    article.places = ctx.chain
    done: dict[tuple[int, int, str], Post] = {}

    def post_of(m: Mention, previous: tuple[str, Post] | None,
                neighbour: Post | None = None) -> Post:
        """The post ``m`` writes, resolved once (a former post without its mark)."""
        key = (m.start, m.end, m.text)
        if key not in done:
            written = m.label
            former = rules.former.match(written)
            title = written[former.end():] if former else written
            if not former:
                title = _fuller(article.text, m.start, title)
            done[key] = resolver.resolve(title or written, m.start, previous, neighbour)
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
        neighbour = None  # the post just before, of another man in the same list
        if (last is not None and r.object.start - last[0] <= _LIST_GAP
                and not _SENTENCE_END.search(article.text, last[0], r.object.start)):
            neighbour = last[1]
        j = chain_before.get(i)
        previous = None
        if j is not None:
            previous = (relations[j].object.label, post_of(relations[j].object, None))
        post = post_of(r.object, previous, neighbour)
        # 某学院院长甲教授、工会主席乙: a personal rank is no body for the next man's post
        last = (r.object.end, last[1] if last and post.title in rules.personal_ranks else post)
        article.posts[post.label] = post
        relations[i] = replace(r, object=replace(r.object, label=post.label))
    def own_of(word: str) -> str | None:
        """The page's own body 我校/我司 stands for: a school for 校, a firm for 司."""
        kind = _OURS_KIND.get(word[-1])
        return ctx.own if ctx.own and (kind is None or ctx.own.endswith(kind)) else None

    def ours(m: Mention) -> Mention:
        """来校调研, 莅临我院: the page's own school or firm, by its name."""
        own = own_of(m.label) if m.label in _OURS else None
        return replace(m, label=own) if own else m

    # a visit to the page's own school or firm that the page never names (莅临我司) is
    # no edge: 我司 names no node a reader could use
    article.relations = [replace(r, object=ours(r.object)) for r in relations
                         if r.object.label not in _OURS or own_of(r.object.label)]
    mentions = []
    for m in map(ours, article.mentions):
        if m.cls == "Position":
            post = post_of(m, None)
            article.posts.setdefault(post.label, post)
            m = replace(m, label=post.label)
        mentions.append(m)
    article.mentions = mentions
    return article
