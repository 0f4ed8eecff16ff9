"""Contacts between persons: who accompanied whom, who met whom, who leads a delegation.

Roles of ``triggers.tsv`` read here: ``accompany`` (A、B陪同; 在A和B的陪同下,
C…) and ``meet`` (A会见B; A与B一行座谈). The delegation rule reads a whole
sentence (A率考察团来我县考察; 以A为团长的代表团): A leads the visit under way,
so 一行 and 考察团 later stand for A.
"""

from __future__ import annotations

import re

from ...records import Mention
from ..patterns import PATTERNS
from ..persons import PersonPhrase
from .state import Hit, Reader, Sentence, clause_start, pronoun_first

__all__ = ["lead_the_group", "on_accompany", "on_meet", "read_delegations"]

#: the patterns of this module's rules (data/patterns.toml)
_P = PATTERNS["relations.contacts"]

_LEADS = _P["leads"]
_CLAUSE_BREAKS = re.compile("[，。；]")


def read_delegations(r: Reader, sent: Sentence) -> None:
    """市委书记A率党政代表团来我市考察; 以某某为团长的代表团; 调研组由A带队: A leads."""
    t, s0 = sent.text, sent.start
    for m in _P["heads_delegation"].finditer(t):
        # 以某某为团长…的代表团: the 团长 leads it
        led = [p.name for p in sent.persons if p.name.end == s0 + m.start()]
        if led:
            r.state.delegation = led[0]
            r.state.principal = led[0]
    for m in _LEADS.finditer(t):
        # 市委书记A率党政代表团来我市考察 / 主任B率执法检查组: A and B lead
        led = [p.name for p in sent.persons if p.name.end == s0 + m.start()]
        if led:
            r.state.delegation = led[0]
            r.state.principal = led[0]
    if (p := group_leader(r, sent.persons, s0, s0 + len(t))) is not None:
        r.state.delegation = p  # 调研组由副巡视员A带队，…
        r.state.principal = p
    for q in sent.persons:
        if _P["co_leaders"].match(r.text, q.name.end):
            # A、B同志，带领委员C、D…组成的考察组: both lead; 考察团 later stands for them
            lead_the_group(r, sent, q)
            break


def lead_the_group(r: Reader, sent: Sentence, last: PersonPhrase) -> list[Mention]:
    """A、B同志，带领…: the names of the list ending with ``last`` lead the group; the
    first is its leader, and the group stands for all of them."""
    leaders = r.subjects_before(sent, last.end) or [last.name]
    r.state.delegation = r.state.principal = leaders[0]
    r.state.party = leaders if len(leaders) > 1 else []
    return leaders


def group_leader(r: Reader, persons: list[PersonPhrase], lo: int, hi: int) -> Mention | None:
    """(调研组)由A带队 / 由A率领 / 由A任组长, between ``lo`` and ``hi``: A."""
    for p in persons:
        if lo <= p.start < hi and _P["led_by"].search(r.text, max(0, p.start - 6), p.start) \
                and _P["leads_group"].match(r.text, p.name.end):
            return p.name
    return None


def on_accompany(r: Reader, hit: Hit) -> None:
    """A、B陪同(调研); 在A和B的陪同下，C…; 陪同调研的有A、B: A and B accompanied C.

    The one accompanied is never one of the companions: in 省厅巡视员A，市长B，
    副市长C陪同 all three accompany the leader of the visit, not A."""
    sent, word, pos, end, subject = hit.sent, hit.word, hit.start, hit.end, hit.subject
    t = r.text
    if _P["escorts_the_event"].match(t, end):
        return  # 某公司总经理A陪同活动: he went along to the event, escorting nobody named
    host: Mention | None = None
    companions: list[Mention] = []
    # 在A和B的陪同下: the companions stand between 在 and 的陪同下
    if t.startswith("下", end):
        companions = [p.name for p in sent.persons if r.is_companion(sent, p)
                      and p.name.end <= pos]
        host = r.sentence_subject(sent)
        if host is None:
            # 代表团在A、B陪同下，先后考察了…: the group stands for its leader; 由A率领的
            # 考察组，在B的陪同下…: the leader just named
            host = r.group_subject(sent, pos) or r.escorted_group(sent, pos) \
                or r.state.delegation
    elif (m := _P["escorts_named_after"].match(t, end)) and (
            after := [p for p in sent.persons if p.name.start >= m.end()]) and not \
            _CLAUSE_BREAKS.search(t, m.end(), after[0].name.start):
        # 陪同调研的有A、B: the companions are named after the verb
        companions = _guest_list(r, after)
        host = r.state.principal or subject
    else:
        companions = _escorts_before(r, sent, pos)
        if not companions:
            cs = clause_start(t, pos, sent.start)
            m = re.search(_P["in_retinue"], t[cs:pos])
            if m:
                return
            if subject is not None and _P["chained_clause"].fullmatch(t, cs, pos):
                # A会见了B一行，并陪同考察: A escorts the guest he has just met
                met = [x.object for x in r.relations if x.prop == "met" and x.start == sent.start
                       and x.subject.label == subject.label]
                for g in met[:1]:
                    r.add(subject, "accompanied", g, sent, pos, activity=word)
                if met:
                    return
        after = [p for p in sent.persons if p.start >= end and p.start - end <= 1]
        host = after[0].name if after else r.state.principal
        if host is None and subject is not None and not (
                clause_start(t, pos, sent.start) <= subject.start < pos):
            host = subject  # not a name of the 陪同 list itself
    if host is None or any(c.label == host.label for c in companions):
        return
    for c in companions:
        r.add(c, "accompanied", host, sent, pos, activity=word)


def on_meet(r: Reader, hit: Hit) -> None:
    """A会见B(一行); A与B座谈/会谈: A (the host) met B (the guest).

    Every host meets every guest: A和B会见了C、D等 gives four triples. A time
    or a place may stand between the host and the verb (A今天在北京会见B)."""
    sent, word, pos, end = hit.sent, hit.word, hit.start, hit.end
    t = r.text
    if word in ("会谈", "座谈", "会晤") and not t.startswith("会", end):
        # A与B(一行)座谈: host before 与, guest after it
        head = t[sent.start:pos]
        m = re.search(_P["met_with"], head)
        if not m:
            _pair_talks(r, sent, pos, word)  # A（右一）、B（左一）会谈
            return
        yu = sent.start + m.start()
        hosts = r.subjects_before(sent, yu, loose=True)
        guests = [p.name for p in sent.persons if yu < p.name.start < pos]
        if hosts and guests:
            for h in hosts:
                for g in guests:
                    r.add(h, "met", g, sent, pos, activity=word)
            r.state.principal = hosts[0]
            r.state.focus = hosts[0]
        return
    if word in ("会谈", "座谈"):
        return
    hosts = r.subjects_before(sent, pos, loose=True)
    if not hosts and hit.subject is not None and _P["chained_clause"].fullmatch(
            t, clause_start(t, pos, sent.start), pos):
        hosts = [hit.subject]  # A抵达X，分别会见了B、C: the sentence's subject hosts
    cs = clause_start(t, pos, sent.start)
    if not hosts and cs > sent.start and t[cs - 1] == "，" \
            and _P["placed_clause"].fullmatch(t, cs, pos):
        hosts = r.subjects_before(sent, cs - 1)  # A，在广州会见了B: A hosts
    after = [p for p in sent.persons if p.start >= end]
    if not hosts and _P["meeting_when"].fullmatch(t, cs, pos):
        hosts = _host_after_when(r, sent, after) if after else []  # 在会见B时，A说: A met B
        if not hosts:
            _met_when_known(r, sent, pos, end, word)
            return
    if hosts and _P["guests_unnamed"].match(t, end):
        # A一行来我市考察，市长B会见了客人: the guests are the visit's leader
        leader = r.state.delegation or r.state.principal
        if leader is not None and all(h.label != leader.label for h in hosts):
            for h in hosts:
                r.add(h, "met", leader, sent, pos, activity=word)
        return
    if hosts and after:
        clause_end = sent.start + len(sent.text)
        guest = after[0]
        guests = _guest_list(r, after, separately=t.endswith("分别", 0, pos))
        last = next((p for p in after if p.name is guests[-1]), None) if guests else None
        if last is not None and _P["kin_of_guest"].match(t, last.name.end):
            return  # 会见了周某、陈某的亲属: their kin are the guests, not they
        if guest.start < clause_end and not _CLAUSE_BREAKS.search(t, end, guest.start):
            for g in guests:
                for h in hosts:
                    r.add(h, "met", g, sent, pos, activity=word)
            if re.match(_P["guest_delegation"], r.text[guest.name.end:]):
                r.state.delegation = guest.name
            r.state.principal = hosts[0]
            r.state.focus = hosts[0]


def _host_after_when(r: Reader, sent: Sentence, after: list[PersonPhrase]) -> list[Mention]:
    """在会见B时，A表示: the host is the subject of the clause after 时 (A, or 他
    for the person in focus)."""
    guests = _guest_list(r, after)
    last = next(p for p in after if p.name is guests[-1])
    m = _P["when_then_host"].match(r.text, last.name.end)
    if not m:
        return []
    host = next((p.name for p in after if p.start == m.end()), None)
    if host is None and pronoun_first(r.text[m.end():m.end() + 2]):
        host = r.state.focus
    return [host] if host is not None else []


def _pair_talks(r: Reader, sent: Sentence, pos: int, word: str) -> None:
    """A（右一）、B（左一）会谈 (a photo's caption): the two named just before the
    verb, each with its place in the picture, held talks: A met B."""
    m = _P["pair_talks"].fullmatch(r.text, clause_start(r.text, pos, sent.start), pos)
    if not m or not {m.group(1), m.group(2)} <= r.known or m.group(1) == m.group(2):
        return
    a, b = (Mention(m.group(i), "Person", m.start(i), m.end(i), m.group(i)) for i in (1, 2))
    r.add(a, "met", b, sent, pos, activity=word)


def _met_when_known(r: Reader, sent: Sentence, pos: int, end: int, word: str) -> None:
    """在会见B时，A表示, where the reader of names missed B or A (a name glued to
    时, a foreign name said bare): B and A are names the article has anchored."""
    t = r.text
    m = _P["met_when_names"].match(t, end, sent.start + len(sent.text))
    if not m:
        return
    span = m.group(1)
    guests = [k for k in r.known if len(k) >= 2 and span.endswith(k)]
    hosts = [k for k in r.known if len(k) >= 2 and t.startswith(k, m.end())]
    if not guests:
        return
    guest = max(guests, key=len)
    g = Mention(guest, "Person", m.start(1) + len(span) - len(guest), m.start(1) + len(span), guest)
    if hosts:
        host = max(hosts, key=len)
        h: Mention | None = Mention(host, "Person", m.end(), m.end() + len(host), host)
    else:
        h = r.state.focus if pronoun_first(t[m.end():m.end() + 2]) else None
    if h is not None:
        r.add(h, "met", g, sent, pos, activity=word)


def _escorts_before(r: Reader, sent: Sentence, pos: int) -> list[Mention]:
    """The 陪同 list before ``pos``: A、B及某某中心负责人C陪同, where the post reader
    kept only the end of C's body (中心负责人C), the text left between B and C
    (及某某) still joins the list."""
    if m := _P["escort_adverb"].search(r.text, sent.start, pos):
        pos = m.start()  # A全程陪同
    out = r.subjects_before(sent, pos)
    if not out:
        return out
    before = [p for p in sent.persons if p.end <= pos]
    k = next(i for i, p in enumerate(before) if p.name is out[0])
    for i in range(k - 1, -1, -1):
        if not _P["escort_joint"].fullmatch(r.text, before[i].end, before[i + 1].start):
            break
        out.insert(0, before[i].name)
    return out


def _guest_list(r: Reader, after: list[PersonPhrase], separately: bool = False) -> list[Mention]:
    """会见了A、B和C等: the guests, each person joined to the one before it
    by 、/和/及 (with a title of its own between); after 分别会见 by a comma too."""
    joint = _P["guest_joint_separately" if separately else "guest_joint"]
    out = [after[0].name]
    for prev, p in zip(after, after[1:], strict=False):
        if not joint.fullmatch(r.text[prev.name.end:p.start]):
            break
        out.append(p.name)
    return out
