"""The README stays one screen that tells the truth, and every page it sends to exists.

Its scores table shows each real batch's first measurement exactly as
``tests/data/real-scores/batchNN/first-measured.txt`` recorded it (the honest estimate for unseen
pages); the rest of the documentation lives in docs/, and a link that leads
nowhere is a page lost.
"""

from __future__ import annotations

import re

from requires import ROOT

README = ROOT / "README.md"
REAL = ROOT / "tests" / "data" / "real"
SCORES = REAL.parent / "real-scores"


def _scores_rows() -> dict[str, list[str]]:
    text = README.read_text("utf-8")
    table = text.split("<!-- scores -->", 1)[1].split("<!-- /scores -->", 1)[0]
    rows = [[c.strip() for c in line.strip().strip("|").split("|")]
            for line in table.strip().splitlines()]
    assert rows[0] == ["gold set", "pages", "first measured", "now"]
    return {row[0]: row for row in rows[2:]}


def _first_measured(batch: str) -> tuple[str, int]:
    """The overall triple score and the number of pages of a batch's first report."""
    report = (SCORES / batch / "first-measured.txt").read_text("utf-8")
    overall = re.search(r"^overall\s+P (\S+)\s+R (\S+)\s+F1 (\S+)", report, re.M)
    pages = re.search(r"(\d+) gold documents", report)
    assert overall and pages
    return "P {} R {} F1 {}".format(*overall.groups()), int(pages.group(1))


def test_the_scores_table_leads_with_every_real_batch_as_first_measured():
    rows = _scores_rows()
    batches = sorted(p.parent.name for p in SCORES.glob("batch*/first-measured.txt"))
    assert len(batches) >= 6
    assert list(rows)[: len(batches)] == [f"real {b}" for b in batches]
    for batch in batches:
        score, pages = _first_measured(batch)
        assert rows[f"real {batch}"][1:3] == [str(pages), score], batch
        assert pages == len(list((REAL / batch / "pages").glob("*.txt"))), batch


def test_the_readme_fits_on_a_screen_or_two():
    size = len(README.read_bytes())
    assert size <= 9_000, f"README.md is {size} bytes: move the detail into docs/"


def test_every_relative_link_of_the_documentation_leads_to_a_file():
    pages = [README, ROOT / "CHANGELOG.md", *sorted((ROOT / "docs").glob("*.md"))]
    broken = []
    for page in pages:
        for target in re.findall(r"\]\(([^)\s]+)\)", page.read_text("utf-8")):
            path = target.split("#", 1)[0]
            if path and "://" not in path and not (page.parent / path).exists():
                broken.append(f"{page.relative_to(ROOT)}: {target}")
    assert broken == []
