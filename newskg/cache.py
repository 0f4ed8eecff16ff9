"""Incremental builds: remember each input file's articles between builds.

Rebuilding a ten-year archive after one new page should cost one page of
extraction, not the archive. Each input file's extraction result is stored in
one file whose name is a hash over everything that can change that result:

* the file's bytes and its path (article keys are derived from the path);
* the extractor: ``EXTRACTOR_VERSION`` and the content of every source and
  data file of :mod:`newskg.extractors` and of :mod:`newskg.records`, so an
  edited lexicon or rule invalidates entries even if nobody bumped the version;
* what the extractor depends on: the versions of jieba and OpenCC and a hash
  of jieba's dictionary;
* the extraction options, with the content of the user's ``--lexicon`` files.

Change any of them and the key changes, so a stale entry is never read and
there is nothing to invalidate by hand. Entries of one extractor fingerprint
share a sub-folder; delete the cache folder to reclaim space.

Entries are JSON, so reading one can never run code (a pickle could), and are
written atomically (temporary file + ``os.replace``), so a build killed midway
leaves whole entries or none. An entry that is not exactly what this version
writes (truncated, hand-edited, planted, of another format) is ignored and
rewritten; a file under another name (``*.pickle``) is never opened.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import types
import typing
from dataclasses import dataclass, field, fields, is_dataclass
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from . import records
from .extractors import EXTRACTOR_VERSION, ExtractOptions
from .records import Article

__all__ = [
    "CACHE_DIR_NAME",
    "CacheEntry",
    "ExtractCache",
    "dependency_versions",
    "extractor_fingerprint",
    "file_key",
    "stream_key",
]

#: The default cache folder, inside the output folder.
CACHE_DIR_NAME = ".newskg-cache"

#: Written in every entry; bumped when the layout of an entry changes.
_FORMAT = "newskg-cache 2"

#: Files of the extractor package that cannot change what it extracts.
_IGNORED_SUFFIXES = (".pyc", ".pyo")

#: The packages whose version changes what the extractor returns.
_DEPENDENCIES = ("jieba", "opencc")


@dataclass
class CacheEntry:
    """What one input file gave: its number of documents and its articles.

    A large JSONL file is extracted in parts: its entry has no articles but
    ``parts``, the number of documents of each part, whose articles are in the
    entries ``f"{key}.{i}"``.
    """

    key: str
    documents: int
    articles: list[Article] = field(default_factory=list)
    parts: tuple[int, ...] = ()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_sha(path: Path, block: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fp:
        while data := fp.read(block):
            h.update(data)
    return h.hexdigest()


@cache
def _code_digest() -> str:
    """A digest of the extractor's code and bundled data (read once per process)."""
    from . import extractors, tasks

    h = hashlib.sha256()
    root = Path(extractors.__file__).resolve().parent
    files = [f for f in root.rglob("*") if f.is_file() and "__pycache__" not in f.parts]
    for f in sorted(files, key=lambda p: p.relative_to(root).as_posix()):
        if f.suffix in _IGNORED_SUFFIXES:
            continue
        h.update(f.relative_to(root).as_posix().encode() + b"\0")
        h.update(_sha(f.read_bytes()).encode())
    for module in (records, tasks):
        h.update(_sha(Path(str(module.__file__)).read_bytes()).encode())
    return h.hexdigest()


@cache
def dependency_versions() -> dict[str, str]:
    """The versions of jieba and OpenCC, and the SHA-256 of jieba's dictionary.

    jieba's dictionary decides which words are names (see
    :mod:`newskg.extractors.segment`), so it counts as much as the version.
    """
    from .extractors.segment import dictionary_sha256

    versions = {}
    for name in _DEPENDENCIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    versions["jieba_dictionary_sha256"] = dictionary_sha256()
    return versions


def extractor_fingerprint(options: ExtractOptions) -> str:
    """A hash of everything besides the input that decides what extraction returns.

    Two processes with the same fingerprint extract the same articles from the
    same file, which is also how cluster workers are checked against the client.
    """
    h = hashlib.sha256()
    h.update(f"{_FORMAT}\0{EXTRACTOR_VERSION}\0{options!r}\0{_code_digest()}\0".encode())
    h.update(json.dumps(dependency_versions(), sort_keys=True).encode())
    for lexicon in options.lexicons:
        try:
            h.update(_file_sha(Path(lexicon)).encode())
        except OSError:
            h.update(b"unreadable")
    return h.hexdigest()


def _key(path: str | Path, digest: str, fingerprint: str) -> str:
    name = str(Path(path).resolve())
    return _sha(f"{fingerprint}\0{name}\0{digest}".encode())


def file_key(path: str | Path, data: bytes, fingerprint: str) -> str:
    """The cache key of one input file with its bytes ``data``."""
    return _key(path, _sha(data), fingerprint)


def stream_key(path: str | Path, fingerprint: str) -> str:
    """:func:`file_key` of a file too large to hold in memory: hashed block by block."""
    return _key(path, _file_sha(Path(path)), fingerprint)


class _Damaged(ValueError):
    """An entry that is not what this version writes."""


def _to_json(value: Any) -> Any:
    """Records as JSON values: dataclasses as objects, tuples as arrays."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _to_json(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, list | tuple):
        return [_to_json(v) for v in value]
    if isinstance(value, dict):
        return {k: _to_json(v) for k, v in value.items()}
    return value


Decoder = typing.Callable[[Any], Any]


@cache
def _decoder(tp: Any) -> Decoder:
    """A function turning a JSON value into the type ``tp`` of a record field, or
    raising :class:`_Damaged`; made once per type, as entries hold many records.

    Only records, strings, numbers, ``None``, lists, tuples and dicts of them
    are built: nothing in an entry can name a type or a function to call.
    """
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if isinstance(tp, type) and is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        names = frozenset(f.name for f in fields(tp))
        parts = {name: _decoder(hints[name]) for name in names}

        def record(value: Any) -> Any:
            if type(value) is not dict or value.keys() != names:
                raise _Damaged(f"not a {tp.__name__}")
            return tp(**{name: parts[name](v) for name, v in value.items()})

        return record
    if origin in (typing.Union, types.UnionType):
        [other] = [a for a in args if a is not type(None)]
        inner = _decoder(other)
        return lambda value: None if value is None else inner(value)
    if origin is list:
        item = _decoder(args[0])
        return lambda value: [item(v) for v in _array(value)]
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _decoder(args[0])
        return lambda value: tuple(item(v) for v in _array(value))
    if origin is tuple:
        items = [_decoder(a) for a in args]

        def fixed(value: Any) -> tuple:
            if len(_array(value)) != len(items):
                raise _Damaged(f"not {len(items)} items")
            return tuple(f(v) for f, v in zip(items, value, strict=True))

        return fixed
    if origin is dict:
        key, val = _decoder(args[0]), _decoder(args[1])

        def mapping(value: Any) -> dict:
            if type(value) is not dict:
                raise _Damaged("not an object")
            return {key(k): val(v) for k, v in value.items()}

        return mapping
    if tp in (str, int, float, bool):

        def scalar(value: Any) -> Any:
            if type(value) is not tp:
                raise _Damaged(f"{value!r:.40} is not {tp.__name__}")
            return value

        return scalar
    raise TypeError(f"records hold a {tp} the cache cannot store")


def _array(value: Any) -> list:
    if type(value) is not list:
        raise _Damaged("not an array")
    return value


def _encode(entry: CacheEntry) -> bytes:
    body = {"format": _FORMAT, "key": entry.key, "documents": entry.documents,
            "parts": list(entry.parts), "articles": _to_json(entry.articles)}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def _header(data: bytes, key: str) -> dict:
    """The entry's JSON object, if its format and key are right (records not built)."""
    try:
        body = json.loads(data)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        raise _Damaged("not JSON") from None
    if not isinstance(body, dict) or body.get("format") != _FORMAT or body.get("key") != key:
        raise _Damaged("another format or key")
    return body


def _decode(data: bytes, key: str) -> CacheEntry:
    body = _header(data, key)
    try:
        documents = _decoder(int)(body["documents"])
        parts = _decoder(tuple[int, ...])(body["parts"])
        articles = _decoder(list[Article])(body["articles"])
    except (KeyError, TypeError, ValueError) as e:  # _Damaged is a ValueError
        raise _Damaged(str(e)) from None
    return CacheEntry(key, documents, articles, parts)


class ExtractCache:
    """A folder of cache entries, one per input file, for one fingerprint.

    ``hits`` and ``broken`` count what :meth:`get` and :meth:`usable` found and
    ``stored`` what :meth:`put` wrote, so the build can say how much it reused.
    """

    def __init__(self, root: str | Path, fingerprint: str) -> None:
        self.root = Path(root)
        self.fingerprint = fingerprint
        self.dir = self.root / fingerprint[:20]
        self.hits = 0
        self.broken = 0
        self.stored = 0

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.json"

    def _read(self, key: str) -> bytes | None:
        try:
            return self._path(key).read_bytes()
        except FileNotFoundError:
            return None
        except OSError:  # a folder, a file we may not read: rebuild it
            self.broken += 1
            return None

    def usable(self, key: str) -> bool:
        """Whether a readable entry of this format is stored under ``key``.

        Checks the JSON without building the records, so planning a build can
        tell a damaged entry (to extract again, in the workers) from a good one.
        """
        data = self._read(key)
        if data is None:
            return False
        try:
            _header(data, key)
        except _Damaged:
            self.broken += 1
            return False
        return True

    def get(self, key: str) -> CacheEntry | None:
        """The entry stored under ``key``, or ``None`` if absent or damaged."""
        data = self._read(key)
        if data is None:
            return None
        try:
            entry = _decode(data, key)
        except _Damaged:
            self.broken += 1
            return None
        self.hits += 1
        return entry

    def put(self, entry: CacheEntry) -> None:
        """Store ``entry`` atomically: readers see the old file or the new one."""
        path = self._path(entry.key)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = _encode(entry)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "wb") as fp:
                fp.write(data)
            os.replace(tmp, path)
            self.stored += 1
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
