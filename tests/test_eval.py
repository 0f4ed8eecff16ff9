"""``newskg eval``: each rule of docs/gold-format.md on small hand-made gold and graphs."""

from __future__ import annotations

import itertools
import json
from dataclasses import replace
from pathlib import Path

import pytest

from newskg.cli import main
from newskg.evaluate import (
    SCORED_PROPERTIES,
    EvalError,
    evaluate,
    max_matching,
    names_match,
    normalise,
)
from newskg.exports import export
from newskg.graph import GraphBuilder
from newskg.records import Article, Mention, Relation

DATA = Path(__file__).resolve().parent / "data"


def _m(text: str, cls: str) -> Mention:
    return Mention(text, cls, 0, len(text))


def _rel(s: tuple[str, str], prop: str, o: tuple[str, str], evidence: str = "") -> Relation:
    """A relation between (name, class) pairs; the evidence defaults to a made-up sentence."""
    sentence = evidence or f"{s[0]}{prop}{o[0]}。"
    return Relation(_m(*s), prop, _m(*o), sentence, 0, len(sentence))


def _article(source: str, relations: list[Relation], index: int = 0, **kw) -> Article:
    art = Article(source, index, "".join(r.evidence for r in relations), **kw)
    art.relations = relations
    return art


def _graph(tmp_path: Path, articles: list[Article]) -> Path:
    builder = GraphBuilder()
    for a in articles:
        builder.add(a)
    return export(builder.graph(), "turtle", tmp_path / "graph.ttl")


def _gold(tmp_path: Path, doc: str = "a.txt", name: str = "", **parts) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir(exist_ok=True)
    data = {"doc": doc, "articles": [], "events": [], "entities": [], "triples": [], **parts}
    path = folder / (name or Path(doc).stem + ".json")
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return folder


def _t(s: str, p: str, *o: str, optional: bool = False) -> dict:
    t = {"s": s, "p": p, "o": list(o)}
    if optional:
        t["optional"] = True
    return t


ZHANG = ("章旭升", "Person")


# --- the matching rules ----------------------------------------------------------------------


def test_normalise_applies_nfkc_and_drops_white_space_and_quote_marks():
    assert normalise("“一月一主题 平安大提升”行动") == "一月一主题平安大提升行动"
    assert normalise("《永康日报》 「专栏」『x』\"y\"'z'‘w’") == "永康日报专栏xyzw"
    assert normalise("ＡＢＣ\u3000公司") == "ABC公司"  # full-width letters and space


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("市委书记", "永康市委书记", True),  # 4 of 6
        ("永康市委书记", "市委书记", True),  # the same, either way round
        ("碰头会", "东城街道安全生产工作碰头会", False),  # 3 of 14
        ("法工作", "政法工作会", True),  # exactly 60%
        ("法工作", "市政法工作会", False),  # 50%
        ("市长", "市委书记", False),  # no containment
        ("", "", False),
    ],
)
def test_sixty_percent_rule_for_nodes_that_are_not_persons(a, b, expected):
    assert names_match(a, b) is expected


def test_persons_match_only_the_identical_name():
    assert names_match("施礼干", "施礼干", person=True)
    assert not names_match("施礼", "施礼干", person=True)  # 2 of 3 would pass the 60% rule


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_maximum_matching_does_not_depend_on_order(order):
    # prediction 0 fits gold 0 and 1, prediction 1 only gold 0, prediction 2 only gold 2
    fits = {0: [0, 1], 1: [0], 2: [2]}
    preds = list(order)
    adj = [fits[p] for p in preds]
    matching = max_matching(adj, [False, False, False])
    assert len(matching) == 3
    assert {preds[p]: g for g, p in matching.items()} == {0: 1, 1: 0, 2: 2}


def test_required_gold_is_preferred_and_optional_gold_absorbs_the_rest():
    # prediction 0 fits required 0 and optional 1; prediction 1 fits required 0 only
    assert max_matching([[0, 1], [0]], [False, True]) == {0: 1, 1: 0}
    # one prediction fitting optional gold 0 and required gold 1 counts for the required one
    assert max_matching([[0, 1]], [True, False]) == {1: 0}


# --- triples ------------------------------------------------------------------------------------


def test_sixty_percent_rule_both_ways_on_triples(tmp_path):
    graph = _graph(tmp_path, [_article("a.txt", [
        _rel(ZHANG, "holdsPosition", ("永康市委书记", "Position")),
        _rel(("胡勇春", "Person"), "holdsPosition", ("市长", "Position")),
        _rel(ZHANG, "chaired", ("东城街道安全生产工作碰头会", "Event")),
    ])])
    gold = _gold(tmp_path, triples=[
        _t("章旭升", "holdsPosition", "市委书记"),
        _t("胡勇春", "holdsPosition", "永康市市长"),  # 2 of 5: not the same post
        _t("章旭升", "chaired", "碰头会"),
    ])
    r = evaluate(gold, graph)
    held = r.properties["holdsPosition"]
    assert (held.matched, held.predicted) == (1, 2)
    assert r.properties["chaired"].matched == 0
    assert r.overall.false_positives == 2 and r.overall.misses == 2


def test_person_subjects_must_be_identical_but_organisations_may_be_contained(tmp_path):
    graph = _graph(tmp_path, [_article("a.txt", [
        _rel(("施礼", "Person"), "attended", ("政法工作会议", "Event")),
        _rel(("永康市公安局", "Organization"), "spokeAt", ("政法工作会议", "Event")),
    ])])
    gold = _gold(tmp_path, triples=[
        _t("施礼干", "attended", "政法工作会议"),
        _t("市公安局", "spokeAt", "政法工作会议"),
    ])
    r = evaluate(gold, graph)
    assert r.properties["attended"].matched == 0
    assert r.properties["attended"].false_positives == 1
    assert r.properties["spokeAt"].matched == 1


def test_gold_entity_type_makes_a_name_a_person_even_if_predicted_otherwise(tmp_path):
    graph = _graph(tmp_path, [_article("a.txt", [
        _rel(("杨兵兵", "Organization"), "attended", ("政法工作会议", "Event")),
    ])])
    gold = _gold(tmp_path, entities=[{"label": "杨兵", "type": "Person"}],
                 triples=[_t("杨兵", "attended", "政法工作会议")])
    assert evaluate(gold, graph).overall.matched == 0


def test_optional_gold_earns_and_costs_nothing(tmp_path):
    required = _t("章旭升", "holdsPosition", "市委书记")
    optional = _t("章旭升", "holdsPosition", "市领导", optional=True)
    with_optional = _graph(tmp_path, [_article("a.txt", [
        _rel(ZHANG, "holdsPosition", ("市委书记", "Position")),
        _rel(ZHANG, "holdsPosition", ("市领导", "Position")),
    ])])
    r = evaluate(_gold(tmp_path, triples=[required, optional]), with_optional)
    s = r.overall
    assert (s.gold, s.predicted, s.matched, s.optional) == (1, 2, 1, 1)
    assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)
    kinds = {f.text: f.kind for f in r.findings if f.what == "triples"}
    assert kinds == {"章旭升 → 市委书记": "match", "章旭升 → 市领导": "optional"}

    (tmp_path / "graph.ttl").unlink()
    without = _graph(tmp_path, [_article("a.txt", [
        _rel(ZHANG, "holdsPosition", ("市委书记", "Position")),
    ])])
    s = evaluate(_gold(tmp_path, triples=[required, optional]), without).overall
    assert (s.gold, s.matched, s.misses, s.f1) == (1, 1, 0, 1.0)


def test_a_post_given_as_former_is_no_claim_that_it_is_held(tmp_path):
    """原校长 is recorded (a career needs it) but not scored as a post held now."""
    held = _rel(ZHANG, "holdsPosition", ("市委书记", "Position"))
    former = _rel(ZHANG, "holdsPosition", ("原校长", "Position"))
    graph = _graph(tmp_path, [_article("a.txt", [held, replace(former, former=True)])])
    s = evaluate(_gold(tmp_path, triples=[_t("章旭升", "holdsPosition", "市委书记")]), graph).overall
    assert (s.gold, s.predicted, s.matched) == (1, 1, 1)

    (tmp_path / "graph.ttl").unlink()
    graph = _graph(tmp_path, [_article("a.txt", [held, former])])
    s = evaluate(_gold(tmp_path, triples=[_t("章旭升", "holdsPosition", "市委书记")]), graph).overall
    assert (s.predicted, s.false_positives) == (2, 1)


def test_a_second_prediction_of_the_same_gold_triple_is_a_false_positive(tmp_path):
    graph = _graph(tmp_path, [_article("a.txt", [
        _rel(ZHANG, "holdsPosition", ("市委书记", "Position")),
        _rel(ZHANG, "holdsPosition", ("永康市委书记", "Position")),
    ])])
    s = evaluate(_gold(tmp_path, triples=[_t("章旭升", "holdsPosition", "市委书记")]), graph)
    assert (s.overall.matched, s.overall.false_positives) == (1, 1)
    assert s.overall.precision == 0.5 and s.overall.recall == 1.0


def test_of_two_names_for_one_gold_node_the_gold_name_is_the_match(tmp_path):
    graph = _graph(tmp_path, [_article("a.txt", [
        _rel(ZHANG, "inspected", ("在一达研磨有限公司", "Enterprise")),
        _rel(ZHANG, "inspected", ("一达研磨有限公司", "Enterprise")),
    ])])
    r = evaluate(_gold(tmp_path, triples=[_t("章旭升", "inspected", "一达研磨有限公司")]), graph)
    kinds = {f.text: f.kind for f in r.findings if f.what == "triples"}
    assert kinds == {
        "章旭升 → 一达研磨有限公司": "match",
        "章旭升 → 在一达研磨有限公司": "false positive",
    }


def test_the_same_relation_said_twice_in_a_doc_is_one_prediction(tmp_path):
    # a place, not a post: an unresolved 市委书记 belongs to each article alone
    graph = _graph(tmp_path, [
        _article("a.txt", [_rel(ZHANG, "inspected", ("东城街道", "Place"), "甲句。")], 0),
        _article("a.txt", [_rel(ZHANG, "inspected", ("东城街道", "Place"), "乙句。")], 1),
    ])
    s = evaluate(_gold(tmp_path, triples=[_t("章旭升", "inspected", "东城街道")]), graph)
    assert (s.overall.predicted, s.overall.matched, s.overall.f1) == (1, 1, 1.0)


def test_matching_does_not_depend_on_the_order_of_gold_triples(tmp_path):
    # 九龙工业功能分区 fits both gold objects; 某工业功能分区 fits only the first
    graph = _graph(tmp_path, [_article("a.txt", [
        _rel(ZHANG, "inspected", ("九龙工业功能分区", "Place")),
        _rel(ZHANG, "inspected", ("某工业功能分区", "Place")),
    ])])
    golds = [
        _t("章旭升", "inspected", "工业功能分区"),
        _t("章旭升", "inspected", "九龙工业功能分区"),
    ]
    for n, triples in enumerate((golds, golds[::-1])):
        folder = tmp_path / f"order{n}"
        folder.mkdir()
        s = evaluate(_gold(folder, triples=triples), graph).overall
        assert (s.matched, s.false_positives, s.misses) == (2, 0, 0)


def test_quotes_title_marks_width_and_spaces_do_not_matter(tmp_path):
    graph = _graph(tmp_path, [_article("a.txt", [
        _rel(ZHANG, "attended", ("“平安永康”建设座谈会", "Event")),
        _rel(ZHANG, "inspected", ("ＡＢＣ 机械有限公司", "Enterprise")),
    ])])
    gold = _gold(tmp_path, triples=[
        _t("章旭升", "attended", "《平安永康》建设座谈会"),
        _t("章 旭升", "inspected", "ABC机械有限公司"),
    ])
    s = evaluate(gold, graph).overall
    assert (s.matched, s.predicted) == (2, 2)


def test_predictions_are_scoped_to_the_gold_document(tmp_path):
    graph = _graph(tmp_path, [
        _article("a.txt", [_rel(ZHANG, "holdsPosition", ("市委书记", "Position"))]),
        _article("b.txt", [_rel(ZHANG, "holdsPosition", ("市长", "Position"))]),
        _article("dump.jsonl:3", [
            _rel(("胡勇春", "Person"), "holdsPosition", ("市长", "Position")),
        ]),
    ])
    gold = _gold(tmp_path, doc="a.txt", triples=[_t("章旭升", "holdsPosition", "市长")])
    s = evaluate(gold, graph).overall
    # 章旭升 → 市长 is in b.txt only: a miss here, and a.txt's 市委书记 is a false positive
    assert (s.matched, s.false_positives, s.misses) == (0, 1, 1)

    folder = tmp_path / "jsonl"
    folder.mkdir()
    gold = _gold(folder, doc="crawl/dump.jsonl", triples=[_t("胡勇春", "holdsPosition", "市长")])
    s = evaluate(gold, graph).overall
    assert (s.predicted, s.matched) == (1, 1)


def test_unscored_properties_are_ignored_on_both_sides(tmp_path):
    graph = _graph(tmp_path, [_article("a.txt", [
        _rel(("九龙工业功能分区", "Place"), "locatedIn", ("东城街道", "Place")),
    ])])
    gold = _gold(tmp_path, triples=[_t("东城街道", "locatedIn", "永康", optional=True)])
    s = evaluate(gold, graph).overall
    assert (s.gold, s.predicted) == (0, 0)


# --- events, entities, articles ----------------------------------------------------------------


def _meeting_graph(tmp_path: Path, date: str) -> Path:
    meeting = ("全市政法工作会议", "Event")
    art = _article("a.txt", [_rel(ZHANG, "spokeAt", meeting)],
                   headline="凝心聚力防风险 问题联治保平安", reporters=("陈晓苏",))
    art.event_dates = {meeting[0]: date}
    art.mentions = [_m("章旭升", "Person"), _m("全市政法工作会议", "Event"),
                    _m("市公安局", "Organization"), _m("施礼", "Person"), _m("市长", "Position")]
    return _graph(tmp_path, [art])


def test_events_match_on_label_and_date(tmp_path):
    graph = _meeting_graph(tmp_path, "--04-24")
    right = _gold(tmp_path, events=[{"label": ["政法工作会议"], "date": "--04-24"}])
    assert evaluate(right, graph).events.f1 == 1.0
    wrong = _gold(tmp_path, events=[{"label": ["政法工作会议"], "date": "2023-04-24"}])
    s = evaluate(wrong, graph).events
    assert (s.matched, s.false_positives, s.misses) == (0, 1, 1)


def test_entities_match_on_type_and_name_with_persons_exact(tmp_path):
    graph = _meeting_graph(tmp_path, "--04-24")
    gold = _gold(tmp_path, entities=[
        {"label": "章旭升", "type": "Person"},
        {"label": "永康市公安局", "type": "Organization"},  # 4 of 6: matches
        {"label": "施礼干", "type": "Person"},  # 施礼 is not 施礼干
        {"label": "陈晓苏", "type": "Person"},  # the reporter
    ])
    s = evaluate(gold, graph).entities
    # Positions and Events are not entities; 施礼 is a false positive
    assert (s.gold, s.predicted, s.matched) == (4, 4, 3)
    misses = [f.text for f in evaluate(gold, graph).findings if f.kind == "miss"]
    assert misses == ["施礼干 (Person)"]


def test_nodes_named_in_gold_triples_but_not_typed_are_optional_entities(tmp_path):
    art = _article("a.txt", [_rel(("西城街道", "Place"), "spokeAt", ("政法工作会议", "Event"))])
    art.mentions = [_m("古山镇", "Place"), _m("章旭升", "Person")]
    graph = _graph(tmp_path, [art])
    gold = _gold(tmp_path, entities=[{"label": "章旭升", "type": "Person"}], triples=[
        _t("西城街道", "spokeAt", "政法工作会议"),
    ])
    s = evaluate(gold, graph).entities
    # 西城街道 is named by a gold triple: neutral; 古山镇 is named nowhere: a false positive
    assert (s.gold, s.predicted, s.matched, s.optional, s.false_positives) == (1, 3, 1, 1, 1)


def test_articles_match_on_headline_part_and_reporter(tmp_path):
    graph = _meeting_graph(tmp_path, "--04-24")
    ok = _gold(tmp_path, articles=[{"headline_contains": "问题 联治", "reporter": "陈晓苏"}])
    assert evaluate(ok, graph).articles.f1 == 1.0
    no_reporter = _gold(tmp_path, articles=[{"headline_contains": "问题联治", "reporter": ""}])
    assert evaluate(no_reporter, graph).articles.f1 == 1.0
    other = _gold(tmp_path, articles=[{"headline_contains": "问题联治", "reporter": "陈晓"}])
    assert evaluate(other, graph).articles.matched == 0


# --- a perfect graph scores 1.0 on the real gold files --------------------------------------------


def _perfect_articles(gold: dict) -> list[Article]:
    """A graph that says exactly what a gold file says: the scorer must give it full marks."""
    persons = {e["label"] for e in gold["entities"] if e["type"] == "Person"}
    types = {e["label"]: e["type"] for e in gold["entities"]}
    events = {f: ev["label"][0] for ev in gold["events"] for f in ev["label"]}
    obj_class = {"holdsPosition": "Position", "accompanied": "Person", "met": "Person",
                 "inspected": "Place"}
    relations = []
    for t in gold["triples"]:
        if t["p"] not in SCORED_PROPERTIES:
            continue
        s_cls = "Person" if t["s"] in persons or t["p"] in ("holdsPosition", "inspected") \
            else types.get(t["s"], "Organization")
        o = t["o"][0]
        o_cls = types.get(o, obj_class.get(t["p"], "Event"))
        relations.append(_rel((t["s"], s_cls), t["p"], (events.get(o, o), o_cls)))
    main_art = _article(gold["doc"], relations)
    main_art.mentions = [_m(e["label"], e["type"]) for e in gold["entities"]]
    main_art.mentions += [_m(ev["label"][0], "Event") for ev in gold["events"]]
    main_art.event_dates = {ev["label"][0]: ev["date"] for ev in gold["events"]}
    arts = [main_art]
    for n, a in enumerate(gold["articles"]):
        reporters = (a["reporter"],) if a.get("reporter") else ()
        arts.append(Article(gold["doc"], n + 1, "", headline=a["headline_contains"] or "某",
                            reporters=reporters))
    return arts


def _gold_files() -> list[Path]:
    files = sorted((DATA / "seed" / "gold").glob("*.json"))
    files += sorted((DATA / "dev" / "gold").glob("*.json"))
    assert len(files) == 11
    return files


def test_a_graph_saying_exactly_the_gold_scores_full_marks(tmp_path):
    articles = []
    folder = tmp_path / "gold"
    folder.mkdir()
    for path in _gold_files():
        gold = json.loads(path.read_text(encoding="utf-8"))
        articles += _perfect_articles(gold)
        (folder / path.name).write_bytes(path.read_bytes())
    r = evaluate(folder, _graph(tmp_path, articles))
    assert r.overall.gold > 100
    assert (r.overall.precision, r.overall.recall) == (1.0, 1.0)
    assert r.events.f1 == 1.0
    assert r.entities.recall == 1.0
    assert r.articles.recall == 1.0
    assert not r.warnings


# --- the command ---------------------------------------------------------------------------------


def _seedish(tmp_path: Path) -> tuple[Path, Path]:
    graph = _graph(tmp_path, [_article("a.txt", [
        _rel(ZHANG, "holdsPosition", ("市委书记", "Position"), "市委书记章旭升在会上强调。"),
        _rel(ZHANG, "inspected", ("大红叶机械", "Enterprise"), "章旭升来到大红叶机械督查。"),
    ])])
    gold = _gold(tmp_path, triples=[
        _t("章旭升", "holdsPosition", "市委书记"),
        _t("章旭升", "inspected", "长利电器"),
    ])
    return gold, graph


def test_cli_prints_errors_with_evidence_and_the_overall_line_last(capsys, tmp_path):
    gold, graph = _seedish(tmp_path)
    assert main(["eval", str(gold), "--graph", str(graph)]) == 0
    out = capsys.readouterr().out
    lines = out.rstrip("\n").splitlines()
    assert lines[-1].startswith("overall")
    assert "P 0.50  R 0.50  F1 0.50" in lines[-1]
    assert any(line.startswith("events") for line in lines[-4:])
    fp = next(line for line in lines if line.lstrip().startswith("FP"))
    assert "章旭升 → 大红叶机械" in fp and "章旭升来到大红叶机械督查。" in fp
    miss = next(line for line in lines if line.lstrip().startswith("MISS"))
    assert "章旭升 → 长利电器" in miss
    assert "a.txt" in lines  # findings are grouped under their document


def test_cli_json_is_machine_readable(capsys, tmp_path):
    gold, graph = _seedish(tmp_path)
    assert main(["eval", str(gold), "--graph", str(graph), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["overall"]["f1"] == 0.5
    assert data["properties"]["inspected"]["false_positives"] == 1
    kinds = {f["kind"] for f in data["findings"] if f["what"] == "triples"}
    assert kinds == {"match", "false positive", "miss"}


def test_cli_fail_under_sets_the_exit_code(capsys, tmp_path):
    gold, graph = _seedish(tmp_path)
    assert main(["eval", str(gold), "--graph", str(graph), "-q", "--fail-under", "0.9"]) == 1
    assert main(["eval", str(gold), "--graph", str(graph), "-q", "--fail-under", "0.5"]) == 0


def test_bad_gold_file_is_one_line_naming_it(capsys, tmp_path):
    _, graph = _seedish(tmp_path)
    bad = tmp_path / "gold" / "broken.json"
    bad.write_text('{"doc": "x.txt", "triples": [', encoding="utf-8")
    assert main(["eval", str(bad), "--graph", str(graph)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "broken.json" in err and "line 1" in err


def test_unknown_property_in_gold_is_reported_not_ignored(tmp_path):
    _, graph = _seedish(tmp_path)
    gold = _gold(tmp_path, name="typo.json", triples=[_t("章旭升", "inspectd", "长利电器")])
    with pytest.raises(EvalError, match="typo.json.*inspectd"):
        evaluate(gold / "typo.json", graph)


def test_missing_graph_is_one_line(capsys, tmp_path):
    gold, _ = _seedish(tmp_path)
    assert main(["eval", str(gold), "--graph", str(tmp_path / "none.ttl")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "none.ttl" in err


def test_gold_doc_without_articles_in_the_graph_is_warned_about(capsys, tmp_path):
    gold, graph = _seedish(tmp_path)
    _gold(tmp_path, doc="other.txt", triples=[_t("章旭升", "holdsPosition", "市长")])
    report = evaluate(gold, graph)
    assert report.warnings == ["no article in the graph comes from other.txt"]
    assert report.overall.misses == 2


def test_cli_scores_the_seed_build_against_its_gold(capsys, seed_build):
    ttl = seed_build.outputs["turtle"]
    assert main(["eval", str(DATA / "seed" / "gold"), "--graph", str(ttl), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["docs"] == ["000_0d6da5b0de04d397.txt"]
    assert not data["warnings"]  # the graph's articles are found under the gold's doc name
    assert data["overall"]["gold"] == 25  # the required triples of the seed's gold


def test_bad_turtle_is_one_line_naming_the_graph(capsys, tmp_path):
    gold, _ = _seedish(tmp_path)
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix a: <http://a/> .\na:b a:c", encoding="utf-8")
    assert main(["eval", str(gold), "--graph", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.ttl: not valid Turtle" in err


def test_rdflib_reads_the_graph_the_same_when_pyoxigraph_is_missing(tmp_path, monkeypatch):
    import sys

    gold, graph = _seedish(tmp_path)
    fast = evaluate(gold, graph).to_dict()
    monkeypatch.setitem(sys.modules, "pyoxigraph", None)  # import now fails
    assert evaluate(gold, graph).to_dict() == fast


def test_verbose_adds_a_score_line_per_document(capsys, tmp_path):
    graph = _graph(tmp_path, [
        _article("a.txt", [_rel(ZHANG, "holdsPosition", ("市委书记", "Position"))]),
        _article("b.txt", [_rel(ZHANG, "holdsPosition", ("市长", "Position"))]),
    ])
    _gold(tmp_path, doc="a.txt", triples=[_t("章旭升", "holdsPosition", "市委书记")])
    gold = _gold(tmp_path, doc="b.txt", triples=[_t("章旭升", "holdsPosition", "市委书记")])
    report = evaluate(gold, graph)
    assert {d: (s.matched, s.false_positives) for d, s in report.documents.items()} == {
        "a.txt": (1, 0),
        "b.txt": (0, 1),
    }
    assert main(["eval", str(gold), "--graph", str(graph), "-v"]) == 0
    lines = capsys.readouterr().out.splitlines()
    a_line = next(line for line in lines if line.startswith("a.txt "))
    b_line = next(line for line in lines if line.startswith("b.txt "))
    assert a_line.split()[-3:] == ["1.00", "1.00", "1.00"]
    assert b_line.split()[-3:] == ["0.00", "0.00", "0.00"]
