"""The records that pass between the stages of newskg.

A :class:`Document` is one input (a page file, or one line of a crawler's
JSONL). The extractors cut it into :class:`Article` records, find
:class:`Mention` spans in each article's text and derive :class:`Relation`
records from them. The graph builder reads only these records; the exports read
only the graph. Offsets are character offsets into ``Article.text``, so every
relation can be traced back to the exact sentence it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "CLASSES",
    "PROPERTIES",
    "SCORED_PROPERTIES",
    "Article",
    "Document",
    "Mention",
    "Post",
    "Relation",
]

#: The node classes of the graph contract (docs/ontology.md), without prefix.
CLASSES = (
    "Person",
    "Position",
    "Organization",
    "Enterprise",
    "Place",
    "Event",
    "Campaign",
    "Article",
)

#: The relations whose triples gold files score (gold-format.md, "Scores").
SCORED_PROPERTIES = (
    "holdsPosition",
    "chaired",
    "attended",
    "spokeAt",
    "inspected",
    "accompanied",
    "met",
)

#: The relations between nodes of the graph contract, without prefix.
PROPERTIES = (
    *SCORED_PROPERTIES,
    "deployed",
    "locatedIn",
    "reportedBy",
    "mentions",
)


@dataclass(frozen=True)
class Document:
    """One input text with what its file says about it.

    ``source`` is the file as shown to users and written as ``nkg:sourceFile``
    (its path under the input folder); ``line`` the line of a JSONL file the
    document is, ``None`` for a page. ``offset`` is where ``text`` starts in the
    file's text (after the header lines), so that evidence can be located in
    the file. ``origin``, ``paper``, ``page``, ``url`` and ``published`` are
    what the page's header lines (``# source:``...) or the JSONL fields say;
    ``published`` is an ISO date (``YYYY-MM-DD``) or ``None``. When the page is
    in traditional characters, ``text`` and ``title`` are converted to
    simplified ones for extraction and ``original`` holds the text as written,
    the same length as ``text`` (see :mod:`newskg.extractors.hanzi`);
    ``original_title`` the title as written.
    """

    source: str
    text: str
    published: str | None = None
    paper: str | None = None
    page: str | None = None
    url: str | None = None
    title: str | None = None
    author: str | None = None
    original: str | None = None
    original_title: str | None = None
    line: int | None = None
    offset: int = 0
    origin: str | None = None


@dataclass(frozen=True)
class Mention:
    """A span of an article's text that names a node.

    ``text`` is the surface form, ``label`` the canonical name it resolves to
    within its article (华丰 → 华丰精工有限公司); they differ for short forms.
    """

    text: str
    cls: str
    start: int
    end: int
    label: str = ""

    def __post_init__(self) -> None:
        if not self.label:
            object.__setattr__(self, "label", self.text)


#: the levels of posts that have no jurisdiction (docs/ontology.md, "Posts")
_PLACELESS = frozenset({"national", "enterprise", "institution", "unknown"})


@dataclass(frozen=True)
class Post:
    """A post resolved to its place and body, as docs/ontology.md's Position.

    ``label`` is the qualified form (永康市委书记), or the form as written when
    the page does not let a reader resolve it (``level`` is then
    ``unknown`` and the post belongs to its article alone); ``title`` is the
    post without its place (市委书记); ``place`` the jurisdiction's name and
    ``place_chain`` it with the places it lies in, narrowest first (永康市,
    金华市, 浙江省); ``body`` the organisation when the text tells it.
    """

    label: str
    title: str
    level: str = "unknown"
    place: str | None = None
    place_chain: tuple[str, ...] = ()
    body: str | None = None

    @property
    def resolved(self) -> bool:
        return self.level != "unknown"

    @property
    def jurisdiction(self) -> tuple[str, ...]:
        """The place whose post it is, with the places it lies in (narrowest first);
        empty for national, enterprise and institution posts, which belong to no
        place even when the text names one (a county's 第一中学校长)."""
        if self.level in _PLACELESS or not self.place:
            return ()
        return self.place_chain or (self.place,)


@dataclass(frozen=True)
class Relation:
    """One statement: ``subject --prop--> object``, with the sentence saying it.

    ``start``/``end`` are the offsets of the sentence in ``Article.text``.
    ``date`` is ``YYYY-MM-DD`` or ``--MM-DD`` when the text dates the statement;
    ``activity`` is the kind of activity (调研, 督查, 主持...) when there is one.
    ``source_span`` is where ``evidence`` stands in the input file (character
    offsets into its text), once the pipeline has found it there; ``evidence``
    is then the sentence exactly as the file prints it. ``former`` marks a
    holdsPosition the text gives as a former post (原…, 时任…, 曾任…).
    """

    subject: Mention
    prop: str
    object: Mention
    evidence: str
    start: int
    end: int
    date: str | None = None
    activity: str | None = None
    source_span: tuple[int, int] | None = None
    former: bool = False


@dataclass
class Article:
    """One article cut out of a page, with what the extractors found in it.

    ``source`` and ``line`` name the input file (and JSONL line) as in
    :class:`Document`; ``index`` is the article's position in its page
    (0-based); ``date`` is the publication date (ISO) when known; ``origin``,
    ``paper``, ``page`` and ``url`` are the document's; ``event_dates`` maps an
    Event label to its date as the text gives it. ``byline_span`` is where the
    byline stands in the input file, once the pipeline has found it there.
    ``posts`` maps each Position label of the article to its :class:`Post`;
    ``places`` is the place the article is about (its paper's, or the one it
    names most), narrowest first.
    """

    source: str
    index: int
    text: str
    headline: str = ""
    byline: str = ""
    reporters: tuple[str, ...] = ()
    date: str | None = None
    paper: str | None = None
    url: str | None = None
    line: int | None = None
    page: str | None = None
    origin: str | None = None
    byline_span: tuple[int, int] | None = None
    posts: dict[str, Post] = field(default_factory=dict)
    places: tuple[str, ...] = ()
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    event_dates: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> str:
        """A key stable from run to run: the same article gets the same IRI."""
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}#{self.index}"
