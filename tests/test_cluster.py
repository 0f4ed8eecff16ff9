"""--scheduler: extraction on a Dask cluster gives the same graph as a local build."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from distributed import Client, LocalCluster, get_task_stream

from benchmarks.corpus import generate
from newskg import cluster as cluster_mod
from newskg.build import BuildOptions, build
from newskg.cluster import ClusterError, DaskRunner
from newskg.extractors import ExtractOptions


@pytest.fixture(scope="module")
def scheduler():
    """A small cluster of two worker processes (one thread each), no dashboard.

    The workers are other processes, as on a real cluster: tasks, options and
    results cross a process boundary, pickled, and the workers import newskg
    themselves.
    """
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        pids = client.run(os.getpid)
        assert len(pids) == 2 and os.getpid() not in pids.values()
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("pages")
    generate(6, folder)
    return folder


def outputs(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes()
            for p in sorted(out.rglob("*")) if p.is_file() and ".newskg-cache" not in p.parts}


def client_workers(scheduler: str) -> list[str]:
    with Client(scheduler) as client:
        return list(client.scheduler_info()["workers"])


def run(pages: Path, out: Path, **kw):
    return build(BuildOptions(inputs=(str(pages),), out=str(out), progress=False, **kw))


def test_cluster_build_equals_local_build(scheduler, pages, tmp_path):
    local = run(pages, tmp_path / "local", workers=1, cache=False)
    with Client(scheduler) as client, get_task_stream(client) as stream:
        remote = run(pages, tmp_path / "remote", scheduler=scheduler, cache=False)
    ran_on = {t["worker"] for t in stream.data if t["key"].startswith("_remote_chunk")}
    assert ran_on and ran_on <= set(client_workers(scheduler))  # in the worker processes
    assert remote.articles == local.articles >= 6
    assert outputs(tmp_path / "remote") == outputs(tmp_path / "local")


def test_cluster_build_fills_and_uses_the_cache(scheduler, pages, tmp_path):
    first = run(pages, tmp_path / "out", scheduler=scheduler)
    again = run(pages, tmp_path / "out", scheduler=scheduler)
    assert first.cached == 0 and again.cached == 6


def test_worker_with_another_extractor_is_refused(scheduler, pages, tmp_path, monkeypatch):
    def other(tasks, options):
        return "another-version", []

    monkeypatch.setattr(cluster_mod, "_remote_chunk", other)
    with pytest.raises(ClusterError, match="different newskg extractor"):
        run(pages, tmp_path / "out", scheduler=scheduler, cache=False)
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_unreachable_scheduler_is_one_clear_error():
    with pytest.raises(ClusterError, match="cannot reach the Dask scheduler"):
        DaskRunner("tcp://127.0.0.1:9", ExtractOptions(), timeout=1)


def test_large_jsonl_parts_go_to_the_cluster(scheduler, pages, tmp_path, monkeypatch):
    import json

    from newskg import parallel

    monkeypatch.setattr(parallel, "STREAM_BYTES", 1000)
    dump = tmp_path / "in" / "dump.jsonl"
    dump.parent.mkdir()
    dump.write_text("".join(json.dumps({"content": p.read_text("utf-8")}, ensure_ascii=False)
                            + "\n" for p in sorted(pages.glob("*.txt"))), "utf-8")
    local = run(dump.parent, tmp_path / "local", workers=1, cache=False)
    remote = run(dump.parent, tmp_path / "remote", scheduler=scheduler, cache=False)
    assert remote.documents == local.documents == 6
    assert outputs(tmp_path / "remote") == outputs(tmp_path / "local")
