"""Careers: when a paper shows a person holding a post (docs/ontology.md, "Careers").

Each holdsPosition statement is dated by its article. One holding per
(person, post) sums them up: the first and the last day it was seen, and how
many statements say it. A post given as former (原市长, 时任县委书记) says the
man held it *before* the article's day, so it never extends ``last_seen``
(nor ``first_seen``: the paper does not say when). "Seen", not "start" and
"end": a paper shows when a man held a post, not when he took or left it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .model import Statement

__all__ = ["Holding", "holding", "holding_key"]


@dataclass(frozen=True)
class Holding:
    """What the statements of one (person, post) say about when it was held."""

    first_seen: str | None
    last_seen: str | None
    statements: int
    former: bool

    def covers(self, day: str) -> bool:
        """Whether ``day`` (ISO) lies between the first and the last sighting."""
        return bool(self.first_seen and self.last_seen
                    and self.first_seen <= day <= self.last_seen)


def _seen(dates: Iterable[str | None]) -> list[str]:
    """The dates with a year, or failing any, the month-days (``--04-24``), sorted."""
    given = [d for d in dates if d]
    full = sorted(d for d in given if not d.startswith("--"))
    return full or sorted(given)


def holding(statements: Iterable[Statement]) -> Holding:
    """The holding the statements of one holdsPosition edge describe.

    >>> now = Statement("a1", 0, 9, "市长张三", "2023-04-24")
    >>> later = Statement("a2", 0, 9, "市长张三", "2024-01-05")
    >>> was = Statement("a3", 0, 9, "原市长张三", "2025-03-01", former=True)
    >>> holding([was, later, now])
    Holding(first_seen='2023-04-24', last_seen='2024-01-05', statements=3, former=False)
    >>> holding([was])
    Holding(first_seen=None, last_seen=None, statements=1, former=True)
    """
    sts = list(statements)
    seen = _seen(st.date for st in sts if not st.former)
    return Holding(
        first_seen=seen[0] if seen else None,
        last_seen=seen[-1] if seen else None,
        statements=len(sts),
        former=bool(sts) and all(st.former for st in sts),
    )


def holding_key(person: str, post: str) -> str:
    """The key of a holding's node (hashed into its IRI): one per (person, post)."""
    return f"{person}\x1f{post}"
