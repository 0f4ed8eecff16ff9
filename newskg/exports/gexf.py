"""gexf export (being written)."""

from __future__ import annotations

from typing import BinaryIO

import networkx as nx

__all__ = ["write_gexf"]


def write_gexf(graph: nx.MultiDiGraph, fp: BinaryIO) -> None:
    raise NotImplementedError("gexf export is not written yet")
