"""``newskg eval``: score a graph against gold annotations (docs/gold-format.md).

The rules, as the format states them:

* names are normalised (NFKC, white space and quote/title marks removed);
* a node's names are its label, its aliases and its title; a person matches
  only the identical name; any other node matches when a name is identical or
  one contains the other and the shorter has at least 60% of the longer's
  characters;
* each gold item is matched at most once; a second prediction of the same gold
  triple is a false positive; a prediction that matches only optional gold
  costs and earns nothing;
* predictions of one gold file are the statements derived from Articles whose
  ``nkg:sourceFile`` is that file, by its path or its bare name.

Matching is a maximum bipartite matching per (document, property), first
against required gold and then extended to optional gold, so the score never
depends on the order of triples in the files.

Modules: :mod:`.match` (the rules), :mod:`.gold` (gold files),
:mod:`.graph_index` (the graph's side), :mod:`.report` (scores and output).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..records import SCORED_PROPERTIES
from .gold import EvalError, GoldItem, gold_files, load_gold
from .graph_index import ENTITY_TYPES, GraphIndex, Pred
from .match import max_matching, names_match, normalise
from .qualified import PostScore, QualifiedPost, load_qualified, qualified_forms
from .report import EvalReport, Finding, Score

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

#: Sides that the contract says are always persons: (subject, object) per property.
_PERSON_SIDES = {
    "holdsPosition": (True, False),
    "chaired": (True, False),
    "inspected": (True, False),
    "accompanied": (True, True),
    "met": (True, True),
}


def _fits_triple(p: Pred, g: GoldItem, persons: set[str]) -> bool:
    if p.key != g.key:
        return False
    must = _PERSON_SIDES.get(p.key, (False, False))
    for side, forms in enumerate(g.forms):
        person = p.persons[side] or must[side]
        if not any(names_match(f, name, person or f in persons)
                   for f in forms for name in p.names[side]):
            return False
    return True


def _fits_event(p: Pred, g: GoldItem, persons: set[str]) -> bool:
    if g.extra is not None and g.extra != p.extra:
        return False
    return any(names_match(f, name) for f in g.forms[0] for name in p.names[0])


def _fits_entity(p: Pred, g: GoldItem, persons: set[str]) -> bool:
    if g.extra is not None and p.extra != g.extra:
        return False
    person = g.extra == "Person" or p.persons[0]
    return any(names_match(f, name, person) for f in g.forms[0] for name in p.names[0])


def _fits_article(p: Pred, g: GoldItem, persons: set[str]) -> bool:
    headline, reporter = g.forms[0][0], g.forms[1][0]
    if headline not in p.names[0][0]:
        return False
    return not reporter or reporter in p.names[1]


def _identical(p: Pred, g: GoldItem) -> bool:
    """Whether a fitting prediction uses the gold's own names (not a containing one)."""
    return all(any(name in forms for name in names)
               for forms, names in zip(g.forms, p.names, strict=False))


_FITS: dict[str, Callable[[Pred, GoldItem, set[str]], bool]] = {
    "triples": _fits_triple,
    "events": _fits_event,
    "entities": _fits_entity,
    "articles": _fits_article,
}


def _score_items(
    what: str, doc: str, preds: list[Pred], golds: list[GoldItem], persons: set[str]
) -> tuple[Score, list[Finding], dict[int, int]]:
    """The score of one kind of item in one document, its findings, and the
    matching (gold index -> prediction index)."""
    fits = _FITS[what]
    adj = [[j for j, g in enumerate(golds) if fits(p, g, persons)] for p in preds]
    exact = [[j for j in js if _identical(preds[i], golds[j])] for i, js in enumerate(adj)]
    owner = max_matching(adj, [g.optional for g in golds], exact)
    matched_pred = {p: g for g, p in owner.items()}
    score = Score(gold=sum(not g.optional for g in golds), predicted=len(preds))
    findings = []
    for i, p in enumerate(preds):
        gi = matched_pred.get(i)
        if gi is None:
            kind = "false positive"
        elif golds[gi].optional:
            kind, score.optional = "optional", score.optional + 1
        else:
            kind, score.matched = "match", score.matched + 1
        findings.append(Finding(kind, what, doc, p.key, p.shown, p.evidence))
    for j, item in enumerate(golds):
        if j not in owner and not item.optional:
            findings.append(Finding("miss", what, doc, item.key, item.shown))
    return score, findings, owner


def _score_posts(
    doc: str, posts: list[QualifiedPost], golds: list[GoldItem], preds: list[Pred],
    owner: dict[int, int], index: GraphIndex,
) -> tuple[PostScore, list[Finding]]:
    """How many confident gold posts were found, and found in their qualified form."""
    score, findings = PostScore(), []
    paired = {j: preds[i] for j, i in owner.items()}
    taken: set[int] = set()
    for post in posts:
        if not post.confident or post.optional:
            continue
        score.gold += 1
        j = next((j for j, g in enumerate(golds) if j not in taken
                  and post.s in g.forms[0] and post.o == g.forms[1][0]), None)
        if j is None:
            raise EvalError(f"{doc}: qualified post {post.s} → {post.o} is not a gold triple")
        taken.add(j)
        pred = paired.get(j)
        if pred is None:
            continue
        score.found += 1
        post_iri = pred.ident[2]
        label, names, _ = index.node(post_iri)
        if any(qualified_forms(name) & set(post.forms) for name in names):
            score.qualified += 1
        else:
            findings.append(Finding("unqualified", "posts", doc, "holdsPosition",
                                    f"{golds[j].shown}: {label}, want {post.forms[0]}"))
        score.level += index.levels.get(post_iri, "unknown") == post.level
        place = index.jurisdictions.get(post_iri)
        if place is None:
            score.place += post.place is None
        elif post.place is not None:
            _, place_names, _ = index.node(place)
            score.place += any(n and (n in post.place or post.place in n) for n in place_names)
    return score, findings


def evaluate(
    gold_dir: str | Path, graph_path: str | Path, qualified: str | Path | None = None
) -> EvalReport:
    """Score the Turtle graph at ``graph_path`` against the gold files in ``gold_dir``.

    ``gold_dir`` may also be a single gold file. With ``qualified``, a folder
    of qualified-post files named as the gold files, the report also scores
    the posts (:mod:`.qualified`). Raises :class:`EvalError` with a one-line
    message naming the file when something cannot be read.
    """
    golds = [load_gold(p) for p in gold_files(gold_dir)]
    seen: dict[str, Path] = {}
    for g in golds:
        if g.doc in seen:
            raise EvalError(f"{g.path}: doc {g.doc} is already annotated in {seen[g.doc]}")
        seen[g.doc] = g.path
    index = GraphIndex(Path(graph_path))
    by_doc = index.articles_by_doc()
    report = EvalReport(graph=str(graph_path), docs=[g.doc for g in golds])
    report.properties = {p: Score() for p in SCORED_PROPERTIES}
    report.documents = {g.doc: Score() for g in golds}
    if qualified is not None:
        if not Path(qualified).is_dir():
            raise EvalError(f"{qualified}: no such folder (of qualified-post files)")
        report.posts = PostScore()
    for gold in golds:
        articles = by_doc.get(gold.doc) or by_doc.get(Path(gold.doc).name, [])
        if not articles:
            report.warnings.append(f"no article in the graph comes from {gold.doc}")
        preds = index.predictions(articles)
        for what in ("triples", "events", "entities", "articles"):
            p_items, g_items = preds.get(what, []), gold.items.get(what, [])
            keys = SCORED_PROPERTIES if what == "triples" else (what,)
            for key in keys:
                key_preds = [p for p in p_items if p.key == key]
                key_golds = [g for g in g_items if g.key == key]
                score, findings, owner = _score_items(
                    what, gold.doc, key_preds, key_golds, gold.persons
                )
                qfile = Path(qualified or "") / gold.path.name
                if key == "holdsPosition" and report.posts is not None and qfile.is_file():
                    posts, found = _score_posts(gold.doc, load_qualified(qfile), key_golds,
                                                key_preds, owner, index)
                    report.posts.add(posts)
                    report.findings.extend(found)
                target = report.properties[key] if what == "triples" else getattr(report, what)
                target.add(score)
                if what == "triples":
                    report.documents[gold.doc].add(score)
                report.findings.extend(findings)
    return report
