"""``newskg query``: presets, both engines, formats, refusals and errors, via the CLI."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from newskg.cli import main
from newskg.exports import export
from newskg.graph import GraphBuilder
from newskg.query import display_width, run_preset, run_query, store
from newskg.records import Article, Mention, Post, Relation

ENGINES = ("rdflib", "oxigraph")


def _m(text: str, cls: str, label: str = "") -> Mention:
    return Mention(text, cls, 0, len(text), label)


ZHANG, ZHANG_SHORT = _m("章旭升", "Person"), _m("旭升", "Person", "章旭升")
HU, CHEN, ZHENG, JIANG = (_m(n, "Person") for n in ("胡勇春", "陈建勋", "郑云涛", "蒋华蒙"))
# posts as the extractor resolves them on a page of a 永康 paper
SECRETARY, MAYOR = _m("市委书记", "Position", "永康市委书记"), _m("市长", "Position", "永康市市长")
_YONGKANG = ("永康市", "金华市", "浙江省")
POSTS = {"永康市委书记": Post("永康市委书记", "市委书记", "county", "永康市", _YONGKANG),
         "永康市市长": Post("永康市市长", "市长", "county", "永康市", _YONGKANG)}
MEETING = _m("政法工作会议", "Event")
YIDA, CHANGLI = _m("一达研磨有限公司", "Enterprise"), _m("长利电器", "Enterprise")

S1 = "市委书记章旭升在会上强调，要守牢底线。"
S2 = "市长胡勇春主持会议，市领导陈建勋、郑云涛出席。"
S3 = "4月28日，市长胡勇春会见了蒋华蒙一行。"
T1 = "市委书记章旭升来到一达研磨有限公司督查安全生产，蒋华蒙陪同。"
T2 = "在长利电器，旭升查看消防设施。"


def _articles() -> list[Article]:
    a1 = Article("page1.txt", 0, S1 + S2 + S3, headline="政法工作会议召开", reporters=("陈晓苏",))
    a1.event_dates = {MEETING.label: "2023-04-24"}
    a1.mentions = [ZHANG, HU, CHEN, ZHENG, JIANG, SECRETARY, MAYOR, MEETING]
    a1.relations = [
        Relation(ZHANG, "holdsPosition", SECRETARY, S1, 0, len(S1)),
        Relation(ZHANG, "spokeAt", MEETING, S1, 0, len(S1), "2023-04-24"),
        Relation(HU, "holdsPosition", MAYOR, S2, 0, len(S2)),
        Relation(HU, "chaired", MEETING, S2, 0, len(S2), "2023-04-24", "主持"),
        Relation(CHEN, "attended", MEETING, S2, 0, len(S2), "2023-04-24"),
        Relation(ZHENG, "attended", MEETING, S2, 0, len(S2), "2023-04-24"),
        Relation(HU, "met", JIANG, S3, 0, len(S3), "--04-28", "会见"),
    ]
    a1.posts = dict(POSTS)
    a2 = Article("page2.txt", 0, T1 + T2, headline="压实责任 守牢底线")
    a2.mentions = [ZHANG, ZHANG_SHORT, JIANG, SECRETARY, YIDA, CHANGLI]
    a2.relations = [
        Relation(ZHANG, "holdsPosition", SECRETARY, T1, 0, len(T1)),
        Relation(ZHANG, "inspected", YIDA, T1, 0, len(T1), "2023-05-05", "督查"),
        Relation(JIANG, "accompanied", ZHANG, T1, 0, len(T1), "2023-05-05"),
        Relation(ZHANG_SHORT, "inspected", CHANGLI, T2, 0, len(T2), "2023-05-05", "督查"),
    ]
    a2.posts = dict(POSTS)
    return [a1, a2]


@pytest.fixture
def graph_ttl(tmp_path) -> Path:
    """A fresh Turtle file per test, so oxigraph stores never leak between tests."""
    builder = GraphBuilder()
    for article in _articles():
        builder.add(article)
    return export(builder.graph(), "turtle", tmp_path / "graph.ttl")


def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["query", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _json_rows(capsys, *argv: str) -> list[dict]:
    code, out, err = _cli(capsys, *argv, "--format", "json")
    assert code == 0, err
    return json.loads(out)["rows"]


@pytest.mark.parametrize("engine", ENGINES)
def test_positions_preset_lists_each_post_once_with_its_support(capsys, graph_ttl, engine):
    rows = _json_rows(capsys, str(graph_ttl), "--preset", "positions", "--engine", engine)
    got = {(r["person"], r["position"], r["statements"]) for r in rows}
    assert got == {("章旭升", "永康市委书记", "2"), ("胡勇春", "永康市市长", "1")}
    evidence = {r["person"]: r["evidence"] for r in rows}
    assert evidence["胡勇春"] == S2
    assert evidence["章旭升"] in (S1, T1)


@pytest.mark.parametrize("engine", ENGINES)
def test_inspections_preset_gives_date_activity_and_sentence_of_each_visit(
    capsys, graph_ttl, engine
):
    rows = _json_rows(capsys, str(graph_ttl), "--preset", "inspections", "--engine", engine)
    got = {(r["person"], r["visited"], r["kind"], r["date"], r["activity"], r["evidence"])
           for r in rows}
    assert got == {
        ("章旭升", "一达研磨有限公司", "Enterprise", "2023-05-05", "督查", T1),
        ("章旭升", "长利电器", "Enterprise", "2023-05-05", "督查", T2),
    }
    assert {r["source"] for r in rows} == {"page2.txt"}


@pytest.mark.parametrize("engine", ENGINES)
def test_meetings_preset_puts_chair_speakers_and_attendees_on_one_row(capsys, graph_ttl, engine):
    rows = _json_rows(capsys, str(graph_ttl), "--preset", "meetings", "--engine", engine)
    assert rows == [{
        "event": "政法工作会议",
        "date": "2023-04-24",
        "chair": "胡勇春",
        "speakers": "章旭升",
        "attendees": "、".join(sorted(["陈建勋", "郑云涛"])),
        "source": "page1.txt",
    }]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", ["章旭升", "旭升"])
def test_person_preset_finds_everything_about_one_person_by_name_or_alias(
    capsys, graph_ttl, engine, name
):
    rows = _json_rows(capsys, str(graph_ttl), "--preset", "person", name, "--engine", engine)
    got = {(r["subject"], r["relation"], r["object"], r["date"]) for r in rows}
    assert got == {
        # the articles have no publication date: a post is seen on the day each
        # article's text places its events
        ("章旭升", "holdsPosition", "永康市委书记", "2023-04-24"),
        ("章旭升", "holdsPosition", "永康市委书记", "2023-05-05"),
        ("章旭升", "spokeAt", "政法工作会议", "2023-04-24"),
        ("章旭升", "inspected", "一达研磨有限公司", "2023-05-05"),
        ("章旭升", "inspected", "长利电器", "2023-05-05"),
        ("蒋华蒙", "accompanied", "章旭升", "2023-05-05"),
    }
    # holdsPosition is said in two articles: one row per sentence
    assert sum(r["relation"] == "holdsPosition" for r in rows) == 2


@pytest.mark.parametrize("engine", ENGINES)
def test_met_preset_lists_host_guest_date_and_sentence(capsys, graph_ttl, engine):
    rows = _json_rows(capsys, str(graph_ttl), "--preset", "met", "--engine", engine)
    assert rows == [{"host": "胡勇春", "guest": "蒋华蒙", "date": "--04-28", "evidence": S3,
                     "source": "page1.txt"}]


def test_max_width_cuts_table_cells_but_not_csv(capsys, graph_ttl):
    code, out, _ = _cli(capsys, str(graph_ttl), "--preset", "met", "--max-width", "12")
    assert code == 0
    row = out.splitlines()[2]
    assert "4月28日，市…" in row and S3 not in row
    assert all(display_width(cell) <= 12 for cell in row.split("  ") if cell)
    code, out, _ = _cli(capsys, str(graph_ttl), "--preset", "met", "--max-width", "12",
                        "--format", "csv")
    assert S3 in out


def test_person_preset_argument_cannot_inject_sparql(capsys, graph_ttl):
    rows = _json_rows(capsys, str(graph_ttl), "--preset", "person", '章旭升" || "1" = "1')
    assert rows == []


@pytest.mark.parametrize("preset", ["positions", "inspections", "meetings", "met", "summary"])
def test_both_engines_give_the_same_rows(graph_ttl, preset):
    by_engine = [run_preset(graph_ttl, preset, engine=e) for e in ENGINES]
    assert by_engine[0].rows, "the preset should find something in the test graph"
    assert by_engine[0] == by_engine[1]


def test_iris_show_as_prefixed_names_and_literals_as_their_text(capsys, graph_ttl):
    q = 'SELECT ?p ?c ?n WHERE { ?p a ?c ; rdfs:label ?n . FILTER(?n = "章旭升"@zh) }'
    rows = _json_rows(capsys, str(graph_ttl), q)
    assert len(rows) == 1
    assert rows[0]["p"].startswith("nkr:person-")
    assert rows[0]["c"] == "nkg:Person"
    assert rows[0]["n"] == "章旭升"


def test_csv_output_parses_with_a_header(capsys, graph_ttl):
    code, out, _ = _cli(capsys, str(graph_ttl), "--preset", "positions", "--format", "csv")
    assert code == 0
    table = list(csv.reader(io.StringIO(out)))
    assert table[0] == ["person", "position", "statements", "evidence"]
    assert sorted(r[:2] for r in table[1:]) == [["章旭升", "永康市委书记"],
                                                ["胡勇春", "永康市市长"]]


def test_table_aligns_chinese_columns_by_display_width(capsys, graph_ttl):
    code, out, _ = _cli(capsys, str(graph_ttl), "--preset", "inspections")
    assert code == 0
    lines = out.rstrip("\n").split("\n")
    assert lines[-1] == "(2 rows)"
    header, rule, *body = lines[:-1]
    # the column after "person" starts at the same terminal column on every line
    start = display_width(header[: header.index("visited")])
    for line in body:
        before, _, _ = line.partition("一达" if "一达" in line else "长利")
        assert display_width(before) == start
    assert display_width(rule.split("  ")[0]) == start - 2


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { nkr:x a nkg:Person }",
        "PREFIX ex: <http://example.org/>\nDELETE WHERE { ?s ?p ?o }",
        "DROP ALL",
        "LOAD <http://example.org/data.ttl>",
        "CLEAR DEFAULT",
    ],
)
def test_updates_are_refused_and_the_graph_is_untouched(capsys, graph_ttl, engine, update):
    before = graph_ttl.read_bytes(), graph_ttl.stat().st_mtime_ns
    code, out, err = _cli(capsys, str(graph_ttl), update, "--engine", engine)
    assert code == 2
    assert "refused" in err and "UPDATE" in err
    assert out == "" and "Traceback" not in err
    assert (graph_ttl.read_bytes(), graph_ttl.stat().st_mtime_ns) == before


def test_update_words_inside_strings_are_not_refused(capsys, graph_ttl):
    q = 'SELECT ?n WHERE { ?p rdfs:label ?n . FILTER(?n != "DELETE") } # DROP'
    code, out, _ = _cli(capsys, str(graph_ttl), q)
    assert code == 0 and "章旭升" in out


@pytest.mark.parametrize("engine", ENGINES)
def test_bad_query_prints_line_and_column_not_a_traceback(capsys, graph_ttl, engine):
    q = "SELECT ?s\nWHERE {\n  ?s ?p ?o ) \n}"
    code, out, err = _cli(capsys, str(graph_ttl), q, "--engine", engine)
    assert code == 2 and out == ""
    assert "Traceback" not in err
    assert err.startswith("newskg: bad query at line ")
    line = int(err.split("line ")[1].split(",")[0])
    assert line in (3, 4)  # the parsers stop at the stray ")" or just after it
    assert ", column " in err


def test_unknown_prefix_is_located(capsys, graph_ttl):
    code, _, err = _cli(capsys, str(graph_ttl), "SELECT ?s WHERE {\n ?s a foo:Bar }")
    assert code == 2
    assert "line 2, column 7" in err and "foo" in err


def test_missing_graph_is_one_clear_line(capsys, tmp_path):
    code, out, err = _cli(capsys, str(tmp_path / "nope.ttl"), "--preset", "positions")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "nope.ttl" in err


def test_preset_with_missing_argument_says_how_to_call_it(capsys, graph_ttl):
    code, _, err = _cli(capsys, str(graph_ttl), "--preset", "person")
    assert code == 2 and "--preset person NAME" in err


def test_list_presets_names_the_documented_ones(capsys):
    code, out, _ = _cli(capsys, "--list-presets")
    assert code == 0
    names = {line.split()[0] for line in out.splitlines()}
    assert {"positions", "inspections", "meetings", "person"} <= names
    assert "person NAME" in out


def test_query_from_file(capsys, graph_ttl, tmp_path):
    q = tmp_path / "q.rq"
    q.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?p a nkg:Person }\n", encoding="utf-8")
    code, out, _ = _cli(capsys, str(graph_ttl), "--file", str(q), "--format", "csv")
    assert code == 0
    assert out.split() == ["n", "6"]  # 章旭升 胡勇春 陈建勋 郑云涛 蒋华蒙 and the reporter


def test_oxigraph_store_is_kept_and_rebuilt_only_when_the_turtle_changes(graph_ttl, monkeypatch):
    builds = []
    real_build = store._build_store

    def counting_build(*args):
        builds.append(args)
        return real_build(*args)

    monkeypatch.setattr(store, "_build_store", counting_build)
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?p a nkg:Person }"

    assert run_query(graph_ttl, count, engine="oxigraph").rows == [["6"]]
    assert len(builds) == 1
    assert (graph_ttl.parent / "graph.ttl.oxigraph").is_dir()
    assert run_query(graph_ttl, count, engine="oxigraph").rows == [["6"]]
    assert len(builds) == 1, "an unchanged Turtle must not be loaded again"

    # the same bytes written again (a rebuild of the same input): no reload
    data = graph_ttl.read_bytes()
    graph_ttl.write_bytes(data)
    assert run_query(graph_ttl, count, engine="oxigraph").rows == [["6"]]
    assert len(builds) == 1

    # new content: the store follows it
    builder = GraphBuilder()
    art = Article("page3.txt", 0, "市长甲乙丙出席。")
    art.mentions = [_m("甲乙丙", "Person")]
    builder.add(art)
    export(builder.graph(), "turtle", graph_ttl)
    assert run_query(graph_ttl, count, engine="oxigraph").rows == [["1"]]
    assert len(builds) == 2


def test_oxigraph_store_does_not_clobber_a_foreign_folder(capsys, graph_ttl):
    foreign = graph_ttl.parent / "graph.ttl.oxigraph"
    foreign.mkdir()
    (foreign / "precious.txt").write_text("mine", encoding="utf-8")
    code, _, err = _cli(capsys, str(graph_ttl), "--preset", "positions", "--engine", "oxigraph")
    assert code == 1 and "not a newskg store" in err
    assert (foreign / "precious.txt").read_text(encoding="utf-8") == "mine"


def test_bad_turtle_is_one_line_naming_the_file(capsys, tmp_path):
    bad = tmp_path / "graph.ttl"
    bad.write_text("@prefix nkg: <https://w3id.org/newskg/ontology#> .\nnkg:a nkg:b .\n")
    for engine in ENGINES:
        code, _, err = _cli(capsys, str(bad), "--preset", "positions", "--engine", engine)
        assert code == 1 and str(bad) in err and "Traceback" not in err
    shutil.rmtree(tmp_path / "graph.ttl.oxigraph", ignore_errors=True)


def test_seed_inspections_list_each_visit_of_the_secretary_with_its_sentence(capsys, seed_build):
    ttl = seed_build.outputs["turtle"]
    rows = _json_rows(capsys, str(ttl), "--preset", "inspections")
    visits = {r["visited"]: r for r in rows if r["person"] == "章旭升"}
    assert {"一达研磨有限公司", "长利电器", "大红叶机械", "北龙日用品有限公司"} <= set(visits)
    for row in visits.values():
        assert row["evidence"] and row["source"] == "000_0d6da5b0de04d397.txt"


def test_oxigraph_store_of_another_pyoxigraph_release_is_rebuilt(graph_ttl, monkeypatch):
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?p a nkg:Person }"
    assert run_query(graph_ttl, count, engine="oxigraph").rows == [["6"]]
    stamp_file = graph_ttl.parent / "graph.ttl.oxigraph" / store.STAMP_FILE
    stamp = json.loads(stamp_file.read_text(encoding="utf-8"))
    stamp_file.write_text(json.dumps({**stamp, "pyoxigraph": "0.0.1"}), encoding="utf-8")
    builds = []
    real_build = store._build_store
    monkeypatch.setattr(store, "_build_store", lambda *a: builds.append(a) or real_build(*a))
    assert run_query(graph_ttl, count, engine="oxigraph").rows == [["6"]]
    assert len(builds) == 1
