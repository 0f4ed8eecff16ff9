"""Traditional characters: extract on simplified text, keep the page's own spelling.

The lexicons and patterns are written in simplified characters, so a page in
traditional characters (a Big5 archive, a Hong Kong or Taiwan reprint) is
converted with OpenCC's ``t2s`` before extraction, and the reader keeps the
text as written in :attr:`Document.original`. ``t2s`` converts phrase by
phrase but one character to one character, so the two texts have the same
length and a span of one is the same span of the other;
:func:`original_form` uses that to give a name back its own spelling, which
the graph keeps as an alias.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..records import Document

__all__ = ["original_form", "simplify"]

#: Convert only when at least this share of Chinese characters changes: a
#: simplified text has ~0 such characters, a traditional one 20-30 %, and
#: t2s may touch a few characters of a simplified text that it should not.
MIN_TRADITIONAL_SHARE = 0.05

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_SPACE = re.compile(r"\s+")


@cache
def _converter():
    import opencc  # imported on first use: most pages need no conversion

    return opencc.OpenCC("t2s")


def _t2s(text: str) -> str:
    """``t2s`` of ``text``, the same length as ``text`` (line by line, then char by char)."""
    conv = _converter().convert
    out = conv(text)
    if len(out) == len(text):
        return out
    lines = []
    for line in text.split("\n"):
        new = conv(line)
        lines.append(new if len(new) == len(line) else "".join(conv(c) or c for c in line))
    return "\n".join(lines)


def simplify(text: str) -> str | None:
    """``text`` in simplified characters, or ``None`` when it is not traditional.

    >>> simplify("縣長主持會議")
    '县长主持会议'
    >>> simplify("县长主持会议") is None
    True
    """
    han = len(_HAN.findall(text))
    if not han:
        return None
    out = _t2s(text)
    changed = sum(a != b for a, b in zip(text, out, strict=True))
    if changed < MIN_TRADITIONAL_SHARE * han:
        return None
    return out


@lru_cache(maxsize=8)
def _compact(text: str, original: str) -> tuple[str, str]:
    return _SPACE.sub("", text), _SPACE.sub("", original)


def original_form(doc: Document, surface: str) -> str:
    """How ``doc`` itself spells ``surface``, a span of its simplified text.

    The extractor calls this for each mention it finds; when the answer
    differs, the mention keeps the simplified label (which merges with other
    pages) and the graph keeps the page's spelling as an alias. Whitespace is
    ignored, so a name broken across a line end is still found. Returns
    ``surface`` itself when the page was not converted or the span is not in it.

    >>> doc = Document("p.txt", "县长张三丰", original="縣長張三豐")
    >>> original_form(doc, "张三丰")
    '張三豐'
    """
    if doc.original is None or not surface:
        return surface
    text, original = _compact(doc.text, doc.original)
    at = text.find(_SPACE.sub("", surface))
    if at < 0 or len(text) != len(original):
        return surface
    return original[at : at + len(_SPACE.sub("", surface))]
