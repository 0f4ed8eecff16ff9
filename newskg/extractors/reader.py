"""Read input files into :class:`~newskg.records.Document` records.

Two kinds of input:

* ``.txt`` - one page, UTF-8, optionally opened by header lines
  ``# published: YYYY-MM-DD``, ``# source: ...``, ``# paper: ...``,
  ``# page: ...`` ended by a blank line;
* ``.jsonl`` - one article per line as crawlers write them: ``title``,
  ``content`` or ``text``, optional ``date``, ``url``, ``author``.

Problems with one input are raised as :class:`InputError` naming the file, so
the caller can report them in one line and go on with the other files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from ..records import Document

__all__ = ["SUFFIXES", "InputError", "find_inputs", "read_documents"]

SUFFIXES = (".txt", ".jsonl")

_HEADER = re.compile(r"#\s*([A-Za-z_]+)\s*[:：]\s*(.*?)\s*")
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


class InputError(Exception):
    """An input that cannot be read; ``str()`` is one line naming the file."""

    def __init__(self, path: str | Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


def iso_date(value: str | None) -> str | None:
    """``2023-4-24``, ``2023年4月24日``, ``2023/04/24 17:28`` -> ``2023-04-24``."""
    if not value:
        return None
    m = _DATE.search(value)
    if not m:
        return None
    y, mo, d = (int(x) for x in m.groups())
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def find_inputs(paths: list[str | Path]) -> list[Path]:
    """The input files named or found under the folders named, sorted.

    Raises :class:`InputError` for a path that does not exist.
    """
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(
                f for f in sorted(p.rglob("*")) if f.is_file() and f.suffix.lower() in SUFFIXES
            )
        elif p.is_file():
            found.append(p)
        else:
            raise InputError(p, "no such file or folder")
    return found


def _decode(path: Path, raw: bytes) -> str:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(path, f"not UTF-8 text (byte {e.start})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_txt(path: Path, text: str) -> Document:
    meta: dict[str, str] = {}
    lines = text.split("\n")
    i = 0
    while i < len(lines) and (m := _HEADER.fullmatch(lines[i].strip())):
        meta[m.group(1).lower()] = m.group(2)
        i += 1
    if meta:
        text = "\n".join(lines[i:])
    return Document(
        source=path.name,
        text=text,
        published=iso_date(meta.get("published") or meta.get("date")),
        paper=meta.get("paper"),
        page=meta.get("page"),
        url=meta.get("source") or meta.get("url"),
    )


def _read_jsonl(path: Path, text: str) -> Iterator[Document]:
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(path, f"line {n}: not JSON ({e.msg})") from None
        if not isinstance(rec, dict):
            raise InputError(path, f"line {n}: not a JSON object")
        body = rec.get("content") or rec.get("text") or ""
        if not isinstance(body, str):
            raise InputError(path, f"line {n}: 'content' is not a string")
        title = rec.get("title") if isinstance(rec.get("title"), str) else None
        yield Document(
            source=f"{path.name}:{n}",
            text=body,
            published=iso_date(str(rec.get("date") or "")),
            url=rec.get("url") if isinstance(rec.get("url"), str) else None,
            title=title,
            author=rec.get("author") if isinstance(rec.get("author"), str) else None,
        )


def read_documents(path: str | Path) -> list[Document]:
    """The documents of one input file; :class:`InputError` if unreadable."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(path, e.strerror or "cannot be read") from None
    text = _decode(path, raw)
    if path.suffix.lower() == ".jsonl":
        return list(_read_jsonl(path, text))
    return [_read_txt(path, text)]
