"""Tell which encoding a page is in and decode it, without guessing wildly.

Chinese archives come as UTF-8 (with or without a BOM), UTF-16 with a BOM,
GB18030/GBK and Big5. General detectors get short texts wrong, so this module
tries the decoders in a fixed order and checks that the result is plausible:

1. a BOM decides (UTF-32, UTF-16, UTF-8);
2. NUL bytes without a BOM (more than one in a thousand) mean a binary file;
3. strict UTF-8 wins when it decodes: a GBK or Big5 text of more than two
   characters is almost never valid UTF-8, while Latin text in UTF-8 can pass
   for plausible GB18030;
4. otherwise GB18030 and Big5 are both tried, and the one whose characters are
   most often common Chinese characters wins (GB18030 on a tie: the papers are
   mainland papers);
5. a text that none of these decodes whole but one of them decodes with at
   most one bad character in a thousand (a download cut short) is read with
   those characters replaced by U+FFFD.

"Common" is the 3,755 first-level characters of GB2312 plus the 5,401 common
characters of Big5, read out of Python's own codecs, so no table is shipped.
A wrong decoding turns most characters into rare ones, kana or symbols: on the
seed page the right decoding scores 1.0 and the wrong one about 0.3.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from functools import cache

__all__ = ["DecodeError", "decode", "detect", "plausibility"]

#: Legacy encodings tried after UTF-8, in order of preference on a tie.
LEGACY = ("gb18030", "cp950", "big5hkscs")

#: Below this share of common characters a decoding is taken for gibberish.
MIN_PLAUSIBLE = 0.6

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_NON_ASCII = re.compile(r"[^\x00-\x7f\s]")
#: How much decoded text is scored: enough to decide, cheap on a 50 MB file.
_SAMPLE_CHARS = 200_000


class DecodeError(ValueError):
    """Bytes that are no text in any encoding tried; ``str()`` says why."""


def _chars(codec: str, leads: range, trails: list[int]) -> frozenset[str]:
    out = set()
    for lead in leads:
        for trail in trails:
            with contextlib.suppress(UnicodeDecodeError):
                out.add(bytes((lead, trail)).decode(codec))
    return frozenset(c for c in out if "\u4e00" <= c <= "\u9fff")


@cache
def _common() -> frozenset[str]:
    gb_level1 = _chars("gb2312", range(0xB0, 0xD8), list(range(0xA1, 0xFF)))
    big5_common = _chars(
        "cp950", range(0xA4, 0xC7), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF))
    )
    return gb_level1 | big5_common


def _plausible_char(ch: str) -> bool:
    o = ord(ch)
    return (
        0x3000 <= o <= 0x303F  # CJK punctuation: 、。《》「」
        or 0xFF01 <= o <= 0xFF5E  # full-width forms: ，：（）
        or 0x2010 <= o <= 0x2027  # dashes, quotes, ellipsis
        or ch in "·×÷°"
        or ch in _common()
    )


def plausibility(text: str) -> float:
    """The share of non-ASCII characters that are common Chinese ones or punctuation.

    1.0 for a text with no non-ASCII characters.

    >>> plausibility("市长主持会议。")
    1.0
    """
    chars = _NON_ASCII.findall(text[:_SAMPLE_CHARS])
    if not chars:
        return 1.0
    return sum(map(_plausible_char, chars)) / len(chars)


def _try(raw: bytes, codec: str, final: bool) -> str | None:
    try:
        return codecs.getincrementaldecoder(codec)().decode(raw, final=final)
    except UnicodeDecodeError:
        return None


class _Binary(DecodeError):
    """No encoding can help: the bytes are not text."""


def detect(raw: bytes, final: bool = True) -> str:
    """The name of the encoding ``raw`` is in, for :func:`codecs.decode`.

    ``final=False`` when ``raw`` is only the start of a file (it may end in the
    middle of a character). Raises :class:`DecodeError` when no encoding fits.
    """
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return codec
    if raw.count(b"\x00") > len(raw) // 1000:  # a stray NUL in a long text is only noise
        raise _Binary("binary file (NUL bytes; UTF-16 needs a byte order mark)")
    if _try(raw, "utf-8", final) is not None:
        return "utf-8"
    scored = []
    for rank, codec in enumerate(LEGACY):
        text = _try(raw, codec, final)
        if text is not None:
            scored.append((plausibility(text), -rank, codec))
    best = max(scored, default=None)
    if best and best[0] >= MIN_PLAUSIBLE:
        return best[2]
    raise DecodeError("not text: neither UTF-8, GB18030 nor Big5")


def _damaged(raw: bytes) -> tuple[str, str] | None:
    """Text with a few bad bytes (a download cut mid-character, a flipped bit), or ``None``.

    Up to one bad character in a thousand is replaced by U+FFFD rather than
    losing the page; the encoding with the fewest, then the most plausible, wins.
    """
    fits = []
    for rank, codec in enumerate(("utf-8", *LEGACY)):
        text = raw.decode(codec, errors="replace")
        bad = text.count("\ufffd")
        if bad <= max(1, len(text) // 1000) and plausibility(text) >= MIN_PLAUSIBLE:
            fits.append((bad, rank, text, codec))
    return min(fits)[2:] if fits else None


def decode(raw: bytes) -> tuple[str, str]:
    """``(text, encoding)`` of a whole file's bytes; :class:`DecodeError` if none fits.

    >>> decode("会议".encode("gbk"))
    ('会议', 'gb18030')
    >>> decode("市长主持会议".encode()[:-1])  # cut in the middle of the last character
    ('市长主持会\ufffd', 'utf-8')
    """
    try:
        codec = detect(raw)
    except _Binary:
        raise
    except DecodeError:
        damaged = _damaged(raw)
        if damaged is None:
            raise
        return damaged
    try:
        return raw.decode(codec), codec
    except UnicodeDecodeError as e:  # a BOM followed by bytes that do not fit it
        raise DecodeError(f"not valid {codec} after its byte order mark (byte {e.start})") from None
