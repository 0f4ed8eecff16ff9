"""Every export read back by the programs users open it with.

Turtle and N-Triples: rapper (strict), pyoxigraph and rdflib. GraphML: the
contract's conventions, xmllint, networkx, python-igraph and graphology (the
parser of Gephi Lite). GEXF: networkx and graphology, dynamic. CSV: the csv
module as pandas and Gephi's spreadsheet import read it. The clients are
installed by scripts/install-test-deps.sh; a test whose client is missing
fails and says what to install (it never skips).
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from rdflib.compare import isomorphic
from requires import INSTALL, require_module, require_program

from newskg.exports import FORMATS, ExportOptions, export, export_all
from newskg.exports.flat import clean_text, flatten
from newskg.exports.rdf import to_rdflib
from newskg.graph import build_graph
from newskg.records import Article, Mention, Relation
from newskg.vocab import CLASS_INFO, PROPERTY_INFO

ROOT = Path(__file__).resolve().parent.parent
JS = ROOT / "tests" / "js"
GML = "{http://graphml.graphdrawing.org/xmlns}"


@pytest.fixture
def rapper() -> str:
    return require_program("rapper", "raptor2-utils")


@pytest.fixture
def xmllint() -> str:
    return require_program("xmllint", "libxml2-utils")


@pytest.fixture
def graphology() -> str:
    """node, with graphology's parsers installed from tests/js/package-lock.json."""
    node = require_program("node", "nodejs")
    if not (JS / "node_modules" / "graphology-gexf").is_dir():
        pytest.fail(f"{JS / 'node_modules'} lacks graphology (npm ci in tests/js); {INSTALL}",
                    pytrace=False)
    return node


needs_rapper = pytest.mark.usefixtures("rapper")
needs_xmllint = pytest.mark.usefixtures("xmllint")
needs_node = pytest.mark.usefixtures("graphology")


#: the seed page through the whole pipeline, the seed's shape from records, hostile text
GRAPHS = ["seed_graph", "records_graph", "hostile_graph"]


@pytest.fixture
def seed_graph(seed_build):
    return seed_build.graph


def _write(graph, fmt: str, folder: Path, options: ExportOptions | None = None) -> Path:
    return export(graph, fmt, folder / FORMATS[fmt][0], options)


def _graphology(fmt: str, path: Path) -> dict:
    out = subprocess.run(["node", str(JS / "check.js"), fmt, str(path)],
                         capture_output=True, text=True, check=True, timeout=60)
    return json.loads(out.stdout)


# ---------------------------------------------------------------- the build


def test_build_writes_every_registered_format(seed_build):
    """`newskg build` writes each format of the registry, and each holds the seed's people."""
    assert set(seed_build.outputs) == set(FORMATS)
    for fmt, path in seed_build.outputs.items():
        assert path.name == FORMATS[fmt][0]
        text = path.read_text(encoding="utf-8")
        assert "章旭升" in text, fmt


def test_same_input_gives_byte_identical_files_whatever_the_hash_seed(tmp_path):
    """Two runs with different PYTHONHASHSEED write the same bytes (sets, dicts, layout)."""
    script = (
        "import sys; sys.path.insert(0, 'tests'); from conftest import records_articles; "
        "from newskg.graph import build_graph; from newskg.exports import export_all; "
        "export_all(build_graph(records_articles(hostile=True)), sys.argv[1])"
    )
    dirs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(out)], cwd=ROOT, env=env, check=True)
        dirs.append(out)
    for name, _ in FORMATS.values():
        a, b = (d / name for d in dirs)
        assert a.read_bytes() == b.read_bytes(), name


# ------------------------------------------------------------------ Turtle


def _rdflib_parse(data: bytes, fmt: str, caplog) -> rdflib.Graph:
    with caplog.at_level(logging.WARNING):
        g = rdflib.Graph().parse(data=data, format=fmt)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text
    return g


@pytest.mark.parametrize("fixture", GRAPHS)
def test_turtle_round_trips_through_rdflib_and_ntriples(fixture, request, tmp_path, caplog):
    graph = request.getfixturevalue(fixture)
    ttl = _write(graph, "turtle", tmp_path).read_bytes()
    nt = _write(graph, "ntriples", tmp_path).read_bytes()
    from_ttl = _rdflib_parse(ttl, "turtle", caplog)
    from_nt = _rdflib_parse(nt, "nt", caplog)
    assert isomorphic(from_ttl, to_rdflib(graph))
    assert isomorphic(from_ttl, from_nt)
    # rdflib writing our graph and reading it back gives the same graph too
    again = rdflib.Graph().parse(data=from_ttl.serialize(format="turtle"), format="turtle")
    assert isomorphic(again, from_ttl)


@needs_rapper
@pytest.mark.parametrize("fixture", GRAPHS)
def test_rapper_parses_turtle_and_ntriples_strictly_without_warning(fixture, request, tmp_path):
    graph = request.getfixturevalue(fixture)
    expected = len(to_rdflib(graph))
    for fmt, syntax in (("turtle", "turtle"), ("ntriples", "ntriples")):
        path = _write(graph, fmt, tmp_path)
        run = subprocess.run(["rapper", "-i", syntax, "-c", str(path)],
                             capture_output=True, text=True, timeout=60)
        assert run.returncode == 0, run.stderr
        assert "warning" not in run.stderr.lower() and "error" not in run.stderr.lower(), run.stderr
        assert f"returned {expected} triples" in run.stderr


@pytest.mark.parametrize("fixture", GRAPHS)
def test_pyoxigraph_loads_turtle_and_ntriples(fixture, request, tmp_path):
    ox = require_module("pyoxigraph", "pyoxigraph")
    graph = request.getfixturevalue(fixture)
    expected = len(to_rdflib(graph))
    for fmt, rdf_format in (("turtle", ox.RdfFormat.TURTLE), ("ntriples", ox.RdfFormat.N_TRIPLES)):
        store = ox.Store()
        store.load(path=str(_write(graph, fmt, tmp_path)), format=rdf_format)
        assert len(store) == expected


def _query(g: rdflib.Graph, q: str) -> list[tuple]:
    prefixes = """PREFIX nkg: <https://w3id.org/newskg/ontology#>
PREFIX schema: <https://schema.org/> PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""
    return [tuple(row) for row in g.query(prefixes + q)]


def test_turtle_declares_its_vocabulary_in_chinese_and_english(records_graph, tmp_path):
    g = rdflib.Graph().parse(_write(records_graph, "turtle", tmp_path), format="turtle")
    rows = _query(g, """SELECT ?t ?zh ?en ?c WHERE {
        ?t rdfs:label ?zh, ?en ; rdfs:comment ?c .
        FILTER(lang(?zh) = "zh" && lang(?en) = "en") }""")
    declared = {str(t).rsplit("#", 1)[-1] for t, *_ in rows}
    assert set(CLASS_INFO) | set(PROPERTY_INFO) <= declared
    classes = {str(c).rsplit("#", 1)[1] for (c,) in _query(g, "SELECT ?c { ?c a owl:Class }")}
    assert classes == set(CLASS_INFO)


def test_statement_nodes_carry_provenance_and_typed_dates(records_graph, tmp_path):
    g = rdflib.Graph().parse(_write(records_graph, "turtle", tmp_path), format="turtle")
    rows = _query(g, """SELECT ?who ?what ?date ?ev ?headline WHERE {
        ?s rdf:subject ?p ; rdf:predicate nkg:inspected ; rdf:object ?o ;
           prov:wasDerivedFrom ?art ; nkg:evidence ?ev ; schema:startDate ?date .
        ?p rdfs:label ?who . ?o rdfs:label ?what . ?art schema:headline ?headline .
        ?p nkg:inspected ?o . }""")
    found = {(str(w), str(o)): (d, str(e), str(h)) for w, o, d, e, h in rows}
    date, evidence, headline = found[("章旭升", "一达研磨有限公司")]
    assert date.datatype == rdflib.XSD.date and str(date) == "2023-05-05"
    assert evidence.startswith("在一达研磨有限公司") and headline == "压实责任 守牢底线"
    assert len(found) == 3  # 东城街道, 一达研磨有限公司, 长利电器
    # one node per entity, never a blank node, exactly one @zh label each
    labels = _query(g, """SELECT ?n (COUNT(?l) AS ?k) WHERE {
        ?n a ?c ; rdfs:label ?l . ?c a owl:Class . FILTER(lang(?l) = "zh") } GROUP BY ?n""")
    assert labels and all(int(k) == 1 and isinstance(n, rdflib.URIRef) for n, k in labels)


def test_hostile_text_survives_turtle_exactly(hostile_graph, tmp_path):
    """Quotes, backslashes, newlines, `>` and markup come back as written (controls dropped)."""
    g = rdflib.Graph().parse(_write(hostile_graph, "turtle", tmp_path), format="turtle")
    labels = {str(o) for o in g.objects(None, rdflib.RDFS.label)}
    evidence = {str(o) for o in g.objects(None, rdflib.URIRef(
        "https://w3id.org/newskg/ontology#evidence"))}
    for _, d in hostile_graph.nodes(data=True):
        assert clean_text(d["label"]) in labels
    hostile = [e for e in evidence if "<script>" in e]
    assert hostile and all('"引号"\\反斜杠\n换行控制>' in e for e in hostile)


def test_dates_that_are_not_dates_are_never_ill_typed_literals(tmp_path, caplog):
    art = Article("x.txt", 0, "张三视察某地。", date="2023-02-30")
    p, place = Mention("张三", "Person", 0, 2), Mention("某地", "Place", 4, 6)
    art.mentions = [p, place]
    art.relations = [Relation(p, "inspected", place, art.text, 0, 7, "2023-02-30"),
                     Relation(p, "inspected", place, art.text, 0, 6, "--02-30"),
                     Relation(p, "inspected", place, art.text, 0, 5, "2024-02-29")]
    g = build_graph([art])
    parsed = _rdflib_parse(_write(g, "turtle", tmp_path).read_bytes(), "turtle", caplog)
    dates = {str(o): o.datatype for o in parsed.objects(None, rdflib.SDO.startDate)}
    assert dates == {"2023-02-30": None, "--02-30": None, "2024-02-29": rdflib.XSD.date}
    assert all(o.ill_typed is not True for o in parsed.objects() if isinstance(o, rdflib.Literal))


# ----------------------------------------------------------------- GraphML


def _graphml_tree(path: Path) -> ET.Element:
    return ET.parse(path).getroot()


@pytest.mark.parametrize("fixture", GRAPHS)
def test_graphml_follows_the_contract(fixture, request, tmp_path):
    graph = request.getfixturevalue(fixture)
    root = _graphml_tree(_write(graph, "graphml", tmp_path))
    keys = {(k.get("for"), k.get("attr.name")): (k.get("id"), k.get("attr.type"))
            for k in root.iter(GML + "key")}
    assert keys == {
        ("node", "label"): ("label", "string"), ("node", "type"): ("type", "string"),
        ("node", "iri"): ("iri", "string"),
        ("edge", "label"): ("e_label", "string"), ("edge", "weight"): ("e_weight", "double"),
        ("edge", "date"): ("e_date", "string"), ("edge", "evidence"): ("e_evidence", "string"),
        ("edge", "articles"): ("e_articles", "int"),
        ("node", "title"): ("title", "string"), ("node", "level"): ("level", "string"),
        ("node", "jurisdiction"): ("jurisdiction", "string"),
        ("node", "post"): ("post", "string"),
        ("edge", "first_seen"): ("e_first_seen", "string"),
        ("edge", "last_seen"): ("e_last_seen", "string"),
    }
    (g,) = root.iter(GML + "graph")
    assert g.get("edgedefault") == "directed"
    assert not g.findall(GML + "data"), "no graph-level data"
    edge_ids = [e.get("id") for e in g.iter(GML + "edge")]
    assert all(edge_ids) and len(set(edge_ids)) == len(edge_ids)
    for kind, n in (("node", 7), ("edge", 7)):
        for el in g.iter(GML + kind):
            assert sorted(d.get("key") for d in el.iter(GML + "data")) == sorted(
                k for (f, _), (k, _) in keys.items() if f == kind)
            assert n == len(el.findall(GML + "data"))
    types = {d.text for d in g.iter(GML + "data") if d.get("key") == "type"}
    assert "Article" not in types and types <= set(CLASS_INFO)
    weights = [float(d.text) for d in g.iter(GML + "data") if d.get("key") == "e_weight"]
    assert min(weights) >= 1.0


def test_graphml_holds_articles_only_when_asked(records_graph, tmp_path):
    path = _write(records_graph, "graphml", tmp_path, ExportOptions(articles=True))
    g = nx.read_graphml(path)
    articles = [n for n, d in g.nodes(data=True) if d["type"] == "Article"]
    assert len(articles) == 2
    assert {d["label"] for _, _, d in g.edges(data=True)} >= {"mentions", "reportedBy"}
    assert nx.read_graphml(_write(records_graph, "graphml", tmp_path)).number_of_nodes() == (
        g.number_of_nodes() - 2)


@needs_xmllint
@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_xml_exports_are_well_formed_for_xmllint(fmt, hostile_graph, tmp_path):
    # No Debian, PyPI or npm package ships the GraphML/GEXF XSDs, so this checks
    # well-formedness and encoding; the structure is checked by the readers below.
    path = _write(hostile_graph, fmt, tmp_path)
    run = subprocess.run(["xmllint", "--noout", "--nonet", str(path)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0 and not run.stderr, run.stderr


#: what every flat format carries on a node (Position and Person columns empty elsewhere)
NODE_ATTRS = ("label", "type", "iri", "title", "level", "jurisdiction", "post")


def _expected(graph) -> tuple[dict, dict]:
    nodes, edges = flatten(graph)
    return (
        {n.id: {"label": n.label, "type": n.type, "iri": n.iri, "title": n.title,
                "level": n.level, "jurisdiction": n.jurisdiction, "post": n.post}
         for n in nodes},
        {e.id: {"source": e.source, "target": e.target, "label": e.relation,
                "weight": e.weight, "date": e.date, "evidence": e.evidence,
                "articles": e.articles, "first_seen": e.first_seen, "last_seen": e.last_seen}
         for e in edges},
    )


@pytest.mark.parametrize("fixture", GRAPHS)
def test_networkx_reads_the_graphml_attributes_unchanged(fixture, request, tmp_path):
    graph = request.getfixturevalue(fixture)
    nodes, edges = _expected(graph)
    g = nx.read_graphml(_write(graph, "graphml", tmp_path))
    assert dict(g.nodes(data=True)) == nodes
    # networkx keeps the edge id as the key of a multigraph (parallel edges), else as `id`
    if g.is_multigraph():
        got = {k: {"source": s, "target": t, **d} for s, t, k, d in g.edges(keys=True, data=True)}
    else:
        got = {d["id"]: {"source": s, "target": t, **{k: v for k, v in d.items() if k != "id"}}
               for s, t, d in g.edges(data=True)}
    assert got == edges


@pytest.mark.parametrize("fixture", GRAPHS)
def test_igraph_reads_the_graphml(fixture, request, tmp_path):
    igraph = require_module("igraph", "igraph")
    graph = request.getfixturevalue(fixture)
    nodes, edges = _expected(graph)
    g = igraph.Graph.Read_GraphML(str(_write(graph, "graphml", tmp_path)))
    assert g.is_directed() and (g.vcount(), g.ecount()) == (len(nodes), len(edges))
    assert {v["id"]: {k: v[k] for k in ("label", "type", "iri", "title", "level",
                                        "jurisdiction", "post")}
            for v in g.vs} == nodes
    # igraph 1.0 does not keep GraphML edge ids, so match edges by their ends and label
    got = sorted((g.vs[e.source]["id"], g.vs[e.target]["id"], e["label"], e["weight"],
                  e["date"], e["evidence"], int(e["articles"])) for e in g.es)
    want = sorted((e["source"], e["target"], e["label"], e["weight"], e["date"], e["evidence"],
                   e["articles"]) for e in edges.values())
    assert got == want


@needs_node
@pytest.mark.parametrize("fixture", GRAPHS)
def test_graphology_reads_the_graphml_like_gephi_lite(fixture, request, tmp_path):
    graph = request.getfixturevalue(fixture)
    nodes, edges = _expected(graph)
    got = _graphology("graphml", _write(graph, "graphml", tmp_path))
    assert got["nodes"] == nodes
    assert {e["key"]: {"source": e["source"], "target": e["target"], **e["attrs"]}
            for e in got["edges"]} == edges


# -------------------------------------------------------------------- GEXF


def test_gexf_is_dynamic_and_networkx_reads_the_dates(records_graph, tmp_path):
    path = _write(records_graph, "gexf", tmp_path)
    root = ET.parse(path).getroot()
    g_el = root.find("{http://www.gexf.net/1.2draft}graph")
    assert g_el.get("mode") == "dynamic" and g_el.get("timeformat") == "date"
    g = nx.read_gexf(path)
    nodes, edges = _expected(records_graph)
    assert g.number_of_nodes() == len(nodes) and g.number_of_edges() == len(edges)
    by_label = {d["label"]: d for _, d in g.nodes(data=True)}
    # 章旭升 spoke at the meeting on 04-24 and toured on 05-05: two spells, not one span
    assert by_label["章旭升"]["spells"] == [("2023-04-24", "2023-04-24"),
                                           ("2023-05-05", "2023-05-05")]
    assert by_label["平安永康建设暨市委政法工作会议"]["start"] == "2023-04-24"
    assert "start" not in by_label["永康市委书记"] and "spells" not in by_label["永康市委书记"]
    inspected = [d for s, t, d in g.edges(data=True) if d["label"] == "inspected"]
    assert len(inspected) == 3 and {d["start"] for d in inspected} == {"2023-05-05"}
    assert all(d["evidence"] and d["articles"] == 1 for d in inspected)
    assert all("position" in d["viz"] and "color" in d["viz"] for _, d in g.nodes(data=True))


@needs_node
@pytest.mark.parametrize("fixture", GRAPHS)
def test_graphology_reads_the_gexf(fixture, request, tmp_path):
    graph = request.getfixturevalue(fixture)
    nodes, edges = _expected(graph)
    got = _graphology("gexf", _write(graph, "gexf", tmp_path))
    assert {k: {a: v[a] for a in NODE_ATTRS} for k, v in got["nodes"].items()} == nodes
    assert {e["key"]: (e["source"], e["target"], e["attrs"]["relation"], e["attrs"]["evidence"])
            for e in got["edges"]} == {
        k: (e["source"], e["target"], e["label"], e["evidence"]) for k, e in edges.items()}


# --------------------------------------------------------------- CSV, JSONL


def test_csv_tables_match_the_graphml(hostile_graph, tmp_path):
    nodes, edges = _expected(hostile_graph)
    out = export_all(hostile_graph, tmp_path)
    rows = list(csv.DictReader(io.StringIO(out["nodes-csv"].read_text("utf-8"), newline="")))
    assert {r["Id"]: {"label": r["Label"], **{a: r[a] for a in NODE_ATTRS if a != "label"}}
            for r in rows} == nodes
    rows = list(csv.DictReader(io.StringIO(out["edges-csv"].read_text("utf-8"), newline="")))
    assert {r["Id"]: {"source": r["Source"], "target": r["Target"], "label": r["Label"],
                      "weight": float(r["Weight"]), "date": r["date"],
                      "evidence": r["evidence"], "articles": int(r["articles"]),
                      "first_seen": r["first_seen"], "last_seen": r["last_seen"]}
            for r in rows} == edges
    assert {r["Type"] for r in rows} == {"Directed"}


def test_jsonl_has_one_record_per_statement(records_graph, tmp_path):
    lines = _write(records_graph, "jsonl", tmp_path).read_text("utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    statements = sum(len(d["statements"]) for *_, d in records_graph.edges(keys=True, data=True))
    assert len(records) == statements
    tour = [r for r in records if r["predicate"] == "inspected"]
    assert {r["object"] for r in tour} == {"东城街道", "一达研磨有限公司", "长利电器"}
    assert {r["article"] for r in tour} == {"压实责任 守牢底线"}
