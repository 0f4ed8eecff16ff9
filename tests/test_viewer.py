"""The HTML viewer in a real browser: Debian's Chromium driven by Playwright.

Playwright's own browser download is never used (it cannot run here): the
tests launch /usr/bin/chromium, installed by scripts/install-test-deps.sh,
with the flags that keep it off the network.
"""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pytest
from requires import require_module, require_program

from newskg.exports import export
from newskg.exports.html import MAX_SHOWN, viewer_data, write_html
from newskg.graph import build_graph
from newskg.records import Article, Mention, Relation

ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage"]


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium under Playwright; a missing one fails the tests that need it."""
    chromium = require_program("chromium", "chromium")
    sync_api = require_module("playwright.sync_api", "playwright")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=ARGS)
        yield b
        b.close()


class Page:
    """A viewer page with everything it logged and requested."""

    def __init__(self, browser, path: Path) -> None:
        self.path = path
        self.page = browser.new_page(viewport={"width": 1400, "height": 850})
        self.console: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.console.append(f"pageerror: {e}"))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-ready=true]", timeout=15000)

    def js(self, expr: str, arg=None):
        return self.page.evaluate(expr, arg)

    def hover_edge(self, edge_id: str) -> str:
        self.page.mouse.move(5, 5)
        pt = self.js("id => window.newskgViewer.edgeMidpoint(id)", edge_id)
        self.page.mouse.move(pt["x"], pt["y"])
        self.page.wait_for_selector("#tooltip:not([hidden])", timeout=5000)
        return self.page.inner_text("#tooltip")

    def close(self) -> None:
        self.page.close()


@pytest.fixture
def open_page(browser):
    pages: list[Page] = []

    def _open(path: Path) -> Page:
        pages.append(Page(browser, path))
        return pages[-1]

    yield _open
    for p in pages:
        p.close()


def test_seed_viewer_loads_offline_and_shows_the_graphml_graph(seed_build, open_page):
    view = open_page(seed_build.outputs["html"])
    assert view.console == []
    assert view.requests == [view.path.as_uri()]  # the file itself, nothing else
    gml = nx.read_graphml(seed_build.outputs["graphml"])
    counts = view.js("window.newskgViewer.counts()")
    assert (counts["nodes"], counts["edges"]) == (gml.number_of_nodes(), gml.number_of_edges())
    assert view.js("window.newskgViewer.network.body.data.nodes.length") == counts["nodes"]
    assert view.page.get_attribute("#stats", "data-nodes") == str(gml.number_of_nodes())
    assert not view.page.is_visible("#note")  # small graph: every node drawn, no note


def test_search_finds_a_person_and_shows_his_relations(seed_build, open_page):
    view = open_page(seed_build.outputs["html"])
    view.page.fill("#search", "章旭")
    assert "章旭升" in view.page.inner_text("#results")
    view.page.press("#search", "Enter")
    (selected,) = view.js("window.newskgViewer.network.getSelectedNodes()")
    # a person is drawn with his post
    assert view.js("id => window.newskgViewer.nodes.get(id).label", selected) == (
        "章旭升 · 永康市委书记")
    panel = view.page.inner_text("#panel")
    assert panel.strip().startswith("章旭升") and "关系 Relations" in panel
    assert "市委书记" in panel  # his post, from the seed's text


def test_a_post_shows_its_place_and_level_and_a_person_his_post(seed_build, open_page):
    view = open_page(seed_build.outputs["html"])
    v = "window.newskgViewer"
    mayor = view.js(f"{v}.data.nodes.find(n => n.label === '胡勇春').id")
    assert view.js(f"id => {v}.nodes.get(id).label", mayor) == "胡勇春 · 永康市市长"
    post = view.js(f"{v}.data.nodes.find(n => n.label === '永康市法院院长').id")
    view.js(f"id => {v}.selectNode(id)", post)
    panel = view.page.inner_text("#panel")
    assert "地点 place: 永康市" in panel and "层级 level: county" in panel
    assert "职务名称 title: 市法院院长" in panel
    assert view.console == []


def test_date_range_filters_edges_and_hides_nodes_left_unconnected(records_graph, tmp_path,
                                                                     open_page):
    view = open_page(export(records_graph, "html", tmp_path / "graph.html"))
    v = "window.newskgViewer"
    before = view.js(f"{v}.counts()")
    assert view.page.is_visible("#date-from")
    assert view.page.get_attribute("#date-from", "min") == "2023-04-24"
    # May only: the inspections of 5 May and 章旭升's post (seen 25 April to 6 May) stay;
    # the meeting of 24 April and 胡勇春 (only seen on 25 April) go
    view.page.fill("#date-from", "2023-05-01")
    view.page.fill("#date-to", "2023-05-31")
    view.page.dispatch_event("#date-to", "change")
    label = f"id => {v}.data.nodes.find(n => n.id === id).label"
    hidden = sorted(view.js(label, i) for i in view.js(
        f"{v}.nodes.get({{filter: n => n.hidden}}).map(n => n.id)"))
    assert hidden == sorted(["胡勇春", "永康市市长", "平安永康建设暨市委政法工作会议",
                             "“一月一主题平安大提升”行动", "陈建勋"])
    edges = view.js(f"""{v}.edges.get({{filter: e => !e.hidden}}).map(e => {{
        const d = {v}.data.edges.find(x => x.id === e.id); return d.rel; }})""")
    assert sorted(edges) == ["holdsPosition", "inspected", "inspected", "inspected", "locatedIn"]
    assert view.js(f"{v}.counts()")["visibleEdges"] == 5
    view.page.click("#date-reset")
    assert view.js(f"{v}.counts()") == before
    assert view.console == []


def test_class_and_relation_filters_hide_what_they_name(records_graph, tmp_path, open_page):
    view = open_page(export(records_graph, "html", tmp_path / "graph.html"))
    before = view.js("window.newskgViewer.counts()")
    view.page.uncheck("input[data-class=Position]")
    hidden = view.js("""window.newskgViewer.nodes.get({filter: n => n.hidden}).map(
        n => window.newskgViewer.data.nodes.find(m => m.id === n.id).type)""")
    assert hidden and set(hidden) == {"Position"}
    after = view.js("window.newskgViewer.counts()")
    assert after["visibleNodes"] == before["nodes"] - len(hidden)
    assert after["visibleEdges"] == before["edges"] - 2  # the two holdsPosition edges
    view.page.uncheck("input[data-relation=inspected]")
    assert view.js("window.newskgViewer.counts()")["visibleEdges"] == after["visibleEdges"] - 3
    view.page.check("input[data-class=Position]")
    view.page.check("input[data-relation=inspected]")
    assert view.js("window.newskgViewer.counts()") == before


def test_edge_tooltip_shows_evidence_date_and_headline(records_graph, tmp_path, open_page):
    view = open_page(export(records_graph, "html", tmp_path / "graph.html"))
    edge = view.js("""window.newskgViewer.data.edges.find(e => e.rel === 'inspected'
                      && window.newskgViewer.data.nodes.find(n => n.id === e.to).label
                         === '长利电器').id""")
    tip = view.hover_edge(edge)
    assert "在长利电器，章旭升查看消防设施。" in tip
    assert "2023-05-05" in tip and "压实责任 守牢底线" in tip and "督查" in tip


def test_markup_in_articles_shows_as_text_and_never_runs(hostile_graph, tmp_path, open_page):
    view = open_page(export(hostile_graph, "html", tmp_path / "graph.html"))
    tips = [view.hover_edge(e) for e in view.js("window.newskgViewer.data.edges.map(e => e.id)")]
    for node in view.js("window.newskgViewer.data.nodes.map(n => n.id)"):
        view.js("id => window.newskgViewer.selectNode(id)", node)
    view.page.fill("#search", "<b")
    view.page.press("#search", "Enter")
    assert view.js("window.__pwned") is None
    assert view.page.query_selector("#panel script, #tooltip script, img, #results b") is None
    assert any("<script>window.__pwned=1</script>" in t for t in tips)
    assert 'onmouseover="window.__pwned=3"' in view.page.inner_text("#panel")
    assert view.requests == [view.path.as_uri()]  # <img src=x> fetched nothing
    assert view.console == []


def test_screenshot_is_not_blank(seed_build, records_graph, tmp_path, open_page):
    from PIL import Image

    for path in (seed_build.outputs["html"], export(records_graph, "html", tmp_path / "g.html")):
        view = open_page(path)
        shot = view.page.locator("#graph").screenshot()
        img = Image.open(io.BytesIO(shot)).convert("RGB")
        colours = img.getcolors(maxcolors=1 << 20)
        non_white = sum(n for n, c in colours if sum(c) < 720)
        assert len(colours) > 20 and non_white > 0.002 * img.width * img.height, path


def big_graph(persons: int = 30, enterprises: int = 300, places: int = 70) -> nx.MultiDiGraph:
    """400 nodes: each person inspects ten enterprises, 140 enterprises sit in 70 places."""
    people = [Mention(f"测试人{i:03d}", "Person", 0, 6) for i in range(persons)]
    towns = [Mention(f"地点{k:03d}村", "Place", 0, 6) for k in range(places)]
    articles = []
    for j in range(enterprises):
        firm, person = Mention(f"企业{j:03d}号", "Enterprise", 0, 6), people[j % persons]
        text = f"{person.text}到{firm.text}督查。"
        rels = [Relation(person, "inspected", firm, text, 0, len(text), "2023-05-05", "督查")]
        if j < 2 * places:
            rels.append(Relation(firm, "locatedIn", towns[j // 2], text, 0, len(text)))
        a = Article("big.txt", j, text, headline=f"标题{j}", date="2023-05-06")
        a.mentions = [m for r in rels for m in (r.subject, r.object)]
        a.relations = rels
        articles.append(a)
    return build_graph(articles)


@pytest.fixture(scope="module")
def big_page(tmp_path_factory):
    graph = big_graph()
    path = tmp_path_factory.mktemp("big") / "graph.html"
    with path.open("wb") as fp:
        write_html(graph, fp, max_shown=50)
    again = io.BytesIO()
    write_html(graph, again, max_shown=50)
    assert again.getvalue() == path.read_bytes()  # same input, same bytes
    return graph, path


def test_busiest_part_is_the_nodes_with_most_statements(big_page, records_graph):
    graph, _ = big_page
    data = viewer_data(graph, max_shown=50)
    types = {n["id"]: n["type"] for n in data["nodes"]}
    assert len(data["nodes"]) == 400 and len(data["shown"]) == 50
    assert sum(types[i] == "Person" for i in data["shown"]) == 30  # the hubs all make it
    assert "shown" not in viewer_data(records_graph)  # below the threshold: all drawn
    assert MAX_SHOWN == 1500


def test_big_graph_opens_on_its_busiest_part_and_search_reaches_the_rest(big_page, open_page):
    _, path = big_page
    view = open_page(path)
    v = "window.newskgViewer"
    counts = view.js(f"{v}.counts()")
    assert (counts["nodes"], counts["visibleNodes"], counts["shownNodes"]) == (400, 50, 50)
    assert view.js(f"{v}.nodes.length") == 50
    assert view.page.get_attribute("#stats", "data-nodes") == "50"
    assert view.page.is_visible("#note")
    assert "showing the 50 busiest of 400 nodes" in view.page.inner_text("#note").lower()
    among = f"""() => {v}.data.edges.filter(e => {v}.isShown(e.from) && {v}.isShown(e.to))
                       .map(e => e.id).sort()"""
    assert view.js(among) == sorted(view.js(f"{v}.edges.getIds()"))  # every edge among drawn nodes

    # a place that is not drawn, with enterprises that are not drawn either
    target = view.js(f"""{v}.data.nodes.find(n => n.type === 'Place' && !{v}.isShown(n.id) &&
        {v}.data.edges.some(e => e.to === n.id && !{v}.isShown(e.from)))""")
    neighbours = view.js(f"""id => {v}.data.edges.filter(e => e.from === id || e.to === id)
                                 .map(e => e.from === id ? e.to : e.from)""", target["id"])
    view.page.fill("#search", target["label"])
    assert target["label"] in view.page.inner_text("#results")
    view.page.press("#search", "Enter")
    assert view.js(f"{v}.network.getSelectedNodes()") == [target["id"]]
    drawn = set(view.js(f"{v}.nodes.getIds()"))
    assert {target["id"], *neighbours} <= drawn and len(drawn) > 50
    assert view.js(among) == sorted(view.js(f"{v}.edges.getIds()"))
    assert view.js(f"{v}.counts()")["shownNodes"] == len(drawn)
    centre = view.js(f"""id => {{ const p = {v}.network.getPositions([id])[id];
        const d = {v}.network.canvasToDOM(p); const c = {v}.network.canvas.frame;
        return [d.x - c.clientWidth / 2, d.y - c.clientHeight / 2]; }}""", target["id"])
    assert abs(centre[0]) < 5 and abs(centre[1]) < 5  # focused
    panel = view.page.inner_text("#panel")
    assert panel.strip().startswith(target["label"])
    assert f"关系 Relations ({len(neighbours)})" in panel
    assert f"and {len(drawn) - 50} opened" in view.page.inner_text("#note")

    # filters act on what is drawn, revealed nodes included
    view.page.uncheck("input[data-class=Place]")
    hidden = view.js(f"{v}.nodes.get({{filter: n => n.hidden}}).map(n => n.id)")
    places = [i for i in drawn if view.js(f"id => {v}.data.nodes.find(n => n.id === id).type",
                                          i) == "Place"]
    assert target["id"] in hidden and sorted(hidden) == sorted(places)
    assert view.js(f"{v}.counts()")["visibleNodes"] == len(drawn) - len(places)
    view.page.check("input[data-class=Place]")
    assert view.js(f"{v}.counts()")["visibleNodes"] == len(drawn)
    assert view.console == []
    assert view.requests == [view.path.as_uri()]
