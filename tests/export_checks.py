"""Parse every export back with a real reader: the check the robustness tests share."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import rdflib


def _rdf(fmt: str):
    def check(data: bytes) -> rdflib.Graph:
        return rdflib.Graph().parse(data=data, format=fmt)

    return check


def _jsonl(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.split(b"\n") if line]


def _csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


#: Markup that hostile text carries; none of it may reach the viewer unescaped.
MARKUP = (
    "<script>alert(1)</script>",
    "</script><script>alert(2)</script>",
    '<img src=x onerror="alert(3)">',
)


def _html(data: bytes) -> None:
    """No markup from the data is in the page as markup (it may be there escaped)."""
    data.decode("utf-8")
    for markup in MARKUP:
        assert markup.encode() not in data, f"{markup} reached the page unescaped"


CHECKS = {
    "turtle": _rdf("turtle"),
    "ntriples": _rdf("nt"),
    "graphml": lambda data: nx.read_graphml(io.BytesIO(data)),
    "gexf": lambda data: nx.read_gexf(io.BytesIO(data)),
    "jsonl": _jsonl,
    "nodes-csv": _csv,
    "edges-csv": _csv,
    "html": _html,
}


def check_export(fmt: str, data: bytes):
    """Parse ``data`` as format ``fmt``; raises if it does not parse. Unknown formats: UTF-8."""
    check = CHECKS.get(fmt)
    if check is None:
        data.decode("utf-8")
        return None
    return check(data)


def check_outputs(outputs: dict[str, Path]) -> dict[str, object]:
    """Parse every file of a build's ``report.outputs``; format -> what the reader gave."""
    return {fmt: check_export(fmt, Path(path).read_bytes()) for fmt, path in outputs.items()}
