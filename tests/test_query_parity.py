"""rdflib and pyoxigraph print the same rows: every preset and a set of analytic queries.

Each query runs on three graphs: the seed page, the page of issue 9 (an event no
sentence dates) and a graph whose events have dated and undated statements.
The rows (and the warnings) must be equal on both engines, and a few are also
checked against the value SPARQL gives, so that "equal" cannot mean "equally
wrong".
"""

from __future__ import annotations

import pytest
from query_graphs import ENGINES, UNDATED_PAGE, build_page, mixed_dates_ttl

from newskg.query import list_presets, run_query

ANALYTIC = {
    # aggregates over OPTIONAL
    "optional_count_min_max": """
        SELECT ?event (COUNT(?d) AS ?dated) (COUNT(?st) AS ?said) (MIN(?d) AS ?first)
               (MAX(?d) AS ?last)
        WHERE { ?e a nkg:Event ; rdfs:label ?event .
                OPTIONAL { ?st rdf:object ?e OPTIONAL { ?st schema:startDate ?d } } }
        GROUP BY ?event""",
    "optional_min_of_str": """
        SELECT ?event (MIN(STR(?d)) AS ?first) (SUM(?n + 1) AS ?s)
        WHERE { ?e a nkg:Event ; rdfs:label ?event OPTIONAL { ?e schema:startDate ?d } }
        GROUP BY ?event""",
    "optional_sum_avg": """
        SELECT ?p (COUNT(DISTINCT ?post) AS ?posts) (SUM(?one) AS ?n) (AVG(?one) AS ?a)
        WHERE { ?p a nkg:Person OPTIONAL { ?p nkg:holdsPosition ?post BIND(1 AS ?one) } }
        GROUP BY ?p""",
    "having_over_optional": """
        SELECT ?p (COUNT(?post) AS ?n)
        WHERE { ?p a nkg:Person OPTIONAL { ?p nkg:holdsPosition ?post } }
        GROUP BY ?p HAVING (COUNT(?post) = 0)""",
    # rows with unbound columns
    "unbound_columns": """
        SELECT ?event ?date
        WHERE { ?e a nkg:Event ; rdfs:label ?event OPTIONAL { ?e schema:startDate ?date } }""",
    "all_unbound_rows": """
        SELECT ?date WHERE { ?st a rdf:Statement OPTIONAL { ?st schema:startDate ?date } }""",
    "values_undef": """
        SELECT ?x ?y WHERE { VALUES (?x ?y) { (1 UNDEF) (UNDEF UNDEF) ("a"@zh UNDEF) } }""",
    "coalesce": """
        SELECT ?event (COALESCE(?d, "undated") AS ?when)
        WHERE { ?e a nkg:Event ; rdfs:label ?event OPTIONAL { ?e schema:startDate ?d } }""",
    # GROUP_CONCAT
    "group_concat": """
        SELECT ?event (GROUP_CONCAT(?name; separator="|") AS ?people) (COUNT(*) AS ?n)
        WHERE { ?st rdf:object ?e ; rdf:subject ?x . ?e a nkg:Event ; rdfs:label ?event .
                ?x rdfs:label ?name }
        GROUP BY ?event""",
    "group_concat_distinct_optional": """
        SELECT ?person (GROUP_CONCAT(DISTINCT STR(?d); separator=", ") AS ?dates)
        WHERE { ?st rdf:subject ?p . ?p a nkg:Person ; rdfs:label ?person
                OPTIONAL { ?st schema:startDate ?d } }
        GROUP BY ?person""",
    "group_concat_of_dates": """
        SELECT (GROUP_CONCAT(?d) AS ?all) WHERE { ?st schema:startDate ?d }""",
    "group_concat_whole_graph": """
        SELECT (GROUP_CONCAT(?n) AS ?all) WHERE { ?p a nkg:Position ; rdfs:label ?n }""",
    # COUNT DISTINCT
    "count_distinct": """
        SELECT ?rel (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?o) AS ?objects)
               (COUNT(*) AS ?statements)
        WHERE { ?st a rdf:Statement ; rdf:predicate ?rel ; rdf:subject ?s ; rdf:object ?o }
        GROUP BY ?rel""",
    "count_distinct_rows": """
        SELECT (COUNT(DISTINCT *) AS ?n)
        WHERE { ?st rdf:predicate ?rel OPTIONAL { ?st schema:startDate ?d } }""",
    "empty_group_by": """
        SELECT ?g (COUNT(*) AS ?n) WHERE { ?s <urn:nothing> ?g } GROUP BY ?g""",
    "empty_no_group": """
        SELECT (COUNT(*) AS ?n) (SUM(?g) AS ?s) (GROUP_CONCAT(?g) AS ?c) (MIN(?g) AS ?m)
        WHERE { ?s <urn:nothing> ?g }""",
    # ORDER BY on unbound, ties, LIMIT
    "order_by_unbound": """
        SELECT ?rel ?date WHERE { ?st rdf:predicate ?rel OPTIONAL { ?st schema:startDate ?date } }
        ORDER BY ?date""",
    "order_by_unbound_desc_limit": """
        SELECT ?rel ?date WHERE { ?st rdf:predicate ?rel OPTIONAL { ?st schema:startDate ?date } }
        ORDER BY DESC(?date) LIMIT 5""",
    "order_by_aggregate": """
        SELECT ?rel (COUNT(*) AS ?n) WHERE { ?st rdf:predicate ?rel } GROUP BY ?rel
        ORDER BY DESC(?n)""",
    "order_mixed_types": """
        SELECT ?v WHERE { { ?s schema:startDate ?v } UNION { ?s rdfs:label ?v }
                          UNION { VALUES ?v { 3 1.5 true } } }
        ORDER BY ?v""",
    "min_max_mixed_types": """
        SELECT (MIN(?v) AS ?lo) (MAX(?v) AS ?hi)
        WHERE { { ?s schema:startDate ?v } UNION { ?s a nkg:Person ; rdfs:label ?v } }""",
    "select_star": """
        SELECT * WHERE { ?st rdf:predicate ?rel OPTIONAL { ?st schema:startDate ?d } }""",
    "select_star_limit": """
        SELECT * WHERE { ?a rdfs:label ?x . ?b rdfs:label ?y } LIMIT 7""",
    "limit_without_order": """
        SELECT ?s ?n WHERE { ?s rdfs:label ?n } LIMIT 4 OFFSET 2""",
    "subquery_order_limit": """
        SELECT ?n WHERE { { SELECT ?n WHERE { ?p rdfs:label ?n } ORDER BY ?n LIMIT 3 } }""",
    # FILTER on language-tagged literals
    "lang_equal_tagged": """
        SELECT ?p WHERE { ?p a nkg:Position ; rdfs:label ?n FILTER(?n = STRLANG(STR(?n), "zh")) }""",
    "lang_equal_plain": """
        SELECT ?p WHERE { ?p a nkg:Position ; rdfs:label ?n FILTER(?n = STR(?n)) }""",
    "lang_str_equal": """
        SELECT ?p ?n WHERE { ?p a nkg:Person ; rdfs:label ?n FILTER(STR(?n) = STR(?n)) }""",
    "lang_tag": """
        SELECT ?n (LANG(?n) AS ?lang)
        WHERE { ?c a owl:Class ; rdfs:label ?n FILTER(LANG(?n) = "en") }""",
    "lang_matches": """
        SELECT ?n WHERE { ?c rdfs:label ?n FILTER(langMatches(LANG(?n), "zh")) }""",
    "lang_contains": """
        SELECT ?n WHERE { ?p a nkg:Position ; rdfs:label ?n FILTER(CONTAINS(?n, "长")) }""",
    "lang_regex": """
        SELECT ?n WHERE { ?p rdfs:label ?n FILTER(REGEX(?n, "会")) }""",
    "lang_order": """
        SELECT ?n WHERE { ?p rdfs:label ?n } ORDER BY ?n""",
    # the other forms
    "arithmetic": """
        SELECT ?x (?x / 3 AS ?third) (?x * 1.5 AS ?y) WHERE { VALUES ?x { 1 2 10 } }""",
    "ask": "ASK { ?p a nkg:Person }",
    "construct": "CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p a nkg:Person ; rdfs:label ?n }",
    "describe": "DESCRIBE ?st WHERE { ?st rdf:predicate nkg:attended }",
    "not_exists": """
        SELECT ?n WHERE { ?p a nkg:Person ; rdfs:label ?n
                          FILTER NOT EXISTS { ?p nkg:chaired ?e } }""",
    "property_path": "SELECT ?a ?b WHERE { ?a nkg:holdsPosition/rdfs:label ?b }",
}


@pytest.fixture(scope="module")
def graphs(seed_build, tmp_path_factory):
    folder = tmp_path_factory.mktemp("parity")
    return {
        "seed": seed_build.outputs["turtle"],
        "undated": build_page(folder / "undated", UNDATED_PAGE),
        "mixed": mixed_dates_ttl(folder / "mixed.ttl"),
    }


def _both(graph, query: str, bindings=None):
    return [run_query(graph, query, engine=e, bindings=bindings) for e in ENGINES]


def _person(graph) -> str:
    """A person, one who holds a post when there is one (career finds his posts)."""
    rows = run_query(graph, """SELECT ?n WHERE { ?p a nkg:Person ; rdfs:label ?n
                               OPTIONAL { ?p nkg:holdsPosition ?post } }
                               ORDER BY DESC(BOUND(?post)) ?n LIMIT 1""").rows
    return rows[0][0]


def _post(graph) -> str:
    rows = run_query(graph, "SELECT ?n WHERE { ?p a nkg:Position ; rdfs:label ?n } "
                            "ORDER BY ?n LIMIT 1").rows
    return rows[0][0] if rows else "市长"


def _args(graph, preset) -> dict[str, str]:
    """The preset's arguments: a person for NAME, a post for POST; options unset."""
    values = {"NAME": _person, "POST": _post}
    return preset.bind([values.get(a, _person)(graph) for a in preset.args])


@pytest.mark.parametrize("graph_name", ["seed", "undated", "mixed"])
@pytest.mark.parametrize("preset", [p.name for p in list_presets()])
def test_every_preset_gives_the_same_rows_on_both_engines(graphs, graph_name, preset):
    graph = graphs[graph_name]
    p = next(p for p in list_presets() if p.name == preset)
    rdflib_result, oxigraph_result = _both(graph, p.body, _args(graph, p))
    assert rdflib_result.columns == oxigraph_result.columns
    assert rdflib_result.rows == oxigraph_result.rows
    assert rdflib_result.warnings == oxigraph_result.warnings
    if graph_name == "seed" and preset != "met":
        assert rdflib_result.rows, f"{preset} should find something on the seed page"


@pytest.mark.parametrize("graph_name", ["seed", "undated", "mixed"])
@pytest.mark.parametrize("name", list(ANALYTIC))
def test_analytic_queries_give_the_same_rows_on_both_engines(graphs, graph_name, name):
    rdflib_result, oxigraph_result = _both(graphs[graph_name], ANALYTIC[name])
    assert rdflib_result.columns == oxigraph_result.columns
    assert rdflib_result.rows == oxigraph_result.rows
    assert rdflib_result.warnings == oxigraph_result.warnings


@pytest.mark.parametrize("engine", ENGINES)
def test_aggregates_over_an_unbound_value_are_empty_not_an_error(graphs, engine):
    # rdflib raised TypeError on MIN(STR(?d)) and "NotBoundError has no attribute
    # datatype" on SUM(?n + 1) when ?d, ?n were unbound
    result = run_query(graphs["undated"], ANALYTIC["optional_min_of_str"], engine=engine)
    assert result.rows == [["县委常委会会议", None, None]]
    assert any("?first has no value in 1 row" in w for w in result.warnings)


@pytest.mark.parametrize("engine", ENGINES)
def test_an_all_unbound_row_is_a_row(graphs, engine):
    # rdflib dropped the solutions whose variables were all unbound
    result = run_query(graphs["undated"], ANALYTIC["all_unbound_rows"], engine=engine)
    assert result.rows == [[None]] * 5  # five statements, none dated
    values = run_query(graphs["undated"], ANALYTIC["values_undef"], engine=engine)
    assert values.rows == [[None, None], ["1", None], ["a", None]]


@pytest.mark.parametrize("engine", ENGINES)
def test_counts_over_optional_count_only_what_is_there(graphs, engine):
    rows = run_query(graphs["mixed"], ANALYTIC["optional_count_min_max"], engine=engine).rows
    # 工作例会: three statements, two dated; 座谈会: two statements, none dated. MIN and
    # MAX have no value: one statement of each is undated (SPARQL, on both engines)
    assert rows == [["工作例会", "2", "3", None, None], ["座谈会", "0", "2", None, None]]


@pytest.mark.parametrize("engine", ENGINES)
def test_group_concat_items_and_unbound_groups(graphs, engine):
    rows = run_query(graphs["mixed"], ANALYTIC["group_concat_distinct_optional"],
                     engine=engine).rows
    by_person = dict(rows)
    assert by_person["甲一"] is None  # an undated statement empties the list (SPARQL)
    assert by_person["丙三"] is None
    assert by_person["乙二"] is None
    concat = run_query(graphs["mixed"], ANALYTIC["group_concat"], engine=engine).rows
    assert concat == [["工作例会", "丙三|乙二|甲一", "3"], ["座谈会", "丁四|丙三", "2"]]


@pytest.mark.parametrize("engine", ENGINES)
def test_order_by_puts_unbound_first_and_breaks_ties_by_every_column(graphs, engine):
    rows = run_query(graphs["mixed"], ANALYTIC["order_by_unbound"], engine=engine).rows
    dates = [r[1] for r in rows]
    assert dates[: dates.count(None)] == [None] * dates.count(None)
    # the holdsPosition statement is dated by its article's events (2023-04-24) too
    assert dates[dates.count(None):] == ["--04-24", "2023-04-24", "2023-04-24"]
    undated = [r[0] for r in rows if r[1] is None]
    assert undated == sorted(undated)  # the tie broken by ?rel, on both engines


@pytest.mark.parametrize("engine", ENGINES)
def test_filters_on_language_tagged_labels(graphs, engine):
    graph = graphs["mixed"]
    tagged = run_query(graph, 'SELECT ?n WHERE { ?p rdfs:label ?n FILTER(?n = "镇长"@zh) }',
                       engine=engine)
    plain = run_query(graph, 'SELECT ?n WHERE { ?p rdfs:label ?n FILTER(?n = "镇长") }',
                      engine=engine)
    by_str = run_query(graph, 'SELECT ?n WHERE { ?p rdfs:label ?n FILTER(STR(?n) = "镇长") }',
                       engine=engine)
    assert tagged.rows == by_str.rows == [["镇长"]]
    assert plain.rows == []  # "镇长" is not "镇长"@zh in RDF
