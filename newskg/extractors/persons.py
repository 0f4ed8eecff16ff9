"""Persons and their posts: 市委副书记、市长甄立华; 市领导A、B和市法院院长C.

A name is read only where the genre anchors it: after a title (the title
lexicon, with the organisation printed before it), after a name list's 、, or
as an occurrence of a name already anchored in the same article. A candidate
name must start with a known surname and be followed by a word that can follow
a name (在, 主持, 出席, 、, 一行...), which is how 张明远在 is read as 张明远 and
not 章旭. Foreign names after a title are runs of transliteration characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache

from ..records import Mention
from .gazetteer import gazetteer
from .lexicon import Lexicon
from .patterns import PATTERNS

__all__ = ["PersonPhrase", "find_persons", "title_pattern"]

#: the patterns of this module's rules (data/patterns.toml)
_P = PATTERNS["persons"]

_CJK = PATTERNS["persons"]["cjk"]
_PUNCT = set("，。、；：？！“”‘’（）《》【】()[]「」『』 \n\t—…·,.;:?!\"'")


@dataclass
class PersonPhrase:
    """A name with its posts. ``start`` is where the posts printed before it begin;
    a title printed after it (袁某市长) ends at ``after``."""

    name: Mention
    posts: list[Mention] = field(default_factory=list)
    start: int = 0
    collective: bool = False
    after: int = 0  # where a title written after the name ends (袁某市长)

    @property
    def end(self) -> int:
        """Where the phrase ends: after the name, or after the title that follows it."""
        return max(self.name.end, self.after)


@dataclass
class _Patterns:
    titles: re.Pattern
    followers: re.Pattern
    courtesy: re.Pattern  # 同志, 先生, 同学: after a name, no post


@cache
def _patterns(lex: Lexicon) -> _Patterns:
    titles = sorted(lex.titles | lex.collective_titles, key=lambda w: (-len(w), w))
    followers = sorted(lex.name_followers | lex.titles, key=lambda w: (-len(w), w))
    courtesy = sorted(lex.honorifics - lex.titles, key=lambda w: (-len(w), w)) or ["\x00"]
    return _Patterns(
        titles=re.compile("|".join(map(re.escape, titles))),
        followers=re.compile("|".join(map(re.escape, followers))),
        courtesy=re.compile("|".join(map(re.escape, courtesy))),
    )


class _Taken:
    """Which characters already belong to a name: constant-time overlap checks."""

    def __init__(self, n: int) -> None:
        self._used = bytearray(n)

    def add(self, start: int, end: int) -> None:
        self._used[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return any(self._used[start:end])


def title_pattern(lex: Lexicon) -> re.Pattern:
    """The title cores of the lexicon as one pattern, longest first."""
    return _patterns(lex).titles


def _follows_ok(text: str, i: int, pats: _Patterns) -> bool:
    """Can a name end at ``i``? Punctuation, a digit, the end or a follower word."""
    if i >= len(text):
        return True
    c = text[i]
    if c in _PUNCT or c.isdigit() or c.isascii():
        return True
    return pats.followers.match(text, i) is not None


def _follower_len(text: str, i: int, pats: _Patterns) -> int:
    """How long the follower word at ``i`` is (1 for punctuation or the end)."""
    if i >= len(text) or text[i] in _PUNCT or text[i].isascii():
        return 1
    m = pats.followers.match(text, i)
    return len(m.group(0)) if m else 0


_BARE_LIST = PATTERNS["persons"]["bare_list"]
_NAME_RUN = PATTERNS["persons"]["name_run"]
_NAME_PAIR_END = PATTERNS["persons"]["name_pair_end"]
_THINGS_COUNTED = PATTERNS["persons"]["things_counted"]
_PROXY = PATTERNS["persons"]["proxy"]
_UNIT_OF = PATTERNS["persons"]["unit_of"]


def _bare_name(s: str, lex: Lexicon) -> bool:
    """A string that can only be a name: a surname, then no common word."""
    if not (2 <= len(s) <= 3) or not (s[0] in lex.surnames or s[:2] in lex.surnames):
        return False
    if _org_like(s, lex) or s in lex.titles or s in lex.collective_titles:
        return False
    from .segment import word_tag

    if (word_tag(s) or "").startswith("nr"):
        return True  # a two-character name jieba's dictionary holds as a word
    return not _is_word(s) and not (len(s) == 3 and _is_word(s[1:]) and _is_word(s[:2]))


_APPOINTED = PATTERNS["persons"]["appointed"]
_APPOINTING = PATTERNS["persons"]["appointing"]
_APPOINTED_AS = PATTERNS["persons"]["appointed_as"]
_DOTTED = PATTERNS["persons"]["dotted"]
_COUNTED = PATTERNS["persons"]["counted"]
_PLURAL_CORE = PATTERNS["persons"]["plural_core"]


def _shared_post(post: str, pats: _Patterns) -> bool:
    m = None
    for t in pats.titles.finditer(post):
        if t.end() == len(post):
            m = t
    return bool(m and _PLURAL_CORE.search(m.group(0)))


#: characters of places and bodies, never of a four-character name (黄石市委副书记)
_BODY_CHARS = frozenset("市县省区镇乡村州委会局厅部院所处办司校")

#: characters no name starts with, read after a title (委员们, 书记也)
_NEVER_FIRST = frozenset("们也则都还均亦就又并即已不最团")
#: surnames that are also verbs or prepositions: 来公司, 学党史, 作示范, 向中外
_VERB_FIRST = frozenset("来去到率向和与学作做当为要在把被让使请给对从")
#: characters that are surnames and prepositions or conjunctions (向, 和, 于)
_PREPOSITIONS = frozenset("向和与同及在对为把被将给让请从于")

#: a name never ends in a place's unit (某某市) or in 副 (陆副市长: a surname and
#: the deputy's title)
_NOT_LAST = frozenset("市县省区镇乡村州副")
#: the surnames a married woman's two surnames are most often made of (林郑某某, 范徐某某)
_COMMON_SURNAMES = frozenset("陈林黄张李王吴刘蔡杨许郑谢郭洪邱曾廖赖徐周叶苏庄吕江何萧罗高范梁胡")

_NOT_FIRST = frozenset(
    "会议员部长委组届次年月日的了是在和与及等上下中后前时以为对市县省区镇乡村州国全各"
)


def _no_post_after(text: str, i: int, lex: Lexicon, pats: _Patterns) -> bool:
    """兼公安局长: what precedes a title is its organisation, not a name;
    仉立群教授: an honorific after a name is fine."""
    m = pats.titles.match(text, i)
    return m is None or m.group(0) in lex.honorifics


def _suffix_begins(text: str, i: int, lex: Lexicon) -> bool:
    """柳湾社区: what follows is the ending of a place or body, so no name ends here."""
    ends = lex.place_suffixes | lex.org_suffixes | lex.enterprise_strong
    return any(text[i:i + n] in ends for n in (1, 2, 3, 4))


def _glued(text: str, i: int, pats: _Patterns, lex: Lexicon) -> bool:
    """和工作队: a one-character follower that makes a common word with the name's
    last character (工作) does not end a name. But 王某平等出席 (等 then a verb),
    曹某方向徐某 (向 then a surname) and 温某正在社区 (在) end it: the follower
    does its own job."""
    from .segment import word_freq

    if not (_follower_len(text, i, pats) == 1 and i < len(text) and text[i] not in _PUNCT
            and word_freq(text[i - 1:i + 1]) > 1000):
        return False
    nxt = text[i + 1:i + 2]
    if text[i] == "等" and (not nxt or nxt in _PUNCT or nxt in "人位同领"
                           or pats.followers.match(text, i + 1) is not None
                           or word_freq(text[i:i + 2]) == 0):
        # 某某平等党和国家领导同志: 等 begins no word with what follows (等待, 等于
        # would), so it closes the list and 平等 is no word here
        return False
    if text[i] == "在":
        return False  # 区长温某在社区…: no name ends in 在, so 正在 is no word here
    return not (text[i] in "向和与同及跟" and nxt in lex.surnames)


def _word_begins(text: str, i: int) -> bool:
    """Does a common two- or three-character word start at ``i``?"""
    from .segment import word_freq

    return any(word_freq(text[i:i + n]) >= 50 for n in (2, 3) if i + n <= len(text))


def _is_word(s: str) -> bool:
    """Is ``s`` a common word of jieba's dictionary (so not an unknown name)?"""
    from .segment import word_freq

    return word_freq(s) > 20


def _org_like(cand: str, lex: Lexicon) -> bool:
    """党工委, 管委会: a body's name is not a person's."""
    if cand in lex.org_suffixes or cand[1:] in lex.org_suffixes:
        return True
    return len(cand) == 3 and cand[-1] in "委会局厅部院所处办署团组队"


def _single_follower(c: str, lex: Lexicon) -> bool:
    return c in lex.name_followers


def _name_at(text: str, i: int, lex: Lexicon, pats: _Patterns, foreign_ok: bool) -> str | None:
    """The person's name starting at ``i``, or ``None``; after a foreign title with
    a ruler's ordinal (维拉诺国王阿尔托二世)."""
    name = _name_from(text, i, lex, pats, foreign_ok)
    if name and foreign_ok and (rm := _REGNAL.match(text, i + len(name))) \
            and _follows_ok(text, rm.end(), pats):
        return name + rm.group(0)
    return name


def _name_from(text: str, i: int, lex: Lexicon, pats: _Patterns, foreign_ok: bool) -> str | None:
    """The person's name starting at ``i``, or ``None``."""
    if (lm := _P["latin_name"].match(text, i)) and _follows_ok(text, lm.end(), pats):
        return lm.group(0)  # 总裁、首席执行官Anna Weber一行: a foreign name in Latin letters
    if i >= len(text) or not _CJK.match(text[i]):
        return None
    if i > 0 and _COUNTED.match(text, i - 1):
        return None  # 13位党外委员: 位 counts, it names nobody
    if (m := _DOTTED.match(text, i)) and not pats.titles.search(m.group(0)) \
            and _dots_ok(text, m, lex):
        # 马蒂亚斯·韦伯率领, 安娜·施密特等: the last part ends where a follower starts
        for j in range(m.end() + 1, min(m.end() + 9, len(text) + 1)):
            if not _CJK.match(text[j - 1]):
                break
            if _follows_ok(text, j, pats):
                return text[i:j]
    cands: list[str] = []
    for slen in (2, 1):
        sur = text[i:i + slen]
        if len(sur) == slen and sur in lex.surnames:
            for glen in (1, 2):
                n = slen + glen
                cand = text[i:i + n]
                if len(cand) == n and all(_CJK.match(c) for c in cand):
                    cands.append(cand)
            break
    # 外长敦表示: a one-character name (never read) and a verb of speech, no name
    cands = [c for c in cands if not _P["speech_tail"].fullmatch(c, 1)]
    ok = [c for c in cands if _follows_ok(text, i + len(c), pats) and not _org_like(c, lex)
          and not _glued(text, i + len(c), pats, lex) and not _modifier_word(c)]
    if not ok and len(cands) and text[i:i + 1] in _COMMON_SURNAMES \
            and text[i + 1:i + 2] in _COMMON_SURNAMES:
        # 行政长官林郑月娥和…: a married woman's two surnames, then her given name
        four = text[i:i + 4]
        if len(four) == 4 and all(_CJK.match(c) for c in four) \
                and _follows_ok(text, i + 4, pats) and not _org_like(four, lex) \
                and not _is_word(four[2:]) and not pats.titles.search(four):
            return four
    if not ok:
        # no known follower: a name still ends where a common word begins
        # (鄢成林采取, 佟若愚提醒) and no word straddles the boundary
        ok = [c for c in sorted(cands, key=len, reverse=True)
              if _word_begins(text, i + len(c)) and not _suffix_begins(text, i + len(c), lex)
              and not _is_word(text[i + len(c) - 1:i + len(c) + 1])
              and not _is_word(c) and not _org_like(c, lex)][:1]
    if len(ok) > 1:
        short, long_ = sorted(ok, key=len)[:2]
        # 赵安等陪同: 等 is a follower, not the third character of a name;
        # 钱彬陪同: a two-character follower beats a one-character one
        after_short = _follower_len(text, i + len(short), pats)
        after_long = _follower_len(text, i + len(long_), pats)
        joined = long_[-1] in "和与及" and text[i + len(long_):i + len(long_) + 1] in "与和及、，"
        # 蒯某和参加调研: a 和 with a verb after it joins nothing, so it is the name's
        own = long_[-1] in "和与及" and after_long >= 2 \
            and not pats.titles.match(text, i + len(long_))
        # 郭某和等领导: 和 joins nothing to 等, so it is the name's
        own = own or long_[-1] in "和与及" and text[i + len(long_):i + len(long_) + 1] == "等"
        # 人大副主任某某来、镇长某某: a verb never stands before a list's 、
        own = own or text[i + len(long_):i + len(long_) + 1] == "、" \
            and long_[-1] not in "和与及等在"
        # 监事长某某来教授: a title right after 来 makes 来 the name's, not a verb
        own = own or long_[-1] in "来到去" and pats.titles.match(text, i + len(long_)) is not None
        if not own and ((_single_follower(long_[-1], lex) and not joined)
                        or after_short > after_long >= 0):
            ok = [short]  # but 晏清和与…: 和与 is no phrase, so 和 ends the name
        else:
            ok = [long_]
    if ok and foreign_ok and len(ok[0]) == 2:
        j = i
        while j < len(text) and text[j] in lex.translit:
            j += 1
        if 4 <= j - i <= 12 and _follows_ok(text, j, pats):
            return text[i:j]  # 副总理兼外长某列多夫: a transliteration, not a surname and a verb
    if ok:
        name = ok[0]
        if pats.titles.match(name, 1) or name[1:] in lex.titles:
            return None
        if name[-1] in "市县省区镇乡村州" or name[-2:] in ("大道", "大街", "公路"):
            return None  # 湖南省长沙市: 沙市 is no name; 武汉市长江大道: 江大道 is a road
        return name
    # a rare surname the list lacks (仉立群教授): a three-character string no
    # dictionary knows, followed by a word that follows names
    cand = text[i:i + 3]
    if cand[2:] == "等" and _P["closing_etc"].match(text, i + 3) and not _is_word(cand[:2]) \
            and not _org_like(cand[:2], lex) and cand[0] not in _NOT_FIRST \
            and all(_CJK.match(c) for c in cand[:2]) and not pats.titles.match(text, i + 1):
        return cand[:2]  # 市委副书记某涛等有关领导: 等 closes the list, it ends no name
    if len(cand) == 3 and all(_CJK.match(c) for c in cand) and not _org_like(cand, lex) \
            and (_follower_len(text, i + 3, pats) >= 2 or text[i + 3:i + 4] in _PUNCT
                 or text[i + 3:i + 4] in ("率", "等")  # 副市长某某率考察团, 某某等
                 or (_word_begins(text, i + 3) and not _suffix_begins(text, i + 3, lex))) \
            and _no_post_after(text, i + 3, lex, pats) and "兼" not in cand \
            and not _is_word(cand) and not _is_word(cand[:2]) \
            and not any(_is_word(text[i - k:i + 1]) for k in (1, 2, 3) if i - k >= 0) \
            and cand[0] not in _NOT_FIRST and not pats.titles.match(text, i + 1) \
            and not _P["speech_tail"].fullmatch(cand, 1):
        return None if _common_verb(cand[0]) else cand
    if foreign_ok:
        j = i
        while j < len(text) and (text[j] in lex.translit):
            j += 1
        if 2 <= j - i <= 12 and _follows_ok(text, j, pats):
            return text[i:j]
    return None


def _stops(text: str, i: int, lex: Lexicon) -> bool:
    """Does the post's organisation end at ``i`` (scanning left)?"""
    c = text[i - 1]
    if c.isascii() and c.isalpha() and (k := _latin_start(text, i)) >= 1 \
            and _CJK.match(text[k - 1]) and i - k <= 6:
        return False  # 某某科技股份有限公司CAE首席专家: letters inside the body's name
    if c in _PUNCT or c.isdigit() or c.isascii():
        return True
    if c in "日号年月" and i >= 2 and text[i - 2].isdigit():
        return True  # 29日区委书记, 2013年某某主席: a date, not the body's name
    if c in lex.stop_chars and not any(
        text.startswith(k, i - 1 - j) for k in lex.stop_keep for j in range(len(k))
        if i - 1 - j >= 0
    ) and not _proper_pair(text[i - 2:i]):
        return True
    if text[i - 2:i] == "主持" and _P["in_charge"].match(text, i):
        return False  # 主持党委工作副书记: the deputy in charge, one post
    return any(i - w >= 0 and text[i - w:i] in lex.stop_words for w in (2, 3, 4, 5))


def _common_verb(c: str) -> bool:
    """抓 (坚持五级书记抓乡村振兴): a common verb, no rare surname (仉, 亓, 希 are rare
    enough as verbs)."""
    from .segment import word_freq, word_tag

    return word_tag(c) == "v" and word_freq(c) > 5000


def _latin_start(text: str, i: int) -> int:
    """Where the run of Latin letters ending at ``i`` begins."""
    k = i
    while k > 0 and text[k - 1].isascii() and text[k - 1].isalpha():
        k -= 1
    return k


def _proper_pair(s: str) -> bool:
    """A stop character ending a two-character proper noun of jieba's dictionary
    (a brand or a name: 某为 + 技术有限公司) is part of the body's name."""
    from .segment import word_tag

    return len(s) == 2 and (word_tag(s) or "")[:2] in ("nr", "nt", "nz")


def _stop_left(text: str, i: int, lex: Lexicon, limit: int) -> int:
    """The start of the segment that ends at ``i``."""
    while i > limit and not _stops(text, i, lex):
        i -= 1
    return i


def _post_start(text: str, core_start: int, lex: Lexicon, pats: _Patterns,
                floor: int, taken: _Taken | None = None) -> int:
    """Where the organisation printed before a title core begins; a list inside
    the body's name never runs over a name already read (``taken``)."""
    i = core_start
    limit = max(floor, core_start - 20)
    while i > limit:
        c = text[i - 1]
        if c in "、和与及" and i < core_start:
            # 经济、交通和数字化部国务秘书: a list inside the body's own name
            j = _stop_left(text, i - 1, lex, max(floor, i - 13))
            seg = text[j:i - 1]
            name_like = len(seg) <= 4 and (seg[:1] in lex.surnames or seg[:2] in lex.surnames)
            whole = seg[-1:] in ("团", "组", "队")  # 省人大视察团、市委副书记: a body of its own
            # 在北京与某国副总统: a place and a conjunction, not a body's name
            whole = whole or text[j - 1:j] == "在" or bool(gazetteer().find(seg))
            whole = whole or taken is not None and taken.overlaps(j, i - 1)  # 高桥和子、
            # 我校挂职干部、灵璧县副县长: a standing of its own (干部, 代表) ends the body
            whole = whole or seg.endswith(("干部", *lex.collective_titles))
            if seg and not name_like and not whole and not pats.titles.search(seg) \
                    and (j > max(floor, i - 13) or j == floor == 0):
                i, limit = j, max(floor, j - 12)
                continue
            break
        if c in "）)" and i < core_start:
            # 星河电子（澜州）有限公司总经理: a place in brackets inside the body's name
            lo = max(floor, i - 9)
            k = max(text.rfind("（", lo, i - 1), text.rfind("(", lo, i - 1))
            if k > floor and all(_CJK.match(x) for x in text[k + 1:i - 1]) \
                    and _CJK.match(text[k - 1]):
                i, limit = k, max(floor, k - 12)
                continue
        if _stops(text, i, lex) or _P["follows_words"].search(text, max(0, i - 2), i):
            break
        i -= 1
    if i == limit and limit > floor:
        # 省高质量发展建设某某示范区领导小组第一副组长: a long body, read to the
        # punctuation before it, with no word on the way that ends a body
        j, lo = i, max(floor, core_start - 32)
        while j > lo and not _stops(text, j, lex):
            j -= 1
        return j if j > lo and text[j - 1] in "，。；：、\n" else core_start
    return i


_HEAD_OF_GOVERNMENT = _P["head_of_government"]
_CITED = _P["cited"]
_ITEM_END = re.compile("[、，。；：和及\n]")
_REGNAL = _P["regnal"]


def _left_ok(text: str, s: int, lex: Lexicon) -> bool:
    """Can a name begin at ``s``? After punctuation, the start, a conjunction, a
    locative (过程中, 会上, 会后) or a word that ends a post's organisation (在, 由,
    陪同...)."""
    if s <= 0:
        return True
    c = text[s - 1]
    return not _CJK.match(c) or c in "和与及同、的中时后上" or _stops(text, s, lex) \
        or _TEAMS.search(text, max(0, s - 3), s) is not None  # 团队某某教授


#: groups whose member's name may follow them directly (团队某某教授, 课题组某某)
_TEAMS = _P["teams"]


def _body_before(text: str, s: int, lex: Lexicon) -> int | None:
    """市政府袁某市长, 省质检院林某书记: where the body printed before a name begins
    (the name's own body, kept with the title after it), or ``None``."""
    from .entities import classify

    j = _stop_left(text, s, lex, max(0, s - 20))
    seg = text[j:s]
    if len(seg) >= 2 and (j == 0 or _stops(text, j, lex)) and classify(seg, lex) in (
            "Organization", "Place", "Enterprise"):
        return j
    return None


def _dotted_before(text: str, ts: int, lex: Lexicon) -> int | None:
    """塔力甫·沙木局长: where a dotted (foreign or minority) name ending at ``ts`` begins."""
    i = ts
    while i > 0 and ts - i < 16 and (_CJK.match(text[i - 1]) or text[i - 1] in _DOTS) \
            and text[i - 1] not in "和与及同的":
        i -= 1
    run = text[i:ts]
    if not any(d in run for d in _DOTS) or run[0] in _DOTS or run[-1] in _DOTS \
            or not all(c == "·" or c not in _DOTS or run[k - 1] in lex.translit
                       and run[k + 1] in lex.translit for k, c in enumerate(run)):
        return None
    return i


#: the middle dot of a transliterated name and what pages put in its place
_DOTS = frozenset("·?？•・.．")


def _dots_ok(text: str, m: re.Match, lex: Lexicon) -> bool:
    """A stand-in for · (阿依古?吐尔逊 (invented)) only between transliteration characters:
    市长吗？我… is a question, not a name."""
    for k in range(m.start(), m.end()):
        if text[k] in _DOTS and text[k] != "·" and not (
                text[k - 1] in lex.translit and text[k + 1:k + 2] in lex.translit):
            return False
    return True


def _name_before(text: str, ts: int, lex: Lexicon, pats: _Patterns,
                 known: set[str], foreign: bool) -> tuple[int, str, bool] | None:
    """The name written just before a title that starts at ``ts`` (袁某市长, 习某主席,
    阿某某斯总统), with where the name begins; ``None`` when none is there."""
    if ts < 2:
        return None
    for k in _known_before(text, ts, known):
        if _left_ok(text, ts - len(k), lex) or _body_before(text, ts - len(k), lex) is not None:
            return ts - len(k), k, False
    if (d := _dotted_before(text, ts, lex)) is not None and _left_ok(text, d, lex):
        return d, text[d:ts], False
    end = ts
    if foreign and (rm := _REGNAL.search(text, max(0, ts - 4), ts)) and rm.end() == ts:
        end = rm.start()  # 阿尔托二世国王
    if foreign:
        i = end
        while i > 0 and end - i < 8 and text[i - 1] in lex.translit:
            i -= 1
        # 同卡某总理会晤: two characters will do after 同/与/和, when no word of the
        # dictionary (印尼, 该国) is read instead
        two = end - i == 2 and i > 0 and text[i - 1] in "同与和" \
            and not _common(text[i:end]) and not _is_word(text[i:end])
        if (end - i >= 3 or two) and _left_ok(text, i, lex) and not _place_word(text[i:end]):
            return i, text[i:ts], False
    for n in (4, 3, 2):
        s = end - n
        cand = text[s:end]
        if s < 0 or not all(_CJK.match(c) for c in cand):
            continue
        if n == 4 and not (cand[0] in lex.surnames and cand[1] in lex.surnames
                           and s > 0 and text[s - 1] in "的，、。“”："
                           and not any(c in _BODY_CHARS for c in cand)
                           and not _place_word(cand[:2]) and cand[0] not in "和与及"):
            continue  # 的范徐某某委员: a married woman's two surnames, then her name (not 、和某某)
        if s > 0 and _COUNTED.match(text, s - 1):
            continue  # 13位党外委员: 位 counts the members, it names nobody
        if n == 3 and cand[-1] in "及与":
            continue  # 甲、乙某及副县级干部: 及 joins the title's holders to the list
        if cand[0] in "和与及":
            continue  # 参与和阿副总统: a conjunction, then an abbreviated country
        if not (cand[0] in lex.surnames or (n == 3 and cand[:2] in lex.surnames)):
            continue
        if _common(cand) or _org_like(cand, lex) or pats.titles.search(cand) \
                or cand[-1] in _NOT_LAST:
            continue
        if n == 3 and _common(cand[:2]) and not _common(cand[1:]):
            continue  # 学院王某: 学院 is a word, so 院王 is no name's start
        if n == 3 and cand[0] in _PREPOSITIONS and _common(cand[1:]):
            continue  # 向科技部长: a preposition before a word, not a name
        if n == 2 and cand[0] in _PREPOSITIONS and _crossing_word(cand[1] + text[ts]):
            continue  # 向红军长征: 红军 is a word across the name and the title
        if n == 3 and _frequent_verb(cand[1:]):
            continue  # 主办方负责同志: 负责 is a verb, 方负责 no name
        if s > 0 and _common(text[s - 1:s + 1]) and not _known_name(cand):
            continue  # 了解曾某先生, 办公室副主任: 解, 公 belong to 了解, 办公 (not 落实习某某)
        if _left_ok(text, s, lex) or _body_before(text, s, lex) is not None:
            return s, text[s:ts], False
        if _known_name(cand):
            return s, text[s:ts], True  # 按照习某某总书记…: glued to the verb before it
    return None


def _named_item(text: str, start: int, ts: int, phrases: dict[int, PersonPhrase],
                lex: Lexicon, pats: _Patterns) -> bool:
    """…顾问周某某教授、…委员陈某教授: a list item that ends in a name and the title
    written after it is a person of its own, not an earlier post of the next name's
    chain. The name is one found already, or two or three characters from a surname
    between a title and the title at ``ts``."""
    if any(p.name.end == ts for p in phrases.values()):
        return True
    for n in (2, 3):
        k = ts - n
        if k > start and (text[k] in lex.surnames or text[k:k + 2] in lex.surnames) \
                and all(_CJK.match(c) for c in text[k:ts]) \
                and any(t.end() == k for t in pats.titles.finditer(text, start, k)):
            return True
    return False


def _chain_after(text: str, i: int, lex: Lexicon, pats: _Patterns,
                 known: set[str]) -> tuple[list[Mention], int]:
    """某某党组成员、副局长 (a leaders' page, one line a person): the posts that follow
    a name's first title, 、 apart, each ending in a title that ends a post (what
    follows could follow a name) with no name of its own before it; and where
    they end."""
    posts: list[Mention] = []
    if (glued := pats.titles.match(text, i)) and _follows_ok(text, glued.end(), pats) \
            and _title_ends(text, glued) and glued.group(0) not in lex.collective_titles:
        # 某某书记校长: a second title glued to the first, no 、 between
        posts.append(Mention(glued.group(0), "Position", i, glued.end()))
        i = glued.end()
    while i < len(text) and text[i] == "、":
        k = i + 1
        stop = _CLAUSE_END.search(text, k, k + 21)
        e = stop.start() if stop else min(len(text), k + 20)
        core = next((t for t in pats.titles.finditer(text, k, e)
                     if _follows_ok(text, t.end(), pats) and _title_ends(text, t)), None)
        if core is None or core.group(0) in lex.collective_titles \
                or _name_before(text, core.start(), lex, pats, known, False) is not None:
            break
        posts.append(Mention(text[k:core.end()], "Position", k, core.end()))
        i = core.end()
    return posts, i


_CLAUSE_END = re.compile("[、，。；：！？\n]")
_NEWLINE = re.compile("\n")


def _inside_chain(text: str, ns: int, phrases: dict[int, PersonPhrase],
                  pats: _Patterns) -> bool:
    """…党委常委、X党委书记、…: X follows a 、 that closes a post with no name in it,
    so X is the body of the chain's next post, not a name."""
    if ns < 3 or text[ns - 1] != "、":
        return False
    prev = None
    for t in pats.titles.finditer(text, max(0, ns - 21), ns - 1):
        prev = t if t.end() == ns - 1 else prev
    if prev is None:
        return False
    stop = max(text.rfind(c, 0, ns - 1) for c in "、，。；：\n")
    return not any(stop < p.name.start < ns for p in phrases.values())


def _heads_chain(text: str, end: int, lex: Lexicon, pats: _Patterns) -> bool:
    """X党委副书记、…市委副书记、…市长某某: a chain of posts that ends in a title
    and the name after it is that name's; X before its first post is a body."""
    if text[end:end + 1] != "、":
        return False
    stop = _CLAUSE_END.search(text, end + 1, end + 26)
    e = stop.start() if stop else min(len(text), end + 25)
    for t in pats.titles.finditer(text, end + 1, e):
        name = _name_at(text, t.end(), lex, pats, False)
        if name and not _no_name_after_title(name, lex):
            return True
    return False


def _roster_line(text: str, i: int, lex: Lexicon, pats: _Patterns,
                 known: set[str]) -> PersonPhrase | None:
    """某某市纪委派驻市司法局纪检组组长、党组成员: a line of a leaders' page that opens
    with a name, then posts each ending in a title, 、 apart, to the line's end or
    to a verb of the person's duties (…副局长负责…, when the page's lines were
    joined). The first post opens with a title (the longer the likelier: 某波|副巡视员,
    not 某波副|巡视员) or with its body (市纪委…, a place)."""
    best: tuple[int, PersonPhrase] | None = None
    for n in (3, 2):
        name, k = text[i:i + n], i + n
        if len(name) < n or not all(_CJK.match(c) for c in name) \
                or not (name[0] in lex.surnames or name[:2] in lex.surnames) \
                or name[-1] in _NOT_LAST or _org_like(name, lex) \
                or pats.titles.search(name) or k >= len(text):
            continue
        t = pats.titles.match(text, k)
        if t and t.group(0) in lex.collective_titles:
            continue  # 鄢某某同志带领…: a courtesy, no post
        if n == 2 and t and _common(name) and pats.titles.match(text, t.end()):
            continue  # 国家主席特使: a common word before a chain of titles is its body
        score = len(t.group(0)) if t else (
            1 if text[k] in _BODY_CHARS and not _common(name) else 0)
        if not score or best is not None and score <= best[0]:
            continue
        core = next((x for x in pats.titles.finditer(text, k, min(len(text), k + 25))
                     if _title_ends(text, x) and _roster_end(text, x.end(), pats, True)), None)
        if core is None or not all(_CJK.match(c) for c in text[k:core.end()]):
            continue
        more, end = _chain_after(text, core.end(), lex, pats, known)
        if not _roster_end(text, end, pats, False):
            continue
        posts = [Mention(text[k:core.end()], "Position", k, core.end()), *more]
        best = (score, PersonPhrase(Mention(name, "Person", i, k), posts, i, after=end))
    return best[1] if best else None


def _roster_end(text: str, e: int, pats: _Patterns, list_ok: bool) -> bool:
    """Where a line of a leaders' page may end: the line's end, a verb of duties
    (负责, 主持, 分管), or (inside the line) the 、 before the next post."""
    return e >= len(text) or text[e] == "\n" or list_ok and text[e] == "、" \
        or _follower_len(text, e, pats) >= 2


def _known_before(text: str, ts: int, known: set[str]) -> list[str]:
    """The names of ``known`` that end at ``ts``, longest first (a lookup per length,
    not a scan of every name)."""
    return [text[ts - n:ts] for n in range(min(ts, 16), 1, -1) if text[ts - n:ts] in known]


def _inside_word(text: str, s: int, lex: Lexicon, pats: _Patterns) -> bool:
    """Does a known name (or a surname) found at ``s`` begin inside a longer word?
    提高明显 is not the person 高明; after punctuation, a stop character, a title,
    a word that names follow, or 他/她, a name may begin."""
    if s == 0 or not _CJK.match(text[s - 1]) or text[s - 1] in lex.stop_chars \
            or pats.titles.search(text[max(0, s - 6):s] + "\x00") \
            or text[s - 1] in "。，、；：“”（）":
        return False
    return not (any(text.endswith(w, 0, s) for w in lex.name_followers) or text[s - 1] in "他她")


def _known_name(s: str) -> bool:
    """贯彻习某某总书记…: a three-character name the dictionary tags as a person's
    needs no boundary before it."""
    from .segment import word_tag

    return len(s) == 3 and (word_tag(s) or "").startswith("nr")


def _longer_word(text: str, core: re.Match) -> bool:
    """主席国, 总统府, 成员单位: the dictionary has the title with what follows as one
    word; 代表之家, 委员工作室: a place named for the holders of the title."""
    from .segment import word_freq

    i = core.end()
    return i < len(text) and _CJK.match(text[i]) is not None \
        and (any(word_freq(core.group(0) + text[i:i + n]) > 0 for n in (1, 2))
             or _P["title_as_modifier"].match(text, i) is not None)


#: 作为/同为/身为 + post + 的, just before a post and a name: that post is the name's
_AS_MEMBER = _P["as_member"]

#: collective words that are one unit's post when that unit is named before them
_HEADS = frozenset({"负责人"})
_GENERIC_HEAD = _P["generic_head"]

#: a post's body that says its holder is Japanese (a name of four characters)
_JAPANESE = _P["japanese_body"]

#: verbs that open with 会 and follow a name and its title
_MEETING_VERBS = frozenset({"会晤", "会见", "会谈"})


def _verb_into_title(text: str, core: re.Match) -> bool:
    """办理事项, 管理事务: the character before a title and its first make a verb
    (data/patterns.toml), so the title is no title."""
    i = core.start()
    return i > 0 and _P["verb_into_title"].match(text, i - 1) is not None


def _title_ends(text: str, core: re.Match) -> bool:
    """Can a title written after a name end here? Not when it begins a longer word
    (委员会, 主席团, 院长办公会): what follows is then no act of the person's."""
    from .segment import word_freq

    i = core.end()
    if i >= len(text) or text[i] in _PUNCT or not _CJK.match(text[i]):
        return True
    if text[i:i + 2] in _MEETING_VERBS:
        return True  # 某某总理会晤, 会见, 会谈: a verb, not 总理会
    if text[i] in "会团组处部室科办们":
        return False
    if any(word_freq(core.group(0) + text[i:i + n]) > 0 for n in (1, 2)):
        return False
    # 向某部长期以来: the title's last character makes a word with what follows
    return not any(word_freq(text[i - 1:i + n]) > 1000 for n in (1, 2))


def _no_name_after_title(name: str, lex: Lexicon, collective: bool = False) -> bool:
    """习某总书记强调, 委员们普遍, 教授和顾某, 总书记关于新时代, 站长团成员, 群众作示范:
    what follows a title is a verb, a plural, a conjunction before the next name or
    a phrase, not a name (though an adjective or a noun, 安康 or 永平, may be one).
    After a collective title (领导, 干部) a name has no common word in it at all:
    领导干部要, 领导好全面, 医生边操作."""
    from .segment import word_freq, word_tag

    def tag(s: str) -> str:
        return (word_tag(s) or "x")[0]

    # (成员和某场承包商: 和 joins a common word, no name)
    if name[0] in _NEVER_FIRST or name[-1] == "的" or "们" in name or _very_common(name[:2]) \
            or name in lex.titles or name in lex.collective_titles or (
            _common(name) and tag(name) in "vpdcurm") or (
            name[0] in _PREPOSITIONS and name[1] in lex.surnames
            and not _surname_yu(name)) or (
            name[0] in "和与及同" and (tag(name[1:]) not in "nx" or word_freq(name[1:]) > 0
                                   and not (word_tag(name[1:]) or "").startswith("nr"))):
        return True
    if len(name) == 3 and (
            (_common(name[:2]) and tag(name[:2]) in "pcdv")  # 关于新, 展示了
            or (name[0] in _VERB_FIRST and _common(name[1:]))
            or name[1:] in lex.titles or name[1:] in lex.collective_titles
            or name[1:] in ("成员", "人员")):
        return True
    return collective and (
        _common(name[:2]) or name[0] in _VERB_FIRST or name[0] in "和与及同"  # 成员和某场主
        or not (name[0] in lex.surnames or name[:2] in lex.surnames)  # 领导好全面
        or (len(name) == 3 and _common(name[1:]) and tag(name[1:]) not in "n"))


def _surname_yu(name: str) -> bool:
    """市长于某田: 于 is a common surname as well as a preposition; before two
    characters no dictionary knows as a word it opens a name (not 于张家口)."""
    from .segment import word_freq

    return len(name) == 3 and name[0] == "于" and word_freq(name[1:]) < 20


def _place_word(s: str) -> bool:
    """爱尔兰总理: a country or place the dictionary knows is no foreign name."""
    from .segment import word_tag

    return any((word_tag(s[k:]) or "").startswith("ns") for k in range(len(s) - 1))


def _four_at(text: str, at: int, pats: _Patterns) -> str | None:
    """The four characters at ``at`` when a name may end after them (a Japanese name
    after a 日本 body's title)."""
    four = text[at:at + 4]
    return four if all(_CJK.match(c) for c in four) and _follows_ok(text, at + 4, pats) else None


def _two_posts(text: str, start: int, core: re.Match, pats: _Patterns,
               lex: Lexicon) -> int | None:
    """区委常委 常务副区长 (the space gone): a title then 常务/执行 and the next title are
    two posts; where the second begins, or ``None``."""
    last = None
    for t in pats.titles.finditer(text, start, core.start()):
        last = t
    gap = text[last.end():core.start()] if last is not None else None
    if last is not None and last.start() > start and last.group(0) not in lex.collective_titles \
            and (
            gap in ("常务", "执行") or gap == "" and core.group(0).startswith(("常务", "执行"))):
        return last.end()
    return None


def _odd_in_list(text: str, k: int, lex: Lexicon, pats: _Patterns,
                 sizes: tuple[int, ...] = (4, 3, 2)) -> str | None:
    """…、某某某、洛桑某某、某某·某某出席, 市领导某某、果某、…: a name no surname opens
    (Tibetan, Uyghur: two to four characters) between two names of a list, or
    closing it before a verb that follows names."""
    from .entities import classify

    for n in sizes:
        item, e = text[k:k + n], k + n
        if len(item) < n or not all(_CJK.match(c) for c in item) or _org_like(item, lex) \
                or pats.titles.search(item) or _P["not_in_name"].search(item) \
                or classify(item, lex) in ("Organization", "Enterprise") \
                or (_common_verb(item[0]) and text[k - 1:k] != "、") \
                or n < 4 and (_is_word(item) or _is_word(item[:2]) or item[-1] in "等和及"
                              or classify(item, lex) == "Place"):
            continue
        if text[e:e + 1] == "、":
            nxt = _name_at(text, e + 1, lex, pats, False)
            if nxt and not pats.titles.match(text, e + 1 + len(nxt)):
                return item
            continue
        two_words = _is_word(item[:2]) and _is_word(item[2:])  # 、项目建设等…
        if not two_words and _follower_len(text, e, pats) >= 2:
            return item
    return None


def _split_bodies(post: Mention, lex: Lexicon, pats: _Patterns) -> list[Mention]:
    """某分公司、某电力公司总经理: bodies listed before one title, each a body of its
    own (not 经济、交通和数字化部, one body's name), give one post each."""
    from .entities import classify

    if "、" not in post.text:
        return [post]
    core = None
    for t in pats.titles.finditer(post.text):
        core = t if t.end() == len(post.text) else core
    if core is None:
        return [post]
    parts = post.text[:core.start()].split("、")
    if len(parts) < 2 or not all(len(x) >= 4 and classify(x, lex) in ("Organization", "Enterprise")
                                 and x.endswith(tuple(lex.enterprise_strong | lex.org_suffixes))
                                 for x in parts):
        return [post]
    out, at = [], post.start
    for x in parts:
        out.append(Mention(x + core.group(0), "Position", at, post.end))
        at += len(x) + 1
    return out


def _read_occurrences(text: str, written: str, label: str, phrases: dict[int, PersonPhrase],
                      taken: _Taken, lex: Lexicon, pats: _Patterns) -> None:
    """Every free occurrence of ``written`` in ``text`` that reads as a name (a
    follower after it, no longer word around it): a phrase of the person ``label``.
    A full name of three or more may be followed by any common word (某某某立足…,
    某某某结合…): so long a name is not met by chance."""
    for s in _occurrences(text, written):
        e = s + len(written)
        if taken.overlaps(s, e) or not (_follows_ok(text, e, pats) or (
                len(written) >= 3 and written == label and _word_begins(text, e))) \
                or _inside_word(text, s, lex, pats):
            continue
        phrases[s] = PersonPhrase(Mention(written, "Person", s, e, label), [], s, False)
        taken.add(s, e)


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` starts in ``text``, left to right, without overlaps (a plain
    search: a name needs no pattern compiled for it)."""
    s = text.find(word)
    while s >= 0:
        yield s
        s = text.find(word, s + len(word))


def _without_honours(post: Mention) -> Mention:
    """图灵奖获得者、清华大学教授: an honour listed before a post is no part of it."""
    m = _P["honour_items"].match(post.text)
    if m is None or m.end() == len(post.text):
        return post
    return Mention(post.text[m.end():], "Position", post.start + m.end(), post.end)


def _slogan(items: list[str]) -> bool:
    """项目多、任务重、时间紧: every item opens with a common word (a noun and what is
    said of it), a list of phrases, not of names."""
    return all(len(x) == 3 and _common(x[:2]) for x in items)


def _very_common(s: str) -> bool:
    """单位, 工作: a word so frequent that it is no one's name (成员单位要…)."""
    from .segment import word_freq, word_tag

    return word_freq(s) > 5000 and not (word_tag(s) or "").startswith("nr")


def _frequent_verb(s: str) -> bool:
    """负责, 主持, 建设: a frequent verb of the dictionary, never the given name of a
    name read before a title."""
    from .segment import word_freq, word_tag

    return (word_tag(s) or "").startswith("v") and word_freq(s) > 1000


def _crossing_word(s: str) -> bool:
    """红军 in 向红军长征: a frequent word of two across a name's end and a title's
    start, so neither is what it seems."""
    from .segment import word_freq, word_tag

    return word_freq(s) > 1000 and not (word_tag(s) or "").startswith("nr")


def _modifier_word(s: str) -> bool:
    """殷切, 亲切: an adjective or adverb of the dictionary, which names nobody
    (黄市长殷切希望: the mayor hopes earnestly)."""
    from .segment import word_tag

    return (word_tag(s) or "") in ("a", "ad", "d")


def _common(s: str) -> bool:
    """A common word of the dictionary and not a name jieba knows (强调, 关于, 常务)."""
    from .segment import word_freq, word_tag

    return word_freq(s) > 50 and not (word_tag(s) or "").startswith("nr")


def _post_after_name(text: str, ns: int, core: re.Match, j: int | None) -> Mention:
    """The post of 市政府袁某市长: the body before the name (starting at ``j``) with the
    title after it (省质检院 + 书记), or the title alone (市长: a government's head is
    its 市长)."""
    title = core.group(0)
    if j is None or _HEAD_OF_GOVERNMENT.fullmatch(title) and text[j:ns].endswith("政府") \
            or _P["personal_rank"].fullmatch(title):
        # (某医院神经内科某某教授: a man's own rank, held in no body)
        return Mention(title, "Position", core.start(), core.end())
    return Mention(text[j:ns] + title, "Position", j, core.end())


def _posts_before_body(text: str, at: int | None, lex: Lexicon, pats: _Patterns,
                       phrases: dict[int, PersonPhrase], taken: _Taken) -> list[Mention]:
    """某中心主任、某大学某某院士: the posts printed before the body that stands
    before a name (``at``), 、 apart, with no name of their own: the name's too."""
    posts: list[Mention] = []
    while at is not None and at >= 3 and text[at - 1] == "、":
        core = next((t for t in pats.titles.finditer(text, max(0, at - 12), at - 1)
                     if t.end() == at - 1 and _title_ends(text, t)), None)
        if core is None or core.group(0) in lex.collective_titles:
            break
        start = _post_start(text, core.start(), lex, pats, 0, taken)
        if start > 0 and text[start - 1] not in "、，。；：\n":
            break  # the body's name was cut short (大数据院院长): read nothing
        if taken.overlaps(start, at - 1) or any(
                p.start < at - 1 and start < p.end for p in phrases.values()):
            break  # 林某书记、北京大学张某院士: 书记 is the name before's
        posts.insert(0, Mention(text[start:core.end()], "Position", start, core.end()))
        at = start
    return posts


def find_persons(text: str, lex: Lexicon, known: set[str] | None = None) -> list[PersonPhrase]:
    """Every anchored person phrase of an article, in text order.

    ``known`` collects the names found, so later occurrences elsewhere in the
    article are read as the same person.
    """
    from .entities import classify

    pats = _patterns(lex)
    phrases: dict[int, PersonPhrase] = {}
    taken = _Taken(len(text))
    known = known if known is not None else set()

    # 1. names after a title (the title chain is gathered backwards)
    for m in pats.titles.finditer(text):
        core, ce = m.group(0), m.end()
        if _longer_word(text, m):
            continue  # 主席国, 总统府, 部长级: the title begins a longer word
        if _verb_into_title(text, m):
            continue  # 可办理事项: 理 ends the verb 办理, so 理事 is no title
        foreign = core in lex.foreign_titles or core.removeprefix("副") in lex.foreign_titles
        aside = _P["aside"].match(text, ce)
        at = aside.end() if aside else ce  # 副总经理（主持工作）梁某: the name after the aside
        name = _name_at(text, at, lex, pats, foreign)
        odd = None
        if not name and core in lex.collective_titles:
            name = odd = _odd_in_list(text, at, lex, pats)  # 市领导果某、胡某…: a list's first
        elif not name and not any(_is_word(text[at + i:at + i + 2]) for i in range(3)) \
                and not _P["not_in_name"].search(text, at, at + 4):
            name = odd = _odd_in_list(text, at, lex, pats, (4,))  # 市委书记白玛某某主持
        if not name and (jp := _JAPANESE.search(text, max(0, m.start() - 20), m.start())) \
                and not _CLAUSE_END.search(text, jp.end(), m.start()) \
                and not pats.titles.search(text, at, at + 4):
            name = _four_at(text, at, pats)  # 日本外务省亚洲大洋洲局局长某某: a Japanese name
        nb = _name_before(text, m.start(), lex, pats, known, foreign) \
            if core not in lex.collective_titles and _title_ends(text, m) else None
        if name and nb and (any(d in nb[1] for d in _DOTS) or nb[1] in known):
            name = None  # 塔力甫·沙木局长来村里: a dotted or known name owns the title
        if name and name != odd and (_no_name_after_title(name, lex, core in lex.collective_titles)
                     or _common(name) and (
                core in lex.collective_titles or not _no_post_after(
                text, at + len(name), lex, pats))):
            # 强调, 委员们; 领导班子; 领导常务副会长: a word before a title is its start
            name = None
        if not name and nb is not None:
            # 袁某市长, 金某委员呼吁, 习某主席和…: the title follows the name
            ns, name, glued = nb
            if ns not in phrases and not taken.overlaps(ns, ns + len(name)):
                # 学习习某总书记关于…的重要论述, 按照习某总书记…的要求: a leader's words
                # cited (or the name glued to the verb that cites them), no post read
                body_at = _body_before(text, ns, lex)
                posts = [] if glued or _CITED.match(text, ce) \
                    else [_post_after_name(text, ns, m, body_at)]
                chain_end = ce
                if posts:
                    more, chain_end = _chain_after(text, ce, lex, pats, known)
                    if _inside_chain(text, ns, phrases, pats) \
                            or more and _heads_chain(text, chain_end, lex, pats):
                        continue  # 自治区党委常委、乌昌党委书记、…书记朱某: 乌昌 is a body
                    posts.extend(more)
                    posts[:0] = _posts_before_body(text, body_at, lex, pats, phrases, taken)
                # the phrase starts with the body printed before the name (人力资源部某某部长,
                # 某医院某某教授, whose rank is held in no body)
                begins = [ns] + [x.start for x in posts] \
                    + ([body_at] if posts and body_at is not None else [])
                phrases[ns] = PersonPhrase(Mention(name, "Person", ns, ns + len(name)), posts,
                                           min(begins), after=chain_end)
                taken.add(ns, ns + len(name))
                known.add(name)
            continue
        if not name:
            continue
        collective = core in lex.collective_titles
        start = _post_start(text, m.start(), lex, pats, 0, taken)
        if _known_before(text, m.start(), known):
            continue  # 孙东厅长: a title after a name, not before one
        if len(name) < 4 and _JAPANESE.search(text, start, m.start()) \
                and _follower_len(text, at + len(name), pats) < 2:
            name = _four_at(text, at, pats) or name  # 日本驻某地总领事某某和某: four characters
        if collective and core in _HEADS and m.start() - start >= 2 \
                and not _GENERIC_HEAD.search(text, start, m.start()):
            collective = False  # 运营中心负责人某某, 质量负责人: one unit's head, a post
        posts = [] if collective else [Mention(text[start:ce], "Position", start, ce)]
        if posts and (split := _two_posts(text, start, m, pats, lex)):
            posts = [Mention(text[start:split], "Position", start, split),
                     Mention(text[split:ce], "Position", split, ce)]
        # earlier items of a chain: 市委副书记、市长X
        while start >= 2 and text[start - 1] in "、兼":
            prev = None
            for pm in pats.titles.finditer(text, max(0, start - 25), start - 1):
                if pm.end() == start - 1:
                    prev = pm
            if prev is None:
                break
            s2 = _post_start(text, prev.start(), lex, pats, 0, taken)
            if _named_item(text, s2, prev.start(), phrases, lex, pats):
                break  # …副主任委员甲某教授、…副主任委员乙某: the item before is a person's
            if prev.group(0) not in lex.collective_titles or prev.group(0) in _HEADS \
                    and prev.start() - s2 >= 2 and not _GENERIC_HEAD.search(text, s2, prev.start()):
                # 青年科学家代表、… is no post; 质量负责人、… is one
                posts.insert(0, Mention(text[s2:prev.end()], "Position", s2, prev.end()))
            start = s2
        ns = at
        posts = [x for post in posts for x in _split_bodies(post, lex, pats)]
        posts = [_without_honours(x) for x in posts]
        if posts and (asm := _AS_MEMBER.search(text, max(0, start - 24), start)) \
                and any(t.end() == len(asm.group(1)) for t in pats.titles.finditer(asm.group(1))):
            # 同为全国政协委员的央行行长某某: the post said first is his too
            posts.insert(0, Mention(asm.group(1), "Position", asm.start(1), asm.end(1)))
        after = 0
        if not collective and (t2 := pats.titles.match(text, ns + len(name))) \
                and t2.group(0) not in lex.collective_titles and _title_ends(text, t2):
            # …学院院长某某委员说: a title on both sides; the member holds both
            posts.append(Mention(t2.group(0), "Position", t2.start(), t2.end()))
            after = t2.end()
        phrases[ns] = PersonPhrase(Mention(name, "Person", ns, ns + len(name)), posts, start,
                                   collective, after)
        taken.add(ns, ns + len(name))
        known.add(name)

    # 1a. a leaders' page: a line that is a name and its posts (某某市纪委派驻…组长、党组成员)
    for i in [0] + [m.end() for m in _NEWLINE.finditer(text)]:
        if i not in phrases and (p := _roster_line(text, i, lex, pats, known)) is not None \
                and not taken.overlaps(p.name.start, p.name.end):
            phrases[i] = p
            taken.add(p.name.start, p.name.end)
            known.add(p.name.text)

    # 1b'. a name before a courtesy word (肖某某同志, 曾某先生, 刘某同学): a person, no post
    for m in pats.courtesy.finditer(text):
        if m.end() < len(text) and text[m.end()] in "们会":
            continue  # 同志们, 同学会
        at = m.start() - 1 if text[m.start() - 1:m.start()] == "等" else m.start()
        nb = _name_before(text, at, lex, pats, known, False)  # 周某等同志: the name before 等
        if nb is None:
            continue
        ns, name, _glued_to_verb = nb
        if ns not in phrases and not taken.overlaps(ns, ns + len(name)) \
                and not _no_name_after_title(name, lex):
            phrases[ns] = PersonPhrase(Mention(name, "Person", ns, ns + len(name)), [], ns,
                                       True, after=m.end())
            taken.add(ns, ns + len(name))
            known.add(name)

    # 1c. posts taken up: A担任审判长, A已调任X (A named elsewhere in the article)
    for m in (_P["takes_up"].finditer(text) if _P["takes_up_verb"].search(text) else ()):
        # the name ends where the verb begins (…管委会主任某某自担任: not from the match's start);
        # a name already read there first
        k, name = next(((ns, p.name.text) for ns, p in phrases.items()
                        if m.start(1) in (p.name.end, p.after)), (m.start(), None))
        if name is None:
            name = _name_at(text, k, lex, pats, True)
            if not name or not text.startswith(m.group(1), k + len(name)) or _common(name):
                continue  # (司机担任…: a word, no name)
        item = m.group(2).removesuffix("以来")  # 自担任某村第一书记以来: the post, held since
        if _P["takes_up_time"].search(item):
            continue
        if any(t.end() == len(item) for t in pats.titles.finditer(item)):
            at = m.start(2)
            post = Mention(item, "Position", at, at + len(item))
            if k in phrases:
                phrases[k].posts.append(post)
            elif not taken.overlaps(k, k + len(name)):
                phrases[k] = PersonPhrase(Mention(name, "Person", k, k + len(name)), [post], k)
                taken.add(k, k + len(name))
                known.add(name)
            if m.group(1).startswith("等"):
                _elected_list(text, k, post, phrases, taken, known, lex)

    # 1d. 以A为团长，B为副团长的代表团: posts given with 为
    for m in _P["made_head"].finditer(text):
        for p in phrases.values():
            if p.name.end == m.start():
                p.posts.append(Mention(m.group(1), "Position", m.start(1), m.end(1)))

    # 1b. appointments: 任命A为X、Y; A同志任X; 任命：A为X；B为Y
    for m in _APPOINTED.finditer(text):
        k = m.end()
        if m.group(0).strip() in ("", "：", ":") and \
                not _APPOINTING.search(text, max(0, k - 200), k):
            continue
        name = _name_at(text, k, lex, pats, True)
        bare = k in phrases and not phrases[k].posts and phrases[k].name.text == name
        if not name or (k in phrases or taken.overlaps(k, k + len(name))) and not bare:
            continue  # (杭某同志任…: the courtesy word found the name; the posts are here)
        rest = _APPOINTED_AS.match(text, k + len(name))
        if not rest:
            continue
        posts, at = [], rest.start(1)
        for item in rest.group(1).split("、"):
            item = _P["appointed_post_tail"].sub("", item)
            end = pats.titles.search(item)
            if end is None or not any(t.end() == len(item) for t in pats.titles.finditer(item)):
                break
            posts.append(Mention(item, "Position", at, at + len(item)))
            at += len(item) + 1
        if posts and bare:
            phrases[k].posts.extend(posts)
        elif posts:
            phrases[k] = PersonPhrase(Mention(name, "Person", k, k + len(name)), posts, k)
            taken.add(k, k + len(name))
            known.add(name)

    # 2. names listed after an anchored name: A、B、C和D
    def extend(starts: list[int]) -> None:
        """Read on the list each phrase of ``starts`` begins (a name, 、, a name…)."""
        for ns in starts:
            extend_one(phrases[ns])

    def extend_one(p: PersonPhrase) -> None:
        j = p.name.end
        if proxy := _PROXY.match(text, j):
            j = proxy.end()  # 委员A（B代）、C: the list goes on past who stood in for A
        while j < len(text) and text[j] in "、和及":
            k = opens = j + 1
            if (unit := _UNIT_OF.match(text, k)) and not _CLAUSE_END.search(unit.group(1)) \
                    and classify(unit.group(1), lex) == "Organization":
                k = unit.end()  # 、秘书处的A、B和C: a unit of the body, then its staff
            if k in phrases or pats.titles.match(text, k):
                break
            name = _name_at(text, k, lex, pats, False) or _odd_in_list(text, k, lex, pats)
            if not name or pats.titles.match(text, k + len(name)):
                break  # 、农村处处长: an organisation before a title, not a name
            if _very_common(name[:2]):
                break  # 校长某某、全体在校校领导: a word so frequent it is no name
            item_end = _ITEM_END.search(text, k)
            if not _follows_ok(text, k + len(name), pats) and pats.titles.search(
                    text, k, item_end.start() if item_end else len(text)):
                break  # 、吉尔吉斯斯坦副总理某某: the next item has a title of its own
            # 市侨联党组成员、副主席A、B: a chain whose last post several hold at
            # once (副主席, 常委) is every name's
            shared = [Mention(x.text, x.cls, x.start, x.end) for x in p.posts] \
                if p.posts and _shared_post(p.posts[-1].text, pats) else []
            phrases[k] = PersonPhrase(Mention(name, "Person", k, k + len(name)), shared, opens,
                                      not shared)
            taken.add(k, k + len(name))
            known.add(name)
            j = k + len(name)
            if proxy := _PROXY.match(text, j):
                j = proxy.end()

    extend(sorted(phrases))

    def take_bare(items: list[str], k: int) -> None:
        """The names of a list of bare names starting at ``k``, one 、 apart."""
        for x in items:
            if k not in phrases and not taken.overlaps(k, k + len(x)):
                phrases[k] = PersonPhrase(Mention(x, "Person", k, k + len(x)), [], k, True)
                taken.add(k, k + len(x))
                known.add(x)
            k += len(x) + 1

    # 3. names without a title, listed right before a verb of attending:
    #    甲某、乙某、丙某等出席会议 (national news names its leaders bare)
    for m in _BARE_LIST.finditer(text):
        items = re.split("[、和]", m.group(1))
        if len(items[-1]) == 3 and items[-1][-1] == "在":
            items[-1] = items[-1][:2]  # 邓某在主持学习: 在 opens the verb
        if not all(_bare_name(x, lex) for x in items) or _slogan(items):
            continue
        k = m.start(1)
        take_bare(items, k)

    # 3b. a longer list of bare names anywhere (甲某、乙某、丙某; 就座的有：…): three
    #     names or more, or two closed by 等N名同志 / 几位, each a surname and no common
    #     word, make the list
    for m in _NAME_RUN.finditer(text):
        items = m.group(0).split("、")
        k = m.start()
        if not _bare_name(items[0], lex) and _bare_name(items[0][1:], lex):
            items[0], k = items[0][1:], k + 1  # 积极分子朱某某、…: the run began one early
        stop = m.end()
        if len(items[-1]) == 3 and items[-1][-1] == "等":
            items[-1], stop = items[-1][:2], stop - 1  # 甲某、乙某等四名同志
        while len(items) > 2 and not _follows_ok(text, stop, pats) \
                and not _NAME_PAIR_END.match(text, stop):
            stop -= len(items.pop()) + 1  # …、邱某某朱某某、: the last item runs on
        enough = len(items) >= 3 or _NAME_PAIR_END.match(text, stop) is not None
        if not enough or _THINGS_COUNTED.match(text, stop) \
                or not all(_bare_name(x, lex) for x in items) or _slogan(items) or not (
                _follows_ok(text, stop, pats) or _NAME_PAIR_END.match(text, stop)):
            continue
        take_bare(items, k)

    # 3c. a deputy quoted bare (某某代表说，…): the name, 代表 written after it
    for m in _P["deputy_says"].finditer(text):
        k, name = m.start(1), m.group(1)
        if k in phrases or taken.overlaps(k, m.end()) or not _bare_name(name, lex):
            continue
        phrases[k] = PersonPhrase(Mention(name, "Person", k, m.end(1)), [], k, False,
                                  after=m.end())
        taken.add(k, m.end())
        known.add(name)

    # 2b. a list of bare names read on past a name no bare name reads (…某某、洛桑某某、
    #     某某·某某、…): the rest of the list as in 2
    extend([k for k in sorted(phrases) if phrases[k].collective and not phrases[k].posts
            and text[phrases[k].name.end:phrases[k].name.end + 1] == "、"
            and phrases[k].name.end + 1 not in phrases])

    # 4. later occurrences of names already known
    for name in sorted(known, key=len, reverse=True):
        _read_occurrences(text, name, name, phrases, taken, lex, pats)

    # 5. a surname and a short title (傅总, 陆副市长, 李书记) for the one person of that
    # surname the article has named in full
    by_surname: dict[str, list[str]] = {}
    for name in known:
        sur = name[:2] if name[:2] in lex.surnames and len(name) >= 3 else name[:1]
        if 2 <= len(name) <= 4 and "·" not in name and sur in lex.surnames \
                and not _P["short_title"].fullmatch(name, len(sur)):
            by_surname.setdefault(sur, []).append(name)
    for m in _P["short_title"].finditer(text) if by_surname else ():
        sur = next((text[m.start() - n:m.start()] for n in (2, 1)
                    if text[max(0, m.start() - n):m.start()] in by_surname), "")
        names = by_surname.get(sur, [])
        s = m.start() - len(sur)
        if len(names) == 1 and s in phrases and phrases[s].name.text == text[s:m.end()]:
            # 傅总 read as a name of its own: the one 傅 the article names in full
            old = phrases[s].name
            phrases[s] = replace(phrases[s], name=replace(old, label=names[0]))
            continue
        if len(names) != 1 or taken.overlaps(s, m.end()) \
                or not (_follows_ok(text, m.end(), pats) or _word_begins(text, m.end())) \
                or _inside_word(text, s, lex, pats):  # (伊副局长分析了: a verb begins)
            continue
        phrases[s] = PersonPhrase(Mention(sur, "Person", s, s + len(sur), names[0]), [], s, False,
                                  after=m.end())
        taken.add(s, m.end())

    # 6. the last (or first) part of a dotted name for the one person so named
    # (安娜·施密特 … 施密特总理表示): the same person, by his full name
    full_of: dict[str, list[str]] = {}
    for name in known:
        if "·" not in name:
            continue
        # the last part (a Western name's surname), or the first (某某·本·某某王储 later 某某王储:
        # an Arab name is shortened to the given name)
        for part in {name.rsplit("·", 1)[-1], name.split("·", 1)[0]}:
            if len(part) >= 2 and name not in full_of.get(part, []):
                full_of.setdefault(part, []).append(name)
    for k, p in list(phrases.items()):
        if len(full_of.get(p.name.label, ())) == 1:
            phrases[k] = replace(p, name=replace(p.name, label=full_of[p.name.label][0]))
    for part, fulls in full_of.items():
        if len(fulls) == 1:
            _read_occurrences(text, part, fulls[0], phrases, taken, lex, pats)

    # 7. 某大学党委常委、副校长，某学会副会长某某: a chain of posts with no name of its
    # own, then a comma, then posts and a name: the posts of one person in two bodies
    for k, p in list(phrases.items()):
        if p.posts and p.start == p.posts[0].start and text[p.start - 1:p.start] == "，":
            chain = _dangling_chain(text, p.start - 1, pats, taken)
            if chain:
                phrases[k] = replace(p, posts=chain + p.posts, start=chain[0].start)
    return [phrases[k] for k in sorted(phrases)]


def _elected_list(text: str, k: int, post: Mention, phrases: dict[int, PersonPhrase],
                  taken: _Taken, known: set[str], lex: Lexicon) -> None:
    """甲、乙、丙等14人当选为副会长: every bare name of the list before the last holds
    the post too."""
    m = _P["elected_list"].search(text, max(0, k - 200), k)
    if m is None:
        return
    items = m.group(0).split("、")[:-1]
    if not all(_bare_name(x, lex) for x in items) or _slogan(items):
        return
    at = m.start()
    for x in items:
        if at not in phrases and not taken.overlaps(at, at + len(x)):
            phrases[at] = PersonPhrase(Mention(x, "Person", at, at + len(x)),
                                       [Mention(post.text, post.cls, post.start, post.end)], at)
            taken.add(at, at + len(x))
            known.add(x)
        at += len(x) + 1


def _dangling_chain(text: str, comma: int, pats: _Patterns, taken: _Taken) -> list[Mention]:
    """The posts of the clause that ends at ``comma`` when the clause is nothing but
    posts (a body and a title, 、 apart) and names no one."""
    start = max(text.rfind(c, 0, comma) for c in "，。；：:\n") + 1
    clause = text[start:comma]
    if not 4 <= len(clause) <= 40 or taken.overlaps(start, comma):
        return []
    posts, at = [], start
    for item in clause.split("、"):
        if not item or not all(_CJK.match(c) for c in item) or _P["verb_lead"].match(item) \
                or not any(m.end() == len(item) for m in pats.titles.finditer(item)):
            return []
        posts.append(Mention(item, "Position", at, at + len(item)))
        at += len(item) + 1
    return posts
