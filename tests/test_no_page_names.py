"""Rules are tuned to the genre, never to a page.

No person, enterprise or meeting that a gold file of the real corpus, the
shared dev pages or the seed names may appear in the extractor's code or
lexicons, not even in a comment: a rule that knows a page's names scores well
on that page and says nothing of the next one. The gazetteer's place lists
(from outside sources, every county of the country) are exempt: a place is
not a page's name, and a 2-character Person label can be a county's name.
"""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).parent / "data"
PACKAGE = Path(__file__).parent.parent / "newskg"
#: lists of the whole country or world, from outside sources (their headers say which)
EXEMPT = {"divisions.tsv", "countries.tsv"}
CHECKED = {"Person", "Enterprise", "Event"}
#: gold aliases that are ordinary words, not a page's name (a firm's short
#: form 建设集团, a firm called 集团公司 for short, a ceremony written 揭牌仪式,
#: a meeting written 座谈会 or 交流会); 兴和, a county the place words list (since
#: 33f3a5d) so that 振兴和… is never read as it, is also a firm's short name in batch09;
#: 招商推介会 (an investment fair) names a kind of meeting in batch18, as 座谈会 does
ORDINARY = {"建设集团", "集团公司", "揭牌仪式", "座谈会", "交流会", "兴和", "开幕式", "方向",
            "招商推介会"}


def page_names() -> dict[str, str]:
    """Every label and alias of a checked type in the project's gold, with a file naming it."""
    names: dict[str, str] = {}
    golds = [*DATA.glob("real/batch*/gold*/*.json"), *DATA.glob("dev/gold/*.json"),
             *DATA.glob("seed/**/*.json")]
    assert len(golds) > 150, "the real corpus' gold files are missing"
    for path in golds:
        doc = json.loads(path.read_text(encoding="utf-8"))
        for entity in doc.get("entities", []):
            if entity.get("type") in CHECKED:
                for name in [entity["label"], *entity.get("aliases", [])]:
                    if len(name) >= 2 and name not in ORDINARY:
                        names.setdefault(name, f"{path.parent.parent.name}/{path.name}")
    return names


def test_no_name_of_a_page_in_code_or_lexicons():
    names = page_names()
    found = []
    for path in sorted(PACKAGE.rglob("*")):
        if not path.is_file() or path.name in EXEMPT or path.suffix in {".pyc", ".png"}:
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        found += [f"{path.relative_to(PACKAGE)}: {name} (from {where})"
                  for name, where in names.items() if name in text]
    assert not found, "names of pages in the code:\n" + "\n".join(found)


def test_every_real_page_says_where_it_came_from():
    """A page of the real corpus is copied as published: its first line names the
    public repository and path it came from, so anyone can check it. Reports
    about the corpus live in ``tests/data/real-scores``, not beside the pages."""
    real = DATA / "real"
    texts = sorted(p for p in real.rglob("*") if p.is_file() and p.suffix != ".json"
                   and p.name not in {"README.md", "INDEX.tsv"})
    assert len(texts) >= 150
    unsourced = [str(p.relative_to(real)) for p in texts
                 if p.parent.name != "pages"
                 or not p.read_text(encoding="utf-8").startswith("# source: ")]
    assert not unsourced, "pages without a '# source: owner/repo:path' header:\n" + "\n".join(
        unsourced)
