"""Score the real batches (and the written sets) now, beside their first-measured scores.

For each set: ``newskg build PAGES`` into a temporary folder, then ``newskg eval
GOLD --graph … [--qualified …]``; the overall line and each property's F1 are
read from the report, and the first-measured ones from the batch's
``tests/data/real-scores/BATCH/first-measured.txt``. Prints a Markdown table per view.

Usage: ``python scripts/score_batches.py [SET ...]`` (default: every real
batch); a SET is a folder holding ``pages/`` and ``gold/``.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROPS = ("holdsPosition", "chaired", "attended", "spokeAt", "inspected", "accompanied", "met")
_OVERALL = re.compile(r"^overall\s+P ([\d.]+)\s+R ([\d.]+)\s+F1 ([\d.]+)", re.M)
_POSTS = re.compile(r"^posts\s+qualified \d+/\d+ \(([\d.]+)\) of those found", re.M)


def _props(report: str) -> dict[str, str]:
    found = {}
    for prop in PROPS:
        m = re.search(rf"^{prop}\s+(?:\d+\s+){{4}}[\d.]+\s+[\d.]+\s+([\d.]+)\s*$", report, re.M)
        found[prop] = m.group(1) if m else "-"
    return found


def score(folder: Path) -> str:
    """The report of ``newskg eval`` on a fresh build of ``folder``'s pages."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "newskg", "build", str(folder / "pages"),
                        "--out", tmp, "-q", "--no-cache"], check=True, capture_output=True)
        cmd = [sys.executable, "-m", "newskg", "eval", str(folder / "gold"),
               "--graph", str(Path(tmp) / "graph.ttl"), "-q"]
        if (folder / "qualified").is_dir():
            cmd += ["--qualified", str(folder / "qualified")]
        return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def _overall(report: str) -> str:
    m = _OVERALL.search(report)
    return f"P {m.group(1)} R {m.group(2)} F1 {m.group(3)}" if m else "-"


def main(argv: list[str]) -> None:
    sets = [Path(a) for a in argv] or sorted((ROOT / "tests/data/real").glob("batch*"))
    rows = []
    for folder in sets:
        now = score(folder)
        first_file = folder.parent.parent / "real-scores" / folder.name / "first-measured.txt"
        first = first_file.read_text(encoding="utf-8") if first_file.is_file() else ""
        rows.append((folder.name, first, now))
    print("| set | first measured | now | posts qualified of found (first → now) |")
    print("| --- | --- | --- | --- |")
    for name, first, now in rows:
        fp, np_ = _POSTS.search(first), _POSTS.search(now)
        posts = f"{fp.group(1) if fp else '-'} → {np_.group(1) if np_ else '-'}"
        print(f"| {name} | {_overall(first) if first else '-'} | {_overall(now)} | {posts} |")
    print()
    print("| set | " + " | ".join(PROPS) + " |")
    print("| --- |" + " --- |" * len(PROPS))
    for name, first, now in rows:
        f, n = _props(first), _props(now)
        print(f"| {name} | " + " | ".join(f"{f[p]} → {n[p]}" for p in PROPS) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
