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
import re
import shutil
import stat
import tempfile
from functools import cache
from math import log
from pathlib import Path

#: one Latin letter or digit: jieba joins runs of them into one word
_LATIN = re.compile("[a-zA-Z0-9]")

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
    dictionary words and their tags need not pay for it. That mode is
    :func:`_cut_dictionary`, jieba's own algorithm written with fewer calls per
    character: the same words (``tests/test_segment.py`` compares them on every
    real page), in about two thirds of the time (``benchmarks/README.md``).
    """
    if new_words:
        return _jieba().lcut(text, HMM=True)
    return _cut_dictionary(text)


def _cut_dictionary(text: str) -> list[str]:
    """``jieba.lcut(text, HMM=False)``: blocks of Han characters and letters are
    cut on the most probable route through the dictionary's words; the rest is
    cut at white space, one character a word."""
    jb = _jieba()
    freq, logtotal = jb.dt.FREQ, log(jb.dt.total)
    han, skip = jb.re_han_default, jb.re_skip_default
    out: list[str] = []
    for block in han.split(text):
        if not block:
            continue
        if han.match(block):
            _cut_block(block, freq, logtotal, out)
            continue
        for piece in skip.split(block):
            if skip.match(piece):
                out.append(piece)
            else:
                out.extend(piece)
    return out


def _cut_block(s: str, freq: dict[str, int], logtotal: float, out: list[str]) -> None:
    """jieba's ``__cut_DAG_NO_HMM`` of one block: the word graph, the best route
    from the end (ties to the longer word, as jieba's ``max`` of tuples), then
    the words, runs of single Latin letters or digits joined."""
    n = len(s)
    get = freq.get
    ends: list[list[int]] = []
    for k in range(n):
        found = []
        i = k
        while i < n:
            f = get(s[k:i + 1])
            if f is None:
                break
            if f:
                found.append(i)
            i += 1
        ends.append(found or [k])
    score = [0.0] * (n + 1)
    step = [0] * (n + 1)
    for idx in range(n - 1, -1, -1):
        cands = ends[idx]
        x = cands[0]
        best, best_x = log(get(s[idx:x + 1]) or 1) - logtotal + score[x + 1], x
        for x in cands[1:]:
            v = log(get(s[idx:x + 1]) or 1) - logtotal + score[x + 1]
            if v > best or (v == best and x > best_x):
                best, best_x = v, x
        score[idx], step[idx] = best, best_x
    x, buf = 0, ""
    while x < n:
        y = step[x] + 1
        word = s[x:y]
        if y - x == 1 and _LATIN.match(word):
            buf += word
        else:
            if buf:
                out.append(buf)
                buf = ""
            out.append(word)
        x = y
    if buf:
        out.append(buf)


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
