"""A researcher's codebook of persons (``--persons FILE``): who is who, by hand.

A CSV file with the columns ``id,name,hint``, one row per post or place that
identifies a person (``p1,张三,上海市委书记``, ``p1,张三,国务院总理``,
``p2,李四,盐城市``). A sighting of ``name`` whose posts or places answer to a
hint is that row's person: sightings of one id are one Person, of two ids two
Persons, whatever the rules of :mod:`.people` say.

Hints are read as a careful reader reads them: with or without 中共, with the
short or the full name of a body (中共上海市委员会书记 = 上海市委书记,
北京市人民代表大会常务委员会副主任 = 北京市人大常委会副主任), and a place by its
full or short name (盐城 = 盐城市).
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from ..extractors.gazetteer import gazetteer

__all__ = ["Codebook", "CodebookError", "CodebookRow", "load_codebook", "post_form"]

_COLUMNS = ("id", "name", "hint")


class CodebookError(ValueError):
    """A codebook that cannot be read: the file and line, in one line."""


@dataclass(frozen=True)
class CodebookRow:
    id: str
    name: str
    hint: str


@cache
def _forms() -> tuple[tuple[str, str], ...]:
    text = (resources.files("newskg.extractors") / "data" / "post_forms.tsv").read_text(
        encoding="utf-8")
    pairs = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            written, _, canonical = line.partition("\t")
            pairs.append((written, canonical.strip()))
    return tuple(pairs)


@cache
def _forms_pattern() -> re.Pattern[str]:
    words = sorted((w for w, _ in _forms()), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def post_form(text: str) -> str:
    """The form a hint and a post label are compared in.

    >>> post_form("中共上海市委员会书记") == post_form("上海市委书记")
    True
    >>> post_form("永康市人民政府市长") == post_form("永康市市长") == post_form("永康市长")
    True
    """
    text = "".join(text.split())
    if text.startswith("中共"):
        text = text[2:]
    table = dict(_forms())
    for _ in range(2):  # 人民政府 -> "" may join 市 and 市长 (永康市人民政府市长)
        text = _forms_pattern().sub(lambda m: table[m.group()], text)
    return text


def _place_names(hint: str) -> frozenset[str]:
    """The full names a hint that is a place can stand for (盐城 -> 盐城市)."""
    found = gazetteer().find(hint)
    return frozenset(n for d in found for n in (d.name, d.label))


class Codebook:
    """The rows of a codebook, by name."""

    def __init__(self, rows: list[CodebookRow]) -> None:
        self.rows = rows
        self._by_name: dict[str, list[tuple[CodebookRow, str, frozenset[str]]]] = (
            defaultdict(list))
        for row in rows:
            self._by_name[row.name].append((row, post_form(row.hint), _place_names(row.hint)))

    def names(self) -> set[str]:
        return set(self._by_name)

    def match(self, name: str, posts: set[str], places: set[str]) -> str | None:
        """The id of the first row of ``name`` whose hint one of ``posts`` (labels
        or written forms) or ``places`` (full names) answers to; ``None`` if none."""
        rows = self._by_name.get(name)
        if not rows:
            return None
        forms = {post_form(p) for p in posts}
        for row, form, place_names in rows:
            if form in forms or (place_names & places) or row.hint in places:
                return row.id
        return None


def load_codebook(path: str | Path) -> Codebook:
    """Read a codebook; :class:`CodebookError` names the file and line of a bad row."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeError) as e:
        raise CodebookError(f"{path}: cannot read: {e}") from None
    reader = csv.reader(text.splitlines())
    header = [h.strip().lower() for h in next(reader, [])]
    if tuple(header[:3]) != _COLUMNS:
        raise CodebookError(f"{path}:1: the header must be id,name,hint (got {','.join(header)})")
    rows = []
    for n, cells in enumerate(reader, 2):
        if not any(c.strip() for c in cells):
            continue
        if len(cells) < 3 or not all(c.strip() for c in cells[:3]):
            raise CodebookError(f"{path}:{n}: give an id, a name and a hint")
        rows.append(CodebookRow(*(c.strip() for c in cells[:3])))
    return Codebook(rows)
