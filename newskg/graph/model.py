"""What a newskg graph holds, for the exports and for Python users.

The graph is a :class:`networkx.MultiDiGraph` whose nodes are IRIs (strings)
and whose edges are keyed by property name, so there is at most one edge per
(subject, property, object), as in the plain RDF triples.

Node attributes
    ``type``     class name of docs/ontology.md (``Person``, ``Event``...)
    ``label``    the canonical name (Chinese)
    ``aliases``  tuple of other surface forms, sorted
    ``dates``    tuple of ISO dates (``YYYY-MM-DD``) on which the text places
                 the node, sorted; ``--MM-DD`` dates are left out
    ``start_date``  Event only: ``YYYY-MM-DD`` or ``--MM-DD``, or ``None``
    ``title``, ``level``, ``jurisdiction``, ``body``
                 Position only: the post without its place (市委书记), its level
                 (``county``... ``unknown``), the labels of its Place and
                 Organization (empty when none); the same Place and
                 Organization are also the targets of ``jurisdiction`` and
                 ``body`` edges
    ``post``     Person only: the post the person was last seen holding (its
                 label), empty when none; the viewer and tables show it
    ``headline``, ``date_published``, ``source_file``, ``line``, ``index``,
    ``url``, ``paper``, ``page``, ``origin``
                 Article only: the headline, publication date, the input
                 file's path under its input folder (and JSONL line), the
                 article's place in its page, and what the page's header
                 lines or JSONL fields say (``origin`` is ``# source:``)

Edge attributes
    ``statements``  tuple of :class:`Statement`, one per article sentence that
                 says the relation, sorted; empty for ``mentions``
    ``first_seen``, ``last_seen``  holdsPosition only: the first and last day
                 an article shows the person holding the post (``None`` when
                 no statement is dated or every one gives it as a former post);
                 see :mod:`newskg.graph.careers`

``graph.graph["base_iri"]`` is the IRI base of the nodes.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Statement", "edge_date", "edge_weight"]


@dataclass(frozen=True)
class Statement:
    """Where one relation was said: article, sentence, offsets, date, activity.

    ``evidence`` is the sentence as the input file prints it and ``start``,
    ``end`` its character offsets in the file's text (``None`` in the rare case
    the sentence could not be found there again; ``evidence`` is then the
    sentence as extraction read it).
    """

    article: str
    start: int | None
    end: int | None
    evidence: str
    date: str | None = None
    activity: str | None = None
    #: a holdsPosition the text gives as a former post (原…, 时任…, 曾任…)
    former: bool = False

    def _key(self) -> tuple:
        return (self.article, -1 if self.start is None else self.start,
                -1 if self.end is None else self.end, self.evidence, self.date or "",
                self.activity or "", self.former)

    def __lt__(self, other: Statement) -> bool:
        return self._key() < other._key()


def edge_weight(data: dict) -> int:
    """How many statements support an edge (at least 1)."""
    return max(1, len(data.get("statements", ())))


def edge_date(data: dict) -> str | None:
    """The earliest date the statements of an edge give, or ``None``."""
    dates = sorted(s.date for s in data.get("statements", ()) if s.date)
    full = [d for d in dates if not d.startswith("--")]
    return (full or dates or [None])[0]
