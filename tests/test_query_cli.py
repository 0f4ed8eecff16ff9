"""``newskg query`` as a user types it: the undated page, options in any order, warnings,
and a closed pipe (``| head``) that ends quietly in every subcommand."""

from __future__ import annotations

import csv
import io
import itertools
import subprocess

import pytest
from query_graphs import ENGINES, ROOT, UNDATED_PAGE, build_page, mixed_dates_ttl, run_newskg

from newskg.cli import EXIT_BROKEN_PIPE, main


@pytest.fixture(scope="module")
def undated_ttl(tmp_path_factory):
    return build_page(tmp_path_factory.mktemp("undated"), UNDATED_PAGE)


@pytest.fixture
def graph(tmp_path):
    return mixed_dates_ttl(tmp_path / "graph.ttl")


def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["query", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("engine", ENGINES)
def test_meetings_preset_lists_the_undated_meeting_of_issue_9(capsys, undated_ttl, engine):
    # rdflib raised TypeError from MIN(STR(?d)) when no statement of the event had a date
    code, out, err = _cli(capsys, str(undated_ttl), "--preset", "meetings", "--engine", engine,
                          "--format", "csv")
    assert code == 0, err
    assert err == ""
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows == [{"event": "县委常委会会议", "date": "", "chair": "张三", "speakers": "李四",
                     "attendees": "李四", "source": "page.txt"}]


@pytest.mark.parametrize("engine", ENGINES)
def test_meetings_preset_takes_the_dated_statement_when_another_is_undated(capsys, graph,
                                                                          engine):
    code, out, _ = _cli(capsys, str(graph), "--preset", "meetings", "--engine", engine,
                        "--format", "csv")
    rows = {r["event"]: r for r in csv.DictReader(io.StringIO(out))}
    assert code == 0
    assert rows["工作例会"]["date"] == "2023-04-24"  # not hidden by the undated 出席
    assert rows["座谈会"]["date"] == ""


def test_options_and_positionals_in_any_order(capsys, graph):
    query = "SELECT ?n WHERE { ?p a nkg:Person ; rdfs:label ?n }"
    groups = [[str(graph)], [query], ["--format", "csv"], ["--engine", "oxigraph"],
              ["--max-width", "30"]]
    outputs = set()
    for order in itertools.permutations(groups):
        argv = [a for group in order for a in group]
        if argv.index(query) < argv.index(str(graph)):
            continue  # the query after the graph, as the usage line says
        code, out, err = _cli(capsys, *argv)
        assert code == 0, (argv, err)
        outputs.add(out)
    assert outputs == {"n\n丁四\n丙三\n乙二\n甲一\n"}


def test_preset_arguments_and_the_graph_in_any_order(capsys, graph):
    g = str(graph)
    orders = [
        [g, "--preset", "person", "甲一"],
        ["--preset", "person", g, "甲一"],
        ["--preset", "person", "甲一", g],  # the graph last, as before
        [g, "甲一", "--preset", "person"],
        ["--format", "csv", "--preset", "person", g, "甲一", "--engine", "oxigraph"],
    ]
    outputs = set()
    for argv in orders:
        code, out, err = _cli(capsys, *argv, "--format", "csv")
        assert code == 0, (argv, err)
        outputs.add(out)
    assert len(outputs) == 1 and "chaired" in outputs.pop()


def test_two_queries_are_a_usage_error_not_a_guess(capsys, graph):
    code, out, err = _cli(capsys, str(graph), "SELECT * {}", "SELECT * {}")
    assert code == 2 and out == "" and err.count("\n") == 1 and "one query" in err


@pytest.mark.parametrize("engine", ENGINES)
def test_a_misspelt_class_gets_a_warning_and_the_query_still_runs(capsys, graph, engine):
    code, out, err = _cli(capsys, str(graph), "SELECT ?p WHERE { ?p a nkg:Persn }",
                          "--engine", engine)
    assert code == 0
    assert out.rstrip().endswith("(0 rows)")
    assert err == ("newskg: warning: nkg:Persn is not a class or property of this graph "
                   "(did you mean nkg:Person?); the query may find nothing\n")


@pytest.mark.parametrize("engine", ENGINES)
def test_known_and_declared_terms_get_no_warning(capsys, graph, engine):
    query = ("SELECT ?e WHERE { ?st rdf:predicate nkg:chaired ; nkg:evidence ?e ; "
             "prov:wasDerivedFrom/nkg:sourceFile ?f FILTER(STRSTARTS(STR(nkg:Person), STR(nkg:))) }")
    code, out, err = _cli(capsys, str(graph), query, "--engine", engine)
    assert code == 0 and err == "" and "(1 row)" in out


@pytest.mark.parametrize("engine", ENGINES)
def test_an_undeclared_prefix_is_warned_about_or_refused_alike_on_both_engines(
    capsys, graph, engine
):
    code, out, err = _cli(capsys, str(graph), "SELECT ?p WHERE { ?p a foaf:Person }",
                          "--engine", engine)
    assert code == 0 and "(0 rows)" in out
    assert err.startswith("newskg: warning: prefix foaf: is not declared; read as "
                          "<http://xmlns.com/foaf/0.1/>") and err.count("\n") == 1
    code, out, err = _cli(capsys, str(graph), "SELECT ?p WHERE {\n ?p a foo:Bar }",
                          "--engine", engine)
    assert code == 2 and out == ""
    assert err == ("newskg: bad query at line 2, column 7: unknown prefix foo: "
                   "(declare it with PREFIX foo: <...>)\n")


@pytest.mark.parametrize("engine", ENGINES)
def test_a_prefix_declared_with_the_wrong_namespace_is_warned_about(capsys, graph, engine):
    query = "PREFIX schema: <http://schema.org/> SELECT ?d WHERE { ?s schema:startDate ?d }"
    code, _, err = _cli(capsys, str(graph), query, "--engine", engine)
    assert code == 0
    assert "PREFIX schema: <http://schema.org/> is not the graph's schema: " in err


@pytest.mark.parametrize("engine", ENGINES)
def test_an_aggregate_emptied_by_an_unbound_value_says_why(capsys, graph, engine):
    query = ("SELECT ?e (MIN(?d) AS ?first) WHERE { ?st rdf:object ?e "
             "OPTIONAL { ?st schema:startDate ?d } } GROUP BY ?e")
    code, _, err = _cli(capsys, str(graph), query, "--engine", engine)
    assert code == 0
    # three objects (two events, a person), each with an undated statement (the post's
    # statement is dated by its article's events)
    assert err.startswith("newskg: warning: ?first has no value in 3 rows: MIN is empty when")


# --- a closed pipe ------------------------------------------------------------------------


def _read_one_line_then_close(*args: str) -> tuple[int, str, str]:
    """``newskg ARGS | head -1``: the reader takes one line and goes away."""
    proc = run_newskg(*args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline().decode("utf-8")
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8")
    return proc.wait(timeout=300), first, err


@pytest.mark.parametrize("engine", ENGINES)
def test_query_into_head_ends_quietly(seed_build, engine):
    # about 6,000 rows, far more than a pipe holds: the writer meets the closed pipe
    query = "SELECT * WHERE { ?a rdfs:label ?x . ?b rdfs:label ?y }"
    code, first, err = _read_one_line_then_close(
        "query", str(seed_build.outputs["turtle"]), query, "--format", "csv",
        "--engine", engine)
    assert err == ""  # no BrokenPipeError traceback
    assert code == EXIT_BROKEN_PIPE
    assert first.strip() == "a,x,b,y"


def test_build_and_eval_into_a_closed_pipe_end_quietly(tmp_path, seed_build):
    page = tmp_path / "page.txt"
    page.write_text(UNDATED_PAGE, encoding="utf-8")
    proc = run_newskg("build", str(page), "--out", str(tmp_path / "out"), "--no-cache",
                      stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # `newskg build | true`: the reader is gone before the summary
    err = proc.stderr.read().decode("utf-8")
    assert proc.wait(timeout=300) == EXIT_BROKEN_PIPE
    assert "Traceback" not in err and "Exception" not in err
    assert (tmp_path / "out" / "graph.ttl").is_file()  # the build itself is done

    gold = ROOT / "tests" / "data" / "fifth" / "gold"
    code, _, err = _read_one_line_then_close(
        "eval", str(gold), "--graph", str(seed_build.outputs["turtle"]), "-v")
    assert "Traceback" not in err and "Exception" not in err
    assert code in (0, EXIT_BROKEN_PIPE)  # a short report may fit in the pipe
