"""The read-only guard reads the parsed query, and preset arguments never change the query.

No spelling gets SERVICE, FROM or an update past the guard (escapes, comments,
case, prefixes, subqueries, FILTER EXISTS), and no network request is made:
for rdflib ``socket.socket`` fails the test if called; for pyoxigraph, which
fetches in Rust, a local HTTP server must receive nothing.
"""

from __future__ import annotations

import http.server
import socket
import threading

import pytest
from query_graphs import ENGINES, mixed_dates_ttl

from newskg.cli import main
from newskg.query import QueryRefused, run_preset, run_query


@pytest.fixture
def graph(tmp_path):
    return mixed_dates_ttl(tmp_path / "graph.ttl")


@pytest.fixture
def server():
    """A local SPARQL endpoint and Turtle server that records every request it gets."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            body = b"<urn:a> <urn:b> <urn:c> ."
            self.send_response(200)
            self.send_header("Content-Type", "text/turtle")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_POST = do_GET

        def log_message(self, *args):
            pass

    httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", hits
    httpd.shutdown()
    httpd.server_close()


def _remote_queries(url: str) -> list[str]:
    return [
        f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ \\U00000053ERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ sErViCe SILENT <{url}/sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE # a comment\n <{url}/sparql> {{ ?s ?p ?o }} }}",
        # a comment ended by a lone carriage return, which a lexer may read to the \n
        f"SELECT * WHERE {{ # x\r SERVICE <{url}/sparql> {{ ?s ?p ?o }}\n }}",
        f"PREFIX r: <{url}/> SELECT * WHERE {{ SERVICE r:sparql {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ BIND(<{url}/sparql> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{url}/q> {{ ?s ?p ?o }} }} }} }}",
        f"ASK {{ FILTER EXISTS {{ SERVICE <{url}/q> {{ ?s ?p ?o }} }} }}",
        f"SELECT * FROM <{url}/data.ttl> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <{url}/data.ttl> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        f"SELECT * \\u0046ROM <{url}/data.ttl> WHERE {{ ?s ?p ?o }}",
        f"CONSTRUCT {{ ?s ?p ?o }} FROM <{url}/data.ttl> WHERE {{ ?s ?p ?o }}",
        f"DESCRIBE <urn:x> FROM <{url}/data.ttl>",
        f"LOAD <{url}/data.ttl>",
        f"\\u004C\\u004F\\u0041\\u0044 <{url}/data.ttl>",
        f"load silent <{url}/data.ttl> into graph <urn:g>",
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_no_spelling_of_service_from_or_load_reaches_the_network(
    graph, server, monkeypatch, engine
):
    url, hits = server
    calls = []

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            calls.append(args)
            raise AssertionError("newskg query opened a socket")

    monkeypatch.setattr(socket, "socket", NoSocket)
    before = graph.read_bytes()
    for query in _remote_queries(url):
        with pytest.raises(QueryRefused, match="refused"):
            run_query(graph, query, engine=engine)
    assert calls == [] and hits == []
    assert graph.read_bytes() == before


@pytest.mark.parametrize("engine", ENGINES)
def test_the_cli_refuses_the_escaped_service_of_issue_9_in_one_line(capsys, graph, server,
                                                                   engine):
    url, hits = server
    code = main(["query", str(graph), f"SELECT * WHERE {{ \\u0053ERVICE <{url}/s> {{ ?s ?p ?o }} }}",
                 "--engine", engine])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "refused: SERVICE" in err
    assert hits == []


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "\\u0049NSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
        "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "CLEAR ALL",
        "drop default",
        "CREATE GRAPH <urn:g>",
        "ADD DEFAULT TO <urn:g>",
        "COPY DEFAULT TO <urn:g>",
        "MOVE DEFAULT TO <urn:g>",
        "SELECT * WHERE { ?s ?p ?o } ; INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    ],
)
def test_updates_are_refused_however_they_are_written(graph, engine, update):
    before = graph.read_bytes()
    with pytest.raises(QueryRefused, match="refused"):
        run_query(graph, update, engine=engine)
    assert graph.read_bytes() == before


@pytest.mark.parametrize("engine", ENGINES)
def test_keywords_in_strings_iris_comments_and_names_are_harmless(graph, engine):
    query = """PREFIX ex: <urn:SERVICE:>
        SELECT ?n WHERE {  # SERVICE <http://example.org/> LOAD DROP FROM
          ?p rdfs:label ?n .
          FILTER(?n != "SERVICE <http://example.org/> { }" && ?n != 'DELETE' && ?n != ex:FROM)
        }"""
    assert len(run_query(graph, query, engine=engine).rows) > 5


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "name",
    [
        '甲一" || "1" = "1',
        '甲一\\',
        '甲一"} UNION { ?p ?q ?r } #',
        "甲一' ) } ; DROP ALL #",
        '甲一\\" ) }',
        "甲一\n}",
    ],
)
def test_a_preset_argument_is_a_value_never_query_text(graph, monkeypatch, engine, name):
    import pyoxigraph
    import rdflib.plugins.sparql.parser as parser
    import rdflib.plugins.sparql.processor as processor

    texts: list[str] = []  # every query text a parser or an engine is given
    for module in (parser, processor):
        real_parse = module.parseQuery
        monkeypatch.setattr(module, "parseQuery",
                            lambda q, real=real_parse: texts.append(q) or real(q))
    real_query = pyoxigraph.Store.query

    class SpyStore:
        def __init__(self, store):
            self.store = store

        def query(self, query, **kwargs):
            texts.append(query)
            return real_query(self.store, query, **kwargs)

        def __getattr__(self, name):
            return getattr(self.store, name)

    real_open = pyoxigraph.Store.read_only
    monkeypatch.setattr(pyoxigraph.Store, "read_only",
                        staticmethod(lambda path: SpyStore(real_open(path))))
    result = run_preset(graph, "person", [name], engine=engine)
    assert texts, "the spy saw no query"
    assert not any("甲一" in text for text in texts), "the argument was written into the query"
    assert result.rows == []  # no person is called that
    real = run_preset(graph, "person", ["甲一"], engine=engine)
    assert {r[1] for r in real.rows} == {"chaired", "holdsPosition", "met"}
    assert "NAME" not in real.columns


@pytest.mark.parametrize("engine", ENGINES)
def test_a_query_file_may_take_arguments_like_a_preset(capsys, graph, tmp_path, engine):
    rq = tmp_path / "posts.rq"
    rq.write_text("# args: WHO\nSELECT ?WHO ?post WHERE { ?p rdfs:label ?n ; "
                  "nkg:holdsPosition/rdfs:label ?post FILTER(STR(?n) = ?WHO) }\n",
                  encoding="utf-8")
    code = main(["query", str(graph), "--file", str(rq), '甲一"}', "--engine", engine,
                 "--format", "csv"])
    assert code == 0 and capsys.readouterr().out.split() == ["post"]
    code = main(["query", str(graph), "--file", str(rq), "甲一", "--engine", engine,
                 "--format", "csv"])
    assert code == 0 and capsys.readouterr().out.split() == ["post", "镇长"]


def test_rdflib_cannot_reach_the_network_even_past_the_checks(graph, server):
    """A second wall: a SERVICE that got past the checks still connects nowhere."""
    from rdflib.plugins.sparql import prepareQuery

    from newskg.query.engines import RdflibEngine
    from newskg.query.errors import QueryError
    from newskg.query.parsed import Prepared
    from newskg.query.terms import Prefixes

    url, hits = server
    text = f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"
    unchecked = Prepared(text=text, form="SELECT", ordered=False, prefixes={},
                         algebra=prepareQuery(text), columns=["s", "p", "o"])
    engine = RdflibEngine(graph, Prefixes())
    with pytest.raises(QueryError):
        engine.run(unchecked, {})
    assert hits == []
