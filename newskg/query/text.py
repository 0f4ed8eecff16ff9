"""The text of a query as the SPARQL engines read it: escapes expanded, comments gone.

SPARQL expands ``\\uXXXX`` escapes everywhere before parsing, so ``\\u0053ERVICE``
is the keyword ``SERVICE``. newskg expands them once, drops the comments and
hands this one canonical text to the checks and to both engines: what is
checked is exactly what runs, and no engine can read a comment or an escape
differently from the checks.

The lexer here only tells strings, IRIs, comments, variables and prefixed
names from bare words and braces; the grammar is left to the parser
(:mod:`newskg.query.parsed`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .errors import QueryError

__all__ = [
    "Token",
    "canonical_text",
    "expand_escapes",
    "keywords",
    "locate",
    "tokens",
]

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")

_TOKEN = re.compile(
    r'''(?P<string>"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\''''
    r'''|"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*\')'''
    r'''|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)'''
    r"|(?P<comment>#[^\n\r]*)"
    r"|(?P<var>[?$]\w+)"
    r"|(?P<pname>[\w.-]*:[\w.:%-]*|_:[\w.-]+)"
    r"|(?P<word>[A-Za-z_]\w*)"
    r"|(?P<open>\{)|(?P<close>\})"
)


@dataclass(frozen=True)
class Token:
    kind: str  # string, iri, comment, var, pname, word, open, close
    text: str
    start: int
    end: int
    depth: int  # braces open around the token


def expand_escapes(query: str) -> str:
    r"""``\uXXXX`` and ``\UXXXXXXXX`` replaced by their characters, as SPARQL reads them.

    >>> expand_escapes(r"\u0053ERVICE")
    'SERVICE'
    """

    def char(m: re.Match) -> str:
        code = int(m.group(1) or m.group(2), 16)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            raise QueryError(f"{m.group(0)} is not a character")
        return chr(code)

    expanded = _ESCAPE.sub(char, query)
    if _ESCAPE.search(expanded):
        # "\u005Cu0041" spells an escape: a second reading would differ from the first
        raise QueryError("an escape that spells another escape (\\u005C...) is not allowed")
    return expanded


def tokens(query: str) -> Iterator[Token]:
    """The tokens that matter for the checks, with the brace depth of each."""
    depth = 0
    for m in _TOKEN.finditer(query):
        kind = m.lastgroup or ""
        if kind == "close":
            depth = max(depth - 1, 0)
        yield Token(kind, m.group(), m.start(), m.end(), depth)
        if kind == "open":
            depth += 1


def canonical_text(query: str) -> str:
    """``query`` with escapes expanded and comments removed (line breaks kept).

    >>> canonical_text("SELECT * # SERVICE\\n{ ?s ?p '#' }")
    "SELECT * \\n{ ?s ?p '#' }"
    """
    text = expand_escapes(query)
    cuts = [(t.start, t.end) for t in tokens(text) if t.kind == "comment"]
    if not cuts:
        return text
    out, at = [], 0
    for start, end in cuts:
        out.append(text[at:start])
        at = end
    out.append(text[at:])
    return "".join(out)


def keywords(query: str) -> list[str]:
    """The bare keywords of a query, upper-cased, in order."""
    return [t.text.upper() for t in tokens(query) if t.kind == "word"]


def locate(query: str, needle: str) -> tuple[int, int] | None:
    """Line and column (1-based) of the first ``needle`` in ``query``."""
    at = query.find(needle)
    if at < 0:
        return None
    line = query.count("\n", 0, at) + 1
    return line, at - (query.rfind("\n", 0, at) + 1) + 1
