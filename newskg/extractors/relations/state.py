"""What the reader keeps while reading an article, and what every rule shares.

A human reader of the genre keeps three things in mind: the meeting under way
(so 会议, 会上 and 他强调 attach to it), whether a tour is under way and whose
(so 在X公司，… is an inspection by the tour's leader), and the person in focus
(for 他/她). :class:`State` is that memory; :class:`Reader` holds it with the
article's text, its persons and what has been read so far, and offers the
helpers the rules of every family use: who the subject before a verb is
(:meth:`Reader.subjects_before`), which span names an entity
(:meth:`Reader.entity`), and :meth:`Reader.add` to record a statement.

A rule for one trigger role is a :class:`Handler`: a function given the reader
and the :class:`Hit` of its trigger word (see ``relations/__init__.py`` for
the table that maps each role of ``triggers.tsv`` to its handler).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Protocol

from ...records import Mention, Relation
from ..dates import DateContext
from ..entities import classify, is_generic
from ..lexicon import Lexicon
from ..patterns import PATTERNS
from ..persons import PersonPhrase, find_persons
from ..segment import cut

__all__ = [
    "Handler",
    "Hit",
    "Reader",
    "Sentence",
    "State",
    "clause_start",
    "in_quotes",
    "pronoun_first",
    "sentences",
]

#: the patterns of this module's rules (data/patterns.toml)
_P = PATTERNS["relations.state"]

_SENT = _P["sent"]
_CLAUSE_BREAK = "，。；：！？\n"
_CONNECT = _P["connect"]
_GROUP = _P["group"]
_OTHERS = _P["others"]
_FIRM_THEN_PART = _P["firm_then_part"]
_LEAD = _P["entity_lead"]
_TAIL = _P["entity_tail"]
_VERB_FIRST = _P["entity_verb_first"]
_CLAUSE_PUNCT = re.compile("[，。；：！？]")
_CLAUSE_BREAKS = re.compile("[，。；]")

#: a "sentence" longer than this (a page with no full stops) is read in pieces,
#: cut at commas where it can be, so no rule ever scans more than this
MAX_SENTENCE = 800


def sentences(text: str, translit: frozenset[str] = frozenset()) -> list[tuple[int, str]]:
    """Sentences with their offsets; a closing quote stays with its sentence. A ？
    between two characters of ``translit`` stands for the dot of a foreign name
    (阿依古丽?伊斯马依 on a page that lost its ·) and ends nothing."""
    out = []
    held = -1
    for m in _SENT.finditer(text):
        s, start = m.group(0), m.start()
        if held >= 0:
            s, start, held = text[held:m.end()], held, -1
        end = start + len(s)
        if translit and s.endswith("？") and text[end - 2:end - 1] in translit \
                and text[end:end + 1] in translit:
            held = start
            continue
        while len(s) > MAX_SENTENCE:
            cut = s.rfind("，", 0, MAX_SENTENCE) + 1 or MAX_SENTENCE
            out.append((start, s[:cut]))
            s, start = s[cut:], start + cut
        if s.strip():
            out.append((start, s))
    return out


@dataclass
class Sentence:
    """One sentence of the article, with the person phrases inside it."""

    text: str
    start: int  # offset of the sentence in the article's text
    persons: list[PersonPhrase]


@dataclass
class State:
    """What the reader remembers from one sentence to the next."""

    event: Mention | None = None  # the meeting under way
    event_date: str | None = None
    principal: Mention | None = None  # the leader of the tour or visit under way
    focus: Mention | None = None  # the last official acting: 他/她
    touring: bool = False
    #: where a meeting named in the tour's last sentence ended the tour (在南宁召开
    #: 座谈会 after the sites of that sentence): its earlier clauses still tour
    tour_ended_at: int = -1
    delegation: Mention | None = None  # who leads the visiting 代表团/考察团
    party: list[Mention] = field(default_factory=list)  # A、B率调研组: every leader of the tour
    event_sentence: int = -1  # where the meeting under way was named
    events: dict[str, str | None] = field(default_factory=dict)  # every event so far, dated
    opened: str | None = None  # the event that 开幕ed: 开幕式 is its
    headline_event: str | None = None  # the meeting the headline reports as held
    aside: Mention | None = None  # the meeting left for a 会见, until 会上 returns to it
    interview: bool = False  # someone has spoken to the reporter (告诉记者, 接受采访)


@dataclass(frozen=True)
class Hit:
    """A trigger word found in a sentence: what a role's handler is given.

    ``start`` and ``end`` are offsets in the article's text; ``subject`` is
    the person the sentence is about (its first clause-initial name, or the
    person in focus for 他/她), when there is one.
    """

    sent: Sentence
    word: str
    start: int
    end: int
    subject: Mention | None


class Handler(Protocol):
    """The rule of one trigger role: reads the construction around one hit."""

    def __call__(self, r: Reader, hit: Hit, /) -> None: ...


class Reader:
    """One article being read: its text, persons, state and findings."""

    def __init__(self, text: str, lex: Lexicon, dates: DateContext) -> None:
        self.text = text
        self.lex = lex
        self.dates = dates
        self.state = State()
        self.relations: list[Relation] = []
        self.mentions: list[Mention] = []
        self.known: set[str] = set()  # every person's name the article anchors
        self.event_dates: dict[str, str] = {}
        self.posts_held: dict[str, list[str]] = {}  # each person's posts as written so far
        self.phrases = find_persons(text, lex, self.known)
        self._words: list[str] | None = None

    def add(self, s: Mention, prop: str, o: Mention, sent: Sentence, pos: int,
            activity: str | None = None, date: str | None = None,
            former: bool = False) -> None:
        """Record ``s prop o``, said by ``sent``, dated by the text at ``pos``
        (or by the meeting's own date when ``o`` is the meeting under way);
        ``former`` for a post the text gives as held before."""
        if s.cls == "Person" and o.cls == "Person" and s.label == o.label:
            return
        if date is None and prop not in ("holdsPosition", "locatedIn"):
            if o is self.state.event and self.state.event_date:
                date = self.state.event_date
            else:
                date = self.dates.resolve(self.dates.at(pos - sent.start))
        self.relations.append(Relation(
            s, prop, o, sent.text.strip(), sent.start, sent.start + len(sent.text),
            date, activity, former=former,
        ))

    def entity(self, name: str, start: int, default: str | None) -> Mention | None:
        """The place, body or firm ``name`` names (as a new mention), or ``None``
        when it is a common noun or has no ending that says what it is."""
        name = name.strip("“”\"'《》 ")
        if name.count("“") != name.count("”"):
            name = name.replace("“", "").replace("”", "")
        if "——" in name:
            cut = name.rindex("——") + 2
            start += cut
            name = name[cut:]
        if (lead := _LEAD.match(name)) and len(name) - lead.end() >= 2:
            # 李某首先来到X公司, 新华社记者某某摄在X公司, 、屏东县, 关于X: the subject, a
            # verb of going, a photo credit or a list's mark glued before the site's name
            start += lead.end()
            name = name[lead.end():]
        if tail := _TAIL.search(name):
            name = name[:tail.start()]  # 新疆首先是…: what follows the place is no part of it
        if _VERB_FIRST.match(name) or any(k in name for k in self.known if len(k) >= 2):
            return None  # 确保安全, 开展结对; 副秘书长某某作的…秘书处: a clause, no name
        if m := _FIRM_THEN_PART.match(name):
            name = m.group(1)
        parts = re.split(_P["joined_nouns"], name)
        if len(parts) > 1 and all(len(p) >= 2 for p in parts) and any(
                part in self.lex.generic_nouns for part in parts):
            return None  # 乡镇和企业
        if not name or is_generic(name, self.lex) or len(name) > 30 \
                or _generic_then_verbs(name, self.lex):
            return None
        if _CLAUSE_PUNCT.search(name):
            return None
        cls = classify(name, self.lex, default if "的" not in name else None)
        if cls is None:
            return None
        e = Mention(name, cls, start, start + len(name), self._resolve_we(name, cls))
        self.mentions.append(e)
        return e

    def _resolve_we(self, name: str, cls: str) -> str:
        """我州 -> the prefecture the article names (恩施州), when it names one."""
        if not re.fullmatch(_P["our_unit"], name):
            return name
        unit = name[1]
        if self._words is None:
            self._words = cut(self.text)
        cands = [w for w in self._words if len(w) >= 3 and w.endswith(unit) and "我" not in w
                 and classify(w, self.lex) == "Place"]
        # only when the article names one such place: with two (a visiting
        # city's and the paper's own), "our city" could be either
        return cands[0] if len(set(cands)) == 1 else name

    def subjects_before(self, sent: Sentence, pos: int, *, lists: bool = True,
                        loose: bool = False) -> list[Mention]:
        """The person list whose last name stands just before ``pos``."""
        before = [p for p in sent.persons if p.end <= pos]
        if not before:
            return []
        last = before[-1]
        gap = _OTHERS.sub("", self.text[last.end:pos])  # 马某副市长也来到: past the title
        if not _CONNECT.match(gap) and not (loose and not _CLAUSE_BREAKS.search(gap)):
            return []
        out = [last.name]
        if not lists:
            return out
        nxt = last
        for p in reversed(before[:-1]):
            between = self.text[max(p.end, p.after):nxt.start]  # (A主任、B副研究员)
            if re.fullmatch(_P["name_list_joint"], between):
                out.insert(0, p.name)
                nxt = p
            else:
                break
        return out

    def group_subject(self, sent: Sentence, pos: int) -> Mention | None:
        """一行/调研组 before the verb: the leader of the group."""
        clause = self.text[clause_start(self.text, pos, sent.start):pos]
        if (g := _GROUP.search(clause)) and not re.search(_P["group_sent"], clause):
            if self.state.delegation and g.group(0).endswith(("一行", "团", "代表们")):
                return self.state.delegation
            return self.state.principal or self.state.focus
        if pronoun_first(clause):
            return self.state.focus
        return None

    def escorted_group(self, sent: Sentence, pos: int) -> Mention | None:
        """考察团一行在A同志，副主任B等的陪同下…: the group before the escorts' span
        (a span whose commas cut it from the group word)."""
        spans = [sent.start + a for a, b in _escort_spans(sent.text) if sent.start + b <= pos]
        return self.group_subject(sent, spans[-1]) if spans else None

    def sentence_subject(self, sent: Sentence) -> Mention | None:
        """The person a sentence is about: its first clause-initial name."""
        for p in sent.persons:
            lead = self.text[clause_start(self.text, p.start, sent.start):p.start]
            if _time_words_only(lead) and not self.is_companion(sent, p):
                return p.name
        m = re.match(_P["pronoun_subject"], sent.text)
        if m:
            return self.state.focus
        return None

    def is_companion(self, sent: Sentence, p: PersonPhrase) -> bool:
        """Does ``p`` stand inside 在A和B的陪同下 (an escort, not the subject)?"""
        for a, b in _escort_spans(sent.text):
            if sent.start + a <= p.start and p.name.end <= sent.start + b:
                return True
        return False


def _generic_then_verbs(name: str, lex: Lexicon) -> bool:
    """来到学校参与巡查: a common noun with the verbs after it glued on is no site."""
    from ..segment import word_tag

    cut_at = len(name)
    while cut_at > 2 and (word_tag(name[cut_at - 2:cut_at]) or "x") in ("v", "vn"):
        cut_at -= 2
    return cut_at < len(name) and is_generic(name[:cut_at], lex)


def _escort_spans(t: str) -> list[tuple[int, int]]:
    """在A和B(的)陪同下: the spans between the last 在 and each 陪同下."""
    out = []
    for m in re.finditer(_P["escort"], t):
        at = t.rfind("在", 0, m.start())
        if at >= 0 and m.start() - at <= 90:
            out.append((at, m.start()))
    return out


@cache
def trigger_pattern(lex: Lexicon, role: str | None = None) -> re.Pattern[str]:
    """The trigger words of the lexicon (of one ``role``, or all), longest first."""
    words = sorted((w for w, r in lex.triggers.items() if role is None or r == role),
                   key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words)))


def clause_start(text: str, pos: int, floor: int) -> int:
    """Where the clause that holds ``pos`` begins (not before ``floor``)."""
    i = min(pos, len(text))
    while i > floor and text[i - 1] not in _CLAUSE_BREAK:
        i -= 1
    return i


def _time_words_only(s: str) -> bool:
    """4日上午，A…: only a time stands before the name in its clause."""
    return _P["time_words_only"].fullmatch(s) is not None


def pronoun_first(clause: str) -> bool:
    """Does the clause open with 他/她 (the person in focus)?"""
    return _P["pronoun_first"].match(clause) is not None


def in_quotes(t: str, i: int) -> bool:
    """Is offset ``i`` of ``t`` inside “…” (a quotation, not the reporter's text)?"""
    return t.count("“", 0, i) > t.count("”", 0, i)
