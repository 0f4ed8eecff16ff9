"""What scoring needs from a Turtle graph, read once: labels, names, types, statements
by article, and which gold document each article answers to."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..records import SCORED_PROPERTIES
from ..vocab import NKG, PROV, SCHEMA
from .gold import EvalError
from .match import normalise

__all__ = ["ENTITY_TYPES", "GraphIndex", "Pred"]

#: The classes that gold ``entities`` annotate; predicted nodes of these classes are scored.
ENTITY_TYPES = ("Person", "Organization", "Enterprise", "Place")
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"


@dataclass(frozen=True)
class Pred:
    """One predicted item of a doc, identified by node IRIs, with normalised names.

    ``names`` has one tuple per side (subject, object; or the node): every name
    the node answers to, its label first, then its aliases and its title.
    For an article it is ((headline,), reporters).
    """

    key: str
    ident: tuple[str, ...]
    names: tuple[tuple[str, ...], ...]
    persons: tuple[bool, ...]
    extra: str | None
    shown: str
    evidence: str = ""


def _doc_keys(source: str) -> set[str]:
    """The gold ``doc`` names an Article's source file answers to: its path under
    the input folder and its bare name (``file.jsonl:N``, as older graphs wrote
    JSONL sources, belongs to ``file.jsonl``)."""
    keys = set()
    for path in (source, re.sub(r":\d+$", "", source)):
        keys |= {path, Path(path).name}
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


class GraphIndex:
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
        self.other_names: dict[str, list[str]] = defaultdict(list)
        self.levels: dict[str, str] = {}
        self.jurisdictions: dict[str, str] = {}
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
            NKG + "former": "former",
        }
        for s, p, o in triples:
            if p == _RDF + "type" and o.startswith(NKG):
                self.types[s] = o[len(NKG):]
            elif p == _RDF + "type" and o == _RDF + "Statement":
                self.statements[s]["is"] = "yes"
            elif p == _RDFS + "label":
                self.labels[s] = o
            elif p in (NKG + "alias", NKG + "title"):
                self.other_names[s].append(o)
            elif p == NKG + "level":
                self.levels[s] = o
            elif p == NKG + "jurisdiction":
                self.jurisdictions[s] = o
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

    def node(self, iri: str) -> tuple[str, tuple[str, ...], bool]:
        """A node's label, its normalised names (label, aliases, title), whether a Person."""
        label = self.labels.get(iri, iri)
        names = dict.fromkeys(normalise(n) for n in (label, *sorted(self.other_names[iri])))
        return label, tuple(names), self.types.get(iri) == "Person"

    def predictions(self, articles: Iterable[str]) -> dict[str, list[Pred]]:
        """Predicted triples, events, entities and articles of one doc, de-duplicated."""
        arts = set(articles)
        preds: dict[str, dict[tuple, Pred]] = defaultdict(dict)
        evidence: dict[tuple, list[str]] = defaultdict(list)
        for st in (st for art in sorted(arts) for st in self.said_in.get(art, [])):
            prop = st.get("p", "")[len(NKG):] if st.get("p", "").startswith(NKG) else ""
            if prop not in SCORED_PROPERTIES or "s" not in st or "o" not in st:
                continue
            if st.get("former") == "true":
                continue  # a post given as former (原…, 时任…) is not claimed as held now
            (s_label, s_norm, s_person), (o_label, o_norm, o_person) = (
                self.node(st["s"]),
                self.node(st["o"]),
            )
            ident = (st["s"], prop, st["o"])
            evidence[ident].append(" ".join(st.get("evidence", "").split()))
            preds["triples"][ident] = Pred(
                prop, ident, (s_norm, o_norm), (s_person, o_person), None,
                f"{s_label} → {o_label}",
            )
        for ident, p in preds["triples"].items():
            sentences = sorted(set(evidence[ident]))
            preds["triples"][ident] = Pred(
                p.key, p.ident, p.names, p.persons, None, p.shown, sentences[0]
            )
        for art in arts:
            reporters = self.reporters.get(art, [])
            headline = self.headlines.get(art, "")
            names = [self.labels.get(r, r) for r in reporters]
            shown = f"headline {headline or '(none)'}, reporter {'、'.join(names) or '(none)'}"
            preds["articles"][(art,)] = Pred(
                "articles", (art,), ((normalise(headline),), tuple(map(normalise, names))), (),
                None, shown,
            )
            for node in self.mentions.get(art, []):
                label, norm, _ = self.node(node)
                cls = self.types.get(node, "")
                if cls == "Event":
                    date = self.dates.get(node)
                    shown = label + (f" ({date})" if date else "")
                    preds["events"][(node,)] = Pred(
                        "events", (node,), (norm,), (False,), date, shown
                    )
                elif cls in ENTITY_TYPES:
                    preds["entities"][(node,)] = Pred(
                        "entities", (node,), (norm,), (cls == "Person",), cls, f"{label} ({cls})"
                    )
        return {k: sorted(found.values(), key=lambda p: p.ident) for k, found in preds.items()}
