"""Preset queries: SPARQL files in ``newskg/queries/`` with a small comment header.

A preset file starts with comment lines of the form ``# key: value``:

``description``  one line for ``--list-presets``
``args``         names of the values the user passes (``NAME``); ``$NAME`` in
                 the body is replaced by the value as a SPARQL string literal
``lists``        columns holding ``、``-joined lists (GROUP_CONCAT), whose items
                 are sorted so that both engines print the same cell

Users can add their own presets by writing ``.rq`` files and passing them
with ``--file``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from .text import QueryError

__all__ = [
    "LIST_SEPARATOR",
    "Preset",
    "list_presets",
    "load_preset",
    "parse_preset",
    "sparql_string",
]

LIST_SEPARATOR = "、"
_HEADER = re.compile(r"#\s*([A-Za-z-]+):\s*(.*)")


@dataclass(frozen=True)
class Preset:
    name: str
    description: str
    args: tuple[str, ...]
    lists: tuple[str, ...]
    body: str

    def usage(self) -> str:
        return " ".join((self.name, *self.args))

    def bind(self, values: list[str] | tuple[str, ...]) -> str:
        """The query text with each ``$ARG`` replaced by its value, safely quoted."""
        if len(values) != len(self.args):
            wanted = " ".join(self.args) or "no argument"
            raise QueryError(
                f"preset {self.name} takes {wanted}, got {len(values)} "
                f"(usage: --preset {self.usage()})"
            )
        query = self.body
        for arg, value in zip(self.args, values, strict=True):
            literal = sparql_string(value)
            query = re.sub(rf"\${arg}\b", literal.replace("\\", r"\\"), query)  # verbatim
        return query


def sparql_string(value: str) -> str:
    """A SPARQL string literal of ``value``: quotes, backslashes and line ends escaped.

    >>> print(sparql_string('say "hi"'))
    "say \\"hi\\""
    """
    escaped = (
        value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )
    return f'"{escaped}"'


def parse_preset(name: str, text: str) -> Preset:
    """Read the header comments of a preset file."""
    meta: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = _HEADER.match(line)
        if m:
            meta[m.group(1).lower()] = m.group(2).strip()
    return Preset(
        name=name,
        description=meta.get("description", ""),
        args=tuple(meta.get("args", "").split()),
        lists=tuple(meta.get("lists", "").split()),
        body=text,
    )


def _files() -> dict[str, str]:
    folder = resources.files("newskg") / "queries"
    return {
        f.name[: -len(".rq")]: f.read_text(encoding="utf-8")
        for f in folder.iterdir()
        if f.name.endswith(".rq")
    }


def list_presets() -> list[Preset]:
    """Every bundled preset, sorted by name."""
    return [parse_preset(name, text) for name, text in sorted(_files().items())]


def load_preset(name: str) -> Preset:
    files = _files()
    if name not in files:
        raise QueryError(f"no preset called {name!r}; known: {', '.join(sorted(files))}")
    return parse_preset(name, files[name])
