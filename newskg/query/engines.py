"""Two SPARQL engines behind one interface: rdflib (default) and pyoxigraph.

rdflib parses the Turtle on every run, which is fine for a few pages. For an
archive, pyoxigraph keeps a store next to the Turtle (:mod:`newskg.query.store`)
so a second query starts at once. Both run the same checked text
(:class:`~newskg.query.parsed.Prepared`) and give rows of display strings,
with the same rules: every solution is a row (rdflib drops rows whose
variables are all unbound; not here), aggregates follow the standard
(:mod:`newskg.query.rdflib_eval`), numbers print in their canonical form, and
preset arguments are bound as values (rdflib's ``initBindings``, pyoxigraph's
``substitutions``), never written into the query text.
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal, InvalidOperation, localcontext
from pathlib import Path
from typing import Any, Protocol

from . import rdflib_eval
from .errors import GraphFileError, QueryError, QueryRefused
from .parsed import Prepared
from .store import opened_store
from .terms import Prefixes

__all__ = ["ENGINES", "Engine", "RawResult", "display_literal", "open_engine"]

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {XSD + t for t in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt",
    "unsignedShort", "unsignedByte",
)}
#: oxigraph computes decimals with 18 places; rdflib with 28 digits
DECIMAL_PLACES = 18


@dataclass
class RawResult:
    """Rows as display strings (``None`` for unbound), before sorting and rendering."""

    columns: list[str]
    rows: list[list[str | None]]


OWL = "http://www.w3.org/2002/07/owl#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_DECLARATIONS = (OWL + "Class", OWL + "ObjectProperty", OWL + "DatatypeProperty")


class Engine(Protocol):
    def has_term(self, iri: str) -> bool: ...

    def declared_terms(self, namespace: str) -> set[str]: ...

    def run(self, prepared: Prepared, bindings: dict[str, str]) -> RawResult: ...


def display_literal(lexical: str, datatype: str | None) -> str:
    """A literal as newskg prints it: numbers and booleans in canonical form, the rest as is.

    >>> display_literal("4.50", XSD + "decimal"), display_literal("007", XSD + "integer")
    ('4.5', '7')
    """
    try:
        if datatype in _INTEGERS:
            return str(int(lexical))
        if datatype == XSD + "decimal":
            with localcontext() as ctx:
                ctx.prec = 80
                value = Decimal(lexical).quantize(Decimal(1).scaleb(-DECIMAL_PLACES),
                                                  rounding=ROUND_DOWN)
                text = format(value.normalize(), "f")
            return "0" if text in ("-0", "0") else text
        if datatype in (XSD + "double", XSD + "float"):
            value_f = float(lexical)
            if value_f != value_f:
                return "NaN"
            if value_f in (float("inf"), float("-inf")):
                return "INF" if value_f > 0 else "-INF"
            return repr(value_f)
        if datatype == XSD + "boolean":
            return "true" if lexical.strip() in ("true", "1") else "false"
    except (ValueError, InvalidOperation):
        pass
    return lexical


# --- no network while rdflib evaluates ----------------------------------------

_NO_NETWORK: ContextVar[bool] = ContextVar("newskg_no_network", default=False)
_NETWORK_EVENTS = frozenset({
    "socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
    "urllib.Request", "http.client.connect",
})
_hooked = False


def _audit(event: str, args: tuple) -> None:
    if event in _NETWORK_EVENTS and _NO_NETWORK.get():
        raise QueryRefused("refused: the query tried to reach the network")


@contextlib.contextmanager
def _offline() -> Iterator[None]:
    """A second wall behind the checks: nothing rdflib runs here may open a connection."""
    global _hooked
    if not _hooked:
        sys.addaudithook(_audit)
        _hooked = True
    token = _NO_NETWORK.set(True)
    try:
        yield
    finally:
        _NO_NETWORK.reset(token)


# --- rdflib -------------------------------------------------------------------


def _rdflib_term(term: Any, prefixes: Prefixes) -> str | None:
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    if isinstance(term, Literal):
        return display_literal(str(term), str(term.datatype) if term.datatype else None)
    if isinstance(term, URIRef):
        return prefixes.shorten(str(term))
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


class RdflibEngine:
    """The Turtle parsed into an rdflib Graph."""

    def __init__(self, graph_path: Path, prefixes: Prefixes) -> None:
        from rdflib import Graph

        self.prefixes = prefixes
        self.graph = Graph()
        try:
            self.graph.parse(graph_path, format="turtle")
        except Exception as e:
            raise GraphFileError(f"{graph_path}: not valid Turtle: {e}") from None

    def has_term(self, iri: str) -> bool:
        from rdflib import URIRef

        node = URIRef(iri)
        g = self.graph
        return any(
            next(iter(g.triples(pattern)), None) is not None
            for pattern in ((node, None, None), (None, node, None), (None, None, node))
        )

    def declared_terms(self, namespace: str) -> set[str]:
        """Local names of the classes and properties the graph declares in ``namespace``."""
        from rdflib import URIRef

        found = set()
        for kind in _DECLARATIONS:
            for s in self.graph.subjects(URIRef(RDF_TYPE), URIRef(kind)):
                if str(s).startswith(namespace):
                    found.add(str(s)[len(namespace):])
        return found

    def run(self, prepared: Prepared, bindings: dict[str, str]) -> RawResult:
        from rdflib import Literal

        init = {k: Literal(v) for k, v in bindings.items()}
        try:
            with rdflib_eval.active(), _offline():
                result = self.graph.query(prepared.algebra, initBindings=init)
                if result.type == "ASK":
                    return RawResult(["ask"], [[str(bool(result.askAnswer)).lower()]])
                if result.type in ("CONSTRUCT", "DESCRIBE"):
                    rows = [[_rdflib_term(t, self.prefixes) for t in triple]
                            for triple in result.graph or ()]
                    return RawResult(["subject", "predicate", "object"], rows)
                variables = list(result.vars or [])
                # result.bindings keeps the solutions whose variables are all unbound
                solutions = list(result.bindings)
        except QueryError:
            raise
        except Exception as e:  # rdflib's evaluation errors have no common base
            raise QueryError(f"{type(e).__name__}: {e}") from None
        columns = [str(v) for v in variables]
        rows = [[_rdflib_term(s.get(v), self.prefixes) for v in variables] for s in solutions]
        return RawResult(columns, rows)


# --- pyoxigraph ---------------------------------------------------------------


def _ox_term(term: Any, prefixes: Prefixes) -> str | None:
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return prefixes.shorten(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return display_literal(term.value, term.datatype.value if term.datatype else None)
    if isinstance(term, ox.Triple):
        parts = (_ox_term(t, prefixes) for t in (term.subject, term.predicate, term.object))
        return "<< " + " ".join(p or "" for p in parts) + " >>"
    return str(term)


_OX_POSITION = re.compile(r"error at (\d+):(\d+)(?:-\d+:\d+)?:\s*(.*)", re.S)


def _ox_syntax_error(e: SyntaxError) -> QueryError:
    text = str(e)
    m = _OX_POSITION.match(text)
    message = " ".join((m.group(3) if m else text).split())
    if len(message) > 200:
        message = message[:200] + "..."
    if m:
        return QueryError(message, int(m.group(1)), int(m.group(2)))
    return QueryError(message)


class OxigraphEngine:
    """A read-only pyoxigraph store of the Turtle (see :mod:`newskg.query.store`)."""

    def __init__(self, store: Any, graph_path: Path, prefixes: Prefixes) -> None:
        self.store = store
        self.graph_path = graph_path
        self.prefixes = prefixes

    def has_term(self, iri: str) -> bool:
        import pyoxigraph as ox

        node = ox.NamedNode(iri)
        s = self.store
        return any(
            next(iter(s.quads_for_pattern(*pattern)), None) is not None
            for pattern in ((node, None, None), (None, node, None), (None, None, node))
        )

    def declared_terms(self, namespace: str) -> set[str]:
        """Local names of the classes and properties the graph declares in ``namespace``."""
        import pyoxigraph as ox

        found = set()
        for kind in _DECLARATIONS:
            for quad in self.store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE),
                                                     ox.NamedNode(kind)):
                iri = getattr(quad.subject, "value", "")
                if iri.startswith(namespace):
                    found.add(iri[len(namespace):])
        return found

    def run(self, prepared: Prepared, bindings: dict[str, str]) -> RawResult:
        import pyoxigraph as ox

        subs = {ox.Variable(k): ox.Literal(v) for k, v in bindings.items()}
        try:
            result = self.store.query(prepared.text, prefixes=prepared.prefixes,
                                      substitutions=subs or None)
            if isinstance(result, ox.QueryBoolean):
                return RawResult(["ask"], [[str(bool(result)).lower()]])
            if isinstance(result, ox.QueryTriples):
                rows = [
                    [_ox_term(t, self.prefixes) for t in (tr.subject, tr.predicate, tr.object)]
                    for tr in result
                ]
                return RawResult(["subject", "predicate", "object"], rows)
            columns = [v.value for v in result.variables]
            rows = [[_ox_term(sol[i], self.prefixes) for i in range(len(columns))]
                    for sol in result]
            return RawResult(columns, rows)
        except SyntaxError as e:
            raise _ox_syntax_error(e) from None
        except OSError as e:
            raise GraphFileError(
                f"{self.graph_path}: cannot read the oxigraph store: {e}"
            ) from None
        except (RuntimeError, ValueError, TypeError) as e:
            raise QueryError(f"{type(e).__name__}: {e}") from None


@contextlib.contextmanager
def _open_rdflib(graph_path: Path, prefixes: Prefixes, warnings: list[str]) -> Iterator[Engine]:
    yield RdflibEngine(graph_path, prefixes)


@contextlib.contextmanager
def _open_oxigraph(
    graph_path: Path, prefixes: Prefixes, warnings: list[str]
) -> Iterator[Engine]:
    try:
        import pyoxigraph  # noqa: F401
    except ImportError:
        raise GraphFileError("--engine oxigraph needs pyoxigraph: pip install pyoxigraph") from None
    try:
        with opened_store(graph_path, warnings) as store:
            yield OxigraphEngine(store, graph_path, prefixes)
    except OSError as e:
        raise GraphFileError(f"{graph_path}: cannot read the oxigraph store: {e}") from None


#: engine name -> opener (a context manager giving an :class:`Engine`)
ENGINES: dict[str, Callable[[Path, Prefixes, list[str]], contextlib.AbstractContextManager]] = {
    "rdflib": _open_rdflib,
    "oxigraph": _open_oxigraph,
}


def open_engine(
    name: str, graph_path: Path, prefixes: Prefixes, warnings: list[str]
) -> contextlib.AbstractContextManager:
    """The engine ``name`` loaded with ``graph_path``, as a context manager."""
    return ENGINES[name](graph_path, prefixes, warnings)
