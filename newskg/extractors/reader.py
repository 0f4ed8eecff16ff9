"""Read input files into :class:`~newskg.records.Document` records.

Two kinds of input:

* ``.txt`` - one page, optionally opened by header lines
  ``# published: YYYY-MM-DD``, ``# source: ...``, ``# paper: ...``,
  ``# page: ...`` ended by a blank line;
* ``.jsonl`` - one article per line as crawlers write them: ``title``,
  ``content`` or ``text``, optional ``date``, ``url``, ``author``.

Both may be UTF-8 (with or without BOM), UTF-16 with a BOM, GB18030/GBK or
Big5 (:mod:`.encoding`), with any line ends. Text is cleaned of characters
that no export can carry, and traditional characters are converted for
extraction (:mod:`.hanzi`). A ``.txt`` page is read whole, so it is refused
over ``max_bytes``; a ``.jsonl`` file is streamed line by line, so only a
single line over ``max_bytes`` is refused.

Problems are raised as :class:`InputError` naming the file, so the caller can
report them in one line and go on with the other files. A problem with one
line of a JSONL file goes to ``on_error`` when one is given, and the other
lines are still read.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..records import Document
from .encoding import DecodeError, decode, detect
from .hanzi import simplify

__all__ = [
    "MAX_BYTES",
    "SUFFIXES",
    "InputError",
    "clean_text",
    "find_inputs",
    "iter_documents",
    "read_documents",
    "shown",
]

SUFFIXES = (".txt", ".jsonl")

#: Default limit on one page (or one JSONL line), in bytes.
MAX_BYTES = 50 * 1024 * 1024

#: How much of a JSONL file is read to tell its encoding.
_SNIFF_BYTES = 1024 * 1024

_HEADER = re.compile(r"#\s*([A-Za-z_]+)\s*[:：](.*)")  # no lazy group: linear on any line
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_NEWLINES = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
# Characters XML 1.0 forbids (C0 controls, surrogates, U+FFFE/U+FFFF), DEL and
# C1 controls, and stray byte order marks: noise in news text, fatal in exports.
_UNWANTED = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff\ud800-\udfff]")

OnError = Callable[["InputError"], None]


def shown(path: str | Path) -> str:
    """``path`` as printable text, even when its bytes are GBK or Big5 (a zip from Windows).

    Linux hands such names to Python with lone surrogates, which cannot be
    printed or written to any export; they are decoded as file contents are.
    """
    text = str(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        raw = os.fsencode(text)
        try:
            return decode(raw)[0]
        except DecodeError:
            return raw.decode("utf-8", errors="replace")


class InputError(Exception):
    """An input that cannot be read; ``str()`` is one line naming the file."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = shown(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


def _raise(error: InputError) -> None:
    raise error


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


def clean_text(text: str) -> str:
    """``\\n`` for every line end, no control characters, NFC.

    >>> clean_text("a\\r\\nb\\rc\\x00d\\x0ce")
    'a\\nb\\ncd\\ne'
    """
    text = _NEWLINES.sub("\n", text)
    text = _UNWANTED.sub("", text)
    return unicodedata.normalize("NFC", text)


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def find_inputs(paths: list[str | Path], on_error: OnError | None = None) -> list[Path]:
    """The input files named, or found under the folders named, each once, in order.

    A path that does not exist, or a folder with no ``.txt``/``.jsonl`` file
    in it, is an :class:`InputError`, passed to ``on_error`` or raised.
    """
    report = on_error or _raise
    found: dict[Path, Path] = {}
    for p in map(Path, paths):
        if p.is_dir():
            files = [
                f for f in sorted(p.rglob("*")) if f.suffix.lower() in SUFFIXES and f.is_file()
            ]
            if not files:
                report(InputError(p, f"folder has no {' or '.join(SUFFIXES)} files"))
            for f in files:
                found.setdefault(f.resolve(), f)
        elif p.is_file():
            found.setdefault(p.resolve(), p)
        elif p.exists():
            report(InputError(p, "not a regular file or folder"))
        else:
            report(InputError(p, "no such file or folder"))
    return list(found.values())


def _document(path: Path, text: str, meta: dict[str, str | None], source: str) -> Document:
    title = clean_text(raw_title) if (raw_title := meta.get("title")) else None
    simple = simplify(text)
    return Document(
        source=source,
        text=simple if simple is not None else text,
        published=iso_date(meta.get("published") or meta.get("date")),
        paper=meta.get("paper"),
        page=meta.get("page"),
        url=meta.get("source") or meta.get("url"),
        title=(simplify(title) or title) if title else None,
        author=meta.get("author"),
        original=text if simple is not None else None,
    )


def _read_txt(path: Path, max_bytes: int) -> Document:
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(
            path, f"file is {_size(size)}, over the {_size(max_bytes)} limit (--max-bytes)"
        )
    raw = path.read_bytes()
    if not raw.strip():
        raise InputError(path, "empty file" if not raw else "no text (only white space)")
    try:
        text, _ = decode(raw)
    except DecodeError as e:
        raise InputError(path, str(e)) from None
    text = clean_text(text)
    meta: dict[str, str | None] = {}
    lines = text.split("\n")
    i = 0
    while i < len(lines) and (m := _HEADER.fullmatch(lines[i].strip())):
        meta[m.group(1).lower()] = m.group(2).strip()
        i += 1
    if meta:
        text = "\n".join(lines[i:])
    if not text.strip():
        raise InputError(path, "no text after the header lines" if meta else "no text")
    return _document(path, text, meta, shown(path.name))


def _record(path: Path, n: int, line: str) -> Document:
    """One JSONL line as a document; :class:`InputError` naming the line if it is not one."""
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(path, f"line {n}: not JSON ({e.msg}, column {e.pos + 1})") from None
    except RecursionError:
        raise InputError(path, f"line {n}: JSON nested too deeply") from None
    if not isinstance(rec, dict):
        raise InputError(path, f"line {n}: not a JSON object")
    body = rec.get("content") or rec.get("text") or ""
    if not isinstance(body, str):
        raise InputError(path, f"line {n}: 'content' is not a string")
    body = clean_text(body)
    if not body.strip():
        raise InputError(path, f"line {n}: no text ('content' and 'text' are empty)")

    def string(key: str) -> str | None:
        value = rec.get(key)
        return clean_text(value) if isinstance(value, str) else None

    meta = {"title": string("title"), "url": string("url"), "author": string("author")}
    meta["date"] = str(rec.get("date") or "")
    return _document(path, body, meta, f"{shown(path.name)}:{n}")


def _jsonl_codec(path: Path, head: bytes, final: bool) -> str:
    """The encoding of a JSONL file from its first bytes; one bad line does not decide it."""
    try:
        return detect(head, final=final)
    except DecodeError as e:
        lines = [line for line in head.split(b"\n")[: None if final else -1] if line.strip()]
        votes: Counter[str] = Counter()
        for line in lines:
            with contextlib.suppress(DecodeError):
                votes[detect(line)] += 1
        codec, count = votes.most_common(1)[0] if votes else ("", 0)
        if count < 0.9 * len(lines):
            raise InputError(path, str(e)) from None
        return codec


def _wide_lines(path: Path, raw: BinaryIO, codec: str, max_bytes: int) -> Iterator[str | None]:
    """Lines of a UTF-16/32 file (``None`` for one over ``max_bytes``); a bad byte ends it."""
    text = io.TextIOWrapper(raw, encoding=codec, errors="strict", newline=None)
    n = 1
    try:
        while line := text.readline(max_bytes + 1):
            if len(line) > max_bytes:
                while line and not line.endswith("\n"):  # skip the rest of it
                    line = text.readline(_SNIFF_BYTES)
                line = None
            yield line
            n += 1
    except UnicodeDecodeError:
        raise InputError(
            path, f"line {n}: not {codec} text; the rest of the file is skipped"
        ) from None


def _byte_lines(raw: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """Lines of an ASCII-compatible file (``None`` for one over ``max_bytes``).

    In UTF-8, GB18030 and Big5 the byte 0x0A is only ever a line end, so lines
    can be cut before decoding and a bad byte costs one line, not the file.
    """
    while line := raw.readline(max_bytes + 1):
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = raw.readline(_SNIFF_BYTES)
            line = None
        yield line


def _read_jsonl(path: Path, max_bytes: int, on_error: OnError) -> Iterator[Document]:
    records = 0
    with open(path, "rb") as raw:
        head = raw.read(_SNIFF_BYTES)
        if not head.strip():
            raise InputError(path, "empty file" if not head else "no text (only white space)")
        codec = _jsonl_codec(path, head, final=len(head) < _SNIFF_BYTES)
        raw.seek(0)
        lines: Iterator[str | bytes | None]
        if codec in ("utf-16", "utf-32"):
            lines = _wide_lines(path, raw, codec, max_bytes)
        else:
            lines = _byte_lines(raw, max_bytes)
        for n, line in enumerate(lines, 1):
            try:
                if line is None:
                    raise InputError(path, f"line {n}: over the {_size(max_bytes)} limit")
                if isinstance(line, bytes):
                    line = _decode_line(path, n, line, codec)
                if line.strip():
                    yield _record(path, n, line.strip())
                    records += 1
            except InputError as e:
                on_error(e)
    if not records:
        raise InputError(path, "no articles in this file")


def _decode_line(path: Path, n: int, line: bytes, codec: str) -> str:
    try:
        return line.decode(codec)
    except UnicodeDecodeError:
        raise InputError(path, f"line {n}: not {codec} text") from None


def iter_documents(
    path: str | Path, *, max_bytes: int = MAX_BYTES, on_error: OnError | None = None
) -> Iterator[Document]:
    """The documents of one input file, one at a time.

    A problem with the whole file raises :class:`InputError`; a problem with
    one JSONL line goes to ``on_error`` and the next line is read (without
    ``on_error`` it is raised too).
    """
    path = Path(path)
    try:
        if path.suffix.lower() == ".jsonl":
            yield from _read_jsonl(path, max_bytes, on_error or _raise)
        else:
            yield _read_txt(path, max_bytes)
    except OSError as e:
        raise InputError(path, f"cannot be read ({e.strerror or e})") from None


def read_documents(path: str | Path, *, max_bytes: int = MAX_BYTES) -> list[Document]:
    """All documents of one input file; :class:`InputError` at its first problem."""
    return list(iter_documents(path, max_bytes=max_bytes))
