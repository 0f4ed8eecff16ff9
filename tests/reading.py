"""What the extractor reads from one sentence or page, in the shapes tests compare.

Shared by the tests of real constructions (tests/test_real_*.py): posts by
person from the name reader alone, and (subject, object) pairs of one property
from a whole extraction.
"""

from __future__ import annotations

from pathlib import Path

from newskg.extractors import ExtractOptions, extract, read_documents
from newskg.extractors.lexicon import load_lexicon
from newskg.extractors.persons import find_persons
from newskg.records import Document


def posts_of(sentence: str) -> dict[str, list[str]]:
    """Each person the name reader finds in ``sentence``, with the posts as written."""
    return {p.name.label: [m.text for m in p.posts] for p in find_persons(sentence, load_lexicon())}


def pairs(page: Path | str, prop: str) -> list[tuple[str, str]]:
    """(subject, object) labels of every ``prop`` statement extracted from ``page``
    (a file, or the text of a page)."""
    doc = read_documents(page)[0] if isinstance(page, Path) else Document("page.txt", page)
    return [(r.subject.label, r.object.label) for a in extract(doc, ExtractOptions())
            for r in a.relations if r.prop == prop]
