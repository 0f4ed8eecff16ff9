"""Turtle export: the graph contract as RDF (see :mod:`.rdf`)."""

from __future__ import annotations

from typing import BinaryIO

import networkx as nx

from .rdf import to_rdflib

__all__ = ["write_turtle"]


def write_turtle(graph: nx.MultiDiGraph, fp: BinaryIO) -> None:
    fp.write(to_rdflib(graph).serialize(format="turtle").encode("utf-8"))
