"""Run the extraction stages on one document.

repair -> split_articles -> (per article) read_relations -> tidy. Each stage is
a plain function; :func:`run` is the short loop that wires them.
"""

from __future__ import annotations

from dataclasses import replace

from ..records import Article, Document, Mention, Relation
from .align import Locator
from .articles import looks_like_name, split_articles
from .dates import DateContext
from .hanzi import original_form
from .lexicon import Lexicon, load_lexicon
from .persons import title_pattern
from .posts import PageContext, resolve_posts
from .reader import iso_date
from .relations import read_relations
from .repair import repair
from .scan import resolve_short_forms, scan_mentions

__all__ = ["extract_article", "run"]


def _tidy(relations: list[Relation]) -> list[Relation]:
    """One statement per (subject, property, object, sentence); posts said twice
    in shorter form (省商务厅厅长 then 厅长) kept once, in the longer form."""
    seen: set[tuple] = set()
    out: list[Relation] = []
    posts: dict[str, set[str]] = {}
    for r in relations:
        if r.prop == "holdsPosition":
            posts.setdefault(r.subject.label, set()).add(r.object.label)
    for r in relations:
        if r.prop == "holdsPosition" and any(
            p != r.object.label and p.endswith(r.object.label) for p in posts[r.subject.label]
        ):
            continue
        key = (r.subject.label, r.subject.cls, r.prop, r.object.label, r.object.cls, r.start)
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


def _tidy_mentions(mentions: list[Mention]) -> list[Mention]:
    seen: set[tuple] = set()
    out = []
    for m in sorted(mentions, key=lambda m: (m.start, m.end, m.cls, m.label)):
        key = (m.start, m.end, m.cls, m.label)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def extract_article(
    article: Article, lex: Lexicon, year: int | None = None, place: str | None = None,
    page: PageContext | None = None,
) -> Article:
    """Fill an article's mentions, relations, event dates and posts from its text."""
    dates = DateContext(published=article.date, year=year)
    mentions, relations, event_dates = read_relations(
        article.text, lex, dates, article.headline or "")
    mentions += scan_mentions(article.text, lex, mentions, title_pattern(lex))
    resolved = dict(zip(((m.start, m.end, m.cls, m.text) for m in mentions),
                        resolve_short_forms(mentions, lex), strict=True))

    def res(m: Mention) -> Mention:
        return resolved.get((m.start, m.end, m.cls, m.text), m)

    relations = [replace(r, subject=res(r.subject), object=res(r.object)) for r in relations]
    article.mentions = _tidy_mentions(list(resolved.values()))
    article.relations = _tidy(relations)
    article.event_dates = event_dates
    return resolve_posts(article, place, page)


def _cite(article: Article, doc: Document, locate: Locator) -> None:
    """Each relation's evidence as the file prints it, and where it stands in the file.

    A sentence that cannot be found again (repair dropped something inside it
    and around it) keeps the repaired form and no span.
    """
    page = doc.original if doc.original is not None else doc.text
    locate.article(article.text)
    found: dict[str, tuple[int, int] | None] = {}
    cited = []
    for r in article.relations:
        if r.evidence not in found:
            found[r.evidence] = locate.find(r.evidence)
        span = found[r.evidence]
        if span is None:
            evidence = original_form(doc, r.evidence) if doc.original is not None else r.evidence
            cited.append(replace(r, evidence=evidence))
        else:
            a, b = span
            cited.append(replace(r, evidence=page[a:b],
                                 source_span=(doc.offset + a, doc.offset + b)))
    article.relations = cited
    if article.byline and (span := locate.find(article.byline)):
        article.byline = page[span[0]:span[1]]
        article.byline_span = (doc.offset + span[0], doc.offset + span[1])


def run(doc: Document, options) -> list[Article]:
    lex = load_lexicon(tuple(options.lexicons))
    lines = repair(doc.text)
    locate = Locator(doc.text)
    page = PageContext(Article(doc.source, -1, doc.text, paper=doc.paper), options.place)
    out = []
    parts = split_articles(lines, lex)
    for i, (headline, byline, text, reporters) in enumerate(parts):
        if doc.title and (len(parts) == 1 or not headline and i == 0):
            headline = doc.title  # a dump's title field names its one report (not a caption)
        if not reporters and doc.author:  # a crawler's author field: names only, no bodies
            reporters = tuple(a for a in doc.author.split() if looks_like_name(a, lex))
        published = doc.published or (iso_date(byline) if "时间" in byline else None)
        art = Article(
            source=doc.source, index=i, text=text, headline=headline, byline=byline,
            reporters=reporters, date=published, paper=doc.paper, url=doc.url,
            line=doc.line, page=doc.page, origin=doc.origin,
        )
        art = extract_article(art, lex, options.year, options.place, page)
        if doc.original is not None or doc.original_title is not None:
            _keep_page_spelling(art, doc)
        _cite(art, doc, locate)
        out.append(art)
    return out


def _keep_page_spelling(article: Article, doc: Document) -> None:
    """A traditional page was read in simplified characters: labels stay
    simplified (so they merge with other pages), the page's own spelling becomes
    each mention's surface form (an alias in the graph) and the headline (which
    is quoted, never merged); :func:`_cite` quotes the evidence from the page."""

    def own(m: Mention) -> Mention:
        text = original_form(doc, m.text)
        return m if text == m.text else replace(m, text=text)

    if doc.original_title is not None and article.headline == doc.title:
        article.headline = doc.original_title
    else:
        article.headline = original_form(doc, article.headline)
    article.mentions = [own(m) for m in article.mentions]
    article.relations = [
        replace(r, subject=own(r.subject), object=own(r.object)) for r in article.relations
    ]
