"""Run the extraction stages on one document (first cut, being replaced)."""

from __future__ import annotations

import re

from ..records import Article, Document, Mention, Relation

_TITLE_NAME = re.compile(r"(市委书记|市长)([\u4e00-\u9fff]{3})")


def run(doc, options) -> list[Article]:
    text = re.sub(r"\s+", "", doc.text)
    art = Article(doc.source, 0, text, headline=doc.title or "", date=doc.published)
    for m in _TITLE_NAME.finditer(text):
        t = Mention(m.group(1), "Position", m.start(1), m.end(1))
        p = Mention(m.group(2), "Person", m.start(2), m.end(2))
        art.mentions += [p, t]
        art.relations.append(Relation(p, "holdsPosition", t, text[max(0, m.start() - 5):m.end() + 5], m.start(), m.end()))
    return [art]
