"""What resolving posts, people and careers costs on top of a build (issue 12).

The target: at most 10% on top of the build without resolution. On a generated
archive (default 300 pages, :mod:`benchmarks.corpus`), in one process and one
worker, a build's stages are run (extraction of every page, the graph, every
export) and the CPU time spent inside each resolution step is summed by
wrapping it:

* posts: :func:`newskg.extractors.posts.resolve_posts`, per article, and
  :func:`~newskg.extractors.posts.place_context`, per page;
* persons: :func:`newskg.graph.people.identify`, once per graph;
* careers: :func:`newskg.graph.careers.holding` in the graph (the holdings'
  dates and the post shown beside each person) and the PositionHolding
  triples of the RDF exports.

CPU time (``time.process_time``), not wall time, because the machine is shared:
other jobs slow a stage down, they do not make it use more CPU. Each build is
run ``--repeat`` times and the fastest kept. The ratio is the resolution's time
over the build's time without it (the build's time minus the resolution's).
``python -m benchmarks.resolution [--pages N] [--repeat K]`` prints a table and
writes ``benchmarks/results/resolution.json``; it exits 1 when the ratio is over
10%.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newskg.exports import export_all, rdf
from newskg.extractors import ExtractOptions, pipeline
from newskg.graph import GraphBuilder
from newskg.graph import build as graph_build
from newskg.tasks import extract_file

from . import corpus

ROOT = Path(__file__).resolve().parent
RESULTS = ROOT / "results"
BUDGET = 0.10

#: (module, attribute, step): the functions whose CPU time is the resolution's
WRAPPED = (
    (pipeline, "place_context", "posts"),
    (pipeline, "resolve_posts", "posts"),
    (graph_build, "identify", "persons"),
    (graph_build, "holding", "careers"),
    (rdf, "_holding", "careers"),
)


class Timers:
    """CPU seconds spent inside the wrapped functions, by step."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._depth = 0

    def wrap(self, step: str, fn: Callable) -> Callable:
        def timed(*args, **kwargs):
            if self._depth:  # a wrapped function called by another: counted once
                return fn(*args, **kwargs)
            self._depth += 1
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[step] += time.process_time() - start
                self._depth -= 1
        return timed


def _build(files: list[Path], out: Path) -> tuple[dict[str, float], int, int]:
    """One build's stages in CPU seconds; the numbers of articles and persons."""
    times: dict[str, float] = {}
    start = time.process_time()
    options = ExtractOptions()
    articles = [a for p in files for a in extract_file(str(p), options).articles]
    times["extract"] = time.process_time() - start
    start = time.process_time()
    builder = GraphBuilder()
    for a in articles:
        builder.add(a)
    graph = builder.graph()
    times["graph"] = time.process_time() - start
    start = time.process_time()
    export_all(graph, out)
    times["exports"] = time.process_time() - start
    persons = sum(d["type"] == "Person" for _, d in graph.nodes(data=True))
    return times, len(articles), persons


def measure(pages: int, repeat: int) -> dict[str, Any]:
    best: dict[str, Any] | None = None
    originals = [(mod, name, getattr(mod, name)) for mod, name, _ in WRAPPED]
    with tempfile.TemporaryDirectory(prefix="newskg-resolution-") as tmp:
        files = corpus.generate(pages, Path(tmp) / "pages")
        _build(files[:3], Path(tmp) / "warm")  # jieba and the lexicons loaded first
        for k in range(repeat):
            timers = Timers()
            for mod, name, step in WRAPPED:
                setattr(mod, name, timers.wrap(step, getattr(mod, name)))
            try:
                stages, articles, persons = _build(files, Path(tmp) / f"out{k}")
            finally:
                for mod, name, fn in originals:
                    setattr(mod, name, fn)
            total = sum(stages.values())
            if best is None or total < best["build"]:
                best = {"build": total, "stages": stages, "steps": dict(timers.seconds),
                        "articles": articles, "persons": persons}
    assert best is not None
    cost = sum(best["steps"].values())
    without = best["build"] - cost
    return {
        "pages": pages,
        "articles": best["articles"],
        "persons": best["persons"],
        "cpu_seconds": {"build": best["build"], **best["stages"],
                        **{f"resolution_{k}": v for k, v in sorted(best["steps"].items())}},
        "build_without_resolution": without,
        "resolution": cost,
        "ratio": cost / without,
        "budget": BUDGET,
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                    "load": os.getloadavg()},
    }


def table(r: dict[str, Any]) -> str:
    s = r["cpu_seconds"]
    rows = [
        ("build (extract + graph + exports)", s["build"]),
        ("  extract", s["extract"]),
        ("  graph", s["graph"]),
        ("  exports", s["exports"]),
        ("resolution: posts (in extract)", s.get("resolution_posts", 0.0)),
        ("resolution: persons (in graph)", s.get("resolution_persons", 0.0)),
        ("resolution: careers (graph, RDF)", s.get("resolution_careers", 0.0)),
        ("build without resolution", r["build_without_resolution"]),
    ]
    lines = [f"{r['pages']} pages, {r['articles']} articles, {r['persons']} persons; "
             "CPU seconds, fastest of the runs", ""]
    lines += [f"{name:<36} {sec:8.3f} s" for name, sec in rows]
    lines.append(f"{'resolution / build without it':<36} {r['ratio']:8.1%}  "
                 f"(budget {r['budget']:.0%})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    r = measure(args.pages, args.repeat)
    print(table(r))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "resolution.json").write_text(json.dumps(r, indent=2) + "\n", "utf-8")
    return 0 if r["ratio"] <= BUDGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
