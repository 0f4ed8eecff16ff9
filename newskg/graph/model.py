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
    ``headline``, ``date_published``, ``source_file``, ``index``
                 Article only

Edge attributes
    ``statements``  tuple of :class:`Statement`, one per article sentence that
                 says the relation, sorted; empty for ``mentions``

``graph.graph["base_iri"]`` is the IRI base of the nodes.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Statement", "edge_date", "edge_weight"]


@dataclass(frozen=True, order=True)
class Statement:
    """Where one relation was said: article, sentence, offsets, date, activity."""

    article: str
    start: int
    end: int
    evidence: str
    date: str | None = None
    activity: str | None = None


def edge_weight(data: dict) -> int:
    """How many statements support an edge (at least 1)."""
    return max(1, len(data.get("statements", ())))


def edge_date(data: dict) -> str | None:
    """The earliest date the statements of an edge give, or ``None``."""
    dates = sorted(s.date for s in data.get("statements", ()) if s.date)
    full = [d for d in dates if not d.startswith("--")]
    return (full or dates or [None])[0]
