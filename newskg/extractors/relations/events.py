"""Event tracking: which meeting is under way, and which one a verb refers to.

A meeting becomes the one under way where a sentence names it as held:
召开/举行/举办 X (the ``convene`` role of ``triggers.tsv``), X召开/举行/开幕,
在X会上强调, A与B座谈. 会议, 会上 and 座谈会 later in the article refer to it
(:func:`event_ref`); 现场会上，… returns to it after a tour of the site. A
meeting still to come (将于下月召开) or one a speaker mentions (会议指出，…召开的)
is not held here. Each event is dated once, where it is first named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...records import Mention
from ..dates import DateContext
from ..entities import classify, clean_event_label
from ..lexicon import Lexicon
from ..patterns import PATTERNS
from .state import Reader, Sentence, sentences

__all__ = ["SAYS", "event_named", "event_ref", "headline_event", "known_event", "read_asides",
           "read_events", "read_headline_event", "set_event"]

#: the patterns of this module's rules (data/patterns.toml)
_P = PATTERNS["relations.events"]

SAYS = _P["says"]
_CONVENE_AFTER = _P["convene_after"]
_NEEDS_BODY = _P["needs_body"]
_TRAILING_TIME = _P["trailing_time"]
_CLAUSE_END = re.compile("[，。；]")
_AT_MEETING = _P["at_meeting"]
_BACK_AT_MEETING = _P["back_at_meeting"]
_TALKS = _P["talks"]
_GENERIC_EVENT = _P["generic_event"]
_HEAD_CLAUSE = _P["head_clause"]
_SESSION = _P["session"]
_COUNTED = _P["counted"]
_MEET_ASIDE = _P["meet_aside"]
_MEETING_AGAIN = _P["meeting_again"]
#: a ceremony of the event under way, named bare (出席开幕式)
_CEREMONIES = ("开幕式", "闭幕式", "开幕", "开幕仪式", "闭幕会", "开幕会")


@dataclass(frozen=True)
class _Lexical:
    convene: re.Pattern[str]  # 召开/举行/举办 (X)
    suffix: re.Pattern[str]  # an event's ending anywhere
    end: re.Pattern[str]  # an event's ending at the end


@cache
def _lexical(lex: Lexicon) -> _Lexical:
    """The patterns made of lexicon words: the convene role, event endings."""
    convene = lex.words("convene")
    # 主持召开 X: a chair's word that ends in a convening one convenes too
    words = convene + [w for w in lex.words("chair") if w.endswith(tuple(convene))]
    convening = "|".join(map(re.escape, sorted(set(words), key=lambda w: (-len(w), w))))
    alt = lex.alternation("event_suffixes")
    return _Lexical(
        re.compile(_P["convene_before"].pattern.replace("CONVENE", convening)),
        # 总结会议: the longest ending (总结会) and the 议 that follows it
        re.compile("(?:" + alt + ")(?:(?<=会)议)?"),
        re.compile("(?:" + alt + ")(?:(?<=会)议)?$"),
    )


def read_events(r: Reader, sent: Sentence) -> None:
    """Meetings named in the sentence: 召开/举行/举办 X, X召开, A与B座谈."""
    lexical = _lexical(r.lex)
    t = sent.text
    if r.state.aside is not None and _MEETING_AGAIN.search(t):
        r.state.event, r.state.aside = r.state.aside, None  # 会上，…: back from the 会见
    if _P["background"].match(t):
        return  # 此前，在…召开的推进会上，…: a meeting recalled, not the one under way
    if _P["plan_item"].match(t):
        return  # 做出具体安排：…5、举办师德演讲比赛活动: an item of a plan, not held here
    said = SAYS.search(t) or _P["decided"].search(t)
    if said:
        t = t[: said.end()]  # 会议指出，…召开的一次重要会议: quoted, not held here
    found: list[tuple[int, str]] = []
    for m in lexical.convene.finditer(t):
        if _P["future"].search(t[max(0, m.start() - 8):m.start()]) or t.startswith("好", m.end()) \
                or _P["plans_to"].search(t[max(0, m.start() - 50):m.start()]):
            continue  # 将于下月召开…: a meeting still to come; 开展好X: X is to be done well
        rest = _first_item(t[m.end():])
        stops = [e.end() for e in lexical.suffix.finditer(rest)]
        if not stops and m.group(0) in _HOLD and (held := _P["held_activity"].match(rest)):
            stops = [held.end()]  # 参加在某市举办的某某揭牌暨首班开行活动: a ceremony held
        if not stops:
            continue
        label = rest[: stops[-1]]
        if t.startswith("以来", m.end() + stops[-1]):
            continue  # 1月28日召开党委会议以来: a meeting since which time has passed
        if _COUNTED.match(label):
            continue  # 召开9次座谈会: how many were held, none of them named
        if _NEEDS_BODY.match(label):
            # 市委常委会召开会议, 某委员会召开第九次会议: the body names the meeting
            body = re.split("[，。；]", t[: m.start()])[-1]
            body = re.sub(_P["body_leading_time"], "", body)
            body = _TRAILING_TIME.sub("", re.sub(_P["head_trailing_place"], "", body))
            if body and classify(body, r.lex) == "Organization":
                label = body + label
        found.append((m.end(), clean_event_label(label)))
    for m in _CONVENE_AFTER.finditer(t):
        clauses = _clauses(t[: m.start()])
        head = clauses[-1]
        if len(clauses) > 1 and _P["place_only"].fullmatch(head):
            head = clauses[-2]  # X高峰论坛，在某校举行: the name is the clause before
        head = re.sub(_P["head_leading_date"], "", head.lstrip())  # 2月22日下午X召开
        # (a name may open with “ or with Latin letters and digits: 2024 APEC某某产业峰会)
        head = re.sub(r"^(?:[^\u4e00-\u9fff“A-Za-z0-9]|[0-9]+[、.．)）])*", "", head)
        head = _P["head_announcer"].sub("", head)
        head = re.sub(_P["head_trailing_manner"], "", head)  # X以云签约的方式成功举办
        head = re.sub(_P["head_trailing_place"], "", head)  # X在经开区举行
        head = _TRAILING_TIME.sub("", head)  # X12日在京召开
        head = clean_event_label(head)  # 由A主办的X举行: the name after 的
        if _HEAD_CLAUSE.search(head):
            continue  # A等出席大会开幕: a clause, the event is read by its verb
        # two events held as one (甲培训班、乙专题培训班开班仪式) make a long name
        longest = 80 if re.search("[、暨]", head) else 40
        if 2 < len(head) <= longest and lexical.end.search(head):
            found.append((m.start(), head))
            if m.group(0) == "开幕":
                r.state.opened = head
    for m in _AT_MEETING.finditer(t):
        # 在省委常委会上强调: the meeting where the speech was given
        if not re.match(_P["bare_meeting"], m.group(1)):
            # 在奠基仪式上: the event named before, when its full name ends so
            label = clean_event_label(m.group(1))
            found.append((m.start(1), known_event(r, label) or label))
    for m in _TALKS.finditer(t):
        if any(p.name.start < sent.start + m.start() for p in sent.persons):
            found.append((m.end(1), "座谈会" if m.group(1) == "座谈" else m.group(1)))
    aside = re.match(_P["before_talks"], t) and r.state.event
    for pos, label in sorted(found):
        if _P["demonstrative"].match(label):
            continue  # 举行这个晚宴: the one under way, named again
        if label:
            keep = r.state.event
            if label in ("座谈会", "会谈", "会晤") or lexical.suffix.fullmatch(label):
                # 与代表团座谈, 研讨会正式开幕: a bare event word names the one named in full
                known = known_event(r, label)
                if known is None and (keep or r.state.headline_event) is not None \
                        and _P["bare_activity"].fullmatch(label):
                    continue  # 举行了主题活动 under a named event: that event
                label = known or label
            set_event(r, label, sent, sent.start + pos)
            if aside:
                r.state.event = keep
    if found and _P["watched"].search(sent.text):
        r.state.event = None  # X在北京举行，A、B集中收听收看直播: watched from afar
    if not r.state.events and (framed := _P["framed_event"].match(t)) \
            and lexical.end.search(framed.group(1)) and not _GENERIC_EVENT.match(framed.group(1)) \
            and _acts_at_once(r.lex, t, framed.end()):  # (…上，A提交了提案: no act there)
        # 这次指导以培训班的形式开展。培训班上，A指出: the event the frame names;
        # 在主题为“X”的分论坛上: the X分论坛
        label = framed.group(1)
        if themed := _P["themed_event"].fullmatch(label):
            label = themed.group(1) + themed.group(2)
        set_event(r, label, sent, sent.start + framed.start(1))
    back = _BACK_AT_MEETING.match(t)
    if back and r.state.events:
        # 现场会上，…: back at the meeting after a tour of the site
        # 签约仪式上，… after 并召开座谈会: the ceremony the frame names in full
        whole = back.group(0).strip().rstrip("，,")[:-1]
        known = known_event(r, whole) or (known_event(r, back.group(1)) if back.group(1) else None)
        _event_named(r, known or list(r.state.events)[-1], sent, sent.start)


def _clauses(s: str) -> list[str]:
    """``s`` cut at its clause breaks, but not inside quotes (“借助…，使…”高峰论坛)."""
    out, start, depth = [], 0, 0
    for i, c in enumerate(s):
        if c == "“":
            depth += 1
        elif c == "”":
            depth = max(0, depth - 1)
        elif c in "，。；！？" and depth == 0:
            out.append(s[start:i])
            start = i + 1
    return [*out, s[start:]]


#: the verbs that hold an event (开展 runs a campaign: 开展某某活动)
_HOLD = frozenset({"举办", "举行"})


def _first_item(s: str) -> str:
    """What follows a verb up to its first 、 or clause break; a 、 inside quotes
    belongs to the name (召开“学党史、办实事”专题总结会议)."""
    m = _P["first_item"].match(s)
    return m.group(0) if m else ""


def read_asides(r: Reader, sent: Sentence) -> None:
    """A会见了B: what is said next is said at the 会见, not at the meeting under
    way (王某表示，… after a 会见 is no speech at the forum), until a sentence
    names a meeting again (会上, 在签约仪式上) or an event is named."""
    if r.state.event is None or r.state.event_sentence == sent.start:
        return
    if _MEET_ASIDE.search(sent.text) and not _MEETING_AGAIN.search(sent.text):
        r.state.aside, r.state.event = r.state.event, None


def set_event(r: Reader, label: str, sent: Sentence, pos: int,
              written: str | None = None) -> Mention:
    """Make ``label`` the meeting under way, dated where it is first named
    (``written``: how the text names it when that is shorter, 大会开幕式: an alias)."""
    if label in r.state.events:
        date = r.state.events[label]
    else:
        date = r.dates.resolve(r.dates.at(pos - sent.start), label)
        r.state.events[label] = date
        if date:
            r.event_dates[label] = date
    surface = written or label
    ev = Mention(surface, "Event", pos, pos + len(surface), label)
    r.mentions.append(ev)
    r.state.event = ev
    r.state.event_date = date
    r.state.event_sentence = sent.start
    r.state.tour_ended_at = pos if r.state.touring else -1
    r.state.touring = False
    r.state.aside = None
    return ev


def event_ref(r: Reader, sent: Sentence, after: int) -> Mention | None:
    """The event a verb refers to: a name after it, or 会议/会上 = the current one."""
    rest = r.text[after:sent.start + len(sent.text)]
    rest = re.sub(_P["ref_lead"], "", rest)
    rest = re.sub(_P["ref_more_attendees"], "", rest)  # 出席开幕式的还有：…
    m = re.match("[^，。；！？、]*", rest)
    span = m.group(0) if m else ""
    if (cut := span.find("并")) > 0:
        span = span[:cut]  # 主持会议并传达了…会议上的讲话: the meeting before 并
    whole = re.match("[^，。；！？]*", rest)
    if whole and "、" in whole.group(0) and not _lexical(r.lex).suffix.search(span):
        # 出席了信息、旅游等领域合作文件的签字仪式: the name after the last 的;
        # 参加了A市、B盟、C盟合作共建工业园区签约仪式: a name with 、 in it
        tail = whole.group(0).rsplit("的", 1)[-1]
        if _lexical(r.lex).end.search(tail) and ("、" not in tail or len(tail) <= 40):
            span = whole.group(0)
    if (j := _P["ref_conjunction"].search(span[:12])) and (
            _lexical(r.lex).end.search(span[:j.start()]) or span[:j.start()] in r.lex.triggers):
        span = span[j.end():]  # 出席A和B: the last one named (not 世界和平论坛: 世界 is no event)
    stops = [e.end() for e in _lexical(r.lex).suffix.finditer(span)]
    if stops and stops[0] <= 40:
        label = clean_event_label(span[: stops[-1]] if len(span[: stops[-1]]) <= 40 else
                                  span[: stops[0]])
        if label == "仪式" and _P["welcome"].match(rest, len(span)):
            label = "欢迎仪式"  # 主持仪式，欢迎某国总理访华
        return event_named(r, sent, label, after)
    if named := [x for x in r.state.events if len(x) >= 6 and x in span]:
        # 参加在某市举办的某某开行活动 (named as held in this sentence): that event
        return event_named(r, sent, max(named, key=len), after)
    if re.match(_P["ref_current"], rest) or not rest.strip():
        if r.state.event is None and r.state.aside and re.match(_P["all_activities"], rest):
            r.state.event, r.state.aside = r.state.aside, None
        return r.state.event
    return None


def event_named(r: Reader, sent: Sentence, label: str, pos: int) -> Mention | None:
    """The event ``label`` (a name ending in an event word) refers to: a
    ceremony of the event under way, an event already named (by its full name),
    the one under way (会议), or a new one; ``None`` for a bare generic word."""
    label = "座谈会" if label == "座谈" else label
    written = label
    if m := _P["generic_ceremony"].fullmatch(label):
        label = m.group(1)  # 会议开幕式由A主持: the opening of the meeting under way
    if m := _P["demonstrative"].match(label):
        if r.state.event is not None or len(label) - m.end() < 3:
            return r.state.event  # 参加此次盛会, 这个晚宴: the one under way
        label = label[m.end():]  # 本次座谈会由A主持, the first the page names it
    if _SESSION.fullmatch(label) and r.state.event is not None:
        return r.state.event  # 出席大会闭幕会: a session of the meeting under way, one node
    head = label[:-3] if label.endswith(("开幕式", "闭幕式")) else ""
    if head and _GENERIC_EVENT.match(head) and (main := known_event(r, head)):
        # 参加论坛开幕式: the opening of the forum named before (X论坛开幕式)
        return _event_named(r, main + label[-3:], sent, pos, written)
    if label in _CEREMONIES and (main := r.state.opened or (
            r.state.event.label if r.state.event else None)):
        # 出席开幕式: the ceremony just named, of the event under way
        if not main.endswith(_CEREMONIES):
            main += "开幕式" if label.startswith("开幕") else label
        return _event_named(r, main, sent, pos, written)
    if label in r.lex.current_meeting and r.state.event is not None:
        return r.state.event  # 出席了大会 after 举行了见面会: the one under way, not an older 大会
    known = known_event(r, label)
    if known:
        return _event_named(r, known, sent, pos)
    if label in r.lex.current_meeting:
        return _last_event(r, sent, pos)
    if not _GENERIC_EVENT.match(label) or label in ("座谈会", "碰头会") \
            or label in ("会谈", "报告会") and r.state.event is None:  # 参加会谈的还有…
        return set_event(r, label, sent, pos)
    return None


def known_event(r: Reader, label: str) -> str | None:
    """The article's event this label names: itself or the full name it ends."""
    if r.state.event and (label == r.state.event.label
                          or r.state.event.label.endswith(label)):
        return r.state.event.label
    for known in reversed(r.state.events):
        if known == label or known.endswith(label):
            return known
    return None


def _event_named(r: Reader, label: str, sent: Sentence, pos: int,
                 written: str | None = None) -> Mention:
    if r.state.event is not None and r.state.event.label == label:
        return r.state.event
    return set_event(r, label, sent, pos, written if written != label else None)


def _last_event(r: Reader, sent: Sentence, pos: int) -> Mention | None:
    """会议 after a tour of the site: the meeting the article is about."""
    if not r.state.events:
        return None
    return _event_named(r, list(r.state.events)[-1], sent, pos)


def headline_event(headline: str, lex: Lexicon) -> str | None:
    """The meeting a headline reports as held (市委市政府召开全市教育工作会议), read
    by the rules that read the body (召开/举行 X, X召开/开幕)."""
    if not headline or not _lexical(lex).suffix.search(headline):
        return None
    # a headline's lines and a subtitle set off by spaces are clauses of their own
    parts = re.sub(r"[ \t\u3000]+", "。", headline.strip())
    h = Reader(parts, lex, DateContext())
    for start, s in sentences(parts):
        read_events(h, Sentence(s, start, [p for p in h.phrases
                                           if start <= p.start < start + len(s)]))
    if h.state.event:
        return h.state.event.label
    # a subtitle that is the event's name: ——某校2017年十四岁集体生日暨离队入团仪式活动
    for m in _P["subtitle"].finditer(headline):
        label = clean_event_label(m.group(1))
        if 2 < len(label) <= 40 and _lexical(lex).end.search(label):
            return label
    return None


def read_headline_event(r: Reader, sent: Sentence) -> None:
    """会议由A主持, 在会上讲话 in a body that never names its meeting: the meeting
    is the one the headline reports, dated by the body where it is first meant."""
    label = r.state.headline_event
    if label is None or r.state.events or r.state.touring:
        return
    if _meeting_words(r.lex).search(sent.text):
        set_event(r, label, sent, sent.start)


def _acts_at_once(lex: Lexicon, t: str, at: int) -> bool:
    """Does the clause from ``at`` act at a meeting (A指出, A表示：, A主持)?"""
    stop = _CLAUSE_END.search(t, at)
    clause = t[at:stop.end()] if stop else t[at:]
    return bool(_meeting_words(lex).search(clause) or SAYS.search(clause)
                or _P["meeting_acts"].search(clause))


@cache
def _meeting_words(lex: Lexicon) -> re.Pattern[str]:
    """Words that refer to a meeting under way or act at one (会上, 主持, 出席, 讲话)."""
    words = set(lex.current_meeting) | {
        w for role in ("chair", "attend", "speak", "report") for w in lex.words(role)}
    words -= {"说", "表示", "提出", "介绍", "要求", "会"}  # said anywhere, not only at a meeting
    return re.compile("|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w)))))
