"""One measurement, run in a fresh process so its peak memory is its own.

``python -m benchmarks.measure stages CORPUS OUT`` times each stage on its own,
one after the other in this process: read, repair, article splitting,
mentions and relations and the whole extraction, ``jieba`` alone on the same
text, graph building and each export. ``... extract CORPUS OUT --workers N``
times the extraction with N workers as a build runs it, with CPU times.
``... build CORPUS OUT [--workers N] [--cache]`` times a real ``newskg build``
end to end. Both print one JSON
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


def _pipeline_stages(docs: list[Document], options: ExtractOptions) -> dict[str, float]:
    """Seconds of each extraction stage, if this extractor exposes its stages.

    Mirrors ``newskg.extractors.pipeline.run``: repair -> split_articles ->
    extract_article. Returns ``{}`` if the stages are not there or have changed
    shape; the whole of ``extract()`` is timed in any case.
    """
    try:
        from newskg.extractors.articles import split_articles
        from newskg.extractors.lexicon import load_lexicon
        from newskg.extractors.pipeline import extract_article
        from newskg.extractors.repair import repair
        from newskg.records import Article

        lex = load_lexicon(tuple(options.lexicons))
        t_repair, lines = _timed(lambda: [repair(d.text) for d in docs])
        t_split, parts = _timed(lambda: [split_articles(ls, lex) for ls in lines])

        def relations():
            for doc, arts in zip(docs, parts, strict=True):
                for i, (headline, byline, text, reporters) in enumerate(arts):
                    art = Article(doc.source, i, text, headline=headline, byline=byline,
                                  reporters=reporters, date=doc.published)
                    extract_article(art, lex, options.year)

        t_rel, _ = _timed(relations)
    except Exception as e:  # the extractor is being rewritten: report, do not stop
        print(f"stage timing unavailable: {type(e).__name__}: {e}", file=sys.stderr)
        return {}
    return {"repair": t_repair, "article splitting": t_split,
            "mentions + relations": t_rel}


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

    parts = _pipeline_stages(docs, options)
    repair = _optional_stage("repair", "repair")
    # jieba gets the text the extractor reads: repaired, when there is a repair stage
    texts = ["\n".join(repair(d.text)) for d in docs] if repair else [d.text for d in docs]
    t_seg, _ = _timed(lambda: _segment_all(texts))
    t_pos, tokens = _timed(lambda: _posseg_all(texts))
    t_extract, articles = _timed(lambda: [a for d in docs for a in extract(d, options)])
    n = len(articles)
    result.update(articles=n, posseg_tokens=tokens)
    st = result["stages"]
    st["read"] = _rate(t_read, n, chars)
    for name, seconds in parts.items():
        st[name] = _rate(seconds, n, chars)
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


def extraction(corpus: Path, workers: int) -> dict:
    """Extraction as a build runs it (workers, then the graph builder), nothing else.

    CPU seconds of this process and of the workers tell apart what parallelism
    costs (their sum against one worker's) from what a busy machine takes away
    (wall time against CPU time).
    """
    from newskg.parallel import EngineOptions, extract_files

    files = find_inputs([corpus])
    builder = GraphBuilder()
    t0, c0 = time.perf_counter(), time.process_time()
    n = 0
    for result in extract_files(files, ExtractOptions(), EngineOptions(workers=workers)):
        for article in result.articles:
            builder.add(article)
            n += 1
    seconds = time.perf_counter() - t0
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "seconds": round(seconds, 3),
        "workers": workers,
        "articles": n,
        "articles_per_s": round(n / seconds, 1),
        "cpu_main_s": round(time.process_time() - c0, 3),
        "cpu_workers_s": round(children.ru_utime + children.ru_stime, 3),
    }


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
    parser.add_argument("what", choices=("stages", "extract", "build"))
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--cache", action="store_true")
    args = parser.parse_args(argv)
    if args.what == "stages":
        result = stages(args.corpus, args.out)
    elif args.what == "extract":
        result = extraction(args.corpus, args.workers)
    else:
        result = end_to_end(args.corpus, args.out, args.workers, args.cache)
    json.dump(result, sys.stdout, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
