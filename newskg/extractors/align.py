"""Find the extractor's sentences in the page as it was printed.

Extraction reads a repaired page (:mod:`.repair`): column lines rejoined, OCR
spaces between characters removed, full-width letters, digits and ASCII
punctuation folded, photo captions dropped. A researcher who cites a statement
needs the sentence as the page printed it, and where: so each sentence is
looked up again in the document's text, allowing for exactly those changes
(white space anywhere between two characters; a character in either of its
widths), and the span found there is what the graph quotes.

The document's text is folded once (white space dropped, every character in
its narrow width, with the offset each folded character came from); a
sentence, folded the same way, is then one ``str.find``. A regular expression
per sentence did the same at twenty times the cost (most of it compiling).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left

__all__ = ["Locator"]

#: what repair removes or turns into nothing between two characters
_KEPT = re.compile(r"[^\s\u200b-\u200d\u2060\ufeff]+")
#: the characters the evidence may start or end with that are not part of the sentence
_EDGE = " \t\n：:，,、；;"
#: head and tail of a sentence used when a caption or a file name dropped by
#: repair sits inside it and the whole sentence cannot be found as one
_PART = 12
#: full-width ASCII (，３Ａ) to its narrow form
_NARROW = {o: o - 0xFEE0 for o in range(0xFF01, 0xFF5F)}


def _fold(text: str) -> str:
    """``text`` with white space dropped and every character in its narrow width."""
    return "".join(_KEPT.findall(text)).translate(_NARROW)


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
        self._folded: str | None = None
        self._where = array("l")

    def _index(self) -> str:
        """The folded text, and where each of its characters stands in ``text``."""
        if self._folded is None:
            parts = []
            for m in _KEPT.finditer(self.text):
                parts.append(m.group())
                self._where.extend(range(m.start(), m.end()))
            self._folded = "".join(parts).translate(_NARROW)
        return self._folded

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
        needle = _fold(text)
        if not needle:
            return None
        folded = self._index()
        at = folded.find(needle, bisect_left(self._where, start))
        if at < 0:
            at = folded.find(needle)
        if at < 0:
            return None
        return self._where[at], self._where[at + len(needle) - 1] + 1
