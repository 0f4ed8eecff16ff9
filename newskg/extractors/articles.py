"""Cut a repaired page into articles: body, headline, byline, reporters.

Each line of the page is classified as body text, a dateline (本报讯...), a
byline ((记者 X), 源作者：X), a short headline-like line, or page furniture
(section names, page teasers such as ``02 聚焦...``). Bodies are runs of body
lines; a dateline starts a new one and a byline closes one. Whether the page
prints headlines before or after their articles is decided per page, by which
reading gives more bodies a headline (the seed prints them after).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .lexicon import Lexicon
from .patterns import PATTERNS

__all__ = ["Segment", "looks_like_name", "split_articles"]

#: the patterns of this module's rules (data/patterns.toml)
_P = PATTERNS["articles"]

_PUNCT = PATTERNS["articles"]["punct"]
_END = PATTERNS["articles"]["end"]
_FURNITURE = (
    _P["furniture_page_teaser"],
    _P["furniture_section_letter_first"],
    _P["furniture_section_letter_last"],
    _P["furniture_page_number"],
    _P["furniture_editors"],
    _P["furniture_page_date"],
    _P["furniture_weekday"],
    _P["furniture_section_page_last"],
)
_META = PATTERNS["articles"]["meta"]
_WEB_FURNITURE = _P["web_furniture"]
_WEB_PAGE_LINE = _P["web_page_line"]
_INNER_DATELINE = _P["inner_dateline"]
_CAPTION_MARKS = _P["caption_marks"]
_BYLINE_BRACKET = PATTERNS["articles"]["byline_bracket"]
_TRAILING_BYLINE = PATTERNS["articles"]["trailing_byline"]
_LONE_BYLINE = PATTERNS["articles"]["lone_byline"]
_REPORTER_WORDS = PATTERNS["articles"]["reporter_words"]


@dataclass
class Segment:
    """A run of body lines, with what surrounds it on the page."""

    lines: list[str] = field(default_factory=list)
    byline: str = ""
    headline_before: list[str] = field(default_factory=list)
    headline_after: list[str] = field(default_factory=list)
    closed: bool = False
    #: opened by a dateline (本报讯, 新华社…电): certainly the start of an article
    opened: bool = False

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def _dateline(line: str, lex: Lexicon) -> re.Match | None:
    for p in lex.datelines:
        if m := p.match(line):
            return m
    return None


def _is_body(line: str) -> bool:
    """Body text ends a sentence or a clause, or is too long for a headline."""
    line = _TRAILING_BYLINE.sub("", line).rstrip()  # …参加检查。（记者 X）
    return len(line) >= 40 or bool(re.search(_P["clause_end"], line))


def reporters_in(byline: str, lex: Lexicon) -> tuple[str, ...]:
    """The reporters' names in a byline: （融媒首席记者 周敏）, 源作者：A B, （A）."""
    field = re.search(_P["reporter_field"], byline)
    text = field.group(1) if field else re.sub(_P["after_bar"], "", byline)
    if roles := _P["role_then_name"].findall(text):
        writers = [n for role, n in roles if {"文", "图文", "文字"} & set(role.split("、"))
                   and looks_like_name(n, lex)]
        return tuple(dict.fromkeys(writers))
    text = _REPORTER_WORDS.sub(" ", _P["text_and_photos"].sub("/文", text))
    if roles := _P["name_then_role"].findall(text):
        writers = [n for n, role in roles if role == "文" and looks_like_name(n, lex)]
        return tuple(dict.fromkeys(writers))
    names = []
    for part in re.split(_P["name_separator"], text):
        part = part.strip("（）() ")
        if looks_like_name(part, lex):
            names.append(part)
    return tuple(dict.fromkeys(names))


#: endings of places that are also given names' last characters (柏远山, 陈江, 李海)
_NAME_ENDINGS = frozenset("山江河湖海林峰岭川洋泉溪")


def looks_like_name(s: str, lex: Lexicon) -> bool:
    """In a byline, any two to four characters that do not name a body, an outlet
    or a programme (新闻联播) are a name."""
    if not (2 <= len(s) <= 4) or not re.fullmatch(_P["han_only"], s):
        return False
    if any(w in s for w in lex.not_reporters):
        return False
    # 柏某山 is a name, 黄山 a place: a one-character ending counts only after no surname
    named = len(s) <= 3 and (s[0] in lex.surnames or s[:2] in lex.surnames)
    return not any(s.endswith(x) for x in lex.org_suffixes | lex.place_suffixes
                   if len(x) < len(s) and not (named and x in _NAME_ENDINGS)) \
        and s not in lex.collective_titles


#: the marks of a Markdown heading, printed before a title in dumps and transcripts
_MD_HEADING = re.compile(r"^#{1,6}\s+")


def _headline(lines: list[str], before: bool) -> str:
    """At most five lines nearest the body (title, kicker, subtitles)."""
    chosen = lines[-5:] if before else lines[:5]
    chosen = [_MD_HEADING.sub("", x) for x in chosen]  # "## 标题" of a Markdown page
    # a web page prints its title twice (once with the site's name): keep one
    kept = [x for i, x in enumerate(chosen)
            if not any(y in x and (len(y) < len(x) or j < i) for j, y in enumerate(chosen)
                       if j != i and len(y) >= 6)]
    return " ".join(kept)


def _headline_first(line: str) -> bool:
    """The first line of a page is its title when it is no sentence: no 。, no comma,
    at most one closing ！ or ？ (娲石…开工仪式成功举行！)."""
    return (len(line) <= 80 and not re.search("[。，；,;]", line)
            and not re.search("[！？!?].", line) and not _WEB_FURNITURE.match(line))


def _caption_like(lines: list[str], lex: Lexicon) -> bool:
    """Whether short lines between two paragraphs describe a photo of the article.

    开工仪式现场, 县委书记张某致辞, 合影留念, （从左至右）A、B, a title and a name
    alone (市委副书记、市长李某, or 李某党组成员、副局长 on a leaders' page), or a very
    short phrase (奥运五环).
    """
    for line in lines:
        bare = line.strip("。 ")
        if (_CAPTION_MARKS.search(bare) or bare.endswith(tuple(lex.caption_words))
                or len(bare) <= 6):
            return True
        if _person_line(bare, lex) or _speaker_head(bare, lex):
            return True
    return False


def _speaker_head(line: str, lex: Lexicon) -> bool:
    """## 李某副院长指出 / 王某某院士认为： a section head naming who speaks in the
    paragraphs under it, inside one report."""
    line = _MD_HEADING.sub("", line).rstrip("：:")
    verb = next((v for v in lex.words("speak") if line.endswith(v)), None)
    return verb is not None and len(line) <= 30 and _person_line(line[: -len(verb)], lex)


def _person_line(line: str, lex: Lexicon) -> bool:
    """市长李某; 李某党组成员、副局长 (a line of a leaders' page): persons and their
    posts, nothing else."""
    from .persons import find_persons

    phrases = find_persons(line, lex)
    return bool(phrases) and phrases[-1].end == len(line) and phrases[0].start == 0


def _person_lines_to_body(items: list[tuple[str, Any]], lex: Lexicon) -> None:
    """领导专栏 / 某某党组书记、局长 / 主持全面工作。: a name-and-posts line at the foot of
    a headline opens the text under it (the first of a leaders' page), it is no
    part of the headline."""
    for i in range(len(items) - 1):
        kind, lines = items[i]
        nxt_kind, seg = items[i + 1]
        if kind != "H" or nxt_kind != "B" or seg.opened:
            continue
        moved: list[str] = []
        while len(lines) > 1 and not _REPORTER_WORDS.search(lines[-1]) \
                and _person_line(lines[-1].strip("。 "), lex):  # (本版文、图 记者某某: a credit)
            moved.insert(0, lines.pop())
        seg.lines[:0] = moved


def _merge_captions(items: list[tuple[str, Any]], lex: Lexicon,
                    one_report: bool = False) -> list[tuple[str, Any]]:
    """Photo captions between two paragraphs of one web report stay in that report.

    A caption is not a headline: the paragraphs on either side are one article,
    unless the one after opens with a dateline (then a new article starts).
    Caption lines stay in the text (a caption names the people in the photo).
    On a page that is one web report (``one_report``), every short line between
    two paragraphs is a caption or a section head of that report.
    """
    out: list[tuple[str, Any]] = []
    i = 0
    while i < len(items):
        kind, value = items[i]
        prev = out[-1][1] if out and out[-1][0] == "B" else None
        nxt = items[i + 1][1] if i + 1 < len(items) and items[i + 1][0] == "B" else None
        if (kind == "H" and prev is not None and not prev.closed and nxt is not None
                and not nxt.opened and not nxt.byline
                and (one_report or _caption_like(value, lex))):
            prev.lines.extend(value)
            prev.lines.extend(nxt.lines)
            prev.closed = nxt.closed
            i += 2
            continue
        out.append((kind, value))
        i += 1
    return out


def _head_block(items: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """A paper's head block before the first dateline: a kicker (李某：坚定信心，…)
    and a subtitle (与某某分别检查…  某某参加) are long and hold commas, but end no
    sentence; they are lines of the headline, not articles of their own."""
    first = next((i for i, (k, v) in enumerate(items) if k == "B" and v.opened), None)
    if not first:
        return items
    out: list[tuple[str, Any]] = []
    for k, v in items[:first]:
        if k == "B" and not v.byline and not _END.search(v.text):
            k, v = "H", list(v.lines)
        if k == "H" and out and out[-1][0] == "H":
            out[-1] = ("H", out[-1][1] + v)
        else:
            out.append((k, v))
    return out + items[first:]


def split_articles(lines: list[str], lex: Lexicon) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """The articles of a page as (headline, byline, body text, reporters)."""
    items: list[tuple[str, Any]] = []  # ("B", Segment) | ("H", [lines]) | ("F", line)
    pending_meta = ""
    web_meta = False  # a web page's own lines: 发布时间：…, 来源：…, 链接：http…

    def current() -> Segment | None:
        if items and items[-1][0] == "B" and not items[-1][1].closed:
            return items[-1][1]
        return None

    for line in lines:
        if any(p.search(line) for p in _FURNITURE) and not _is_body(line):
            items.append(("F", line))
            continue
        if _META.search(line) and len(line) < 120 and (
                "|" in line or len(_META.findall(line)) >= 2) or line.startswith(
                    ("源作者", "作者：", "作者:", "author:", "撰稿人：", "撰稿人:")):
            web_meta = web_meta or bool(_WEB_PAGE_LINE.search(line))
            pending_meta = f"{pending_meta} {line}".strip()
            continue
        if _P["date_field_line"].fullmatch(line.strip()) and not any(k == "B" for k, _ in items):
            # 时间：2017-10-09 alone under the title: the web page's date line
            web_meta = True
            pending_meta = f"{pending_meta} {line}".strip()
            continue
        if _WEB_FURNITURE.match(line):
            web_meta = web_meta or bool(_WEB_PAGE_LINE.search(line))
            continue  # 字号：默认 大 超大 | 打印: the web page's, not the article's
        if (inner := _INNER_DATELINE.search(line, 0, 200)) and inner.start() >= 6 and not \
                re.search("[。！？，]", line[: inner.start()]):
            # the headline printed again before the dateline: 标题新华社某地5月10日电（记者X）
            if items and items[-1][0] == "H":
                items[-1][1].append(line[: inner.start()])
            else:
                items.append(("H", [line[: inner.start()]]))
            line = line[inner.start():]
        if m := _BYLINE_BRACKET.match(line):
            seg = current() or next((s for k, s in reversed(items) if k == "B"), None)
            if seg is not None and not seg.byline:
                seg.byline = m.group(1)
                seg.closed = True
                continue
        if bm := _LONE_BYLINE.match(line):
            # 本报记者 张三 on a line of its own, under the headline
            pending_meta = bm.group(0)
            continue
        if m := _dateline(line, lex):
            seg = Segment(byline=pending_meta, opened=True)
            pending_meta = ""
            rest = line[m.end():].lstrip()
            if bm := re.match(_P["byline_after_dateline"], rest) or \
                    re.match(_P["reporter_reports"], rest):
                seg.byline = f"{seg.byline} {bm.group(1)}".strip()  # 来源 line and 记者
                rest = rest[bm.end():]
            if re.search(_P["dated_dateline"], m.group(0)):
                seg.lines.append(m.group(0).strip())  # 新华社北京5月10日电 dates the article
            if rest:
                seg.lines.append(rest)
            items.append(("B", seg))
            continue
        if (seg := current()) is not None and seg.lines \
                and _P["numbered_head"].fullmatch(line.strip()):
            seg.lines.append(line)  # 二、关于认证标准的修订: a section of the report, not a new one
            continue
        if not items and _headline_first(line):
            items.append(("H", [line]))  # a web page opens with its title, even a long one
            continue
        if _is_body(line):
            seg = current()
            if seg is None:
                seg = Segment(byline=pending_meta)
                pending_meta = ""
                items.append(("B", seg))
                if (rm := re.match(_P["reporter_reports"], line)) and len(line) > rm.end():
                    seg.byline = f"{seg.byline} {rm.group(1)}".strip()  # 记者某某报道 6月10日，
                    line = line[rm.end():]
            elif pending_meta and not seg.byline:  # 发稿时间：… between title and text
                seg.byline, pending_meta = pending_meta, ""
            if tm := _TRAILING_BYLINE.search(line):
                signed = tm.group(1)
                if (reporters_in(signed, lex) or re.search(_P["signed_by_reporter"], signed)
                        or (len(signed) <= 12 and _PUNCT.search(signed) is None
                            and len(line) > len(signed) + 2 and _END.search(line[: tm.start()]))):
                    seg.byline = seg.byline or tm.group(1)
                    line = line[: tm.start()].rstrip()
                    seg.closed = True
            seg.lines.append(line)
            continue
        if (seg := current()) is not None and seg.opened and not seg.lines \
                and _P["bare_date_line"].fullmatch(line.strip()):
            seg.lines.append(line)  # 某某新闻中心讯 / 2022-06-20 / text: the report's date
            continue
        if items and items[-1][0] == "H":
            items[-1][1].append(line)
        else:
            items.append(("H", [line]))

    if pending_meta:  # 作者：X 来源：Y under the last article
        last = next((s for k, s in reversed(items) if k == "B"), None)
        if last is not None and not last.byline:
            last.byline = pending_meta
    # a web page that opens with its title, carries a web page's lines and has
    # no second dateline is one report: its short inner lines are section heads
    one_report = (web_meta and bool(items) and items[0][0] == "H"
                  and not any(k == "B" and v.opened for k, v in items[2:])) or (
        # a page that opens with its title and never a dateline or a byline, whose inner
        # lines are all two-phrase section heads (抢抓某某机遇，某市深化经贸合作): one report
        bool(items) and items[0][0] == "H" and not any(
            k == "B" and (v.opened or v.byline) for k, v in items)
        and all(len(v) == 1 and _P["section_head"].fullmatch(v[0].strip())
                for k, v in items[1:] if k == "H"))
    items = _head_block(items)
    items = _merge_captions(items, lex, one_report)
    _person_lines_to_body(items, lex)
    segs = [(i, s) for i, (k, s) in enumerate(items) if k == "B"]
    before = sum(1 for i, _ in segs if i > 0 and items[i - 1][0] == "H")
    after = sum(1 for i, _ in segs if i + 1 < len(items) and items[i + 1][0] == "H")
    use_after = after > before
    out = []
    for i, seg in segs:
        head = ""
        if use_after and i + 1 < len(items) and items[i + 1][0] == "H":
            head = _headline(items[i + 1][1], before=False)
        elif not use_after and i > 0 and items[i - 1][0] == "H":
            head = _headline(items[i - 1][1], before=True)
        if not seg.lines:
            continue
        out.append((head, seg.byline, seg.text, reporters_in(seg.byline, lex)))
    return out
