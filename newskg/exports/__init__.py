"""Stage three: graph -> files. One writer per format, registered by name.

Each writer takes the graph and a binary file object. :func:`export_all`
writes every registered format into a folder.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import networkx as nx

__all__ = ["FORMATS", "export", "export_all"]

#: format name -> (file name, "module:function")
FORMATS: dict[str, tuple[str, str]] = {
    "turtle": ("graph.ttl", "turtle:write_turtle"),
    "graphml": ("graph.graphml", "graphml:write_graphml"),
    "gexf": ("graph.gexf", "gexf:write_gexf"),
    "html": ("graph.html", "html:write_html"),
    "jsonl": ("triples.jsonl", "jsonl:write_jsonl"),
}


def _writer(fmt: str) -> Callable[[nx.MultiDiGraph, BinaryIO], None]:
    try:
        _, target = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}") from None
    module, func = target.split(":")
    return getattr(importlib.import_module(f".{module}", __name__), func)


def export(graph: nx.MultiDiGraph, fmt: str, dest: str | Path) -> Path:
    """Write ``graph`` as ``fmt`` to ``dest``."""
    dest = Path(dest)
    write = _writer(fmt)
    with open(dest, "wb") as fp:
        write(graph, fp)
    return dest


def export_all(graph: nx.MultiDiGraph, out_dir: str | Path) -> dict[str, Path]:
    """Write every format into ``out_dir``; returns format -> path."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    return {fmt: export(graph, fmt, out / name) for fmt, (name, _) in FORMATS.items()}
