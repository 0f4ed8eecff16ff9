"""The extraction cache: a rebuild extracts only new or changed pages, with the same output."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
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


def _as_entry(entry: Path, articles: object) -> bytes:
    """Well-formed JSON under the entry's own key, with ``articles`` as given."""
    body = json.loads(entry.read_bytes())
    return json.dumps({**body, "articles": articles}).encode()


DAMAGES = {
    "empty": lambda entry: b"",
    "not JSON": lambda entry: b"not JSON \xff",
    "a pickle": lambda entry: pickle.dumps({"key": entry.stem}),
    "truncated": lambda entry: entry.read_bytes()[: entry.stat().st_size // 2],
    "another key": lambda entry: entry.read_bytes().replace(entry.stem.encode(), b"0" * 64),
    "another format": lambda entry: entry.read_bytes().replace(b"newskg-cache", b"other"),
    "a record of another shape": lambda entry: _as_entry(entry, [{"source": 1}]),
    "a string for a list": lambda entry: _as_entry(entry, "articles"),
}


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_damaged_entries_are_ignored_and_rebuilt(pages, tmp_path, extracted, damage):
    run(pages, tmp_path / "out")
    good = outputs(tmp_path / "out")
    for entry in entries(tmp_path / "out" / ".newskg-cache"):
        entry.write_bytes(DAMAGES[damage](entry))
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


class _Payload:
    """A pickle that runs code when loaded: it makes the folder ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self):
        return os.mkdir, (str(self.path),)


def test_a_planted_pickle_in_the_cache_is_never_run(pages, tmp_path, extracted):
    """A file under a valid entry name, in the old pickle naming or the JSON one, runs nothing."""
    out = tmp_path / "out"
    run(pages, out)
    good = outputs(out)
    ran = tmp_path / "payload-ran"
    planted = pickle.dumps(_Payload(ran))
    names = [p for p in (out / ".newskg-cache").rglob("*") if p.suffix in (".json", ".pickle")]
    assert len(names) == PAGES
    for entry in names:
        entry.with_suffix(".json").write_bytes(planted)
        entry.with_suffix(".pickle").write_bytes(planted)
    extracted.clear()
    report = run(pages, out)
    assert not ran.exists(), "loading the cache ran code"
    assert len(extracted) == PAGES and report.cached == 0
    assert outputs(out) == good
    for entry in names:  # rewritten as JSON
        assert json.loads(entry.with_suffix(".json").read_bytes())["key"] == entry.stem


def test_another_jieba_or_opencc_version_misses_the_cache(pages, tmp_path, extracted,
                                                         monkeypatch):
    from importlib import metadata

    run(pages, tmp_path / "out")
    real = metadata.version
    for package in ("jieba", "opencc"):
        monkeypatch.setattr(metadata, "version",
                            lambda name, p=package: "99.0" if name.lower() == p else real(name))
        if hasattr(cache_mod, "dependency_versions"):
            cache_mod.dependency_versions.cache_clear()
        extracted.clear()
        run(pages, tmp_path / "out")
        assert len(extracted) == PAGES, f"a new {package} did not miss the cache"
    cache_mod.dependency_versions.cache_clear()


def test_another_jieba_dictionary_misses_the_cache(pages, tmp_path, extracted, monkeypatch):
    from newskg.extractors import segment

    run(pages, tmp_path / "out")
    edited = tmp_path / "dict.txt"
    edited.write_bytes(segment.dictionary_path().read_bytes() + "新词 3 n\n".encode())
    monkeypatch.setattr(segment, "dictionary_path", lambda: edited)
    segment.dictionary_sha256.cache_clear()
    cache_mod.dependency_versions.cache_clear()
    try:
        extracted.clear()
        run(pages, tmp_path / "out")
        assert len(extracted) == PAGES
    finally:
        segment.dictionary_sha256.cache_clear()
        cache_mod.dependency_versions.cache_clear()


_SEED = next((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def _build_in(tmp: Path, name: str, env: dict[str, str]) -> bytes:
    """Build the seed page in a new process with ``env``; the Turtle it wrote."""
    out = tmp / name
    done = subprocess.run(
        [sys.executable, "-m", "newskg", "build", str(_SEED), "--out", str(out), "-q",
         "--workers", "1", "--no-cache"],
        cwd=Path(__file__).resolve().parent.parent, capture_output=True, text=True,
        env={**os.environ, **env}, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return (out / "graph.ttl").read_bytes()


def test_a_tampered_jieba_cache_in_the_shared_temp_folder_changes_nothing(tmp_path):
    """jieba trusts /tmp/jieba.cache; anybody can write there. newskg does not read it."""
    import marshal

    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    tampered = marshal.dumps(({}, 1))  # a dictionary that knows no word
    (shared / "jieba.cache").write_bytes(tampered)
    clean = tmp_path / "clean-tmp"
    clean.mkdir()
    home = {"HOME": str(tmp_path / "home"), "XDG_CACHE_HOME": str(tmp_path / "home" / ".cache")}
    before = _build_in(tmp_path, "clean", {"TMPDIR": str(clean), **home})
    after = _build_in(tmp_path, "tampered", {"TMPDIR": str(shared), **home})
    assert after == before
    assert (shared / "jieba.cache").read_bytes() == tampered
    private = tmp_path / "home" / ".cache" / "newskg" / "jieba"
    assert oct(private.stat().st_mode & 0o777) == "0o700"
    assert list(private.glob("jieba-*.cache")), "jieba's cache was not kept in the private folder"
