"""``newskg query``: read-only SPARQL over the Turtle export.

:func:`run_query` checks the query (no UPDATE, nothing fetched from elsewhere),
runs it on rdflib or pyoxigraph and returns a :class:`QueryResult` whose cells
are display strings: literals as their lexical form, IRIs as prefixed names
(``nkr:person-...``, ``nkg:Person``). Rows are sorted unless the query orders
them itself, so both engines print the same thing. From Python::

    from newskg.query import run_preset, run_query
    print(run_preset("out/graph.ttl", "person", ["张三"]).render("table"))
    run_query("out/graph.ttl", "SELECT ?n WHERE { ?p a nkg:Person ; rdfs:label ?n }").rows
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .engines import ENGINES, GraphFileError
from .presets import LIST_SEPARATOR, Preset, list_presets, load_preset
from .render import FORMATS, display_width, render
from .terms import Prefixes, file_prefixes
from .text import QueryError, QueryRefused, check_query

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
    "render",
    "run_preset",
    "run_query",
]


@dataclass
class QueryResult:
    """Column names and rows of display strings (``None`` where a variable is unbound)."""

    columns: list[str]
    rows: list[list[str | None]] = field(default_factory=list)

    def render(self, fmt: str = "table", max_width: int | None = None) -> str:
        return render(self.columns, self.rows, fmt, max_width)


def _sort_key(row: list[str | None]) -> tuple:
    return tuple((v is not None, v or "") for v in row)


def _sorted_lists(rows: list[list[str | None]], columns: list[str], lists: tuple[str, ...]):
    """Sort the items of GROUP_CONCAT cells: engines concatenate in different orders."""
    which = [i for i, c in enumerate(columns) if c in lists]
    for row in rows:
        for i in which:
            if cell := row[i]:
                items = sorted(set(cell.split(LIST_SEPARATOR)))
                row[i] = LIST_SEPARATOR.join(items)


def run_query(
    graph: str | Path,
    query: str,
    engine: str = "rdflib",
    lists: tuple[str, ...] = (),
) -> QueryResult:
    """Run a read-only SPARQL query on a Turtle file.

    Raises :class:`QueryRefused` for UPDATE/SERVICE/FROM, :class:`QueryError`
    for a query the engine rejects (with line and column when the parser gives
    them) and :class:`GraphFileError` when the file is missing or not Turtle.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; known: {', '.join(ENGINES)}")
    shape = check_query(query)
    path = Path(graph)
    if not path.is_file():
        raise GraphFileError(f"{path}: no such file (build one with: newskg build --out DIR)")
    try:
        prefixes = Prefixes(file_prefixes(path))
    except (OSError, UnicodeError) as e:
        raise GraphFileError(f"{path}: cannot read: {e}") from None
    raw = ENGINES[engine](path, query, prefixes)
    rows = raw.rows
    _sorted_lists(rows, raw.columns, lists)
    if not shape.ordered:
        rows = sorted(rows, key=_sort_key)
    return QueryResult(raw.columns, rows)


def run_preset(
    graph: str | Path, name: str, args: list[str] | tuple[str, ...] = (), engine: str = "rdflib"
) -> QueryResult:
    """Run the bundled preset ``name`` with its arguments."""
    preset = load_preset(name)
    return run_query(graph, preset.bind(args), engine=engine, lists=preset.lists)
