"""China's places as a reader of local papers knows them: which 市 a 市委书记 is of.

The divisions (``data/divisions.tsv``: provinces, prefectures, counties and
the state-level new areas, with their level and parent; ``data/former_divisions.tsv``:
counties and county-level cities renamed since, as older pages write them) let a post written
市长 be tied to 永康市, and tell that 永康市 lies in 金华市 and 浙江省. Names
are found in text by one regular expression shaped as a trie, so a page is
scanned in one pass whatever the size of the list. Short names (永康, 黔东南)
are read only where they are not common words (``data/place_words.txt``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["Division", "Gazetteer", "gazetteer", "unit_of"]

#: the unit a post's first characters name (市委书记: 市) and the divisions it fits
_UNITS = {
    "省": ("省", "自治区", "特别行政区"),
    "市": ("市",),
    "州": ("州",),
    "县": ("县",),
    "区": ("区",),
    "旗": ("旗",),
    "盟": ("盟",),
    "新区": ("新区",),
    "自治区": ("自治区",),
}
_UNIT_CHAR = re.compile("[省市州县区旗盟]")
_MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})


@dataclass(frozen=True)
class Division:
    """One division: 永康市, county level, in 金华市 (``parent`` is a code)."""

    code: str
    name: str
    level: str
    parent: str
    short: str

    @property
    def label(self) -> str:
        """The name a post is qualified with: 永康市, 黔东南州 (not 黔东南苗族侗族自治州)."""
        if self.short and self.name.endswith("自治州"):
            return self.short + "州"
        if self.short and self.name.endswith("自治县"):
            return self.short + "县"
        return self.name

    def fits(self, unit: str) -> bool:
        """Whether a post of ``unit`` (市, 县, 新区...) can be this division's."""
        if unit == "新区":
            return self.name.endswith("新区")
        if unit == "区" and self.name.endswith(("新区", "自治区", "特别行政区")):
            return False
        return self.name.endswith(_UNITS.get(unit, (unit,)))


def _is_district(d: Division) -> bool:
    """City districts (鼓楼区, 西城区): their short names are everyday words."""
    return d.level == "county" and d.name.endswith("区")


def unit_of(post: str) -> str | None:
    """The unit a post names by its first characters: 市委书记 → 市, 副县长 → 县.

    >>> unit_of("市委副书记"), unit_of("常务副省长"), unit_of("新区党工委书记"), unit_of("主任")
    ('市', '省', '新区', None)
    """
    m = re.match(r"(?:常务)?副?(新区|自治区|[省市州县区旗盟])", post)
    return m.group(1) if m else None


class Gazetteer:
    """Divisions by code and by name, with their chains of parents."""

    def __init__(self, rows: Iterable[Division], common_words: Iterable[str] = ()) -> None:
        self.by_code: dict[str, Division] = {}
        self.by_name: dict[str, list[Division]] = {}
        self.common = frozenset(common_words)
        shorts: set[str] = set()
        self._district_shorts: dict[str, list[Division]] = {}
        for d in rows:
            self.by_code[d.code] = d
            names = {d.name, d.label}
            if d.short and d.short not in self.common and not _is_district(d):
                names.add(d.short)
                shorts.add(d.short)
            elif d.short and _is_district(d):
                self._district_shorts.setdefault(d.short, []).append(d)
            for n in names:
                self.by_name.setdefault(n, []).append(d)
        self._full = {n for n in self.by_name if n not in shorts}
        self._longest = max(map(len, self._full), default=0)
        # short names are found by their first character, then the longest one there
        self._shorts = frozenset(shorts)
        self._short_lengths = sorted({len(w) for w in shorts}, reverse=True)
        self._short_first = re.compile(
            "[" + "".join(sorted({re.escape(w[0]) for w in shorts})) + "]" if shorts else "(?!)")

    def find(self, name: str) -> list[Division]:
        """The divisions a name can be: 普陀区 is two, 永康 one, 平安 none."""
        return self.by_name.get(name, [])

    def chain(self, d: Division) -> list[Division]:
        """``d`` and its parents, narrowest first: 永康市, 金华市, 浙江省."""
        out = [d]
        while out[-1].parent and out[-1].parent in self.by_code:
            out.append(self.by_code[out[-1].parent])
        return out

    def within(self, inner: Division, outer: Division) -> bool:
        """Whether ``inner`` is ``outer`` or lies in it."""
        return outer in self.chain(inner)

    def new_areas(self) -> list[Division]:
        """The state-level new areas (贵安新区, 舟山群岛新区)."""
        return [d for d in self.by_code.values() if d.name.endswith("新区") and d.level != "county"]

    def level(self, d: Division) -> str:
        """The level of its posts: a municipality's are provincial."""
        return "provincial" if d.name in _MUNICIPALITIES else d.level

    def scan(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Every full place name in ``text`` (start, end, name): 永康市, 黔东南州.

        A full name ends in its unit (省, 市, 县...), so only the stretches
        before such a character are looked up: one pass, a few set look-ups
        per unit character.
        """
        last = 0
        for m in _UNIT_CHAR.finditer(text):
            end = m.end()
            for start in range(max(last, end - self._longest), end - 1):
                if text[start:end] in self._full:
                    yield start, end, text[start:end]
                    last = end
                    break

    def scan_district_bodies(self, text: str, bodies: Iterable[str]
                             ) -> Iterator[tuple[int, int, Division]]:
        """City districts named by their short name at the head of one of their
        ``bodies`` (萧山 + 供销社): a district's short name alone is an everyday
        word (鼓楼, 新华), but not before 区委 or 供销社. Only districts whose short
        name is one district's. The bodies are found first, being rare."""
        for m in _alternatives(tuple(bodies)).finditer(text):
            for n in (3, 2):
                options = self._district_shorts.get(text[max(0, m.start() - n):m.start()], [])
                if len(options) == 1:
                    yield m.start() - n, m.start(), options[0]
                    break

    def scan_short(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Short names (永康, 金华) in ``text``; costlier than :meth:`scan`, so for
        headlines and openings, where a paper names its own place."""
        after = 0
        for m in self._short_first.finditer(text):
            start = m.start()
            if start < after:
                continue  # inside the short name found before
            for n in self._short_lengths:
                word = text[start:start + n]
                if len(word) == n and word in self._shorts:
                    yield start, start + n, word
                    after = start + n
                    break


@cache
def _alternatives(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, words)))


def _read(name: str) -> Iterator[list[str]]:
    text = (resources.files(__package__) / "data" / name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@cache
def gazetteer() -> Gazetteer:
    """The bundled gazetteer, read once per process."""
    rows = [Division(*(f + [""] * 5)[:5]) for f in _read("divisions.tsv")]
    rows += _former(rows)
    words = [f[0].split("#")[0].strip() for f in _read("place_words.txt")]
    return Gazetteer(rows, [w for w in words if w])


def _former(rows: list[Division]) -> list[Division]:
    """Divisions renamed since (富阳市, now 富阳区), as older pages write them:
    county level, in the prefecture they lay in, with no short name."""
    parents = {d.name: d for d in rows if d.level in ("prefecture", "provincial")}
    return [Division(f"{parents[up].code}:{name}", name, "county", parents[up].code, "")
            for name, up, *_ in _read("former_divisions.tsv")]
