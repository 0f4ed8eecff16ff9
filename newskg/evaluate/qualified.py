"""Qualified posts: does each post the graph finds reach its place and body?

A qualified gold file (format: ``docs/qualified-format.md``) resolves every
holdsPosition triple of a gold file to the post a careful reader means: 市长
→ 永康市市长, with its place, body and level. Scoring reads, for each such
post, the prediction that the triple matching paired with it, and asks
whether the graph's Position node answers to one of the qualified forms (its
label or an alias, exactly, after normalisation and with or without a leading
中共), and whether its ``nkg:level`` and ``nkg:jurisdiction`` are the gold's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .gold import EvalError
from .match import normalise

__all__ = ["PostScore", "QualifiedPost", "load_qualified", "qualified_forms"]


@dataclass(frozen=True)
class QualifiedPost:
    """One resolved gold post: subject, the post as written, and what it resolves to."""

    s: str
    o: str
    forms: tuple[str, ...]
    place: str | None
    level: str
    confident: bool
    optional: bool


@dataclass
class PostScore:
    """Counts over the confident gold posts.

    ``found``: a holdsPosition prediction was matched to the post;
    ``qualified``: that prediction's Position answers to a qualified form;
    ``level`` and ``place``: its level, its jurisdiction are the gold's.
    """

    gold: int = 0
    found: int = 0
    qualified: int = 0
    level: int = 0
    place: int = 0

    def add(self, other: PostScore) -> None:
        for name in ("gold", "found", "qualified", "level", "place"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self) -> str:
        def part(n: int, d: int) -> str:
            return f"{n}/{d} ({n / d:.2f})" if d else f"{n}/{d}"

        return (f"posts     qualified {part(self.qualified, self.found)} of those found, "
                f"{part(self.qualified, self.gold)} of gold; found {part(self.found, self.gold)}; "
                f"level {part(self.level, self.found)}, place {part(self.place, self.found)}")

    def to_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "found": self.found, "qualified": self.qualified,
                "level": self.level, "place": self.place}


def qualified_forms(name: str) -> set[str]:
    """A qualified form as scoring compares it: normalised, with and without 中共."""
    n = normalise(name)
    return {n, n.removeprefix("中共")}


def load_qualified(path: Path) -> list[QualifiedPost]:
    """The posts of one qualified gold file; :class:`EvalError` naming the file if malformed."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        posts = []
        for p in data["positions"]:
            forms = p["q"] if isinstance(p["q"], list) else [p["q"]]
            posts.append(QualifiedPost(
                s=normalise(p["s"]), o=normalise(p["o"]),
                forms=tuple(f for q in forms for f in sorted(qualified_forms(q))),
                place=normalise(p["place"]) if p.get("place") else None,
                level=p.get("level") or "unknown",
                confident=bool(p.get("confident", True)),
                optional=bool(p.get("optional")),
            ))
        return posts
    except json.JSONDecodeError as e:
        raise EvalError(f"{path}: not valid JSON: line {e.lineno} column {e.colno}: {e.msg}") \
            from None
    except (OSError, UnicodeError) as e:
        raise EvalError(f"{path}: cannot read: {e}") from None
    except (KeyError, TypeError, AttributeError) as e:
        raise EvalError(f"{path}: malformed position ({type(e).__name__}: {e})") from None
