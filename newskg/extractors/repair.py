"""Page repair: undo what OCR and the page's columns did to the text.

A column page prints each paragraph over many short lines of the same width,
often with blank lines between them, and OCR puts spaces around digits
(``4 月 24 日``). :func:`repair` rejoins the lines of a paragraph (no space
between Chinese characters), keeps a break where a line ends a sentence or is
clearly shorter than the column, normalises full-width letters and digits and
ASCII punctuation between Chinese text, and drops photo file names and
captions. Headlines and page furniture stay as lines of their own for
:mod:`.articles` to classify.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from .patterns import PATTERNS

__all__ = ["display_width", "normalise_line", "repair"]

#: the patterns of this module's rules (data/patterns.toml)
_P = PATTERNS["repair"]

_SENTENCE_END = "。！？；…"
_CLOSERS = "”’」』）)》】"
_FILE = PATTERNS["repair"]["file"]
_CAPTION = PATTERNS["repair"]["caption"]
_PHOTO_CREDIT = PATTERNS["repair"]["photo_credit"]
_SPACE_BETWEEN = PATTERNS["repair"]["space_between"]
_SPACE_AFTER_CJK = PATTERNS["repair"]["space_after_cjk"]
_ASCII_PUNCT = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_ASCII_BETWEEN = PATTERNS["repair"]["ascii_between"]
_BYLINE_SPAN = PATTERNS["repair"]["byline_span"]
_SLOGAN = PATTERNS["repair"]["slogan"]


#: characters below the CJK blocks that are not ASCII: narrow or not by their East Asian width
_LOW_NON_ASCII = re.compile("[\x80-\u2e7f]")


def display_width(line: str) -> float:
    """Width in em: Chinese characters 1, ASCII letters, digits and spaces 0.5.

    Counted without a Python step per character (this runs on every line of
    every page): ASCII is narrow; the few other characters below the CJK
    blocks are looked up.

    >>> display_width("市委书记 ab"), display_width("“两会”")
    (5.5, 4.0)
    """
    narrow = len(line.encode("ascii", "ignore")) + sum(
        1 for c in _LOW_NON_ASCII.findall(line) if unicodedata.east_asian_width(c) in "NaH")
    return len(line) - 0.5 * narrow


#: full-width letters and digits to ASCII, ideographic and no-break spaces to a
#: space, zero-width characters dropped: one table, applied by ``str.translate``
_FOLD = {
    **{o: o - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
       for o in range(r[0], r[1] + 1)},
    0x3000: 0x20, 0x00A0: 0x20,
    **dict.fromkeys((0xFEFF, 0x200B, 0x200C, 0x200D, 0x2060)),
}


def _fold_width(text: str) -> str:
    """Full-width letters and digits to ASCII; ideographic space to space."""
    return text.translate(_FOLD)


def _ascii_punct(m: re.Match) -> str:
    return _ASCII_PUNCT[m.group(0)]


def normalise_line(line: str, *, keep_slogan_spaces: bool = False) -> str:
    """Normalise widths, punctuation and the spaces OCR put between characters."""
    line = _fold_width(line).strip()
    line = _ASCII_BETWEEN.sub(_ascii_punct, line)
    if keep_slogan_spaces and _SLOGAN.fullmatch(line):
        return re.sub(_P["slogan_spaces"], " ", line)
    # spaces between names in a byline are separators: （记者 张三 李四）, 作者：张三 李四
    parts = _BYLINE_SPAN.split(line)
    for i in range(0, len(parts), 2):
        parts[i] = _SPACE_AFTER_CJK.sub("", _SPACE_BETWEEN.sub("", parts[i]))
    for i in range(1, len(parts), 2):
        parts[i] = re.sub(_P["byline_spaces"], " ", parts[i])
    return "".join(parts)


def _is_slogan(line: str) -> bool:
    return bool(_SLOGAN.fullmatch(line.strip()))


def _column_width(lines: list[str]) -> float | None:
    """The width of the page's text columns, or ``None`` when it has none.

    A column page has many lines of nearly the same width, most of them ending
    mid-sentence; a web page has one long line per paragraph. A dump that wrapped
    its text at a fixed width (60 characters a line) is read the same way, when
    more of its lines show it.
    """
    widths = [round(display_width(x)) for x in lines if 8 <= display_width(x) <= _WIDEST_WRAP]
    if len(widths) < 3:
        return None
    mode, _ = Counter(widths).most_common(1)[0]
    near = [x for x in lines if abs(display_width(x) - mode) <= 1.5]
    open_ended = [x for x in near if x.rstrip()[-1:] not in _SENTENCE_END]
    least = 3 if mode <= _WIDEST_COLUMN else 5
    if len(near) < least or len(near) < 0.3 * len(lines) or len(open_ended) < 0.5 * len(near):
        return None
    return float(mode)


#: the widest newspaper column, and the widest fixed-width wrap of a dump (in
#: half-width cells: a Chinese character is two)
_WIDEST_COLUMN = 30
_WIDEST_WRAP = 160


def _ends_paragraph(line: str) -> bool:
    s = line.rstrip()
    if not s:
        return True
    stripped = s.rstrip(_CLOSERS)
    if stripped[-1:] in _SENTENCE_END or s[-1:] in _SENTENCE_END:
        return True
    # a bracketed byline closes the article: 检工作。 (刘文)
    return bool(re.search(_P["closing_byline"], s))


_STARTS_NEW = PATTERNS["repair"]["starts_new"]
_STANDS_ALONE = PATTERNS["repair"]["stands_alone"]
_OPEN_DATE = PATTERNS["repair"]["open_date"]
_DATELINE_START = PATTERNS["repair"]["dateline_start"]
_CLAUSE = PATTERNS["repair"]["clause"]
_INNER_PUNCT = PATTERNS["repair"]["inner_punct"]


def _drop_noise(line: str) -> str:
    line = _P["markdown_bold"].sub("", _P["html_comment"].sub("", line))
    line = _P["markdown_image"].sub("", _P["html_tag"].sub("", line))
    line = _FILE.sub("", line)
    line = _PHOTO_CREDIT.sub("", line)
    return line


def _join_at_markers(lines: list[str]) -> list[str]:
    """A dump's marker on a line of its own (<!--more-->) cut a sentence in two:
    the line before it, when it ends no sentence, goes on in the line after it."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _P["html_comment"].fullmatch(line.strip()) and out and i + 1 < len(lines) \
                and lines[i + 1].strip() and not _ends_paragraph(out[-1]):
            out[-1] = out[-1].rstrip() + lines[i + 1].strip()
            i += 2
            continue
        out.append(line)
        i += 1
    return out


def repair(text: str) -> list[str]:
    """The page as a list of paragraphs and stand-alone short lines.

    >>> body = ("市委书记张三主持召开会议并讲话，强调各地要压实责任抓好安全生产，"
    ...         "坚决守牢底线，确保全市安全形势持续稳定向好。")
    >>> repair("\\n\\n".join(body[i:i + 16] for i in range(0, len(body), 16))) == [body]
    True
    """
    raw = _join_at_markers(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    raw = [_drop_noise(x).rstrip() for x in raw]
    lines = [x for x in raw if x.strip()]
    width = _column_width(lines)
    out: list[str] = []
    joining = False
    after_break = True  # the previous line closed an article or stood alone
    for line in lines:
        line = line.strip()
        if _CAPTION.match(line) and len(line) < 120:
            joining = False
            continue
        if _STANDS_ALONE.match(line):  # 2025-11-22 22:11, 来源：, 字号：默认: never joined
            out.append(line)
            joining, after_break = False, True
            continue
        w = display_width(line)
        full = width is not None and min(width - 3.5, 0.75 * width) <= w <= width + 4
        slogan = _is_slogan(line) and (width is None or w < width - 2.5)
        if joining and not slogan and not _STARTS_NEW.match(line):
            out[-1] += line
            headline = False
        else:
            out.append(line)
            # after a byline or a headline, a line without punctuation is a headline
            headline = slogan or (after_break and not _INNER_PUNCT.search(line)
                                  and not _DATELINE_START.match(line))
        # 本报讯（记者 X） 8 月 20 / 日上午: a date cannot end a paragraph
        # a line cut mid-clause (it holds a comma but does not end a sentence)
        # goes on, however short: 6 月 4 日上午，县委财 / 经委员会…
        mid_clause = width is not None and w >= 0.5 * width and bool(_CLAUSE.search(line))
        # a comma never ends a paragraph, whatever the layout, nor a conjunction
        # (…宝山航运经济发展区与 / 区委、区政府签订了…: a caption's column broken)
        open_clause = line[-1:] in "，、；,;与及"
        joining = (full or mid_clause or open_clause or bool(_OPEN_DATE.search(line))) \
            and not headline and not _ends_paragraph(line)
        after_break = headline or bool(re.search(_P["closing_byline"], line))
    result = []
    for para in out:
        norm = normalise_line(para, keep_slogan_spaces=True)
        if norm:
            result.append(norm)
    return result
