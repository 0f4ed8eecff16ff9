"""The benchmark: how newskg's cost grows from one page to a thousand.

``python -m benchmarks.run`` (or ``make bench``) generates archives of 1, 10,
100 and 1000 times the seed page (:mod:`benchmarks.corpus`), and for each size
runs, each in a fresh process (:mod:`benchmarks.measure`):

* every stage alone (read, repair, segmentation, extraction, graph building,
  each export) and ``jieba.posseg`` alone on the same text;
* ``newskg build`` end to end with 2 workers and with 1 (the speed-up);
* a cached rebuild after adding one page (the incremental cost);
* ``newskg query`` with rdflib and with pyoxigraph on the 100x and 1000x
  graphs (first oxigraph run builds its store, the second reuses it).

It writes ``benchmarks/results/<date>.json``, ``latest.json``, ``latest.md``
(the table) and ``latest.png`` (the plot), and fits peak memory against the
number of articles to extrapolate to 100,000 articles. Timings on a shared
machine are noisy: the load average before and after is recorded with them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

from . import corpus as corpus_mod

ROOT = Path(__file__).resolve().parent
RESULTS = ROOT / "results"
WORK = RESULTS / "tmp"  # ignored by git
SIZES = (1, 10, 100, 1000)
BIG = (16000,)  # about 100,000 articles: the memory target, measured
QUERY_SIZES = (100, 1000)
QUERY_PRESETS = ("positions", "inspections")
TARGET_ARTICLES = 100_000
REPEAT = 2  # extraction runs per worker count; the fastest is kept (the machine is shared)


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def corpus(scale: int, work: Path) -> Path:
    """The archive of ``scale`` pages, generated once and kept in ``work``."""
    folder = work / f"corpus-{scale}"
    stamp = folder / ".complete"
    if not stamp.exists():
        shutil.rmtree(folder, ignore_errors=True)
        corpus_mod.generate(scale, folder)
        stamp.write_text("ok")
    return folder


def snapshot(work: Path) -> Path:
    """A copy of ``newskg`` and ``benchmarks`` as they are now, to run the measurements from.

    The run then measures one version of the code even if the working tree is
    edited meanwhile (which would also change the cache key mid-run).
    """
    dest = work / "snapshot"
    shutil.rmtree(dest, ignore_errors=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "results")
    shutil.copytree(ROOT.parent / "newskg", dest / "newskg", ignore=ignore)
    shutil.copytree(ROOT, dest / "benchmarks", ignore=ignore)
    return dest


#: Where measurements run from: the snapshot once :func:`run` has made it.
CODE = ROOT.parent


def measure(*args: str) -> dict:
    """Run one :mod:`benchmarks.measure` in a fresh process; its JSON, or the error."""
    cmd = [sys.executable, "-m", "benchmarks.measure", *args]
    proc = subprocess.run(cmd, cwd=CODE, capture_output=True, text=True)
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-1:] or ["no output"]
        log(f"failed: {' '.join(args)}: {tail[0]}")
        return {"error": tail[0]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def incremental(scale: int, work: Path, workers: int) -> dict:
    """A cached build, then one new page, then the rebuild a user would run."""
    folder = work / f"incremental-{scale}"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(corpus(scale, work), folder, ignore=shutil.ignore_patterns(".complete"))
    out = work / f"out-incremental-{scale}"
    shutil.rmtree(out, ignore_errors=True)
    cold = measure("build", str(folder), str(out), "--workers", str(workers), "--cache")
    extra = work / "extra-page"
    shutil.rmtree(extra, ignore_errors=True)
    last = corpus_mod.generate(scale + 1, extra)[-1]
    shutil.copy(last, folder)
    warm = measure("build", str(folder), str(out), "--workers", str(workers), "--cache")
    return {"cold_with_cache": cold, "after_adding_one_page": warm}


def _seconds(cmd: list[str]) -> float | None:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=CODE, capture_output=True, text=True)
    if proc.returncode != 0:
        log(f"query failed: {' '.join(cmd[3:])}: {proc.stderr.strip()[-200:]}")
        return None
    return round(time.perf_counter() - t0, 3)


def query_bench(ttl: Path) -> dict:
    """Wall time of ``newskg query`` (a fresh process each, as a user runs it)."""
    store = Path(str(ttl) + ".oxigraph")
    shutil.rmtree(store, ignore_errors=True)
    base = [sys.executable, "-m", "newskg", "query", str(ttl), "--format", "csv"]
    out: dict = {"graph_ttl_bytes": ttl.stat().st_size}
    for preset in QUERY_PRESETS:
        q = [*base, "--preset", preset]
        out[preset] = {
            "rdflib": _seconds([*q, "--engine", "rdflib"]),
            "oxigraph_first": _seconds([*q, "--engine", "oxigraph"]),
            "oxigraph_again": _seconds([*q, "--engine", "oxigraph"]),
        }
    return out


def fit(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """Least-squares line ``y = a + b x``; ``None`` with fewer than two points."""
    if len(points) < 2:
        return None
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    if not sxx:
        return None
    b = sum((x - mx) * (y - my) for x, y in points) / sxx
    return my - b * mx, b


def extrapolate(sizes: list[dict]) -> dict:
    """Peak memory and build time at ``TARGET_ARTICLES``, from a linear fit over the sizes."""
    out: dict = {"articles": TARGET_ARTICLES}
    rows = [s for s in sizes if "seconds" in s.get("build_parallel", {})]
    mem = fit([(s["build_parallel"]["articles"], s["build_parallel"]["peak_rss_mb"])
               for s in rows])
    if mem:
        a, b = mem
        out["peak_rss_mb_main"] = round(a + b * TARGET_ARTICLES)
        out["rss_fit"] = {"base_mb": round(a, 1), "kb_per_article": round(b * 1024, 2)}
    worker = max((s["build_parallel"]["peak_rss_worker_mb"] for s in rows), default=None)
    if worker is not None:
        out["peak_rss_mb_per_worker"] = worker
    if rows:
        big = max(rows, key=lambda s: s["build_parallel"]["articles"])["build_parallel"]
        out["build_seconds_2_workers"] = round(big["seconds"] / big["articles"] * TARGET_ARTICLES)
    return out


def git_commit() -> str:
    proc = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT.parent,
                          capture_output=True, text=True)
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                           cwd=ROOT.parent, capture_output=True, text=True).stdout.strip()
    return proc.stdout.strip() + ("+uncommitted" if dirty else "")


def run(sizes: tuple[int, ...], workers: int, queries: bool, work: Path,
        big: tuple[int, ...] = ()) -> dict:
    global CODE
    from newskg.extractors import EXTRACTOR_VERSION

    work.mkdir(parents=True, exist_ok=True)
    CODE = snapshot(work)
    result: dict = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "commit": git_commit(),
        "extractor_version": EXTRACTOR_VERSION,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform(), "loadavg_before": os.getloadavg()},
        "note": "2-core machine shared with other sessions: timings are noisy",
        "seed_chars_per_page": corpus_mod.SEED_CHARS,
        "sizes": [],
    }
    for scale in sizes:
        folder = corpus(scale, work)
        log(f"{scale}x: stages")
        row: dict = {"scale": scale}
        row.update(measure("stages", str(folder), str(work / f"out-stages-{scale}")))
        for n in (1, workers):
            log(f"{scale}x: extraction with {n} worker(s), best of {REPEAT}")
            runs = [measure("extract", str(folder), "-", "--workers", str(n))
                    for _ in range(REPEAT)]
            ok = [r for r in runs if "seconds" in r] or runs
            row["extract_parallel" if n > 1 else "extract_1_worker"] = min(
                ok, key=lambda r: r.get("seconds", 0))
        e1, en = row.get("extract_1_worker", {}), row.get("extract_parallel", {})
        if "seconds" in e1 and "seconds" in en:
            row["extract_speedup"] = round(e1["seconds"] / en["seconds"], 2)
            cpu_n = en["cpu_main_s"] + en["cpu_workers_s"]
            # what the speed-up would be on idle cores: one worker's CPU time
            # against the busiest process of the parallel run
            row["extract_cpu_overhead"] = round(cpu_n / e1["cpu_main_s"], 2)
        for n in (workers, 1):
            log(f"{scale}x: build with {n} worker(s)")
            out = work / f"out-build-{scale}-{n}"
            shutil.rmtree(out, ignore_errors=True)
            row["build_parallel" if n > 1 else "build_1_worker"] = measure(
                "build", str(folder), str(out), "--workers", str(n))
        one, many = row.get("build_1_worker", {}), row.get("build_parallel", {})
        if "seconds" in one and "seconds" in many:
            row["speedup"] = round(one["seconds"] / many["seconds"], 2)
        log(f"{scale}x: incremental rebuild")
        row["incremental"] = incremental(scale, work, workers)
        ttl = work / f"out-build-{scale}-{workers}" / "graph.ttl"
        if queries and scale in QUERY_SIZES and ttl.exists():
            log(f"{scale}x: queries")
            row["query"] = query_bench(ttl)
        result["sizes"].append(row)
    for scale in big:
        # the target itself: only the build a user runs, with its peak memory
        folder = corpus(scale, work)
        log(f"{scale}x: build with {workers} worker(s) only")
        out = work / f"out-build-{scale}-{workers}"
        shutil.rmtree(out, ignore_errors=True)
        row = {"scale": scale, "build_parallel": measure(
            "build", str(folder), str(out), "--workers", str(workers))}
        row["files"] = scale
        row["articles"] = row["build_parallel"].get("articles")
        result["sizes"].append(row)
        shutil.rmtree(out, ignore_errors=True)  # a few GB of exports
    result["extrapolation"] = extrapolate(result["sizes"])
    result["machine"]["loadavg_after"] = os.getloadavg()
    return result


def _f(value, digits: int = 1) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}"


def table(result: dict) -> str:
    """The results as Markdown tables, for docs/scaling.md and the issue."""
    rows = result["sizes"]
    lines = [
        f"Benchmark of {result['commit']} on {result['date']} "
        f"({result['machine']['cpus']} cores, Python {result['machine']['python']}; "
        f"load average {result['machine']['loadavg_before'][0]:.1f} before, "
        f"{result['machine']['loadavg_after'][0]:.1f} after: {result['note']}).",
        "",
        "| size | pages | articles | chars | extract/posseg | extract 1w s | extract Nw s "
        "| speed-up (CPU overhead) | build 1w s | build Nw s | +1 page s "
        "| peak MB main | peak MB worker |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        e1, en = r.get("extract_1_worker", {}), r.get("extract_parallel", {})
        b1, bn = r.get("build_1_worker", {}), r.get("build_parallel", {})
        inc = r.get("incremental", {}).get("after_adding_one_page", {})
        speed = (f"{_f(r.get('extract_speedup'), 2)} ({_f(r.get('extract_cpu_overhead'), 2)})"
                 if "extract_speedup" in r else "-")
        lines.append(
            f"| {r['scale']}x | {_f(r.get('files'))} | {_f(r.get('articles'))} "
            f"| {_f(r.get('chars'))} | {_f(r.get('extraction_vs_posseg'), 2)} "
            f"| {_f(e1.get('seconds'), 2)} | {_f(en.get('seconds'), 2)} | {speed} "
            f"| {_f(b1.get('seconds'), 1)} | {_f(bn.get('seconds'), 1)} "
            f"| {_f(inc.get('seconds'), 1)} "
            f"| {_f(bn.get('peak_rss_mb'))} | {_f(bn.get('peak_rss_worker_mb'))} |"
        )
    big = max((r for r in rows if "stages" in r), key=lambda r: r["scale"])
    lines += ["", f"Stages at {big['scale']}x (one process, each stage alone):", "",
              "| stage | seconds | articles/s | chars/s |", "|---|---|---|---|"]
    for name, v in big.get("stages", {}).items():
        if "error" in v:
            lines.append(f"| {name} | failed: {v['error'][:60]} | | |")
        else:
            lines.append(f"| {name} | {_f(v['seconds'], 3)} | {_f(v['articles_per_s'])} "
                         f"| {_f(v['chars_per_s'], 0)} |")
    pos = big.get("jieba_posseg")
    if pos:
        lines.append(f"| jieba.posseg alone | {_f(pos['seconds'], 3)} "
                     f"| {_f(pos['articles_per_s'])} | {_f(pos['chars_per_s'], 0)} |")
    sizes_out = big.get("outputs", {})
    if sizes_out:
        lines += ["", f"Output sizes at {big['scale']}x: "
                  + ", ".join(f"{k} {v / 1e6:.1f} MB" for k, v in sizes_out.items())]
    queried = [r for r in rows if "query" in r]
    if queried:
        lines += ["", "`newskg query` wall time in seconds (a fresh process each):", "",
                  "| size | graph.ttl MB | preset | rdflib | oxigraph (first, builds store) "
                  "| oxigraph (again) |", "|---|---|---|---|---|---|"]
        for r in queried:
            q = r["query"]
            for preset in QUERY_PRESETS:
                v = q.get(preset, {})
                lines.append(f"| {r['scale']}x | {q['graph_ttl_bytes'] / 1e6:.1f} | {preset} "
                             f"| {_f(v.get('rdflib'), 2)} | {_f(v.get('oxigraph_first'), 2)} "
                             f"| {_f(v.get('oxigraph_again'), 2)} |")
    ex = result.get("extrapolation", {})
    if "peak_rss_mb_main" in ex:
        lines += ["", f"Extrapolated to {ex['articles']:,} articles: peak memory of the main "
                  f"process {ex['peak_rss_mb_main']:,} MB (fit: {ex['rss_fit']['base_mb']} MB "
                  f"+ {ex['rss_fit']['kb_per_article']} KB per article), "
                  f"{ex.get('peak_rss_mb_per_worker')} MB per worker; "
                  f"build with 2 workers about {ex.get('build_seconds_2_workers'):,} s."]
    return "\n".join(lines) + "\n"


def plot(result: dict, png: Path) -> bool:
    """Time per stage and peak memory against articles; False without matplotlib."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        log("matplotlib is not installed (pip install '.[bench]'): no plot")
        return False
    rows = [r for r in result["sizes"] if r.get("articles")]
    xs = [r["articles"] for r in rows]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4))

    def series(label, get):
        ys = [get(r) for r in rows]
        pts = [(x, y) for x, y in zip(xs, ys, strict=True) if y]
        if pts:
            ax1.plot(*zip(*pts, strict=True), marker="o", label=label)

    series("extraction", lambda r: r.get("stages", {})
           .get("extraction (all of extract())", {}).get("seconds"))
    series("jieba.posseg alone", lambda r: r.get("jieba_posseg", {}).get("seconds"))
    series("graph building", lambda r: r.get("stages", {}).get("graph building", {})
           .get("seconds"))
    series("all exports", lambda r: sum(v.get("seconds", 0) for k, v in
                                        r.get("stages", {}).items() if k.startswith("export")))
    series("build, 2 workers", lambda r: r.get("build_parallel", {}).get("seconds"))
    ax1.set(xscale="log", yscale="log", xlabel="articles", ylabel="seconds",
            title="time per stage")
    ax1.legend(fontsize=7)
    mem = [(r["articles"], r["build_parallel"]["peak_rss_mb"]) for r in rows
           if "peak_rss_mb" in r.get("build_parallel", {})]
    if mem:
        ax2.plot(*zip(*mem, strict=True), marker="o", label="measured (main process)")
        line = fit(mem)
        if line:
            a, b = line
            ax2.plot([0, TARGET_ARTICLES], [a, a + b * TARGET_ARTICLES], "--",
                     label="linear fit, extrapolated")
        ax2.axhline(4096, color="red", lw=0.8, label="4 GB target")
    ax2.set(xlim=(0, TARGET_ARTICLES * 1.05), ylim=(0, 4500), xlabel="articles",
            ylabel="peak RSS (MB)", title="peak memory of the build")
    ax2.legend(fontsize=7)
    fig.suptitle(f"newskg {result['commit']} benchmark, {result['date'][:10]}", fontsize=9)
    fig.tight_layout()
    fig.savefig(png, dpi=80)
    plt.close(fig)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES),
                        help="multiples of the seed page (default: 1 10 100 1000)")
    parser.add_argument("--workers", type=int, default=2, help="workers of the parallel build")
    parser.add_argument("--big", type=int, nargs="*", default=list(BIG),
                        help="larger archives measured by the end-to-end build only "
                        "(default: 16000 pages, about 100,000 articles; none: --big)")
    parser.add_argument("--no-query", action="store_true", help="skip the query benchmark")
    parser.add_argument("--results", type=Path, default=RESULTS, help="where results go")
    args = parser.parse_args(argv)
    result = run(tuple(args.sizes), args.workers, not args.no_query, WORK, tuple(args.big))
    args.results.mkdir(parents=True, exist_ok=True)
    stamp = result["date"][:16].replace(":", "").replace("-", "")
    text = json.dumps(result, ensure_ascii=False, indent=1)
    (args.results / f"{stamp}.json").write_text(text + "\n", encoding="utf-8")
    (args.results / "latest.json").write_text(text + "\n", encoding="utf-8")
    md = table(result)
    (args.results / "latest.md").write_text(md, encoding="utf-8")
    plot(result, args.results / "latest.png")
    print(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
