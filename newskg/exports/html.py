"""html export (being written)."""

from __future__ import annotations

from typing import BinaryIO

import networkx as nx

__all__ = ["write_html"]


def write_html(graph: nx.MultiDiGraph, fp: BinaryIO) -> None:
    raise NotImplementedError("html export is not written yet")
