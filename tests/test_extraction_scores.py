"""The extraction measured the way users measure it: build pages, score with
``newskg eval`` against a careful reader's gold.

The sets under tests/data (genre, heldout, blind, final, fifth) were written by people who
had not read the extractor, imitating the pages the tool is scored on
elsewhere; the seed gold and the dev set (ten real pages) are the repository's
copies of the shared ones (tests/data/seed, tests/data/dev).
The floors are the issue's targets, so a change that costs precision or
recall below them fails here, whichever rule it touched.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newskg.build import BuildOptions, build
from newskg.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "genre": (ROOT / "tests/data/genre/pages", ROOT / "tests/data/genre/gold"),
    "seed": (ROOT / "seeds", ROOT / "tests/data/seed/gold"),
    "dev": (ROOT / "tests/data/dev/pages", ROOT / "tests/data/dev/gold"),
    "heldout": (ROOT / "tests/data/heldout/pages", ROOT / "tests/data/heldout/gold"),
    "blind": (ROOT / "tests/data/blind/pages", ROOT / "tests/data/blind/gold"),
    "final": (ROOT / "tests/data/final/pages", ROOT / "tests/data/final/gold"),
    "fifth": (ROOT / "tests/data/fifth/pages", ROOT / "tests/data/fifth/gold"),
}


@pytest.fixture(scope="module", params=sorted(SETS))
def scored(request, tmp_path_factory):
    pages, gold = SETS[request.param]
    out = tmp_path_factory.mktemp(request.param)
    build(BuildOptions(inputs=(str(pages),), out=str(out), progress=False, workers=1,
                       cache=False))
    return request.param, evaluate(gold, out / "graph.ttl")


def test_precision_and_f1_meet_the_targets(scored):
    name, report = scored
    overall = report.overall
    assert overall.precision >= 0.95, f"{name}: precision {overall.precision:.3f}"
    assert overall.f1 >= 0.90, f"{name}: F1 {overall.f1:.3f}"


def test_no_property_falls_below_080(scored):
    name, report = scored
    low = {p: round(s.f1, 3) for p, s in report.properties.items()
           if s.gold >= 3 and s.f1 is not None and s.f1 < 0.80}
    assert not low, f"{name}: {low}"


def test_articles_and_events_are_found(scored):
    name, report = scored
    assert report.articles.f1 is None or report.articles.f1 >= 0.9, name
    assert report.events.f1 is None or report.events.f1 >= 0.8, name


def test_seed_and_dev_pages_are_read_without_a_wrong_or_missing_triple(scored):
    """Issue 11 keeps the seed and the shared dev pages at F1 1.00: one wrong
    triple there (P .99 rounds to F1 1.00) is a regression, not noise."""
    name, report = scored
    if name not in ("seed", "dev"):
        return
    overall = report.overall
    assert (overall.precision, overall.recall) == (1.0, 1.0), \
        f"{name}: P {overall.precision:.3f} R {overall.recall:.3f}"
