"""jieba, loaded once and quietly: word segmentation and dictionary look-ups.

jieba keeps its parsed dictionary in a cache file, by default
``/tmp/jieba.cache``, which it trusts without any check: anybody who can write
to the shared temporary folder can change which words are names, and so the
graph. newskg points jieba at a folder only this user can write,
``$XDG_CACHE_HOME/newskg/jieba`` (``~/.cache/newskg/jieba``), made ``0700``,
with a cache file named after the dictionary's hash, so a cache of another
dictionary is never read. Where no such folder can be had, a new private
temporary folder serves for this process.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib.util
import logging
import os
import shutil
import stat
import tempfile
from functools import cache
from pathlib import Path

__all__ = [
    "cut",
    "dictionary_path",
    "dictionary_sha256",
    "private_cache_dir",
    "tag_table",
    "word_freq",
    "word_tag",
]


@cache
def dictionary_path() -> Path:
    """jieba's main dictionary (the ``dict.txt`` it ships), found without importing jieba."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("newskg needs jieba: pip install jieba")
    return Path(list(spec.submodule_search_locations)[0]) / "dict.txt"


def _private(folder: Path) -> bool:
    """Whether ``folder`` is a real folder of this user that nobody else may write to.

    A folder of ours with wider permissions is narrowed to ``0700``.
    """
    try:
        st = os.lstat(folder)
        if not stat.S_ISDIR(st.st_mode):
            return False
        if hasattr(os, "getuid") and st.st_uid != os.getuid():
            return False
        if st.st_mode & 0o077:
            os.chmod(folder, 0o700)
    except OSError:
        return False
    return True


def private_cache_dir() -> Path:
    """A folder for jieba's cache that no other user can write (made if need be)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = Path(base) / "newskg" / "jieba"
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError:
        pass
    if Path(base).is_absolute() and _private(folder):
        return folder
    fallback = Path(tempfile.mkdtemp(prefix="newskg-jieba-"))  # 0700, new, ours
    atexit.register(shutil.rmtree, fallback, ignore_errors=True)
    return fallback


@cache
def dictionary_sha256() -> str:
    """The SHA-256 of jieba's dictionary: part of the cache key of every extraction."""
    return hashlib.sha256(dictionary_path().read_bytes()).hexdigest()


@cache
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.tmp_dir = str(private_cache_dir())
    jieba.dt.cache_file = f"jieba-{dictionary_sha256()[:24]}.cache"
    jieba.initialize()
    return jieba


def word_freq(word: str) -> int:
    """How often jieba's dictionary has seen ``word`` (0 when not a word)."""
    return _jieba().dt.FREQ.get(word, 0) or 0


def cut(text: str, *, new_words: bool = True) -> list[str]:
    """The words of ``text`` (jieba's accurate mode).

    ``new_words=False`` skips jieba's HMM, which only joins runs of single
    characters into words outside the dictionary: a caller that only wants
    dictionary words and their tags need not pay for it.
    """
    return _jieba().lcut(text, HMM=new_words)


@cache
def _tags() -> dict[str, str]:
    _jieba()
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab


def word_tag(word: str) -> str | None:
    """jieba's part-of-speech tag for a dictionary word (``nr`` for names)."""
    return _tags().get(word)


def tag_table() -> dict[str, str]:
    """Every dictionary word's tag: for a loop over many words, one look-up each."""
    return _tags()
