"""Organisations, enterprises, places, events and campaigns.

These are read inside frames (the objects of 来到…调研, the list before 作发言,
the name after 召开) rather than anywhere in the text: a span is a named entity
when it ends with a known suffix and has a proper name before it, or when a
frame says what it is (白沙 in 赴白沙检查). Spans that are common nouns (企业,
在建工地) are dropped.
"""

from __future__ import annotations

from functools import cache

from .lexicon import Lexicon
from .patterns import PATTERNS

__all__ = [
    "classify",
    "clean_event_label",
    "is_generic",
    "split_items",
    "split_place_chain",
]

#: the patterns of this module's rules (data/patterns.toml)
_P = PATTERNS["entities"]

_QUOTES = "“”‘’\"'「」『』《》"
_LIST_END = PATTERNS["entities"]["list_end"]


def _bare(s: str) -> str:
    return "".join(c for c in s if c not in _QUOTES)


@cache
def _suffixes(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    def longest(items: frozenset[str]) -> tuple[str, ...]:
        return tuple(sorted(items, key=lambda w: (-len(w), w)))

    return {
        "strong": longest(lex.enterprise_strong),
        "trade": longest(lex.enterprise_trade),
        "place": longest(lex.place_suffixes),
        "org": longest(lex.org_suffixes),
        "admin": longest(lex.admin_chain),
    }


@cache
def _suffix_sets(lex: Lexicon) -> dict[str, tuple[frozenset[str], int]]:
    """Each kind of ending as a set, with the length of its longest word."""
    return {kind: (frozenset(words), max(map(len, words), default=0))
            for kind, words in _suffixes(lex).items()}


def is_generic(name: str, lex: Lexicon) -> bool:
    """企业, 在建工地, 部分企业: a common noun, not a name."""
    b = _bare(name)
    if len(b) < 2 or b in lex.generic_nouns or b in lex.enterprise_strong \
            or b in lex.org_suffixes:
        return True  # 株式会社, 委员会 alone: an ending, no name
    if "某" in b or "一处" in b or "一家" in b or "一个" in b:
        return True  # 驻地某部, 一处老旧小区: the text does not name it
    if _P["generic_kind"].match(b):
        return True  # 农村互助幸福院, 社区养老服务中心: a kind of place
    for n in range(1, min(len(b), _longest_modifier(lex)) + 1):  # a modifier, then a noun
        if b[:n] in _modifiers(lex) and (b[n:] in lex.generic_nouns or not b[n:]):
            return True
    if _industry(b, lex):
        return True
    return bool(_P["generic_ending"].search(b)) and not _P["firm_ending"].search(b)


@cache
def _modifiers(lex: Lexicon) -> frozenset[str]:
    return lex.generic_modifiers | lex.generic_nouns


@cache
def _longest_modifier(lex: Lexicon) -> int:
    return max((len(m) for m in _modifiers(lex)), default=0)


def _ending(b: str, words: frozenset[str]) -> str | None:
    """The longest of ``words`` that ``b`` ends with (and is longer than)."""
    for n in range(min(len(b) - 1, 8), 0, -1):
        if b[-n:] in words:
            return b[-n:]
    return None


def _industry(b: str, lex: Lexicon) -> bool:
    """先进制造, 智能制造, 上市公司: an industry or a kind of firm, not a firm. A trade
    word after a common word (no registered ending), or a registered ending after
    a verb (上市公司), names no enterprise."""
    from .segment import word_freq, word_tag

    strong = _ending(b, lex.enterprise_strong)
    if strong:
        head = b[: -len(strong)]
        return word_freq(head) > 50 and (word_tag(head) or "x")[0] in "vad"
    trade = _ending(b, lex.enterprise_trade)
    if trade and classify(b, lex) == "Enterprise":
        head = b[: -len(trade)]
        # 宏远电器 is a firm: a rarer word may be a brand; 先进, 智能 are not
        return len(head) == 2 and word_freq(head) >= 500 and not (word_tag(head) or "").startswith(
            ("ns", "nr", "nt", "nz"))
    return False


def classify(name: str, lex: Lexicon, default: str | None = None) -> str | None:
    """The class a name's ending gives it, or ``default`` when it has none."""
    b = _bare(name)
    sets = _suffix_sets(lex)

    def ends(kind: str) -> str | None:
        """The longest ending of this kind (a few set look-ups, not one per ending)."""
        words, longest = sets[kind]
        for n in range(min(len(b) - 1, longest), 0, -1):
            if b[-n:] in words:
                return b[-n:]
        return None

    strong = ends("strong")
    place = ends("place")
    org = ends("org")
    if strong and (not place or len(strong) >= len(place)) and (not org or len(strong) >= len(org)):
        return "Enterprise"
    if place and (not org or len(place) >= len(org)):
        return "Place"
    if org:
        return "Organization"
    if ends("trade"):
        return "Enterprise"
    return default


def split_items(span: str, lex: Lexicon) -> list[tuple[int, str]]:
    """A list of names as printed (A、B和C等地) -> [(offset, name), ...].

    和/及/与 split an item only when every part is a name of its own (with an
    ending, or a division of the gazetteer: 咸宁和湖南长沙): 工业和信息化部 is one body.
    """
    span = _LIST_END.sub("", span) if len(span) > 3 else span
    out = []
    pos = 0
    for piece in span.split("、"):
        parts = _P["list_conjunction"].split(piece)
        names = parts[::2]
        if len(names) > 1 and not all(len(n) >= 2 and (classify(n, lex) or _division(n))
                                      for n in names):
            parts = [piece]
        for part in parts:
            if part in ("和", "及", "以及", "与"):
                pos += len(part)
                continue
            stripped = part.strip()
            if stripped:
                out.append((pos + part.index(stripped[0]), stripped))
            pos += len(part)
        pos += 1  # the 、
    return out


def _division(name: str) -> bool:
    """咸宁, 湖南长沙: a division of the gazetteer, or two written one after the other."""
    from .gazetteer import gazetteer

    places = gazetteer()
    return bool(places.find(name)) or any(
        places.find(name[:k]) and places.find(name[k:]) for k in (2, 3) if len(name) - k >= 2)


_ZONE_END = _P["zone_end"]


def _proper(name: str) -> bool:
    """锐锋智能装备产业园 names a site; 茶叶加工厂 and 智能化车间 describe one: a
    name opens with a word no dictionary has, or with a place's name."""
    from .segment import word_freq, word_tag

    head = name[:2]
    return word_freq(head) < 100 or word_tag(head) in ("ns", "nr", "nt", "nz")


def _common_word(s: str) -> bool:
    from .segment import word_freq

    return word_freq(s) > 1000


def split_place_chain(name: str, lex: Lexicon) -> list[str]:
    """南湖街道光明工业园区 -> [南湖街道, 光明工业园区]: outer places first."""
    if "的" in name:
        # 园区的X公司: X in the park; 村里的茶叶加工厂, 新建成的车间: descriptions
        head, _, tail = name.rpartition("的")
        if len(tail) >= 2 and classify(tail, lex) and classify(head, lex):
            return [*split_place_chain(head, lex), tail]
        return [tail] if len(tail) >= 4 and classify(tail, lex) and _proper(tail) else []
    units = _suffixes(lex)["admin"]
    for i in range(2, len(name) - 2):
        for adm in units:
            j = i + len(adm)
            if name[i:j] == adm and j <= len(name) - 3 and not (
                    adm == "区" and name[i - 1] in "港园景厂矿校片社营服"):  # 宁渊港区集装箱码头
                head, tail = name[:j], name[j:]
                if (classify(tail, lex) and not is_generic(tail, lex) and _ZONE_END.search(tail)
                        and tail not in lex.place_suffixes and len(head) >= 1 + len(adm)
                        and not (len(adm) == 1 and _common_word(head[-2:]))):  # 市城市管理局
                    return [head, *split_place_chain(tail, lex)]
    return [name]


def _open_marks(s: str) -> bool:
    """Does ``s`` end inside 《…》 or “…” (a title or a quotation not closed yet)?"""
    return s.count("《") > s.count("》") or s.count("“") > s.count("”")


def clean_event_label(label: str) -> str:
    """Strip what is printed before an event's name: 了, 主题为“…”的, 我市."""
    label = _P["event_label_lead"].sub("", label)
    if "的" in label:
        # 由某局主办的X: the name after 的; 党的十九大 is part of a name, and so is a 的
        # inside a title's marks (《三个女兵的故事》推介会)
        parts = _P["event_label_of"].split(label)
        while len(parts) > 1 and _open_marks("的".join(parts[:-1])):
            parts = [*parts[:-2], parts[-2] + "的" + parts[-1]]
        label = parts[-1]
    label = _P["event_label_our_unit"].sub("", label)
    if (at := label.rfind("《")) >= 0 and "》" not in label[at:]:
        label = label[at + 1:]  # 举办国家级继续教育项目《某某学习班》: the name inside the marks
    for left, right in ("“”", "「」"):
        if label.startswith(left) and (right not in label or label.endswith(right)
                                       and label.count(right) == 1):
            label = label[1:].removesuffix(right)  # “X讨论会”举行: the name inside its marks
    return label.strip()
