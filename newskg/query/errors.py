"""The errors of ``newskg query``: each becomes one line on stderr in the CLI."""

from __future__ import annotations

__all__ = ["GraphFileError", "QueryError", "QueryRefused"]


class GraphFileError(Exception):
    """The graph file is missing or is not valid Turtle."""


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
