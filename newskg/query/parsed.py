"""Read a query once, with rdflib's SPARQL parser, and decide everything from the parse.

:func:`prepare` turns the user's text into a :class:`Prepared` query that both
engines run:

* the read-only guard looks at the parsed query, not at words: no SERVICE, no
  FROM / FROM NAMED, no update (LOAD, INSERT...), however they are spelt
  (``\\u0053ERVICE``, comments, case). The canonical text
  (:func:`~newskg.query.text.canonical_text`) is what is checked and what runs;
* prefixes: an undeclared well-known prefix (``foaf:``, ``dc:``) is read as the
  usual namespace, with a warning; an unknown one is an error on both engines;
  a ``PREFIX nkg:`` that differs from the graph's gets a warning;
* order: rows of a top-level ORDER BY or LIMIT come in the same order on both
  engines because every projected column is added as a last ORDER BY key
  (ties are otherwise broken differently by each engine);
* which columns are aggregates, GROUP_CONCAT lists or SAMPLEs, for the notes
  and the list sorting of :func:`newskg.query.run_query`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..vocab import NKG
from .errors import QueryError, QueryRefused
from .terms import Prefixes
from .text import canonical_text, locate, tokens

__all__ = ["Prepared", "prepare"]

#: SPARQL 1.1 Update operations: none of them is allowed in ``newskg query``.
UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
)
#: Clauses that make an engine read data other than the graph (files, the network).
REMOTE_KEYWORDS = frozenset({"SERVICE", "FROM"})
#: Parse-tree nodes that read data other than the graph.
_REMOTE_NODES = {"ServiceGraphPattern": "SERVICE", "DatasetClause": "FROM"}

_FORMS = {
    "SelectQuery": "SELECT",
    "AskQuery": "ASK",
    "ConstructQuery": "CONSTRUCT",
    "DescribeQuery": "DESCRIBE",
}


@dataclass
class Prepared:
    """A checked query: the text both engines run and what newskg learnt from its parse."""

    text: str
    form: str
    ordered: bool
    prefixes: dict[str, str]
    algebra: Any  # rdflib's translated query of ``text``
    #: the SELECT clause's variables (all in scope for ``SELECT *``)
    columns: list[str] = field(default_factory=list)
    #: top-level column -> aggregate function name (``Count``, ``GroupConcat``...)
    aggregates: dict[str, str] = field(default_factory=dict)
    #: top-level GROUP_CONCAT column -> its separator
    lists: dict[str, str] = field(default_factory=dict)
    nkg_terms: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)


def _walk(node: Any) -> Iterator[Any]:
    """Every node under a parse tree or algebra (CompValues, lists, ParseResults)."""
    stack, seen = [node], set()
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple) or type(item).__name__ == "ParseResults":
            stack.extend(item)


def _name(node: Any) -> str:
    return getattr(node, "name", "") if isinstance(node, dict) else ""


def _field(node: Any, key: str) -> Any:
    """``node[key]`` or None: rdflib's ``CompValue.get(key)`` returns ``key`` when absent."""
    return node[key] if isinstance(node, dict) and key in node else None


def _parse(text: str):
    """rdflib's parse tree of ``text``; an update or a syntax error raises QueryError."""
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        return parseQuery(text)
    except ParseBaseException as e:
        error = e
    try:
        update = parseUpdate(text)
    except ParseBaseException:
        update = None
    if update is not None and len(update.request):
        op = _name(update.request[0]).removesuffix("Data").removesuffix("Where").upper()
        op = {"MODIFY": "DELETE/INSERT"}.get(op, op)
        raise QueryRefused(
            f"refused: {op or 'this'} is SPARQL UPDATE; newskg query only reads the graph "
            "(use SELECT, CONSTRUCT, DESCRIBE or ASK)"
        )
    words = {t.text.upper() for t in tokens(text) if t.kind == "word"}
    if words & UPDATE_KEYWORDS:
        first = sorted(words & UPDATE_KEYWORDS)[0]
        raise QueryRefused(
            f"refused: {first} is SPARQL UPDATE; newskg query only reads the graph "
            "(use SELECT, CONSTRUCT, DESCRIBE or ASK)"
        )
    found = error.line[error.col - 1 : error.col + 19]
    raise QueryError(f"{error.msg} (found {found!r})", error.lineno, error.col)


def _refuse_remote(tree: Any, text: str) -> None:
    """No SERVICE, no FROM: checked on the parse tree, then on the bare words as well."""
    for node in _walk(tree):
        what = _REMOTE_NODES.get(_name(node))
        if what:
            raise QueryRefused(
                f"refused: {what} reads data from elsewhere; newskg query reads only the "
                "graph file it is given"
            )
    words = {t.text.upper() for t in tokens(text) if t.kind == "word"}
    bad = sorted(words & (REMOTE_KEYWORDS | UPDATE_KEYWORDS))
    if bad:  # the parser and the lexer disagree: refuse rather than guess
        raise QueryRefused(f"refused: {bad[0]} is not allowed in newskg query")


@lru_cache(maxsize=1)
def _well_known() -> dict[str, str]:
    """The namespaces rdflib knows by default (foaf:, dc:, skos:...)."""
    from rdflib import Graph

    return {p: str(ns) for p, ns in Graph().namespace_manager.namespaces() if p}


def _resolve_prefixes(tree: Any, text: str, prefixes: Prefixes, warnings: list[str]) -> dict:
    """The prefix table to give both engines; undeclared prefixes warned about or refused."""
    declared: dict[str, str] = {}
    used: set[str] = set()
    for node in _walk(tree):
        name = _name(node)
        if name == "PrefixDecl":
            declared[_field(node, "prefix") or ""] = str(_field(node, "iri"))
        elif name == "pname":
            used.add(_field(node, "prefix") or "")
    table = dict(prefixes.table)
    for name, iri in declared.items():
        known = prefixes.table.get(name)
        if known and known != iri:
            warnings.append(
                f"PREFIX {name}: <{iri}> is not the graph's {name}: <{known}>; "
                f"terms written {name}:... will not match the graph's"
            )
    for name in sorted(used - set(declared) - set(table)):
        well_known = _well_known().get(name)
        where = locate(text, f"{name}:") or (None, None)
        if well_known is None:
            raise QueryError(
                f"unknown prefix {name}: (declare it with PREFIX {name}: <...>)", *where
            )
        table[name] = well_known
        warnings.append(
            f"prefix {name}: is not declared; read as <{well_known}> "
            f"(declare it with PREFIX {name}: <...> to say which you mean)"
        )
    return table


def _unwrap(expr: Any) -> Any:
    """The expression under rdflib's chain of one-child nodes (ConditionalOrExpression...)."""
    while isinstance(expr, dict) and list(expr.keys()) == ["expr"]:
        expr = expr["expr"]
    return expr


def _aggregate_aliases(nodes: Any) -> dict[str, tuple[str, Any]]:
    """``?alias`` -> (aggregate name, node) for every ``(AGG(...) AS ?alias)`` under ``nodes``."""
    found: dict[str, tuple[str, Any]] = {}
    for node in _walk(nodes):
        if _name(node) != "vars" or "evar" not in node:
            continue
        inner = _unwrap(_field(node, "expr"))
        if _name(inner).startswith("Aggregate_"):
            found[str(node["evar"])] = (_name(inner).removeprefix("Aggregate_"), inner)
    return found


def _separator(node: Any) -> str:
    sep = _field(node, "separator")
    return " " if sep is None else str(sep)


def _top_level(tree: Any) -> Any:
    return tree[1]


def _in_text_order(columns: list[str], text: str) -> list[str]:
    """The variables of ``SELECT *`` in the order the query first names them."""
    first: dict[str, int] = {}
    for t in tokens(text):
        if t.kind == "var":
            first.setdefault(t.text[1:], t.start)
    return sorted(columns, key=lambda c: (first.get(c, len(text)), c))


def _tie_breakers(text: str, columns: list[str], has_order: bool) -> str | None:
    """``text`` with every column added as a last ORDER BY key, or None if no place found.

    The ORDER BY (or the LIMIT/OFFSET, before which an ORDER BY is inserted) is
    found at brace depth 0 after the WHERE group, so a subquery's is never touched.
    """
    toks = list(tokens(text))
    where_end = None
    opened = False
    for t in toks:
        if t.kind == "open" and t.depth == 0:
            opened = True
        elif t.kind == "close" and t.depth == 0 and opened:
            where_end = t.end
            break
    if where_end is None:
        return None
    words = [t for t in toks if t.kind == "word" and t.depth == 0 and t.start >= where_end]
    upper = [t.text.upper() for t in words]
    order_at = next((i for i, w in enumerate(upper) if w == "ORDER"), None)
    start = order_at if order_at is not None else 0
    stop = next(
        (words[i].start for i in range(start, len(words)) if upper[i] in ("LIMIT", "OFFSET",
                                                                          "VALUES")),
        len(text),
    )
    if (order_at is not None) != has_order:
        return None
    keys = " ".join(f"?{c}" for c in columns)
    if has_order:
        head = text[:stop].rstrip()
        return f"{head} {keys}\n{text[stop:]}" if stop < len(text) else f"{head} {keys}\n"
    head = text[:stop].rstrip()
    return f"{head}\nORDER BY {keys}\n{text[stop:]}"


def prepare(query: str, prefixes: Prefixes, _tie_break: bool = True) -> Prepared:
    """Check ``query`` and learn what the engines and the display need from it.

    >>> p = prepare("SELECT ?n WHERE { ?x rdfs:label ?n } LIMIT 2", Prefixes())
    >>> print(p.text)
    SELECT ?n WHERE { ?x rdfs:label ?n }
    ORDER BY ?n
    LIMIT 2
    """
    from rdflib.plugins.sparql.algebra import translateQuery

    text = canonical_text(query)
    tree = _parse(text)
    _refuse_remote(tree, text)
    warnings: list[str] = []
    table = _resolve_prefixes(tree, text, prefixes, warnings)
    try:
        algebra = translateQuery(tree, initNs=table)
    except Exception as e:  # rdflib raises bare Exceptions for semantic errors
        raise QueryError(str(e)) from None
    top = _top_level(tree)
    form = _FORMS.get(_name(top), "")
    columns = [str(v) for v in _field(algebra.algebra, "PV") or []] if form == "SELECT" else []
    if form == "SELECT" and _field(top, "projection") is None:
        columns = _in_text_order(columns, text)  # SELECT *: engines list them differently
    has_order = "orderby" in top
    has_slice = "limitoffset" in top
    if _tie_break and columns and (has_order or has_slice):
        rewritten = _tie_breakers(text, columns, has_order)
        try:
            prepared = prepare(rewritten, prefixes, _tie_break=False) if rewritten else None
        except QueryRefused:
            raise
        except QueryError:  # the keys could not be placed: run the query as written
            prepared = None
        if prepared is not None:
            prepared.warnings = warnings
            return prepared
    own = _aggregate_aliases(_field(top, "projection") or [])
    aggregates = {c: own[c][0] for c in columns if c in own}
    # a GROUP_CONCAT of a subquery projected as is is a list too (the meetings preset)
    anywhere = _aggregate_aliases(tree)
    lists = {
        c: _separator(anywhere[c][1])
        for c in columns if c in anywhere and anywhere[c][0] == "GroupConcat"
    }
    nkg_terms = {
        str(n) for n in _walk(algebra.algebra)
        if type(n).__name__ == "URIRef" and str(n).startswith(NKG) and str(n) != NKG
    }
    return Prepared(
        text=text,
        form=form,
        ordered=form == "SELECT" and has_order,
        prefixes=table,
        algebra=algebra,
        columns=columns,
        aggregates=aggregates,
        lists=lists,
        nkg_terms=nkg_terms,
        warnings=warnings,
    )
