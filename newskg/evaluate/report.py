"""Scores, findings and the report ``newskg eval`` prints (text or JSON)."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from .qualified import PostScore

__all__ = ["EvalReport", "Finding", "Score"]


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass
class Score:
    """Counts for one property or category; ratios are ``None`` when undefined."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    optional: int = 0

    @property
    def false_positives(self) -> int:
        return self.predicted - self.matched - self.optional

    @property
    def misses(self) -> int:
        return self.gold - self.matched

    @property
    def precision(self) -> float | None:
        return _ratio(self.matched, self.predicted - self.optional)

    @property
    def recall(self) -> float | None:
        return _ratio(self.matched, self.gold)

    @property
    def f1(self) -> float | None:
        return _ratio(2 * self.matched, self.predicted - self.optional + self.gold)

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        self.optional += other.optional

    def to_dict(self) -> dict[str, Any]:
        return {
            **asdict(self),
            "false_positives": self.false_positives,
            "misses": self.misses,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True)
class Finding:
    """One prediction or gold item and what became of it.

    ``kind`` is ``false positive``, ``miss``, ``match`` or ``optional`` (a
    prediction that matched only optional gold); ``what`` is ``triples``,
    ``events``, ``entities`` or ``articles``; ``key`` the property for triples.
    """

    kind: str
    what: str
    doc: str
    key: str
    text: str
    evidence: str = ""


def _fmt(x: float | None) -> str:
    return "   -" if x is None else f"{x:.2f}"


def _score_table(title: str, scores: dict[str, Score]) -> list[str]:
    """One line per property or document: counts, then P, R and F1."""
    from ..query.render import display_width

    width = max([display_width(title), *(display_width(k) for k in scores)]) + 2
    head = (
        f"{title}{' ' * (width - display_width(title))}{'gold':>6}{'pred':>6}{'match':>7}"
        f"{'opt':>5}{'P':>7}{'R':>6}{'F1':>6}"
    )
    lines = [head, "-" * display_width(head)]
    for name, s in scores.items():
        lines.append(
            f"{name}{' ' * (width - display_width(name))}{s.gold:>6}{s.predicted:>6}"
            f"{s.matched:>7}{s.optional:>5}"
            f"{_fmt(s.precision):>7}{_fmt(s.recall):>6}{_fmt(s.f1):>6}"
        )
    return lines


@dataclass
class EvalReport:
    """Scores per property and per category, and every finding behind them."""

    graph: str
    docs: list[str] = field(default_factory=list)
    properties: dict[str, Score] = field(default_factory=dict)
    events: Score = field(default_factory=Score)
    entities: Score = field(default_factory=Score)
    articles: Score = field(default_factory=Score)
    documents: dict[str, Score] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: qualified posts, when a folder of them was given (see newskg.evaluate.qualified)
    posts: PostScore | None = None

    @property
    def overall(self) -> Score:
        """The triple score over all scored properties."""
        total = Score()
        for score in self.properties.values():
            total.add(score)
        return total

    def to_dict(self) -> dict[str, Any]:
        return {
            "graph": self.graph,
            "docs": self.docs,
            "overall": self.overall.to_dict(),
            "properties": {k: v.to_dict() for k, v in self.properties.items()},
            "events": self.events.to_dict(),
            "entities": self.entities.to_dict(),
            "articles": self.articles.to_dict(),
            "documents": {k: v.to_dict() for k, v in self.documents.items()},
            "findings": [asdict(f) for f in self.findings],
            "warnings": self.warnings,
            "posts": self.posts.to_dict() if self.posts else None,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def details(self, verbose: bool = False) -> str:
        """False positives and misses (and, verbose, matches), grouped by document."""
        kinds = {"false positive": "FP", "miss": "MISS", "unqualified": "POST"}
        if verbose:
            kinds.update({"match": "ok", "optional": "opt"})
        lines: list[str] = []
        by_doc: dict[str, list[Finding]] = defaultdict(list)
        for f in self.findings:
            if f.kind in kinds:
                by_doc[f.doc].append(f)
        for doc in sorted(by_doc):
            lines.append(doc)
            for f in by_doc[doc]:
                line = f"  {kinds[f.kind]:<4}  {f.key:<13}  {f.text}"
                if f.evidence:
                    line += f"    「{f.evidence}」"
                lines.append(line)
        return "\n".join(lines)

    def table(self, per_document: bool = False) -> str:
        """The scores; the overall triple line comes last."""
        lines = []
        if per_document:
            lines += _score_table("document", self.documents) + [""]
        lines += _score_table("property", self.properties) + [""]
        for name, s in (
            ("events", self.events),
            ("entities", self.entities),
            ("articles", self.articles),
            ("overall", self.overall),
        ):
            if name == "overall" and self.posts is not None:
                lines.append(self.posts.line())
            lines.append(
                f"{name:<9} P {_fmt(s.precision)}  R {_fmt(s.recall)}  F1 {_fmt(s.f1)}"
                f"   (gold {s.gold}, predicted {s.predicted}, matched {s.matched}"
                + (f", optional {s.optional}" if s.optional else "")
                + ")"
            )
        return "\n".join(lines)

    def text(self, details: bool = True, verbose: bool = False) -> str:
        parts = [f"graph {self.graph}, {len(self.docs)} gold documents"]
        parts += [f"warning: {w}" for w in self.warnings]
        if details or verbose:
            found = self.details(verbose)
            if found:
                parts += ["", found]
        parts += ["", self.table(per_document=verbose)]
        return "\n".join(parts)
