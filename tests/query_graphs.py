"""Graphs and runners shared by the ``newskg query`` tests (test_query_*.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from newskg.exports import export
from newskg.graph import GraphBuilder
from newskg.records import Article, Mention, Relation

ROOT = Path(__file__).resolve().parent.parent
ENGINES = ("rdflib", "oxigraph")

#: the page of issue 9: an event no sentence dates
UNDATED_PAGE = "本报讯 县委书记张三主持召开县委常委会会议。县长李四出席会议并讲话。\n"


def build_page(folder: Path, text: str) -> Path:
    """The Turtle of one page, built by the library as ``newskg build`` builds it."""
    from newskg.build import BuildOptions, build

    folder.mkdir(parents=True, exist_ok=True)
    page = folder / "page.txt"
    page.write_text(text, encoding="utf-8")
    report = build(BuildOptions(inputs=(str(page),), out=str(folder / "out"), progress=False,
                                workers=1, cache=False))
    return Path(report.outputs["turtle"])


def _m(text: str, cls: str) -> Mention:
    return Mention(text, cls, 0, len(text), "")


def mixed_dates_ttl(path: Path) -> Path:
    """Events some of whose statements are dated (a full date, a month-day) and some not."""
    a, b, c, d = (_m(n, "Person") for n in ("甲一", "乙二", "丙三", "丁四"))
    post = _m("镇长", "Position")
    dated, undated = _m("工作例会", "Event"), _m("座谈会", "Event")
    s1 = "镇长甲一主持工作例会，乙二出席。"
    s2 = "丙三在座谈会上发言，丁四参加座谈会。"
    s3 = "甲一会见丁四。"
    art = Article("mixed.txt", 0, s1 + s2 + s3, headline="例会")
    art.mentions = [a, b, c, d, post, dated, undated]
    art.relations = [
        Relation(a, "holdsPosition", post, s1, 0, len(s1)),
        Relation(a, "chaired", dated, s1, 0, len(s1), "2023-04-24", "主持"),
        Relation(b, "attended", dated, s1, 0, len(s1)),
        Relation(c, "spokeAt", dated, s2, 0, len(s2), "--04-24"),
        Relation(c, "spokeAt", undated, s2, 0, len(s2)),
        Relation(d, "attended", undated, s2, 0, len(s2)),
        Relation(a, "met", d, s3, 0, len(s3), None, "会见"),
    ]
    builder = GraphBuilder()
    builder.add(art)
    return export(builder.graph(), "turtle", path)


def run_newskg(*args: str, **popen) -> subprocess.Popen:
    """``python -m newskg ARGS`` from this checkout, as a user runs it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "newskg", *args], cwd=ROOT, env=env,
                            **popen)
