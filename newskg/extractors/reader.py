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
from contextvars import ContextVar
from datetime import date
from pathlib import Path
from typing import BinaryIO

from ..records import Document
from .encoding import DecodeError, decode, detect
from .hanzi import simplify
from .patterns import PATTERNS

__all__ = [
    "MAX_BYTES",
    "SUFFIXES",
    "InputError",
    "clean_text",
    "find_inputs",
    "iter_documents",
    "read_documents",
    "rejected_dates",
    "shown",
    "source_names",
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

#: The string fields of a JSONL record kept with its article (besides its text).
_JSONL_FIELDS = ("title", "url", "author", "source", "paper", "page", "published")

#: the patterns of the front matter's fields (data/patterns.toml)
_READER = PATTERNS["reader"]

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


#: The list :func:`rejected_dates` collects into, when one is open.
_REJECTED: ContextVar[list[str] | None] = ContextVar("newskg_rejected_dates", default=None)


@contextlib.contextmanager
def rejected_dates() -> Iterator[list[str]]:
    """Collect the dates :func:`iso_date` refuses while the block runs, as written.

    The readers call :func:`iso_date` deep inside; this lets the build say which
    file gave ``2023-02-30`` without every reader passing a list around.

    >>> with rejected_dates() as found:
    ...     iso_date("2023年2月30日")
    >>> found
    ['2023年2月30']
    """
    found: list[str] = []
    token = _REJECTED.set(found)
    try:
        yield found
    finally:
        _REJECTED.reset(token)


def iso_date(value: str | None) -> str | None:
    """``2023-4-24``, ``2023年4月24日``, ``2023/04/24 17:28`` -> ``2023-04-24``.

    A date no calendar has (``2023-02-30``, month 13) gives ``None``, and is
    noted in :func:`rejected_dates`: the document is built without it.

    >>> iso_date("2023/4/24 17:28"), iso_date("2023-02-30"), iso_date("2024-02-29")
    ('2023-04-24', None, '2024-02-29')
    """
    if not value:
        return None
    m = _DATE.search(value)
    if not m:
        return None
    y, mo, d = (int(x) for x in m.groups())
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        found = _REJECTED.get()
        if found is not None:
            found.append(m.group(0))
        return None


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


def find_inputs(
    paths: list[str | Path],
    on_error: OnError | None = None,
    skip: Callable[[Path], bool] | None = None,
) -> list[Path]:
    """The input files named, or found under the folders named, each once, in order.

    A path that does not exist, or a folder with no ``.txt``/``.jsonl`` file
    in it, is an :class:`InputError`, passed to ``on_error`` or raised.

    ``skip`` says which files and folders are never input, though they may lie
    inside an input folder: the build's outputs and caches. A folder walked
    leaves out what ``skip`` names below it (an output folder inside the input
    folder is not read back at the next build); a file named among ``paths``
    that ``skip`` names is an :class:`InputError`.
    """
    report = on_error or _raise
    found: dict[Path, Path] = {}
    for p in map(Path, paths):
        if p.is_dir():
            files = _walk(p, skip or (lambda _: False))
            if not files:
                report(InputError(p, f"folder has no {' or '.join(SUFFIXES)} files"))
            for f in files:
                found.setdefault(f.resolve(), f)
        elif p.is_file() and skip is not None and skip(p):
            report(InputError(p, "an output of newskg (--out), never read as input"))
        elif p.is_file():
            found.setdefault(p.resolve(), p)
        elif p.exists():
            report(InputError(p, "not a regular file or folder"))
        else:
            report(InputError(p, "no such file or folder"))
    return list(found.values())


def source_names(inputs: list[str | Path], files: list[Path]) -> dict[Path, str]:
    """How each input file is named in the graph (``nkg:sourceFile``): its path
    under the input folder it was found in, or its name when given by itself.

    Two files of one name in two folders (``paperA/page01.txt``,
    ``paperB/page01.txt``) are two documents. When two input folders hold the
    same path, each keeps its folder's name in front; when even that is the
    same, the path as given.

    >>> names = source_names(["arc"], [Path("arc/a/p1.txt"), Path("arc/b/p1.txt")])
    >>> sorted(names.values())
    ['a/p1.txt', 'b/p1.txt']
    """
    roots = [Path(p) for p in inputs]

    def under(f: Path) -> tuple[Path, Path] | None:
        for r in roots:
            if f != r and f.is_relative_to(r):
                return r, f.relative_to(r)
        return None

    names: dict[Path, str] = {}
    wider: dict[Path, str] = {}
    for f in files:
        found = under(f)
        if found is None:
            names[f], wider[f] = f.name, f.as_posix()
        else:
            root, rel = found
            names[f] = rel.as_posix()
            wider[f] = (Path(root.resolve().name) / rel).as_posix()
    for choice in (wider, {f: f.as_posix() for f in files}):
        count = Counter(names.values())
        for f in files:
            if count[names[f]] > 1:
                names[f] = choice[f]
    return {f: shown(n) for f, n in names.items()}


def _walk(folder: Path, skip: Callable[[Path], bool]) -> list[Path]:
    """The ``.txt`` and ``.jsonl`` files under ``folder``, sorted, without what ``skip`` names."""
    files = []
    for top, dirs, names in os.walk(folder):
        here = Path(top)
        dirs[:] = [d for d in dirs if not skip(here / d)]
        files += [here / n for n in names
                  if Path(n).suffix.lower() in SUFFIXES and not skip(here / n)]
    return sorted(f for f in files if f.is_file())


def _document(
    text: str, meta: dict[str, str | None], source: str, *, line: int | None = None,
    offset: int = 0,
) -> Document:
    title = clean_text(raw_title) if (raw_title := meta.get("title")) else None
    simple = simplify(text)
    simple_title = simplify(title) if title else None
    return Document(
        source=source,
        text=simple if simple is not None else text,
        published=iso_date(meta.get("published") or meta.get("date")),
        paper=meta.get("paper"),
        page=meta.get("page"),
        url=meta.get("url"),
        title=simple_title or title,
        author=meta.get("author"),
        original=text if simple is not None else None,
        original_title=title if simple_title is not None else None,
        line=line,
        offset=offset,
        origin=meta.get("source"),
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
    i = _front_matter(lines, i, meta)
    offset = 0
    if i:
        offset = sum(len(x) + 1 for x in lines[:i])  # where the body starts in the file
        text = "\n".join(lines[i:])
    if not text.strip():
        raise InputError(path, "no text after the header lines" if meta else "no text")
    return _document(text, meta, shown(path.name), offset=offset)


def _front_matter(lines: list[str], i: int, meta: dict[str, str | None]) -> int:
    """A static site's front matter (---, title: …, date: …, ---) after the header
    lines: its title, date and author fill what the header lines left unsaid.
    Returns where the body starts."""
    j = i
    while j < len(lines) and not lines[j].strip():
        j += 1
    if j >= len(lines) or lines[j].strip() != "---":
        return i
    end = next((k for k in range(j + 1, min(len(lines), j + 60)) if lines[k].strip() == "---"),
               None)
    if end is None:
        return i
    for line in lines[j + 1:end]:
        if (m := _READER["front_matter_field"].fullmatch(line.strip())) and m.group(2):
            key, value = m.group(1).lower(), m.group(2).strip().strip("'\"")
            if key == "title":
                if site := _READER["title_site_before"].match(value):
                    if not meta.get("paper"):
                        meta["paper"] = site.group(0).rstrip("-> ")  # 某大学->Title: the site's
                    value = value[site.end():]
                value = _READER["title_site_after"].sub("", value)
            if key in ("title", "date", "author") and not meta.get(key) and not (
                    key == "date" and meta.get("published")):
                meta[key] = value
    return end + 1


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

    meta = {key: string(key) for key in _JSONL_FIELDS}
    meta["date"] = str(rec.get("date") or "")
    return _document(body, meta, shown(path.name), line=n)


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
