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
from newskg.cli import EXIT_ERROR, EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, main
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
    assert err == "newskg: 4 inputs skipped (listed above): the graph is built without them\n"


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


# -- options checked first; never an emptier graph without saying so ----------------------

def _files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


@pytest.fixture
def built(capsys, small_exports, tmp_path) -> Path:
    """An output folder holding a good graph of the seed page."""
    out = tmp_path / "out"
    assert _cli(capsys, str(SEED_PAGE), "--out", str(out))[0] == EXIT_OK
    return out


@pytest.fixture
def nothing_read(monkeypatch) -> None:
    """The test fails if the build looks for its inputs."""
    import newskg.build

    def fail(*args, **kwargs):
        raise AssertionError("inputs were read before the options were checked")

    monkeypatch.setattr(newskg.build, "find_inputs", fail)


def _gbk(text: str) -> bytes:
    return text.encode("gbk")


#: a --lexicon file (None: do not make it; a folder: make a folder) -> the problem named
LEXICONS = {
    "a mistyped path": (None, "no such lexicon file"),
    "a folder": ("folder", "a folder, not a lexicon file"),
    "not UTF-8": (_gbk("[titles]\n首席代表\n"), "lexicon is not UTF-8 text"),
    "an unknown section": ("[titels]\n首席代表\n".encode(), "unknown section [titels] (known: "),
    "no section": ("首席代表\n".encode(), "entries before any [section] header"),
    "an unknown role": ("[triggers]\n莅临 mvoe\n".encode(), "[triggers] 莅临: unknown role 'mvoe'"),
    "a word without role": ("[triggers]\n莅临\n".encode(), "[triggers] needs 'word role' pairs"),
}


@pytest.mark.parametrize("case", list(LEXICONS))
def test_a_bad_lexicon_stops_the_build_before_it_reads_anything(case, capsys, built, tmp_path,
                                                                nothing_read):
    """A mistyped --lexicon path used to make every document fail and the graph empty."""
    content, problem = LEXICONS[case]
    lexicon = tmp_path / "my lexicon.txt"
    if content == "folder":
        lexicon.mkdir()
    elif content is not None:
        lexicon.write_bytes(content)
    before = _files(built)
    code, out, err = _cli(capsys, str(SEED_PAGE), "--out", str(built), "--lexicon", str(lexicon))
    assert code == EXIT_USAGE
    assert err.startswith(f"newskg: --lexicon {lexicon}: {problem}")
    assert err.count("\n") == 1 and out == ""
    assert _files(built) == before


def test_a_good_lexicon_is_used(capsys, small_exports, tmp_path):
    lexicon = tmp_path / "extra.txt"
    lexicon.write_text("[triggers]\n莅临 move\n[titles]\n首席代表\n", "utf-8")
    code, _, err = _cli(capsys, str(SEED_PAGE), "--out", str(tmp_path / "out"),
                        "--lexicon", str(lexicon))
    assert (code, err) == (EXIT_OK, "")


@pytest.mark.parametrize(("option", "problem"), [
    (["--year", "23"], "--year 23: give a year of four digits, e.g. 2023"),
    (["--cache-dir", "FILE"], "--cache-dir FILE: not a folder"),
])
def test_a_bad_option_is_a_usage_error_before_anything_is_read(option, problem, capsys, built,
                                                              tmp_path, nothing_read):
    (tmp_path / "FILE").write_text("not a folder")
    option = [str(tmp_path / "FILE") if o == "FILE" else o for o in option]
    before = _files(built)
    code, _, err = _cli(capsys, str(SEED_PAGE), "--out", str(built), *option)
    assert code == EXIT_USAGE
    assert err == f"newskg: {problem.replace('FILE', str(tmp_path / 'FILE'))}; " \
                  "nothing read, nothing written\n"
    assert _files(built) == before


def _failing_extractor(monkeypatch, when) -> None:
    import newskg.tasks

    real = newskg.tasks.extract

    def extract(doc, options):
        if when(doc):
            raise RuntimeError("a bug")
        return real(doc, options)

    monkeypatch.setattr(newskg.tasks, "extract", extract)


def test_extraction_failing_on_every_document_keeps_the_previous_graph(capsys, built, tmp_path,
                                                                       monkeypatch):
    second = tmp_path / "second.txt"
    second.write_text(SEED[:800], "utf-8")
    before = _files(built)
    _failing_extractor(monkeypatch, lambda doc: True)
    code, out, err = _cli(capsys, str(SEED_PAGE), str(second), "--out", str(built))
    assert code == EXIT_ERROR and out == ""
    assert err.splitlines()[0] == (
        "newskg: nothing to build (extraction failed on all 2 documents); no output written")
    assert f"  {second}: extraction failed (RuntimeError: a bug); please report this input" \
        in err.splitlines()
    assert _files(built) == before


def test_a_graph_missing_some_documents_says_so(capsys, built, tmp_path, monkeypatch):
    """Outputs are replaced, exit 3, one line on stderr, and the manifest says it is incomplete."""
    second = tmp_path / "second.txt"
    second.write_text(SEED[:800], "utf-8")
    _failing_extractor(monkeypatch, lambda doc: doc.source == "second.txt")
    code, out, err = _cli(capsys, str(SEED_PAGE), str(second), "--out", str(built))
    assert code == EXIT_SKIPPED
    assert err == "newskg: 1 inputs skipped (listed above): the graph is built without them\n"
    assert f"  {second}: extraction failed (RuntimeError: a bug); please report this input" \
        in out.splitlines()
    manifest = json.loads((built / "manifest.json").read_text("utf-8"))
    assert manifest["complete"] is False
    assert manifest["read"]["skipped"] == [
        {"input": str(second), "problem": "extraction failed (RuntimeError: a bug); "
                                          "please report this input"}]


def test_an_output_folder_inside_the_input_folder_is_never_read_back(small_exports, tmp_path):
    pages = tmp_path / "archive"
    pages.mkdir()
    (pages / "seed.txt").write_bytes(SEED_PAGE.read_bytes())
    (pages / "crawl.jsonl").write_text(json.dumps({"content": SENTENCES[0]}) + "\n", "utf-8")
    # a folder inside it; then the input folder itself, now holding that first output folder
    for out in (pages / "out", pages):
        reports = [build(BuildOptions(inputs=(str(pages),), out=str(out), progress=False,
                                      workers=1)) for _ in range(2)]
        first, second = ((r.files, r.documents, r.articles, r.skipped) for r in reports)
        assert second == first == (2, 2, first[2], [])
        assert (out / "triples.jsonl").exists() and (out / ".newskg-cache").is_dir()


def test_an_output_named_as_input_is_refused_in_one_line(capsys, small_exports, tmp_path):
    out = tmp_path / "out"
    assert _cli(capsys, str(SEED_PAGE), "--out", str(out))[0] == EXIT_OK
    code, stdout, _ = _cli(capsys, str(SEED_PAGE), str(out / "triples.jsonl"), "--out", str(out))
    assert code == EXIT_SKIPPED
    assert f"  {out / 'triples.jsonl'}: an output of newskg (--out), never read as input" \
        in stdout.splitlines()


def _published(graph) -> set[str]:
    return {d["date_published"] for _, d in graph.nodes(data=True)
            if d.get("type") == "Article" and d.get("date_published")}


@pytest.mark.parametrize("header", ["# published: 2023-02-30", "# published: 2023年13月1日"])
def test_an_impossible_header_date_is_a_warning_and_the_page_is_built(header, capsys,
                                                                      small_exports, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(f"{header}\n# paper: 日报\n\n{SEED}", "utf-8")
    code, out, err = _cli(capsys, str(page), "--out", str(tmp_path / "out"))
    assert (code, err) == (EXIT_OK, "")
    written = header.split(": ")[1].rstrip("日")
    assert "1 warnings (built without what they name):" in out
    assert f"  {page}: impossible date {written!r} ignored; built without it" in out.splitlines()
    report = _build([page], tmp_path / "again")
    plain = _build([SEED_PAGE], tmp_path / "plain")
    assert (report.documents, report.articles, report.skipped) == (1, plain.articles, [])
    assert report.relations == plain.relations
    assert _published(report.graph) == _published(plain.graph)


def test_an_impossible_date_in_a_crawl_is_a_warning_on_its_line(small_exports, tmp_path):
    lines = [{"content": SENTENCES[0], "date": "2023-04-24"},
             {"content": SENTENCES[1], "date": "2023-02-30 08:00"}]
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in lines), "utf-8")
    report = _build([tmp_path / "a.jsonl"], tmp_path / "out")
    assert (report.documents, report.skipped) == (2, [])
    assert report.warnings == [
        (str(tmp_path / "a.jsonl"), "line 2: impossible date '2023-02-30' ignored; built without it")]
    assert _published(report.graph) == {"2023-04-24"}


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
    assert aliases["陈建勋"] == ("陳建勳",) and aliases["永康市委书记"] == ("市委書記",)


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
    import newskg.tasks

    real = newskg.tasks.extract

    def buggy(doc, options):
        if "爆" in doc.text:
            raise ValueError("a bug\nover two lines")
        return real(doc, options)

    monkeypatch.setattr(newskg.tasks, "extract", buggy)
    lines = [{"content": "市长张三主持会议。"}, {"content": "爆"}, {"content": "县长李四出席会议。"}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in lines), "utf-8")
    code, out, _ = _cli(capsys, str(tmp_path / "a.jsonl"), "--out", str(tmp_path / "out"))
    assert code == EXIT_SKIPPED
    assert "2 articles from 3 documents" in out  # the other two are built
    assert f"  {tmp_path / 'a.jsonl'}: line 2: extraction failed (ValueError: a bug over two " \
           "lines); please report this input" in out.splitlines()
