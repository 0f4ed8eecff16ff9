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
from functools import cache

from ...records import Mention
from ..entities import classify, is_generic, split_items, split_place_chain
from ..lexicon import Lexicon
from ..patterns import PATTERNS
from .state import Hit, Reader, Sentence, clause_start

__all__ = ["on_inspect", "on_move", "read_tour_frames"]

#: the patterns of this module's rules (data/patterns.toml)
_P = PATTERNS["relations.tours"]

_SURVEYED = _P["surveyed"]
_ON_THE_SITE = _P["on_the_site"]
_COME_TO = _P["come_to"]
_AT_PLACE = _P["at_place"]
_NOT_A_PLACE = _P["not_a_place"]
_ON_SITE = _P["on_site"]
_STOP = _P["stop"]
_MODAL = _P["modal"]


@dataclass(frozen=True)
class _Visit:
    word: re.Pattern[str]  # a word saying a trip was a visit: 调研, 慰问
    move_object: re.Pattern[str]  # the place after a verb of going, up to such a word


@cache
def _visit_words(lex: Lexicon) -> _Visit:
    """The words of the inspect and visit roles, each in its simplest form
    (调研 for 实地调研 and 调研指导), so the first one after a place is the
    activity recorded."""
    words = {w for w, role in lex.triggers.items() if role in ("inspect", "visit")}
    simple = sorted(w for w in words if not any(o != w and o in w for o in words))
    alt = "|".join(map(re.escape, simple))
    return _Visit(re.compile(f"({alt})"),
                  re.compile(_P["move_object"].pattern.replace("VISIT", alt)))


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
    if re.search(_P["escort_verb"], r.text[max(0, pos - 2):pos]):
        return
    if _hypothetical(r, sent, pos):
        return
    subs = _inspect_subjects(r, sent, pos, subject)
    if not subs:
        return
    _start_tour(r, sent, subs)
    # 在高新区调研时: the place before the verb
    cs = clause_start(r.text, pos, sent.start)
    m = re.search(_P["inspected_where"], r.text[cs:pos])
    if m and not re.search(_P["not_a_site"], m.group(1)):
        _visit(r, subs, [(0, m.group(1))], cs + m.start(1), sent, pos, word, "Place")
    # 对华兴公司进行了调研: the named object of 对
    m = re.search(_P["inspected_object"], r.text[cs:pos])
    if m:
        named = [(off, n) for off, n in split_items(m.group(1), r.lex)
                 if _clearly_named(n, r.lex) and not is_generic(n, r.lex)]
        if named:
            _visit(r, subs, named, cs + m.start(1), sent, pos, word, None)
    # 考察了A公司、B中心 / 视察X镇: named objects right after the verb
    rest = r.text[end:sent.start + len(sent.text)]
    m = re.match(_P["inspected_after"], rest)
    if m:
        items = [(off, _head_of(name, r.lex))
                 for off, name in split_items(m.group(1), r.lex)]
        named = [(off, n) for off, n in items
                 if n and _clearly_named(n, r.lex) and not is_generic(n, r.lex)]
        if named and len(named) == len(items):
            _visit(r, subs, named, end + m.start(1), sent, pos, word, None)
            return
    # 察看桃花坞村高标准农田建设情况: the named place the survey was about
    m = _SURVEYED.match(rest)
    if m and _clearly_named(m.group(1), r.lex) and not is_generic(m.group(1), r.lex):
        _visit(r, subs, [(0, m.group(1))], end + m.start(1), sent, pos, word, None)


def on_move(r: Reader, hit: Hit) -> None:
    """A来到/深入/赴X(调研): A inspected X, when the frame says it is a visit."""
    sent, word, pos, end, subject = hit.sent, hit.word, hit.start, hit.end, hit.subject
    t = r.text
    if word == "到" and t[pos - 1:pos] in "得来回达直受遇感提想看做办用":
        return
    if _hypothetical(r, sent, pos):
        return
    at = _AT_PLACE.match(sent.text)
    if at and word in ("走进", "深入") and _is_firm(r, at.group(1)):
        return  # 在启衡，走进装配车间: a part of the firm, not another visit
    if word == "来" and not _COME_TO.match(t, end):
        return
    rest = t[end:sent.start + len(sent.text)]
    visit = _visit_words(r.lex)
    m = visit.move_object.match(rest)
    if not m:
        return
    span = m.group(1)
    if re.search(_P["move_to_meeting"], span):
        return
    span = _ON_THE_SITE.sub("", span)  # 瑞安制药二期扩建项目建设现场
    span = re.sub(_P["move_particle"], "", span)  # 深入到X
    tail = t[end + m.end():sent.start + len(sent.text)]
    act = visit.word.search(tail)
    items = split_items(span, r.lex)
    listed = len(items) >= 2 or bool(re.search(_P["listed_sites"], span))
    if not (act or r.state.touring or listed):
        return
    subs = _inspect_subjects(r, sent, pos, subject)
    if not subs:
        return
    activity = act.group(1) if act else word
    # a name with no ending of its own (白沙, 合肥) is a place only where the
    # frame says so: 赴白沙检查, 来到南昌、九江等地
    framed = m.end() < len(rest) and rest[m.end()] not in "，。；" or "等地" in span
    default = "Place" if framed and all(len(x) <= 8 for _, x in items) else None
    if _visit(r, subs, items, end + m.start(1), sent, pos, activity, default):
        _start_tour(r, sent, subs)


def read_tour_frames(r: Reader, sent: Sentence, subject: Mention | None) -> None:
    """在X，… ; 第二站是X ; X公司正在… inside a tour."""
    t, s0 = sent.text, sent.start
    m = _AT_PLACE.match(t)
    if m and any(s0 + m.start(1) <= p.start < s0 + m.end(1) for p in sent.persons):
        m = None  # 在省委书记A，省长B陪同下: companions, not a place
    if m and not _NOT_A_PLACE.search(m.group(1)):
        acts = _ON_SITE.search(t, m.end())
        place = _ON_THE_SITE.sub("", m.group(1))
        subs = _inspect_subjects(r, sent, s0 + m.end() + 1, subject)
        if not subs and subject:
            subs = [subject]
        if subs and acts and (r.state.touring or acts):
            _visit(r, subs, split_items(place, r.lex), s0 + m.start(1), sent,
                   s0 + m.start(), "调研", "Place")
            r.state.touring = True
            r.state.principal = r.state.principal or subs[0]
    m = _STOP.search(t)
    if m and r.state.touring and r.state.principal:
        _visit(r, [r.state.principal], split_items(m.group(1), r.lex),
               s0 + m.start(1), sent, s0 + m.start(), "调研", None)
    if r.state.touring and r.state.principal:
        m = _firm_first(r.lex).match(t)
        if m:
            nxt = r.text[s0 + len(t): s0 + len(t) + 200]
            if r.state.principal.label in t or r.state.principal.label in nxt[:60]:
                _visit(r, [r.state.principal], [(0, m.group(1))], s0 + m.start(1), sent,
                       s0 + m.start(1), "调研", None)


def _inspect_subjects(r: Reader, sent: Sentence, pos: int,
                      subject: Mention | None) -> list[Mention]:
    """Who inspects at ``pos``: the names before the verb, the leader of
    一行/调研组, the sentence's subject, or the leader of the tour under way."""
    led = [p.name for p in sent.persons if p.name.start < pos and re.match(
        _P["leads_team"], r.text[p.name.end:p.name.end + 4])
        and "由" in r.text[max(sent.start, p.start - 3):p.start]]
    if led:
        return led[-1:]  # 第二组由伍秀芝带队，深入…
    subs = r.subjects_before(sent, pos, loose=True)
    if subs:
        return subs
    g = r.group_subject(sent, pos)
    if g:
        return [g]
    cs = clause_start(r.text, pos, sent.start)
    if subject and (r.state.touring or cs > sent.start):
        return [subject]
    if r.state.touring and r.state.principal:
        return [r.state.principal]
    return []


def _visit(r: Reader, subs: list[Mention], items: list[tuple[int, str]], base: int,
           sent: Sentence, pos: int, activity: str | None, default: str | None) -> int:
    """Record ``subs`` inspected each item (and each place inside the one
    before it); returns how many items named something."""
    n = 0
    for off, name in items:
        chain = split_place_chain(name, r.lex)
        start = base + off
        prev: Mention | None = None
        for k, part in enumerate(chain):
            i = name.find(part)
            e = r.entity(part, start + max(i, 0), default if k == len(chain) - 1 else None)
            if e is None:
                continue
            if prev is not None:
                r.add(e, "locatedIn", prev, sent, pos, date=None)
            prev = e
        if prev is not None:
            for s in subs:
                r.add(s, "inspected", prev, sent, pos, activity=activity)
            n += 1
    return n


def _hypothetical(r: Reader, sent: Sentence, pos: int) -> bool:
    """要深入企业调研 / 将赴X考察: what should or will be done, not what was."""
    cs = clause_start(r.text, pos, sent.start)
    return bool(_MODAL.search(r.text[cs:pos]))


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
    r.state.focus = subs[-1]


def _clearly_named(name: str, lex: Lexicon) -> bool:
    """察看X: X is a visit only when its ending says it is a body, firm or place,
    not a thing seen there (实验平台, 生产线)."""
    cls = classify(name, lex)
    if cls is None:
        return False
    if cls == "Enterprise":
        return True
    return bool(re.search(_P["named_ending"], name)) and not \
        re.search(_P["thing_ending"], name)


def _head_of(name: str, lex: Lexicon) -> str | None:
    """某某光电技术有限公司的生产线 -> 某某光电技术有限公司: what was visited."""
    if "的" not in name:
        return name
    head = name.split("的", 1)[0]
    return head if classify(head, lex) else None
