"""Stage one: text -> articles -> mentions -> relations.

:func:`extract` runs the stages on one document:

1. :mod:`.repair`    rejoin column-broken lines, normalise characters;
2. :mod:`.articles`  cut the page into articles with headline and byline;
3. :mod:`.mentions`  find persons, posts, bodies, places, events, campaigns;
4. :mod:`.relations` read who did what to whom from each sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Article, Document
from .reader import MAX_BYTES, InputError, find_inputs, iter_documents, read_documents

__all__ = [
    "ExtractOptions",
    "InputError",
    "extract",
    "find_inputs",
    "iter_documents",
    "read_documents",
]

#: Bumped whenever extraction output may change, so caches are invalidated.
EXTRACTOR_VERSION = "0.1.0"


@dataclass(frozen=True)
class ExtractOptions:
    """What a user can set for extraction.

    ``year`` dates articles whose file gives no publication date;
    ``lexicons`` are extra lexicon files merged over the bundled ones;
    ``max_bytes`` is the largest page (or JSONL line) read, see :mod:`.reader`;
    ``place`` is where the pages are from when their files do not say (a
    folder of one paper: ``永康``, ``浙江省金华市永康市``), so that its 市长 is
    永康市市长 (see :mod:`.posts`).
    """

    year: int | None = None
    lexicons: tuple[str, ...] = ()
    max_bytes: int = MAX_BYTES
    place: str | None = None


def extract(doc: Document, options: ExtractOptions = ExtractOptions()) -> list[Article]:
    """The articles of one document, with their mentions and relations."""
    from .pipeline import run

    return run(doc, options)
