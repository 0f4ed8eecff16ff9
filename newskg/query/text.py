"""What can be told from a query's text alone, before any engine sees it.

Both engines get the same checks, so a query is refused or accepted the same
way whichever one runs it. The checks look at bare keywords only: words inside
strings, IRIs, comments, variables and prefixed names never count, so a label
such as "DELETE" in a FILTER is harmless.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["QueryError", "QueryRefused", "check_query", "keywords", "locate"]

#: SPARQL 1.1 Update operations: none of them is allowed in ``newskg query``.
UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
)
#: Clauses that make an engine read data other than the graph (files, the network).
REMOTE_KEYWORDS = frozenset({"SERVICE", "FROM"})

_TOKEN = re.compile(
    r'''(?P<skip>"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\''''
    r'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*\''''
    r'''|<[^<>"{}|^`\\\x00-\x20]*>'''
    r"|#[^\n]*"
    r"|[?$][\w]+"
    r"|[\w.-]*:[\w.:%-]*"
    r"|_:[\w.-]+)"
    r"|(?P<word>[A-Za-z_]\w*)"
)


class QueryError(Exception):
    """A query the engine cannot run, with where the parser stopped when it says so."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column

    def __str__(self) -> str:
        if self.line is None:
            return f"bad query: {self.message}"
        return f"bad query at line {self.line}, column {self.column}: {self.message}"


class QueryRefused(QueryError):
    """A well-formed request that ``newskg query`` will not run (UPDATE, SERVICE...)."""

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class QueryShape:
    """What the checks learnt: the query's form and whether it orders its rows."""

    form: str
    ordered: bool


def keywords(query: str) -> list[str]:
    """The bare keywords of a query, upper-cased, in order."""
    return [m.group("word").upper() for m in _TOKEN.finditer(query) if m.group("word")]


def locate(query: str, needle: str) -> tuple[int, int] | None:
    """Line and column (1-based) of the first ``needle`` in ``query``."""
    at = query.find(needle)
    if at < 0:
        return None
    line = query.count("\n", 0, at) + 1
    return line, at - (query.rfind("\n", 0, at) + 1) + 1


def check_query(query: str) -> QueryShape:
    """Refuse updates and remote reads; tell the form (SELECT, ASK...) of a query.

    >>> check_query("PREFIX a: <x:> SELECT * { ?s ?p 'DELETE' } ORDER BY ?s")
    QueryShape(form='SELECT', ordered=True)
    """
    words = keywords(query)
    update = sorted(UPDATE_KEYWORDS.intersection(words))
    if update:
        raise QueryRefused(
            f"refused: {update[0]} is SPARQL UPDATE; newskg query only reads the graph "
            "(use SELECT, CONSTRUCT, DESCRIBE or ASK)"
        )
    remote = sorted(REMOTE_KEYWORDS.intersection(words))
    if remote:
        raise QueryRefused(
            f"refused: {remote[0]} reads data from elsewhere; newskg query reads only the "
            "graph file it is given"
        )
    form = next((w for w in words if w in {"SELECT", "CONSTRUCT", "DESCRIBE", "ASK"}), "")
    ordered = any(a == "ORDER" and b == "BY" for a, b in zip(words, words[1:], strict=False))
    return QueryShape(form, ordered)
