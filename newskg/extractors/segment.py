"""jieba, loaded once and quietly: word segmentation and dictionary look-ups."""

from __future__ import annotations

import logging
from functools import cache

__all__ = ["cut", "word_freq", "word_tag"]


@cache
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def word_freq(word: str) -> int:
    """How often jieba's dictionary has seen ``word`` (0 when not a word)."""
    return _jieba().dt.FREQ.get(word, 0) or 0


def cut(text: str) -> list[str]:
    """The words of ``text`` (jieba's accurate mode)."""
    return _jieba().lcut(text)


@cache
def _tags() -> dict[str, str]:
    _jieba()
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab


def word_tag(word: str) -> str | None:
    """jieba's part-of-speech tag for a dictionary word (``nr`` for names)."""
    return _tags().get(word)
