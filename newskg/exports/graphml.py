"""graphml export (being written)."""

from __future__ import annotations

from typing import BinaryIO

import networkx as nx

__all__ = ["write_graphml"]


def write_graphml(graph: nx.MultiDiGraph, fp: BinaryIO) -> None:
    raise NotImplementedError("graphml export is not written yet")
