"""A researcher cites a statement: which page, which article, which sentence, where.

Every test here builds real pages through the library entry point and reads
the exports back as a user would (SPARQL over the Turtle, the CSV, the JSONL).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import rdflib

from newskg.build import BuildOptions, build

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_0d6da5b0de04d397.txt"
NKG = "https://w3id.org/newskg/ontology#"
SCHEMA = "https://schema.org/"


def _build(inputs, out: Path):
    return build(BuildOptions(inputs=tuple(map(str, inputs)), out=str(out), progress=False,
                              workers=1, cache=False))


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _sparql(out: Path, query: str) -> list[tuple]:
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    return [tuple(None if v is None else str(v) for v in row)
            for row in g.query(query, initNs={"nkg": NKG, "schema": SCHEMA})]


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> tuple[Path, Path]:
    """Two papers of one archive whose pages have the same file name, and their build."""
    root = tmp_path_factory.mktemp("archive")
    page = SEED.read_text(encoding="utf-8")
    for paper, year in (("paperA", 2021), ("paperB", 2022)):
        (root / paper).mkdir()
        (root / paper / "page01.txt").write_text(
            f"# published: {year}-04-25\n# paper: {paper} 日报\n# page: 第2版\n"
            f"# source: example/{paper}-archive:pages/{year}/page01.txt\n\n{page}",
            encoding="utf-8")
    out = tmp_path_factory.mktemp("archive-out")
    _build([root], out)
    return root, out


def test_pages_of_one_name_in_two_folders_are_two_documents(archive):
    root, out = archive
    rows = _sparql(out, """
        SELECT ?file ?date (COUNT(?a) AS ?n) WHERE {
          ?a a nkg:Article ; nkg:sourceFile ?file ; schema:datePublished ?date }
        GROUP BY ?file ?date ORDER BY ?file""")
    assert rows == [("paperA/page01.txt", "2021-04-25", "2"),
                    ("paperB/page01.txt", "2022-04-25", "2")]


def test_a_statement_cites_its_own_papers_article_and_date(archive):
    root, out = archive
    stmts = [r for r in _rows(out / "statements.csv")
             if r["relation"] == "chaired" and r["subject"] == "胡勇春"]
    assert sorted((r["source_file"], r["published"], r["paper"], r["page"], r["source"])
                  for r in stmts) == [
        ("paperA/page01.txt", "2021-04-25", "paperA 日报", "第2版",
         "example/paperA-archive:pages/2021/page01.txt"),
        ("paperB/page01.txt", "2022-04-25", "paperB 日报", "第2版",
         "example/paperB-archive:pages/2022/page01.txt"),
    ]
    for r in stmts:
        assert "问题联治" in r["headline"]


def test_header_lines_are_on_the_article_in_turtle(archive):
    _, out = archive
    rows = _sparql(out, """
        SELECT DISTINCT ?paper ?page ?source WHERE {
          ?a a nkg:Article ; nkg:paper ?paper ; nkg:page ?page ; nkg:source ?source }
        ORDER BY ?paper""")
    assert rows == [("paperA 日报", "第2版", "example/paperA-archive:pages/2021/page01.txt"),
                    ("paperB 日报", "第2版", "example/paperB-archive:pages/2022/page01.txt")]


def test_reporters_stay_with_their_articles(archive):
    _, out = archive
    rows = _sparql(out, """
        SELECT ?file (COUNT(DISTINCT ?a) AS ?n) WHERE {
          ?a nkg:reportedBy ?r ; nkg:sourceFile ?file }
        GROUP BY ?file ORDER BY ?file""")
    assert rows == [("paperA/page01.txt", "2"), ("paperB/page01.txt", "2")]


def test_evidence_is_the_page_as_printed_at_its_offsets(archive):
    """The OCR page prints spaces in dates and breaks sentences over lines: the
    evidence keeps both, and the file's text at the offsets is the evidence."""
    root, out = archive
    text = (root / "paperA" / "page01.txt").read_text(encoding="utf-8")
    rows = [r for r in _rows(out / "statements.csv") if r["source_file"] == "paperA/page01.txt"]
    assert rows
    for r in rows:
        assert r["start"] and r["end"], r
        assert text[int(r["start"]):int(r["end"])] == r["evidence"]
    chaired = next(r for r in rows if r["relation"] == "chaired")
    assert "\n" in chaired["evidence"]  # the column break the page has


def test_edges_csv_names_the_articles_of_each_edge(archive):
    _, out = archive
    said: dict[str, set[str]] = {}
    files: dict[str, set[str]] = {}
    for r in _rows(out / "statements.csv"):
        said.setdefault(r["edge_id"], set()).add(r["article_id"])
        files.setdefault(r["edge_id"], set()).add(r["source_file"])
    edges = [e for e in _rows(out / "edges.csv") if e["Label"] != "mentions"]
    assert edges and any(len(e["article_ids"].split(";")) > 1 for e in edges)
    for e in edges:
        assert set(e["article_ids"].split(";")) == said[e["Id"]]
        assert e["source_files"] == ";".join(sorted(files[e["Id"]]))


def test_dateline_colon_is_not_part_of_the_evidence(tmp_path):
    page = tmp_path / "xwlb.txt"
    page.write_text("央视网消息（新闻联播）：  县委书记张三主持召开县委常委会会议。"
                    "县长李四出席会议并讲话。\n", encoding="utf-8")
    out = tmp_path / "out"
    _build([page], out)
    rows = _rows(out / "statements.csv")
    chaired = next(r for r in rows if r["relation"] == "chaired")
    assert chaired["evidence"] == "县委书记张三主持召开县委常委会会议。"
    text = page.read_text(encoding="utf-8")
    assert text[int(chaired["start"]):int(chaired["end"])] == chaired["evidence"]


def test_jsonl_fields_and_line_reach_the_exports(tmp_path):
    dump = tmp_path / "crawl.jsonl"
    records = [
        {"title": "县委常委会召开", "content": "本报讯 县委书记张三主持召开县委常委会会议。",
         "url": "https://example.org/a/1.html", "paper": "某县报", "page": "A1",
         "source": "某县融媒体中心", "published": "2023-05-06"},
        {"title": "另一条", "content": "本报讯 县长李四出席会议并讲话。",
         "url": "https://example.org/a/2.html"},
    ]
    dump.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n",
                    encoding="utf-8")
    out = tmp_path / "out"
    _build([dump], out)
    lines = [json.loads(x) for x in (out / "triples.jsonl").read_text("utf-8").splitlines()]
    chaired = next(x for x in lines if x["predicate"] == "chaired")
    assert (chaired["source_file"], chaired["line"], chaired["url"], chaired["paper"],
            chaired["page"], chaired["source"], chaired["published"]) == (
        "crawl.jsonl", 1, "https://example.org/a/1.html", "某县报", "A1", "某县融媒体中心",
        "2023-05-06")
    content = records[0]["content"]
    assert content[chaired["start"]:chaired["end"]] == chaired["evidence"]
    rows = _sparql(out, """
        SELECT ?line ?url WHERE { ?a nkg:sourceLine ?line ; schema:url ?url } ORDER BY ?line""")
    assert rows == [("1", "https://example.org/a/1.html"), ("2", "https://example.org/a/2.html")]


def test_traditional_page_is_quoted_in_its_own_characters(tmp_path):
    page = tmp_path / "trad.txt"
    page.write_text("# published: 2023-05-06\r\n\r\n本報訊 縣委書記張三主持召開縣委常委會會議。\r\n",
                    encoding="utf-8", newline="")
    out = tmp_path / "out"
    _build([page], out)
    chaired = next(r for r in _rows(out / "statements.csv") if r["relation"] == "chaired")
    assert chaired["evidence"] == "縣委書記張三主持召開縣委常委會會議。"
    with open(page, encoding="utf-8") as f:  # universal newlines, as a reader opens it
        text = f.read()
    assert text[int(chaired["start"]):int(chaired["end"])] == chaired["evidence"]
