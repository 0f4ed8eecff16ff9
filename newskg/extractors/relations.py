"""Who did what: the relations of one article, read sentence by sentence.

The reader keeps what a human reader keeps while reading an article: the
meeting under way (so 会议, 会上 and 他强调 attach to it), whether a tour is
under way and whose (so 在X公司，… and 第二站是… are inspections by the tour's
leader), and the person in focus (for 他/她). Each rule reads one construction
of the genre; a construction that does not fit is left alone rather than
guessed, because a wrong edge is worse than a missing one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache

from ..records import Mention, Relation
from .dates import DateContext
from .entities import classify, clean_event_label, is_generic, split_items, split_place_chain
from .lexicon import Lexicon
from .patterns import PATTERNS
from .persons import PersonPhrase, find_persons
from .segment import cut

__all__ = ["read_relations", "sentences"]

#: the patterns of this module's rules (data/patterns.toml)
_P = PATTERNS["relations"]

_SENT = PATTERNS["relations"]["sent"]
_CLAUSE_BREAK = "，。；：！？\n"
_CONNECT = PATTERNS["relations"]["connect"]
_GROUP = PATTERNS["relations"]["group"]
_GENERIC_EVENT = PATTERNS["relations"]["generic_event"]
_OTHERS = PATTERNS["relations"]["others"]
_LEADS = PATTERNS["relations"]["leads"]
_SAYS = PATTERNS["relations"]["says"]
_REPORTING = frozenset({"通报", "介绍", "宣读", "传达", "总结", "解读", "部署"})
#: words that mean "the meeting under way", whatever its name
_ANY_MEETING = frozenset(
    {"会议", "会上", "本次会议", "此次会议", "该会议", "大会", "会", "会后", "全会"}
)
_AND_SPEAK = PATTERNS["relations"]["and_speak"]
_BODIES_SPEAK = PATTERNS["relations"]["bodies_speak"]
_FIRM_THEN_PART = PATTERNS["relations"]["firm_then_part"]
_RESPONSIBLE = PATTERNS["relations"]["responsible"]
_HEARD = PATTERNS["relations"]["heard"]
_INSPECT_WORDS = "调研|考察|视察|检查|督查|督导|察看|查看|走访|指导|巡查|参观|慰问|看望"
_MOVE_OBJECT = PATTERNS["relations"]["move_object"]
_ON_THE_SITE = PATTERNS["relations"]["on_the_site"]
_COME_TO = PATTERNS["relations"]["come_to"]
_AT_PLACE = PATTERNS["relations"]["at_place"]
_NOT_A_PLACE = PATTERNS["relations"]["not_a_place"]
_ON_SITE = PATTERNS["relations"]["on_site"]
_STOP = PATTERNS["relations"]["stop"]


@dataclass
class _Sentence:
    text: str
    start: int
    persons: list[PersonPhrase]


@dataclass
class _State:
    event: Mention | None = None
    event_date: str | None = None
    principal: Mention | None = None  # the leader of the tour or visit under way
    focus: Mention | None = None  # the last official acting: 他/她
    touring: bool = False
    delegation: Mention | None = None  # who leads the visiting 代表团/考察团
    event_sentence: int = -1
    events: dict[str, str | None] = field(default_factory=dict)


_CONVENE_BEFORE = PATTERNS["relations"]["convene_before"]
_CONVENE_AFTER = PATTERNS["relations"]["convene_after"]
_BODY_REPORTED = _P["body_reported"]
_SURVEYED = _P["surveyed"]
_TRAILING_TIME = PATTERNS["relations"]["trailing_time"]
_AT_MEETING = PATTERNS["relations"]["at_meeting"]
_BACK_AT_MEETING = PATTERNS["relations"]["back_at_meeting"]
_TALKS = PATTERNS["relations"]["talks"]
_NEEDS_BODY = PATTERNS["relations"]["needs_body"]


@dataclass
class _Patterns:
    triggers: re.Pattern
    event_suffix: re.Pattern
    event_end: re.Pattern
    campaign_end: re.Pattern
    firm_first: re.Pattern


@cache
def _patterns(lex: Lexicon) -> _Patterns:
    words = sorted(lex.triggers, key=lambda w: (-len(w), w))
    return _Patterns(
        triggers=re.compile("|".join(map(re.escape, words))),
        event_suffix=re.compile("(?:" + lex.alternation("event_suffixes") + ")"),
        event_end=re.compile("(?:" + lex.alternation("event_suffixes") + ")$"),
        campaign_end=re.compile("(?:" + lex.alternation("campaign_suffixes") + ")$"),
        firm_first=re.compile(
            r"\s*(?![在到从于])([^，。；、“”的是]{4,30}?(?:"
            + lex.alternation("enterprise_strong") + r"))(?=正在|是|的|，|目前)"
        ),
    )


#: a "sentence" longer than this (a page with no full stops) is read in pieces,
#: cut at commas where it can be, so no rule ever scans more than this
MAX_SENTENCE = 800


def sentences(text: str) -> list[tuple[int, str]]:
    """Sentences with their offsets; a closing quote stays with its sentence."""
    out = []
    for m in _SENT.finditer(text):
        s, start = m.group(0), m.start()
        while len(s) > MAX_SENTENCE:
            cut = s.rfind("，", 0, MAX_SENTENCE) + 1 or MAX_SENTENCE
            out.append((start, s[:cut]))
            s, start = s[cut:], start + cut
        if s.strip():
            out.append((start, s))
    return out


class _Reader:
    def __init__(self, text: str, lex: Lexicon, dates: DateContext) -> None:
        self.text = text
        self.lex = lex
        self.pats = _patterns(lex)
        self.dates = dates
        self.state = _State()
        self.relations: list[Relation] = []
        self.mentions: list[Mention] = []
        self.known: set[str] = set()
        self.event_dates: dict[str, str] = {}
        self.phrases = find_persons(text, lex, self.known)
        self._starts = [p.name.start for p in self.phrases]
        self._words: list[str] | None = None
        self._opened: str | None = None  # the event that 开幕ed: 开幕式 is its

    # -- helpers ---------------------------------------------------------------

    def _add(self, s: Mention, prop: str, o: Mention, sent: _Sentence, pos: int,
             activity: str | None = None, date: str | None = None) -> None:
        if s.cls == "Person" and o.cls == "Person" and s.label == o.label:
            return
        if date is None and prop not in ("holdsPosition", "locatedIn"):
            if o is self.state.event and self.state.event_date:
                date = self.state.event_date
            else:
                date = self.dates.resolve(self.dates.at(pos - sent.start))
        self.relations.append(Relation(
            s, prop, o, sent.text.strip(), sent.start, sent.start + len(sent.text),
            date, activity,
        ))

    def _entity(self, name: str, start: int, default: str | None) -> Mention | None:
        name = name.strip("“”\"'《》 ")
        if name.count("“") != name.count("”"):
            name = name.replace("“", "").replace("”", "")
        if "——" in name:
            cut = name.rindex("——") + 2
            start += cut
            name = name[cut:]
        if m := _FIRM_THEN_PART.match(name):
            name = m.group(1)
        parts = re.split(_P["entity_1"], name)
        if len(parts) > 1 and all(len(p) >= 2 for p in parts) and any(
                part in self.lex.generic_nouns for part in parts):
            return None  # 乡镇和企业
        if not name or is_generic(name, self.lex) or len(name) > 30:
            return None
        if re.search(_P["entity_2"], name):
            return None
        cls = classify(name, self.lex, default if "的" not in name else None)
        if cls is None:
            return None
        m = Mention(name, cls, start, start + len(name), self._resolve_we(name, cls))
        self.mentions.append(m)
        return m

    def _resolve_we(self, name: str, cls: str) -> str:
        """我州 -> the prefecture the article names (恩施州), when it names one."""
        if not re.fullmatch(_P["resolve_we_1"], name):
            return name
        unit = name[1]
        if self._words is None:
            self._words = cut(self.text)
        cands = [w for w in self._words if len(w) >= 3 and w.endswith(unit) and "我" not in w
                 and classify(w, self.lex) == "Place"]
        # only when the article names one such place: with two (a visiting
        # city's and the paper's own), "our city" could be either
        return cands[0] if len(set(cands)) == 1 else name

    def _subjects_before(self, sent: _Sentence, pos: int, *, lists: bool = True,
                         loose: bool = False) -> list[Mention]:
        """The person list whose last name stands just before ``pos``."""
        before = [p for p in sent.persons if p.name.end <= pos]
        if not before:
            return []
        last = before[-1]
        gap = _OTHERS.sub("", self.text[last.name.end:pos])
        if not _CONNECT.match(gap) and not (loose and not re.search(_P["subjects_before_1"], gap)):
            return []
        out = [last.name]
        if not lists:
            return out
        nxt = last
        for p in reversed(before[:-1]):
            between = self.text[p.name.end:nxt.start]
            if re.fullmatch(_P["subjects_before_2"], between):
                out.insert(0, p.name)
                nxt = p
            else:
                break
        return out

    def _group_subject(self, sent: _Sentence, pos: int) -> Mention | None:
        """一行/调研组 before the verb: the leader of the group."""
        clause = self.text[_clause_start(self.text, pos, sent.start):pos]
        if (g := _GROUP.search(clause)) and not re.search(_P["group_subject_1"], clause):
            if self.state.delegation and g.group(0) in ("一行", "代表团", "考察团", "代表们"):
                return self.state.delegation
            return self.state.principal or self.state.focus
        if re.match(_P["group_subject_2"], clause):
            return self.state.focus
        return None

    def _sentence_subject(self, sent: _Sentence) -> Mention | None:
        """The person a sentence is about: its first clause-initial name."""
        for p in sent.persons:
            lead = self.text[_clause_start(self.text, p.start, sent.start):p.start]
            if _time_words_only(lead) and not self._is_companion(sent, p):
                return p.name
        m = re.match(_P["sentence_subject_1"], sent.text)
        if m:
            return self.state.focus
        return None

    def _is_companion(self, sent: _Sentence, p: PersonPhrase) -> bool:
        for a, b in _escort_spans(sent.text):
            if sent.start + a <= p.start and p.name.end <= sent.start + b:
                return True
        return False

    # -- rules -----------------------------------------------------------------

    def positions(self, sent: _Sentence) -> None:
        for p in sent.persons:
            for post in p.posts:
                self.mentions.append(post)
                self._add(p.name, "holdsPosition", post, sent, post.start, date=None)

    def events(self, sent: _Sentence) -> None:
        """Meetings named in the sentence: 召开/举行/举办 X, X召开, A与B座谈."""
        t = sent.text
        said = _SAYS.search(t) or _P["events_decided"].search(t)
        if said:
            t = t[: said.end()]  # 会议指出，…召开的一次重要会议: quoted, not held here
        found: list[tuple[int, str]] = []
        for m in _CONVENE_BEFORE.finditer(t):
            if _P["events_future"].search(t[max(0, m.start() - 8):m.start()]):
                continue  # 将于下月召开…: a meeting still to come
            rest = re.split(r"[，。；！？、]", t[m.end():], maxsplit=1)[0]
            ends = [e.end() for e in self.pats.event_suffix.finditer(rest)]
            if not ends:
                continue
            label = rest[: ends[-1]]
            if _NEEDS_BODY.match(label):
                # 市委常委会召开会议, 某委员会召开第九次会议: the body names the meeting
                body = re.split(_P["subjects_before_1"], t[: m.start()])[-1]
                body = _TRAILING_TIME.sub("", re.sub(_P["events_1"], "", body))
                if body and classify(body, self.lex) == "Organization":
                    label = body + label
            found.append((m.end(), clean_event_label(label)))
        for m in _CONVENE_AFTER.finditer(t):
            head = re.split(_P["events_2"], t[: m.start()])[-1]
            head = re.sub(_P["events_3"], "", head)
            head = re.sub(_P["events_4"], "", head)
            head = re.sub(_P["events_5"], "", head)  # X在经开区举行
            head = _TRAILING_TIME.sub("", head)  # X12日在京召开
            if 2 < len(head) <= 40 and self.pats.event_end.search(head):
                found.append((m.start(), clean_event_label(head)))
                if m.group(0) == "开幕":
                    self._opened = clean_event_label(head)
        for m in _AT_MEETING.finditer(t):
            # 在省委常委会上强调: the meeting where the speech was given
            if not re.match(_P["events_6"], m.group(1)):
                found.append((m.start(1), clean_event_label(m.group(1))))
        for m in _TALKS.finditer(t):
            if any(p.name.start < sent.start + m.start() for p in sent.persons):
                found.append((m.end(1), "座谈会" if m.group(1) == "座谈" else m.group(1)))
        aside = re.match(_P["events_7"], t) and self.state.event
        for pos, label in sorted(found):
            if label:
                keep = self.state.event
                if label in ("座谈会", "会谈", "会晤"):
                    label = self._known_event(label) or label  # 与代表团座谈: the 座谈会 named
                self._set_event(label, sent, sent.start + pos)
                if aside:
                    self.state.event = keep
        m = _BACK_AT_MEETING.match(t)
        if m and self.state.events:
            # 现场会上，…: back at the meeting after a tour of the site
            known = self._known_event(m.group(1)) if m.group(1) else None
            self._event_named(known or list(self.state.events)[-1], sent, sent.start)

    def _set_event(self, label: str, sent: _Sentence, pos: int) -> None:
        if label in self.state.events:
            date = self.state.events[label]
        else:
            date = self.dates.resolve(self.dates.at(pos - sent.start), label)
            self.state.events[label] = date
            if date:
                self.event_dates[label] = date
        ev = Mention(label, "Event", pos, pos + len(label))
        self.mentions.append(ev)
        self.state.event = ev
        self.state.event_date = date
        self.state.event_sentence = sent.start
        self.state.touring = False

    def _event_ref(self, sent: _Sentence, after: int) -> Mention | None:
        """The event a verb refers to: a name after it, or 会议/会上 = the current one."""
        rest = self.text[after:sent.start + len(sent.text)]
        rest = re.sub(_P["event_ref_1"], "", rest)
        rest = re.sub(_P["event_ref_2"], "", rest)  # 出席开幕式的还有：…
        m = re.match(_P["event_ref_3"], rest)
        span = m.group(0) if m else ""
        span = re.split(_P["event_ref_4"], span)[-1] if re.search(_P["event_ref_4"], span[:12]) \
            else span
        ends = [e.end() for e in self.pats.event_suffix.finditer(span)]
        if ends and ends[0] <= 40:
            label = clean_event_label(span[: ends[-1]] if len(span[: ends[-1]]) <= 40 else
                                      span[: ends[0]])
            label = "座谈会" if label == "座谈" else label
            if label in ("开幕式", "闭幕式", "开幕", "开幕仪式") and self._opened:
                return self._event_named(self._opened, sent, after)  # 出席开幕式
            known = self._known_event(label)
            if known:
                return self._event_named(known, sent, after)
            if label in _ANY_MEETING:
                return self.state.event or self._last_event(sent, after)
            if not _GENERIC_EVENT.match(label) or label in ("座谈会", "碰头会"):
                self._set_event(label, sent, after)
                return self.state.event
            return None
        if re.match(_P["event_ref_5"], rest) or not rest.strip():
            return self.state.event
        return None

    def _known_event(self, label: str) -> str | None:
        """The article's event this label names: itself or the full name it ends."""
        if self.state.event and (label == self.state.event.label
                                 or self.state.event.label.endswith(label)):
            return self.state.event.label
        for known in reversed(self.state.events):
            if known == label or known.endswith(label):
                return known
        return None

    def _event_named(self, label: str, sent: _Sentence, pos: int) -> Mention:
        if self.state.event is not None and self.state.event.label == label:
            return self.state.event
        self._set_event(label, sent, pos)
        return self.state.event

    def _last_event(self, sent: _Sentence, pos: int) -> Mention | None:
        """会议 after a tour of the site: the meeting the article is about."""
        if not self.state.events:
            return None
        return self._event_named(list(self.state.events)[-1], sent, pos)

    def roles(self, sent: _Sentence) -> None:
        """chaired, attended, spokeAt, accompanied, met, inspected, deployed."""
        t, s0 = sent.text, sent.start
        subject = self._sentence_subject(sent)
        for m in _P["heads_delegation"].finditer(t):
            # 以某某为团长…的代表团: the 团长 leads it
            led = [p.name for p in sent.persons if p.name.end == s0 + m.start()]
            if led:
                self.state.delegation = led[0]
                self.state.principal = led[0]
        for m in _LEADS.finditer(t):
            # 市委书记A率党政代表团来我市考察 / 主任B率执法检查组: A and B lead
            led = [p.name for p in sent.persons if p.name.end == s0 + m.start()]
            if led:
                self.state.delegation = led[0]
                self.state.principal = led[0]
        said = _SAYS.search(t)  # what follows 他强调， is what he said, not what he did
        for m in self.pats.triggers.finditer(t):
            word, pos = m.group(0), s0 + m.start()
            role = self.lex.triggers[word]
            if _in_quotes(t, m.start()) or _nominal(t, m.end()):
                continue
            if said and m.start() >= said.end() and role != "speak":
                continue
            if t[m.end():m.end() + 1] in ("组", "团", "员"):
                continue  # 视察组, 考察团: a noun, not the verb
            handler = getattr(self, f"_on_{role}", None)
            if handler:
                handler(sent, word, pos, pos + len(word), subject)
        self._bodies_speaking(sent)
        self._heard_reports(sent)
        self._tour_frames(sent, subject)

    def _on_chair(self, sent, word, pos, end, subject) -> None:
        if self.text.startswith("人", end):
            return
        subs = self._subjects_before(sent, pos, lists=False)
        ev = self._event_ref(sent, end)
        if subs and ev:
            for s in subs:
                self._add(s, "chaired", ev, sent, pos, activity="主持")
                if _AND_SPEAK.match(self.text, end):
                    self._add(s, "spokeAt", ev, sent, pos, activity="讲话")
            self.state.focus = subs[-1]

    def _on_attend(self, sent, word, pos, end, subject) -> None:
        subs = self._subjects_before(sent, pos)
        m = re.match(_P["on_attend_1"], self.text[end:end + 12])
        if not subs and m:
            # 出席会议的还有A、B: the attendees follow the verb
            after = [p for p in sent.persons if p.start >= end + m.end()]
            ev = self._event_ref(sent, end) or self.state.event
            if after and ev:
                first = after[0]
                subs = [first.name] + [
                    p.name for p in after[1:]
                    if _P["on_attend_2"].fullmatch(self.text[_prev_end(after, p):p.start] or "、")
                ]
                for s_ in subs:
                    self._add(s_, "attended", ev, sent, pos, activity=word)
            return
        if not subs:
            return
        ev = self._event_ref(sent, end)
        if not ev:
            return
        for s in subs:
            self._add(s, "attended", ev, sent, pos, activity=word)
        if _AND_SPEAK.match(self.text[end:end + 14]):
            for s in subs:
                self._add(s, "spokeAt", ev, sent, pos, activity="讲话")

    def _on_speak(self, sent, word, pos, end, subject) -> None:
        ev = self.state.event
        if ev is None or self.state.touring:
            return
        if re.search(_P["on_speak_1"], self.text[max(sent.start, pos - 10):pos]):
            self._on_report(sent, word, pos, end, subject)  # 在仪式上作项目介绍
            return
        if word in _REPORTING:
            # 县长B通报考核结果并部署工作: the speaker stands right before the verb
            subs = self._subjects_before(sent, pos, lists=False)
            if subs and self.text[subs[0].end:pos] in ("", "还", "也", "并", "分别", "同志"):
                for s in subs:
                    self._add(s, "spokeAt", ev, sent, pos, activity=word)
                return
        nxt = self.text[end:end + 1]
        if word in ("讲话", "发言", "致辞"):
            ok = nxt in "，。；：" or nxt == "" or self.text.startswith("时", end) or (
                self.text.startswith("中", end) and self.text[pos - 1:pos] == "在")
        else:
            ok = nxt in "，：:" or (self.text.startswith("了", end)
                                   and word in ("介绍", "通报", "宣读")) or (
                word == "提出" and re.match(_P["on_speak_2"], self.text[end:end + 3]))
        if not ok:
            return
        subs = self._subjects_before(sent, pos, lists=True)
        if not subs:
            clause = self.text[_clause_start(self.text, pos, sent.start):pos]
            if re.match(_P["group_subject_2"], clause) and self.state.focus:
                subs = [self.state.focus]
        for s in subs:
            self._add(s, "spokeAt", ev, sent, pos, activity=word)
        if subs:
            self.state.focus = subs[-1]

    def _on_report(self, sent, word, pos, end, subject) -> None:
        ev = self.state.event
        if ev is None:
            return
        before = self.text[max(sent.start, pos - 20):pos]
        m = re.search(_P["on_report_1"], before)
        if not m:
            return
        zuo = pos - len(m.group(0))
        subs = self._subjects_before(sent, zuo, lists=True)
        for s in subs:
            self._add(s, "spokeAt", ev, sent, pos, activity="作" + word)

    def _bodies_speaking(self, sent: _Sentence) -> None:
        """市交通局、市民政局、南湖街道作发言: bodies that speak at the meeting."""
        ev = self.state.event
        if ev is None:
            return
        for m in _BODY_REPORTED.finditer(sent.text):
            e = self._entity(m.group(1), sent.start + m.start(1), None)
            if e is not None and e.cls in ("Organization", "Place"):
                self._add(e, "spokeAt", ev, sent, sent.start + m.end(1), activity="汇报")
        for m in _BODIES_SPEAK.finditer(sent.text):
            if any(sent.start + m.start(1) <= p.name.start < sent.start + m.end(1)
                   for p in sent.persons):
                continue  # persons who 作发言 are read by _on_report
            # 市司法局就…情况作说明: what the body spoke about is not its name
            said_of = _P["bodies_speaking_1"].sub("", m.group(1))
            items = split_items(_RESPONSIBLE.sub("", said_of), self.lex)
            if len(items) < 1:
                continue
            ments = []
            for off, name in items:
                if name in self.known:
                    continue
                chain = split_place_chain(name, self.lex)  # 广东省深圳市 -> 深圳市
                off += name.rfind(chain[-1])
                e = self._entity(chain[-1], sent.start + m.start(1) + off, None)
                if e is None or e.cls == "Person":
                    ments = []
                    break
                ments.append(e)
            for e in ments:
                self._add(e, "spokeAt", ev, sent, sent.start + m.end(), activity="作发言")

    def _heard_reports(self, sent: _Sentence) -> None:
        """听取了市住建委关于…的汇报: the body that reported spoke."""
        ev = self.state.event
        if ev is None:
            return
        heard = sent.text.find("听取")
        for m in _HEARD.finditer(sent.text):
            if heard < 0 or m.start() < heard or (
                    not m.group(0).startswith("听取") and "关于" not in m.group(0)):
                continue  # …，县财政局关于…的汇报 continues a 听取 list only
            subs = []
            for off, name in split_items(m.group(1), self.lex):
                at = sent.start + m.start(1) + off
                if name in self.known:
                    subs.append(Mention(name, "Person", at, at + len(name)))
                elif (e := self._entity(name, at, None)) is not None:
                    subs.append(e)
                else:
                    subs = []  # 全省安全生产形势分析汇报: not a list of speakers
                    break
            for subj in subs:
                self._add(subj, "spokeAt", ev, sent, sent.start + m.start(), activity="汇报")

    def _on_accompany(self, sent, word, pos, end, subject) -> None:
        t = self.text
        host: Mention | None = None
        companions: list[Mention] = []
        # 在A和B的陪同下: the companions stand between 在 and 的陪同下
        if t.startswith("下", end):
            companions = [p.name for p in sent.persons if self._is_companion(sent, p)
                          and p.name.end <= pos]
            host = self._sentence_subject(sent)
        else:
            companions = self._subjects_before(sent, pos)
            if not companions:
                cs = _clause_start(t, pos, sent.start)
                m = re.search(_P["on_accompany_1"], t[cs:pos])
                if m:
                    return
            after = [p for p in sent.persons if p.start >= end and p.start - end <= 1]
            host = after[0].name if after else (self.state.principal or subject)
        if host is None:
            return
        for c in companions:
            if c.label != host.label:
                self._add(c, "accompanied", host, sent, pos, activity=word)

    def _on_meet(self, sent, word, pos, end, subject) -> None:
        t = self.text
        if word in ("会谈", "座谈", "会晤") and not t.startswith("会", end):
            # A与B(一行)座谈: host before 与, guest after it
            head = t[sent.start:pos]
            m = re.search(_P["on_meet_1"], head)
            if not m:
                return
            yu = sent.start + m.start()
            hosts = self._subjects_before(sent, yu)
            guests = [p.name for p in sent.persons if yu < p.name.start < pos]
            if hosts and guests:
                self._add(hosts[0], "met", guests[0], sent, pos, activity=word)
                self.state.principal = hosts[0]
                self.state.focus = hosts[0]
            return
        if word in ("会谈", "座谈"):
            return
        hosts = self._subjects_before(sent, pos)
        after = [p for p in sent.persons if p.start >= end]
        if hosts and after:
            clause_end = sent.start + len(sent.text)
            guest = after[0]
            if guest.start < clause_end:
                for h in hosts:
                    self._add(h, "met", guest.name, sent, pos, activity=word)
                if re.match(_P["on_meet_2"], self.text[guest.name.end:]):
                    self.state.delegation = guest.name
                self.state.principal = hosts[0]
                self.state.focus = hosts[0]

    def _on_deploy(self, sent, word, pos, end, subject) -> None:
        ev = self.state.event
        if ev is None:
            return
        if re.search(_P["on_deploy_1"], self.text[max(sent.start, pos - 10):pos]):
            self._on_report(sent, word, pos, end, subject)  # 在会上作具体工作部署
            return
        rest = self.text[end:sent.start + len(sent.text)]
        m = re.match(_P["on_deploy_2"], rest)
        if not m:
            return
        quoted, after = m.group(1), m.group(2)
        suffix = next((after[:k] for k in range(len(after), 1, -1)
                       if self.pats.campaign_end.search(after[:k])), "")
        if not (suffix or self.pats.campaign_end.search(quoted)):
            return
        name = quoted + suffix
        start = end + m.start(1)
        c = Mention(name, "Campaign", start, start + len(name))
        self.mentions.append(c)
        self._add(ev, "deployed", c, sent, pos, activity=word)

    def _inspect_subjects(self, sent: _Sentence, pos: int,
                          subject: Mention | None) -> list[Mention]:
        cs = _clause_start(self.text, pos, sent.start)
        led = [p.name for p in sent.persons if p.name.start < pos and re.match(
            _P["inspect_subjects_1"], self.text[p.name.end:p.name.end + 4])
            and "由" in self.text[max(sent.start, p.start - 3):p.start]]
        if led:
            return led[-1:]  # 第二组由伍秀芝带队，深入…
        subs = self._subjects_before(sent, pos, loose=True)
        if subs:
            return subs
        g = self._group_subject(sent, pos)
        if g:
            return [g]
        cs = _clause_start(self.text, pos, sent.start)
        if subject and (self.state.touring or cs > sent.start):
            return [subject]
        if self.state.touring and self.state.principal:
            return [self.state.principal]
        return []

    def _visit(self, subs: list[Mention], items: list[tuple[int, str]], base: int,
               sent: _Sentence, pos: int, activity: str | None, default: str | None) -> int:
        n = 0
        for off, name in items:
            chain = split_place_chain(name, self.lex)
            start = base + off
            prev: Mention | None = None
            for k, part in enumerate(chain):
                i = name.find(part)
                e = self._entity(part, start + max(i, 0), default if k == len(chain) - 1 else None)
                if e is None:
                    continue
                if prev is not None:
                    self._add(e, "locatedIn", prev, sent, pos, date=None)
                prev = e
            if prev is not None:
                for s in subs:
                    self._add(s, "inspected", prev, sent, pos, activity=activity)
                n += 1
        return n

    def _hypothetical(self, sent: _Sentence, pos: int) -> bool:
        """要深入企业调研 / 将赴X考察: what should or will be done, not what was."""
        cs = _clause_start(self.text, pos, sent.start)
        return bool(_MODAL.search(self.text[cs:pos]))

    def _on_inspect(self, sent, word, pos, end, subject) -> None:
        if re.search(_P["on_inspect_1"], self.text[max(0, pos - 2):pos]):
            return
        if self._hypothetical(sent, pos):
            return
        subs = self._inspect_subjects(sent, pos, subject)
        if not subs:
            return
        self._start_tour(sent, subs)
        # 在高新区调研时: the place before the verb
        cs = _clause_start(self.text, pos, sent.start)
        m = re.search(_P["on_inspect_2"], self.text[cs:pos])
        if m and not re.search(_P["on_inspect_3"], m.group(1)):
            self._visit(subs, [(0, m.group(1))], cs + m.start(1), sent, pos, word, "Place")
        # 对华兴公司进行了调研: the named object of 对
        m = re.search(_P["on_inspect_4"],
                      self.text[cs:pos])
        if m:
            named = [(off, n) for off, n in split_items(m.group(1), self.lex)
                     if _clearly_named(n, self.lex) and not is_generic(n, self.lex)]
            if named:
                self._visit(subs, named, cs + m.start(1), sent, pos, word, None)
        # 考察了A公司、B中心 / 视察X镇: named objects right after the verb
        rest = self.text[end:sent.start + len(sent.text)]
        m = re.match(_P["on_inspect_5"], rest)
        if m:
            items = [(off, _head_of(name, self.lex))
                     for off, name in split_items(m.group(1), self.lex)]
            named = [(off, n) for off, n in items
                     if n and _clearly_named(n, self.lex) and not is_generic(n, self.lex)]
            if named and len(named) == len(items):
                self._visit(subs, named, end + m.start(1), sent, pos, word, None)
                return
        # 察看桃花坞村高标准农田建设情况: the named place the survey was about
        m = _SURVEYED.match(rest)
        if m and _clearly_named(m.group(1), self.lex) and not is_generic(m.group(1), self.lex):
            self._visit(subs, [(0, m.group(1))], end + m.start(1), sent, pos, word, None)

    def _is_firm(self, name: str) -> bool:
        """An enterprise by its ending, or the short form of one named before."""
        cls = classify(name, self.lex)
        return cls == "Enterprise" or (cls is None and any(
            m.cls == "Enterprise" and m.label.startswith(name) for m in self.mentions))

    def _start_tour(self, sent: _Sentence, subs: list[Mention]) -> None:
        # a meeting named in the same sentence (到X调研，并召开座谈会) is what follows
        if self.state.event_sentence != sent.start:
            self.state.event = None
            self.state.touring = True
        self.state.principal = subs[0]
        self.state.focus = subs[-1]

    def _on_move(self, sent, word, pos, end, subject) -> None:
        t = self.text
        if word == "到" and t[pos - 1:pos] in "得来回达直受遇感提想看做办用":
            return
        if self._hypothetical(sent, pos):
            return
        at = _AT_PLACE.match(sent.text)
        if at and word in ("走进", "深入") and self._is_firm(at.group(1)):
            return  # 在启衡，走进装配车间: a part of the firm, not another visit
        if word == "来" and not _COME_TO.match(t, end):
            return
        rest = t[end:sent.start + len(sent.text)]
        m = _MOVE_OBJECT.match(rest)
        if not m:
            return
        span = m.group(1)
        if re.search(_P["on_move_1"], span):
            return
        span = _ON_THE_SITE.sub("", span)  # 瑞安制药二期扩建项目建设现场
        span = re.sub(_P["on_move_2"], "", span)  # 深入到X
        tail = t[end + m.end():sent.start + len(sent.text)]
        has_trigger = bool(re.search(_INSPECT_WORDS, tail))
        items = split_items(span, self.lex)
        listed = len(items) >= 2 or bool(re.search(_P["on_move_3"], span))
        if not (has_trigger or self.state.touring or listed):
            return
        subs = self._inspect_subjects(sent, pos, subject)
        if not subs:
            return
        act = re.search(f"({_INSPECT_WORDS})", tail)
        activity = act.group(1) if act else word
        # a name with no ending of its own (白沙, 合肥) is a place only where the
        # frame says so: 赴白沙检查, 来到南昌、九江等地
        framed = m.end() < len(rest) and rest[m.end()] not in "，。；" or "等地" in span
        default = "Place" if framed and all(len(x) <= 8 for _, x in items) else None
        if self._visit(subs, items, end + m.start(1), sent, pos, activity, default):
            self._start_tour(sent, subs)

    def _tour_frames(self, sent: _Sentence, subject: Mention | None) -> None:
        """在X，… ; 第二站是X ; X公司正在… inside a tour."""
        t, s0 = sent.text, sent.start
        m = _AT_PLACE.match(t)
        if m and any(s0 + m.start(1) <= p.start < s0 + m.end(1) for p in sent.persons):
            m = None  # 在省委书记A，省长B陪同下: companions, not a place
        if m and not _NOT_A_PLACE.search(m.group(1)):
            acts = _ON_SITE.search(t, m.end())
            place = _ON_THE_SITE.sub("", m.group(1))
            subs = self._inspect_subjects(sent, s0 + m.end() + 1, subject)
            if not subs and subject:
                subs = [subject]
            if subs and acts and (self.state.touring or acts):
                self._visit(subs, split_items(place, self.lex), s0 + m.start(1), sent,
                            s0 + m.start(), "调研", "Place")
                self.state.touring = True
                self.state.principal = self.state.principal or subs[0]
        m = _STOP.search(t)
        if m and self.state.touring and self.state.principal:
            self._visit([self.state.principal], split_items(m.group(1), self.lex),
                        s0 + m.start(1), sent,
                        s0 + m.start(), "调研", None)
        if self.state.touring and self.state.principal:
            m = self.pats.firm_first.match(t)
            if m:
                nxt = self.text[s0 + len(t): s0 + len(t) + 200]
                if self.state.principal.label in t or self.state.principal.label in nxt[:60]:
                    self._visit([self.state.principal], [(0, m.group(1))], s0 + m.start(1), sent,
                                s0 + m.start(1), "调研", None)

    def read(self) -> None:
        for start, text in sentences(self.text):
            end = start + len(text)
            lo = bisect_left(self._starts, start)
            hi = bisect_left(self._starts, end)
            sent = _Sentence(text, start, self.phrases[lo:hi])
            self.dates.see(text)
            self.positions(sent)
            self.events(sent)
            self.roles(sent)
            subj = self._sentence_subject(sent)
            if subj is not None:
                self.state.focus = subj
            for p in sent.persons:
                self.mentions.append(p.name)


def _prev_end(phrases: list[PersonPhrase], p: PersonPhrase) -> int:
    i = phrases.index(p)
    return phrases[i - 1].name.end if i else p.start


def _clearly_named(name: str, lex: Lexicon) -> bool:
    """察看X: X is a visit only when its ending says it is a body, firm or place,
    not a thing seen there (实验平台, 生产线)."""
    cls = classify(name, lex)
    if cls is None:
        return False
    if cls == "Enterprise":
        return True
    return bool(re.search(_P["clearly_named_1"], name)) and not \
        re.search(_P["clearly_named_2"], name)


def _head_of(name: str, lex: Lexicon) -> str | None:
    """华星光电技术有限公司的生产线 -> 华星光电技术有限公司: what was visited."""
    if "的" not in name:
        return name
    head = name.split("的", 1)[0]
    return head if classify(head, lex) else None


_MODAL = PATTERNS["relations"]["modal"]


def _escort_spans(t: str) -> list[tuple[int, int]]:
    """在A和B(的)陪同下: the spans between the last 在 and each 陪同下."""
    out = []
    for m in re.finditer(_P["escort_spans_1"], t):
        at = t.rfind("在", 0, m.start())
        if at >= 0 and m.start() - at <= 90:
            out.append((at, m.start()))
    return out


def _clause_start(text: str, pos: int, floor: int) -> int:
    i = min(pos, len(text))
    while i > floor and text[i - 1] not in _CLAUSE_BREAK:
        i -= 1
    return i


def _time_words_only(s: str) -> bool:
    return bool(re.fullmatch(
        r"(?:[0-9]{1,4}年)?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:至[0-9]{1,2}日)?"
        r"(?:上午|下午|晚上|晚|当天|当天上午|当天下午|当晚|随后|近日|日前|昨天|今天|同日|此前|期间|"
        r"[^，。]{0,6}期间)?\s*", s))


def _in_quotes(t: str, i: int) -> bool:
    return t.count("“", 0, i) > t.count("”", 0, i)


def _nominal(t: str, end: int) -> bool:
    """视察指导江西时的重要讲话: a verb inside a noun phrase reports nothing new."""
    return bool(re.match(_P["nominal_1"], t[end:]))


def read_relations(text: str, lex: Lexicon, dates: DateContext
                   ) -> tuple[list[Mention], list[Relation], dict[str, str]]:
    """The mentions, relations and event dates of one article's text."""
    r = _Reader(text, lex, dates)
    r.read()
    return r.mentions, r.relations, r.event_dates
