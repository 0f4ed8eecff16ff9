"""Dates as this genre writes them: 4月24日下午, 2月25日至26日, 于26日, 昨天, 当天.

A :class:`DateContext` walks an article sentence by sentence and remembers the
last date it saw, so that 当天 and a bare 26日 resolve to the right day. The
year comes from the file's publication date, or the ``--year`` option, or a
year written in the event's own name (2018年部省工作会商会议); without one a
date is written ``--MM-DD`` (``xsd:gMonthDay``).

A hand-written parser is used rather than jionlp's time parser: jionlp pulls in
tens of megabytes of dictionaries and seconds of start-up for each worker, and
this genre uses a handful of forms (benchmarks/dates.py measures both).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["DateContext", "format_date"]

_FULL = re.compile(
    r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:[至到—-](?:\d{1,2}月)?\d{1,2}日)?"
)
_DAY = re.compile(
    r"(?<![\d月年])(?:于|在|当|，|^)?(\d{1,2})日"
    r"(?=上午|下午|晚|中午|早|凌晨|，|起|召开|举行|在)"
)
_RELATIVE = {
    "今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "前日": -2,
}
_SAME_DAY = re.compile(r"当天|当日|同日|当晚|次日|翌日")
_YEAR_IN_NAME = re.compile(r"(20\d{2}|19\d{2})年")


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
            # a January paper reporting a December meeting
            return pub.year - 1 if month > pub.month + 1 else pub.year
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
        out: list[tuple[int, tuple[int | None, int, int]]] = []
        prev = self.last
        if prev is None and self.published:
            pub = date.fromisoformat(self.published)
            prev = (pub.year, pub.month, pub.day)
        spans = []
        for m in _FULL.finditer(s):
            y = int(m.group(1)) if m.group(1) else None
            spans.append((m.start(), m.end(), (y, int(m.group(2)), int(m.group(3)))))
        for m in _DAY.finditer(s):
            if not any(a <= m.start(1) < b for a, b, _ in spans):
                spans.append((m.start(1), m.end(), None))
        for word, delta in _RELATIVE.items():
            i = s.find(word)
            if i >= 0 and self.published:
                d = date.fromisoformat(self.published) + timedelta(days=delta)
                spans.append((i, i + len(word), (d.year, d.month, d.day)))
        for m in _SAME_DAY.finditer(s):
            spans.append((m.start(), m.end(), "same" if m.group(0)[0] != "次" and
                          m.group(0)[0] != "翌" else "next"))
        for start, _, found in sorted(spans, key=lambda t: t[0]):
            if found is None:
                found = (prev[0], prev[1], int(_DAY.match(s, start).group(1))) if prev and \
                    _DAY.match(s, start) else None
                if found is None:
                    m = re.match(r"(\d{1,2})日", s[start:])
                    found = (prev[0], prev[1], int(m.group(1))) if prev and m else None
            elif found == "same":
                found = prev
            elif found == "next":
                found = None
                if prev and prev[0]:
                    d = date(*prev) + timedelta(days=1)
                    found = (d.year, d.month, d.day)
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
