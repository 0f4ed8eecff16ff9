"""The reader: encodings, line ends, traditional characters, and bad files named clearly."""

from __future__ import annotations

import json
import os
from pathlib import Path

import opencc
import pytest
from requires import require_module

from newskg.extractors.encoding import DecodeError, detect
from newskg.extractors.hanzi import original_form, simplify
from newskg.extractors.reader import (
    InputError,
    clean_text,
    find_inputs,
    iter_documents,
    read_documents,
)
from newskg.records import Document

SEED = next((Path(__file__).parent.parent / "seeds").glob("*.txt")).read_text("utf-8")
TRADITIONAL = opencc.OpenCC("s2t").convert(SEED)
TAIWAN = opencc.OpenCC("s2tw").convert(SEED)  # Taiwan forms: all of them are in Big5

SHORT = [
    "会议",
    "市长张三主持会议",
    "市委书记章旭升在会上强调",
    "4月24日下午，我市召开平安永康建设暨市委政法工作会议。",
]


def _one(path: Path, **kw) -> Document:
    docs = read_documents(path, **kw)
    assert len(docs) == 1
    return docs[0]


@pytest.mark.parametrize(
    "codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "gbk", "gb18030"]
)
def test_simplified_page_reads_back_in_every_encoding(tmp_path, codec):
    raw = SEED.encode(codec)
    if codec == "utf-16-le":
        raw = b"\xff\xfe" + raw  # UTF-16 is read only with its byte order mark
    (tmp_path / "p.txt").write_bytes(raw)
    assert _one(tmp_path / "p.txt").text == SEED


@pytest.mark.parametrize("codec", ["utf-8", "gb18030", "utf-16"])
def test_traditional_page_is_read_and_simplified(tmp_path, codec):
    (tmp_path / "p.txt").write_bytes(TRADITIONAL.encode(codec))
    doc = _one(tmp_path / "p.txt")
    assert doc.original == TRADITIONAL
    assert doc.text == SEED


@pytest.mark.parametrize("codec", ["big5", "cp950"])
def test_big5_page_is_read_and_simplified(tmp_path, codec):
    (tmp_path / "p.txt").write_bytes(TAIWAN.encode(codec))
    doc = _one(tmp_path / "p.txt")
    assert doc.original == TAIWAN
    # 著 stands for both 着 and 著: a handful of characters cannot round-trip
    assert sum(a != b for a, b in zip(doc.text, SEED, strict=True)) <= len(SEED) // 200


@pytest.mark.parametrize("text", SHORT)
@pytest.mark.parametrize("codec", ["gbk", "utf-8"])
def test_short_simplified_texts_are_not_mistaken(text, codec):
    raw = text.encode(codec)
    assert raw.decode(detect(raw)) == text


@pytest.mark.parametrize("text", SHORT)
def test_short_traditional_texts_in_big5_are_not_mistaken(text):
    trad = opencc.OpenCC("s2tw").convert(text)
    raw = trad.encode("big5")
    assert raw.decode(detect(raw)) == trad


def test_charset_detectors_alone_get_short_texts_wrong():
    """Why the reader does not lean on a general detector: this is the case it fixes."""
    charset_normalizer = require_module("charset_normalizer", "charset-normalizer")
    wrong = []
    for text in SHORT:
        raw = text.encode("gbk")
        best = charset_normalizer.from_bytes(raw).best()
        if best is None or str(best) != text:
            wrong.append(text)
        assert raw.decode(detect(raw)) == text
    assert wrong, "charset-normalizer now reads every short GBK text right"


@pytest.mark.parametrize("end", ["\r\n", "\r", "\n"])
def test_line_ends_become_newlines(tmp_path, end):
    (tmp_path / "p.txt").write_bytes(SEED.replace("\n", end).encode("utf-8"))
    assert _one(tmp_path / "p.txt").text == SEED


def test_header_lines_are_read_with_crlf_and_bom(tmp_path):
    page = "# published: 2023年4月24日\r\n# paper: 永康日报\r\n\r\n正文第一行\r\n"
    (tmp_path / "p.txt").write_bytes(page.encode("utf-8-sig"))
    doc = _one(tmp_path / "p.txt")
    assert (doc.published, doc.paper) == ("2023-04-24", "永康日报")
    assert doc.text.strip() == "正文第一行"


def test_control_characters_and_stray_boms_are_removed():
    assert clean_text("市\x00长\x1b张\ufeff三\x7f\x85主持\u2028会议") == "市长张三\n主持\n会议"
    assert clean_text("tab\tstays") == "tab\tstays"


def test_simplified_text_is_left_alone():
    assert simplify(SEED) is None
    assert simplify("no Chinese at all") is None


def test_original_form_maps_a_simplified_span_back():
    doc = Document("p.txt", SEED, original=TRADITIONAL)
    assert original_form(doc, "市委书记") == "市委書記"
    assert original_form(doc, "陈晓苏") == "陳曉蘇"
    assert original_form(doc, "胡勇春") == "鬍勇春"  # OpenCC's s2t, not the page, chose 鬍
    # words broken across a line end in the page are still found
    assert "坚决\n\n落实" in SEED
    assert original_form(doc, "坚决落实") == "堅決落實"
    assert original_form(doc, "不在文中") == "不在文中"
    assert original_form(Document("p.txt", SEED), "陈晓苏") == "陈晓苏"


def test_jsonl_in_traditional_keeps_its_own_spelling(tmp_path):
    rec = {"title": "縣長調研", "content": "縣長張三豐到企業調研。", "date": "2023/04/24 17:28"}
    (tmp_path / "a.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n", "utf-8")
    doc = _one(tmp_path / "a.jsonl")
    assert (doc.text, doc.title) == ("县长张三丰到企业调研。", "县长调研")
    assert doc.published == "2023-04-24"
    assert original_form(doc, "张三丰") == "張三豐"


def test_jsonl_in_gbk_is_read(tmp_path):
    rec = {"title": "会议", "content": "市长张三主持会议。"}
    (tmp_path / "a.jsonl").write_bytes(json.dumps(rec, ensure_ascii=False).encode("gbk"))
    assert _one(tmp_path / "a.jsonl").text == "市长张三主持会议。"


def test_bad_jsonl_lines_are_reported_and_the_rest_is_read(tmp_path):
    good = json.dumps({"content": "市长张三主持会议。"}, ensure_ascii=False)
    lines = [good, "", "not json", "[1, 2]", '{"content": 5}', '{"content": ""}', good]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    problems: list[InputError] = []
    docs = list(iter_documents(tmp_path / "a.jsonl", on_error=problems.append))
    assert [(d.source, d.line) for d in docs] == [("a.jsonl", 1), ("a.jsonl", 7)]
    assert [e.problem.split(":")[0] for e in problems] == ["line 3", "line 4", "line 5", "line 6"]
    assert all(e.path == str(tmp_path / "a.jsonl") for e in problems)
    with pytest.raises(InputError, match="line 3: not JSON"):
        read_documents(tmp_path / "a.jsonl")


def test_a_jsonl_line_in_another_encoding_costs_only_that_line(tmp_path):
    good = json.dumps({"content": "市长张三主持会议。"}, ensure_ascii=False)
    lines = [good.encode("utf-8")] * 12 + [good.encode("gbk")] + [good.encode("utf-8")]
    (tmp_path / "a.jsonl").write_bytes(b"\n".join(lines))
    problems: list[InputError] = []
    docs = list(iter_documents(tmp_path / "a.jsonl", on_error=problems.append))
    assert len(docs) == 13
    assert [e.problem for e in problems] == ["line 13: not utf-8 text"]


def test_utf16_jsonl_that_stops_decoding_keeps_the_lines_before(tmp_path):
    good = json.dumps({"content": "市长张三主持会议。"}, ensure_ascii=False) + "\n"
    (tmp_path / "a.jsonl").write_bytes((good * 2).encode("utf-16") + b"\x00\xd8\x41")
    docs = []
    with pytest.raises(InputError) as info:
        for doc in iter_documents(tmp_path / "a.jsonl"):
            docs.append(doc)
    assert len(docs) == 2
    assert info.value.problem == "line 3: not utf-16 text; the rest of the file is skipped"


def test_jsonl_surrogate_escapes_do_not_survive(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"content": "市长\\ud800张三"}\n', "utf-8")
    doc = _one(tmp_path / "a.jsonl")
    assert doc.text == "市长张三"
    doc.text.encode("utf-8")  # would raise on a lone surrogate


def test_an_overlong_jsonl_line_is_skipped_not_loaded(tmp_path):
    long = json.dumps({"content": "长" * 5000}, ensure_ascii=False)
    short = json.dumps({"content": "短文"}, ensure_ascii=False)
    (tmp_path / "a.jsonl").write_text(f"{long}\n{short}\n", "utf-8")
    problems: list[InputError] = []
    docs = list(iter_documents(tmp_path / "a.jsonl", max_bytes=1000, on_error=problems.append))
    assert [d.text for d in docs] == ["短文"]
    expected = f"{tmp_path / 'a.jsonl'}: line 1: over the 1000 bytes limit"
    assert [str(e) for e in problems] == [expected]


@pytest.mark.parametrize(
    "name, content, problem",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\r\n\t", "no text (only white space)"),
        ("header.txt", b"# published: 2023-04-24\n\n", "no text after the header lines"),
        ("nul.txt", b"\x00\x01\x02binary\x00", "binary file"),
        ("image.txt", bytes(range(128, 256)) * 8, "not text"),
        ("empty.jsonl", b"", "empty file"),
        ("blank.jsonl", b"\n\n", "no text"),
        ("nul.jsonl", b'{"content": "x"}\x00\n', "binary file"),
        ("bom.txt", b"\xef\xbb\xbf" + "会议".encode("gbk"), "not valid utf-8-sig"),
    ],
)
def test_bad_files_give_one_line_naming_the_file(tmp_path, name, content, problem):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(InputError) as info:
        read_documents(tmp_path / name)
    message = str(info.value)
    assert message.startswith(f"{tmp_path / name}: ")
    assert problem in message
    assert "\n" not in message


def test_a_page_over_the_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    (tmp_path / "big.txt").write_bytes("会议".encode() * 1000)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a refused file"))
    with pytest.raises(InputError, match=r"big.txt: file is 6000 bytes, over the 1000 bytes limit"):
        read_documents(tmp_path / "big.txt", max_bytes=1000)


def test_an_unreadable_file_is_named(tmp_path):
    with pytest.raises(InputError, match="cannot be read"):
        read_documents(tmp_path)  # a folder given where a file is expected


def test_find_inputs_reports_missing_paths_and_empty_folders(tmp_path):
    (tmp_path / "pages dir").mkdir()
    (tmp_path / "pages dir" / "a page.txt").write_text("会议", "utf-8")
    (tmp_path / "pages dir" / "notes.md").write_text("x", "utf-8")
    (tmp_path / "nothing").mkdir()
    problems: list[InputError] = []
    found = find_inputs(
        [tmp_path / "pages dir", tmp_path / "missing.txt", tmp_path / "nothing",
         tmp_path / "pages dir" / "a page.txt"],
        on_error=problems.append,
    )
    assert found == [tmp_path / "pages dir" / "a page.txt"]  # named twice, read once
    assert [(Path(e.path).name, e.problem) for e in problems] == [
        ("missing.txt", "no such file or folder"),
        ("nothing", "folder has no .txt or .jsonl files"),
    ]
    with pytest.raises(InputError, match="missing.txt: no such file or folder"):
        find_inputs([tmp_path / "missing.txt"])


def test_a_stray_nul_in_a_long_page_is_dropped_not_fatal(tmp_path):
    (tmp_path / "p.txt").write_bytes(SEED.encode() + b"\x00" + SEED.encode())
    assert _one(tmp_path / "p.txt").text == SEED + SEED


@pytest.mark.parametrize("codec", ["utf-8", "gbk"])
def test_a_page_cut_mid_character_is_read_not_refused(tmp_path, codec):
    raw = SEED.rstrip().encode(codec)
    (tmp_path / "p.txt").write_bytes(raw[:-1])  # a download that stopped one byte short
    text = _one(tmp_path / "p.txt").text
    assert text[:-1] == SEED.rstrip()[:-1] and text[-1] == "\ufffd"


def test_a_damaged_byte_mid_page_costs_one_character(tmp_path):
    raw = bytearray(SEED.encode("utf-8"))
    raw[4000] = 0xFF
    (tmp_path / "p.txt").write_bytes(bytes(raw))
    text = _one(tmp_path / "p.txt").text
    # the damaged character's bytes each become U+FFFD; everything else is intact
    assert 1 <= text.count("\ufffd") <= 3
    assert text.startswith(SEED[:1000]) and text.endswith(SEED[-1000:])


def test_random_high_bytes_are_not_taken_for_text():
    with pytest.raises(DecodeError):
        detect(bytes(range(0x80, 0x100)) * 4)


def test_a_file_name_in_gbk_bytes_is_shown_as_text(tmp_path):
    """Zips made on Chinese Windows unpack to GBK file names, which Linux gives as bytes."""
    folder = os.fsencode(tmp_path)
    with open(folder + b"/\xb5\xd8.txt", "wb") as f:  # 地.txt in GBK
        f.write(SEED.encode())
    with open(folder + b"/\xbb\xe1.txt", "wb"):  # 会.txt, empty
        pass
    page, empty = sorted(find_inputs([tmp_path]), key=lambda p: p.stat().st_size, reverse=True)
    assert _one(page).source == "地.txt"
    with pytest.raises(InputError) as info:
        read_documents(empty)
    assert str(info.value) == f"{tmp_path}/会.txt: empty file"
