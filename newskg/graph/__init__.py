"""Stage two: extracted articles -> one networkx graph (see :mod:`.model`)."""

from .build import GraphBuilder, build_graph
from .model import Statement, edge_date, edge_weight

__all__ = ["GraphBuilder", "Statement", "build_graph", "edge_date", "edge_weight"]
