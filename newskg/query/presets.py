"""Preset queries: SPARQL files in ``newskg/queries/`` with a small comment header.

A preset file starts with comment lines of the form ``# key: value``:

``description``  one line for ``--list-presets``
``args``         names of the values the user passes (``NAME``): the variable
                 ``?NAME`` of the body is bound to the value, as a string, by
                 the engine (never written into the query text, so a quote or a
                 brace in a name cannot change the query)
``options``      optional values, as ``--flag VAR`` pairs (``--as-of AS_OF``):
                 ``?AS_OF`` is bound to what ``--as-of`` gives, or to the empty
                 string when it is not given

Users can write their own presets the same way and run them with
``newskg query GRAPH --file my.rq ARG...``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from .errors import QueryError

__all__ = ["Preset", "list_presets", "load_preset", "parse_preset"]

_HEADER = re.compile(r"#\s*([A-Za-z-]+):\s*(.*)")


@dataclass(frozen=True)
class Preset:
    name: str
    description: str
    args: tuple[str, ...]
    body: str
    #: optional values: (flag without dashes, variable), e.g. ("as-of", "AS_OF")
    options: tuple[tuple[str, str], ...] = ()

    def usage(self) -> str:
        flags = [f"[--{flag} {var}]" for flag, var in self.options]
        return " ".join((self.name, *self.args, *flags))

    def bind(self, values: list[str] | tuple[str, ...],
             options: dict[str, str | None] | None = None) -> dict[str, str]:
        """The variable bindings of the arguments: ``{"NAME": "张三"}`` binds ``?NAME``.

        ``options`` maps a flag (``as-of``) to its value (``None``: not given);
        an option the preset does not take is a :class:`QueryError`.
        """
        if len(values) != len(self.args):
            wanted = " ".join(self.args) or "no argument"
            raise QueryError(
                f"preset {self.name} takes {wanted}, got {len(values)} "
                f"(usage: --preset {self.usage()})"
            )
        given = {k: v for k, v in (options or {}).items() if v is not None}
        known = dict(self.options)
        for flag in given:
            if flag not in known:
                raise QueryError(f"preset {self.name} takes no --{flag} "
                                 f"(usage: --preset {self.usage()})")
        bound = dict(zip(self.args, values, strict=True))
        bound.update({var: given.get(flag) or "" for flag, var in self.options})
        return bound


def parse_preset(name: str, text: str) -> Preset:
    """Read the header comments of a preset file."""
    meta: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = _HEADER.match(line)
        if m:
            meta[m.group(1).lower()] = m.group(2).strip()
    words = meta.get("options", "").split()
    options = tuple((flag.lstrip("-"), var) for flag, var in zip(words[::2], words[1::2],
                                                               strict=False))
    return Preset(
        name=name,
        description=meta.get("description", ""),
        args=tuple(meta.get("args", "").split()),
        body=text,
        options=options,
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
