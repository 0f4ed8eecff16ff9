"""Write constraints.txt: `pip freeze`, kept to what newskg and its extras need.

The outputs are byte-identical for the same input *and the same versions*; this
file names the versions. It walks the requirements of ``pyproject.toml`` (the
project and the extras given, ``test dev cluster`` by default) through the
installed distributions' own requirements, and keeps the `pip freeze` line of
every distribution reached. Run it in an environment where those extras are
installed and the tests pass:

    python scripts/freeze_constraints.py > constraints.txt
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
EXTRAS = ("test", "dev", "cluster")


def _wanted(req: Requirement, extras: set[str]) -> bool:
    """Whether ``req`` applies on this machine when ``extras`` are asked for."""
    if req.marker is None:
        return True
    return any(req.marker.evaluate({"extra": e}) for e in extras | {""})


def closure(extras: tuple[str, ...]) -> set[str]:
    """Canonical names of every distribution the project and ``extras`` pull in."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    name = canonicalize_name(project["name"])
    optional = project.get("optional-dependencies", {})
    todo = [(Requirement(r), set()) for r in project["dependencies"]]
    asked = set(extras)
    while asked:  # the project's extras, including those that name other extras
        extra = asked.pop()
        for line in optional[extra]:
            req = Requirement(line)
            if canonicalize_name(req.name) == name:
                asked |= req.extras
            else:
                todo.append((req, set()))
    seen: set[str] = set()
    missing: list[str] = []
    while todo:
        req, _ = todo.pop()
        key = canonicalize_name(req.name)
        if key in seen:
            continue
        try:
            dist = metadata.distribution(req.name)
        except metadata.PackageNotFoundError:
            missing.append(req.name)
            continue
        seen.add(key)
        for line in dist.requires or []:
            sub = Requirement(line)
            if _wanted(sub, set(req.extras)):
                todo.append((sub, set()))
    if missing:
        sys.exit(f"not installed, cannot pin: {', '.join(sorted(set(missing)))}")
    return seen


def main(argv: list[str]) -> int:
    extras = tuple(argv) or EXTRAS
    names = closure(extras)
    frozen = subprocess.run([sys.executable, "-m", "pip", "freeze", "--all"],
                            capture_output=True, text=True, check=True).stdout
    lines = [line for line in frozen.splitlines()
             if "==" in line and canonicalize_name(line.split("==")[0]) in names]
    print(f"# pip freeze of what newskg and its extras {', '.join(extras)} need")
    print(f"# (python {sys.version.split()[0]}); regenerate: python scripts/freeze_constraints.py")
    print("\n".join(sorted(lines, key=str.lower)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
