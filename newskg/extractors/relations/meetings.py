"""Meeting roles: who chaired, attended and spoke at a meeting, and what it deployed.

Roles of ``triggers.tsv`` read here: ``chair`` (A主持会议), ``attend``
(A、B出席会议; 出席会议的还有A、B), ``speak`` (A讲话; A强调，…; 他指出),
``report`` (A作汇报, A作表态发言) and ``deploy`` (会议部署了“…”行动). Two
rules read a whole sentence: bodies that speak (市公安局、西城街道作发言; 县林业局汇报了…)
and bodies heard (会议听取了市住建委关于…的汇报). Each needs a meeting under
way (:mod:`.events`); a remark made on a tour is no speech at a meeting.
"""

from __future__ import annotations

import re
from functools import cache

from ...records import Mention
from ..entities import classify, clean_event_label, split_items, split_place_chain
from ..gazetteer import gazetteer
from ..lexicon import Lexicon
from ..patterns import PATTERNS
from ..persons import PersonPhrase
from .events import event_named, event_ref, set_event
from .state import Hit, Reader, Sentence, clause_start, pronoun_first, trigger_pattern

__all__ = ["attendees_before", "on_attend", "on_chair", "on_deploy", "on_report", "on_speak",
           "read_bodies_speaking", "read_framed_speakers", "read_heard_reports", "read_hosted",
           "read_speaker_lists"]

#: the patterns of this module's rules (data/patterns.toml)
_P = PATTERNS["relations.meetings"]

_AND_SPEAK = _P["and_speak"]
_BODY_REPORTED = _P["body_reported"]
_BODIES_SPEAK = _P["bodies_speak"]
_RESPONSIBLE = _P["responsible"]
_HEARD = _P["heard"]
_PROXY = PATTERNS["persons"]["proxy"]
#: what joins two names of a list (委员A（B代）、C: past who stood in for A)
_LIST_JOINT = re.compile("(?:" + _PROXY.pattern + ")?[、，和及]")
_GROUP = _P["attendee_group"]
_TAIL = _P["attendee_tail"]
_JOINT = _P["attendee_joint"]
_OTHERS = _P["attendee_others"]
_CONNECT = PATTERNS["relations.state"]["connect"]
#: verbs of speech that take 了 and an object (介绍了…, 传达了…精神)
_RELAYED = ("介绍", "简介", "通报", "宣读", "传达", "领学", "传达领学", "肯定", "赞扬", "充分肯定",
            "高度评价")
#: verbs of speech that take an object right after them (A要求各地…) in a
#: sentence framed by the meeting (在签约仪式上，A要求…)
_FRAMED = ("要求", "强调", "指出", "表示", "提出")
#: verbs that report speech whatever follows them (A指出学校在…, A强调要…,
#: A勉励大家…, A号召全体…)
_ALWAYS_SAID = ("强调", "指出", "勉励", "号召", "充分肯定", "高度评价")


@cache
def _event_end(lex: Lexicon) -> re.Pattern[str]:
    return re.compile("(?:" + lex.alternation("event_suffixes") + ")$")


@cache
def _campaign_end(lex: Lexicon) -> re.Pattern[str]:
    return re.compile("(?:" + lex.alternation("campaign_suffixes") + ")$")


def on_chair(r: Reader, hit: Hit) -> None:
    """A主持会议(并讲话): A chaired the meeting named after the verb."""
    sent, pos, end = hit.sent, hit.start, hit.end
    if r.text.startswith("人", end):
        return
    # A和B共同主持, 会议由A、B主持: a joint chair, every name of the list
    listed = r.subjects_before(sent, pos)
    joint = r.text.endswith("共同", sent.start, pos) \
        or len(listed) > 1 and _after_by(r, sent, listed[0])
    subs = listed if joint else r.subjects_before(sent, pos, lists=False)
    if not subs and _P["and_then_chair"].match(r.text[clause_start(r.text, pos, sent.start):pos]):
        subs = _subject_goes_on(r, sent, hit.subject, pos)  # A接待来访人员并主持召开座谈会
    ev = _chaired_by(r, sent, subs[0]) if subs else None
    ev = ev or event_ref(r, sent, end)
    if subs and ev:
        for s in subs:
            r.add(s, "chaired", ev, sent, pos, activity="主持")
            if _AND_SPEAK.match(r.text, end):
                r.add(s, "spokeAt", ev, sent, pos, activity="讲话")
        r.state.focus = subs[-1]
        _back_to_main(r, sent, ev, end)


def _back_to_main(r: Reader, sent: Sentence, ceremony: Mention, end: int) -> None:
    """本期学习班开幕式由A主持，随后B、C进行了专题讲座: after the opening, the course
    itself (the one the article named in full) is under way again."""
    if not ceremony.label.endswith(("开幕式", "开班式")) or not _P["then_after_opening"].search(
            r.text, end, sent.start + len(sent.text)):
        return
    head = _P["this_term"].sub("", ceremony.label[:-3])
    main = next((x for x in reversed(r.state.events) if x != ceremony.label
                 and len(head) >= 2 and x.endswith(head)), None)
    if main is not None:
        set_event(r, main, sent, end)


def _after_by(r: Reader, sent: Sentence, first: Mention) -> bool:
    """Does the phrase of ``first`` open right after 由 (会议由A、B主持)?"""
    start = next((p.start for p in sent.persons if p.name is first), first.start)
    return r.text.endswith("由", sent.start, start)


def attendees_before(r: Reader, sent: Sentence, pos: int) -> list[Mention]:
    """A、B等，市直机关单位负责人，某集团董事长C等客商代表参加: every name of the
    list before the verb, read back part by part (parts cut at commas, and at
    semicolons, which a long list uses between its groups) while each part is
    names joined by 、/和/以及 (with 等, 等领导同志...) or an unnamed group
    (负责人, 代表, 等200余人, a list of bodies); the first part that is neither
    ends the list, since it is the clause before it (a time, 举行, another verb)."""
    floor = sent.start
    while floor > 0 and r.text[floor - 1] == "；":
        floor = max(r.text.rfind(c, 0, floor - 1) for c in "。！？\n；") + 1
    persons = sent.persons if floor == sent.start else [
        p for p in r.phrases if floor <= p.start < pos]
    end = pos
    names: list[Mention] = []
    last = True
    while end > floor:
        start = max(r.text.rfind("，", floor, end), r.text.rfind("；", floor, end)) + 1 or floor
        if last and start > floor and _P["list_then_adverb"].fullmatch(r.text, start, end):
            end = start - 1  # A、B，应邀出席: the list stands before the adverb's comma
            continue
        part = _persons_of(r, persons, start, end, last)
        if part is None:
            if last or not names:
                return []
            break
        names[:0] = part
        last = False
        end = start - 1
    return names


def _persons_of(r: Reader, persons: list[PersonPhrase], start: int, end: int,
                last: bool) -> list[Mention] | None:
    """The names of one comma-separated part of a list of attendees: [] for an
    unnamed group, ``None`` when the part is no part of a list."""
    seg = r.text[start:end].strip()
    inside = [p for p in persons if start <= p.start and p.end <= end]
    if not inside:
        return [] if seg and (_GROUP.fullmatch(seg) or _bodies(r, seg)) else None
    lead = r.text[start:inside[0].start].strip()
    if lead not in ("", "以及", "和", "及", "现任") and not _P["attendee_lead"].fullmatch(lead) \
            and not ((inside[0].after or inside[0].posts) and _P["body_lead"].fullmatch(lead)
                     and not trigger_pattern(r.lex).search(lead)):
        # (温州市人民政府A副市长、…, 某企业监事会09办事处副主任B: the body of the first
        # title, which the name reader left out, not a clause)
        return None
    for a, b in zip(inside, inside[1:], strict=False):
        between = _P["courtesy_lead"].sub("", r.text[a.end:b.start])  # A先生和B女士
        if not (_JOINT.fullmatch(between)
                or (b.after and _P["joint_then_body"].fullmatch(between))):
            return None  # …以及人力资源部A部长: the body of a title written after the name
    rest = r.text[inside[-1].end:end]
    others = _OTHERS.match(rest)
    if others and others.end():
        rest = rest[others.end():]
    if last:
        # 等与广大干部职工一同: a tail, then what may stand before the verb
        if not any(_TAIL.fullmatch(rest, 0, k) and _CONNECT.match(rest[k:])
                   for k in range(len(rest), -1, -1)):
            return None
    elif not _TAIL.fullmatch(rest):
        return None
    return [p.name for p in inside]


def _bodies(r: Reader, seg: str) -> bool:
    """某校友总会、某校友会、某商会: a part of a list that names bodies only."""
    items = seg.split("、")
    return len(items) > 1 and all(
        len(x) >= 3 and classify(x, r.lex) in ("Organization", "Enterprise") for x in items)


def _chaired_by(r: Reader, sent: Sentence, chair: Mention) -> Mention | None:
    """结业式由区委书记A主持; 会议由A主持: the event named before 由."""
    phrase = next((p for p in sent.persons if p.name is chair), None)
    if phrase is None:
        return None
    lead = r.text[clause_start(r.text, phrase.start, sent.start):phrase.start]
    m = _P["chaired_by"].fullmatch(lead)
    if not m:
        return None
    label = clean_event_label(m.group(1))
    if not (_event_end(r.lex).search(label) or label in r.lex.current_meeting):
        return None
    return event_named(r, sent, label, phrase.start - len(m.group(0)) + m.start(1))


def on_attend(r: Reader, hit: Hit) -> None:
    """A、B出席会议(并讲话); 出席会议的还有A、B; A等，某某单位负责人参加会议."""
    sent, word, pos, end = hit.sent, hit.word, hit.start, hit.end
    if word == "与会" and not _P["took_part"].match(r.text, end):
        return
    subs = r.subjects_before(sent, pos)
    listed = attendees_before(r, sent, pos)
    if len(listed) > len(subs):
        subs = listed + [s for s in subs if s not in listed]
    m = re.match(_P["attendees_after"], r.text[end:end + 12])
    if not subs and not m and (d := _P["attendee_named_after"].match(r.text, end)):
        # 出席会议的省国资委副主任A同志，在讲话中…: A, named right after, attended
        after = [p for p in sent.persons if p.start == d.end()]
        ev = r.state.event
        met = _P["meets_before"].search(r.text, clause_start(r.text, pos, sent.start), pos)
        if after and ev and not r.state.touring and not met:  # (会见出席会议的X: a guest)
            r.add(after[0].name, "attended", ev, sent, pos, activity=word)
        return
    if not m and _P["attending_guest"].match(r.text, end, sent.start + len(sent.text)):
        return  # 会见来华出席X的某国议长: who the guest is, not an attendance here
    if not subs and m:
        # 出席会议的还有A、B: the attendees follow the verb
        after = [p for p in sent.persons if p.start >= end + m.end()]
        ev = event_ref(r, sent, end) or r.state.event
        if after and ev:
            first = after[0]
            subs = [first.name] + [
                p.name for p in after[1:]
                if _LIST_JOINT.fullmatch(_P["photo_place"].sub(
                    "", r.text[_prev_end(after, p):p.start]) or "、")
            ]
            for s_ in _present(r, subs):
                r.add(s_, "attended", ev, sent, pos, activity=word)
        return
    if subs and _P["all_events"].match(r.text, end):
        # A参加上述活动: every event the article has named
        for label in r.state.events:
            ev_ = Mention(label, "Event", end, end)
            for s in subs:
                r.add(s, "attended", ev_, sent, pos, activity=word,
                      date=r.state.events[label])
        return
    if not subs:
        subs = _both_sides(r, sent, pos) or _invited(r, sent, pos)
    if not subs and r.text[pos - 1:pos] == "，":
        subs = _subject_goes_on(r, sent, hit.subject, pos)  # A来到某校，出席X仪式
    if not subs:
        return
    ev = event_ref(r, sent, end)
    if not ev:
        return
    subs = _present(r, subs)
    for s in subs:
        r.add(s, "attended", ev, sent, pos, activity=word)
    if word.endswith("讲话") or _AND_SPEAK.match(r.text[end:end + 14]):  # 出席并讲话
        for s in subs:
            r.add(s, "spokeAt", ev, sent, pos, activity="讲话")


def _present(r: Reader, names: list[Mention]) -> list[Mention]:
    """The names of an attendance list but those another stood in for (委员A（B代）)."""
    return [s for s in names if not _PROXY.match(r.text, s.end)]


def _both_sides(r: Reader, sent: Sentence, pos: int) -> list[Mention]:
    """两国元首/两国总理/双方共同出席…: the host and the guest of the talks just
    reported (the last 会见/会谈 read)."""
    clause = r.text[clause_start(r.text, pos, sent.start):pos]
    if _P["and_together"].fullmatch(clause) and any(
            x.prop == "met" and x.start == sent.start for x in r.relations):
        # A会见B、C一行，并共同出席签约仪式: every host and guest of the sentence
        return list({p.name.label: p.name for p in sent.persons if p.end <= pos}.values())
    if not _P["both_sides"].fullmatch(clause):
        return []
    met = next((x for x in reversed(r.relations) if x.prop == "met"), None)
    return [met.subject, met.object] if met else []


def _invited_speakers(r: Reader, sent: Sentence, pos: int) -> list[Mention]:
    """学校邀请A、B检察官来我校进行了…讲座: the persons invited, who came to speak."""
    m = _P["invited_to_come"].search(r.text, clause_start(r.text, pos, sent.start), pos)
    if m is None:
        return []
    inside = [p for p in sent.persons if p.start >= m.end() and p.end <= pos]
    if not inside or not _P["came_to_speak"].fullmatch(r.text, inside[-1].end, pos):
        return []
    return r.subjects_before(sent, inside[-1].end) or [inside[-1].name]


def _invited(r: Reader, sent: Sentence, pos: int) -> list[Mention]:
    """会议邀请了A公司、B医院等6家民营企业参加: each firm or body named attended
    (all or none: a list with a common noun in it is no list of names)."""
    clause_at = clause_start(r.text, pos, sent.start)
    m = _P["invited"].fullmatch(r.text, clause_at, pos)
    if not m:
        return []
    out: list[Mention] = []
    for off, name in split_items(m.group(1), r.lex):
        e = r.entity(name, m.start(1) + off, None)
        if e is None or e.cls not in ("Enterprise", "Organization"):
            return []
        out.append(e)
    return out


def read_hosted(r: Reader, sent: Sentence) -> None:
    """A和夫人B在某厅为C和夫人D举行欢迎仪式: hosts and guests attended it."""
    for m in _P["hosted_for"].finditer(sent.text):
        at, held = sent.start + m.start(), sent.start + m.end()
        guests = [p.name for p in sent.persons if at < p.start and p.name.end <= held]
        hosts = r.subjects_before(sent, at, lists=True, loose=True)
        # A和夫人B为C举行…: A, named before in the article, hosts too
        cs = clause_start(r.text, at, sent.start)
        named = sorted((i, n) for n in r.known if (i := r.text.find(n, cs, at)) >= 0
                       and all(n != h.label for h in hosts))
        hosts = [Mention(n, "Person", i, i + len(n)) for i, n in named] + hosts
        if not (guests and hosts):
            continue
        ev = event_ref(r, sent, held)
        if ev is None:
            continue
        for s in hosts + guests:
            r.add(s, "attended", ev, sent, held, activity="举行")


def on_speak(r: Reader, hit: Hit) -> None:
    """A讲话, A强调，…, 他指出: A spoke at the meeting under way."""
    sent, word, pos, end = hit.sent, hit.word, hit.start, hit.end
    ev = r.state.event
    if ev is None or r.state.touring:
        return
    if ev.label.endswith("欢迎仪式") and (talks := next(
            (x for x in r.state.events if x in ("会谈", "会见", "会晤")), None)):
        ev = Mention(talks, "Event", ev.start, ev.end)  # 会谈前…欢迎仪式。A指出: at the talks
    if r.state.interview and not _P["at_the_meeting"].search(
            r.text, clause_start(r.text, pos, sent.start), pos):
        return  # 县委书记A告诉记者，…。A说，…: what he told the reporter, not a speech
    made = re.search(_P["made_speech"], r.text[max(sent.start, pos - 10):pos])
    if not made and _P["speech_noun"].search(r.text, max(sent.start, pos - 5), pos):
        return  # 某某在某会议上的重要讲话，…: a speech cited, not given
    if m := made:
        if not _P["written_instruction"].search(m.group(0)):
            on_report(r, hit)  # 在仪式上作项目介绍 (not 作了批示要求: written, not said)
        return
    if word in r.lex.reporting_verbs:
        # 县长B通报考核结果并部署工作: the speaker stands right before the verb
        at = pos
        if m := _P["attended_and"].search(r.text, max(sent.start, pos - 12), pos):
            at = m.start() if m.end() == pos else pos  # B应邀出席会议并通报…: B reported
        if subs := [s for s in _reporter_before(r, sent, at) if not _addressed(r, sent, s)]:
            for s in subs:
                r.add(s, "spokeAt", ev, sent, pos, activity=word)
            r.state.focus = subs[-1]  # 甲简要介绍了…。他表示: 他 is 甲
            return
    nxt = r.text[end:end + 1]
    ok: bool
    if word in ("讲话", "发言", "致辞", "作了说明") or word.startswith("致"):
        ok = nxt in "，。；：" or nxt == "" or r.text.startswith("时", end) or (
            r.text.startswith("中", end) and r.text[pos - 1:pos] == "在")
    else:
        # a line ends at the verb: a head over the speech (## 某院士认为)
        ok = nxt in "，：:“\n" or (r.text.startswith("了", end)
                               and word in _RELAYED) or (
            word in _ALWAYS_SAID and nxt not in "的了过") or (
            word == "提出" and re.match(_P["proposed"], r.text[end:end + 8]) is not None) or (
            word == "表示" and _P["welcomed"].match(r.text, end) is not None)
    if not ok and not (word in _FRAMED and _P["framed_speech"].match(sent.text)):
        return
    subs = r.subjects_before(sent, pos, lists=True)
    if not subs:
        clause = r.text[clause_start(r.text, pos, sent.start):pos]
        # 他 of a later clause: the sentence's subject (A出席了仪式，他在致辞中表示), else
        # the person in focus
        ref = hit.subject if hit.subject is not None and hit.subject.end <= pos \
            else r.state.focus
        if pronoun_first(clause) and ref:
            subs = [ref]
        elif hit.subject is not None and hit.subject.end <= pos and \
                _P["same_subject"].match(clause):
            subs = [hit.subject]  # A首先对…致以问候，并简要介绍了…: A goes on
        elif hit.subject is not None and not clause.strip() \
                and _framed_subject(r, sent, hit.subject, pos):
            subs = [hit.subject]  # A则从…的角度，强调…: a frame set off by a comma
        elif hit.subject is not None and hit.subject.end <= pos and word == "表示" \
                and "对" in r.text[hit.subject.end:pos] \
                and not re.search("[，；]", r.text[hit.subject.end:pos]) \
                and (_P["on_behalf"].search(r.text, sent.start, pos) or any(
                    x.subject.label == hit.subject.label and x.object.label == ev.label
                    for x in r.relations if x.prop in ("attended", "chaired"))):
            # A代表学校对B等受聘表示热烈的欢迎: A, before 对, speaks (on behalf of his
            # side, or as one seen at the meeting)
            subs = [hit.subject]
    subs = [s for s in subs if not _cited_leader(r, sent, s, ev) and not _addressed(r, sent, s)]
    for s in subs:
        r.add(s, "spokeAt", ev, sent, pos, activity=word)
    if subs:
        r.state.focus = subs[-1]


def _framed_subject(r: Reader, sent: Sentence, subject: Mention, pos: int) -> bool:
    """Is all between the sentence's subject and ``pos`` one adverbial frame and a
    comma (A则从党团关系的角度，强调…)?"""
    end = next((p.end for p in sent.persons if p.name is subject), subject.end)
    gap = r.text[end:pos]
    return end <= pos and gap.endswith("，") and "，" not in gap[:-1] \
        and _P["speech_frame"].fullmatch(gap[:-1]) is not None


def _subject_goes_on(r: Reader, sent: Sentence, subject: Mention | None, pos: int
                     ) -> list[Mention]:
    """The sentence's subject, named before ``pos``, as the doer of a verb whose
    own clause names nobody (A来到某校，出席…), unless a word before ``pos`` gives
    the sentence another doer (会议由B主持, 会见, 陪同)."""
    if subject is None or subject.end > pos \
            or _P["not_same_subject"].search(r.text, sent.start, pos):
        return []
    return [subject]


def _reporter_before(r: Reader, sent: Sentence, at: int) -> list[Mention]:
    """县长B通报, B委员呼吁, B还简要介绍了, B首先向与会代表介绍了: the speaker named
    right before a verb of reporting at ``at`` (past a title after the name and
    the verb's adverbs)."""
    each = False
    if m := _P["report_adverbs"].search(r.text, max(sent.start, at - 14), at):
        at, each = m.start(), "分别" in m.group(0)
    # A和B分别宣读了…: each of a list reported
    subs = r.subjects_before(sent, at, lists=each)
    ends = [p.end for p in sent.persons if subs and p.name is subs[0]]
    if subs and r.text[ends[0] if ends else subs[0].end:at] in ("", "同志", "先生", "女士"):
        return subs
    return []


def _addressed(r: Reader, sent: Sentence, s: Mention) -> bool:
    """陈董向某总理介绍说: the person spoken to (after 向, 对, 跟, 给), not the speaker."""
    start = next((p.start for p in sent.persons if p.name is s), s.start)
    return start > sent.start and r.text[start - 1] in "向对跟给"


def _cited_leader(r: Reader, sent: Sentence, s: Mention, ev: Mention) -> bool:
    """甲指出，…。习某主席强调，…: a leader named with his title after the name
    (总书记, 主席), at a meeting where another has spoken and he has not been
    seen, is cited in that speech, not speaking at the meeting."""
    phrase = next((p for p in sent.persons if p.name is s), None)
    if phrase is None or phrase.after <= s.end \
            or not _P["cited_title"].fullmatch(r.text, s.end, phrase.after):
        return False
    at_event = [x for x in r.relations if x.object.label == ev.label]
    return any(x.prop == "spokeAt" and x.subject.label != s.label for x in at_event) \
        and not any(x.subject.label == s.label for x in at_event)


def on_report(r: Reader, hit: Hit) -> None:
    """A作汇报, A作表态发言: A spoke at the meeting under way (activity 作…)."""
    sent, word, pos = hit.sent, hit.word, hit.start
    ev = r.state.event
    if ev is None and word == "报告" and not r.state.touring \
            and _P["titled_lecture"].search(r.text, max(sent.start, pos - 100), pos):
        # A在某会堂作了题为《…》的报告。报告会由B主持: the lecture is the event
        ev = event_named(r, sent, "报告会", pos)
    if ev is None and word == "讲座" and not r.state.touring \
            and (lec := _P["lecture_named"].search(r.text, max(sent.start, pos - 60), hit.end)):
        # 邀请A、B来我校进行了“…”法治教育专题讲座: the lecture is the event
        ev = event_named(r, sent, lec.group(1), lec.start(1))
    if ev is None:
        return
    before = r.text[max(sent.start, pos - 120):pos]
    if _P["speech_frame_end"].match(r.text, hit.end) and \
            _P["speech_frame_start"].search(before):
        return  # 在与B会谈前的讲话中，A表示: a frame; A, after it, is the speaker
    m = re.search(_P["made_report"], before) or re.search(_P["reported_to"], before)
    if not m:
        # 县委副书记B汇报了…举措和进展: B reported to the meeting
        if word == "汇报" and r.text.startswith("了", hit.end):
            subs = _reporter_before(r, sent, pos)
            comma = max(r.text.rfind("，", sent.start, pos), sent.start - 1) + 1
            if not subs and hit.subject is not None and hit.subject.end <= comma \
                    and _P["same_subject"].match(r.text[comma:pos]):
                subs = [hit.subject]  # A首先对…表示欢迎，并汇报了…: A goes on
            if subs:
                r.add(subs[0], "spokeAt", ev, sent, pos, activity=word)
                r.state.focus = subs[0]
        return
    zuo = pos - len(m.group(0))
    subs = r.subjects_before(sent, zuo, lists=True) or _invited_speakers(r, sent, zuo)
    if not subs and (to := _P["topic_then_to_meeting"].search(r.text, sent.start, zuo)):
        # 甲以及乙、丙分别就各自分管工作，向会议作了通报: the list before the topic
        subs = r.subjects_before(sent, to.start(), lists=True)
    comma = max(r.text.rfind("，", sent.start, zuo), sent.start - 1) + 1
    if not subs and hit.subject is not None and hit.subject.end <= comma \
            and _P["same_subject"].match(r.text[comma:zuo]):
        subs = [hit.subject]  # A公布了…，并对…进行了汇报: A goes on
    elif not subs and comma == zuo:
        subs = _subject_goes_on(r, sent, hit.subject, zuo)  # A根据…，作出了…的工作报告
    elif not subs and hit.subject is not None and comma <= hit.subject.start < zuo \
            and _P["and_then_chair"].match(r.text[_phrase_end(sent, hit.subject):zuo]):
        subs = [hit.subject]  # A委员长主持会议并作…的报告: A goes on
    for s in subs:
        if _cited_leader(r, sent, s, ev):
            continue  # 甲表示，习某总书记作出了一系列重要讲话: cited in 甲's speech
        r.add(s, "spokeAt", ev, sent, pos, activity="作" + word)


def on_deploy(r: Reader, hit: Hit) -> None:
    """会议部署了“…”行动: the meeting under way deployed a named campaign."""
    sent, word, pos, end = hit.sent, hit.word, hit.start, hit.end
    ev = r.state.event
    if ev is None:
        return
    if re.search(_P["made_deployment"], r.text[max(sent.start, pos - 10):pos]):
        on_report(r, hit)  # 在会上作具体工作部署
        return
    rest = r.text[end:sent.start + len(sent.text)]
    m = re.match(_P["deployed_campaign"], rest)
    if not m:
        return
    quoted, after = m.group(1), m.group(2)
    campaign_end = _campaign_end(r.lex)
    suffix = next((after[:k] for k in range(len(after), 1, -1)
                   if campaign_end.search(after[:k])), "")
    if not (suffix or campaign_end.search(quoted)):
        return
    name = quoted + suffix
    start = end + m.start(1)
    c = Mention(name, "Campaign", start, start + len(name))
    r.mentions.append(c)
    r.add(ev, "deployed", c, sent, pos, activity=word)


def read_speaker_lists(r: Reader, sent: Sentence) -> None:
    """A、B、C等三人(，)分别作为…代表在大会上作了发言; A，B，C等党员校领导分别以《…》
    为题，先后汇报了…: each name of a list closed by 分别/先后/依次 spoke, when a
    verb of speech follows with no other person before it."""
    ev = r.state.event
    if ev is None or r.state.touring:
        return
    for m in _P["in_turn"].finditer(sent.text):
        at = sent.start + m.start()
        verb = _P["in_turn_speech"].search(sent.text, m.end())
        if verb is None or verb.start() - m.end() > 400 or any(
                at < p.start < sent.start + verb.start() and not _in_title(r, sent, p.start)
                for p in sent.persons):
            continue  # another person between the list and the verb is its subject
        end = at - 1 if r.text[at - 1:at] == "，" else at
        if topic := _P["topic_clause"].search(r.text, sent.start, end + 1):
            end = topic.start()  # A、B等专家，围绕X，分别作讲座: the list before the topic
        for s in attendees_before(r, sent, end):
            r.add(s, "spokeAt", ev, sent, sent.start + verb.start(),
                  activity=verb.group(0).lstrip("了"))


def read_framed_speakers(r: Reader, sent: Sentence) -> None:
    """会上，研究员A、教授B、教授C3位专家…建言献策: in a sentence framed by the
    meeting, each name of a list closed by a head-count (N位专家, 等N名代表)
    spoke, when a verb of speech follows in the sentence."""
    ev = r.state.event
    opens = bool(sent.persons) and not sent.text[:sent.persons[0].start - sent.start].strip()
    if ev is None or r.state.touring or not (_P["framed_speech"].match(sent.text) or opens):
        return  # (or the sentence opens with the list: 甲，乙，…9位专家…作了专题报告)
    for m in _P["framed_count"].finditer(sent.text):
        verb = _P["framed_speech_verb"].search(sent.text, m.end())
        if verb is None or any(m.end() <= p.start - sent.start < verb.start()
                               for p in sent.persons):
            continue  # another person between the list and the verb is its subject
        for s in attendees_before(r, sent, sent.start + m.end()):
            r.add(s, "spokeAt", ev, sent, sent.start + verb.start(),
                  activity=verb.group(0).lstrip("了"))


def read_declared(r: Reader, sent: Sentence) -> None:
    """省委常委A宣布项目开工，…出席了开工仪式: who declares the ceremony's work begun
    (开工, 开幕, 启动) attended it."""
    ev = r.state.event
    if ev is None or r.state.touring:
        return
    for m in _P["declares_open"].finditer(sent.text):
        for s in r.subjects_before(sent, sent.start + m.start(), lists=True):
            r.add(s, "attended", ev, sent, sent.start + m.start(), activity="宣布")


def note_interview(r: Reader, sent: Sentence) -> None:
    """县委书记A通过电话告诉记者，…: from here on, what is said is said to the paper."""
    if _P["interview"].search(sent.text):
        r.state.interview = True


def read_in_speech(r: Reader, sent: Sentence) -> None:
    """出席会议的副主任A同志，在讲话中高度评价…: A gave a speech at the meeting
    under way (the verb after 在讲话中 need not be one of speech)."""
    ev = r.state.event
    if ev is None or r.state.touring:
        return
    for m in _P["in_speech"].finditer(sent.text):
        at = sent.start + m.start()
        before = [p for p in sent.persons if p.end <= at]
        if before and _P["in_speech_gap"].fullmatch(r.text, before[-1].end, at):
            # 代表A、代表B在发言中承诺: every name of the list before it
            for s in r.subjects_before(sent, before[-1].end) or [before[-1].name]:
                r.add(s, "spokeAt", ev, sent, at, activity="讲话")


def read_bodies_speaking(r: Reader, sent: Sentence) -> None:
    """市交通局、市民政局、南湖街道作发言: bodies that speak at the meeting."""
    ev = r.state.event
    if ev is None or not _P["bodies_speech_word"].search(sent.text):
        return  # (the patterns below are costly; most sentences have none of these)
    for m in _BODY_REPORTED.finditer(sent.text):
        e = r.entity(m.group(1), sent.start + m.start(1), None)
        if e is not None and e.cls in ("Organization", "Place"):
            r.add(e, "spokeAt", ev, sent, sent.start + m.end(1), activity="汇报")
    for m in _BODIES_SPEAK.finditer(sent.text):
        if any(sent.start + m.start(1) <= p.name.start < sent.start + m.end(1)
               for p in sent.persons):
            continue  # persons who 作发言 are read by on_report
        # 市司法局就…情况作说明: what the body spoke about is not its name
        said_of = _P["spoke_about"].sub("", m.group(1))
        for e in _bodies_listed(r, said_of, sent.start + m.start(1)):
            r.add(e, "spokeAt", ev, sent, sent.start + m.end(), activity="作发言")
    framed = _P["bodies_speak_framed"].match(sent.text)
    if framed and not any(p.name.start < sent.start + framed.end(1) for p in sent.persons):
        # A、B等有关单位，C、D等企业负责同志，围绕X进行了发言交流: each clause a list
        at = sent.start
        for part in framed.group(1).split("，"):
            for e in _bodies_listed(r, part, at):
                r.add(e, "spokeAt", ev, sent, sent.start + framed.end(), activity="发言")
            at += len(part) + 1


def _bodies_listed(r: Reader, said_of: str, start: int) -> list[Mention]:
    """The bodies of a list that speaks (``start``: where ``said_of`` stands in the
    text); none when the list is mostly no bodies, or names a person."""
    listed = _P["bodies_group"].sub("、", said_of).rstrip("、")
    items = split_items(_RESPONSIBLE.sub("", listed), r.lex)
    ments: list[Mention] = []
    unread = 0
    shared = _shared_tails(items)
    for off, name in items:
        if name in r.known:
            continue
        if _P["every_body"].match(name):
            continue  # 各省辖市, 有关部门: every body of a kind, none named
        if off in shared:  # 浙江、四川省水利厅: 浙江 stands for 浙江省水利厅
            ments.append(Mention(name, "Organization", start + off, start + off + len(name),
                                 shared[off]))
            continue
        chain = split_place_chain(name, r.lex)  # 广东省深圳市 -> 深圳市
        if not chain:
            unread += 1
            continue
        off += name.rfind(chain[-1])
        e = r.entity(chain[-1], start + off, None)
        if e is not None and e.cls == "Person":
            return []
        if e is None:
            unread += 1  # 罗店、大场: a town by its short name, not read
            continue
        ments.append(e)
    return [] if unread > len(ments) else ments


def _shared_tails(items: list[tuple[int, str]]) -> dict[int, str]:
    """浙江、四川、甘肃省水利厅: places listed bare before a place's body share that
    body (浙江省水利厅, 四川省水利厅); offset of each bare place -> the body it names."""
    gz = gazetteer()
    out: dict[int, str] = {}
    pending: list[tuple[int, str]] = []
    for off, name in items:
        places = gz.find(name)
        if len(places) == 1 and places[0].name != name:
            pending.append((off, places[0].name))  # (丽水市、温州市鹿城区: whole, no share)
            continue
        head = next((end for start, end, _ in gz.scan(name) if start == 0), None)
        if head is not None:  # 甘肃省 + 水利厅
            for p_off, full in pending:
                out[p_off] = full + name[head:]
        pending = []
    return out


def read_heard_reports(r: Reader, sent: Sentence) -> None:
    """听取了市住建委关于…的汇报: the body that reported spoke."""
    ev = r.state.event
    if ev is None or _P["agenda"].search(  # (a long sentence is read in pieces)
            r.text, r.text.rfind("。", 0, sent.start) + 1, sent.start + len(sent.text)):
        return  # 会议议程还有：…听取X关于…的报告: an item of a session to come
    heard = sent.text.find("听取")
    if heard >= 0:
        # 察看…，听取A关于…的汇报: a report heard on a tour's site, not at the meeting
        on_site = r.state.touring or bool(trigger_pattern(r.lex, "inspect").search(
            sent.text, 0, heard))
        # 听取了主任委员A(分别)作的…报告: the person who made the report spoke
        for p in sent.persons:
            if p.start < sent.start + heard:
                continue
            if _P["made_by"].match(r.text, p.name.end) or not on_site and (
                    _P["heard_from"].match(r.text, p.name.end)
                    or _P["heard_from"].match(r.text, p.end)):
                r.add(p.name, "spokeAt", ev, sent, p.name.start, activity="汇报")
    for m in _HEARD.finditer(sent.text):
        if _P["made_by_inside"].search(m.group(1)) or m.group(1).startswith("关于"):
            continue  # 刘某作的秘书处…: read above; 关于X工作报告: the subject, not who reported
        if heard < 0 or m.start() < heard or (
                not m.group(0).startswith("听取") and "关于" not in m.group(0)):
            continue  # …，县财政局关于…的汇报 continues a 听取 list only
        subs: list[Mention] = []
        for off, name in split_items(m.group(1), r.lex):
            at = sent.start + m.start(1) + off
            if name in r.known:
                subs.append(Mention(name, "Person", at, at + len(name)))
            elif (e := r.entity(name, at, None)) is not None:
                subs.append(e)
            else:
                subs = []  # 全省安全生产形势分析汇报: not a list of speakers
                break
        for subj in subs:
            r.add(subj, "spokeAt", ev, sent, sent.start + m.start(), activity="汇报")


def _in_title(r: Reader, sent: Sentence, pos: int) -> bool:
    """Is ``pos`` inside 《…》 (a name in the title of a talk, not a speaker)?"""
    return r.text.count("《", sent.start, pos) > r.text.count("》", sent.start, pos)


def _phrase_end(sent: Sentence, name: Mention) -> int:
    """Where the phrase of ``name`` ends (past a title after it: A委员长)."""
    return next((p.end for p in sent.persons if p.name is name), name.end)


def _prev_end(phrases: list[PersonPhrase], p: PersonPhrase) -> int:
    """Where the phrase before ``p`` ends (past a title after its name: A处长，B…)."""
    i = phrases.index(p)
    return phrases[i - 1].end if i else p.start
