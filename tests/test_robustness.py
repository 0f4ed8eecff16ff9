"""Bad input, hostile text and random input through the whole pipeline.

What a user sees: every bad input named in one line, the rest built, the exit
code saying which happened, and every export parseable by a real reader
whatever the text held.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

import opencc
import pytest
from export_checks import MARKUP, check_export, check_outputs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newskg.exports as exports
from newskg.build import BuildError, BuildOptions, BuildReport, build
from newskg.cli import EXIT_ERROR, EXIT_OK, EXIT_SKIPPED, main
from newskg.exports import FORMATS, ExportOptions
from newskg.extractors.reader import clean_text
from newskg.graph import build_graph
from newskg.records import Article, Mention, Relation

ROOT = Path(__file__).resolve().parent.parent
SEED_PAGE = next((ROOT / "seeds").glob("*.txt"))
SEED = SEED_PAGE.read_text("utf-8")
SENTENCES = [s + "。" for s in SEED.replace("\n", "").split("。") if s.strip()]

#: Quotes, backslashes, markup, XML-invalid controls, RTL marks, noncharacters.
HOSTILE = (
    "".join(MARKUP) + "\"引号\"'单引号'\\反斜杠\\u0041\\n \"\"\"三引号 ]]> &amp; &#0; ${x} "
    "\x00\x01\x08\x0b\x0c\x1b\x1f\x7f\x85\u200f\u202e\u2028\ufffe\uffff\U0001f600 \r\n\t."
)
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
SMALL = {"turtle": FORMATS["turtle"], "jsonl": FORMATS["jsonl"]}


def _build(inputs, out: Path, **kw) -> BuildReport:
    return build(BuildOptions(inputs=tuple(map(str, inputs)), out=str(out), progress=False,
                              workers=1, cache=False, **kw))


def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["build", *argv, "-q", "--workers", "1", "--no-cache"])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def small_exports(monkeypatch):
    """Only the Turtle and JSONL writers: tests about inputs need not wait for the viewer."""
    monkeypatch.setattr(exports, "FORMATS", SMALL)


@pytest.fixture
def messy(tmp_path) -> Path:
    """A folder a user might really have: good pages, broken ones, odd names."""
    d = tmp_path / "pages 2023"
    d.mkdir()
    (d / "seed.txt").write_bytes(SEED_PAGE.read_bytes())
    (d / "页面 gbk.txt").write_bytes(SEED.encode("gbk"))
    (d / "big5 page.txt").write_bytes(opencc.OpenCC("s2tw").convert(SEED).encode("big5"))
    (d / "empty.txt").write_bytes(b"")
    (d / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (d / "crawl.jsonl").write_text(
        '{"title": "会议", "content": "市长张三主持会议。"}\n{"content": \n', "utf-8"
    )
    return d


def test_bad_inputs_are_named_skipped_and_the_rest_built(capsys, small_exports, messy, tmp_path):
    code, out, err = _cli(capsys, str(messy), str(tmp_path / "missing.txt"),
                          "--out", str(tmp_path / "out"))
    assert code == EXIT_SKIPPED
    assert "4 documents" in out  # seed, GBK, Big5, one JSONL line
    skipped = out[out.index("skipped 4 inputs:"):].splitlines()[1:5]
    assert skipped == [
        f"  {tmp_path / 'missing.txt'}: no such file or folder",
        f"  {messy / 'crawl.jsonl'}: line 2: not JSON (Expecting value, column 12)",
        f"  {messy / 'empty.txt'}: empty file",
        f"  {messy / 'photo.txt'}: binary file (NUL bytes; UTF-16 needs a byte order mark)",
    ]
    assert (tmp_path / "out" / "graph.ttl").exists()
    assert err == ""


def test_strict_stops_at_the_first_problem_and_writes_nothing(capsys, small_exports, messy,
                                                               tmp_path):
    code, out, err = _cli(capsys, str(messy), "--out", str(tmp_path / "out"), "--strict")
    assert code == EXIT_ERROR
    assert err == f"newskg: {messy / 'crawl.jsonl'}: line 2: not JSON (Expecting value, " \
                  "column 12) (--strict: nothing written)\n"
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_a_clean_build_exits_0(capsys, small_exports, tmp_path):
    code, out, _ = _cli(capsys, str(SEED_PAGE), "--out", str(tmp_path / "out"))
    assert code == EXIT_OK
    assert "skipped" not in out


def test_nothing_readable_keeps_the_previous_graph(capsys, small_exports, messy, tmp_path):
    out = tmp_path / "out"
    assert _cli(capsys, str(SEED_PAGE), "--out", str(out))[0] == EXIT_OK
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    code, _, err = _cli(capsys, str(messy / "empty.txt"), str(messy / "photo.txt"),
                        "--out", str(out))
    assert code == EXIT_ERROR
    assert err.splitlines() == [
        "newskg: nothing to build (all 2 inputs skipped); no output written",
        f"  {messy / 'empty.txt'}: empty file",
        f"  {messy / 'photo.txt'}: binary file (NUL bytes; UTF-16 needs a byte order mark)",
    ]
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_a_folder_with_no_pages_is_named(capsys, small_exports, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "readme.md").write_text("not a page")
    code, _, err = _cli(capsys, str(tmp_path / "docs"), "--out", str(tmp_path / "out"))
    assert code == EXIT_ERROR
    assert f"  {tmp_path / 'docs'}: folder has no .txt or .jsonl files" in err.splitlines()


def test_max_bytes_refuses_a_large_page(capsys, small_exports, messy, tmp_path):
    code, out, _ = _cli(capsys, str(messy / "seed.txt"), str(messy / "crawl.jsonl"),
                        "--out", str(tmp_path / "out"), "--max-bytes", "4K")
    assert code == EXIT_SKIPPED
    size = SEED_PAGE.stat().st_size
    assert f"  {messy / 'seed.txt'}: file is {size} bytes, over the 4096 bytes limit " \
           "(--max-bytes)" in out.splitlines()


@pytest.mark.parametrize("size", ["lots", "0", "-5M"])
def test_a_bad_size_is_a_usage_error(capsys, size):
    with pytest.raises(SystemExit) as info:
        main(["build", "--max-bytes", size])
    assert info.value.code == 2
    assert "--max-bytes" in capsys.readouterr().err


def test_an_output_folder_that_is_a_file_is_one_line(capsys, small_exports, tmp_path):
    (tmp_path / "out").write_text("a file")
    code, _, err = _cli(capsys, str(SEED_PAGE), "--out", str(tmp_path / "out"))
    assert code == EXIT_ERROR
    assert err.startswith(f"newskg: {tmp_path / 'out'}: cannot create the output folder")
    assert err.count("\n") == 1


def test_a_page_on_one_line_without_white_space_is_extracted(tmp_path, seed_build):
    """Crawled text often has no line break and no space; how fast: benchmarks/long_lines.py."""
    (tmp_path / "one line.txt").write_text("".join(SENTENCES).replace(" ", ""), "utf-8")
    report = _build([tmp_path / "one line.txt"], tmp_path / "out")
    assert report.documents == 1 and not report.skipped and report.articles >= 1
    assert report.nodes["Person"] == seed_build.nodes["Person"]  # the same officials found


def test_a_page_broken_every_six_characters_is_extracted(tmp_path):
    """Found by test_random_page_layouts: narrow columns, one line break each."""
    text = SEED.replace("\n", "")[:230]
    page = "\n".join(text[i:i + 6] for i in range(0, len(text), 6))
    (tmp_path / "narrow.txt").write_text(page, "utf-8")
    report = _build([tmp_path / "narrow.txt"], tmp_path / "out")
    assert report.skipped == []


def test_a_traditional_page_gives_the_same_people_as_its_simplified_original(tmp_path):
    (tmp_path / "trad.txt").write_bytes(opencc.OpenCC("s2tw").convert(SEED).encode("big5"))
    trad = _build([tmp_path / "trad.txt"], tmp_path / "out-trad")
    simp = _build([SEED_PAGE], tmp_path / "out-simp")
    people = [{d["label"] for _, d in r.graph.nodes(data=True) if d["type"] == "Person"}
              for r in (trad, simp)]
    assert people[0] == people[1] and len(people[0]) > 3


def test_a_traditional_page_keeps_its_own_spelling_as_an_alias(tmp_path):
    (tmp_path / "trad.txt").write_bytes(opencc.OpenCC("s2tw").convert(SEED).encode("big5"))
    graph = _build([tmp_path / "trad.txt"], tmp_path / "out").graph
    aliases = {d["label"]: d["aliases"] for _, d in graph.nodes(data=True)}
    assert aliases["陈建勋"] == ("陳建勳",) and aliases["市委书记"] == ("市委書記",)


# -- hostile text ----------------------------------------------------------------------

def _hostile_articles() -> list[Article]:
    """Every text field of the records carries HOSTILE."""
    p = Mention("张三" + HOSTILE, "Person", 0, 2, "张三" + HOSTILE)
    alias = Mention("张" + HOSTILE, "Person", 0, 1, "张三" + HOSTILE)
    post = Mention("市长" + HOSTILE, "Position", 2, 4)
    event = Mention("会议" + HOSTILE, "Event", 4, 6)
    art = Article("page " + HOSTILE + ".txt", 0, "市长张三主持会议。" + HOSTILE,
                  headline="标题" + HOSTILE, byline="记者" + HOSTILE,
                  reporters=("记者" + HOSTILE,), date="2023-04-24")
    art.event_dates = {event.label: "2023-04-24"}
    art.mentions = [p, alias, post, event]
    art.relations = [
        Relation(p, "holdsPosition", post, "证据" + HOSTILE, 0, 9),
        Relation(alias, "chaired", event, "证据" + HOSTILE, 0, 9, "2023-04-24", "主持" + HOSTILE),
    ]
    return [art]


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_hostile_text_in_records_gives_valid_exports(fmt, tmp_path):
    graph = build_graph(_hostile_articles())
    path = exports.export(graph, fmt, tmp_path / FORMATS[fmt][0], ExportOptions(articles=True))
    parsed = check_export(fmt, path.read_bytes())
    if fmt in ("turtle", "ntriples"):  # all but what XML 1.0 forbids survives exactly
        labels = {str(o) for _, p, o in parsed if str(p).endswith("#label")}
        assert _XML_INVALID.sub("", "张三" + HOSTILE) in labels
    if fmt in ("graphml", "gexf"):  # XML cannot carry controls, but the markup stays text
        labels = {d.get("label", "") for _, d in parsed.nodes(data=True)}
        assert any(MARKUP[0] in label for label in labels)


def test_hostile_text_in_a_page_and_a_crawl_gives_valid_exports(tmp_path):
    page = "\n".join(s + HOSTILE.replace("\x00", "") for s in SENTENCES[:12])
    (tmp_path / "hostile.txt").write_text(page, "utf-8", newline="")
    record = {"title": "标题" + HOSTILE, "content": "".join(SENTENCES[:12]) + HOSTILE,
              "author": HOSTILE, "url": "javascript:alert(1)//" + HOSTILE, "date": HOSTILE}
    (tmp_path / "crawl.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    report = _build([tmp_path / "hostile.txt", tmp_path / "crawl.jsonl"], tmp_path / "out")
    assert not report.skipped and report.documents == 2
    check_outputs(report.outputs)


# -- random input (hypothesis) ---------------------------------------------------------

#: A dozen fixed examples in CI; NEWSKG_EXAMPLES=500 hunts further with fresh ones.
_EXAMPLES = int(os.environ.get("NEWSKG_EXAMPLES", "0"))
PROPERTY = settings(max_examples=_EXAMPLES or 12, deadline=None, derandomize=not _EXAMPLES,
                    database=None, suppress_health_check=[HealthCheck.too_slow])


def _build_one(data: bytes, name: str = "page.txt") -> BuildReport | BuildError:
    """Build one file in a fresh folder; a crash fails the test, a refusal is returned."""
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / name).write_bytes(data)
        try:
            report = _build([Path(tmp) / name], Path(tmp) / "out")
        except BuildError as e:
            for path, problem in e.skipped:
                assert path.startswith(tmp) and "\n" not in problem
            return e
        crashes = [p for _, p in report.skipped if "extraction failed" in p]
        assert not crashes, crashes
        check_outputs(report.outputs)
        return report


chinese = st.sampled_from(SENTENCES)
any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=300)


@PROPERTY
@given(st.lists(st.one_of(chinese, any_text), min_size=1, max_size=8))
def test_random_unicode_text_never_crashes(parts):
    text = "".join(parts)
    result = _build_one(text.encode("utf-8"))
    if isinstance(result, BuildError):  # refused only when there is nothing to read
        [(_, problem)] = result.skipped
        assert ("\x00" in text) if problem.startswith("binary") else not clean_text(text).strip()


@st.composite
def layouts(draw) -> tuple[bytes, str]:
    """A real page laid out as scanners and crawlers do: widths, blanks, headers, encodings."""
    text = "".join(draw(st.lists(chinese, min_size=1, max_size=10)))
    width = draw(st.integers(min_value=3, max_value=40))
    blank = draw(st.sampled_from(["\n", "\n\n", "\n \n"]))
    lines = [text[i:i + width] for i in range(0, len(text), width)]
    page = blank.join(lines)
    if draw(st.booleans()):
        page = "# published: 2023-04-24\n# paper: 日报\n\n" + page
    page = page.replace("\n", draw(st.sampled_from(["\n", "\r\n", "\r"])))
    codec = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030"]))
    return page.encode(codec), text


@PROPERTY
@given(layouts())
def test_random_page_layouts_are_read_and_built(layout):
    raw, _ = layout
    result = _build_one(raw)
    assert isinstance(result, BuildReport)
    assert result.documents == 1 and not result.skipped


@PROPERTY
@given(st.binary(max_size=2000), st.sampled_from(["page.txt", "dump.jsonl"]))
def test_random_bytes_are_built_or_refused_in_one_line(data, name):
    _build_one(data, name)


def test_a_huge_page_is_refused_without_being_read(tmp_path, monkeypatch, small_exports):
    """Neither the cache nor the reader loads a file over --max-bytes into memory."""
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as f:
        f.truncate(64 * 1024 * 1024)  # sparse: costs no disk
    real = Path.read_bytes

    def read_bytes(self):
        assert self != huge, "read a file over the limit into memory"
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    report = build(BuildOptions(inputs=(str(SEED_PAGE), str(huge)), out=str(tmp_path / "out"),
                                progress=False, workers=1, cache_dir=str(tmp_path / "cache")))
    assert report.skipped == [(str(huge), "file is 64.0 MB, over the 50.0 MB limit (--max-bytes)")]


def test_an_extractor_bug_costs_one_document_not_the_build(capsys, small_exports, tmp_path,
                                                           monkeypatch):
    import newskg.parallel

    real = newskg.parallel.extract

    def buggy(doc, options):
        if "爆" in doc.text:
            raise ValueError("a bug\nover two lines")
        return real(doc, options)

    monkeypatch.setattr(newskg.parallel, "extract", buggy)
    lines = [{"content": "市长张三主持会议。"}, {"content": "爆"}, {"content": "县长李四出席会议。"}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in lines), "utf-8")
    code, out, _ = _cli(capsys, str(tmp_path / "a.jsonl"), "--out", str(tmp_path / "out"))
    assert code == EXIT_SKIPPED
    assert "2 articles from 3 documents" in out  # the other two are built
    assert f"  {tmp_path / 'a.jsonl'}: line 2: extraction failed (ValueError: a bug over two " \
           "lines); please report this input" in out.splitlines()
