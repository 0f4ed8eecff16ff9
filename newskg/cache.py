"""Incremental builds: remember each input file's articles between builds.

Rebuilding a ten-year archive after one new page should cost one page of
extraction, not the archive. Each input file's extraction result is stored in
one file whose name is a hash over everything that can change that result:

* the file's bytes and its path (article keys are derived from the path);
* the extractor: ``EXTRACTOR_VERSION`` and the content of every source and
  data file of :mod:`newskg.extractors` and of :mod:`newskg.records`, so an
  edited lexicon or rule invalidates entries even if nobody bumped the version;
* the extraction options, with the content of the user's ``--lexicon`` files.

Change any of them and the key changes, so a stale entry is never read and
there is nothing to invalidate by hand. Entries of one extractor fingerprint
share a sub-folder; delete the cache folder to reclaim space.

Entries are pickles written atomically (temporary file + ``os.replace``), so a
build killed midway leaves whole entries or none. An entry that cannot be read
(truncated, hand-edited, written by an incompatible Python) is ignored and
rebuilt. Loading a pickle can run code: point ``--cache-dir`` only at folders
you trust.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import records
from .extractors import EXTRACTOR_VERSION, ExtractOptions
from .records import Article

__all__ = [
    "CACHE_DIR_NAME",
    "CacheEntry",
    "ExtractCache",
    "extractor_fingerprint",
    "file_key",
    "stream_key",
]

#: The default cache folder, inside the output folder.
CACHE_DIR_NAME = ".newskg-cache"

#: Bumped when the layout of a cache entry changes.
_FORMAT = "1"

#: Files of the extractor package that cannot change what it extracts.
_IGNORED_SUFFIXES = (".pyc", ".pyo")


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


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """A digest of the extractor's code and bundled data (read once per process)."""
    from . import extractors

    h = hashlib.sha256()
    root = Path(extractors.__file__).resolve().parent
    files = [f for f in root.rglob("*") if f.is_file() and "__pycache__" not in f.parts]
    for f in sorted(files, key=lambda p: p.relative_to(root).as_posix()):
        if f.suffix in _IGNORED_SUFFIXES:
            continue
        h.update(f.relative_to(root).as_posix().encode() + b"\0")
        h.update(_sha(f.read_bytes()).encode())
    h.update(_sha(Path(records.__file__).read_bytes()).encode())
    return h.hexdigest()


def extractor_fingerprint(options: ExtractOptions) -> str:
    """A hash of everything besides the input that decides what extraction returns.

    Two processes with the same fingerprint extract the same articles from the
    same file, which is also how cluster workers are checked against the client.
    """
    h = hashlib.sha256()
    h.update(f"{_FORMAT}\0{EXTRACTOR_VERSION}\0{options!r}\0{_code_digest()}\0".encode())
    for lexicon in options.lexicons:
        try:
            h.update(_sha(Path(lexicon).read_bytes()).encode())
        except OSError:
            h.update(b"unreadable")
    return h.hexdigest()


def _key(path: str | Path, digest: str, fingerprint: str) -> str:
    name = str(Path(path).resolve())
    return _sha(f"{fingerprint}\0{name}\0{digest}".encode())


def file_key(path: str | Path, data: bytes, fingerprint: str) -> str:
    """The cache key of one input file with its bytes ``data``."""
    return _key(path, _sha(data), fingerprint)


def stream_key(path: str | Path, fingerprint: str, block: int = 1 << 20) -> str:
    """:func:`file_key` of a file too large to hold in memory: hashed block by block."""
    h = hashlib.sha256()
    with open(path, "rb") as fp:
        while data := fp.read(block):
            h.update(data)
    return _key(path, h.hexdigest(), fingerprint)


class ExtractCache:
    """A folder of cache entries, one per input file, for one fingerprint.

    ``hits`` and ``broken`` count what :meth:`get` found and ``stored`` what
    :meth:`put` wrote, so the build can say how much it reused.
    """

    def __init__(self, root: str | Path, fingerprint: str) -> None:
        self.root = Path(root)
        self.fingerprint = fingerprint
        self.dir = self.root / fingerprint[:20]
        self.hits = 0
        self.broken = 0
        self.stored = 0

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.pickle"

    def has(self, key: str) -> bool:
        """Whether an entry exists under ``key`` (it may still prove unreadable)."""
        return self._path(key).is_file()

    def get(self, key: str) -> CacheEntry | None:
        """The entry stored under ``key``, or ``None`` if absent or unreadable."""
        path = self._path(key)
        try:
            with open(path, "rb") as fp:
                entry = pickle.load(fp)
        except FileNotFoundError:
            return None
        except Exception:  # any damage means "rebuild this one"
            self.broken += 1
            return None
        if not isinstance(entry, CacheEntry) or entry.key != key:
            self.broken += 1
            return None
        self.hits += 1
        return entry

    def put(self, entry: CacheEntry) -> None:
        """Store ``entry`` atomically: readers see the old file or the new one."""
        path = self._path(entry.key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(fd, "wb") as fp:
                pickle.dump(entry, fp, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            self.stored += 1
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
