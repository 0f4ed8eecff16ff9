"""Extraction against ``jieba.posseg`` on the real pages of ``tests/data/real``.

Issue 11 holds extraction to at most half the time ``jieba.posseg`` takes on
the same text. The generated archive of :mod:`benchmarks.run` is regular; real
pages are longer per article and richer in names, so the ratio is measured on
them too. The pages of every batch are copied into one folder (gold files stay
behind) and :func:`benchmarks.measure.stages` times each stage, in a fresh
process, ``--repeat`` times; the median ratio is reported.

    python -m benchmarks.real_pages            # about 30 s; exits 1 over 0.5
    python -m benchmarks.real_pages --repeat 5

Results go to ``benchmarks/results/real_pages.json``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "data" / "real"
RESULTS = Path(__file__).resolve().parent / "results" / "real_pages.json"
TARGET = 0.5


def collect(folder: Path) -> int:
    """Copy every batch's pages into ``folder``; the number of files."""
    n = 0
    for batch in sorted(REAL.glob("batch*/pages")):
        for page in sorted(batch.iterdir()):
            shutil.copyfile(page, folder / f"{batch.parent.name}_{page.name}")
            n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        pages, out = Path(tmp) / "pages", Path(tmp) / "out"
        pages.mkdir()
        files = collect(pages)
        for _ in range(args.repeat):
            done = subprocess.run(
                [sys.executable, "-m", "benchmarks.measure", "stages", str(pages), str(out)],
                cwd=ROOT, capture_output=True, text=True, check=True)
            runs.append(json.loads(done.stdout))
    ratio = statistics.median(r["extraction_vs_posseg"] for r in runs)
    extract = statistics.median(r["stages"]["extraction (all of extract())"]["seconds"]
                                for r in runs)
    posseg = statistics.median(r["jieba_posseg"]["seconds"] for r in runs)
    summary = {"files": files, "articles": runs[0]["articles"], "chars": runs[0]["chars"],
               "extract_s": extract, "posseg_s": posseg, "ratio": ratio,
               "ratios": [r["extraction_vs_posseg"] for r in runs]}
    RESULTS.write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{files} real pages, {summary['articles']} articles, {summary['chars']:,} characters: "
          f"extract() {extract:.2f} s, jieba.posseg {posseg:.2f} s, "
          f"ratio {ratio:.2f} (target <= {TARGET})")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
