"""Persons and their posts: 市委副书记、市长李建华; 市领导A、B和市法院院长C.

A name is read only where the genre anchors it: after a title (the title
lexicon, with the organisation printed before it), after a name list's 、, or
as an occurrence of a name already anchored in the same article. A candidate
name must start with a known surname and be followed by a word that can follow
a name (在, 主持, 出席, 、, 一行...), which is how 张明远在 is read as 张明远 and
not 章旭. Foreign names after a title are runs of transliteration characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..records import Mention
from .lexicon import Lexicon
from .patterns import PATTERNS

__all__ = ["PersonPhrase", "find_persons", "title_pattern"]

#: the patterns of this module's rules (data/patterns.toml)
_P = PATTERNS["persons"]

_CJK = PATTERNS["persons"]["cjk"]
_PUNCT = set("，。、；：？！“”‘’（）《》【】()[]「」『』 \n\t—…·,.;:?!\"'")


@dataclass
class PersonPhrase:
    """A name with the posts printed before it. ``start`` is where the posts begin."""

    name: Mention
    posts: list[Mention] = field(default_factory=list)
    start: int = 0
    collective: bool = False


@dataclass
class _Patterns:
    titles: re.Pattern
    followers: re.Pattern


@cache
def _patterns(lex: Lexicon) -> _Patterns:
    titles = sorted(lex.titles | lex.collective_titles, key=lambda w: (-len(w), w))
    followers = sorted(lex.name_followers | lex.titles, key=lambda w: (-len(w), w))
    return _Patterns(
        titles=re.compile("|".join(map(re.escape, titles))),
        followers=re.compile("|".join(map(re.escape, followers))),
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
_PLURAL_CORE = PATTERNS["persons"]["plural_core"]


def _shared_post(post: str, pats: _Patterns) -> bool:
    m = None
    for t in pats.titles.finditer(post):
        if t.end() == len(post):
            m = t
    return bool(m and _PLURAL_CORE.search(m.group(0)))


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


def _glued(text: str, i: int, pats: _Patterns) -> bool:
    """和工作队: a one-character follower that makes a common word with the name's
    last character (工作) does not end a name."""
    from .segment import word_freq

    return _follower_len(text, i, pats) == 1 and i < len(text) and text[i] not in _PUNCT \
        and word_freq(text[i - 1:i + 1]) > 1000


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
    return len(cand) == 3 and cand[-1] in "委会局厅部院所处办署"


def _single_follower(c: str, lex: Lexicon) -> bool:
    return c in lex.name_followers


def _name_at(text: str, i: int, lex: Lexicon, pats: _Patterns, foreign_ok: bool) -> str | None:
    """The person's name starting at ``i``, or ``None``."""
    if i >= len(text) or not _CJK.match(text[i]):
        return None
    if (m := _DOTTED.match(text, i)) and not pats.titles.search(m.group(0)):
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
    ok = [c for c in cands if _follows_ok(text, i + len(c), pats) and not _org_like(c, lex)
          and not _glued(text, i + len(c), pats)]
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
        if (_single_follower(long_[-1], lex) and not joined) or after_short > after_long >= 0:
            ok = [short]  # but 晏清和与…: 和与 is no phrase, so 和 ends the name
        else:
            ok = [long_]
    if ok:
        name = ok[0]
        if pats.titles.match(name, 1) or name[1:] in lex.titles:
            return None
        if name[-1] in "市县省区镇乡村州":
            return None  # 湖南省长沙市: 沙市 is no name
        return name
    # a rare surname the list lacks (仉立群教授): a three-character string no
    # dictionary knows, followed by a word that follows names
    cand = text[i:i + 3]
    if len(cand) == 3 and all(_CJK.match(c) for c in cand) and not _org_like(cand, lex) \
            and (_follower_len(text, i + 3, pats) >= 2 or text[i + 3:i + 4] in _PUNCT
                 or (_word_begins(text, i + 3) and not _suffix_begins(text, i + 3, lex))) \
            and _no_post_after(text, i + 3, lex, pats) and "兼" not in cand \
            and not _is_word(cand) and not _is_word(cand[:2]) \
            and not any(_is_word(text[i - k:i + 1]) for k in (1, 2, 3) if i - k >= 0) \
            and cand[0] not in _NOT_FIRST and not pats.titles.match(text, i + 1):
        return cand
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
    if c in _PUNCT or c.isdigit() or c.isascii():
        return True
    if c in lex.stop_chars and not any(
        text.startswith(k, i - 1 - j) for k in lex.stop_keep for j in range(len(k))
        if i - 1 - j >= 0
    ):
        return True
    return any(i - w >= 0 and text[i - w:i] in lex.stop_words for w in (2, 3, 4, 5))


def _stop_left(text: str, i: int, lex: Lexicon, limit: int) -> int:
    """The start of the segment that ends at ``i``."""
    while i > limit and not _stops(text, i, lex):
        i -= 1
    return i


def _post_start(text: str, core_start: int, lex: Lexicon, pats: _Patterns,
                floor: int) -> int:
    """Where the organisation printed before a title core begins."""
    i = core_start
    limit = max(floor, core_start - 20)
    while i > limit:
        c = text[i - 1]
        if c in "、和与及" and i < core_start:
            # 经济、交通和数字化部国务秘书: a list inside the body's own name
            j = _stop_left(text, i - 1, lex, max(floor, i - 11))
            seg = text[j:i - 1]
            name_like = len(seg) <= 4 and (seg[:1] in lex.surnames or seg[:2] in lex.surnames)
            if seg and not name_like and not pats.titles.search(seg) and j > max(floor, i - 11):
                i, limit = j, max(floor, j - 12)
                continue
            break
        if _stops(text, i, lex):
            break
        i -= 1
    if i == limit and limit > floor:
        return core_start
    return i


def find_persons(text: str, lex: Lexicon, known: set[str] | None = None) -> list[PersonPhrase]:
    """Every anchored person phrase of an article, in text order.

    ``known`` collects the names found, so later occurrences elsewhere in the
    article are read as the same person.
    """
    pats = _patterns(lex)
    phrases: dict[int, PersonPhrase] = {}
    taken = _Taken(len(text))
    known = known if known is not None else set()

    # 1. names after a title (the title chain is gathered backwards)
    for m in pats.titles.finditer(text):
        core, ce = m.group(0), m.end()
        name = _name_at(text, ce, lex, pats, core in lex.foreign_titles)
        if not name:
            continue
        collective = core in lex.collective_titles
        start = _post_start(text, m.start(), lex, pats, 0)
        if any(text.endswith(k, 0, m.start()) for k in known if len(k) >= 2):
            continue  # 孙东厅长: a title after a name, not before one
        posts = [] if collective else [Mention(text[start:ce], "Position", start, ce)]
        # earlier items of a chain: 市委副书记、市长X
        while start >= 2 and text[start - 1] in "、兼":
            prev = None
            for pm in pats.titles.finditer(text, max(0, start - 25), start - 1):
                if pm.end() == start - 1:
                    prev = pm
            if prev is None:
                break
            s2 = _post_start(text, prev.start(), lex, pats, 0)
            if prev.group(0) not in lex.collective_titles:  # 青年科学家代表、… is no post
                posts.insert(0, Mention(text[s2:prev.end()], "Position", s2, prev.end()))
            start = s2
        ns = ce
        phrases[ns] = PersonPhrase(Mention(name, "Person", ns, ns + len(name)), posts, start,
                                   collective)
        taken.add(ns, ns + len(name))
        known.add(name)

    # 1c. posts taken up: A担任审判长, A已调任X (A named elsewhere in the article)
    for m in _P["takes_up"].finditer(text):
        k = m.start()
        name = _name_at(text, k, lex, pats, True)
        if not name or not text.startswith(m.group(1), k + len(name)):
            continue
        item = m.group(2)
        if any(t.end() == len(item) for t in pats.titles.finditer(item)):
            at = m.start(2)
            post = Mention(item, "Position", at, at + len(item))
            if k in phrases:
                phrases[k].posts.append(post)
            elif not taken.overlaps(k, k + len(name)):
                phrases[k] = PersonPhrase(Mention(name, "Person", k, k + len(name)), [post], k)
                taken.add(k, k + len(name))
                known.add(name)

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
        if not name or k in phrases or taken.overlaps(k, k + len(name)):
            continue
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
        if posts:
            phrases[k] = PersonPhrase(Mention(name, "Person", k, k + len(name)), posts, k)
            taken.add(k, k + len(name))
            known.add(name)

    # 2. names listed after an anchored name: A、B、C和D
    for ns in sorted(phrases):
        p = phrases[ns]
        j = p.name.end
        while j < len(text) and text[j] in "、和及":
            k = j + 1
            if k in phrases or pats.titles.match(text, k):
                break
            name = _name_at(text, k, lex, pats, False)
            if not name or pats.titles.match(text, k + len(name)):
                break  # 、农村处处长: an organisation before a title, not a name
            shared = [Mention(x.text, x.cls, x.start, x.end) for x in p.posts[-1:]
                      if _shared_post(x.text, pats)]
            phrases[k] = PersonPhrase(Mention(name, "Person", k, k + len(name)), shared, k,
                                      not shared)
            taken.add(k, k + len(name))
            known.add(name)
            j = k + len(name)

    # 3. names without a title, listed right before a verb of attending:
    #    甲某、乙某、丙某等出席会议 (national news names its leaders bare)
    for m in _BARE_LIST.finditer(text):
        items = re.split("[、和]", m.group(1))
        if not all(_bare_name(x, lex) for x in items):
            continue
        k = m.start(1)
        for x in items:
            if k not in phrases and not taken.overlaps(k, k + len(x)):
                phrases[k] = PersonPhrase(Mention(x, "Person", k, k + len(x)), [], k, True)
                taken.add(k, k + len(x))
                known.add(x)
            k += len(x) + 1

    # 4. later occurrences of names already known
    for name in sorted(known, key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            s, e = m.start(), m.end()
            if taken.overlaps(s, e):
                continue
            if not _follows_ok(text, e, pats):
                continue
            if s > 0 and _CJK.match(text[s - 1]) and text[s - 1] not in lex.stop_chars \
                    and not pats.titles.search(text[max(0, s - 6):s] + "\x00") \
                    and text[s - 1] not in "。，、；：“”（）":
                # inside a longer word: 提高明显 is not the person 高明
                prev_ok = any(text.endswith(w, 0, s) for w in lex.name_followers) or \
                    text[s - 1] in "他她"
                if not prev_ok:
                    continue
            phrases[s] = PersonPhrase(Mention(name, "Person", s, e), [], s, False)
            taken.add(s, e)
    return [phrases[k] for k in sorted(phrases)]
