"""Stage two: extracted articles -> one networkx graph (see :mod:`.model`)."""

from .build import GraphBuilder, build_graph
from .careers import Holding, holding
from .codebook import Codebook, CodebookError, load_codebook
from .model import Statement, edge_date, edge_weight

__all__ = ["Codebook", "CodebookError", "GraphBuilder", "Holding", "Statement", "build_graph",
           "edge_date", "edge_weight", "holding", "load_codebook"]
