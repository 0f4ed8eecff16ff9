"""Fixtures shared by the test modules: one seed build per session, graphs from records.

Add fixtures here with small edits; several test modules use this file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newskg.graph import build_graph
from newskg.records import Article, Mention, Post, Relation

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """A skipped test fails: a green run must mean every test ran (see requires.py).

    Whatever skips (``pytest.skip``, ``importorskip``, ``skipif``), the run says why
    and fails, instead of hiding untested code behind an "s".
    """
    return _no_skip((yield), item.nodeid)


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector):
    """A module that skips at import (``importorskip`` at the top) fails the same way."""
    return _no_skip((yield), collector.nodeid)


def _no_skip(report, nodeid: str):
    if report.skipped and not hasattr(report, "wasxfail"):
        why = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"{nodeid} skipped, and this suite allows no skip: {why}"
    return report


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The bundled seed page built once with the library, every export written."""
    from newskg.build import BuildOptions, build

    out = tmp_path_factory.mktemp("seed-out")
    return build(BuildOptions(inputs=(str(SEEDS),), out=str(out), progress=False,
                              workers=1, cache=False))


def _m(text: str, cls: str, label: str = "") -> Mention:
    return Mention(text, cls, 0, len(text), label)


def records_articles(hostile: bool = False) -> list[Article]:
    """Two articles shaped like the seed page, built from records (no extractor).

    With ``hostile``, names, sentences and headlines carry markup, quotes,
    backslashes, newlines, control characters and RTL marks, as web text can.
    """
    evil = ('<script>window.__pwned=1</script>"引号"\\反斜杠\n换行\x01控制>'
            '<img src=x onerror="window.__pwned=2">\u202e') if hostile else ""
    zhang = _m("章旭升", "Person")
    hu = _m("胡勇春", "Person")
    chen = _m("陈建勋" + ('<b onmouseover="window.__pwned=3">"\\</b>' if hostile else ""), "Person")
    # posts as the extractor resolves them on the seed page (a 永康 paper)
    sec = _m("市委书记", "Position", "永康市委书记")
    mayor = _m("市长", "Position", "永康市市长")
    yongkang = ("永康市", "金华市", "浙江省")
    posts = {"永康市委书记": Post("永康市委书记", "市委书记", "county", "永康市", yongkang),
             "永康市市长": Post("永康市市长", "市长", "county", "永康市", yongkang)}
    meeting = _m("平安永康建设暨市委政法工作会议", "Event")
    campaign = _m("“一月一主题平安大提升”行动", "Campaign")
    yida = _m("一达", "Enterprise", "一达研磨有限公司")
    changli = _m("长利电器", "Enterprise")
    street = _m("东城街道", "Place")
    reporter = "陈晓苏"

    s1 = "市委书记章旭升在会上强调，要深学笃行习近平法治思想。" + evil
    s2 = "市委副书记、市长胡勇春主持会议，市领导陈建勋出席会议。"
    s3 = "会议部署了“一月一主题平安大提升”行动有关工作。"
    a1 = Article("seed-like.txt", 0, s1 + s2 + s3,
                 headline="凝心聚力防风险 全力以赴保平安" + evil,
                 byline="（融媒首席记者 陈晓苏）", reporters=(reporter,), date="2023-04-25")
    a1.event_dates = {meeting.label: "2023-04-24"}
    a1.mentions = [zhang, hu, chen, sec, mayor, meeting, campaign]
    a1.relations = [
        Relation(zhang, "holdsPosition", sec, s1, 0, len(s1)),
        Relation(zhang, "spokeAt", meeting, s1, 0, len(s1), "2023-04-24"),
        Relation(hu, "holdsPosition", mayor, s2, 0, len(s2)),
        Relation(hu, "chaired", meeting, s2, 0, len(s2), "2023-04-24", "主持"),
        Relation(chen, "attended", meeting, s2, 0, len(s2), "2023-04-24"),
        Relation(meeting, "deployed", campaign, s3, 0, len(s3), "2023-04-24"),
    ]
    a1.posts, a1.places = dict(posts), yongkang
    t1 = "5日下午，市委书记章旭升来到东城街道九龙工业功能分区督查安全生产工作。"
    t2 = "在一达研磨有限公司，章旭升深入车间。" + evil
    t3 = "在长利电器，章旭升查看消防设施。"
    a2 = Article("seed-like.txt", 1, t1 + t2 + t3, headline="压实责任 守牢底线",
                 byline="（记者 陈晓苏）", reporters=(reporter,), date="2023-05-06")
    a2.mentions = [zhang, sec, yida, changli, street]
    a2.relations = [
        Relation(zhang, "holdsPosition", sec, t1, 0, len(t1)),
        Relation(zhang, "inspected", street, t1, 0, len(t1), "2023-05-05", "督查"),
        Relation(zhang, "inspected", yida, t2, 0, len(t2), "2023-05-05", "督查"),
        Relation(zhang, "inspected", changli, t3, 0, len(t3), "2023-05-05", "督查"),
        Relation(yida, "locatedIn", street, t2, 0, len(t2)),
    ]
    a2.posts, a2.places = dict(posts), yongkang
    return [a1, a2]


@pytest.fixture(scope="session")
def records_graph():
    """A graph like the seed's, built from records: independent of the extractor."""
    return build_graph(records_articles())


@pytest.fixture(scope="session")
def hostile_graph():
    """The same graph with markup, quotes, backslashes and control characters in its text."""
    return build_graph(records_articles(hostile=True))
