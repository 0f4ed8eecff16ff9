"""Everything the extractor reads from a set of pages, as one JSON document.

A refactor of the rules must not change what they read. Take a snapshot before
the change and one after, and compare them::

    python scripts/extraction_snapshot.py > /tmp/snap-before.json
    # ... change the code ...
    python scripts/extraction_snapshot.py > /tmp/snap-after.json
    cmp /tmp/snap-before.json /tmp/snap-after.json

By default the pages are the seed page (``seeds/``), the shared dev pages
(``../shared/devset/pages`` when the checkout has them beside it), every page
under ``tests/data/*/pages`` and ``tests/data/real/batch*/pages``, and a
generated archive of ``--generated`` pages (``benchmarks.corpus``, invented
names). Each article gives its headline, reporters, mentions, relations (in the
order the extractor gives them) and event dates. ``--time N`` prints instead
the best of N timings of the extraction alone, in CPU seconds of this process,
so that other work on the machine disturbs it less (the pages are read once,
before the clock starts).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newskg.extractors import ExtractOptions, extract  # noqa: E402
from newskg.extractors.reader import read_documents  # noqa: E402
from newskg.records import Article, Document, Mention  # noqa: E402


def _pages(shared: Path, generated_dir: Path | None) -> list[Path]:
    dirs = [ROOT / "seeds", shared / "devset" / "pages",
            *sorted((ROOT / "tests" / "data").glob("*/pages")),
            *sorted((ROOT / "tests" / "data" / "real").glob("batch*/pages"))]
    if generated_dir is not None:
        dirs.append(generated_dir)
    return [p for d in dirs if d.is_dir() for p in sorted(d.iterdir()) if p.suffix == ".txt"]


def _mention(m: Mention) -> list[Any]:
    return [m.text, m.cls, m.start, m.end, m.label]


def _article(a: Article) -> dict[str, Any]:
    return {
        "headline": a.headline,
        "reporters": list(a.reporters),
        "mentions": [_mention(m) for m in a.mentions],
        "relations": [
            [_mention(r.subject), r.prop, _mention(r.object), r.evidence, r.start, r.end,
             r.date, r.activity]
            for r in a.relations
        ],
        "event_dates": a.event_dates,
    }


def _documents(pages: list[Path]) -> list[tuple[str, Document]]:
    return [(str(p.relative_to(p.parents[1])), d) for p in pages for d in read_documents(p)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--generated", type=int, default=60,
                    help="pages of a generated archive to add (0: none)")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                    help="the shared folder that holds devset/pages")
    ap.add_argument("--time", type=int, default=0, metavar="N",
                    help="print the best of N timings (CPU seconds) instead of the snapshot")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        generated = None
        if args.generated:
            from benchmarks.corpus import generate

            generated = Path(tmp) / "generated"
            generate(args.generated, generated)
        docs = _documents(_pages(args.shared, generated))
    options = ExtractOptions()
    if args.time:
        extract(docs[0][1], options)  # load jieba and the lexicon outside the clock
        times = []
        for _ in range(args.time):
            t0 = time.process_time()
            for _, doc in docs:
                extract(doc, options)
            times.append(time.process_time() - t0)
        print(f"{len(docs)} documents: best {min(times):.3f}s of "
              + ", ".join(f"{t:.3f}" for t in times))
        return
    snap = {f"{name}#{i}": _article(a)
            for name, doc in docs for i, a in enumerate(extract(doc, options))}
    json.dump(snap, sys.stdout, ensure_ascii=False, sort_keys=True, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
