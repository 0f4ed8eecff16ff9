"""One measurement, run in a fresh process so its peak memory is its own.

``python -m benchmarks.measure stages CORPUS OUT`` times each stage on its own,
one after the other in this process: read, repair, segmentation and the
whole extraction, ``jieba.posseg`` alone on the same text, graph building and
each export. ``python -m benchmarks.measure build CORPUS OUT [--workers N]
[--cache]`` times a real ``newskg build`` end to end. Both print one JSON
object on stdout; :mod:`benchmarks.run` collects them.

Peak memory is ``ru_maxrss``: of this process (the build's main process) and,
separately, of the largest child (an extraction worker).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

from newskg.build import BuildOptions, build
from newskg.exports import FORMATS, export
from newskg.extractors import ExtractOptions, extract, find_inputs, read_documents
from newskg.graph import GraphBuilder
from newskg.records import Document


def _mb(kilobytes: int) -> float:
    return round(kilobytes / 1024, 1)


def peak_memory() -> dict[str, float]:
    """Peak resident memory in MB of this process and of its largest child."""
    return {
        "peak_rss_mb": _mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss),
        "peak_rss_worker_mb": _mb(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss),
    }


def _rate(seconds: float, articles: int, chars: int) -> dict[str, float]:
    return {
        "seconds": round(seconds, 4),
        "articles_per_s": round(articles / seconds, 1) if seconds else None,
        "chars_per_s": round(chars / seconds) if seconds else None,
    }


def _timed(fn: Callable[[], object]) -> tuple[float, object]:
    t0 = time.perf_counter()
    value = fn()
    return time.perf_counter() - t0, value


def _optional_stage(module: str, name: str) -> Callable | None:
    """A stage function of the extractor if this version has it (they are being written)."""
    try:
        mod = __import__(f"newskg.extractors.{module}", fromlist=[name])
    except ImportError:
        return None
    return getattr(mod, name, None)


def _posseg_all(texts: list[str]) -> int:
    import jieba.posseg

    n = 0
    for text in texts:
        for _ in jieba.posseg.cut(text):
            n += 1
    return n


def _segment_all(texts: list[str]) -> int:
    import jieba

    return sum(len(jieba.lcut(text)) for text in texts)


def _warm_up(options: ExtractOptions) -> None:
    """Load jieba's dictionaries and the lexicons outside the timed sections."""
    import jieba
    import jieba.posseg

    jieba.initialize()
    list(jieba.posseg.cut("预热：市委书记来到企业调研。"))
    extract(Document("warm-up.txt", "本报讯 市委书记来到企业调研安全生产工作。"), options)


def stages(corpus: Path, out: Path) -> dict:
    """Each stage alone, in sequence, on the whole corpus."""
    options = ExtractOptions()
    _warm_up(options)
    result: dict = {"stages": {}}
    files = find_inputs([corpus])
    t_read, docs = _timed(lambda: [d for f in files for d in read_documents(f)])
    chars = sum(len(d.text) for d in docs)
    result.update(files=len(files), documents=len(docs), chars=chars)

    repair = _optional_stage("repair", "repair")
    texts = [d.text for d in docs]
    if repair is not None:
        t_repair, lines = _timed(lambda: [repair(d.text) for d in docs])
        texts = ["\n".join(ls) for ls in lines]
    t_seg, _ = _timed(lambda: _segment_all(texts))
    t_pos, tokens = _timed(lambda: _posseg_all(texts))
    t_extract, articles = _timed(lambda: [a for d in docs for a in extract(d, options)])
    n = len(articles)
    result.update(articles=n, posseg_tokens=tokens)
    st = result["stages"]
    st["read"] = _rate(t_read, n, chars)
    if repair is not None:
        st["repair"] = _rate(t_repair, n, chars)
    st["segmentation (jieba.lcut)"] = _rate(t_seg, n, chars)
    st["extraction (all of extract())"] = _rate(t_extract, n, chars)
    result["jieba_posseg"] = _rate(t_pos, n, chars)
    result["extraction_vs_posseg"] = round(t_extract / t_pos, 3) if t_pos else None
    docs = texts = []  # free the text before building the graph

    def graph():
        builder = GraphBuilder()
        for a in articles:
            builder.add(a)
        return builder.graph()

    t_graph, g = _timed(graph)
    st["graph building"] = _rate(t_graph, n, chars)
    result["graph"] = {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}
    articles = []  # as a build does: articles are dropped once in the graph
    out.mkdir(parents=True, exist_ok=True)
    result["outputs"] = {}
    for fmt, (name, _) in FORMATS.items():
        try:
            t, _ = _timed(lambda fmt=fmt, name=name: export(g, fmt, out / name))
        except Exception as e:  # an export still being written must not stop the run
            st[f"export {fmt}"] = {"error": f"{type(e).__name__}: {e}"[:200]}
            continue
        st[f"export {fmt}"] = _rate(t, n, chars)
        result["outputs"][name] = (out / name).stat().st_size
    result.update(peak_memory())
    return result


def end_to_end(corpus: Path, out: Path, workers: int, cache: bool) -> dict:
    """A real build: what a user waits for and the memory it takes."""
    t0 = time.perf_counter()
    report = build(BuildOptions(inputs=(str(corpus),), out=str(out), progress=False,
                                workers=workers, cache=cache))
    seconds = time.perf_counter() - t0
    return {
        "seconds": round(seconds, 3),
        "workers": workers,
        "articles": report.articles,
        "cached_files": report.cached,
        "files": report.files,
        "articles_per_s": round(report.articles / seconds, 1),
        **peak_memory(),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("stages", "build"))
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--cache", action="store_true")
    args = parser.parse_args(argv)
    if args.what == "stages":
        result = stages(args.corpus, args.out)
    else:
        result = end_to_end(args.corpus, args.out, args.workers, args.cache)
    json.dump(result, sys.stdout, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
