"""``newskg eval``: score a graph against gold annotations (docs/gold-format.md).

The rules, as the format states them:

* names are normalised (NFKC, white space and quote/title marks removed);
* a person matches only the identical name; any other node matches when the
  names are identical or one contains the other and the shorter has at least
  60% of the longer's characters;
* each gold item is matched at most once; a second prediction of the same gold
  triple is a false positive; a prediction that matches only optional gold
  costs and earns nothing;
* predictions of one gold file are the statements derived from Articles whose
  ``nkg:sourceFile`` is that file (``file.jsonl:N`` belongs to ``file.jsonl``).

Matching is a maximum bipartite matching per (document, property), first
against required gold and then extended to optional gold, so the score never
depends on the order of triples in the files.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .records import CLASSES, PROPERTIES, SCORED_PROPERTIES
from .vocab import NKG, PROV, SCHEMA

__all__ = [
    "ENTITY_TYPES",
    "SCORED_PROPERTIES",
    "EvalError",
    "EvalReport",
    "Finding",
    "Score",
    "evaluate",
    "max_matching",
    "names_match",
    "normalise",
]

#: The classes that gold ``entities`` annotate; predicted nodes of these classes are scored.
ENTITY_TYPES = ("Person", "Organization", "Enterprise", "Place")
#: Sides that the contract says are always persons: (subject, object) per property.
_PERSON_SIDES = {
    "holdsPosition": (True, False),
    "chaired": (True, False),
    "inspected": (True, False),
    "accompanied": (True, True),
    "met": (True, True),
}
_MARKS = str.maketrans("", "", "“”‘’\"'「」『』《》")
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"


class EvalError(Exception):
    """A gold file or graph that cannot be read; the message names the file."""


# --- matching rules -------------------------------------------------------------


def normalise(text: str) -> str:
    """NFKC, no white space, no quote or title marks.

    >>> normalise(" “三服务提升” 行动 ")
    '三服务提升行动'
    """
    text = unicodedata.normalize("NFKC", text or "")
    return "".join(text.split()).translate(_MARKS)


def names_match(a: str, b: str, person: bool = False) -> bool:
    """Whether two normalised names denote the same node under the 60% rule.

    >>> names_match("市委书记", "云台市委书记"), names_match("碰头会", "南湖街道安全生产工作碰头会")
    (True, False)
    >>> names_match("张明", "张明远", person=True)
    False
    """
    if not a or not b:
        return False
    if a == b:
        return True
    if person:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return short in long and 5 * len(short) >= 3 * len(long)


def _augment(root: int, adj: list[list[int]], owner: dict[int, int], allowed) -> bool:
    """One augmenting-path search (Kuhn), iterative so long chains cannot overflow."""
    seen: set[int] = set()
    stack = [(root, iter(adj[root]))]
    path: list[int] = []
    while stack:
        _, candidates = stack[-1]
        for g in candidates:
            if g in seen or not allowed(g):
                continue
            seen.add(g)
            path.append(g)
            if g not in owner:
                for (p, _), gold in zip(stack, path, strict=True):
                    owner[gold] = p
                return True
            stack.append((owner[g], iter(adj[owner[g]])))
            break
        else:
            stack.pop()
            if path:
                path.pop()
    return False


def max_matching(
    adj: list[list[int]],
    optional: Sequence[bool],
    exact: list[list[int]] | None = None,
) -> dict[int, int]:
    """Gold index -> prediction index, matching as much required gold as possible.

    ``adj[i]`` lists the gold items prediction ``i`` fits, ``exact[i]`` those it
    names identically. Identical pairs are matched first, so that when two
    predictions fit one gold item the one with the gold's own name is the
    match and the other the false positive. Required gold is then matched as
    far as possible (a maximum matching), and the matching extended to
    optional gold. Augmenting paths never unmatch a gold item, so each step
    keeps what the one before achieved: the required count is maximal, and as
    few predictions as possible are left unmatched.

    >>> max_matching([[0, 1], [0]], [False, False])  # greedy 0->0 would lose one
    {0: 1, 1: 0}
    """
    owner: dict[int, int] = {}

    def extend(edges: list[list[int]], allowed) -> None:
        matched = set(owner.values())
        for i in range(len(edges)):
            if i not in matched:
                _augment(i, edges, owner, allowed)

    def required(g: int) -> bool:
        return not optional[g]

    if exact is not None:
        extend(exact, required)
    extend(adj, required)
    extend(adj, lambda g: True)
    return dict(sorted(owner.items()))


# --- scores and findings -----------------------------------------------------------


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


# --- gold ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Gold:
    """One gold item: the normalised forms it accepts and whether it is optional."""

    key: str
    forms: tuple[tuple[str, ...], ...]
    extra: str | None
    optional: bool
    shown: str


@dataclass
class _GoldDoc:
    path: Path
    doc: str
    persons: set[str]
    items: dict[str, list[_Gold]]


def _forms(value: Any, where: str) -> tuple[str, ...]:
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise EvalError(f"{where}: expected a name or a list of names, got {value!r}")
    return tuple(normalise(v) for v in values)


def _first(value: Any) -> str:
    return value if isinstance(value, str) else (value or [""])[0]


def _load_gold(path: Path) -> _GoldDoc:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        where = f"line {e.lineno} column {e.colno}"
        raise EvalError(f"{path}: not valid JSON: {where}: {e.msg}") from None
    except (OSError, UnicodeError) as e:
        raise EvalError(f"{path}: cannot read: {e}") from None
    if not isinstance(data, dict) or not isinstance(data.get("doc"), str) or not data["doc"]:
        raise EvalError(f'{path}: no "doc" field naming the input file')
    items: dict[str, list[_Gold]] = defaultdict(list)
    persons: set[str] = set()
    try:
        for n, t in enumerate(data.get("triples", [])):
            where = f"{path}: triple {n + 1}"
            if t["p"] not in PROPERTIES:
                raise EvalError(f"{where}: unknown property {t['p']!r}")
            if t["p"] not in SCORED_PROPERTIES:
                continue
            s, o = _forms(t["s"], where), _forms(t["o"], where)
            shown = f"{_first(t['s'])} → {_first(t['o'])}"
            items["triples"].append(_Gold(t["p"], (s, o), None, bool(t.get("optional")), shown))
        for n, ev in enumerate(data.get("events", [])):
            where = f"{path}: event {n + 1}"
            date = ev.get("date") or None
            shown = _first(ev["label"]) + (f" ({date})" if date else "")
            forms: tuple[tuple[str, ...], ...] = (_forms(ev["label"], where),)
            items["events"].append(_Gold("events", forms, date, bool(ev.get("optional")), shown))
        for n, ent in enumerate(data.get("entities", [])):
            where = f"{path}: entity {n + 1}"
            if ent["type"] not in CLASSES:
                raise EvalError(f"{where}: unknown type {ent['type']!r}")
            forms = (_forms(ent["label"], where),)
            if ent["type"] == "Person":
                persons.update(forms[0])
            shown = f"{_first(ent['label'])} ({ent['type']})"
            optional = bool(ent.get("optional"))
            items["entities"].append(_Gold("entities", forms, ent["type"], optional, shown))
        items["entities"] += _untyped_entities(data.get("triples", []), items["entities"], persons)
        for n, a in enumerate(data.get("articles", [])):
            where = f"{path}: article {n + 1}"
            head, reporter = a.get("headline_contains") or "", a.get("reporter") or ""
            forms = (_forms(head, where), _forms(reporter, where))
            shown = f"headline with {head or '(any)'}, reporter {reporter or '(any)'}"
            items["articles"].append(_Gold("articles", forms, None, bool(a.get("optional")), shown))
    except (KeyError, TypeError, AttributeError) as e:
        raise EvalError(f"{path}: malformed item ({type(e).__name__}: {e})") from None
    return _GoldDoc(path, Path(data["doc"]).name, persons, items)


def _untyped_entities(
    triples: list[dict], entities: list[_Gold], persons: set[str]
) -> list[_Gold]:
    """Nodes that gold triples name but ``entities`` does not type: optional, any type.

    The annotators say such a node is in the text (南湖街道 spoke at a
    meeting), so predicting it is not an error; its type is not annotated, so
    it earns nothing either.
    """
    typed = [f for e in entities for f in e.forms[0]]
    found: dict[tuple[str, ...], _Gold] = {}
    for t in triples:
        for value in (t["s"], t["o"]):
            forms = tuple(normalise(v) for v in ([value] if isinstance(value, str) else value))
            if any(names_match(f, name, f in persons) for f in forms for name in typed):
                continue
            shown = f"{_first(value)} (named in a triple, type not annotated)"
            found.setdefault(forms, _Gold("entities", (forms,), None, True, shown))
    return list(found.values())


def _gold_files(gold: str | Path) -> list[Path]:
    gold = Path(gold)
    if gold.is_file():
        return [gold]
    if not gold.is_dir():
        raise EvalError(f"{gold}: no such file or folder")
    files = sorted(gold.glob("*.json"))
    if not files:
        raise EvalError(f"{gold}: no gold .json files in this folder")
    return files


# --- predictions from the graph ----------------------------------------------------


@dataclass(frozen=True)
class _Pred:
    """One predicted item of a doc, identified by node IRIs, with normalised names."""

    key: str
    ident: tuple[str, ...]
    names: tuple[str, ...]
    persons: tuple[bool, ...]
    extra: str | None
    shown: str
    evidence: str = ""


def _doc_keys(source: str) -> set[str]:
    """The gold ``doc`` names an Article's source file answers to."""
    name = Path(source).name
    keys = {name}
    m = re.fullmatch(r"(.+):\d+", name)
    if m:
        keys.add(m.group(1))
    return keys


def _read_triples(path: Path) -> list[tuple[str, str, str]]:
    """Every triple as plain strings: pyoxigraph's parser (ten times faster), else rdflib."""
    try:
        import pyoxigraph as ox
    except ImportError:
        from rdflib import Graph

        return [(str(s), str(p), str(o)) for s, p, o in Graph().parse(path, format="turtle")]
    return [
        (t.subject.value, t.predicate.value, t.object.value)
        for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
    ]


class _GraphIndex:
    """What scoring needs from the Turtle, read once."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            hint = "build one with: newskg build --out DIR"
            raise EvalError(f"{path}: no such file ({hint})")
        try:
            triples = _read_triples(path)
        except Exception as e:  # each parser has its own exception types
            message = " ".join(str(e).split())
            raise EvalError(f"{path}: not valid Turtle: {message}") from None
        self.types: dict[str, str] = {}
        self.labels: dict[str, str] = {}
        self.dates: dict[str, str] = {}
        self.headlines: dict[str, str] = {}
        self.sources: dict[str, str] = {}
        self.reporters: dict[str, list[str]] = defaultdict(list)
        self.mentions: dict[str, list[str]] = defaultdict(list)
        self.statements: dict[str, dict[str, str]] = defaultdict(dict)
        stmt_keys = {
            _RDF + "subject": "s",
            _RDF + "predicate": "p",
            _RDF + "object": "o",
            PROV + "wasDerivedFrom": "article",
            NKG + "evidence": "evidence",
            SCHEMA + "startDate": "date",
        }
        for s, p, o in triples:
            if p == _RDF + "type" and o.startswith(NKG):
                self.types[s] = o[len(NKG):]
            elif p == _RDF + "type" and o == _RDF + "Statement":
                self.statements[s]["is"] = "yes"
            elif p == _RDFS + "label":
                self.labels[s] = o
            elif p == NKG + "sourceFile":
                self.sources[s] = o
            elif p == SCHEMA + "headline":
                self.headlines[s] = o
            elif p == NKG + "reportedBy":
                self.reporters[s].append(o)
            elif p == NKG + "mentions":
                self.mentions[s].append(o)
            if p in stmt_keys:
                self.statements[s][stmt_keys[p]] = o
            if p == SCHEMA + "startDate":
                self.dates[s] = o
        # statements by article, so scoring many documents stays linear
        self.said_in: dict[str, list[dict[str, str]]] = defaultdict(list)
        for st in self.statements.values():
            if st.get("is") == "yes" and "article" in st:
                self.said_in[st["article"]].append(st)

    def articles_by_doc(self) -> dict[str, list[str]]:
        by_doc: dict[str, list[str]] = defaultdict(list)
        for art, source in self.sources.items():
            for key in _doc_keys(source):
                by_doc[key].append(art)
        return by_doc

    def node(self, iri: str) -> tuple[str, str, bool]:
        label = self.labels.get(iri, iri)
        return label, normalise(label), self.types.get(iri) == "Person"

    def predictions(self, articles: Iterable[str]) -> dict[str, list[_Pred]]:
        """Predicted triples, events, entities and articles of one doc, de-duplicated."""
        arts = set(articles)
        preds: dict[str, dict[tuple, _Pred]] = defaultdict(dict)
        evidence: dict[tuple, list[str]] = defaultdict(list)
        for st in (st for art in sorted(arts) for st in self.said_in.get(art, [])):
            prop = st.get("p", "")[len(NKG):] if st.get("p", "").startswith(NKG) else ""
            if prop not in SCORED_PROPERTIES or "s" not in st or "o" not in st:
                continue
            (s_label, s_norm, s_person), (o_label, o_norm, o_person) = (
                self.node(st["s"]),
                self.node(st["o"]),
            )
            ident = (st["s"], prop, st["o"])
            evidence[ident].append(" ".join(st.get("evidence", "").split()))
            preds["triples"][ident] = _Pred(
                prop, ident, (s_norm, o_norm), (s_person, o_person), None,
                f"{s_label} → {o_label}",
            )
        for ident, p in preds["triples"].items():
            sentences = sorted(set(evidence[ident]))
            preds["triples"][ident] = _Pred(
                p.key, p.ident, p.names, p.persons, None, p.shown, sentences[0]
            )
        for art in arts:
            reporters = self.reporters.get(art, [])
            headline = self.headlines.get(art, "")
            names = [self.labels.get(r, r) for r in reporters]
            shown = f"headline {headline or '(none)'}, reporter {'、'.join(names) or '(none)'}"
            preds["articles"][(art,)] = _Pred(
                "articles", (art,), (normalise(headline), *map(normalise, names)), (), None, shown
            )
            for node in self.mentions.get(art, []):
                label, norm, _ = self.node(node)
                cls = self.types.get(node, "")
                if cls == "Event":
                    date = self.dates.get(node)
                    shown = label + (f" ({date})" if date else "")
                    preds["events"][(node,)] = _Pred(
                        "events", (node,), (norm,), (False,), date, shown
                    )
                elif cls in ENTITY_TYPES:
                    preds["entities"][(node,)] = _Pred(
                        "entities", (node,), (norm,), (cls == "Person",), cls, f"{label} ({cls})"
                    )
        return {k: sorted(found.values(), key=lambda p: p.ident) for k, found in preds.items()}


# --- fitting one prediction to one gold item ---------------------------------------------


def _fits_triple(p: _Pred, g: _Gold, persons: set[str]) -> bool:
    if p.key != g.key:
        return False
    must = _PERSON_SIDES.get(p.key, (False, False))
    for side, forms in enumerate(g.forms):
        person = p.persons[side] or must[side]
        if not any(names_match(f, p.names[side], person or f in persons) for f in forms):
            return False
    return True


def _fits_event(p: _Pred, g: _Gold, persons: set[str]) -> bool:
    if g.extra is not None and g.extra != p.extra:
        return False
    return any(names_match(f, p.names[0]) for f in g.forms[0])


def _fits_entity(p: _Pred, g: _Gold, persons: set[str]) -> bool:
    if g.extra is not None and p.extra != g.extra:
        return False
    person = g.extra == "Person" or p.persons[0]
    return any(names_match(f, p.names[0], person) for f in g.forms[0])


def _fits_article(p: _Pred, g: _Gold, persons: set[str]) -> bool:
    headline, reporter = g.forms[0][0], g.forms[1][0]
    if headline not in p.names[0]:
        return False
    return not reporter or reporter in p.names[1:]


def _identical(p: _Pred, g: _Gold) -> bool:
    """Whether a fitting prediction uses the gold's own names (not a containing one)."""
    return all(name in forms for forms, name in zip(g.forms, p.names, strict=False))


_FITS: dict[str, Callable[[_Pred, _Gold, set[str]], bool]] = {
    "triples": _fits_triple,
    "events": _fits_event,
    "entities": _fits_entity,
    "articles": _fits_article,
}


# --- the report --------------------------------------------------------------------


def _fmt(x: float | None) -> str:
    return "   -" if x is None else f"{x:.2f}"


def _score_table(title: str, scores: dict[str, Score]) -> list[str]:
    """One line per property or document: counts, then P, R and F1."""
    from .query.render import display_width

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
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def details(self, verbose: bool = False) -> str:
        """False positives and misses (and, verbose, matches), grouped by document."""
        kinds = {"false positive": "FP", "miss": "MISS"}
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


def _score_items(
    what: str, doc: str, preds: list[_Pred], golds: list[_Gold], persons: set[str]
) -> tuple[Score, list[Finding]]:
    fits = _FITS[what]
    adj = [[j for j, g in enumerate(golds) if fits(p, g, persons)] for p in preds]
    exact = [[j for j in js if _identical(preds[i], golds[j])] for i, js in enumerate(adj)]
    owner = max_matching(adj, [g.optional for g in golds], exact)
    matched_pred = {p: g for g, p in owner.items()}
    score = Score(gold=sum(not g.optional for g in golds), predicted=len(preds))
    findings = []
    for i, p in enumerate(preds):
        g = matched_pred.get(i)
        if g is None:
            kind = "false positive"
        elif golds[g].optional:
            kind, score.optional = "optional", score.optional + 1
        else:
            kind, score.matched = "match", score.matched + 1
        findings.append(Finding(kind, what, doc, p.key, p.shown, p.evidence))
    for j, gold in enumerate(golds):
        if j not in owner and not gold.optional:
            findings.append(Finding("miss", what, doc, gold.key, gold.shown))
    return score, findings


def evaluate(gold_dir: str | Path, graph_path: str | Path) -> EvalReport:
    """Score the Turtle graph at ``graph_path`` against the gold files in ``gold_dir``.

    ``gold_dir`` may also be a single gold file. Raises :class:`EvalError`
    with a one-line message naming the file when something cannot be read.
    """
    golds = [_load_gold(p) for p in _gold_files(gold_dir)]
    seen: dict[str, Path] = {}
    for g in golds:
        if g.doc in seen:
            raise EvalError(f"{g.path}: doc {g.doc} is already annotated in {seen[g.doc]}")
        seen[g.doc] = g.path
    index = _GraphIndex(Path(graph_path))
    by_doc = index.articles_by_doc()
    report = EvalReport(graph=str(graph_path), docs=[g.doc for g in golds])
    report.properties = {p: Score() for p in SCORED_PROPERTIES}
    report.documents = {g.doc: Score() for g in golds}
    for gold in golds:
        articles = by_doc.get(gold.doc, [])
        if not articles:
            report.warnings.append(f"no article in the graph comes from {gold.doc}")
        preds = index.predictions(articles)
        for what in ("triples", "events", "entities", "articles"):
            p_items, g_items = preds.get(what, []), gold.items.get(what, [])
            keys = SCORED_PROPERTIES if what == "triples" else (what,)
            for key in keys:
                score, findings = _score_items(
                    what,
                    gold.doc,
                    [p for p in p_items if p.key == key],
                    [g for g in g_items if g.key == key],
                    gold.persons,
                )
                target = report.properties[key] if what == "triples" else getattr(report, what)
                target.add(score)
                if what == "triples":
                    report.documents[gold.doc].add(score)
                report.findings.extend(findings)
    return report
