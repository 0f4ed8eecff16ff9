"""Aggregates and ORDER BY for rdflib, computed as the standard (and pyoxigraph) computes them.

**Aggregates.** rdflib's own aggregates crash on valid queries (``MIN(STR(?d))`` when a ``?d``
is unbound raises TypeError; ``SUM(?x + 1)`` raises "NotBoundError has no
attribute datatype"), count errors as values, and return a row with no
aggregate at all for a GROUP BY that matched nothing. newskg evaluates the
``AggregateJoin`` of rdflib's algebra itself, with these rules (SPARQL 1.1
section 18.5, as pyoxigraph applies them):

* ``COUNT(*)`` counts rows; ``COUNT(?var)`` counts the rows where ``?var`` is bound;
* any other aggregate whose expression is unbound or an error on some row of the
  group has no value for that group (``SUM``, ``AVG``, ``MIN``, ``MAX``,
  ``GROUP_CONCAT``, and ``COUNT`` of an expression);
* ``SAMPLE`` takes the first bound value;
* ``GROUP_CONCAT`` joins strings only (a date or a number is an error: use ``STR``);
* over no row at all: COUNT, SUM and AVG are 0, GROUP_CONCAT is "", the others
  unbound; a GROUP BY over no row gives no group.

**Order.** SPARQL orders unbound < blank nodes < IRIs < literals and leaves
open how to order literals of different types (a date and a string); rdflib
and pyoxigraph order them differently. :func:`compare` is pyoxigraph's rule:
literals by value when they are comparable (numbers, strings, strings of one
language, dates), else by (text, datatype, language). rdflib's ORDER BY, MIN
and MAX use it here.

**DESCRIBE** is left to each engine by the standard: rdflib gives a Concise
Bounded Description (with every ``rdf:Statement`` about the resource), pyoxigraph
the triples whose subject is the resource, and those of the blank nodes they
reach. Here rdflib gives pyoxigraph's.

The hook is registered in rdflib's ``CUSTOM_EVALS`` once and acts only inside
:func:`active`, so other rdflib users in the same process are not affected.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from contextvars import ContextVar
from decimal import Decimal
from typing import Any

__all__ = ["active", "compare", "install"]

_ACTIVE: ContextVar[bool] = ContextVar("newskg_aggregates", default=False)
_HOOK = "newskg-standard"


class _Error:
    """An unbound variable or an expression error inside a group."""


ERROR = _Error()


def install() -> None:
    """Register the hook with rdflib (idempotent)."""
    from rdflib.plugins.sparql import CUSTOM_EVALS

    CUSTOM_EVALS.setdefault(_HOOK, _eval_part)


@contextlib.contextmanager
def active() -> Iterator[None]:
    """Evaluate rdflib queries run inside this block with newskg's aggregates."""
    install()
    token = _ACTIVE.set(True)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def _eval_part(ctx: Any, part: Any) -> Any:
    if not _ACTIVE.get():
        raise NotImplementedError
    if part.name == "OrderBy":
        return _order_by(ctx, part)
    if part.name == "DescribeQuery":
        return _describe(ctx, part)
    if part.name != "AggregateJoin" or any(agg.name not in _ACCUMULATORS for agg in part.A):
        raise NotImplementedError  # rdflib handles what newskg does not know
    return _aggregate_join(ctx, part)


def _value(expr: Any, row: Any) -> Any:
    """The value of ``expr`` on ``row``, or ERROR when it is unbound or fails."""
    from rdflib.plugins.sparql.evalutils import _eval
    from rdflib.plugins.sparql.sparql import SPARQLError

    try:
        value = _eval(expr, row)
    except SPARQLError:
        return ERROR
    if value is None or isinstance(value, SPARQLError):
        return ERROR
    return value


class _Accumulator:
    def __init__(self, agg: Any) -> None:
        self.expr = agg.vars
        self.distinct = bool(agg.distinct)
        self.seen: set = set()
        self.failed = False

    def add(self, row: Any) -> None:
        if self.failed:
            return
        value = _value(self.expr, row)
        if value is ERROR:
            self.failed = True
            return
        if self.distinct:
            if value in self.seen:
                return
            self.seen.add(value)
        try:
            self.take(value)
        except Exception:  # a type error, an overflow: the aggregate is an error
            self.failed = True

    def take(self, value: Any) -> None:
        raise NotImplementedError

    def result(self) -> Any:
        return None if self.failed else self.final()

    def final(self) -> Any:
        raise NotImplementedError


class _Count(_Accumulator):
    def __init__(self, agg: Any) -> None:
        super().__init__(agg)
        from rdflib import Variable

        self.rows = agg.vars == "*"
        self.var = agg.vars if isinstance(agg.vars, Variable) else None
        self.n = 0

    def add(self, row: Any) -> None:
        if self.rows:
            if self.distinct:
                key = frozenset(row.items())
                if key in self.seen:
                    return
                self.seen.add(key)
            self.n += 1
        elif self.var is not None and row.get(self.var) is None:
            return  # COUNT(?var) skips the rows where ?var is unbound
        else:
            super().add(row)

    def take(self, value: Any) -> None:
        self.n += 1

    def final(self) -> Any:
        from rdflib import Literal

        return Literal(self.n)


def _add(a: Any, b: Any) -> Any:
    """``a + b`` with XSD's numeric type promotion (integer < decimal < float < double)."""
    from rdflib import Literal
    from rdflib.namespace import XSD
    from rdflib.plugins.sparql.operators import numeric

    x, y = numeric(a), numeric(b)  # raises for a value that is not a number
    if isinstance(x, float) or isinstance(y, float):
        double = XSD.double in (a.datatype, b.datatype)
        return Literal(float(x) + float(y), datatype=XSD.double if double else XSD.float)
    if isinstance(x, Decimal) or isinstance(y, Decimal):
        return Literal(Decimal(x) + Decimal(y), datatype=XSD.decimal)
    return Literal(int(x) + int(y), datatype=XSD.integer)


class _Sum(_Accumulator):
    def __init__(self, agg: Any) -> None:
        super().__init__(agg)
        self.total: Any = None

    def take(self, value: Any) -> None:
        from rdflib import Literal

        zero = Literal(0)
        self.total = _add(zero if self.total is None else self.total, value)

    def final(self) -> Any:
        from rdflib import Literal

        return Literal(0) if self.total is None else self.total


class _Avg(_Sum):
    def __init__(self, agg: Any) -> None:
        super().__init__(agg)
        self.n = 0

    def take(self, value: Any) -> None:
        super().take(value)
        self.n += 1

    def final(self) -> Any:
        from rdflib import Literal
        from rdflib.namespace import XSD

        if self.total is None:
            return Literal(0)
        total = self.total.toPython()
        if isinstance(total, float):
            return Literal(total / self.n, datatype=self.total.datatype)
        return Literal(Decimal(total) / Decimal(self.n), datatype=XSD.decimal)


_XSD = "http://www.w3.org/2001/XMLSchema#"
_RDF_LANG = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_NUMBERS = {_XSD + t for t in (
    "integer", "decimal", "float", "double", "int", "long", "short", "byte",
    "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger",
    "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte",
)}
_TIMES = {_XSD + t for t in ("dateTime", "date", "time")}


def _rank(term: Any) -> int:
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return 0
    if isinstance(term, BNode):
        return 1
    if isinstance(term, URIRef):
        return 2
    return 3 if isinstance(term, Literal) else 4


def _datatype(lit: Any) -> str:
    if lit.language:
        return _RDF_LANG
    return str(lit.datatype) if lit.datatype else _XSD + "string"


def _sign(x: Any, y: Any) -> int:
    return (x > y) - (x < y)


def _by_value(a: Any, b: Any) -> int | None:
    """Compare two literals by value when SPARQL can; None when it cannot."""
    da, db = _datatype(a), _datatype(b)
    if da == db == _XSD + "string":
        return _sign(str(a), str(b))
    if da == db == _RDF_LANG:
        return _sign(str(a), str(b)) if a.language == b.language else None
    if da in _NUMBERS and db in _NUMBERS:
        x, y = a.toPython(), b.toPython()
        if not isinstance(x, int | float | Decimal) or not isinstance(y, int | float | Decimal):
            return None  # an ill-typed lexical form
        if x != x or y != y:  # NaN
            return None
        if isinstance(x, float) or isinstance(y, float):
            x, y = float(x), float(y)
        return _sign(x, y)
    if da == db and da in _TIMES:
        x, y = a.toPython(), b.toPython()
        try:
            return _sign(x, y) if type(x) is type(y) and not isinstance(x, str) else None
        except TypeError:  # one with a timezone, one without
            return None
    return None


def compare(a: Any, b: Any) -> int:
    """-1, 0 or 1: the order of two rdflib terms (or None for unbound) in ORDER BY."""
    ra, rb = _rank(a), _rank(b)
    if ra != rb:
        return _sign(ra, rb)
    if ra in (0, 4):
        return 0
    if ra in (1, 2):
        return _sign(str(a), str(b))
    if a == b:
        return 0
    by_value = _by_value(a, b)
    if by_value is not None:
        return by_value
    return _sign((str(a), _datatype(a), a.language or ""), (str(b), _datatype(b), b.language or ""))


_ORDER = functools.cmp_to_key(compare)


def _describe(ctx: Any, query: Any) -> dict:
    from rdflib import BNode, Graph, URIRef
    from rdflib.plugins.sparql.evaluate import evalPart

    described = {iri for iri in query.PV if isinstance(iri, URIRef)}
    if query.p is not None:
        for binding in evalPart(ctx, query.p):
            described.update(binding.values())
    graph = Graph()
    todo: list[Any] = [r for r in described if isinstance(r, URIRef | BNode)]
    seen = set(todo)
    while todo:
        for s, p, o in ctx.graph.triples((todo.pop(), None, None)):
            graph.add((s, p, o))
            if isinstance(o, BNode) and o not in seen:
                seen.add(o)
                todo.append(o)
    return {"type_": "DESCRIBE", "graph": graph}


def _order_by(ctx: Any, part: Any) -> Iterator[Any]:
    from rdflib.plugins.sparql.evaluate import evalPart

    rows = list(evalPart(ctx, part.p))
    for cond in reversed(part.expr):  # stable sorts, last key first
        def key(row: Any, expr: Any = cond.expr) -> Any:
            value = _value(expr, row)
            return _ORDER(None if value is ERROR else value)

        rows.sort(key=key, reverse=cond.order == "DESC")
    return iter(rows)


class _Extremum(_Accumulator):
    pick = min

    def __init__(self, agg: Any) -> None:
        super().__init__(agg)
        self.best: Any = None

    def take(self, value: Any) -> None:
        if self.best is None:
            self.best = value
        else:
            self.best = type(self).pick(self.best, value, key=_ORDER)

    def final(self) -> Any:
        return self.best


class _Min(_Extremum):
    pick = min


class _Max(_Extremum):
    pick = max


class _Sample(_Accumulator):
    def __init__(self, agg: Any) -> None:
        super().__init__(agg)
        self.value: Any = None

    def add(self, row: Any) -> None:
        if self.value is None:
            value = _value(self.expr, row)
            if value is not ERROR:
                self.value = value

    def final(self) -> Any:
        return self.value


class _GroupConcat(_Accumulator):
    def __init__(self, agg: Any) -> None:
        super().__init__(agg)
        self.separator = " " if agg.separator is None else str(agg.separator)
        self.items: list[str] = []

    def take(self, value: Any) -> None:
        from rdflib import Literal
        from rdflib.namespace import RDF, XSD

        if not isinstance(value, Literal) or value.datatype not in (None, XSD.string,
                                                                     RDF.langString):
            raise TypeError("GROUP_CONCAT joins strings only")
        self.items.append(str(value))

    def final(self) -> Any:
        from rdflib import Literal

        return Literal(self.separator.join(self.items))


_ACCUMULATORS = {
    "Aggregate_Count": _Count,
    "Aggregate_Sum": _Sum,
    "Aggregate_Avg": _Avg,
    "Aggregate_Min": _Min,
    "Aggregate_Max": _Max,
    "Aggregate_Sample": _Sample,
    "Aggregate_GroupConcat": _GroupConcat,
}


def _accumulators(aggregations: list) -> list[tuple[Any, _Accumulator]]:
    return [(agg.res, _ACCUMULATORS[agg.name](agg)) for agg in aggregations]


def _group_key(exprs: list, row: Any) -> tuple:
    return tuple(None if (v := _value(e, row)) is ERROR else v for e in exprs)


def _aggregate_join(ctx: Any, agg: Any) -> Iterator[Any]:
    from rdflib.plugins.sparql.evaluate import evalPart
    from rdflib.plugins.sparql.sparql import FrozenBindings

    group_exprs = agg.p.expr
    groups: dict[tuple, list[tuple[Any, _Accumulator]]] = {}
    if group_exprs is None:
        groups[()] = _accumulators(agg.A)  # one group, even over no row
    for row in evalPart(ctx, agg.p):
        key = _group_key(group_exprs, row) if group_exprs is not None else ()
        if key not in groups:
            groups[key] = _accumulators(agg.A)
        for _var, acc in groups[key]:
            acc.add(row)
    for accs in groups.values():
        values = {var: value for var, acc in accs if (value := acc.result()) is not None}
        yield FrozenBindings(ctx, values)
