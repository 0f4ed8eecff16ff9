"""Dates as this genre writes them: 4月24日下午, 2月25日至26日, 于26日, 昨天, 当天.

A :class:`DateContext` walks an article sentence by sentence and remembers the
last date it saw, so that 当天 and a bare 26日 resolve to the right day. The
year comes from the file's publication date, or the ``--year`` option, or a
year written in the event's own name (2018年部省工作会商会议); without one a
date is written ``--MM-DD`` (``xsd:gMonthDay``).

A hand-written parser is used rather than jionlp's time parser: on this genre
jionlp alone dates 44 % of the cases of ``benchmarks/dates.py`` right (it
resolves 当天 against the paper, not the article, and guesses years), needs
the same rules around it to do better, and costs about 30 times as much per
sentence plus 0.3 s of start-up per worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from .patterns import PATTERNS

__all__ = ["DateContext", "format_date"]

_FULL = PATTERNS["dates"]["full"]
_DAY = PATTERNS["dates"]["day"]
_THIS_MONTH = PATTERNS["dates"]["this_month"]
_RELATIVE = {
    "今天": 0, "今日": 0, "今晨": 0, "今早": 0, "昨天": -1, "昨日": -1, "昨晚": -1,
    "前天": -2, "前日": -2, "前晚": -2,
}
_SAME_DAY = PATTERNS["dates"]["same_day"]
_RELATIVE_USE = PATTERNS["dates"]["relative_use"]
_NEXT_DAY = ("次日", "翌日", "第二天")
_YEAR_IN_NAME = PATTERNS["dates"]["year_in_name"]
_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_CN_NUMBER = PATTERNS["dates"]["cn_number"]


def _cn_to_int(s: str) -> int | None:
    """二〇二三 -> 2023, 二十四 -> 24, 十 -> 10."""
    if "十" not in s:
        return int("".join(str(_CN_DIGIT[c]) for c in s)) if all(c in _CN_DIGIT for c in s) \
            else None
    tens, _, ones = s.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    return (_CN_DIGIT.get(tens, 1) if tens else 1) * 10 + (_CN_DIGIT.get(ones, 0) if ones else 0)


def arabic_dates(s: str) -> str:
    """四月二十四日 -> 4月24日, same length or shorter; other text untouched."""
    if not _CN_NUMBER.search(s):
        return s
    return _CN_NUMBER.sub(lambda m: str(n) if (n := _cn_to_int(m.group(1))) is not None
                          else m.group(1), s)


def _next_day(d: tuple[int | None, int, int]) -> tuple[int | None, int, int] | None:
    """The day after, keeping an unknown year unknown (2000 is a leap year)."""
    try:
        n = date(d[0] or 2000, d[1], d[2]) + timedelta(days=1)
    except ValueError:
        return None
    return (n.year if d[0] else None, n.month, n.day)


def format_date(year: int | None, month: int, day: int) -> str | None:
    """``2023-04-24``, or ``--04-24`` without a year; ``None`` if impossible."""
    try:
        date(year or 2000, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


@dataclass
class DateContext:
    """The dates of one article: publication date, fallback year, last date seen."""

    published: str | None = None
    year: int | None = None
    last: tuple[int | None, int, int] | None = None

    def __post_init__(self) -> None:
        self._found: list[tuple[int, tuple[int | None, int, int]]] = []
        self._before: tuple[int | None, int, int] | None = None

    def _year_for(self, month: int) -> int | None:
        if self.published:
            pub = date.fromisoformat(self.published)
            if month > pub.month + 1:
                return pub.year - 1  # a January paper reporting a December meeting
            if pub.month == 12 and month == 1:
                return pub.year + 1  # a December paper announcing 1月1日起
            return pub.year
        return self.year

    def see(self, sentence: str) -> None:
        """Read the dates of a sentence; the last one becomes the date in force."""
        self._found = self._parse_all(sentence)
        self._before = self.last
        if self._found:
            self.last = self._found[-1][1]

    def at(self, pos: int) -> tuple[int | None, int, int] | None:
        """The date in force at a position of the sentence last seen."""
        best = self._before
        for start, found in self._found:
            if start <= pos:
                best = found
        return best

    def _parse_all(self, s: str) -> list[tuple[int, tuple[int | None, int, int]]]:
        # offsets of the converted text are close enough: they only order dates
        s = arabic_dates(s)
        pub = date.fromisoformat(self.published) if self.published else None
        spans: list[tuple[int, Any]] = []  # a (year, month, day), ("day", d), "same" or "next"
        full = []
        at = 0
        while (m := _FULL.search(s, at)) is not None:
            y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(2) else \
                (m.group(4), m.group(5), m.group(6))
            if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
                at = m.start() + 1  # 09:225月14日 (a time glued to the date): 5月14日
                continue
            spans.append((m.start(), (int(y) if y else None, int(mo), int(d))))
            full.append((m.start(), m.end()))
            at = m.end()
        for m in _DAY.finditer(s):
            if not any(a <= m.start(1) < b for a, b in full):
                spans.append((m.start(1), ("day", int(m.group(1)))))
        for m in _THIS_MONTH.finditer(s):
            if pub:
                month = pub.month if m.group(1) == "本月" else (pub.month - 2) % 12 + 1
                year = pub.year if month <= pub.month else pub.year - 1
                spans.append((m.start(), (year, month, int(m.group(2)))))
        for word, delta in _RELATIVE.items():
            i = s.find(word)
            while i >= 0 and not _RELATIVE_USE.match(s, i + len(word)):
                i = s.find(word, i + 1)  # 今天更应…: "nowadays", no date
            if i >= 0 and pub:
                d = pub + timedelta(days=delta)
                spans.append((i, (d.year, d.month, d.day)))
        for m in _SAME_DAY.finditer(s):
            spans.append((m.start(), "next" if m.group(0) in _NEXT_DAY else "same"))

        out: list[tuple[int, tuple[int | None, int, int]]] = []
        prev = self.last or ((pub.year, pub.month, pub.day) if pub else None)
        for start, raw in sorted(spans, key=lambda t: t[0]):
            found: tuple[int | None, int, int] | None
            if isinstance(raw, str):
                found = prev if raw == "same" else _next_day(prev) if prev else None
            elif len(raw) == 2:
                found = (prev[0], prev[1], raw[1]) if prev else None
            else:
                found = raw
            if found:
                out.append((start, found))
                prev = found
        return out

    def resolve(self, found: tuple[int | None, int, int] | None, name: str = "") -> str | None:
        """The ISO form of a date found in the text, with the best year known."""
        if not found:
            return None
        y, mo, d = found
        if y is None:
            y = self._year_for(mo)
        if y is None and (m := _YEAR_IN_NAME.search(name)):
            y = int(m.group(1))
        return format_date(y, mo, d)

    def current(self, name: str = "") -> str | None:
        """The date in force (the last one seen), resolved."""
        return self.resolve(self.last, name)
