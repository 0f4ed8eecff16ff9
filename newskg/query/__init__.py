"""``newskg query``: read-only SPARQL over the Turtle export.

:func:`run_query` checks the query on its parse (no UPDATE, nothing fetched from
elsewhere), runs it on rdflib or pyoxigraph and returns a :class:`QueryResult`
whose cells are display strings: literals as their lexical form, IRIs as
prefixed names (``nkr:person-...``, ``nkg:Person``). Both engines print the same
rows: unordered rows are sorted, ties of an ORDER BY are broken by every
column, the items of a GROUP_CONCAT are sorted, and aggregates follow the
standard on both. What the user may not expect (an unknown ``nkg:`` term, an
undeclared prefix, an aggregate emptied by an unbound value) comes back as
``warnings``, one line each. From Python::

    from newskg.query import run_preset, run_query
    print(run_preset("out/graph.ttl", "person", ["张三"]).render("table"))
    run_query("out/graph.ttl", "SELECT ?n WHERE { ?p a nkg:Person ; rdfs:label ?n }").rows
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from ..vocab import CLASS_INFO, NKG, PROPERTY_INFO
from .engines import ENGINES, Engine, open_engine
from .errors import GraphFileError, QueryError, QueryRefused
from .parsed import Prepared, prepare
from .presets import Preset, list_presets, load_preset, parse_preset
from .render import FORMATS, display_width, render
from .terms import Prefixes, file_prefixes

__all__ = [
    "ENGINES",
    "FORMATS",
    "GraphFileError",
    "Preset",
    "QueryError",
    "QueryRefused",
    "QueryResult",
    "display_width",
    "list_presets",
    "load_preset",
    "parse_preset",
    "render",
    "run_preset",
    "run_query",
]


@dataclass
class QueryResult:
    """Column names and rows of display strings (``None`` where a variable is unbound)."""

    columns: list[str]
    rows: list[list[str | None]] = field(default_factory=list)
    #: one line each: unknown terms, undeclared prefixes, emptied aggregates
    warnings: list[str] = field(default_factory=list, compare=False)

    def render(self, fmt: str = "table", max_width: int | None = None) -> str:
        return render(self.columns, self.rows, fmt, max_width)


def _sort_key(row: list[str | None]) -> tuple:
    return tuple((v is not None, v or "") for v in row)


def _sort_lists(result_rows: list[list[str | None]], columns: list[str],
                lists: dict[str, str]) -> None:
    """Sort the items of GROUP_CONCAT cells: each engine concatenates in its own order."""
    which = [(i, lists[c]) for i, c in enumerate(columns) if lists.get(c)]
    for row in result_rows:
        for i, sep in which:
            cell = row[i]
            if cell:
                row[i] = sep.join(sorted(cell.split(sep)))


def _term_warnings(prepared: Prepared, engine: Engine) -> list[str]:
    """One line for each ``nkg:`` term that is neither in the vocabulary nor in the graph."""
    known = {NKG + name for name in (*CLASS_INFO, *PROPERTY_INFO)}
    unknown = sorted(t for t in prepared.nkg_terms if t not in known and not engine.has_term(t))
    if not unknown:
        return []
    names = sorted({t[len(NKG):] for t in known} | engine.declared_terms(NKG))
    out = []
    for iri in unknown:
        local = iri[len(NKG):]
        close = difflib.get_close_matches(local, names, n=1, cutoff=0.6)
        hint = f" (did you mean nkg:{close[0]}?)" if close else ""
        out.append(f"nkg:{local} is not a class or property of this graph{hint}; "
                   "the query may find nothing")
    return out


def _aggregate_warnings(result_rows: list[list[str | None]], columns: list[str],
                        prepared: Prepared) -> list[str]:
    """Say why an aggregate column is empty: SPARQL empties it for one unbound value."""
    out = []
    for i, column in enumerate(columns):
        kind = prepared.aggregates.get(column)
        if kind in (None, "Count", "Sample"):
            continue
        empty = sum(row[i] is None for row in result_rows)
        if empty:
            out.append(
                f"?{column} has no value in {empty} row{'s' if empty != 1 else ''}: "
                f"{kind.upper()} is empty when a value in its group is unbound or of the "
                "wrong type (keep the OPTIONAL out of the aggregate, or use STR)"
            )
    if "Sample" in prepared.aggregates.values():
        out.append("SAMPLE picks any one value and the engines may pick different ones "
                   "(MIN or MAX picks the same)")
    return out


def _check_bindings(prepared: Prepared, bindings: dict[str, str]) -> None:
    """Arguments bind variables of the SELECT clause (pyoxigraph binds no other)."""
    if not bindings:
        return
    missing = sorted(set(bindings) - set(prepared.columns))
    if prepared.form != "SELECT" or missing:
        names = " ".join(f"?{m}" for m in missing or sorted(bindings))
        raise QueryError(
            f"arguments bind variables the SELECT clause lists: add {names} to it"
        )


def run_query(
    graph: str | Path,
    query: str,
    engine: str = "rdflib",
    bindings: dict[str, str] | None = None,
) -> QueryResult:
    """Run a read-only SPARQL query on a Turtle file.

    ``bindings`` gives values to variables (``{"NAME": "张三"}`` binds ``?NAME``
    to the string), as the engines bind them: never written into the text.
    Raises :class:`QueryRefused` for UPDATE/SERVICE/FROM, :class:`QueryError`
    for a query the engine rejects (with line and column when the parser gives
    them) and :class:`GraphFileError` when the file is missing or not Turtle.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; known: {', '.join(ENGINES)}")
    path = Path(graph)
    if not path.is_file():
        raise GraphFileError(f"{path}: no such file (build one with: newskg build --out DIR)")
    try:
        prefixes = Prefixes(file_prefixes(path))
    except (OSError, UnicodeError) as e:
        raise GraphFileError(f"{path}: cannot read: {e}") from None
    prepared = prepare(query, prefixes)
    bindings = dict(bindings or {})
    _check_bindings(prepared, bindings)
    warnings = list(prepared.warnings)
    with open_engine(engine, path, prefixes, warnings) as eng:
        warnings += _term_warnings(prepared, eng)
        raw = eng.run(prepared, bindings)
    # the columns in the query's order (engines differ on SELECT *), without the bound
    # variables: a column of the argument repeated on every row
    order = prepared.columns if sorted(prepared.columns) == sorted(raw.columns) else raw.columns
    keep = [raw.columns.index(c) for c in order if c not in bindings]
    columns = [raw.columns[i] for i in keep]
    rows = [[row[i] for i in keep] for row in raw.rows]
    _sort_lists(rows, columns, prepared.lists)
    if not prepared.ordered:
        rows = sorted(rows, key=_sort_key)
    warnings += _aggregate_warnings(rows, columns, prepared)
    return QueryResult(columns, rows, warnings)


def run_preset(
    graph: str | Path, name: str, args: list[str] | tuple[str, ...] = (), engine: str = "rdflib"
) -> QueryResult:
    """Run the bundled preset ``name`` with its arguments."""
    preset = load_preset(name)
    return run_query(graph, preset.body, engine=engine, bindings=preset.bind(args))
