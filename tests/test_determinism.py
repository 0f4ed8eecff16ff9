"""Two builds of every page the repository carries write the same bytes.

The README promises that the same input gives byte-identical files, so that two
builds can be diffed and a refactor shown to change nothing. Here the seed
page, the dev pages and every test page set (the written sets and the real
batches) are built twice, in two processes with different hash seeds (set and
dict order, the layout's inputs) and no cache, and every file of the two output
folders is compared, the manifest included.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from requires import ROOT

from newskg.exports import FORMATS

#: the seed, the dev pages, the written sets and the real batches, relative to ROOT
INPUTS = ["seeds", *sorted(p.relative_to(ROOT).as_posix()
                           for p in (ROOT / "tests" / "data").glob("**/pages") if p.is_dir())]


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def test_the_inputs_are_the_seed_dev_and_test_pages():
    assert INPUTS[:2] == ["seeds", "tests/data/blind/pages"]
    assert "tests/data/dev/pages" in INPUTS
    assert sum(p.startswith("tests/data/real/batch") for p in INPUTS) >= 6
    assert len({*INPUTS}) == len(INPUTS) >= 12


def test_two_builds_of_every_page_set_are_byte_identical(tmp_path):
    builds = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        args = [sys.executable, "-m", "newskg", "build", *INPUTS, "--out", str(out),
                "--workers", "1", "--no-cache", "-q"]
        builds.append((out, subprocess.Popen(args, cwd=ROOT, env=env, text=True,
                                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)))
    for _, proc in builds:
        stdout, stderr = proc.communicate(timeout=600)
        assert proc.returncode == 0, stderr
        assert "articles from" in stdout
    first, second = (_outputs(out) for out, _ in builds)
    assert set(first) == {name for name, _ in FORMATS.values()} | {"manifest.json"}
    assert len(first["graph.ttl"]) > 1_000_000  # every page is in it, not an empty graph
    assert [name for name in first if first[name] != second[name]] == []
