"""Names an article mentions outside any relation: places and bodies.

The relation reader finds the entities that take part in a relation. Users
also want to know every place and body an article names (``nkg:mentions``), so
this pass adds them: jieba's dictionary tags (``ns`` place, ``nt``
organisation) on the article's words, bodies joined to a place before them
(江西省 + 人民政府), and the bodies printed inside posts (省委宣传部 in
省委宣传部部长). Short forms resolve to the long form the same article gives
(江西 -> 江西省, 华丰 -> 华丰精工有限公司).
"""

from __future__ import annotations

import re
from functools import cache

from ..records import Mention
from .entities import classify, is_generic
from .gazetteer import Division, gazetteer
from .lexicon import Lexicon
from .patterns import PATTERNS
from .segment import cut, tag_table, word_tag

__all__ = ["resolve_short_forms", "scan_mentions"]

_ENTITY = ("Place", "Organization", "Enterprise")


_GENERIC_TAIL = PATTERNS["scan"]["generic_tail"]


@cache
def _party_endings(lex: Lexicon) -> tuple[str, ...]:
    return tuple(sorted(lex.party_endings))


def _post_bodies(mentions: list[Mention], titles: re.Pattern, lex: Lexicon) -> list[Mention]:
    """省委宣传部 from 省委宣传部部长: a body printed inside a post."""
    out = []
    for m in mentions:
        if m.cls != "Position":
            continue
        core = None
        for t in titles.finditer(m.text):
            if t.end() == len(m.text):
                core = t
        if core is None:
            continue
        body = m.text[: core.start()]
        if (former := _FORMER.match(body)) is not None:
            body = body[former.end():]  # 原省人大副主任: the body is 省人大
        cls = classify(body, lex)
        if len(body) >= (3 if former else 4) and cls in ("Organization", "Place") \
                and not body.endswith(_party_endings(lex)):
            at = m.start + (former.end() if former else 0)
            out.append(Mention(body, cls, at, at + len(body)))
    return out


_QUOTED = PATTERNS["scan"]["quoted"]
_FORMER = PATTERNS["scan"]["former"]


def _ends_in_title(w: str, titles: re.Pattern) -> bool:
    """中央政治局常委: a word of the dictionary that ends in a title is a post."""
    return any(t.end() == len(w) for t in titles.finditer(w))


def _campaigns(text: str, lex: Lexicon) -> list[Mention]:
    """“三服务提升”行动, “千村示范”工程: a quoted name with a campaign's ending."""
    out = []
    for m in _QUOTED.finditer(text):
        quoted, after = m.group(1), m.group(2)
        suffix = next((after[:k] for k in range(len(after), 1, -1)
                       if after[:k] in lex.campaign_suffixes), "")
        if suffix or any(quoted.endswith(x) and len(quoted) > len(x) + 1
                         for x in lex.campaign_suffixes):
            name = quoted + suffix
            out.append(Mention(text[m.start():m.start() + len(name) + 2], "Campaign",
                               m.start(), m.start() + len(name) + 2, name))
    return out


def scan_mentions(text: str, lex: Lexicon, mentions: list[Mention],
                  titles: re.Pattern) -> list[Mention]:
    """Places and bodies the article names that no relation mentioned."""
    found: list[Mention] = []
    pos = 0
    words = cut(text, new_words=False)  # only dictionary words carry the tags read here
    tag_of = tag_table().get
    for i, w in enumerate(words):
        start, pos = pos, pos + len(w)
        tag = tag_of(w)
        if tag == "ns" and w not in lex.too_general and not is_generic(w, lex):
            nxt = words[i + 1] if i + 1 < len(words) else ""
            prev = words[i - 1] if i else ""
            if nxt in lex.bodies_after_place:
                found.append(Mention(w + nxt, "Organization", start, start + len(w) + len(nxt)))
            elif (len(w) >= 3 and w[-1] in lex.admin_endings) or prev in lex.before_place:
                # jieba tags 深度 and 嘉宾 ns too: only a place's ending or a
                # preposition of place (在南昌) makes the tag believable
                found.append(Mention(w, "Place", start, pos))
        elif tag == "nt" and len(w) >= 4 and w not in lex.too_general and classify(w, lex) \
                and not is_generic(w, lex) and not _ends_in_title(w, titles):
            # 上市公司 is a kind of firm, 中央政治局常委 a post
            found.append(Mention(w, classify(w, lex) or "Organization", start, pos))
    bodies = _post_bodies(mentions, titles, lex)
    # 法律委员会 ending 全国人大宪法和法律委员会主任委员's body: the tail of a post's
    # body is no body of its own (江苏 at its head is still a place)
    found = [m for m in found if not any(b.start < m.start and m.end == b.end for b in bodies)]
    found.extend(bodies)
    found.extend(_campaigns(text, lex))
    taken = [(m.start, m.end) for m in mentions if m.cls != "Position"]
    return [m for m in found if not any(a <= m.start and m.end <= b for a, b in taken)]


def resolve_short_forms(mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """Give a short form the label of the long form the article also uses.

    江西 -> 江西省 and 华丰 -> 华丰精工有限公司, when both are in the article; a
    name with no longer form (金星电器) stays itself. A division of the gazetteer
    is a place of its own: 洛阳 never stands for 洛阳轴承…公司, and 山西 is
    山西省 in every article (one node; 山西 stays its alias). A short form without an
    ending of its own (瑞丰, read as a place in 来到瑞丰) takes the long form's
    class too.
    """
    longs = {(m.label, m.cls) for m in mentions if m.cls in _ENTITY}
    places = gazetteer()
    named = [d for m in mentions if m.cls == "Place" for d in places.find(m.label)[:1]]
    out = []
    for m in mentions:
        if m.cls not in _ENTITY or len(m.label) < 2:
            out.append(m)
            continue
        if m.cls == "Place" and (inner := _division_in_division(m.label)) is not None:
            m = Mention(m.text, "Place", m.start, m.end, inner)  # 甘肃舟曲 → 舟曲县
        division = places.find(m.label)
        if division:  # 洛阳 is the city, never 洛阳轴承集团股份有限公司 for short
            if m.cls == "Place" and len(division) == 1 and division[0].name != m.label:
                m = Mention(m.text, "Place", m.start, m.end, division[0].name)  # 山西 → 山西省
            out.append(m)
            continue
        bare = classify(m.label, lex) is None
        cands = sorted(
            (x for x in longs
             if x[0] != m.label and (bare or x[1] == m.cls) and _shortens(m.label, x[0])),
            key=lambda x: (len(x[0]), x),
        )
        if m.cls != "Enterprise":
            cands = [x for x in cands if not _elsewhere(m.label, x[0], named)]
        if cands:
            label, cls = cands[0]
            m = Mention(m.text, cls, m.start, m.end, label)
        out.append(m)
    return out


def _elsewhere(short: str, long: str, named: list[Division]) -> bool:
    """禁毒教育基地 in an article on 玉山县 and 信州区 is not 信州区禁毒教育基地: a public
    body or site named by what it does stands in every county, so the long form's
    division says which one, and another division of the article may hold its own."""
    gz = gazetteer()
    at = long.find(short)
    own = gz.find(long[:at]) if at >= 2 else []
    if not own or not _named_by_function(short):
        return False
    return any(d != own[0] and not gz.within(d, own[0]) and not gz.within(own[0], d)
               for d in named)


def _division_in_division(name: str) -> str | None:
    """甘肃舟曲, 湖南长沙县: a division named with the one it lies in (both short or
    full) is the inner one, by its full name; ``None`` for anything else."""
    gz = gazetteer()
    if gz.find(name):
        return None
    for k in range(2, min(len(name) - 1, 5)):
        outer, inner = gz.find(name[:k]), gz.find(name[k:])
        if len(outer) == 1 and len(inner) >= 1:
            within = [d for d in inner if gz.within(d, outer[0])]
            if len(within) == 1:
                return within[0].name
    return None


def _named_by_function(name: str) -> bool:
    """禁毒教育基地, 人民医院: a name made of common words only (no proper noun of
    the dictionary, like 清华 or 长庚医院, and no place)."""
    tags = [word_tag(w) or "x" for w in cut(name, new_words=False)
            if not w.isdigit() and w != "."]
    return bool(tags) and all(t[0] in "nvam" and t not in ("nr", "ns", "nt", "nz") for t in tags)


def _shortens(short: str, long: str) -> bool:
    """华丰 of 华丰精工有限公司, and 恒川新能源 of 无锡恒川新能源材料有限公司: the long
    form may put a place of up to three characters before the short one."""
    at = long.find(short)
    return 0 <= at <= 3 and _same_thing(short, long[at:])


def _same_thing(short: str, long: str) -> bool:
    """江西/江西省, 华丰/华丰精工有限公司: the long form only adds a generic ending.

    Not 市交通局/市交通局执法支队: a longer name that ends in a body of its own
    is a different body.
    """
    rest = long[len(short):]
    if len(rest) <= 1:
        return True
    return bool(_GENERIC_TAIL.fullmatch(rest))
