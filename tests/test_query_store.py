"""Several first queries at once on ``--engine oxigraph``: one process builds the store,
the others wait for it, and every one of them answers."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

from query_graphs import ROOT, mixed_dates_ttl, run_newskg

QUERY = "SELECT ?n WHERE { ?p a nkg:Person ; rdfs:label ?n }"

# A first query whose store build is slowed down, so that all the processes reach it
# together; each one notes in LOG that it builds. It waits for GO after a READY mark.
CHILD = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    graph, folder = sys.argv[1], Path(sys.argv[2])
    try:
        from newskg.query import store as module
    except ImportError:  # before the store had its own module
        from newskg.query import engines as module
    from newskg.query import run_query
    real = module._build_store
    def slow_build(*args):
        with open(folder / "builds.log", "a") as log:
            log.write(f"{os.getpid()}\\n")
        time.sleep(0.5)
        return real(*args)
    module._build_store = slow_build
    (folder / f"ready-{os.getpid()}").touch()
    while not (folder / "go").exists():
        time.sleep(0.005)
    print(run_query(graph, sys.argv[3], engine="oxigraph").rows)
""")


def test_first_queries_at_once_build_the_store_once_and_all_answer(tmp_path):
    graph = mixed_dates_ttl(tmp_path / "graph.ttl")
    runs = tmp_path / "runs"
    runs.mkdir()
    procs = [
        subprocess.Popen([sys.executable, "-c", CHILD, str(graph), str(runs), QUERY],
                         cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    deadline = time.monotonic() + 120
    while len(list(runs.glob("ready-*"))) < len(procs) and time.monotonic() < deadline:
        time.sleep(0.01)
    (runs / "go").touch()
    results = [p.communicate(timeout=300) for p in procs]
    for proc, (_, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
    assert {out for out, _ in results} == {"[['丁四'], ['丙三'], ['乙二'], ['甲一']]\n"}
    builds = (runs / "builds.log").read_text().split()
    assert len(builds) == 1, f"the store was built {len(builds)} times"


def test_four_cli_queries_started_together_all_answer(tmp_path):
    graph = mixed_dates_ttl(tmp_path / "graph.ttl")
    procs = [
        run_newskg("query", str(graph), "--preset", "meetings", "--engine", "oxigraph",
                   "--format", "csv", stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], [err for _, err in results]
    assert len({out for out, _ in results}) == 1 and "工作例会" in results[0][0]
    assert not list(tmp_path.glob(".graph.ttl.oxigraph.tmp-*"))  # no build left behind
