"""Find the extractor's sentences in the page as it was printed.

Extraction reads a repaired page (:mod:`.repair`): column lines rejoined, OCR
spaces between characters removed, full-width letters, digits and ASCII
punctuation folded, photo captions dropped. A researcher who cites a statement
needs the sentence as the page printed it, and where: so each sentence is
looked up again in the document's text, allowing for exactly those changes
(white space anywhere between two characters; a character in either of its
widths), and the span found there is what the graph quotes.

Looking a sentence up costs one regular-expression search over the article's
stretch of the page; the pattern of a sentence is built once.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["Locator"]

#: what repair removes or turns into nothing between two characters
_GAP = r"[\s\u200b-\u200d\u2060\ufeff]*"
_SKIPPED = re.compile(_GAP[:-1])
#: the characters the evidence may start or end with that are not part of the sentence
_EDGE = " \t\n：:，,、；;"
#: head and tail of a sentence used when a caption or a file name dropped by
#: repair sits inside it and the whole sentence cannot be found as one
_PART = 12


def _variants(c: str) -> str:
    """A character class for ``c`` in either width (``，`` and ``,``; ``３`` and ``3``)."""
    o = ord(c)
    if 0x21 <= o <= 0x7E:
        return f"[{re.escape(c)}{chr(o + 0xFEE0)}]"
    if 0xFF01 <= o <= 0xFF5E:
        return f"[{re.escape(chr(o - 0xFEE0))}{c}]"
    return re.escape(c)


@lru_cache(maxsize=4096)
def _pattern(text: str) -> re.Pattern[str] | None:
    parts = [_variants(c) for c in text if not _SKIPPED.fullmatch(c)]
    return re.compile(_GAP.join(parts)) if parts else None


class Locator:
    """Offsets in a document's text of the sentences read from it, in reading order.

    ``text`` is the document's text as extraction saw it before repair (the
    simplified one for a traditional page: it has the same length as the
    page's own). :meth:`article` moves the search to where the next article
    starts; :meth:`find` gives the span of one sentence of that article.

    >>> loc = Locator("本报讯 市委书记张三\\n主持会议 。")
    >>> loc.article("市委书记张三主持会议。")
    >>> loc.find("市委书记张三主持会议。")
    (4, 17)
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._start = 0

    def article(self, text: str) -> None:
        """Start looking from the place where an article with this text begins."""
        head = text.strip(_EDGE)[:_PART * 2]
        span = self._search(head, self._start)
        if span is not None:
            self._start = span[0]

    def find(self, sentence: str) -> tuple[int, int] | None:
        """The span of ``sentence`` in the text, at or after the current article's start."""
        sentence = sentence.strip(_EDGE)
        span = self._search(sentence, self._start)
        if span is not None or len(sentence) < 3 * _PART:
            return span
        head = self._search(sentence[:_PART], self._start)
        if head is None:
            return None
        tail = self._search(sentence[-_PART:], head[1])
        if tail is None or tail[1] - head[0] > 3 * len(sentence):
            return None
        return head[0], tail[1]

    def _search(self, text: str, start: int) -> tuple[int, int] | None:
        pattern = _pattern(text)
        if pattern is None:
            return None
        m = pattern.search(self.text, start) or pattern.search(self.text)
        return (m.start(), m.end()) if m else None
