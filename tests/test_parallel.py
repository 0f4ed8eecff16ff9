"""--workers: extraction in worker processes gives the same graph and files as one process."""

from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path

import pytest

from benchmarks.corpus import generate
from newskg import parallel, tasks
from newskg.build import BuildOptions, build
from newskg.cli import main
from newskg.extractors import ExtractOptions


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> Path:
    """Twelve generated pages (about 36,000 characters) and one empty file."""
    folder = tmp_path_factory.mktemp("pages")
    generate(12, folder)
    (folder / "p000007b.txt").write_bytes(b"")  # unreadable: reported, not fatal
    return folder


@pytest.fixture
def pool_used(monkeypatch) -> list[int]:
    """Let even a small corpus go to worker processes; records each pool's size."""
    sizes: list[int] = []

    class Recording(parallel.PoolRunner):
        def __init__(self, options, workers):
            sizes.append(workers)
            super().__init__(options, workers)

    monkeypatch.setattr(parallel, "MIN_PARALLEL_BYTES", 0)
    monkeypatch.setattr(parallel, "PoolRunner", Recording)
    return sizes


def outputs(out: Path) -> dict[str, bytes]:
    """Every file the build wrote, by name (the cache folder aside)."""
    return {p.relative_to(out).as_posix(): p.read_bytes()
            for p in sorted(out.rglob("*")) if p.is_file() and ".newskg-cache" not in p.parts}


def _build(pages: Path, out: Path, workers: int):
    return build(BuildOptions(inputs=(str(pages),), out=str(out), progress=False,
                              workers=workers, cache=False))


def test_two_workers_write_byte_identical_files(pages, tmp_path, pool_used):
    one = _build(pages, tmp_path / "one", workers=1)
    assert pool_used == []
    two = _build(pages, tmp_path / "two", workers=2)
    assert pool_used == [2]
    assert one.articles == two.articles >= one.documents == 12
    assert one.skipped == two.skipped and len(one.skipped) == 1
    files = outputs(tmp_path / "one")
    assert "graph.ttl" in files and "triples.jsonl" in files
    assert files == outputs(tmp_path / "two")


def test_results_come_back_in_input_order(pages, pool_used):
    files = sorted(pages.glob("*.txt"))
    results = list(parallel.extract_files(files, ExtractOptions(),
                                          parallel.EngineOptions(workers=2)))
    assert pool_used == [2]
    assert [r.path for r in results] == [str(f) for f in files]
    for r in results:
        assert all(a.source == Path(r.path).name for a in r.articles)
    assert [r.error is not None for r in results].count(True) == 1


def test_small_input_stays_in_this_process(pages, monkeypatch):
    """Starting workers for one page costs more than extracting it."""
    started = []
    monkeypatch.setattr(parallel, "PoolRunner", lambda *a: started.append(a))
    results = list(parallel.extract_files([pages / "p000001.txt"], ExtractOptions(),
                                          parallel.EngineOptions(workers=2)))
    assert started == [] and results[0].articles


def test_a_damaged_cache_is_extracted_again_by_the_workers(pages, tmp_path, pool_used,
                                                          monkeypatch):
    """Damaged entries are new work for the worker processes, not for this one, one by one."""
    out = tmp_path / "out"
    build(BuildOptions(inputs=(str(pages),), out=str(out), progress=False, workers=1))
    good = outputs(out)
    damaged = [p for p in (out / ".newskg-cache").rglob("*") if p.is_file()]
    assert len(damaged) == 12
    for entry in damaged:
        entry.write_bytes(entry.read_bytes()[:10])
    here: list[str] = []  # documents extracted by this process (workers append to their copy)
    real = tasks.extract

    def recording(doc, options):
        if os.getpid() == parent:
            here.append(doc.source)
        return real(doc, options)

    parent = os.getpid()
    monkeypatch.setattr(tasks, "extract", recording)
    report = build(BuildOptions(inputs=(str(pages),), out=str(out), progress=False, workers=2))
    assert pool_used == [2], "the damaged entries were extracted in this process"
    assert here == [], f"{len(here)} documents extracted here, not in the workers"
    assert report.cached == 0 and report.documents == 12
    assert outputs(out) == good


def test_modules_do_not_import_each_other_in_a_cycle():
    """parallel and cluster imported each other (issue 10); no module may, even lazily."""
    import ast

    root = Path(parallel.__file__).resolve().parent
    names = {}
    for f in root.rglob("*.py"):
        parts = f.relative_to(root.parent).with_suffix("").parts
        names[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = f
    graph: dict[str, set[str]] = {}
    for name, f in names.items():
        package = name if f.name == "__init__.py" else name.rpartition(".")[0]
        deps = graph.setdefault(name, set())
        for node in ast.walk(ast.parse(f.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package
                for _ in range(node.level - 1):
                    base = base.rpartition(".")[0]
                module = f"{base}.{node.module}" if node.module else base
                for alias in node.names:
                    dep = f"{module}.{alias.name}"
                    deps.add(dep if dep in names else module)
            elif isinstance(node, ast.Import | ast.ImportFrom):
                module = node.module if isinstance(node, ast.ImportFrom) else None
                deps.update(a.name for a in node.names if a.name in names)
                if module in names:
                    deps.add(module)
        deps.discard(name)

    def reaches(start: str, goal: str, seen: set[str]) -> list[str] | None:
        for dep in sorted(graph.get(start, ())):
            if dep == goal:
                return [start, goal]
            if dep not in seen:
                seen.add(dep)
                if path := reaches(dep, goal, seen):
                    return [start, *path]
        return None

    cycles = [" -> ".join(p) for n in sorted(graph) if (p := reaches(n, n, set()))]
    assert cycles == []


def test_cli_rejects_zero_workers(capsys):
    with pytest.raises(SystemExit) as e:
        main(["build", "--workers", "0"])
    assert e.value.code == 2
    assert "--workers" in capsys.readouterr().err


def _dump(pages: Path, dest: Path, bad_line_at: int | None = None) -> Path:
    """The pages as a crawler's JSONL dump, one article per line."""
    lines = []
    for n, page in enumerate(sorted(pages.glob("p0*.txt"))):
        text = page.read_text("utf-8")
        if not text.strip():
            continue
        if n == bad_line_at:
            lines.append("{not json")
        lines.append(json.dumps({"title": f"第{n}版", "content": text, "date": "2015-01-02"},
                                ensure_ascii=False))
    dest.write_text("\n".join(lines) + "\n", "utf-8")
    return dest


def test_large_jsonl_is_extracted_in_parts_with_the_same_result(pages, tmp_path, pool_used,
                                                                monkeypatch):
    dump = _dump(pages, tmp_path / "dump.jsonl", bad_line_at=5)
    whole = build(BuildOptions(inputs=(str(dump),), out=str(tmp_path / "whole"),
                               progress=False, workers=1, cache=False))
    assert pool_used == [] and len(whole.skipped) == 1 and "line 6" in whole.skipped[0][1]
    monkeypatch.setattr(parallel, "STREAM_BYTES", 1000)
    results = list(parallel.extract_files([dump], ExtractOptions(),
                                          parallel.EngineOptions(workers=2)))
    assert pool_used == [2] and len(results) > 2, "the dump should go out in several parts"
    parts = build(BuildOptions(inputs=(str(dump),), out=str(tmp_path / "parts"),
                               progress=False, workers=2, cache=False))
    assert (parts.articles, parts.documents, parts.skipped) == (
        whole.articles, whole.documents, whole.skipped)
    assert outputs(tmp_path / "parts") == outputs(tmp_path / "whole")


_extract_chunk = parallel.extract_chunk  # the real one, also in a forked worker


def _dies_on_page_5(tasks, options):
    """A worker's task that dies on p000005.txt, as under the kernel's OOM killer.

    Module-level, so that workers started by spawn or forkserver import it by name.
    """
    if multiprocessing.parent_process() is not None and any(
            Path(path).name == "p000005.txt" for path, _ in tasks):
        os._exit(1)
    return _extract_chunk(tasks, options)


@pytest.fixture(params=["fork", "forkserver", "spawn"])
def start_method(request):
    """Worker processes started by each of multiprocessing's start methods on Linux."""
    before = multiprocessing.get_start_method(allow_none=True)
    multiprocessing.set_start_method(request.param, force=True)
    yield request.param
    multiprocessing.set_start_method(before, force=True)


def test_a_dead_worker_stops_the_build_with_one_line(pages, tmp_path, pool_used, monkeypatch,
                                                    capsys, start_method):
    monkeypatch.setattr(parallel, "extract_chunk", _dies_on_page_5)  # what workers are sent
    code = main(["build", str(pages), "--out", str(tmp_path / "out"), "--workers", "2",
                 "--no-cache", "-q"])
    err = capsys.readouterr().err
    assert code == 1 and pool_used == [2]
    assert "worker process died" in err and "Traceback" not in err
    assert not (tmp_path / "out" / "graph.ttl").exists()
