"""JSONL export: one line per statement, for pandas, jq and grep."""

from __future__ import annotations

import json
from typing import BinaryIO

import networkx as nx

__all__ = ["write_jsonl"]


def write_jsonl(graph: nx.MultiDiGraph, fp: BinaryIO, options=None) -> None:
    """One JSON object a line per statement, in the graph's sorted edge order."""
    nodes = graph.nodes
    for s, o, p, d in graph.edges(keys=True, data=True):
        for st in d.get("statements", ()):
            art = nodes[st.article]
            rec = {
                "subject": nodes[s]["label"],
                "subject_type": nodes[s]["type"],
                "predicate": p,
                "object": nodes[o]["label"],
                "object_type": nodes[o]["type"],
                "date": st.date,
                "activity": st.activity,
                "evidence": st.evidence,
                "start": st.start,
                "end": st.end,
                "article": art.get("headline") or art["label"],
                "source_file": art.get("source_file"),
                "subject_iri": s,
                "object_iri": o,
                "article_iri": st.article,
            }
            fp.write(json.dumps(rec, ensure_ascii=False, sort_keys=False).encode("utf-8") + b"\n")
