"""Query results as an aligned table, CSV or JSON.

Chinese characters take two columns in a terminal, so the table is aligned by
display width (``unicodedata.east_asian_width``), not by ``len``.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from functools import lru_cache

__all__ = ["FORMATS", "display_width", "render"]

FORMATS = ("table", "csv", "json")


def display_width(text: str) -> int:
    """Terminal columns taken by ``text``: wide and full-width characters count 2.

    >>> display_width("张明远 abc")
    10
    """
    if text.isascii():
        return len(text)
    return sum(_char_width(ch) for ch in text)


@lru_cache(maxsize=8192)
def _char_width(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _cell(value: str | None) -> str:
    """One line of plain text: line breaks and other control characters become spaces."""
    if value is None:
        return ""
    return "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in value)


def _clip(text: str, limit: int | None) -> str:
    """``text`` cut to ``limit`` terminal columns, an ellipsis marking the cut."""
    if not limit or display_width(text) <= limit:
        return text
    out, used = [], 1
    for ch in text:
        w = _char_width(ch)
        if used + w > limit:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _table(columns: list[str], rows: list[list[str | None]], max_width: int | None = None) -> str:
    cells = [[_clip(_cell(v), max_width) for v in row] for row in rows]
    widths = [display_width(c) for c in columns]
    for row in cells:
        widths = [max(w, display_width(c)) for w, c in zip(widths, row, strict=True)]
    lines = [
        "  ".join(_pad(c, w) for c, w in zip(columns, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    for row in cells:
        lines.append("  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip())
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def _csv(columns: list[str], rows: list[list[str | None]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([["" if v is None else v for v in row] for row in rows])
    return buf.getvalue().rstrip("\n")


def _json(columns: list[str], rows: list[list[str | None]]) -> str:
    data = {"columns": columns, "rows": [dict(zip(columns, row, strict=True)) for row in rows]}
    return json.dumps(data, ensure_ascii=False, indent=2)


def render(
    columns: list[str],
    rows: list[list[str | None]],
    fmt: str = "table",
    max_width: int | None = None,
) -> str:
    """The result in ``fmt``: ``table``, ``csv`` (with a header) or ``json``.

    ``max_width`` cuts table cells to that many terminal columns; CSV and JSON
    always carry the whole value.
    """
    if fmt == "table":
        return _table(columns, rows, max_width)
    writers = {"csv": _csv, "json": _json}
    if fmt not in writers:
        raise ValueError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
    return writers[fmt](columns, rows)
