"""Dates: newskg's hand-written :class:`DateContext` against jionlp's time parser.

Issue 3 asks for a maintained library for Chinese time expressions "if it proves
reliable on this genre; measure it". This is the measurement::

    python -m benchmarks.dates            # prints a table, writes results/dates.json
    python -m benchmarks.dates --cases    # also prints every case and each answer

Each case is one sentence of a local-government news page (or two consecutive
sentences, when the second says 当天 or 次日 after a dated one), the paper's
publication date if the file has one, and the date of the activity the (last)
sentence reports: ``YYYY-MM-DD``, ``--MM-DD`` when no year can be known, or
``None`` when the text gives no day (近日, 今年3月). Sentences are as the
extractor sees them, after page repair (``4 月 24 日`` already ``4月24日``),
except the full-width case. An optional ``at`` names the words of the activity
when the sentence gives two dates (2月25日至26日…调研，并于26日下午…召开座谈会).

Parsers measured, each scored by exact match of the resolved date:

* ``DateContext``: ``see()`` each sentence, then ``current(name)``, or
  ``resolve(at(pos), name)`` at the activity, as ``relations.py`` does.
* ``jionlp.parse_time``: ``jio.parse_time(sentence, time_base=...)`` as the issue
  suggests; it is meant for a time string, but in its default (non-strict) mode
  it parses the first time expression of a sentence. The date is the start of
  the returned time; a sentence without one keeps the previous sentence's date.
* ``jionlp.ner.extract_time``: jionlp's API for time expressions in running
  text (it calls ``parse_time`` on each, with offsets); the first expression of
  the sentence, or the last one before ``at``.
* ``extract_time + rules``: the same, with what newskg would have to add around
  it to switch: expressions without a day (今年3月, 2022年度) are not dates;
  当天/当晚/同日/次日/翌日/第二天 and a bare 26日 are re-parsed against the
  article's previous date; without a publication date a year the text does not
  write is dropped (``--MM-DD``) or taken from the event's name; a month more
  than one after the publication month is last year's.

The time base is the publication date as ``{'year', 'month', 'day'}`` (jionlp
silently finds nothing when given an ISO string), the ``--year`` option as
``{'year': Y}``, or nothing: jionlp then takes the current clock time, so a
sentence without a year gets *this* year (``4月24日`` -> ``2026-04-24``).

Costs: time per 1,000 sentences (warm, in this process), and the import plus
first call of each parser in a fresh process (cold), with its peak memory.
jionlp is optional (``pip install jionlp``, or ``pip install -e '.[bench]'``);
without it the benchmark says so and measures DateContext alone.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from newskg.extractors.dates import DateContext

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"


@dataclass(frozen=True)
class Case:
    sentences: tuple[str, ...]
    published: str | None
    expected: str | None
    form: str
    at: str | None = None  # words of the activity, in the last sentence
    name: str = ""  # the event's name, as relations.py passes it to resolve()
    year: int | None = None  # the --year option
    source: str = ""  # the real page the sentence comes from, if any
    group: str = "genre"  # "page", "genre", or "held-out" (see HELD_OUT)


def C(text: str | tuple[str, ...], published: str | None, expected: str | None, form: str,
      **kw) -> Case:
    sentences = (text,) if isinstance(text, str) else tuple(text)
    if kw.get("source"):
        kw.setdefault("group", "page")
    return Case(sentences, published, expected, form, **kw)


_CONF = ("11月15日，某某某某某、某某某某某某某在某某举行2018年部省工作会商会议"
         "暨新一轮会商制度议定书签字仪式。")
_TOUR = ("2月25日至26日，省委常委、某某某某某部长某某某到我州就水果产业发展情况进行实地调研，"
         "现场办公，并于26日下午在某某某召开工作座谈会，研究推动水果产业发展相关事宜。")
_PATROL = ("11月15日，市委常委、宣传部部长某某某带领市公安、城管、交通等相关部门负责同志，"
           "巡查我市“一节一展”布展筹备工作。")

CASES: list[Case] = [
    # -- sentences of the real pages (seed and devset), as repair leaves them --------------
    C("4月24日下午，我市召开平安某某建设暨市委政法工作会议。", None, "--04-24",
      "M月D日下午", source="seed"),
    C("4月25日下午，市委书记某某某来到某某某某某某某某某某某某督查安全生产工作。", None, "--04-25",
      "M月D日下午", source="seed"),
    C("本报讯（融媒首席记者 某某某）4月24日下午，我市召开平安某某建设暨市委政法工作会议。", None,
      "--04-24", "dateline + M月D日", source="seed"),
    C(("4月24日下午，我市召开平安某某建设暨市委政法工作会议。",
       "会议表彰了2022年度平安建设先进集体和先进个人。"), None, "--04-24",
      "YYYY年度 after a dated sentence", source="seed"),
    C("10月20日,某某某某举办主题为“公共安全”的第19期周末大讲堂。", "2016-10-21", "2016-10-20",
      "M月D日 + published", source="dev_01"),
    C("某某某某某讯 9月5日下午，某某某某某某某某某某某某某召开第九次会议。", None, "--09-05",
      "…网讯 M月D日下午", source="dev_02"),
    C(_CONF, None, "2018-11-15", "M月D日, year in the event name",
      name="2018年部省工作会商会议", source="dev_03"),
    C((_CONF, "当天上午，某某某、某某某等先后到某某某某、某某某某、某某某某某某某进行了调研。"), None,
      "--11-15", "当天上午 after a dated sentence", source="dev_03"),
    C("2007年以来，科技部与某某某建立了部省工作会商制度。", None, None, "YYYY年以来 (no day)",
      source="dev_03"),
    C(_TOUR, None, "--02-25", "M月D日至D日 (first day)", at="进行实地调研", source="dev_04"),
    C(_TOUR, None, "--02-26", "并于D日下午 after a M月 date", at="召开工作座谈会",
      source="dev_04"),
    C("2月25日至26日，省委常委、某某某某某部长某某某到我州就水果产业发展情况进行实地调研。", None,
      "--02-25", "M月D日至D日 (first day)", source="dev_04"),
    C("15日起我市普降暴雨，其中局部大暴雨，某某一带汛情严峻。", "2017-10-17", "2017-10-15",
      "D日起", source="dev_05"),
    C(("15日起我市普降暴雨，其中局部大暴雨，某某一带汛情严峻。",
       "昨天上午，市委副书记、新区党工委副书记、市长某某赴某某检查指导防汛救灾工作。"),
      "2017-10-17", "2017-10-16", "昨天上午 after a D日起 sentence", source="dev_05"),
    C("在我市创建国家农业科技园区的关键时刻，8月25日，某某某某某副部长某某某冒雨深入某某某某某某某某，"
      "调研指导我市工作。", None, "--08-25", "…，M月D日，", source="dev_06"),
    C("特别是该公司日前已成功登陆“新三板”。", "2016-08-26", None, "日前 (unknown)",
      source="dev_06"),
    C("10月26日,某某某某党工委副书记、管委会主任某某某与某某某某某某某某某院长某某某一行座谈。",
      "2016-10-27", "2016-10-26", "M月D日 + published", source="dev_07"),
    C("4月28日，市委副书记、市长某某某会见了来渝参加某某国际咖啡节的某某某某驻华大使某某某某某一行。",
      None, "--04-28", "M月D日", source="dev_08"),
    C("今年以来，某某某紧紧围绕中央和省、某某某某脱贫攻坚相关部署要求，坚持“五个聚焦”。", None,
      None, "今年以来 (no day)", source="dev_09"),
    C("目前，该县已开展各类宣讲活动60余场次。", None, None, "目前 (no date)", source="dev_09"),
    C("11月15日，某某某某2018年省文明城市测评迎检动员会召开。", None, "2018-11-15",
      "M月D日, year in the event name", name="某某某某2018年省文明城市测评迎检动员会",
      source="dev_10"),
    C((_PATROL, "当天下午，在某某某某某某某某，某某某一行先后来到某某某某某某、“一节一展”展场等地，"
       "察看活动筹备进展情况。"), None, "--11-15", "当天下午 after a dated sentence",
      source="dev_10"),
    C((_PATROL, "当晚，某某某一行还先后来到某某某某、某某某某等市区主干道察看亮化工作情况。"), None,
      "--11-15", "当晚 after a dated sentence", source="dev_10"),
    C("为进一步加强主城区户外广告设置管理，11月15日，我市主城区户外广告集中整治动员会召开，"
      "副市长某某出席会议。", None, "--11-15", "…，M月D日，", source="dev_10"),
    # -- the forms issue 3 names, and others of the genre -----------------------------------
    C("4月24日下午，市委书记到高新区企业调研。", "2023-04-25", "2023-04-24",
      "M月D日下午 + published"),
    C("4月24日下午，市委书记到高新区企业调研。", None, "2023-04-24", "M月D日下午 + --year",
      year=2023),
    C("昨天上午，市长到高新区企业调研。", "2023-04-25", "2023-04-24", "昨天上午"),
    C("昨日，市长会见了来我市考察的客商代表。", "2023-04-25", "2023-04-24", "昨日"),
    C("前天，省委督查组来我市督查安全生产工作。", "2023-04-25", "2023-04-23", "前天"),
    C("今天上午，市长主持召开市政府常务会议。", "2023-04-25", "2023-04-25", "今天上午"),
    C(("昨天上午，市长某某赴某某检查指导防汛救灾工作。", "当天下午，他又主持召开防汛工作会议。"),
      "2017-10-17", "2017-10-16", "当天下午 after 昨天"),
    C(("4月24日上午，市委召开常委会议。", "当天下午，市委书记到开发区调研。"), "2023-04-26",
      "2023-04-24", "当天下午 after a dated sentence"),
    C(("4月24日，省委书记一行来我市调研。", "次日，调研组还考察了经济开发区。"), "2023-04-26",
      "2023-04-25", "次日 after a dated sentence"),
    C(("1月31日，代表团抵达我市。", "次日，代表团参观了高新区。"), None, "--02-01",
      "次日 without a year"),
    C(("2023年12月31日，市委书记到乡镇检查安全生产工作。", "次日，他又到企业走访。"), None,
      "2024-01-01", "次日 over the new year"),
    C(("4月24日上午，市委召开常委会议。", "同日下午，市长主持召开市政府常务会议。"), "2023-04-25",
      "2023-04-24", "同日下午 after a dated sentence"),
    C(("4月24日，代表团抵达我市。", "翌日，代表团考察了港口。"), "2023-04-26", "2023-04-25",
      "翌日 after a dated sentence"),
    C(("4月24日，代表团抵达我市。", "第二天，代表团考察了港口。"), "2023-04-26", "2023-04-25",
      "第二天 after a dated sentence"),
    C(("4月24日下午，我市召开经济工作会议。", "会上，市长作了讲话。"), None, "--04-24",
      "no date after a dated sentence"),
    C("近日，市委书记到企业调研。", "2023-04-25", None, "近日 (unknown)"),
    C("近日，市委书记到企业调研。", None, None, "近日 (unknown)"),
    C("日前，市长会见了客商代表。", "2023-04-25", None, "日前 (unknown)"),
    C("近期，县委书记深入乡镇检查防汛工作。", "2023-07-10", None, "近期 (unknown)"),
    C("近年来，我县大力发展特色产业。", "2023-07-10", None, "近年来 (no date)"),
    C("1月3日，县委召开常委会议。", "2024-01-05", "2024-01-03", "M月D日, January paper"),
    C("12月30日，县委召开常委会议。", "2024-01-02", "2023-12-30",
      "M月D日 of last year, January paper"),
    C("12月28日至29日，县委召开经济工作会议。", "2024-01-03", "2023-12-28",
      "M月D日至D日 of last year"),
    C("2月1日起，新修订的条例正式施行。", "2024-01-30", "2024-02-01", "M月D日起 (next month)"),
    C("今年3月，县委书记到乡镇调研。", "2024-04-10", None, "今年M月 (no day)"),
    C("今年3月12日，县委书记到乡镇调研。", "2024-04-10", "2024-03-12", "今年M月D日"),
    C("去年12月20日，市委书记到企业调研。", "2024-01-05", "2023-12-20", "去年M月D日"),
    C("4月下旬，市长到乡镇调研。", "2023-05-05", None, "M月下旬 (no day)"),
    C("截至4月底，全市已完成投资120亿元。", "2023-05-05", None, "M月底 (no day)"),
    C("春节前夕，市领导走访慰问困难群众。", "2024-02-05", None, "春节前夕 (no day)"),
    C("国庆节期间，市领导到景区检查安全生产工作。", "2023-10-08", None, "国庆节期间 (no day)"),
    C("新华社北京5月10日电 国务院总理会见了来访的外国总统。", "2024-05-11", "2024-05-10",
      "新华社…M月D日电"),
    C("新华社北京5月10日电 国务院总理会见了来访的外国总统。", None, "--05-10",
      "新华社…M月D日电"),
    C("央视网消息 5月10日上午，全国安全生产电视电话会议在北京召开。", "2024-05-11", "2024-05-10",
      "央视网消息 M月D日上午"),
    C("４月２４日，市长会见了来访的客人。", "2023-04-25", "2023-04-24", "full-width digits"),
    C("二〇二三年四月二十四日，市长会见了来访的客人。", None, "2023-04-24",
      "Chinese numerals with year"),
    C("四月二十四日，市长会见了来访的客人。", "2023-04-25", "2023-04-24", "Chinese numerals"),
    C("十月二十日，县委召开常委扩大会议。", None, "--10-20", "Chinese numerals"),
    C("二十四日上午，市长到企业调研。", "2023-04-25", "2023-04-24", "Chinese-numeral day only"),
    C("24日上午，市委书记主持召开市委常委会议。", "2023-04-25", "2023-04-24",
      "D日上午 + published"),
    C("本报讯 1日上午，市长到高新区调研。", "2023-06-02", "2023-06-01", "D日上午 + published"),
    C("本月24日，市长到高新区调研。", "2023-04-25", "2023-04-24", "本月D日"),
    C("2023年4月24日，市长会见了来访的客人。", None, "2023-04-24", "YYYY年M月D日"),
    C("2023年4月24日，市长会见了来访的客人。", "2024-01-05", "2023-04-24",
      "YYYY年M月D日 + a later paper"),
    C("4月24日晚，市长到工地检查安全生产工作。", None, "--04-24", "M月D日晚"),
    C("4月24日上午9时，全市安全生产工作会议召开。", None, "--04-24", "M月D日上午9时"),
    C("9月5日14时30分，市长主持召开防汛工作会议。", None, "--09-05", "M月D日H时M分"),
    C("4月24日（星期一），市委书记到乡镇调研。", None, "--04-24", "M月D日（星期一）"),
    C("3月31日至4月1日，省委书记来我市调研。", None, "--03-31", "M月D日至M月D日"),
    C("4月24日—25日，省委书记来我市调研。", None, "--04-24", "M月D日—D日"),
    C("4月24—26日，省委书记来我市调研。", None, "--04-24", "M月D—D日"),
    C("4月24日、25日，省委书记来我市调研。", None, "--04-24", "M月D日、D日"),
    C("4月24号，市长会见了来访的客人。", None, "--04-24", "M月D号"),
    C("上周五，市长会见了来访的客人。", "2024-01-08", "2024-01-05", "上周五"),
    C("5月8日，市长到港口调研；9日，市长又到开发区考察。", None, "--05-09",
      "；D日 after a M月 date", at="又到开发区考察"),
    C("4月24日上午，市委书记主持召开常委会议，25日下午又到企业调研。", "2023-04-26", "2023-04-25",
      "，D日下午 after a M月 date", at="又到企业调研"),
    C("记者从5月10日召开的全市经济工作会议上获悉，一季度全市生产总值增长6%。", "2024-05-12",
      "2024-05-10", "从M月D日召开的…会议上获悉"),
]

# Written after the first run, with their expected dates, before any parser saw them: a check
# that the rules around jionlp (jionlp_with_rules) were not fitted to the cases above.
HELD_OUT: list[Case] = [C(*a, group="held-out") for a in [
    (("6月1日上午，市委召开常委会议。", "下午，市委书记到开发区调研。"), "2023-06-02", "2023-06-01",
     "下午 after a dated sentence"),
    ("元旦当天，市领导看望慰问了坚守岗位的一线职工。", "2024-01-02", "2024-01-01", "元旦当天"),
    ("1月1日起，新修订的条例正式施行。", "2023-12-30", "2024-01-01", "M月D日起 (next year)"),
    ("昨晚，市长到工地检查安全生产工作。", "2023-04-25", "2023-04-24", "昨晚"),
    ("今晨，市委书记到防汛一线检查指导工作。", "2023-07-10", "2023-07-10", "今晨"),
    ("本周一，市委召开常委会议。", "2024-01-05", "2024-01-01", "本周一"),
    ("上月28日，市委书记到乡镇调研。", "2024-01-05", "2023-12-28", "上月D日"),
    ("从4月24日开始，市委巡察组进驻各乡镇。", None, "--04-24", "从M月D日开始"),
    ("自4月起，全市开展安全生产大检查。", "2023-05-05", None, "自M月起 (no day)"),
    ("2023年4月24日至26日，全省经济工作会议在杭州召开。", None, "2023-04-24",
     "YYYY年M月D日至D日"),
    ("在4月24日召开的全市经济工作会议上，市长作了讲话。", None, "--04-24", "在M月D日召开的…上"),
    ("2月29日，市长到企业调研。", "2024-03-01", "2024-02-29", "M月D日 (leap day)"),
    ("8月上旬，市长到乡镇调研。", "2023-08-20", None, "M月上旬 (no day)"),
    ("4月24日至5月10日，市委第一巡察组对某某某某开展常规巡察。", None, "--04-24",
     "M月D日至M月D日 (long)"),
    ("12月31日晚，市长到车站检查节日安全工作。", "2024-01-01", "2023-12-31",
     "M月D日晚 of last year"),
    ("昨天下午，市委书记主持召开市委常委会议。", "2024-01-01", "2023-12-31",
     "昨天下午 over the new year"),
    (("4月24日至25日，省委书记来我市调研。", "25日下午，调研组召开座谈会。"), "2023-04-27",
     "2023-04-25", "D日下午 after a M月D日至D日 sentence"),
    ("本报讯（记者 王五 通讯员 赵六）近日，市委书记到企业调研。", "2023-04-25", None,
     "byline + 近日 (unknown)"),
]]
CASES += HELD_OUT


# -- newskg -----------------------------------------------------------------------------

def newskg_date(case: Case) -> str | None:
    ctx = DateContext(published=case.published, year=case.year)
    for s in case.sentences:
        ctx.see(s)
    if case.at:
        return ctx.resolve(ctx.at(case.sentences[-1].index(case.at)), case.name)
    return ctx.current(case.name)


# -- jionlp -----------------------------------------------------------------------------

Ymd = tuple[int | None, int, int]


def _base(case: Case) -> dict | None:
    if case.published:
        d = date.fromisoformat(case.published)
        return {"year": d.year, "month": d.month, "day": d.day}
    if case.year:
        return {"year": case.year}
    return None  # jionlp then takes time.time()


def _iso(ymd: Ymd | None) -> str | None:
    if ymd is None:
        return None
    y, m, d = ymd
    return f"{y:04d}-{m:02d}-{d:02d}" if y else f"--{m:02d}-{d:02d}"


def _start(detail: dict) -> Ymd | None:
    """The first day of what jionlp returned (a time point, span or period)."""
    t = detail.get("time")
    if not isinstance(t, list) or not t or not isinstance(t[0], str):
        return None  # time_delta, time_period: not a date
    try:
        d = date.fromisoformat(t[0][:10])
    except ValueError:
        return None
    return (d.year, d.month, d.day)


def jionlp_parse_time(jio, case: Case) -> str | None:
    last: Ymd | None = None
    for s in case.sentences:
        try:
            found = _start(jio.parse_time(s, time_base=_base(case)))
        except Exception:  # jionlp raises ValueError when it finds no time
            found = None
        last = found or last
    return _iso(last)


def _expressions(jio, s: str, base) -> list[dict]:
    try:
        return jio.ner.extract_time(s, time_base=base, with_parsing=True)
    except Exception:
        return []


def _pick(found: list, case: Case, s: str, last_sentence: bool):
    """The first expression, or in the event's sentence the last one before ``at``."""
    if not found:
        return None
    if last_sentence and case.at:
        pos = s.index(case.at)
        before = [f for f in found if f["offset"][0] <= pos]
        return before[-1] if before else None
    return found[0]


def jionlp_extract_time(jio, case: Case) -> str | None:
    last: Ymd | None = None
    for i, s in enumerate(case.sentences):
        pick = _pick(_expressions(jio, s, _base(case)), case, s, i == len(case.sentences) - 1)
        if pick:
            last = _start(pick["detail"]) or last
    return _iso(last)


_CONTEXT = re.compile(
    r"^(?:当天|当日|当晚|同日|同天|次日|翌日|第二天|上午|下午|中午|晚上|傍晚|凌晨"
    r"|[0-9一二三四五六七八九十]{1,3}[日号])"
)
_WRITES_YEAR = re.compile(r"年|昨|前天|今天|今日|明天|上周|本周|下周|本月|上月")
_YEAR_IN_NAME = re.compile(r"((?:19|20)\d{2})年")


def _has_day(f: dict) -> bool:
    t = f["detail"].get("time")
    if not isinstance(t, list) or len(t) != 2:
        return False
    if t[1] != "inf" and t[0][:10] == t[1][:10]:
        return True
    return bool(re.search(r"[日号]", f["text"]))  # 2月25日至26日, 15日起


def jionlp_with_rules(jio, case: Case) -> str | None:
    """extract_time, with the rules newskg would have to keep around it."""
    base = _base(case)
    pub = date.fromisoformat(case.published) if case.published else None
    last: Ymd | None = None
    for i, s in enumerate(case.sentences):
        found = [f for f in _expressions(jio, s, base) if _has_day(f)]
        if i == len(case.sentences) - 1 and case.at:
            pos = s.index(case.at)
            chosen = [f for f in found if f["offset"][0] <= pos]  # in order, up to the event
        else:
            chosen = found[:1]
        for pick in chosen:
            last = _with_rules(jio, pick, last, case, pub) or last
    return _iso(last)


def _with_rules(jio, pick: dict, last: Ymd | None, case: Case, pub: date | None) -> Ymd | None:
    text = pick["text"]
    ymd = _start(pick["detail"])
    if ymd is None:
        return None
    written = bool(_WRITES_YEAR.search(text))  # 2023年, 去年, 昨天: jionlp's year is right
    year_known = bool(pub or case.year or written)
    if last and _CONTEXT.match(text):
        # 当天, 次日, 下午, 26日: against the article's date, not the paper's
        ly, lm, ld = last
        ctx = {"year": ly or 2000, "month": lm, "day": ld}  # 2000: any leap year
        try:
            again = _start(jio.parse_time(text, time_base=ctx))
        except Exception:
            again = None
        if again:
            ymd, year_known, written = again, ly is not None, True
    y, m, d = ymd
    if not year_known:
        named = _YEAR_IN_NAME.search(case.name)
        y = int(named.group(1)) if named else None
    elif pub and not written and m > pub.month + 1 and y == pub.year:
        y -= 1  # a January paper reporting a December meeting
    return (y, m, d)


# -- costs --------------------------------------------------------------------------------

_COLD = {
    "DateContext": (
        "from newskg.extractors.dates import DateContext",
        "c = DateContext(published='2023-04-25'); "
        "c.see('4月24日下午，我市召开会议。'); c.current()",
    ),
    "jionlp": (
        "import jionlp",
        "jionlp.ner.extract_time('4月24日下午，我市召开会议。', "
        "time_base={'year': 2023, 'month': 4, 'day': 25}, with_parsing=True)",
    ),
}

_COLD_SCRIPT = """
import contextlib, io, json, re, time
t0 = time.perf_counter()
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    {imp}
    t1 = time.perf_counter()
    {call}
    t2 = time.perf_counter()
# VmHWM, not ru_maxrss: on Linux a child's ru_maxrss starts at its parent's size at the fork
with open("/proc/self/status") as f:
    hwm = int(re.search(r"VmHWM:\\s+(\\d+)", f.read()).group(1)) / 1024
print(json.dumps({{"import_s": t1 - t0, "first_call_s": t2 - t1, "peak_rss_mb": hwm}}))
"""


def cold_start(which: str, runs: int = 3) -> dict:
    """Import and first call in fresh processes: the first run, and the median of all."""
    imp, call = _COLD[which]
    script = _COLD_SCRIPT.format(imp=imp, call=call)
    got = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                             text=True, check=True)
        got.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {
        "import_s": statistics.median(g["import_s"] for g in got),
        "first_call_s": statistics.median(g["first_call_s"] for g in got),
        "peak_rss_mb": statistics.median(g["peak_rss_mb"] for g in got),
        "first_run": got[0],
        "runs": runs,
    }


def first_import(jio) -> dict | None:
    """The first import after ``pip install``: jionlp unzips its dictionaries then.

    ``jionlp/__init__.py`` extracts ``dictionary/*.zip`` into its own package directory
    when the ``.txt``/``.json`` files are missing, i.e. on the first import after installing. A copy
    of the installed package without those ``.txt`` files, imported in a fresh process,
    shows what that first import costs (the copy is deleted afterwards).
    """
    import shutil
    import tempfile

    src = Path(jio.__file__).parent
    with tempfile.TemporaryDirectory() as tmp:
        dst = Path(tmp) / "jionlp"
        shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__"))
        dictionary = dst / "dictionary"

        def unzipped() -> list[Path]:  # foo.zip holds foo.txt or foo.json
            return [f for z in dictionary.glob("*.zip")
                    for f in (z.with_suffix(".txt"), z.with_suffix(".json")) if f.exists()]

        removed = 0
        for f in unzipped():
            removed += f.stat().st_size
            f.unlink()
        script = ("import contextlib, io, time\nt0 = time.perf_counter()\n"
                  "with contextlib.redirect_stdout(io.StringIO()):\n    import jionlp\n"
                  "print(time.perf_counter() - t0, jionlp.__file__)")
        env = dict(os.environ, PYTHONPATH=tmp, PYTHONDONTWRITEBYTECODE="1")
        got = subprocess.run([sys.executable, "-c", script], cwd=tmp, env=env,
                             capture_output=True, text=True)
        if got.returncode != 0 or not got.stdout.strip():
            return None
        seconds, where = got.stdout.strip().splitlines()[-1].split(" ", 1)
        if not where.startswith(tmp):
            return None
        written = sum(f.stat().st_size for f in unzipped())
    return {"import_s": float(seconds), "unzipped_mb": written / 1e6,
            "unzipped_before_mb": removed / 1e6}


def _one_run(fn, items, seconds: float) -> float:
    """Milliseconds per 1,000 items, running ``fn`` over ``items`` for ``seconds``."""
    rounds, t0 = 0, time.perf_counter()
    while True:
        for x in items:
            fn(x)
        rounds += 1
        elapsed = time.perf_counter() - t0
        if elapsed >= seconds:
            return 1e6 * elapsed / (rounds * len(items))


def timed_together(jobs: dict, seconds: float, repeats: int = 5) -> dict[str, float]:
    """Best of ``repeats`` runs of each job, the jobs taking turns within each repeat.

    ``jobs`` maps a name to ``(fn, items)``. Taking turns, and keeping each job's best
    run, makes the comparison fair on a shared machine: other work only ever makes a run
    slower, and it slows all jobs of a repeat alike.
    """
    best = {name: float("inf") for name in jobs}
    for _ in range(repeats):
        for name, (fn, items) in jobs.items():
            best[name] = min(best[name], _one_run(fn, items, seconds / repeats))
    return best


def posseg_job(cases: list[Case]):
    """jieba.posseg on the same sentences, for scale: what the extractor already pays."""
    try:
        import jieba
        import jieba.posseg as pseg
    except ImportError:
        return None
    jieba.setLogLevel(60)
    jieba.initialize()
    return (lambda s: list(pseg.cut(s)), [s for c in cases for s in c.sentences])


def installed_mb(*dists: str) -> float | None:
    """Size on disk of installed distributions, from their RECORD files."""
    from importlib import metadata

    total = 0
    for name in dists:
        try:
            files = metadata.distribution(name).files or []
        except metadata.PackageNotFoundError:
            return None
        total += sum(f.size or 0 for f in files)
    return total / 1e6


@dataclass
class Row:
    name: str
    fn: object
    answers: list = field(default_factory=list)


def _load_jionlp():
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            import jionlp
    except ImportError:
        return None
    return jionlp


GROUPS = ("page", "genre", "held-out")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.dates",
                                 description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=RESULTS / "dates.json")
    ap.add_argument("--seconds", type=float, default=3.0,
                    help="time each parser's speed is measured for, in 5 turns (default 3)")
    ap.add_argument("--cases", action="store_true", help="print every case and each answer")
    args = ap.parse_args(argv)

    rows = [Row("DateContext", newskg_date)]
    jio = _load_jionlp()
    if jio is None:
        print("jionlp is not installed: measuring DateContext alone "
              "(pip install jionlp, or pip install -e '.[bench]')\n")
    else:
        rows += [
            Row("jionlp.parse_time", lambda c: jionlp_parse_time(jio, c)),
            Row("jionlp.ner.extract_time", lambda c: jionlp_extract_time(jio, c)),
            Row("extract_time + rules", lambda c: jionlp_with_rules(jio, c)),
        ]

    n_sent = sum(len(c.sentences) for c in CASES)
    jobs = {row.name: (row.fn, CASES) for row in rows}
    posseg = posseg_job(CASES)
    if posseg:
        jobs["jieba.posseg"] = posseg
    with contextlib.redirect_stdout(io.StringIO()):
        for row in rows:
            row.answers = [row.fn(c) for c in CASES]
        speed = timed_together(jobs, args.seconds)
    for name in speed:  # per sentence, not per case
        if name != "jieba.posseg":
            speed[name] *= len(CASES) / n_sent
    posseg_ms = speed.get("jieba.posseg")

    results = []
    for row in rows:
        ok = [a == c.expected for a, c in zip(row.answers, CASES, strict=True)]
        by_group = {g: {"correct": sum(k for k, c in zip(ok, CASES, strict=True) if c.group == g),
                        "cases": sum(c.group == g for c in CASES)} for g in GROUPS}
        ms = speed[row.name]
        results.append({"parser": row.name, "correct": sum(ok), "cases": len(CASES),
                        "accuracy": sum(ok) / len(CASES), "by_group": by_group,
                        "ms_per_1000_sentences": ms,
                        # the time as a fraction of jieba.posseg's on the same sentences
                        "vs_posseg": ms / posseg_ms if posseg_ms else None})
    cold = {"DateContext": cold_start("DateContext")}
    if jio is not None:
        cold["jionlp"] = cold_start("jionlp")
    for r in results:
        c = cold["DateContext" if r["parser"] == "DateContext" else "jionlp"]
        r.update(import_s=c["import_s"], first_call_s=c["first_call_s"],
                 peak_rss_mb=c["peak_rss_mb"])
    first = first_import(jio) if jio is not None else None
    sizes = {"jionlp + jiojio": installed_mb("jionlp", "jiojio")}

    counts = ", ".join(f"{sum(c.group == g for c in CASES)} {g}" for g in GROUPS)
    print(f"{len(CASES)} cases ({counts}), {n_sent} sentences; "
          "speed: best of 5 turns; import and first call: median of 3 fresh processes\n")
    head = (f"{'parser':<24} {'correct':>8} {'accuracy':>8} {'page':>6} {'genre':>6} "
            f"{'held-out':>8} {'ms/1000 sent.':>13} {'/posseg':>7} {'import s':>8} "
            f"{'1st call s':>10} {'peak MB':>7}")
    print(head)
    print("-" * len(head))
    for r in results:
        g = r["by_group"]
        cells = [f"{g[k]['correct']}/{g[k]['cases']}" for k in GROUPS]
        print(f"{r['parser']:<24} {r['correct']:>5}/{r['cases']:<2} {r['accuracy']:>8.1%} "
              f"{cells[0]:>6} {cells[1]:>6} {cells[2]:>8} {r['ms_per_1000_sentences']:>13.1f} "
              f"{r['vs_posseg']:>7.2f} {r['import_s']:>8.3f} {r['first_call_s']:>10.3f} "
              f"{r['peak_rss_mb']:>7.0f}")
    if posseg_ms is not None:
        print(f"{'(jieba.posseg, for scale)':<24} {'':>8} {'':>8} {'':>6} {'':>6} {'':>8} "
              f"{posseg_ms:>13.1f} {1:>7.2f}")
    if sizes["jionlp + jiojio"] is not None:
        print(f"\njionlp {jio.__version__} and jiojio installed: "
              f"{sizes['jionlp + jiojio']:.0f} MB on disk")
    if first:
        print(f"first import after installing: {first['import_s']:.2f} s; it unzips "
              f"{first['unzipped_mb']:.0f} MB of dictionaries into its own package directory")

    per_case = []
    for i, c in enumerate(CASES):
        answers = {row.name: row.answers[i] for row in rows}
        per_case.append({"sentences": list(c.sentences), "published": c.published,
                         "year": c.year, "name": c.name or None, "at": c.at, "form": c.form,
                         "group": c.group, "source": c.source or None, "expected": c.expected,
                         "answers": answers})
    print()
    for row in rows:
        wrong = [p for p in per_case if p["answers"][row.name] != p["expected"]]
        print(f"{row.name} gets wrong ({len(wrong)}):")
        for p in wrong:
            pub = p["published"] or (f"--year {p['year']}" if p["year"] else "no date")
            print(f"  {p['form']:<36} [{pub}] expected {p['expected']}, "
                  f"got {p['answers'][row.name]}")
    if args.cases:
        print()
        for p in per_case:
            print(" / ".join(p["sentences"]), f"[{p['published']}]", "->", p["expected"])
            for k, v in p["answers"].items():
                print(f"    {'ok ' if v == p['expected'] else 'BAD'} {k}: {v}")

    try:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True).stdout.strip() or None
    except OSError:
        commit = None
    out = {
        "benchmark": "dates",
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "commit": commit,
        "python": platform.python_version(),
        "machine": {"cpus": os.cpu_count(), "loadavg": os.getloadavg()},
        "jionlp": getattr(jio, "__version__", None) if jio else None,
        "cases": len(CASES),
        "sentences": n_sent,
        "results": results,
        "jieba_posseg_ms_per_1000_sentences": posseg_ms,
        "installed_mb": sizes,
        "cold_start": cold,
        "first_import_after_install": first,
        "per_case": per_case,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    shown = args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out
    print(f"\nwritten: {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
