"""JSONL export: one line per statement, for pandas, jq and grep.

Each line holds the statement (subject, predicate, object, date, evidence as
the page prints it and its character offsets in the source file) and the
article it came from (headline, publication date, source file and line, url,
paper, page, and the page's ``# source:``).
"""

from __future__ import annotations

import json
from typing import BinaryIO

import networkx as nx

from .flat import statement_rows

__all__ = ["write_jsonl"]


def write_jsonl(graph: nx.MultiDiGraph, fp: BinaryIO, options=None) -> None:
    """One JSON object a line per statement, in the graph's sorted edge order."""
    for row in statement_rows(graph):
        art = row.article
        rec = {
            "subject": row.subject,
            "subject_type": row.subject_type,
            "predicate": row.relation,
            "object": row.object,
            "object_type": row.object_type,
            "date": row.date or None,
            "activity": row.activity or None,
            "evidence": row.evidence,
            "start": row.start,
            "end": row.end,
            "article": art["headline"] or row.article_label,
            "published": art["published"] or None,
            "source_file": art["source_file"] or None,
            "line": int(art["line"]) if art["line"] else None,
            "url": art["url"] or None,
            "paper": art["paper"] or None,
            "page": art["page"] or None,
            "source": art["source"] or None,
            "subject_iri": row.subject_iri,
            "object_iri": row.object_iri,
            "article_iri": row.article_iri,
        }
        if row.former:
            rec["former"] = True
        fp.write(json.dumps(rec, ensure_ascii=False).encode("utf-8") + b"\n")
