"""The repository's copies of the shared contract, gold and dev set equal the shared folder.

A clone carries its own contract (docs/ontology.md, docs/gold-format.md) and the
gold the tests score against (tests/data/seed, tests/data/dev); the shared
folder beside the checkout is where they are agreed. When the two differ, these
tests fail and say which file to copy. Without the shared folder they fail too,
saying so (CI always has it).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from requires import DATA, ROOT, require_shared

#: (folder in the repository, folder in the shared folder, the files it mirrors)
MIRRORS = [
    ("docs", "docs", ("ontology.md", "gold-format.md")),
    ("seeds", "seeds", "*.txt"),
    ("tests/data/seed/gold", "gold/dev", "*.json"),
    ("tests/data/seed/qualified", "gold/qualified", "000_*.json"),
    ("tests/data/dev/pages", "devset/pages", "*.txt"),
    ("tests/data/dev/gold", "devset/gold", "*.json"),
    ("tests/data/dev/qualified", "gold/qualified", ("README.md", "dev_*.json")),
]


def _files(folder: Path, patterns: str | tuple[str, ...]) -> dict[str, bytes]:
    names = (patterns,) if isinstance(patterns, str) else patterns
    return {p.name: p.read_bytes() for name in names for p in sorted(folder.glob(name))}


def differences(ours: Path, theirs: Path, patterns: str | tuple[str, ...]) -> list[str]:
    """One line per file that is missing on one side or differs, with what to do."""
    mine, shared = _files(ours, patterns), _files(theirs, patterns)
    lines = [f"{theirs / n} is not copied: cp {theirs / n} {ours}/" for n in shared
             if n not in mine]
    lines += [f"{ours / n} is no longer in {theirs}: git rm {ours / n}"
              for n in mine if n not in shared]
    lines += [f"{ours / n} differs from {theirs / n}: cp {theirs / n} {ours / n}"
              for n in mine if n in shared and mine[n] != shared[n]]
    return lines


@pytest.mark.parametrize(("ours", "theirs", "patterns"), MIRRORS, ids=[m[0] for m in MIRRORS])
def test_the_copy_equals_the_shared_folder(ours, theirs, patterns):
    shared = require_shared(theirs)
    assert _files(ROOT / ours, patterns), f"{ours}: no copy in the repository"
    assert not differences(ROOT / ours, shared, patterns), "\n".join(
        differences(ROOT / ours, shared, patterns))


def test_a_changed_or_missing_file_is_named_with_the_fix(tmp_path):
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    ours.mkdir()
    theirs.mkdir()
    for folder in (ours, theirs):
        (folder / "same.json").write_text("{}")
    (theirs / "new.json").write_text("{}")
    (ours / "old.json").write_text("{}")
    (ours / "edited.json").write_text('{"a": 1}')
    (theirs / "edited.json").write_text('{"a": 2}')
    assert differences(ours, theirs, "*.json") == [
        f"{theirs / 'new.json'} is not copied: cp {theirs / 'new.json'} {ours}/",
        f"{ours / 'old.json'} is no longer in {theirs}: git rm {ours / 'old.json'}",
        f"{ours / 'edited.json'} differs from {theirs / 'edited.json'}: "
        f"cp {theirs / 'edited.json'} {ours / 'edited.json'}",
    ]


def test_no_test_or_document_reads_the_shared_folder_but_this_one():
    """The suite scores against the copies; only the comparison above may look beside."""
    readers = [p.relative_to(ROOT).as_posix() for p in sorted((ROOT / "tests").glob("*.py"))
               if p.name not in ("requires.py", Path(__file__).name)
               and ("SHARED" in p.read_text("utf-8") or "../shared" in p.read_text("utf-8"))]
    assert readers == []
    # the README and the user's documentation moved out of it (docs/, CHANGELOG.md)
    pages = [ROOT / "README.md", ROOT / "CHANGELOG.md", *sorted((ROOT / "docs").glob("*.md"))]
    assert len(pages) > 8
    assert [(page.name, line) for page in pages for line in page.read_text("utf-8").splitlines()
            if "../shared" in line or "shared docs" in line
            or "shared `" in line or "(in the shared folder)" in line] == []


def test_the_dev_pages_keep_their_source_headers():
    pages = sorted((DATA / "dev" / "pages").glob("*.txt"))
    assert len(pages) == 10
    assert all(p.read_text("utf-8").startswith("# source: ") for p in pages)
