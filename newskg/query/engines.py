"""Two SPARQL engines behind one call: rdflib (default) and pyoxigraph.

rdflib parses the Turtle on every run, which is fine for a few pages. For an
archive, pyoxigraph keeps a RocksDB store next to the Turtle
(``graph.ttl.oxigraph/``) that is rebuilt only when the Turtle changed, so a
second query starts at once. Either way the rows come back as plain strings.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .terms import Prefixes
from .text import QueryError, locate

__all__ = ["ENGINES", "GraphFileError", "RawResult", "open_store", "run_oxigraph", "run_rdflib"]

log = logging.getLogger("newskg")

STORE_SUFFIX = ".oxigraph"
STAMP_FILE = "newskg-store.json"
#: Bumped when the store layout or loading changes, so old stores are rebuilt.
STORE_VERSION = 1


class GraphFileError(Exception):
    """The graph file is missing or is not valid Turtle."""


@dataclass
class RawResult:
    """Rows as display strings (``None`` for unbound), before sorting and rendering."""

    columns: list[str]
    rows: list[list[str | None]]


# --- rdflib -----------------------------------------------------------------


def _rdflib_term(term, prefixes: Prefixes) -> str | None:
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    if isinstance(term, Literal):
        return str(term)
    if isinstance(term, URIRef):
        return prefixes.shorten(str(term))
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _rdflib_syntax_error(e: Exception, query: str) -> QueryError:
    from pyparsing import ParseBaseException

    if isinstance(e, ParseBaseException):
        found = e.line[e.col - 1 : e.col + 19]
        return QueryError(f"{e.msg} (found {found!r})", e.lineno, e.col)
    message = str(e)
    m = re.match(r"Unknown namespace prefix\s*:\s*(\S+)", message)
    where = locate(query, f"{m.group(1)}:") if m else None
    if m:
        message = f"unknown prefix {m.group(1)}: (declare it with PREFIX {m.group(1)}: <...>)"
    return QueryError(message, *(where or (None, None)))


def run_rdflib(graph_path: Path, query: str, prefixes: Prefixes) -> RawResult:
    """Parse the Turtle with rdflib and run ``query`` on it."""
    from rdflib import Graph
    from rdflib.plugins.sparql import prepareQuery

    try:
        prepared = prepareQuery(query, initNs=prefixes.table)
    except Exception as e:  # rdflib raises pyparsing's and bare Exceptions
        raise _rdflib_syntax_error(e, query) from None
    graph = Graph()
    try:
        graph.parse(graph_path, format="turtle")
    except Exception as e:
        raise GraphFileError(f"{graph_path}: not valid Turtle: {e}") from None
    try:
        result = graph.query(prepared)
    except Exception as e:
        raise QueryError(f"{type(e).__name__}: {e}") from None
    if result.type == "ASK":
        return RawResult(["ask"], [[str(bool(result.askAnswer)).lower()]])
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        rows = [[_rdflib_term(t, prefixes) for t in triple] for triple in result.graph or ()]
        return RawResult(["subject", "predicate", "object"], rows)
    columns = [str(v) for v in result.vars or ()]
    solutions: Iterable[Any] = result  # SELECT: one ResultRow (a tuple) per solution
    rows = [[_rdflib_term(row[i], prefixes) for i in range(len(columns))] for row in solutions]
    return RawResult(columns, rows)


# --- pyoxigraph --------------------------------------------------------------


def _ox_term(term, prefixes: Prefixes) -> str | None:
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return prefixes.shorten(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.Triple):
        parts = (_ox_term(t, prefixes) for t in (term.subject, term.predicate, term.object))
        return "<< " + " ".join(p or "" for p in parts) + " >>"
    return str(term)


_OX_POSITION = re.compile(r"error at (\d+):(\d+)(?:-\d+:\d+)?:\s*(.*)", re.S)


def _ox_syntax_error(e: SyntaxError) -> QueryError:
    text = str(e)
    m = _OX_POSITION.match(text)
    message = (m.group(3) if m else text).strip()
    message = " ".join(message.split())
    if len(message) > 200:
        message = message[:200] + "..."
    if m:
        return QueryError(message, int(m.group(1)), int(m.group(2)))
    return QueryError(message)


def _stat(path: Path) -> dict:
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fp:
        for block in iter(lambda: fp.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _read_stamp(store_dir: Path) -> dict | None:
    try:
        return json.loads((store_dir / STAMP_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write_stamp(store_dir: Path, stamp: dict) -> None:
    tmp = store_dir / (STAMP_FILE + ".tmp")
    tmp.write_text(json.dumps(stamp, sort_keys=True), encoding="utf-8")
    os.replace(tmp, store_dir / STAMP_FILE)


def _load_turtle(store, graph_path: Path) -> None:
    import pyoxigraph as ox

    try:
        store.bulk_load(path=str(graph_path), format=ox.RdfFormat.TURTLE)
    except SyntaxError as e:
        raise GraphFileError(f"{graph_path}: not valid Turtle: {e}") from None


def _build_store(graph_path: Path, store_dir: Path, stamp: dict) -> None:
    """Load the Turtle into a fresh store beside ``store_dir``, then move it in place."""
    import pyoxigraph as ox

    tmp = store_dir.with_name(f".{store_dir.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        store = ox.Store(str(tmp))
        _load_turtle(store, graph_path)
        store.flush()
        del store
        _write_stamp(tmp, stamp)
        if store_dir.exists():
            if _read_stamp(store_dir) is None and any(store_dir.iterdir()):
                raise GraphFileError(
                    f"{store_dir} exists and is not a newskg store; move it away to use "
                    "--engine oxigraph"
                )
            shutil.rmtree(store_dir)
        os.replace(tmp, store_dir)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def open_store(graph_path: str | Path):
    """A read-only pyoxigraph store of ``graph_path``, built or reused.

    The store lives in ``<graph>.oxigraph/`` with a stamp of the Turtle's size,
    modification time and SHA-256. Size and time unchanged: reused without
    reading the Turtle. Changed but same content (a rebuild that wrote the same
    bytes): reused after hashing. Otherwise rebuilt. When the folder cannot be
    written, the Turtle is loaded into memory instead, with a warning.
    """
    import pyoxigraph as ox

    graph_path = Path(graph_path)
    store_dir = graph_path.with_name(graph_path.name + STORE_SUFFIX)
    now = _stat(graph_path)
    old = _read_stamp(store_dir) or {}
    # a store written by another pyoxigraph release may not open: rebuild it
    made_by = {"version": STORE_VERSION, "pyoxigraph": ox.__version__}
    current = old is not None and all(old.get(k) == v for k, v in made_by.items())
    if not (current and all(old.get(k) == v for k, v in now.items())):
        digest = _sha256(graph_path)
        stamp = {**made_by, "sha256": digest, **now}
        try:
            if current and old.get("sha256") == digest:
                _write_stamp(store_dir, stamp)
            else:
                _build_store(graph_path, store_dir, stamp)
        except OSError as e:
            log.warning("newskg: cannot keep a store in %s (%s); loading into memory", store_dir, e)
            store = ox.Store()
            _load_turtle(store, graph_path)
            return store
    return ox.Store.read_only(str(store_dir))


def run_oxigraph(graph_path: Path, query: str, prefixes: Prefixes) -> RawResult:
    """Run ``query`` on the persistent pyoxigraph store of ``graph_path``."""
    try:
        import pyoxigraph as ox
    except ImportError:
        raise GraphFileError("--engine oxigraph needs pyoxigraph: pip install pyoxigraph") from None

    store = open_store(graph_path)
    try:
        result = store.query(query, prefixes=prefixes.table)
        if isinstance(result, ox.QueryBoolean):
            return RawResult(["ask"], [[str(bool(result)).lower()]])
        if isinstance(result, ox.QueryTriples):
            rows = [
                [_ox_term(t, prefixes) for t in (tr.subject, tr.predicate, tr.object)]
                for tr in result
            ]
            return RawResult(["subject", "predicate", "object"], rows)
        columns = [v.value for v in result.variables]
        rows = [[_ox_term(sol[i], prefixes) for i in range(len(columns))] for sol in result]
        return RawResult(columns, rows)
    except SyntaxError as e:
        raise _ox_syntax_error(e) from None
    except OSError as e:
        raise GraphFileError(f"{graph_path}: cannot read the oxigraph store: {e}") from None
    except (RuntimeError, ValueError, TypeError) as e:
        raise QueryError(f"{type(e).__name__}: {e}") from None


#: engine name -> runner
ENGINES: dict[str, Callable[[Path, str, Prefixes], RawResult]] = {
    "rdflib": run_rdflib,
    "oxigraph": run_oxigraph,
}
