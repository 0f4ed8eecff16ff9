"""Tours: who inspected which place, firm or body, and where a tour goes next.

Roles of ``triggers.tsv`` read here: ``inspect`` (A调研X; A在高新区调研时;
A对X进行了调研; 察看X情况) and ``move`` (A来到/深入/赴X(调研)). A visit starts
a tour whose leader carries over: the tour rule reads a whole sentence and
gives the leader the places of 在X，… (在华兴公司，他察看…), 第二站是X and
X公司正在… . Places printed inside one another (东城街道九龙工业功能分区)
are also ``locatedIn`` each other. What should or will be done (要深入企业调研,
将赴X检查) and the escorts' verb (陪同调研) are no visit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ...records import Mention
from ..entities import (
    _common_word,
    _division,
    _proper,
    is_generic,
    split_items,
    split_place_chain,
)
from ..entities import classify as _classify
from ..lexicon import Lexicon
from ..patterns import PATTERNS
from .contacts import group_leader, lead_the_group
from .events import event_named
from .meetings import attendees_before
from .state import Hit, Reader, Sentence, clause_start

__all__ = ["on_inspect", "on_move", "read_tour_frames"]

#: what a name's ending makes it (entities.classify), remembered: the rules of a
#: tour ask it of the same spans again and again
classify = lru_cache(maxsize=8192)(_classify)

#: the patterns of this module's rules (data/patterns.toml)
_P = PATTERNS["relations.tours"]
_TOPIC_WORDS = re.compile("[\u4e00-\u9fff]{0,8}" + _P["topic_tail"].pattern)

_SURVEYED = _P["surveyed"]
_ON_THE_SITE = _P["on_the_site"]
_COME_TO = _P["come_to"]
_AT_PLACE = _P["at_place"]
_NOT_A_PLACE = _P["not_a_place"]
_ON_SITE = _P["on_site"]
_STOP = _P["stop"]
_MODAL = _P["modal"]
_LED_MEMBERS = _P["led_members"]
_NOT_COME = _P["not_come"]
_GROUP = PATTERNS["relations.state"]["group"]
#: 我市, 我县: the paper's own place (我社, 我校 are its own body)
_ADMIN_UNITS = frozenset("省市县区州镇乡村")
#: a word at least this frequent before a trade word (智能 in 智能制造) makes an industry
_COMMON_HEAD = 500
#: 来到这里: the site is named in the sentence before
_HERE = frozenset(("这里", "这儿", "此地", "此处"))
#: the longest site name looked for at the head of a sentence
_LONGEST_SITE = 30
_CLAUSE_PUNCT = re.compile("[，。；：！？、]")
#: the longest bare name of a place (湖南青川) that 和 may join to another
_SHORT_PLACE = 6
#: how far after a group's visit its leader may be named (调研组由A带队)
_LEADER_AHEAD = 200
#: 在某保护区A认真听取…: how far after the name the verb of a visit may stand
_ADVERBS = 6
#: 宏美的厨具有限公司 (invented): a 的 this close to the start of a registered firm's name is
#: part of its brand, not "the X of Y"
_BRAND_HEAD = 4


@dataclass(frozen=True)
class _Visit:
    word: re.Pattern[str]  # a word saying a trip was a visit: 调研, 慰问
    move_object: re.Pattern[str]  # the place after a verb of going, up to such a word
    came_to: re.Pattern[str]  # 来X调研: a name right before such a word


@cache
def _visit_words(lex: Lexicon) -> _Visit:
    """The words of the inspect and visit roles, each in its simplest form
    (调研 for 实地调研 and 调研指导), so the first one after a place is the
    activity recorded."""
    words = {w for w, role in lex.triggers.items() if role in ("inspect", "visit")}
    simple = sorted(w for w in words if not any(o != w and o in w for o in words))
    alt = "|".join(map(re.escape, simple))
    return _Visit(re.compile(f"({alt})"),
                  re.compile(_P["move_object"].pattern.replace("VISIT", alt)),
                  re.compile(_P["came_to_visit"].pattern.replace("VISIT", alt)))


@cache
def _firm_first(lex: Lexicon) -> re.Pattern[str]:
    """华兴公司正在…: a sentence that opens with a firm's name."""
    return re.compile(
        r"\s*(?![在到从于])([^，。；、“”的是]{4,30}?(?:"
        + lex.alternation("enterprise_strong") + r"))(?=正在|是|的|，|目前)"
    )


def on_inspect(r: Reader, hit: Hit) -> None:
    """A调研X, A在X调研时, A对X进行了调研, A察看X…情况: A inspected X."""
    sent, word, pos, end, subject = hit.sent, hit.word, hit.start, hit.end, hit.subject
    if re.search(_P["escort_verb"], r.text[max(0, pos - 4):pos]):
        return
    if _hypothetical(r, sent, pos) or _background(r, sent, pos) or _thanked(r, sent, pos, end):
        return
    if _P["about_topic"].search(r.text, clause_start(r.text, pos, sent.start), pos):
        return  # 作…关于检查某法实施情况的报告: the topic of a report, no visit
    if _P["visit_as_modifier"].match(r.text, end):
        return  # 会见了前来考察的某某一行: the guests' visit, said of them, is no act here
    subs = _inspect_subjects(r, sent, pos, subject)
    if not subs:
        return
    _start_tour(r, sent, subs)
    # 在高新区调研时: the place before the verb
    cs = clause_start(r.text, pos, sent.start)
    m = re.search(_P["inspected_where"], r.text[cs:pos])
    if m and not re.search(_P["not_a_site"], m.group(1)) and not any(
            p.name.start <= cs + m.start() < p.name.end for p in sent.persons) \
            and not _P["where_moves"].search(m.group(1)):
        where = _P["where_then_act"].sub("", m.group(1))  # 在滨江新区开展重点项目督查
        _visit(r, subs, _places(where, r.lex, True), cs + m.start(1), sent, pos, word, "Place")
    # 对华兴公司进行了调研: the named object of 对
    m = re.search(_P["inspected_object"], r.text[cs:pos])
    at = cs
    if not m and (m := re.search(_P["inspected_especially"], r.text[sent.start:pos])):
        at = sent.start
    if m:
        if named := _named_sites(_sites_of(m.group(1), r.lex), r.lex):
            _visit(r, subs, named, at + m.start(1), sent, pos, word, None)
    elif (m := re.search(_P["inspected_topic"], r.text[cs:pos])) \
            and _clearly_named(m.group(1), r.lex) and not is_generic(m.group(1), r.lex):
        _visit(r, subs, [(0, m.group(1))], cs + m.start(1), sent, pos, word, None)
    # 考察了A公司、B中心 / 视察X镇: named objects right after the verb
    rest = r.text[end:sent.start + len(sent.text)]
    if _P["inspect_compound"].match(rest):
        return  # 参观考察了X: the second verb reads X
    base = end
    if (m := _P["our_unit_after"].match(rest)) and _P["went_before"].search(r.text, cs, pos):
        return  # 赴某镇调研我校…活动: the place is where he went; 我校… is the topic
    if m:
        inner = re.match(_P["inspected_after"], rest[m.end():])
        ours = _sites_of(inner.group(1), r.lex) if inner else []
        if not (ours and all(n and _clearly_named(n, r.lex) for _, n in ours)):
            # 调研指导我社为农服务工作: the paper's own body or place was visited
            kind = "Place" if m.group(2) in _ADMIN_UNITS else "Organization"
            _visit(r, subs, [(0, m.group(1))], end + m.start(1), sent, pos, word, kind)
            return
        base, rest = end + m.end(), rest[m.end():]  # 考察了我县某镇某村某某之家: the site named
    if (cl := _P["comma_list"].match(rest)) and "，" in cl.group(1):
        # 先后参观了A，B，C…等地: a list set off by commas that 等地 closes
        span, off, items = cl.group(1), cl.start(1), []
        for piece in span.split("，"):
            items += [(off + o, n) for o, n in _sites_of(piece, r.lex)]
            off += len(piece) + 1
        named = _named_sites(items, r.lex)
        if named and len(named) == len(items):
            _visit(r, subs, named, base, sent, pos, word, None)
            return
    m = re.match(_P["inspected_after"], rest)
    if m:
        items = _sites_of(m.group(1), r.lex)
        if more := _P["list_goes_on"].match(rest, m.end()):
            # 视察了A、B，以及C、D: the list goes on past the comma
            extra = re.match(_P["inspected_after"], rest[more.end():])
            if extra:
                shift = more.end() + extra.start(1) - m.start(1)
                items += [(off + shift, n) for off, n in _sites_of(extra.group(1), r.lex)]
        named = _named_sites(items, r.lex)
        # a list of sites may hold an exhibit or a topic (A及某成果展、B、C):
        # its named sites are read when most of them are named
        if named and (len(named) == len(items) or len(named) >= 2 and 2 * len(named) > len(items)):
            _visit(r, subs, named, base + m.start(1), sent, pos, word, None)
            return
    # 察看桃花坞村高标准农田建设情况: the named place the survey was about
    m = _SURVEYED.match(rest)
    if m and _clearly_named(m.group(1), r.lex) and not is_generic(m.group(1), r.lex):
        _visit(r, subs, [(0, m.group(1))], base + m.start(1), sent, pos, word, None)


def on_move(r: Reader, hit: Hit) -> None:
    """A来到/深入/赴X(调研): A inspected X, when the frame says it is a visit."""
    sent, word, pos, end, subject = hit.sent, hit.word, hit.start, hit.end, hit.subject
    t = r.text
    if _thanked(r, sent, pos, end):
        return
    if word == "到" and (t[pos - 1:pos] in "得来回达直受遇感提想看做办用解落"
                         or t.startswith("来", end)  # 代表团的到来: an arrival, no trip
                         or _P["from_to"].search(t, clause_start(t, pos, sent.start), pos)
                         or _P["grown_to"].search(t, max(0, pos - 2), pos)):
        return  # 从山区到平原, 扩大到全市: a range, not a trip
    if word == "至" and (not any(p.name.end == pos for p in sent.persons)
                        or t[end:end + 1] in "今少多于此关"):
        return  # 至今, 5月1日至3日, 截至: no trip unless a name goes (某某至某地调研)
    if word == "莅临" and r.state.event is not None and _P["came_to_meeting"].match(t, end):
        # 某某（主持党委工作）莅临本次会议: came to the meeting under way, no trip
        for s in r.subjects_before(sent, pos, lists=True, loose=True):
            r.add(s, "attended", r.state.event, sent, pos, activity=word)
        return
    if word == "到" and t.startswith("会", end):
        return  # 市委书记A到会致辞: he came to the meeting (到会), no trip
    if _hypothetical(r, sent, pos) or _background(r, sent, pos):
        return
    if word == "来" and (short := _abbreviated_place(r, end)) is not None:
        # 来滁考察 (in a paper of 滁州): the one-letter short name of a city the article names
        subs = _inspect_subjects(r, sent, pos, subject)
        if subs and _visit(r, subs, [(0, short)], end, sent, pos, word, "Place"):
            _start_tour(r, sent, subs)
        return
    at = _AT_PLACE.match(sent.text)
    if at and word in ("走进", "深入") and (
            _is_firm(r, at.group(1)) or classify(at.group(1), r.lex) == "Organization"):
        return  # 在启衡，走进装配车间; 在某看守所，深入监控室: a part of the site, no other visit
    if word == "来" and (ours := _P["came_to_ours"].match(t, end)):
        # 某某一行来校调研: the page's own school (named where the posts are resolved)
        subs = _inspect_subjects(r, sent, pos, subject)
        if subs and _visit(r, subs, [(0, "我" + ours.group(1))], end, sent, pos, word,
                           "Organization"):
            _start_tour(r, sent, subs)
        return
    if word == "来" and (_NOT_COME.search(t, max(0, pos - 2), pos) or not (
            _COME_TO.match(t, end) or _came_to_visit(r, t, end, sent))):
        return  # 近年来, 升级来创造市场: no coming
    rest = t[end:sent.start + len(sent.text)]
    visit = _visit_words(r.lex)
    m = visit.move_object.match(rest)
    if not m:
        return
    span = m.group(1)
    if re.search(_P["move_to_meeting"], span):
        return
    if word == "莅临" and span.startswith("现场") and r.state.event is not None \
            and not r.state.touring:
        # 举行开工奠基仪式，A，B…等领导莅临现场表示祝贺: they attended the ceremony
        for s in attendees_before(r, sent, pos) or r.subjects_before(sent, pos):
            r.add(s, "attended", r.state.event, sent, pos, activity=word)
        return
    if word in ("莅临", "出席") and (cer := _P["to_ceremony"].fullmatch(span)):
        # 某某、某某莅临奠基仪式现场: they came to attend the ceremony
        ev = event_named(r, sent, cer.group(1), end + m.start(1))
        if ev is not None:
            for s in r.subjects_before(sent, pos):
                r.add(s, "attended", ev, sent, pos, activity=word)
        return
    if span in _HERE:
        # X人来人往，一片繁忙。A来到这里: the site that opened the sentence before
        before = _previous_site(r, sent)
        if before is None:
            return
        span, base = before
    else:
        base = end + m.start(1)
    bare = _ON_THE_SITE.sub("", span)  # 瑞安制药二期扩建项目建设现场
    if bare != span:
        # 青川机场二期扩建项目现场: the project is the site when only it has an ending
        project = _P["site_word"].sub("", span)
        span = bare if classify(bare, r.lex) or not classify(project, r.lex) else project
    span = re.sub(_P["move_particle"], "", span)  # 深入到X
    span = _P["move_when"].sub("", span)  # 途经某某通道时，…
    span = _unnamed_site_in(span, r.lex) or span  # 来到某区一处街区广场: the district
    span = _P["relative_before_site"].sub("", span)  # 始建于东汉年间的某寺
    if "的" in span:
        head, _, kinds = span.rpartition("的")
        if _P["home"].fullmatch(kinds):
            return  # 走进群众某某的家: a person's home, no site
        seen = {x.object.label for x in r.relations if x.prop == "inspected"}
        if classify(head, r.lex) and not is_generic(head, r.lex) and (
                is_generic(kinds, r.lex) or any(s.endswith(head) for s in seen)):
            # 前往某某产业集聚基地的企业: the named site, whose firms are not named;
            # 走进某村人大代表之家的办公场所和活动室: rooms of a site already visited
            span = head
    tail = t[end + m.end():sent.start + len(sent.text)]
    # 到X社区开展“某某进社区”活动: an activity held at the place is a visit too
    act = visit.word.search(tail) or _P["activity_there"].match(tail)
    items = _places(span, r.lex)
    listed = len(items) >= 2 or bool(re.search(_P["listed_sites"], span))
    group = _P["inspecting_group"].search(t, clause_start(t, pos, sent.start), pos)
    if not (act or r.state.touring or listed or group):
        return
    subs = _inspect_subjects(r, sent, pos, subject)
    if not subs:
        return
    activity = act.group(1) if act else word
    # a name with no ending of its own (白沙, 合肥) is a place only where the
    # frame says so: 赴白沙检查, 来到南昌、九江等地
    framed = m.end() < len(rest) and rest[m.end()] not in "，。；" or "等地" in span
    default = "Place" if framed and all(len(x) <= 8 for _, x in items) else None
    if _visit(r, subs, items, base, sent, pos, activity, default):
        _start_tour(r, sent, subs)


def _abbreviated_place(r: Reader, end: int) -> str | None:
    """来滁考察: one letter then a visit word stands for the division the article
    names with that first letter (滁州 -> 滁州市), when it names exactly one."""
    t = r.text
    c = t[end:end + 1]
    if not ("\u4e00" <= c <= "\u9fff") or not _visit_words(r.lex).word.match(t, end + 1):
        return None
    from ..gazetteer import gazetteer

    places = gazetteer()
    found: set[str] = set()
    i = t.find(c)
    while i >= 0:
        short = t[i:i + 2]
        if i != end:
            # 滁州 (a unit's letter ends it) or a full name the text prints (港口区,
            # not the word 港口)
            found.update(d.label for d in places.find(short)
                         if short[-1] in _ADMIN_UNITS or d.name in t)
        i = t.find(c, i + 1)
    return found.pop() if len(found) == 1 else None  # 滁州市


def _sites_of(span: str, lex: Lexicon) -> list[tuple[int, str | None]]:
    """A、B和C: the items, where A及/和B whose B has no ending of a site is the
    site A and what was seen there (青川文化中心及某成果展)."""
    out: list[tuple[int, str | None]] = []
    for off, name in split_items(span, lex):
        if "等" in name and classify(head := name.split("等", 1)[0], lex):
            name = head  # A、B、C等电商平台的运营情况: the list ends at 等
        item = _head_of(name, lex)
        if item and "的" not in name:
            item = _site_and_part(item, lex) or item
        if item and classify(item, lex) is None:
            item = _site_before_topic(item, lex)
        out.append((off + (name.find(item) if item else 0), item))
    for i in range(len(out) - 1):
        if shared := _shared_ending(span, out[i], out[i + 1][1], lex):
            out[i] = (out[i][0], shared)
    return out


def _site_before_topic(item: str, lex: Lexicon) -> str:
    """某医院用地选址情况 -> 某医院: the site, named by its place, then what was seen
    about it; ``item`` itself when it is no such thing."""
    topic = _P["topic_tail"].search(item)
    if topic is None:
        return item
    head = item[:topic.start()]
    return next((head[:k] for k in range(len(head), 2, -1)
                 if _P["institution_end"].search(head[:k]) and classify(head[:k], lex)
                 and any(_division(head[:n]) for n in (2, 3))
                 and _TOPIC_WORDS.fullmatch(item[k:])), item)


def _shared_ending(span: str, item: tuple[int, str | None], nxt: str | None,
                   lex: Lexicon) -> str | None:
    """枞阳东、池州西收费站: the first item, which names nothing by itself, with the
    ending of the place after it (枞阳东收费站); ``None`` when it has none."""
    off, name = item
    written = span[off:off + 5].split("、", 1)[0]
    if name is not None and classify(name, lex) is not None or nxt is None \
            or not 2 <= len(written) <= 4 or not span.startswith("、", off + len(written)):
        return None
    ending = next((nxt[-k:] for k in (3, 2) if nxt[-k:] in lex.place_suffixes), None)
    return written + ending if ending and classify(written + ending, lex) == "Place" else None


def _named_sites(items: list[tuple[int, str | None]], lex: Lexicon) -> list[tuple[int, str]]:
    """The items of a list that name a site (当地企业, 有关单位 name none)."""
    return [(off, n) for off, n in items if n and _clearly_named(n, lex) and not is_generic(n, lex)]


def _previous_site(r: Reader, sent: Sentence) -> tuple[str, int] | None:
    """The named site that opens the sentence before ``sent`` (and its offset):
    the longest start of its first clause with the ending of a place or body."""
    lo = max(r.text.rfind("。", 0, sent.start - 1), r.text.rfind("\n", 0, sent.start - 1)) + 1
    head = r.text[lo:sent.start].lstrip()
    lo += len(r.text[lo:sent.start]) - len(head)
    clause = _CLAUSE_PUNCT.split(head, 1)[0][:_LONGEST_SITE]
    for k in range(len(clause), 3, -1):
        name = clause[:k]
        if classify(name, r.lex) and not is_generic(name, r.lex) and _proper(name):
            return name, lo
    return None


def _came_to_visit(r: Reader, t: str, end: int, sent: Sentence) -> bool:
    """来省促进会进行专题调研: 来 + a named body + a visit word right after it."""
    m = _visit_words(r.lex).came_to.match(t, end, sent.start + len(sent.text))
    return bool(m and classify(m.group(1), r.lex) is not None)


def read_tour_frames(r: Reader, sent: Sentence, subject: Mention | None) -> None:
    """在X，… ; 第二站是X (X是此行的第二站) ; X公司正在… inside a tour."""
    t, s0 = sent.text, sent.start
    m = _AT_PLACE.match(t)
    if m and any(s0 + m.start(1) <= p.start < s0 + m.end(1) for p in sent.persons):
        m = None  # 在省委书记A，省长B陪同下: companions, not a place
    if m and not _NOT_A_PLACE.search(m.group(1)):
        acts = _ON_SITE.search(t, m.end())
        place = _ON_THE_SITE.sub("", m.group(1))
        if (v := _ON_SITE.search(place, 2)) is not None:
            place = place[:v.start()]  # 在A县、B区检查…情况，: the places before the verb
        if "的" in m.group(1):
            # 在会展中心周边的青川田园项目现场: the site named after the last 的
            tail = _P["site_word"].sub("", m.group(1).rsplit("的", 1)[1])
            if classify(tail, r.lex):
                place = tail
        subs = _inspect_subjects(r, sent, s0 + m.end() + 1, subject)
        if not subs and subject:
            subs = [subject]
        if subs and acts and (r.state.touring or acts):
            _visit(r, subs, split_items(place, r.lex), s0 + m.start(1), sent,
                   s0 + m.start(), "调研", "Place")
            # 在A县检查…，并在B市召开座谈会: the meeting convened after the sites is
            # what follows (座谈交流 with the hosts is part of the visit)
            r.state.touring = r.state.touring or r.state.event_sentence != sent.start \
                or not _P["convened_after_sites"].search(t, m.end())
            r.state.principal = r.state.principal or subs[0]
    elif m is None and r.state.touring:
        _at_place_then_name(r, sent)
    m = _STOP.search(t) or _P["stop_named_first"].match(t)  # X是调研组此行的第一站
    if m and r.state.touring and r.state.principal:
        _visit(r, [r.state.principal], split_items(m.group(1), r.lex),
               s0 + m.start(1), sent, s0 + m.start(), "调研", None)
    if r.state.touring and (m := _P["briefed_on_zone"].search(t)) \
            and not _P["in_meeting"].search(t, 0, m.start()):
        # 在某市，A听取某某合作区规划发展等情况汇报: the zone briefed on at the stop
        subs = _inspect_subjects(r, sent, s0 + m.start(), subject)
        if subs:
            _visit(r, subs, [(0, m.group(1))], s0 + m.start(1), sent, s0 + m.start(), "调研", None)
    if r.state.touring and r.state.principal:
        m = _firm_first(r.lex).match(t)
        if m and not any(p.start < s0 + m.end(1) for p in sent.persons) \
                and not _P["firm_first_verb"].search(m.group(1)):
            nxt = r.text[s0 + len(t): s0 + len(t) + 200]
            if r.state.principal.label in t or r.state.principal.label in nxt[:60]:
                _visit(r, [r.state.principal], [(0, m.group(1))], s0 + m.start(1), sent,
                       s0 + m.start(1), "调研", None)


def _unnamed_site_in(span: str, lex: Lexicon) -> str | None:
    """来到某区一处街区广场, 来到位于某区某街道某路上的一个小区: a site left unnamed
    (一处, 一个) inside a named place; the place is what was visited."""
    m = _P["unnamed_site"].fullmatch(span)
    if m is None:
        return None
    place = _P["road_at_end"].sub("", m.group(1))
    return place if classify(place, lex) == "Place" and not is_generic(place, lex) else None


def _at_place_then_name(r: Reader, sent: Sentence) -> None:
    """在某某自然保护区A听取了情况汇报 (no comma after the place), inside a tour:
    the visitor A, named right after the site, visited it."""
    m = _P["at_place_then_name"].match(r.text, sent.start, sent.start + len(sent.text))
    if not m:
        return
    # the first name of the article's persons inside the span (the reader of
    # names does not see one glued to the place's last character)
    span = m.group(1)
    found = [(span.find(k), k) for k in r.known if len(k) >= 2 and span.find(k) >= 4]
    if not found:
        return
    i, name = min(found)
    place = _ON_THE_SITE.sub("", span[:i])
    after = m.start(1) + i + len(name)
    if _NOT_A_PLACE.search(place) or not _ON_SITE.search(r.text, after, after + _ADVERBS) \
            or not classify(place, r.lex) or is_generic(place, r.lex):
        return
    who = Mention(name, "Person", m.start(1) + i, after, name)
    _visit(r, [who], [(0, place)], m.start(1), sent, m.start(), "调研", None)


def _inspect_subjects(r: Reader, sent: Sentence, pos: int,
                      subject: Mention | None) -> list[Mention]:
    """Who inspects at ``pos``: the names before the verb, the leader of
    一行/调研组, the sentence's subject, or the leader of the tour under way."""
    led = [p.name for p in sent.persons if p.name.start < pos and re.match(
        _P["leads_team"], r.text[p.name.end:p.name.end + 4])
        and "由" in r.text[max(sent.start, p.start - 3):p.start]]
    if led:
        return led[-1:]  # 第二组由伍秀芝带队，深入…
    cs = clause_start(r.text, pos, sent.start)
    lead = group_leader(r, sent.persons, cs, pos)
    if lead is not None:
        return [lead]  # 由A率领的专家团来X考察
    for p in reversed([p for p in sent.persons if p.name.end < pos]):
        if _P["leads_members"].match(r.text, p.name.end) and not any(
                x.prop == "accompanied" and x.start == sent.start for x in r.relations):
            # A、B同志，带领委员C、D，…等调研检查了X: the leaders, not the last names
            return lead_the_group(r, sent, p)
    subs = r.subjects_before(sent, pos, loose=True)
    if subs and any(r.is_companion(sent, p) for p in sent.persons if p.name in subs):
        # A在B的陪同下来到X: the escort B stands just before the verb, A visits
        # 由A率领的考察组在B的陪同下考察了X: the group's leader
        host = r.sentence_subject(sent) or r.state.delegation or r.escorted_group(sent, pos)
        subs = [host] if host is not None else []
    if subs:
        lead = _leader_of(r, sent, subs[0])
        return [lead] if lead else subs
    g = r.group_subject(sent, pos)
    if g:
        # A、B率调研组赴X调研。调研组走访了Y: the group stands for both its leaders
        return r.state.party if r.state.party and r.state.party[0] is g else [g]
    if _GROUP.search(r.text, cs, pos):
        # 调研组一行深入X调研。调研组由A带队，…: the leader named just after
        end = sent.start + len(sent.text)
        lead = group_leader(r, r.phrases, end, end + _LEADER_AHEAD)
        if lead is not None:
            r.state.delegation = r.state.principal = lead
            return [lead]
    touring = r.state.touring or (r.state.event_sentence == sent.start
                                  and pos < r.state.tour_ended_at)
    if subject and (touring or cs > sent.start):
        return [_escorted(r, sent, subject) or subject]
    if touring and r.state.principal:
        return [r.state.principal]
    return []


def _escorted(r: Reader, sent: Sentence, subject: Mention) -> Mention | None:
    """A陪同B一行参观了X，分别前往Y: the man the sentence's subject escorts, who
    visits in its later clauses."""
    for p in sent.persons:
        if p.start >= subject.end and _P["escorts_next"].match(r.text[subject.end:p.start]):
            return p.name
    return None


def _leader_of(r: Reader, sent: Sentence, first: Mention) -> Mention | None:
    """A率B、C等调研: A leads the visit (B and C are its members)."""
    for p in sent.persons:
        if p.name is first:
            m = _LED_MEMBERS.search(r.text, max(sent.start, p.start - 2), p.start)
            if m:
                lead = r.subjects_before(sent, m.start(), lists=False, loose=True)
                if lead:
                    r.state.delegation = lead[0]
                    return lead[0]
    return None


def _visit(r: Reader, subs: list[Mention], items: list[tuple[int, str]], base: int,
           sent: Sentence, pos: int, activity: str | None, default: str | None) -> int:
    """Record ``subs`` inspected each item (and each place inside the one
    before it); returns how many items named something."""
    n = 0
    if len(items) > 1 and any(is_generic(x, r.lex) for _, x in items):
        # 走进企业、科研院所、科创平台等: a list of kinds, named only by a proper name
        items = [(o, x) for o, x in items if not is_generic(x, r.lex) and _proper(x)
                 and (not _common_word(x[:2]) or _division(x)) and not _P["thing_ending"].search(x)]
    for off, name in items:
        if _unnamed_room(name):
            continue  # 察看了智能工厂, 数字化展厅: a part of the site, named by no proper name
        if _part_of_visited(r, subs, name):
            continue  # 在某医院某科治疗室 after a visit to 某医院: a room of it
        if _P["deictic"].match(name) or (classify(name, r.lex) is None and _common_word(name[:2])
                                          and not _proper(name)):
            continue  # 当地自来水公司, 有关企业; 志愿服务客厅: the text does not name it
        if classify(name, r.lex) == "Enterprise" and not _strong_firm(name, r.lex) \
                and not _clearly_named(name, r.lex):
            continue  # 新材料、机械装备等制造业企业: industries, not firms
        chain = [name] if _branded(name, r.lex) else split_place_chain(name, r.lex)
        start = base + off
        prev: Mention | None = None
        outer: Mention | None = None
        for k, part in enumerate(chain):
            i = name.find(part)
            # a division of the gazetteer (青州 in 深入青州、白岭有关高校) is a place anywhere
            kind = default if k == len(chain) - 1 else None
            e = r.entity(part, start + max(i, 0), kind or ("Place" if _division(part) else None)) \
                or _long_project(r, part, start + max(i, 0))
            if e is None:
                continue
            if prev is not None:
                r.add(e, "locatedIn", prev, sent, pos, date=None)
            outer, prev = prev, e
        if prev is not None and outer is not None and _P["room"].search(prev.label):
            # 晨星化工的数字化展厅, 某大学某重点实验室: a room of the site, which is
            # the site visited
            prev = outer
        if prev is not None:
            for s in subs:
                r.add(s, "inspected", prev, sent, pos, activity=activity)
            n += 1
    return n


def _unnamed_room(name: str) -> bool:
    """智能工厂, 数字化展厅: a room or plant whose name before the room word is
    only common words (a proper name would make it a site: 青川化工厂)."""
    from ..segment import word_freq

    if _P["staff_office"].search(name):
        return True  # 教师办公室, 高三班主任办公室: the staff's room of the school visited
    m = _P["room"].search(name)
    if not m or _proper(name):
        return False
    head = name[:m.start()]
    return not head or _common_word(head) or word_freq(head) >= _COMMON_HEAD


def _part_of_visited(r: Reader, subs: list[Mention], name: str) -> bool:
    """某医院急诊中心治疗室, once 某医院 is visited: a room or department of a site
    already counted (what follows the site's name names no site of its own). A
    division visited (白岭县, 青州) holds sites of its own: 青州长河镇, 青州大学."""
    who = {s.label for s in subs}
    for rel in r.relations:
        site = rel.object.label
        if rel.prop == "inspected" and rel.subject.label in who and len(name) > len(site) \
                and name.startswith(site) and not _division(site) and not _admin_place(site, r.lex):
            rest = name[len(site):]
            if classify(rest, r.lex) is None or _P["room"].search(rest):
                return True
    return False


def _admin_place(name: str, lex: Lexicon) -> bool:
    """青川县, 白岭镇: a place named as an administrative unit (not a site in it)."""
    return any(name.endswith(u) for u in _ADMIN_UNITS) and classify(name, lex) == "Place"


def _long_project(r: Reader, name: str, start: int) -> Mention | None:
    """A project's name past the 30 characters of a place's (Reader.entity stops
    there): 某高速公路某段改扩建及沿线配套设施建设项目."""
    if not _P["long_project"].match(name) or classify(name, r.lex) is None:
        return None
    e = Mention(name, classify(name, r.lex) or "Place", start, start + len(name), name)
    r.mentions.append(e)
    return e


def _site_and_part(item: str, lex: Lexicon) -> str | None:
    """青川文化中心及某成果展, 某污水处理站及入河排污口: A及/和B whose B has no ending
    of a site is the site A (and what was seen there); ``None`` otherwise."""
    parts = _P["joined_places"].split(item, 1)
    if len(parts) == 2 and classify(parts[0], lex) and not classify(parts[1], lex):
        return parts[0]
    return None


def _places(span: str, lex: Lexicon, places: bool = False) -> list[tuple[int, str]]:
    """青川、白岭 / 青川、白岭和湖南某市等地 / 古城书院和青川研究院: the places of a
    list, where 和 also joins two short names that are no common words (工业和信息化部
    stays one body, unless ``places`` says the items are places)."""
    places = places or "等地" in span
    out: list[tuple[int, str]] = []
    kinds = False
    items = split_items(span, lex)
    for k, (off, item) in enumerate(items):
        if kinds:
            continue  # 白岭有关高校、科创平台: 有关 covers the rest of the list
        if m := _P["place_then_kind"].match(item):
            item = m.group(1)  # 青川、白岭有关高校: 白岭, and kinds of body there
            kinds = True
        site = _site_and_part(item, lex)
        if site is not None and len(site) > _SHORT_PLACE:
            out.append((off, site))  # 某社区污水处理站及入河排污口: the site and a part of it
            continue
        parts = _P["joined_places"].split(item)
        # in A、B、C the items are 、 apart: a 和 inside one before the last is its name's
        inner = k < len(items) - 1 and span[off + len(item):off + len(item) + 1] == "、"
        if len(parts) == 2 and not inner \
                and all(2 <= len(x) <= _SHORT_PLACE for x in parts) and not \
                any(is_generic(x, lex) or not (places or classify(x, lex)) and _common_word(x)
                    for x in parts) \
                and not (item[len(parts[0]):].startswith("与") and classify(parts[1], lex)
                         and not classify(parts[0], lex) and not places):
            # (环境科学与工程学院: a 与 before the only ending names one body)
            out += [(off, parts[0]), (off + item.index(parts[1], len(parts[0])), parts[1])]
        else:
            out.append((off, item))
    return out


def _hypothetical(r: Reader, sent: Sentence, pos: int) -> bool:
    """要深入企业调研 / 将赴X考察: what should or will be done, not what was."""
    cs = clause_start(r.text, pos, sent.start)
    names = [(p.name.start, p.name.end) for p in sent.persons]
    return any(not any(a <= cs + m.start() < b for a, b in names)
               for m in _MODAL.finditer(r.text[cs:pos]))  # (某应某: 应 of a name)


def _thanked(r: Reader, sent: Sentence, pos: int, end: int) -> bool:
    """院长A对B一行亲临学院检查指导表示欢迎和感谢: the visit under way, thanked for,
    is no new tour (and the meeting under way goes on)."""
    cs = clause_start(r.text, pos, sent.start)
    return "对" in r.text[cs:pos] and _P["thanks_for"].match(r.text, end) is not None


def _background(r: Reader, sent: Sentence, pos: int) -> bool:
    """An earlier visit recalled (see :func:`_recalled`); what was said on it
    (4月到X视察时指出…) belongs to no meeting of the article's."""
    if not _recalled(r, sent, pos):
        return False
    if _P["said_on_visit"].search(sent.text, pos - sent.start):
        r.state.event = None
    return True


def _recalled(r: Reader, sent: Sentence, pos: int) -> bool:
    """早在三年前…到X; 1947年底…来到X; 2019年在X考察时; 4月到X视察时 (in a May
    paper): an earlier visit the article recalls, not one it reports (a year two
    or more before its own, or a month alone before its own month)."""
    before = r.text[sent.start:pos]
    for m in _P["background"].finditer(before):
        at = sent.start + m.start()
        if not any(p.name.start <= at < p.name.end for p in sent.persons):
            return True  # (曾在明 is a name, not 曾)
    own = int(r.dates.published[:4]) if r.dates.published else r.dates.year
    if own is not None and any(int(y) <= own - 2 for y in _P["year_of"].findall(before)):
        return True
    # 某某4月到X视察时指出 in a May paper: a month alone, before the paper's own
    month = int(r.dates.published[5:7]) if r.dates.published else None
    return month is not None and any(
        int(m) < month for m in _P["month_only"].findall(before))


def _is_firm(r: Reader, name: str) -> bool:
    """An enterprise by its ending, or the short form of one named before."""
    cls = classify(name, r.lex)
    return cls == "Enterprise" or (cls is None and any(
        m.cls == "Enterprise" and m.label.startswith(name) for m in r.mentions))


def _start_tour(r: Reader, sent: Sentence, subs: list[Mention]) -> None:
    # a meeting named in the same sentence (到X调研，并召开座谈会) is what follows
    if r.state.event_sentence != sent.start:
        r.state.event = None
        r.state.touring = True
    r.state.principal = subs[0]
    r.state.party = list(subs) if len(subs) > 1 else []
    r.state.focus = subs[-1]


def _clearly_named(name: str, lex: Lexicon) -> bool:
    """察看X: X is a visit only when its ending says it is a body, firm or place,
    not a thing seen there (实验平台, 生产线)."""
    cls = classify(name, lex)
    if cls is None:
        return False
    if cls == "Enterprise":
        # 调研先进制造和智能制造, 察看压力容器加工制造: a trade word (制造, 材料) names a
        # firm only after a proper name, and never after a verb; a register ending
        # (公司, 集团) always does
        return _strong_firm(name, lex) or not _industry(name, lex)
    # 视察了企业服务机构: a body whose name opens with a common noun is a kind
    return bool(re.search(_P["named_ending"], name)) and not \
        re.search(_P["thing_ending"], name) and (_proper(name) or not _common_word(name[:2]))


def _industry(name: str, lex: Lexicon) -> bool:
    """先进制造, 新材料, 压力容器加工制造: a trade word after one common word, after
    nothing, or after a verb names an industry or an activity; 青川红叶机械 and
    宏远电器 (a word no dictionary has before the trade word) name firms."""
    from ..segment import word_freq

    head = _trade_head(name, lex)
    return len(head) < 2 or word_freq(head) >= _COMMON_HEAD or _verb_before_trade(name, lex)


def _trade_head(name: str, lex: Lexicon) -> str:
    """新材料 -> 新: what stands before the longest trade word ending ``name``."""
    ends = [t for t in lex.enterprise_trade if name.endswith(t)]
    return name[:-max(map(len, ends))] if ends else name


def _verb_before_trade(name: str, lex: Lexicon) -> bool:
    """压力容器加工制造: the trade word follows a verb (an activity, not a firm)."""
    from ..segment import word_tag

    for trade in lex.enterprise_trade:
        if name.endswith(trade) and len(name) > len(trade) + 1:
            return (word_tag(name[-len(trade) - 2:-len(trade)]) or "").startswith("v")
    return False


def _strong_firm(name: str, lex: Lexicon) -> bool:
    return any(name.endswith(x) and len(name) > len(x) for x in lex.enterprise_strong)


def _branded(name: str, lex: Lexicon) -> bool:
    """宏的厨具制造有限公司 (an invented firm): a registered firm whose 的 is a letter of its
    brand (what stands before it names nothing), not "the X of Y"."""
    head = name.split("的", 1)[0]
    return 2 <= len(head) < min(len(name), _BRAND_HEAD + 1) and not classify(head, lex) \
        and not _division(head) and _strong_firm(name, lex)


def _head_of(name: str, lex: Lexicon) -> str | None:
    """某某光电技术有限公司的生产线 -> 某某光电技术有限公司: what was visited."""
    if "的" not in name:
        return name
    head, tail = name.split("的", 1)
    if _branded(name, lex):
        return name
    if _P["home"].fullmatch(tail):
        return None  # 走进村民某某的家: a person's home, no site
    if _P["built_by"].search(head) and classify(tail, lex):
        return tail  # 华睿集团承建的青川产业园办公楼工程: the building is the site
    return head if classify(head, lex) else None
