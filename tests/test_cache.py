"""The extraction cache: a rebuild extracts only new or changed pages, with the same output."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest

from benchmarks.corpus import generate
from newskg import cache as cache_mod
from newskg import parallel, tasks
from newskg.build import BuildOptions, build
from newskg.extractors import ExtractOptions

PAGES = 4


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    """A few generated pages; tests copy them before changing anything."""
    folder = tmp_path_factory.mktemp("archive")
    generate(PAGES, folder)
    return folder


@pytest.fixture
def pages(archive, tmp_path) -> Path:
    folder = tmp_path / "pages"
    shutil.copytree(archive, folder)
    return folder


@pytest.fixture
def extracted(monkeypatch) -> list[str]:
    """The source of every document extracted, in this process (one worker)."""
    calls: list[str] = []
    real = tasks.extract

    def counting(doc, options):
        calls.append(doc.source)
        return real(doc, options)

    monkeypatch.setattr(tasks, "extract", counting)
    return calls


def run(pages: Path, out: Path, **kw):
    kw.setdefault("workers", 1)
    return build(BuildOptions(inputs=(str(pages),), out=str(out), progress=False, **kw))


def outputs(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes()
            for p in sorted(out.rglob("*")) if p.is_file() and ".newskg-cache" not in p.parts}


def entries(root: Path) -> list[Path]:
    return sorted(root.rglob("*.json"))


def test_adding_a_page_extracts_only_that_page(pages, tmp_path, extracted):
    out = tmp_path / "out"
    first = run(pages, out)
    assert len(extracted) == PAGES and first.cached == 0
    new = generate(PAGES + 1, tmp_path / "more")[-1]
    shutil.copy(new, pages)
    extracted.clear()
    again = run(pages, out)
    assert extracted == [new.name]
    assert again.cached == PAGES
    cold = run(pages, tmp_path / "cold", cache=False)
    assert again.articles == cold.articles
    assert outputs(out) == outputs(tmp_path / "cold")
    assert not list((out / ".newskg-cache").rglob(".tmp-*")), "a temporary file was left"


def test_unchanged_archive_is_not_extracted_again(pages, tmp_path, extracted):
    run(pages, tmp_path / "out")
    before = outputs(tmp_path / "out")
    extracted.clear()
    report = run(pages, tmp_path / "out")
    assert extracted == [] and report.cached == PAGES
    assert outputs(tmp_path / "out") == before


def test_an_edited_page_is_extracted_again(pages, tmp_path, extracted):
    run(pages, tmp_path / "out")
    page = pages / "p000003.txt"
    page.write_text(page.read_text("utf-8").replace("市委书记", "市长"), "utf-8")
    extracted.clear()
    run(pages, tmp_path / "out")
    assert extracted == ["p000003.txt"]
    run(pages, tmp_path / "cold", cache=False)
    assert outputs(tmp_path / "out") == outputs(tmp_path / "cold")


@pytest.mark.parametrize("damage", [b"", b"not a pickle", pickle.dumps({"key": "x"})])
def test_damaged_entries_are_ignored_and_rebuilt(pages, tmp_path, extracted, damage):
    run(pages, tmp_path / "out")
    good = outputs(tmp_path / "out")
    for entry in entries(tmp_path / "out" / ".newskg-cache"):
        entry.write_bytes(damage)
    extracted.clear()
    report = run(pages, tmp_path / "out")
    assert len(extracted) == PAGES and report.cached == 0
    assert outputs(tmp_path / "out") == good
    extracted.clear()
    assert run(pages, tmp_path / "out").cached == PAGES and extracted == []


def test_other_options_or_extractor_miss_the_cache(pages, tmp_path, extracted, monkeypatch):
    run(pages, tmp_path / "out")
    extracted.clear()
    run(pages, tmp_path / "out", extract=ExtractOptions(year=2019))
    assert len(extracted) == PAGES
    monkeypatch.setattr(cache_mod, "EXTRACTOR_VERSION", "999-test")
    extracted.clear()
    run(pages, tmp_path / "out")
    assert len(extracted) == PAGES


def test_a_changed_lexicon_file_misses_the_cache(pages, tmp_path, extracted):
    lexicon = tmp_path / "extra.txt"
    lexicon.write_text("", "utf-8")
    options = ExtractOptions(lexicons=(str(lexicon),))
    fingerprint = cache_mod.extractor_fingerprint(options)
    lexicon.write_text("云溪日报\n", "utf-8")
    assert cache_mod.extractor_fingerprint(options) != fingerprint


def test_no_cache_extracts_everything_and_stores_nothing(pages, tmp_path, extracted):
    run(pages, tmp_path / "out")
    extracted.clear()
    report = run(pages, tmp_path / "out", cache=False)
    assert len(extracted) == PAGES and report.cached == 0
    run(pages, tmp_path / "fresh", cache=False)
    assert not (tmp_path / "fresh" / ".newskg-cache").exists()


def test_cache_dir_is_shared_between_output_folders(pages, tmp_path, extracted):
    shared = tmp_path / "cache"
    run(pages, tmp_path / "a", cache_dir=str(shared))
    assert len(entries(shared)) == PAGES
    assert not (tmp_path / "a" / ".newskg-cache").exists()
    extracted.clear()
    report = run(pages, tmp_path / "b", cache_dir=str(shared))
    assert extracted == [] and report.cached == PAGES
    assert outputs(tmp_path / "a") == outputs(tmp_path / "b")


def test_large_jsonl_is_cached_in_parts(pages, tmp_path, extracted, monkeypatch):
    """A crawler's dump big enough to be streamed: cached part by part, a damaged part redone."""
    import json

    monkeypatch.setattr(parallel, "STREAM_BYTES", 1000)
    monkeypatch.setattr(parallel, "CHUNK_BYTES", (2000, 2000))  # about one article a part
    dump = tmp_path / "dumps" / "dump.jsonl"
    dump.parent.mkdir()
    dump.write_text("".join(json.dumps({"title": p.stem, "content": p.read_text("utf-8")},
                                       ensure_ascii=False) + "\n"
                            for p in sorted(pages.glob("*.txt"))), "utf-8")
    first = run(dump.parent, tmp_path / "out")
    assert len(extracted) == PAGES and first.documents == PAGES
    good = outputs(tmp_path / "out")
    extracted.clear()
    again = run(dump.parent, tmp_path / "out")
    assert extracted == [] and again.cached == 1 and again.documents == PAGES
    parts = sorted(p for p in entries(tmp_path / "out" / ".newskg-cache") if "." in p.stem)
    assert len(parts) > 1
    parts[1].write_bytes(b"damaged")
    extracted.clear()
    run(dump.parent, tmp_path / "out")
    assert 1 <= len(extracted) < PAGES
    assert outputs(tmp_path / "out") == good
