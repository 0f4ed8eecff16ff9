"""Interrupted builds: a failing writer, a full disk, Ctrl-C or a kill keep the old outputs."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newskg.exports as exports
from newskg.cache import CACHE_DIR_NAME
from newskg.exports import export_all
from newskg.fs import TEMP_SUFFIX, AtomicBatch, OutputError, atomic_write, remove_stale_temps

ROOT = Path(__file__).resolve().parent.parent


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` (temporary ones too) with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _fake_writers(monkeypatch, version: str, fail_at: str | None = None, exc=None):
    """Replace every registered writer by one writing ``version``; ``fail_at`` raises midway."""

    def make(fmt):
        def write(graph, fp, options=None):
            fp.write(f"{fmt} {version} ".encode() * 1000)
            if fmt == fail_at:
                raise exc
            fp.write(b"end\n")

        return write

    monkeypatch.setattr(exports, "_writer", make)


def test_a_full_disk_midway_leaves_the_old_file(tmp_path):
    dest = tmp_path / "graph.ttl"
    dest.write_bytes(b"old graph")

    def writer(fp):
        fp.write(b"half of a new graph")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.raises(OutputError) as info, AtomicBatch() as batch:
        batch.write(dest, writer)
    assert str(info.value) == (
        f"{dest}: cannot write (No space left on device); previous file kept"
    )
    assert _snapshot(tmp_path) == {"graph.ttl": b"old graph"}


@pytest.mark.parametrize("fail_at", list(exports.FORMATS))
@pytest.mark.parametrize(
    "exc",
    [OSError(errno.ENOSPC, "No space left on device"), KeyboardInterrupt(), ValueError("bug")],
)
def test_any_writer_failing_keeps_the_whole_previous_set(tmp_path, monkeypatch, fail_at, exc):
    _fake_writers(monkeypatch, "v1")
    export_all(None, tmp_path)
    before = _snapshot(tmp_path)
    assert len(before) == len(exports.FORMATS)
    _fake_writers(monkeypatch, "v2", fail_at=fail_at, exc=exc)
    with pytest.raises((OutputError, KeyboardInterrupt, ValueError)):
        export_all(None, tmp_path)
    assert _snapshot(tmp_path) == before  # byte for byte, and no temporary file


def test_a_first_build_that_fails_leaves_nothing(tmp_path, monkeypatch):
    _fake_writers(monkeypatch, "v1", fail_at="jsonl", exc=KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        export_all(None, tmp_path / "out")
    assert _snapshot(tmp_path / "out") == {}


@settings(max_examples=25, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(n=st.integers(min_value=1, max_value=2 * len(exports.FORMATS)), exc=st.sampled_from(
    [KeyboardInterrupt, lambda: OSError(errno.EACCES, "Permission denied")]
))
def test_interrupting_any_rename_keeps_the_previous_set(tmp_path_factory, monkeypatch, n, exc):
    """Ctrl-C (or an error) at the n-th ``os.replace`` of a build: the old files survive."""
    folder = tmp_path_factory.mktemp("out")
    _fake_writers(monkeypatch, "v1")
    export_all(None, folder)
    before = _snapshot(folder)
    _fake_writers(monkeypatch, "v2")
    real_replace, calls = os.replace, []

    def flaky_replace(src, dst):
        calls.append(dst)
        if len(calls) == n:
            raise exc()
        return real_replace(src, dst)

    with monkeypatch.context() as m:
        m.setattr(os, "replace", flaky_replace)
        try:
            export_all(None, folder)
        except (KeyboardInterrupt, OutputError):
            assert _snapshot(folder) == before
            return
    # n was past the last rename: the build finished and every file is new
    assert n > len(exports.FORMATS)
    assert all(b"v2" in data for data in _snapshot(folder).values())


def test_atomic_write_keeps_the_old_file_on_error(tmp_path):
    dest = tmp_path / "cache.bin"
    dest.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_write(dest) as fp:
        fp.write(b"new but unfinished")
        raise RuntimeError("stop")
    assert _snapshot(tmp_path) == {"cache.bin": b"old"}


def test_new_outputs_get_ordinary_permissions(tmp_path, monkeypatch):
    _fake_writers(monkeypatch, "v1")
    old = os.umask(0o022)
    try:
        paths = export_all(None, tmp_path)
    finally:
        os.umask(old)
    assert {oct(p.stat().st_mode & 0o777) for p in paths.values()} == {"0o644"}


def test_an_output_folder_that_is_a_file_is_one_clear_error(tmp_path, monkeypatch):
    _fake_writers(monkeypatch, "v1")
    (tmp_path / "out").write_text("not a folder")
    with pytest.raises(OutputError, match="out: cannot create the output folder"):
        export_all(None, tmp_path / "out")


def test_temporaries_of_dead_processes_are_removed_and_live_ones_kept(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    stale = tmp_path / f".graph.ttl.{dead}.0a1b2c3d{TEMP_SUFFIX}"
    mine = tmp_path / f".graph.ttl.{os.getpid()}.0a1b2c3d{TEMP_SUFFIX}"
    for p in (stale, mine):
        p.write_bytes(b"partial")
    assert remove_stale_temps(tmp_path) == [stale]
    assert mine.exists()


_SLOW_BUILD = textwrap.dedent("""
    import signal, sys, time
    # a shell that starts the tests in the background ignores SIGINT for its children
    signal.signal(signal.SIGINT, signal.default_int_handler)
    import newskg.exports as exports
    from newskg.exports import export_all

    def make(fmt):
        def write(graph, fp, options=None):
            fp.write(b"v2 partial")
            if fmt == "graphml":
                print("writing", flush=True)
                time.sleep(60)
            fp.write(b" end")
        return write

    exports._writer = make
    try:
        export_all(None, sys.argv[1])
    except KeyboardInterrupt:
        sys.exit(130)
""")


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_a_killed_build_leaves_the_previous_outputs(tmp_path, monkeypatch, sig):
    out = tmp_path / "out"
    _fake_writers(monkeypatch, "v1")
    export_all(None, out)
    before = _snapshot(out)
    proc = subprocess.Popen([sys.executable, "-c", _SLOW_BUILD, str(out)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "writing"
    proc.send_signal(sig)
    proc.wait(timeout=30)
    after = _snapshot(out)
    finals = {k: v for k, v in after.items() if not k.endswith(TEMP_SUFFIX)}
    assert finals == before
    if sig == signal.SIGINT:
        assert proc.returncode == 130
        assert after == before  # Ctrl-C cleans up its temporary files
    # whatever a kill left behind, the next build in that folder removes it
    time.sleep(0.05)
    export_all(None, out)
    assert not [k for k in _snapshot(out) if k.endswith(TEMP_SUFFIX)]


_SLOW_CLI = textwrap.dedent("""
    import signal, sys, time
    # a shell that starts the tests in the background ignores SIGINT for its children
    signal.signal(signal.SIGINT, signal.default_int_handler)
    import newskg.exports.turtle as turtle
    from newskg.cli import main

    def slow(graph, fp, options=None):
        fp.write(b"partial")
        print("writing", flush=True)
        time.sleep(60)

    turtle.write_turtle = slow
    sys.exit(main(["build", sys.argv[1], "--out", sys.argv[2], "-q", "--workers", "1",
                   "--no-cache"]))
""")


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_or_kill_on_the_command_line_keeps_outputs_and_cleans_up(tmp_path, sig):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_bytes(b"the previous graph")
    seed = next((ROOT / "seeds").glob("*.txt"))
    proc = subprocess.Popen([sys.executable, "-c", _SLOW_CLI, str(seed), str(out)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "writing"
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert err == "newskg: interrupted; previous outputs kept\n"
    assert _snapshot(out) == {"graph.ttl": b"the previous graph"}


def test_a_full_disk_under_the_cache_is_one_line_and_keeps_outputs(tmp_path, monkeypatch,
                                                                    capsys):
    import newskg.cache
    from newskg.cli import main

    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_bytes(b"the previous graph")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(newskg.cache.os, "fdopen", full)  # the cache is written first
    seed = next((ROOT / "seeds").glob("*.txt"))
    code = main(["build", str(seed), "--out", str(out), "-q", "--workers", "1"])
    err = capsys.readouterr().err
    assert code == 1
    assert err == "newskg: No space left on device; previous outputs kept\n"
    assert (out / "graph.ttl").read_bytes() == b"the previous graph"


def _real_build(page: Path, out: Path):
    from newskg.build import BuildOptions, build

    return build(BuildOptions(inputs=(str(page),), out=str(out), progress=False, workers=1))


def _pages(tmp_path: Path) -> tuple[Path, Path]:
    """Two small real pages that give different graphs."""
    seed = next((ROOT / "seeds").glob("*.txt")).read_text("utf-8")
    one, two = tmp_path / "one" / "page.txt", tmp_path / "two" / "page.txt"
    for path, text in ((one, seed[:600]), (two, seed[:1200])):
        path.parent.mkdir()
        path.write_text(text, "utf-8")
    return one, two


def _no_temporaries(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(TEMP_SUFFIX) or ".tmp-" in p.name]


def test_a_real_build_interrupted_at_every_rename_keeps_its_outputs(tmp_path, monkeypatch):
    """Ctrl-C at each os.replace of a real build (cache entries, then exports) in turn."""
    one, two = _pages(tmp_path)
    out = tmp_path / "out"
    _real_build(one, out)
    before = _snapshot(out)
    real_replace, calls = os.replace, []

    def counting(src, dst):
        calls.append(dst)
        return real_replace(src, dst)

    with monkeypatch.context() as m:  # how many renames a build of the second page makes
        m.setattr(os, "replace", counting)
        _real_build(two, tmp_path / "count")
    renames = len(calls)
    assert renames >= len(exports.FORMATS)
    for n in range(1, renames + 1):
        def flaky(src, dst, n=n):
            calls.append(dst)
            if len(calls) == n:
                raise KeyboardInterrupt
            return real_replace(src, dst)

        calls.clear()
        shutil.rmtree(out / CACHE_DIR_NAME)  # so every build makes the same renames
        with monkeypatch.context() as m, pytest.raises(KeyboardInterrupt):
            m.setattr(os, "replace", flaky)
            _real_build(two, out)
        assert _snapshot(out) == before, f"outputs changed when rename {n} was interrupted"
        assert _no_temporaries(out) == []


@pytest.mark.parametrize("fmt", list(exports.FORMATS))
def test_a_real_writer_failing_on_a_full_disk_keeps_the_outputs(tmp_path, monkeypatch, fmt):
    one, two = _pages(tmp_path)
    out = tmp_path / "out"
    _real_build(one, out)
    before = _snapshot(out)
    real = exports._writer

    def writer(name):
        write = real(name)
        if name != fmt:
            return write

        def half(graph, fp, options=None):
            write(graph, fp, options)
            fp.truncate(fp.tell() // 2)
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        return half

    monkeypatch.setattr(exports, "_writer", writer)
    with pytest.raises(OutputError, match="No space left on device"):
        _real_build(two, out)
    assert _snapshot(out) == before
    assert _no_temporaries(out) == []


def test_where_hard_links_fail_the_old_files_are_copied_back(tmp_path, monkeypatch):
    """Some file systems (FAT, some network mounts) refuse hard links: copies do instead."""
    _fake_writers(monkeypatch, "v1")
    export_all(None, tmp_path)
    before = _snapshot(tmp_path)
    _fake_writers(monkeypatch, "v2")

    def no_link(src, dst):
        raise OSError(errno.EPERM, "Operation not permitted")

    real_replace, calls = os.replace, []

    def flaky(src, dst):
        calls.append(dst)
        if len(calls) == 3:
            raise OSError(errno.EIO, "Input/output error")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "link", no_link)
    monkeypatch.setattr(os, "replace", flaky)
    with pytest.raises(OutputError, match="cannot replace"):
        export_all(None, tmp_path)
    assert _snapshot(tmp_path) == before


# -- one build at a time per folder, and a manifest to tell a whole set ------------------

def _manifest_matches(out: Path) -> dict:
    """The manifest, after checking it lists exactly the files beside it, sizes and hashes."""
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    listed = {o["file"]: (o["bytes"], o["sha256"]) for o in manifest["outputs"]}
    found = {p.name: (p.stat().st_size, hashlib.sha256(p.read_bytes()).hexdigest())
             for p in out.iterdir()
             if p.is_file() and p.name != "manifest.json" and not p.name.startswith(".")}
    assert listed == found
    return manifest


_HELD_CLI = textwrap.dedent("""
    import sys
    import newskg.exports.turtle as turtle
    from newskg.cli import main

    real = turtle.write_turtle

    def held(graph, fp, options=None):
        real(graph, fp, options)
        print("writing", flush=True)
        sys.stdin.readline()  # until the test lets it go on

    turtle.write_turtle = held
    sys.exit(main(["build", sys.argv[1], "--out", sys.argv[2], "-q", "--workers", "1",
                   "--no-cache"]))
""")


def test_two_builds_into_one_folder_never_mix(tmp_path, capsys):
    """The second build stops at once with one line; the first writes its whole set."""
    from newskg.cli import main

    one, two = _pages(tmp_path)
    out = tmp_path / "out"
    first = subprocess.Popen([sys.executable, "-c", _HELD_CLI, str(one), str(out)], cwd=ROOT,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        assert first.stdout.readline().strip() == "writing"
        code = main(["build", str(two), "--out", str(out), "-q", "--workers", "1", "--no-cache"])
        err = capsys.readouterr().err
    finally:
        _, first_err = first.communicate("go on\n", timeout=120)
    assert code == 1
    assert err == (f"newskg: {out}: another newskg build is writing this folder (pid "
                   f"{first.pid}); wait for it to end, or choose another --out\n")
    assert first.returncode == 0, first_err
    _real_build(one, tmp_path / "one alone")
    assert _snapshot(out) == _snapshot(tmp_path / "one alone")  # all of the first, none of two
    _manifest_matches(out)
    assert main(["build", str(two), "--out", str(out), "-q", "--workers", "1"]) == 0
    _real_build(two, tmp_path / "two alone")
    assert _snapshot(out) == _snapshot(tmp_path / "two alone")


def test_the_manifest_lists_every_output_and_is_put_in_place_last(tmp_path, monkeypatch):
    one, _ = _pages(tmp_path)
    real_replace, renamed = os.replace, []

    def recording(src, dst):
        renamed.append(Path(dst).name)
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", recording)
    report = _real_build(one, tmp_path / "out")
    exported = [n for n in renamed if not n.endswith(".json") or n == "manifest.json"]
    assert exported[-1] == "manifest.json"
    assert sorted(exported[:-1]) == sorted(name for name, _ in exports.FORMATS.values())
    manifest = _manifest_matches(tmp_path / "out")
    assert manifest["complete"] is True
    assert manifest["read"] == {"files": 1, "documents": 1, "articles": report.articles,
                                "skipped": [], "warnings": []}
    assert manifest["asked"]["inputs"] == [str(one)]
    assert manifest["extractor"]["jieba"] and manifest["extractor"]["opencc"]


def test_the_manifest_has_the_same_bytes_for_the_same_input(tmp_path):
    """No time, no output path, no cache count: builds of one input write one manifest."""
    from newskg.build import BuildOptions, build

    one, _ = _pages(tmp_path)
    _real_build(one, tmp_path / "a")
    time.sleep(1.1)
    _real_build(one, tmp_path / "a")  # again, from the cache
    build(BuildOptions(inputs=(str(one),), out=str(tmp_path / "b"), progress=False, workers=2,
                       cache=False))
    manifests = [(tmp_path / d / "manifest.json").read_bytes() for d in ("a", "b")]
    assert manifests[0] == manifests[1]
