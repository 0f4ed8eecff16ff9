"""Posts resolved to their place, people told apart, careers over time (issue 12).

The pages are invented: two papers of two cities that both have an official
called 王志远 (a deputy mayor of 盐城 and the party secretary of 永康), and a
provincial paper whose governor becomes the province's party secretary and is
later named as the former governor.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newskg.build import BuildOptions, build
from newskg.graph import GraphBuilder
from newskg.graph.codebook import Codebook, CodebookError, CodebookRow, load_codebook
from newskg.query import load_preset, run_preset, run_query
from newskg.records import Article, Mention, Post, Relation

PAGES = {
    "yancheng/p1.txt": "# paper: 盐城日报\n# published: 2023-03-01\n\n市领导调研春耕生产\n"
                       "本报讯 2月28日，市委副书记、市长陈明，副市长王志远来到亭湖区调研春耕生产。\n",
    "yongkang/p1.txt": "# paper: 永康日报\n# published: 2023-03-02\n\n市委常委会召开会议\n"
                       "本报讯 3月1日，市委书记王志远主持召开市委常委会会议。"
                       "市委副书记、市长胡明出席会议。\n",
    # a bare name: the 永康 paper's context points to its own 王志远
    "yongkang/p2.txt": "# paper: 永康日报\n# published: 2023-05-02\n\n全市安全生产会议召开\n"
                       "本报讯 5月1日，全市安全生产工作会议召开。王志远、胡明出席会议并讲话。\n",
    # an acting mayor: a post of its own, not the mayor's
    "yongkang/p3.txt": "# paper: 永康日报\n# published: 2023-06-01\n\n会议召开\n"
                       "本报讯 5月31日，市委副书记、代市长王五主持召开市政府常务会议。\n",
    "zhejiang/p1.txt": "# paper: 浙江日报\n# published: 2024-06-10\n\n省委常委会召开会议\n"
                       "本报讯 6月9日，省委书记李华主持召开省委常委会会议。"
                       "省委副书记、省长赵刚出席会议。\n",
    "zhejiang/p2.txt": "# paper: 浙江日报\n# published: 2025-02-10\n\n省委常委会召开会议\n"
                       "本报讯 2月9日，省委书记赵刚主持召开省委常委会会议。"
                       "省委副书记、省长孙平出席会议。\n",
    # a former post: 原省长 in 2025 says nothing of who was governor then
    "zhejiang/p3.txt": "# paper: 浙江日报\n# published: 2025-08-10\n\n座谈会召开\n"
                       "本报讯 8月9日，省委书记钱进主持召开座谈会。原省长赵刚出席会议。\n",
    "zhejiang/p4.txt": "# paper: 浙江日报\n# published: 2025-09-01\n\n省政府常务会议召开\n"
                       "本报讯 8月31日，省长孙平主持召开省政府常务会议。\n",
}


def _build(root: Path, out: Path, persons: Path | None = None):
    return build(BuildOptions(inputs=(str(root),), out=str(out), progress=False, workers=1,
                              cache=False, persons=str(persons) if persons else None))


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("two-papers")
    for name, text in PAGES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def two_papers(pages, tmp_path_factory):
    return _build(pages, tmp_path_factory.mktemp("two-papers-out"))


def _nodes(graph, cls: str, label: str) -> list[str]:
    return sorted(n for n, d in graph.nodes(data=True)
                  if d["type"] == cls and d["label"] == label)


def _posts_of(graph, person: str) -> dict[str, dict]:
    return {graph.nodes[o]["label"]: d for _, o, k, d in graph.out_edges(person, keys=True,
                                                                          data=True)
            if k == "holdsPosition"}


# ------------------------------------------------------------------ posts


def test_a_post_is_one_post_of_one_place_with_its_title_level_and_jurisdiction(two_papers):
    g = two_papers.graph
    (mayor,) = _nodes(g, "Position", "盐城市副市长")
    assert (g.nodes[mayor]["title"], g.nodes[mayor]["level"]) == ("副市长", "prefecture")
    (secretary,) = _nodes(g, "Position", "永康市委书记")
    assert g.nodes[secretary]["level"] == "county"
    (place,) = [o for _, o, k in g.out_edges(secretary, keys=True) if k == "jurisdiction"]
    assert g.nodes[place]["label"] == "永康市"
    # the gazetteer's chain: 永康 lies in 金华, 金华 in 浙江
    chain = [place]
    while True:
        up = [o for _, o, k in g.out_edges(chain[-1], keys=True) if k == "locatedIn"]
        if not up:
            break
        chain.append(up[0])
    assert [g.nodes[p]["label"] for p in chain] == ["永康市", "金华市", "浙江省"]
    # two mayors of two cities are two posts, the governor of one province one post
    assert _nodes(g, "Position", "盐城市市长") and _nodes(g, "Position", "永康市市长")
    (governor,) = _nodes(g, "Position", "浙江省省长")
    holders = {g.nodes[s]["label"] for s, _, k in g.in_edges(governor, keys=True)
               if k == "holdsPosition"}
    assert holders == {"赵刚", "孙平"}


def test_an_acting_post_is_a_post_of_its_own(two_papers):
    g = two_papers.graph
    (acting,) = _nodes(g, "Position", "永康市代市长")
    (mayor,) = _nodes(g, "Position", "永康市市长")
    assert g.nodes[acting]["title"] == "代市长"
    holders = {p: {g.nodes[s]["label"] for s, _, k in g.in_edges(p, keys=True)
                   if k == "holdsPosition"} for p in (acting, mayor)}
    assert holders == {acting: {"王五"}, mayor: {"胡明"}}


def test_the_seed_posts_are_qualified_with_place_and_level(seed_build):
    g = seed_build.graph
    posts = {d["label"]: d for _, d in g.nodes(data=True) if d["type"] == "Position"}
    for label in ("永康市委书记", "永康市市长", "永康市法院院长"):
        assert posts[label]["level"] == "county", label
        assert posts[label]["jurisdiction"] == "永康市", label
    assert posts["永康市市长"]["title"] == "市长"


def test_an_unresolved_post_belongs_to_its_article_alone():
    """Two 副主任 no page resolves are two posts, never one shared by every holder."""
    builder = GraphBuilder()
    for i, name in enumerate(("甲一", "乙二")):
        text = f"副主任{name}出席。"
        person, post = Mention(name, "Person", 3, 5), Mention("副主任", "Position", 0, 3)
        a = Article(f"p{i}.txt", 0, text, date="2024-01-0" + str(i + 1))
        a.mentions = [person, post]
        a.relations = [Relation(person, "holdsPosition", post, text, 0, len(text))]
        a.posts = {"副主任": Post("副主任", "副主任")}
        builder.add(a)
    g = builder.graph()
    posts = [n for n, d in g.nodes(data=True) if d["type"] == "Position"]
    assert len(posts) == 2 and {g.nodes[p]["level"] for p in posts} == {"unknown"}


# ----------------------------------------------------------------- people


def test_the_same_name_in_two_cities_is_two_persons(two_papers):
    g = two_papers.graph
    wang = _nodes(g, "Person", "王志远")
    assert len(wang) == 2  # two IRIs, one label
    posts = sorted(sorted(_posts_of(g, p)) for p in wang)
    assert posts == [["永康市委书记"], ["盐城市副市长"]]
    assert sorted(g.nodes[p]["post"] for p in wang) == ["永康市委书记", "盐城市副市长"]


def test_a_bare_name_joins_the_person_of_its_articles_place(two_papers):
    g = two_papers.graph
    (yk,) = [p for p in _nodes(g, "Person", "王志远") if "永康市委书记" in _posts_of(g, p)]
    spoke = [g.nodes[o]["label"] for _, o, k in g.out_edges(yk, keys=True) if k == "spokeAt"]
    assert spoke == ["全市安全生产工作会议"]


def test_a_governor_who_becomes_party_secretary_is_one_person_with_a_dated_career(two_papers):
    g = two_papers.graph
    (zhao,) = _nodes(g, "Person", "赵刚")
    posts = _posts_of(g, zhao)
    assert (posts["浙江省省长"]["first_seen"], posts["浙江省委书记"]["first_seen"]) == (
        "2024-06-10", "2025-02-10")
    # 原省长 in the 2025-08-10 article: said, but it never extends lastSeen
    assert posts["浙江省省长"]["last_seen"] == "2024-06-10"
    formers = [st for st in posts["浙江省省长"]["statements"] if st.former]
    assert [st.date for st in formers] == ["2025-08-10"]
    assert g.nodes[zhao]["post"] == "浙江省委书记"


def test_career_preset_lists_posts_in_time_order_with_sources(two_papers):
    ttl = two_papers.outputs["turtle"]
    for engine in ("rdflib", "oxigraph"):
        r = run_preset(ttl, "career", ["赵刚"], engine=engine)
        rows = [dict(zip(r.columns, row, strict=True)) for row in r.rows]
        assert [(x["post"], x["first_seen"]) for x in rows] == [
            ("浙江省委副书记", "2024-06-10"), ("浙江省省长", "2024-06-10"),
            ("浙江省委书记", "2025-02-10")]
        assert rows[1]["sources"] == "zhejiang/p1.txt; zhejiang/p3.txt"
        assert rows[1]["statements"] == "2"


def test_holders_preset_on_a_day(two_papers):
    ttl = two_papers.outputs["turtle"]
    for engine in ("rdflib", "oxigraph"):
        every = run_preset(ttl, "holders", ["浙江省省长"], engine=engine)
        assert [row[every.columns.index("person")] for row in every.rows] == ["赵刚", "孙平"]
        p = load_preset("holders")
        for day, who in (("2024-12-31", ["赵刚"]), ("2025-03-01", ["孙平"]),
                         ("2025-09-01", ["孙平"]), ("2024-01-01", [])):
            r = run_query(ttl, p.body, engine=engine,
                          bindings=p.bind(["浙江省省长"], {"as-of": day}))
            assert [row[r.columns.index("person")] for row in r.rows] == who, (engine, day)
        # a title finds the post of every place
        r = run_preset(ttl, "holders", ["副市长"], engine=engine)
        assert [row[r.columns.index("post")] for row in r.rows] == ["盐城市副市长"]


def _sighting_article(key: int, paper: str, places: tuple[str, ...], text: str,
                      people: list[tuple[str, Post | None]],
                      reporters: tuple[str, ...] = ()) -> Article:
    """An article naming ``people``, each with a post or bare, as the extractor gives it."""
    a = Article(f"{paper}/p{key}.txt", 0, text, date=f"2024-03-{key:02d}", paper=paper,
                reporters=reporters)
    a.places = places
    place = Mention("会议", "Event", 0, 2)
    for name, post in people:
        person = Mention(name, "Person", 0, len(name))
        a.mentions.append(person)
        if post is None:
            a.relations.append(Relation(person, "attended", place, text, 0, len(text)))
            continue
        pm = Mention(post.title, "Position", 0, len(post.title), post.label)
        a.posts[post.label] = post
        a.relations.append(Relation(person, "holdsPosition", pm, text, 0, len(text)))
    return a


def test_a_bare_name_joins_a_national_post_and_a_reporter_stays_one_person_per_paper():
    premier = Post("国务院总理", "国务院总理", "national")
    yk = ("永康市", "金华市", "浙江省")
    yc = ("盐城市", "江苏省")
    g = GraphBuilder()
    g.add(_sighting_article(1, "北京日报", ("北京市",), "国务院总理甲乙出席。",
                            [("甲乙", premier)]))
    # the leader named bare in a county paper: no local 甲乙, so the national one
    g.add(_sighting_article(2, "永康日报", yk, "甲乙出席。", [("甲乙", None)], ("丙丁",)))
    # the paper's reporter on an article about another place is the same reporter
    g.add(_sighting_article(3, "永康日报", yc, "会议召开。", [], ("丙丁",)))
    # a bare 甲乙 about 盐城 in another paper: context points to no one, still the leader
    graph = g.graph()
    assert len(_nodes(graph, "Person", "甲乙")) == 1
    assert len(_nodes(graph, "Person", "丙丁")) == 1


def test_an_unresolved_post_on_a_page_of_no_place_joins_the_holder_of_that_post():
    lyg = Post("连云港市委书记", "市委书记", "prefecture", "连云港市", ("连云港市", "江苏省"))
    yc = Post("盐城市副市长", "副市长", "prefecture", "盐城市", ("盐城市", "江苏省"))
    g = GraphBuilder()
    g.add(_sighting_article(1, "连云港日报", lyg.place_chain, "市委书记壬癸出席。",
                            [("壬癸", lyg)]))
    g.add(_sighting_article(2, "盐城日报", yc.place_chain, "副市长壬癸出席。", [("壬癸", yc)]))
    # a page whose place no one knows: its 市委书记 is the one who holds that post
    g.add(_sighting_article(3, "", (), "市委书记壬癸出席。",
                            [("壬癸", Post("市委书记", "市委书记"))]))
    graph = g.graph()
    people = {p: sorted(_posts_of(graph, p)) for p in _nodes(graph, "Person", "壬癸")}
    assert sorted(people.values()) == [["市委书记", "连云港市委书记"], ["盐城市副市长"]]


def test_bare_names_are_one_person_in_one_paper_and_two_in_two_unrelated_places():
    yk, yc = ("永康市", "金华市", "浙江省"), ("盐城市", "江苏省")
    g = GraphBuilder()
    # national news names a leader bare in reports on two provinces
    g.add(_sighting_article(1, "新闻联播", yk, "戊己出席。", [("戊己", None)]))
    g.add(_sighting_article(2, "新闻联播", yc, "戊己出席。", [("戊己", None)]))
    # two papers of two unrelated cities, each with a bare 庚辛
    g.add(_sighting_article(3, "永康日报", yk, "庚辛出席。", [("庚辛", None)]))
    g.add(_sighting_article(4, "盐城日报", yc, "庚辛出席。", [("庚辛", None)]))
    graph = g.graph()
    assert len(_nodes(graph, "Person", "戊己")) == 1
    assert len(_nodes(graph, "Person", "庚辛")) == 2


def test_sightings_are_decided_the_same_whatever_the_order_of_articles(pages, tmp_path):
    from newskg.extractors import ExtractOptions
    from newskg.tasks import extract_file

    articles = []
    for name in sorted(PAGES):
        for a in extract_file(str(pages / name), ExtractOptions()).articles:
            a.source = name  # as a build names it: its path under the input folder
            articles.append(a)

    # one article knows the body of a post, another does not: the node is the same
    body = Post("永康市市长", "市长", "county", "永康市", ("永康市", "金华市", "浙江省"),
                "永康市人民政府")
    known = _sighting_article(9, "永康日报", body.place_chain, "市长胡明出席。",
                              [("胡明", body)])

    def graph(order):
        b = GraphBuilder()
        for a in order:
            b.add(a)
        g = b.graph()
        return (sorted(g.nodes(data=True)),
                sorted((s, o, k, d["statements"]) for s, o, k, d in
                       g.edges(keys=True, data=True)))

    first, last = graph([known, *articles]), graph([*articles[::-1], known])
    assert first == last
    (mayor,) = [d for _, d in first[0] if d["label"] == "永康市市长"]
    assert (mayor["body"], mayor["jurisdiction"]) == ("永康市人民政府", "永康市")


def test_as_of_on_the_command_line(two_papers, capsys):
    import json

    from newskg.cli import main

    ttl = str(two_papers.outputs["turtle"])
    assert main(["query", ttl, "--preset", "holders", "浙江省省长", "--as-of", "2025-03-01",
                 "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert [(r["person"], r["first_seen"]) for r in rows] == [("孙平", "2025-02-10")]
    assert main(["query", ttl, "--preset", "person", "孙平", "--as-of", "2025-03-01"]) == 2
    assert "takes no --as-of" in capsys.readouterr().err


# ---------------------------------------------------------------- exports


def test_exports_carry_posts_people_and_holding_dates(two_papers):
    import csv

    import networkx as nx
    import rdflib

    out = two_papers.outputs
    gml = nx.read_graphml(out["graphml"])
    by = {d["label"]: d for _, d in gml.nodes(data=True)}
    assert (by["永康市委书记"]["title"], by["永康市委书记"]["level"],
            by["永康市委书记"]["jurisdiction"]) == ("市委书记", "county", "永康市")
    assert by["孙平"]["post"] == "浙江省省长" and by["陈明"]["level"] == ""
    sun = [d for s, t, d in gml.edges(data=True)
           if gml.nodes[s]["label"] == "孙平" and gml.nodes[t]["label"] == "浙江省省长"]
    assert [(d["first_seen"], d["last_seen"]) for d in sun] == [("2025-02-10", "2025-09-01")]
    # no edge of the gazetteer's structure: posts do not all meet at 浙江省
    assert {d["label"] for _, _, d in gml.edges(data=True)} & {"jurisdiction", "body"} == set()
    # GEXF: the holding lives from its first to its last sighting
    gexf = nx.read_gexf(out["gexf"])
    (edge,) = [d for s, t, d in gexf.edges(data=True)
               if gexf.nodes[s]["label"] == "孙平" and gexf.nodes[t]["label"] == "浙江省省长"]
    assert (edge["start"], edge["end"]) == ("2025-02-10", "2025-09-01")
    with open(out["nodes-csv"], encoding="utf-8", newline="") as f:
        rows = {r["Label"]: r for r in csv.DictReader(f)}
    assert (rows["盐城市副市长"]["level"], rows["盐城市副市长"]["jurisdiction"]) == (
        "prefecture", "盐城市")
    with open(out["statements-csv"], encoding="utf-8", newline="") as f:
        former = [(r["subject"], r["object"], r["published"]) for r in csv.DictReader(f)
                  if r["former"] == "true"]
    assert former == [("赵刚", "浙江省省长", "2025-08-10")]
    # Turtle: the holding node with typed dates, the statement dated by its article
    g = rdflib.Graph().parse(out["turtle"], format="turtle")
    rows = set(g.query("""
        PREFIX nkg: <https://w3id.org/newskg/ontology#>
        SELECT ?first ?last ?n WHERE {
          ?h a nkg:PositionHolding ; nkg:holder/rdfs:label "孙平"@zh ;
             nkg:position/rdfs:label "浙江省省长"@zh ;
             nkg:firstSeen ?first ; nkg:lastSeen ?last ; nkg:statements ?n }"""))
    assert [(str(a), str(b), int(n), a.datatype) for a, b, n in rows] == [
        ("2025-02-10", "2025-09-01", 2, rdflib.XSD.date)]


# --------------------------------------------------------------- codebook


def test_the_codebook_splits_what_the_rules_join(pages, tmp_path):
    book = tmp_path / "persons.csv"
    book.write_text("id,name,hint\nz1,赵刚,中共浙江省委书记\nz2,赵刚,浙江省人民政府省长\n",
                    encoding="utf-8")
    g = _build(pages, tmp_path / "out", book).graph
    zhao = _nodes(g, "Person", "赵刚")
    assert sorted(sorted(_posts_of(g, p)) for p in zhao) == [
        ["浙江省委书记"], ["浙江省委副书记", "浙江省省长"]]


def test_the_codebook_joins_what_the_rules_split(pages, tmp_path):
    book = tmp_path / "persons.csv"
    book.write_text("id,name,hint\nw,王志远,盐城\nw,王志远,永康市委书记\n", encoding="utf-8")
    from newskg.cli import main

    out = tmp_path / "out"
    assert main(["build", str(pages), "--out", str(out), "--persons", str(book), "-q",
                 "--workers", "1", "--no-cache"]) == 0
    r = run_preset(out / "graph.ttl", "career", ["王志远"])
    people = {row[r.columns.index("person")] for row in r.rows}
    assert len(people) == 1
    assert sorted(row[r.columns.index("post")] for row in r.rows) == [
        "永康市委书记", "盐城市副市长"]


def test_codebook_hints_are_read_with_or_without_the_party_and_body_names():
    book = Codebook([CodebookRow("a", "李某", "中共上海市委员会书记"),
                     CodebookRow("b", "李某", "北京市人民代表大会常务委员会副主任"),
                     CodebookRow("c", "李某", "盐城")])
    assert book.match("李某", {"上海市委书记"}, set()) == "a"
    assert book.match("李某", {"北京市人大常委会副主任"}, set()) == "b"
    assert book.match("李某", {"副主任"}, {"盐城市", "江苏省"}) == "c"
    assert book.match("李某", {"副主任"}, {"永康市"}) is None
    assert book.match("张某", {"上海市委书记"}, set()) is None


def test_a_bad_codebook_stops_the_build_before_anything_is_read(pages, tmp_path):
    from newskg.build import OptionError

    book = tmp_path / "persons.csv"
    book.write_text("name,hint\n王志远,盐城\n", encoding="utf-8")
    with pytest.raises(CodebookError, match="id,name,hint"):
        load_codebook(book)
    with pytest.raises(OptionError, match="--persons"):
        _build(pages, tmp_path / "out", book)
    assert not (tmp_path / "out").exists()
