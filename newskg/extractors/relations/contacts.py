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
from .state import Hit, Reader, Sentence, clause_start

__all__ = ["on_accompany", "on_meet", "read_delegations"]

#: the patterns of this module's rules (data/patterns.toml)
_P = PATTERNS["relations.contacts"]

_LEADS = _P["leads"]


def read_delegations(r: Reader, sent: Sentence) -> None:
    """市委书记A率党政代表团来我市考察; 以某某为团长的代表团: A leads it."""
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


def on_accompany(r: Reader, hit: Hit) -> None:
    """A、B陪同(调研); 在A和B的陪同下，C…: A and B accompanied C."""
    sent, word, pos, end, subject = hit.sent, hit.word, hit.start, hit.end, hit.subject
    t = r.text
    host: Mention | None = None
    companions: list[Mention] = []
    # 在A和B的陪同下: the companions stand between 在 and 的陪同下
    if t.startswith("下", end):
        companions = [p.name for p in sent.persons if r.is_companion(sent, p)
                      and p.name.end <= pos]
        host = r.sentence_subject(sent)
    else:
        companions = r.subjects_before(sent, pos)
        if not companions:
            cs = clause_start(t, pos, sent.start)
            m = re.search(_P["in_retinue"], t[cs:pos])
            if m:
                return
        after = [p for p in sent.persons if p.start >= end and p.start - end <= 1]
        host = after[0].name if after else (r.state.principal or subject)
    if host is None:
        return
    for c in companions:
        if c.label != host.label:
            r.add(c, "accompanied", host, sent, pos, activity=word)


def on_meet(r: Reader, hit: Hit) -> None:
    """A会见B(一行); A与B座谈/会谈: A (the host) met B (the guest)."""
    sent, word, pos, end = hit.sent, hit.word, hit.start, hit.end
    t = r.text
    if word in ("会谈", "座谈", "会晤") and not t.startswith("会", end):
        # A与B(一行)座谈: host before 与, guest after it
        head = t[sent.start:pos]
        m = re.search(_P["met_with"], head)
        if not m:
            return
        yu = sent.start + m.start()
        hosts = r.subjects_before(sent, yu)
        guests = [p.name for p in sent.persons if yu < p.name.start < pos]
        if hosts and guests:
            r.add(hosts[0], "met", guests[0], sent, pos, activity=word)
            r.state.principal = hosts[0]
            r.state.focus = hosts[0]
        return
    if word in ("会谈", "座谈"):
        return
    hosts = r.subjects_before(sent, pos)
    after = [p for p in sent.persons if p.start >= end]
    if hosts and after:
        clause_end = sent.start + len(sent.text)
        guest = after[0]
        if guest.start < clause_end:
            for h in hosts:
                r.add(h, "met", guest.name, sent, pos, activity=word)
            if re.match(_P["guest_delegation"], r.text[guest.name.end:]):
                r.state.delegation = guest.name
            r.state.principal = hosts[0]
            r.state.focus = hosts[0]
