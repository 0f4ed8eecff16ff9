"""A node answers to its label, its aliases and its title (docs/gold-format.md)."""

from __future__ import annotations

import json

from newskg.evaluate import evaluate

TTL = """@prefix nkg: <https://w3id.org/newskg/ontology#> .
@prefix nkr: <https://w3id.org/newskg/resource/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
nkr:a a nkg:Article ; rdfs:label "a"@zh ; nkg:sourceFile "papers/p1.txt" .
nkr:p a nkg:Person ; rdfs:label "贺知远"@zh .
nkr:q a nkg:Person ; rdfs:label "林野"@zh .
nkr:post a nkg:Position ; rdfs:label "澜江省人大常委会副主任"@zh ; nkg:title "副主任"@zh .
nkr:post2 a nkg:Position ; rdfs:label "青屿市政协副主席"@zh ; nkg:alias "区政协副主席"@zh .
nkr:p nkg:holdsPosition nkr:post .
nkr:q nkg:holdsPosition nkr:post2 .
nkr:s1 a rdf:Statement ; rdf:subject nkr:p ; rdf:predicate nkg:holdsPosition ;
    rdf:object nkr:post ; prov:wasDerivedFrom nkr:a ; nkg:evidence "…"@zh .
nkr:s2 a rdf:Statement ; rdf:subject nkr:q ; rdf:predicate nkg:holdsPosition ;
    rdf:object nkr:post2 ; prov:wasDerivedFrom nkr:a ; nkg:evidence "…"@zh .
"""


def _score(tmp_path, forms: list[list[str]]):
    (tmp_path / "g.ttl").write_text(TTL, encoding="utf-8")
    gold = {"doc": "p1.txt", "triples": [
        {"s": "贺知远", "p": "holdsPosition", "o": forms[0]},
        {"s": "林野", "p": "holdsPosition", "o": forms[1]},
    ]}
    (tmp_path / "p1.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return evaluate(tmp_path / "p1.json", tmp_path / "g.ttl").overall


def test_a_post_matches_through_its_title_and_its_aliases(tmp_path):
    s = _score(tmp_path, [["副主任"], ["区政协副主席"]])
    assert (s.matched, s.false_positives, s.misses) == (2, 0, 0)


def test_a_short_form_no_name_of_the_node_answers_to_does_not_match(tmp_path):
    s = _score(tmp_path, [["人大常委会主任"], ["副主席"]])  # 副主席: 3/6 of the alias
    assert (s.matched, s.false_positives, s.misses) == (0, 2, 2)
