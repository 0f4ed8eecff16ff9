"""The README's quick start works in a checkout with nothing beside it.

Its `newskg` commands are run as written, in a copy of what a clone holds (no
shared folder next to it), and must all succeed: a new user's first minutes
need nothing the repository does not carry.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

from requires import ROOT


def quick_start_commands() -> list[str]:
    """The ``newskg`` commands of the README's quick start, in order, comments removed."""
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", section, flags=re.S):
        for line in block.splitlines():
            for part in line.split("#", 1)[0].split("&&"):
                if part.strip().startswith("newskg "):
                    commands.append(part.strip())
    return commands


def test_the_quick_start_runs_in_a_clone_with_nothing_beside_it(tmp_path):
    clone = tmp_path / "newskg"
    for folder in ("seeds", "docs", "tests/data"):
        shutil.copytree(ROOT / folder, clone / folder)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["newskg"]  # no shared folder beside
    commands = quick_start_commands()
    assert [c.split()[1] for c in commands] == ["build", "query", "eval"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # this checkout's newskg, as if installed
    for command in commands:
        args = [sys.executable, "-m", "newskg", *command.split()[1:]]
        done = subprocess.run(args, cwd=clone, env=env, capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0, f"{command}: {done.stderr}"
        assert "Traceback" not in done.stderr
    assert (clone / "out" / "graph.ttl").is_file()
    assert "../" not in " ".join(commands)
    assert "tests/data/seed/gold" in commands[2]  # the gold the clone carries

