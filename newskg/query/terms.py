"""How RDF terms are shown: literals as their lexical form, IRIs as prefixed names.

Both engines' terms are turned into plain strings here, so that rdflib and
pyoxigraph give the same rows.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..vocab import NKG, NKR, PROV, SCHEMA

__all__ = ["DEFAULT_PREFIXES", "Prefixes", "file_prefixes"]

#: The prefixes of docs/ontology.md; a query may use them without declaring them.
DEFAULT_PREFIXES: dict[str, str] = {
    "nkg": NKG,
    "nkr": NKR,
    "schema": SCHEMA,
    "prov": PROV,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}

_PREFIX_LINE = re.compile(r"\s*(?:@prefix|PREFIX)\s+([\w.-]*):\s*<([^>]*)>\s*\.?\s*$", re.I)
_LOCAL = re.compile(r"[\w-]+(?:\.[\w-]+)*")


def file_prefixes(path: str | Path, max_lines: int = 200) -> dict[str, str]:
    """The prefixes a Turtle file declares in its opening lines (cheap: no parsing)."""
    found: dict[str, str] = {}
    with open(path, encoding="utf-8", errors="replace") as fp:
        for n, line in enumerate(fp):
            if n >= max_lines:
                break
            m = _PREFIX_LINE.match(line)
            if m:
                found[m.group(1)] = m.group(2)
            elif line.strip() and not line.lstrip().startswith("#"):
                break
    return found


class Prefixes:
    """Namespace table used both to declare prefixes to engines and to shorten IRIs."""

    def __init__(self, extra: dict[str, str] | None = None) -> None:
        self.table = dict(DEFAULT_PREFIXES)
        for name, iri in (extra or {}).items():
            if name and iri:
                self.table[name] = iri
        # longest namespace first, so nkr: wins over a shorter enclosing one
        self._by_length = sorted(self.table.items(), key=lambda kv: -len(kv[1]))

    def shorten(self, iri: str) -> str:
        """``nkg:Person`` for a known namespace, else ``<iri>``."""
        for name, ns in self._by_length:
            if iri.startswith(ns) and _LOCAL.fullmatch(iri[len(ns):]):
                return f"{name}:{iri[len(ns):]}"
        return f"<{iri}>"
