"""Who did what: the relations of one article, read sentence by sentence.

The reader keeps what a human reader keeps while reading an article (see
:mod:`.state`): the meeting under way, the tour under way and its leader, and
the person in focus. Each rule reads one construction of the genre; a
construction that does not fit is left alone rather than guessed, because a
wrong edge is worse than a missing one.

The rules are grouped by family, one module each, with a corpus of short
sentences beside it (``<module>_corpus.toml``) that says what the rules must
and must not read from them:

* :mod:`.positions` -- 市委副书记、市长A: posts (``holdsPosition``);
* :mod:`.events`    -- 召开/举行 X, X开幕, 在X会上: the meeting under way;
* :mod:`.meetings`  -- chaired, attended, spokeAt, deployed;
* :mod:`.contacts`  -- accompanied, met, who leads a delegation;
* :mod:`.tours`     -- inspected, locatedIn, the tour under way.

Each sentence is read in the same order: posts, events, delegations, then
every trigger word of ``triggers.tsv`` in text order, handed to the handler of
its role (:data:`ROLES`), then the whole-sentence rules of meetings and tours.
"""

from __future__ import annotations

from bisect import bisect_left

from ...records import Mention, Relation
from ..dates import DateContext
from ..lexicon import Lexicon
from ..patterns import PATTERNS
from . import contacts, events, meetings, positions, tours
from .events import SAYS
from .state import Handler, Hit, Reader, Sentence, in_quotes, sentences, trigger_pattern

__all__ = ["ROLES", "read_relations", "sentences"]

#: The handler of each role of ``triggers.tsv``: the rule a trigger word of
#: that role leads to. Two roles have no handler of their own: their words are
#: read inside another rule (``convene`` by :func:`.events.read_events` with
#: the rest of the sentence, ``visit`` by :func:`.tours.on_move` after a verb
#: of going). A role a user's lexicon invents, and no rule reads, starts nothing.
ROLES: dict[str, Handler | None] = {
    "chair": meetings.on_chair,
    "attend": meetings.on_attend,
    "speak": meetings.on_speak,
    "report": meetings.on_report,
    "deploy": meetings.on_deploy,
    "accompany": contacts.on_accompany,
    "meet": contacts.on_meet,
    "inspect": tours.on_inspect,
    "move": tours.on_move,
    "visit": None,
    "convene": None,
}

_NOMINAL = PATTERNS["relations"]["nominal"]
#: 视察组, 考察团, 督查室主任, 纪律检查委员会: a trigger word followed by one of these is a noun
_NOUN_AFTER = frozenset("组团员室处科委")


def _nominal(t: str, end: int) -> bool:
    """视察指导江西时的重要讲话: a verb inside a noun phrase reports nothing new."""
    return _NOMINAL.match(t, end) is not None


def _dispatch(r: Reader, sent: Sentence, subject: Mention | None) -> None:
    """Hand every trigger word of the sentence to the handler of its role."""
    t, s0 = sent.text, sent.start
    said = SAYS.search(t)  # what follows 他强调， is what he said, not what he did
    names = [(p.name.start, p.name.end) for p in sent.persons]
    # 就业指导服务中心主任: a verb inside the body of a post is no act
    names += [(x.start, x.end) for p in sent.persons for x in p.posts]
    triggers = trigger_pattern(r.lex)
    for m in triggers.finditer(t):
        if m.group(0).startswith("了") and t[m.start() - 1:m.start()] in ("作", "做") \
                and (later := triggers.match(t, m.start() + 1)):
            m = later  # 作了解答: 了 closes 作, so 了解 is no word there
        word, pos = m.group(0), s0 + m.start()
        role = r.lex.triggers[word]
        if in_quotes(t, m.start()) or _nominal(t, m.end()):
            continue
        if t.rfind("（", 0, m.start()) > t.rfind("）", 0, m.start()):
            continue  # 副书记某某（主持党委工作）: an aside on the post, no act
        if any(a <= pos < b for a, b in names):
            continue  # 来 of a name (李来福认真听取…) is no coming
        if said and m.start() >= said.end() and role != "speak":
            continue
        if t[m.end():m.end() + 1] in _NOUN_AFTER:
            continue  # 视察组, 考察团, 督查室: a noun, not the verb
        handler = ROLES.get(role)
        if handler:
            handler(r, Hit(sent, word, pos, pos + len(word), subject))


def _read_sentence(r: Reader, sent: Sentence) -> None:
    r.dates.see(sent.text)
    positions.read_positions(r, sent)
    events.read_events(r, sent)
    events.read_headline_event(r, sent)
    subject = r.sentence_subject(sent)
    contacts.read_delegations(r, sent)
    meetings.note_interview(r, sent)
    _dispatch(r, sent, subject)
    meetings.read_bodies_speaking(r, sent)
    meetings.read_heard_reports(r, sent)
    meetings.read_speaker_lists(r, sent)
    meetings.read_framed_speakers(r, sent)
    meetings.read_in_speech(r, sent)
    meetings.read_declared(r, sent)
    meetings.read_hosted(r, sent)
    tours.read_tour_frames(r, sent, subject)
    events.read_asides(r, sent)
    subj = r.sentence_subject(sent)
    if subj is not None:
        r.state.focus = subj
    for p in sent.persons:
        r.mentions.append(p.name)


def read_relations(text: str, lex: Lexicon, dates: DateContext, headline: str = ""
                   ) -> tuple[list[Mention], list[Relation], dict[str, str]]:
    """The mentions, relations and event dates of one article's text (its
    headline may name the meeting the body calls only 会议)."""
    r = Reader(text, lex, dates)
    r.state.headline_event = events.headline_event(headline, lex)
    starts = [p.name.start for p in r.phrases]
    for start, s in sentences(text, lex.translit):
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, start + len(s))
        _read_sentence(r, Sentence(s, start, r.phrases[lo:hi]))
    return r.mentions, r.relations, r.event_dates
