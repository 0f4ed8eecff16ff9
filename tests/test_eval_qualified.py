"""``newskg eval --qualified``: does each post found reach its place and body?"""

from __future__ import annotations

import json

import pytest

from newskg.cli import main
from newskg.evaluate import EvalError, evaluate

TTL = """@prefix nkg: <https://w3id.org/newskg/ontology#> .
@prefix nkr: <https://w3id.org/newskg/resource/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
nkr:a a nkg:Article ; rdfs:label "a"@zh ; nkg:sourceFile "p1.txt" .
nkr:hu a nkg:Person ; rdfs:label "胡勇春"@zh .
nkr:zhang a nkg:Person ; rdfs:label "章旭升"@zh .
nkr:yk a nkg:Place ; rdfs:label "永康市"@zh .
nkr:mayor a nkg:Position ; rdfs:label "POST1"@zh ; nkg:title "市长"@zh ;
    nkg:level "LEVEL1" ; nkg:jurisdiction nkr:yk .
nkr:sec a nkg:Position ; rdfs:label "市委书记"@zh ; nkg:level "unknown" .
nkr:hu nkg:holdsPosition nkr:mayor .
nkr:zhang nkg:holdsPosition nkr:sec .
nkr:s1 a rdf:Statement ; rdf:subject nkr:hu ; rdf:predicate nkg:holdsPosition ;
    rdf:object nkr:mayor ; prov:wasDerivedFrom nkr:a ; nkg:evidence "…"@zh .
nkr:s2 a rdf:Statement ; rdf:subject nkr:zhang ; rdf:predicate nkg:holdsPosition ;
    rdf:object nkr:sec ; prov:wasDerivedFrom nkr:a ; nkg:evidence "…"@zh .
"""


def _files(tmp_path, post1: str, level1: str):
    (tmp_path / "g.ttl").write_text(TTL.replace("POST1", post1).replace("LEVEL1", level1),
                                    encoding="utf-8")
    gold = {"doc": "p1.txt", "triples": [
        {"s": "胡勇春", "p": "holdsPosition", "o": ["市长"]},
        {"s": "章旭升", "p": "holdsPosition", "o": ["市委书记"]},
    ]}
    qualified = {"doc": "p1.txt", "positions": [
        {"s": "胡勇春", "o": "市长", "q": ["永康市市长", "永康市长"], "place": "永康市",
         "body": "永康市人民政府", "level": "county", "confident": True, "why": "paper"},
        {"s": "章旭升", "o": "市委书记", "q": ["中共永康市委书记", "永康市委书记"],
         "place": "永康市", "body": "中共永康市委", "level": "county", "confident": True,
         "why": "paper"},
    ]}
    (tmp_path / "gold").mkdir()
    (tmp_path / "qualified").mkdir()
    (tmp_path / "gold" / "p1.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    (tmp_path / "qualified" / "p1.json").write_text(json.dumps(qualified, ensure_ascii=False),
                                                   "utf-8")
    return tmp_path / "gold", tmp_path / "g.ttl", tmp_path / "qualified"


def test_a_post_in_its_qualified_form_counts_and_one_as_written_does_not(tmp_path):
    gold, graph, qualified = _files(tmp_path, "永康市长", "county")
    report = evaluate(gold, graph, qualified=qualified)
    posts = report.posts
    assert (posts.gold, posts.found, posts.qualified, posts.level, posts.place) == (2, 2, 1, 1, 1)
    [finding] = [f for f in report.findings if f.kind == "unqualified"]
    assert "章旭升" in finding.text and "永康市委书记" in finding.text


def test_the_triple_scores_do_not_depend_on_the_qualified_folder(tmp_path):
    gold, graph, qualified = _files(tmp_path, "永康市市长", "county")
    with_posts = evaluate(gold, graph, qualified=qualified).overall.to_dict()
    assert with_posts == evaluate(gold, graph).overall.to_dict()


def test_cli_prints_the_posts_line_and_rejects_a_missing_folder(tmp_path, capsys):
    gold, graph, qualified = _files(tmp_path, "中共永康市市长", "prefecture")
    assert main(["eval", str(gold), "--graph", str(graph), "--qualified", str(qualified),
                 "-q"]) == 0
    out = capsys.readouterr().out
    assert "posts     qualified 1/2 (0.50) of those found" in out and "level 0/2" in out
    assert out.rstrip().splitlines()[-1].startswith("overall")
    with pytest.raises(EvalError, match="no such folder"):
        evaluate(gold, graph, qualified=tmp_path / "nope")
