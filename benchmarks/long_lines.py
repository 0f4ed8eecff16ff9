"""Pages with no line break: how long a build of one huge line takes.

A crawler can hand over a page as one line of millions of characters, with or
without its spaces; a pattern that backtracks catastrophically on such a line
would stall a build for hours. This measures ``newskg build`` (a fresh
process, one worker, no cache) on two such pages made of the seed page's
sentences, against the budgets they must stay under:

* 2,000,000 characters on one line, spaces kept: 240 s;
* 200,000 characters on one line with every space removed: 30 s.

``python -m benchmarks.long_lines`` prints a table and writes
``benchmarks/results/long_lines.json``; it exits 1 if a budget is exceeded.
``--scale 0.1`` makes every page ten times shorter (budgets scaled alike) for
a quick look. The suite checks that such pages are extracted at all
(``tests/test_robustness.py``); how fast is measured here, on a quiet machine,
not by the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SEED = next((ROOT.parent / "seeds").glob("*.txt")).read_text("utf-8")
SENTENCES = "".join(s + "。" for s in SEED.replace("\n", "").split("。") if s.strip())

#: name -> (one line of text to repeat, characters, budget in seconds)
CASES = {
    "one line, 2M characters": (SENTENCES, 2_000_000, 240.0),
    "one line, no white space, 200k characters": (SENTENCES.replace(" ", ""), 200_000, 30.0),
}


def build_seconds(line: str, chars: int, timeout: float) -> float | None:
    """Wall time of ``newskg build`` on one page of ``chars`` characters; None past ``timeout``."""
    with tempfile.TemporaryDirectory(prefix="newskg-lines-") as tmp:
        page = Path(tmp) / "one line.txt"
        page.write_text((line * (chars // len(line) + 1))[:chars], "utf-8")
        cmd = [sys.executable, "-m", "newskg", "build", str(page), "--out", str(Path(tmp) / "out"),
               "-q", "--workers", "1", "--no-cache"]
        start = time.perf_counter()
        try:
            done = subprocess.run(cmd, cwd=ROOT.parent, capture_output=True, text=True,
                                  timeout=timeout)
        except subprocess.TimeoutExpired:
            return None
        if done.returncode != 0:
            raise SystemExit(f"build failed on a {chars}-character line: {done.stderr.strip()}")
        return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0,
                        help="multiply every page's length and budget by this (default 1)")
    args = parser.parse_args(argv)
    rows = []
    for name, (line, chars, budget) in CASES.items():
        chars, budget = int(chars * args.scale), budget * args.scale
        # let a stall run to twice its budget, so the report says by how much it is over
        seconds = build_seconds(line, chars, timeout=2 * budget)
        ok = seconds is not None and seconds <= budget
        rows.append({"case": name, "chars": chars, "budget_s": budget,
                     "seconds": None if seconds is None else round(seconds, 2), "ok": ok})
        shown = f"over {2 * budget:.0f}" if seconds is None else f"{seconds:.1f}"
        print(f"{name:45} {chars:>10,} chars  {shown:>8} s  (budget {budget:.0f} s)"
              f"{'' if ok else '  OVER BUDGET'}")
    result = {"date": time.strftime("%Y-%m-%dT%H:%M"), "machine": platform.platform(),
              "cpus": os.cpu_count(), "load": os.getloadavg(), "scale": args.scale,
              "cases": rows}
    out = ROOT / "results" / "long_lines.json"
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return 0 if all(r["ok"] for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
