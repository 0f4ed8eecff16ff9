"""Extraction on real text: the seed page, and short pages of our own for each
pattern family of the genre (meetings, tours, visits, talks, ceremonies) and for
the negatives (statistics, a quoted official, what should be done)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newskg.extractors import ExtractOptions, extract
from newskg.extractors.articles import split_articles
from newskg.extractors.lexicon import load_lexicon
from newskg.extractors.reader import read_documents
from newskg.extractors.repair import repair
from newskg.records import Document

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_0d6da5b0de04d397.txt"
REAL_BATCH11 = Path(__file__).resolve().parent / "data" / "real" / "batch11" / "pages"
SCORED = {"holdsPosition", "chaired", "attended", "spokeAt", "inspected", "accompanied", "met"}

def written(r) -> str:
    """The object of a relation as the page names it: a post as written (市长), not
    as resolved to its place (永康市市长, see test_posts.py)."""
    return r.object.text if r.prop == "holdsPosition" else r.object.label



def triples(text: str, published: str | None = None, props=SCORED) -> set[tuple[str, str, str]]:
    doc = Document("t.txt", text, published=published)
    return {
        (r.subject.label, r.prop, written(r))
        for a in extract(doc, ExtractOptions())
        for r in a.relations
        if r.prop in props
    }


def articles(text: str, published: str | None = None):
    return extract(Document("t.txt", text, published=published), ExtractOptions())


# -- the seed page ---------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_articles():
    return extract(read_documents(SEED)[0], ExtractOptions())


def test_seed_is_cut_into_two_articles_with_headlines_printed_after(seed_articles):
    assert len(seed_articles) == 2
    first, second = seed_articles
    assert "问题联治" in first.headline and first.headline.startswith("章旭升在全市")
    assert "全面排查" in second.headline
    # page furniture is neither a headline nor an article
    assert all("博士乡贤" not in a.headline and "博士乡贤" not in a.text for a in seed_articles)
    assert [a.reporters for a in seed_articles] == [("陈晓苏",), ("陈晓苏",)]


def test_seed_column_lines_are_rejoined(seed_articles):
    text = seed_articles[0].text
    assert "市委书记章旭升在会上强调" in text  # 章旭 / 升 were on two lines
    assert "4月24日下午" in text  # 4 月 24 日
    assert "朱赟清出席会议" in text


def test_seed_meeting_roles(seed_articles):
    rels = {(r.subject.label, r.prop, written(r)) for r in seed_articles[0].relations}
    meeting = "平安永康建设暨市委政法工作会议"
    assert ("胡勇春", "chaired", meeting) in rels
    assert ("章旭升", "spokeAt", meeting) in rels
    for name in ("陈建勋", "郑云涛", "施礼干", "杨兵", "蒋华蒙", "黄瑞燕", "朱赟清"):
        assert (name, "attended", meeting) in rels
    for body in ("市公安局", "市教育局", "市应急管理局", "西城街道", "古山镇"):
        assert (body, "spokeAt", meeting) in rels
    assert ("胡勇春", "holdsPosition", "市委副书记") in rels
    assert ("胡勇春", "holdsPosition", "市长") in rels
    assert ("朱赟清", "holdsPosition", "市法院院长") in rels
    assert seed_articles[0].event_dates == {meeting: "--04-24"}


def test_seed_tour(seed_articles):
    rels = {(r.subject.label, r.prop, written(r)) for r in seed_articles[1].relations}
    visited = {o for s, p, o in rels if s == "章旭升" and p == "inspected"}
    assert visited == {"九龙工业功能分区", "一达研磨有限公司", "长利电器", "大红叶机械", "北龙日用品有限公司"}
    assert ("九龙工业功能分区", "locatedIn", "东城街道") in rels
    assert ("章旭升", "chaired", "碰头会") in rels
    assert ("章旭升", "spokeAt", "碰头会") in rels  # 他强调 after the meeting opens
    # nobody is invented: every person is a real name from the text
    people = {m.label for m in seed_articles[1].mentions if m.cls == "Person"}
    assert people == {"章旭升"}


def test_every_relation_points_back_to_its_sentence(seed_articles):
    """The evidence is the sentence as the page prints it, at its offsets in the file."""
    page = SEED.read_text(encoding="utf-8")
    for a in seed_articles:
        for r in a.relations:
            assert r.source_span is not None
            start, end = r.source_span
            assert page[start:end] == r.evidence
            assert "".join(r.evidence.split()) == "".join(a.text[r.start:r.end].split())
            if r.prop in ("chaired", "attended", "met", "holdsPosition"):
                assert r.subject.label in "".join(r.evidence.split())


# -- pattern families ----------------------------------------------------------------


def test_title_chain_and_name_boundaries():
    t = triples("4月2日，市委副书记、市长刘和平出席会议，副市长李杰出席会议并讲话，"
                "副州长吴坦等陪同。")
    assert ("刘和平", "holdsPosition", "市委副书记") in t
    assert ("刘和平", "holdsPosition", "市长") in t
    assert ("李杰", "holdsPosition", "副市长") in t  # not 李杰出
    assert ("吴坦", "holdsPosition", "副州长") in t  # not 吴坦等


def test_post_keeps_its_own_body_only():
    t = triples("10月9日，区委书记方明与某某集团下属子公司某某研究院院长何立新一行座谈。")
    assert ("何立新", "holdsPosition", "某某研究院院长") in t
    assert ("方明", "met", "何立新") in t


def test_meeting_with_chair_attendees_and_speech():
    text = ("本报讯（记者 王小明 通讯员 刘芳）3月15日上午，市委常委会召开会议，传达学习全国两会精神。"
            "市委书记李国强主持会议并讲话。市委副书记、市长赵建华，市人大常委会主任孙立平，"
            "市政协主席钱文斌出席会议。李国强强调，要把学习贯彻全国两会精神作为重要政治任务。")
    arts = articles(text, "2023-03-16")
    assert arts[0].reporters == ("王小明", "刘芳")
    assert arts[0].event_dates == {"市委常委会会议": "2023-03-15"}
    t = triples(text, "2023-03-16")
    assert ("李国强", "chaired", "市委常委会会议") in t
    assert ("李国强", "spokeAt", "市委常委会会议") in t
    assert {s for s, p, _ in t if p == "attended"} == {"赵建华", "孙立平", "钱文斌"}
    assert ("孙立平", "holdsPosition", "市人大常委会主任") in t


def test_inspection_tour_carries_its_leader():
    text = ("本报讯（记者 周明）8月18日，县委书记陈志远带队深入青石镇、白沙乡调研乡村振兴工作。"
            "县委常委、县委办主任林海涛，副县长吴丽娟陪同调研。\n"
            "在青石镇红旗村，陈志远走进村民家中，详细了解村集体经济发展情况。随后，他来到华兴农业开发有限公司，"
            "察看生产车间，听取企业负责人介绍。陈志远强调，要坚持产业兴村。")
    t = triples(text, "2022-08-19")
    visited = {o for s, p, o in t if s == "陈志远" and p == "inspected"}
    assert visited == {"青石镇", "白沙乡", "红旗村", "华兴农业开发有限公司"}
    assert ("林海涛", "accompanied", "陈志远") in t
    assert ("吴丽娟", "accompanied", "陈志远") in t
    assert not any(p == "spokeAt" for _, p, _ in t)  # a remark on a tour is no meeting


def test_delegation_visit_and_symposium():
    text = ("3月8日，浙江省湖州市委副书记、市长王文娟率考察团来我县考察交流。县委书记张德明、县长刘海波陪同考察。"
            "考察团一行先后来到县经济开发区、绿源食品股份有限公司，实地了解我县产业发展情况。"
            "当天下午，两地召开座谈会。张德明主持座谈会并致辞，王文娟讲话。")
    t = triples(text)
    assert ("王文娟", "inspected", "绿源食品股份有限公司") in t
    assert ("王文娟", "inspected", "县经济开发区") in t
    assert ("张德明", "accompanied", "王文娟") in t
    assert ("张德明", "chaired", "座谈会") in t
    assert ("王文娟", "spokeAt", "座谈会") in t


def test_state_visit_talks():
    text = ("新华社北京5月10日电 国家主席习近平10日在人民大会堂会见来华进行国事访问的法国总统马克龙。"
            "习近平指出，中法关系保持健康稳定发展。王毅等参加会见。")
    t = triples(text, "2024-05-11")
    assert ("习近平", "met", "马克龙") in t
    assert ("马克龙", "holdsPosition", "法国总统") in t
    assert not any(p == "attended" for _, p, _ in t)  # 会见 is not an event to attend
    dated = [r.date for a in articles(text, "2024-05-11") for r in a.relations if r.prop == "met"]
    assert dated == ["2024-05-10"]


def test_escort_in_sentence():
    text = ("8月25日，国家某部副部长赵晓光在省某厅厅长钱立和市委书记孙一鸣的陪同下，"
            "深入金山农业科技园区，调研指导工作。")
    t = triples(text)
    assert ("钱立", "accompanied", "赵晓光") in t
    assert ("孙一鸣", "accompanied", "赵晓光") in t
    assert ("赵晓光", "inspected", "金山农业科技园区") in t
    assert ("钱立", "inspected", "金山农业科技园区") not in t


def test_ceremony_held_somewhere():
    text = ("6月20日，全市重大项目集中开工仪式在经开区举行。市委书记何建军出席仪式并宣布开工，"
            "市长蔡志明主持仪式。市领导邓国华、许晓燕参加。")
    t = triples(text, "2023-06-21")
    ev = "全市重大项目集中开工仪式"
    assert {("何建军", "attended", ev), ("蔡志明", "chaired", ev), ("邓国华", "attended", ev),
            ("许晓燕", "attended", ev)} <= t
    # collective words are not posts
    assert not any(o == "市领导" for _, _, o in t)


def test_reported_speech_of_the_meeting_body():
    text = ("9月5日下午，市人大某委员会召开第九次会议。会议听取了市卫生健康委关于本市医疗工作情况的汇报。"
            "委员会主任委员刘玉梅主持会议。")
    t = triples(text)
    assert ("市卫生健康委", "spokeAt", "市人大某委员会第九次会议") in t
    assert ("刘玉梅", "chaired", "市人大某委员会第九次会议") in t


# -- negatives ------------------------------------------------------------------------


def test_statistics_page_gives_nothing():
    text = ("今年1月份，全市规模以上工业增加值同比增长5.2%，社会消费品零售总额达到120亿元。"
            "市统计局有关负责人表示，要坚持稳中求进工作总基调。")
    assert triples(text, props=SCORED | {"locatedIn"}) == set()


def test_quoted_official_does_nothing():
    text = ("市委书记王建国在会上指出：“要坚持以人民为中心，各级领导干部要深入基层、深入一线调研，"
            "到企业和项目现场解决实际问题。”")
    assert triples(text) == {("王建国", "holdsPosition", "市委书记")}


def test_what_should_be_done_is_not_an_inspection():
    text = ("会议要求，要坚持问题导向，各级干部要深入企业、工地开展督查检查。"
            "市委书记王建国视察指导河南时的重要讲话精神要认真学习。")
    assert not any(p == "inspected" for _, p, _ in triples(text))


def test_unnamed_leaders_inspect_nothing():
    text = "连日来，市各套班子领导分别带队，深入工业园区、在建工地、企业、医院等，突击检查安全生产。"
    assert triples(text) == set()


# -- stages -------------------------------------------------------------------------


def test_repair_keeps_headlines_and_drops_furniture():
    lex = load_lexicon()
    body = ("5月6日上午，全县安全生产工作会议召开。县委书记张"
            "三出席会议并讲话，副县长李四主持会议。张三强调，各地各部门要压实责任，"
            "抓好落实落细，坚决守牢安全底线，确保全县安全形势持续稳定向好。")
    cols = [body[i:i + 16] for i in range(0, len(body), 16)]
    page = "\n\n".join([*cols, "县委书记在全县安全生产工作会议上强调", "抓落实 见实效",
                         "02 聚焦乡村振兴"])
    lines = repair(page)
    arts = split_articles(lines, lex)
    assert len(arts) == 1
    headline, _, text, _ = arts[0]
    assert "县委书记张三出席会议并讲话" in text
    assert headline.startswith("县委书记在全县安全生产工作会议上强调")
    assert "抓落实 见实效" in headline
    assert "聚焦乡村振兴" not in headline


def test_user_lexicon_adds_a_title(tmp_path):
    lex_file = tmp_path / "extra.txt"
    lex_file.write_text("[titles]\n首席联络官\n", encoding="utf-8")
    doc = Document("t.txt", "5月3日，某某公司驻京首席联络官吴天明出席会议并讲话。")
    plain = {(r.subject.label, written(r)) for a in extract(doc) for r in a.relations
             if r.prop == "holdsPosition"}
    extra = {(r.subject.label, written(r))
             for a in extract(doc, ExtractOptions(lexicons=(str(lex_file),)))
             for r in a.relations if r.prop == "holdsPosition"}
    assert ("吴天明", "某某公司驻京首席联络官") in extra
    assert ("吴天明", "某某公司驻京首席联络官") not in plain


def test_inspection_where_the_verb_is_and_after_it():
    text = ("7月11日，市委书记周文华在高新区调研时强调，要加快培育新质生产力。\n"
            "周文华先后考察了恒达智能装备有限公司、市科技创新中心，详细了解企业研发情况。")
    t = triples(text, "2023-07-12")
    visited = {o for s, p, o in t if s == "周文华" and p == "inspected"}
    assert visited == {"高新区", "恒达智能装备有限公司", "市科技创新中心"}


def test_attendees_printed_after_the_verb():
    text = ("9月1日，县委常委会召开会议，县委书记马天宇主持会议并作重要讲话。"
            "出席会议的还有县委常委黄国庆、钱立新。")
    t = triples(text, "2023-09-02")
    assert ("马天宇", "spokeAt", "县委常委会会议") in t
    assert ("黄国庆", "attended", "县委常委会会议") in t
    assert ("钱立新", "attended", "县委常委会会议") in t
    assert ("黄国庆", "holdsPosition", "县委常委") in t


def test_national_leader_tour_with_escorts():
    text = ("5月19日，中共中央政治局常委、国务院总理李强在江苏考察。他来到苏州工业园区，"
            "察看了华星光电技术有限公司的生产线。江苏省委书记信长星，省委副书记、省长许昆林陪同考察。")
    t = triples(text, "2022-05-20")
    assert {"苏州工业园区", "华星光电技术有限公司"} <= {o for s, p, o in t if p == "inspected"}
    assert ("信长星", "accompanied", "李强") in t  # a surname the list lacks
    assert ("许昆林", "accompanied", "李强") in t
    assert ("李强", "holdsPosition", "国务院总理") in t


def test_two_posts_joined_by_jian():
    t = triples("4月8日，副市长兼公安局长郑伟率队赴临江县检查安全生产工作。")
    assert ("郑伟", "holdsPosition", "副市长") in t
    assert ("郑伟", "holdsPosition", "公安局长") in t
    assert ("郑伟", "inspected", "临江县") in t


def test_plans_are_not_visits():
    text = "5月3日，市长林海出席会议并讲话。他要求，各级干部要深入企业调研，下周将赴东湖开发区检查。"
    assert not any(p == "inspected" for _, p, _ in triples(text))


def test_leaders_named_bare_before_the_verb():
    text = ("新华社北京3月1日电 中共中央总书记、国家主席习近平1日主持召开中央全面深化改革委员会会议。"
            "李强、王沪宁、蔡奇出席会议。")
    t = triples(text, "2024-03-02")
    ev = "中央全面深化改革委员会会议"
    assert ("习近平", "chaired", ev) in t
    assert {("李强", "attended", ev), ("王沪宁", "attended", ev), ("蔡奇", "attended", ev)} <= t


def test_common_words_before_a_verb_are_not_names():
    text = "3月1日，全市安全生产工作会议召开。各地有关部门、全体干部出席会议。"
    assert not any(p == "attended" for _, p, _ in triples(text))


def test_places_and_bodies_named_outside_relations():
    text = ("11月15日，某某部、河南省人民政府在郑州举行部省工作会商会议。"
            "省委统战部部长许文出席会议。会议认为，要推动河南高质量发展，支持河南省加快建设。")
    arts = articles(text)
    named = {(m.label, m.cls) for m in arts[0].mentions}
    assert ("河南省人民政府", "Organization") in named
    assert ("郑州市", "Place") in named
    assert ("省委统战部", "Organization") in named  # the body inside a post
    assert ("河南省", "Place") in named
    # 河南 is the same place as 河南省, said shorter
    assert ("河南", "Place") not in named
    assert not any(label in ("深度", "高质量") for label, _ in named)


def test_short_form_resolves_to_the_full_name_the_article_gives():
    text = ("4月25日，县委书记方立来到新桥镇调研。在瑞丰精密机械有限公司，方立察看生产线。"
            "随后他来到瑞丰，了解新厂房建设进展。在宏远电器，方立详细了解企业经营情况。")
    t = triples(text)
    visited = {o for s, p, o in t if p == "inspected"}
    assert "瑞丰精密机械有限公司" in visited and "瑞丰" not in visited
    assert "宏远电器" in visited  # no longer form in the article: stays itself


def test_traditional_page_keeps_its_spelling_as_alias(tmp_path):
    page = tmp_path / "big5.txt"
    page.write_bytes("5月3日，市委書記張德勝來到興華機械有限公司調研。".encode("big5"))
    doc = read_documents(page)[0]
    arts = extract(doc)
    rel = {(r.subject.label, r.prop, written(r)): r for a in arts for r in a.relations}
    r = rel[("张德胜", "inspected", "兴华机械有限公司")]
    assert r.subject.text == "張德勝" and r.object.text == "興華機械有限公司"
    assert "市委書記張德勝" in r.evidence


def test_traditional_page_keeps_its_headline_as_written(tmp_path):
    """batch11 k4_008: a headline is quoted, never merged, so a traditional page's
    headline stays in its own characters, from the body or from a title field."""
    page = tmp_path / "big5.txt"
    page.write_bytes("市委書記張德勝調研興華公司\n\n5月3日，市委書記張德勝來到興華機械有限公司調研。"
                     .encode("big5"))
    [art] = extract(read_documents(page)[0])
    assert art.headline == "市委書記張德勝調研興華公司"
    [art] = extract(read_documents(REAL_BATCH11 / "k4_008.txt")[0])
    assert art.headline.startswith("韓正昨午會見港澳特首")


def test_an_opening_named_generically_keeps_the_texts_words_as_alias():
    """batch12 m3_003: 大会开幕式由A主持 is the opening of the conference named before;
    the event is named in full, and 大会开幕式, as the text calls it, is its alias."""
    [art] = articles("第三届全县技术交流会于2016年8月13日召开。2、大会开幕式由秘书长乔南星主持。")
    [ev] = [r.object for r in art.relations if r.prop == "chaired"]
    assert (ev.label, ev.text) == ("第三届全县技术交流会开幕式", "大会开幕式")


def test_a_headlines_subtitle_is_a_clause_of_its_own():
    """batch13 n1_003: 第三次某某外长会在华举行 美俄代表出席…会议: the meeting held is the
    one the first line names; the subtitle after the space is not what 举行 held."""
    from newskg.extractors.lexicon import load_lexicon
    from newskg.extractors.relations.events import headline_event

    lex = load_lexicon(())
    assert headline_event("第三次阿富汗邻国外长会在华举行 美俄代表出席“中美俄+”磋商机制会议", lex) \
        == "第三次阿富汗邻国外长会"
    assert headline_event("白岭县第二次工作会议召开　县长乔南星出席并讲话", lex) == "白岭县第二次工作会议"


def test_dates_as_papers_write_them():
    from newskg.extractors.dates import DateContext

    def dated(*sentences, published=None):
        c = DateContext(published=published)
        for s in sentences:
            c.see(s)
        return c.current()

    assert dated("二〇二三年四月二十四日上午，召开会议。") == "2023-04-24"
    assert dated("4月24日，召开会议。", "次日，来到青石镇。") == "--04-25"
    assert dated("12月30日，召开会议。", published="2024-01-05") == "2023-12-30"
    assert dated("昨天上午，市长赴展茅检查。", published="2017-10-17") == "2017-10-16"
    assert dated("2月25日至26日，到我州调研。") == "--02-25"
    assert dated("本月18日，召开会议。", published="2024-05-20") == "2024-05-18"
    assert dated("近日，召开会议。") is None


@pytest.mark.parametrize("text, expected", [
    ("5月6日，县长王立新深入到青山镇、红星村，调研防汛工作。",
     {("王立新", "inspected", "青山镇"), ("王立新", "inspected", "红星村")}),
    ("5月6日，市委书记李明对华兴机械有限公司进行了调研。",
     {("李明", "inspected", "华兴机械有限公司")}),
    ("5月6日，县委书记刘洋带领县四套班子领导，深入乡镇和企业开展调研。", set()),
    ("5月6日，省委书记王军在省委常委会上强调，要抓好防汛工作。",
     {("王军", "spokeAt", "省委常委会")}),
    ("5月6日，市长赵刚一行参观了宏达科技股份有限公司和市规划展览馆。",
     {("赵刚", "inspected", "宏达科技股份有限公司"), ("赵刚", "inspected", "市规划展览馆")}),
])
def test_more_ways_of_saying_it(text, expected):
    t = triples(text, "2024-05-07") - {x for x in triples(text, "2024-05-07")
                                       if x[1] == "holdsPosition"}
    assert t == expected


def test_our_county_of_two_papers_is_two_places(tmp_path):
    from newskg.graph import build_graph

    a = extract(Document("a.txt", "3月8日，市长王文娟率考察团来我县考察交流。"))
    b = extract(Document("b.txt", "4月9日，市长李明远率考察团来我县考察交流。"))
    g = build_graph(a + b)
    ours = [n for n, d in g.nodes(data=True) if d["label"] == "我县"]
    assert len(ours) == 2


def _with_lexicon(tmp_path, text: str, lexicon: str) -> set[tuple[str, str, str]]:
    lex_file = tmp_path / "extra.txt"
    lex_file.write_text(lexicon, encoding="utf-8")
    doc = Document("t.txt", text)
    return {(r.subject.label, r.prop, written(r))
            for a in extract(doc, ExtractOptions(lexicons=(str(lex_file),)))
            for r in a.relations}


def test_user_trigger_word_reaches_the_tour_rule(tmp_path):
    # the tour rule once kept its own copy of the inspect words
    text = "5月3日，县长单志强来到青岚镇踏勘地质灾害隐患点。"
    assert ("单志强", "inspected", "青岚镇") not in triples(text)
    t = _with_lexicon(tmp_path, text, "[triggers]\n踏勘 inspect\n")
    assert ("单志强", "inspected", "青岚镇") in t


def test_user_convene_word_names_the_meeting(tmp_path):
    text = "3月5日，县委召集全县防汛工作会议。县委书记邝天明主持会议。"
    assert not any(p == "chaired" for _, p, _ in triples(text))
    t = _with_lexicon(tmp_path, text, "[triggers]\n召集 convene\n")
    assert ("邝天明", "chaired", "全县防汛工作会议") in t


def test_user_foreign_title_reads_a_foreign_name(tmp_path):
    text = "5月3日，某国驻沪总领事费朗索瓦兹出席全市外资企业座谈会。"
    assert not any(p == "holdsPosition" for _, p, _ in triples(text))
    t = _with_lexicon(tmp_path, text, "[foreign_titles]\n总领事\n")
    assert ("费朗索瓦兹", "holdsPosition", "某国驻沪总领事") in t


def test_every_bundled_list_is_a_user_lexicon_section(tmp_path):
    from newskg.extractors import lexicon

    reachable = set(lexicon._SECTION_NAMES.values())
    assert set(lexicon._LISTS) <= reachable, sorted(set(lexicon._LISTS) - reachable)
    # one entry removed through its section: 村 no longer cuts a chain of places
    lex_file = tmp_path / "less.txt"
    lex_file.write_text("[admin_units.chain]\n-村\n[translit]\n-阿\n", encoding="utf-8")
    lex = load_lexicon((str(lex_file),))
    assert "村" not in lex.admin_chain and "村" in load_lexicon().admin_chain
    assert "阿" not in lex.translit and "阿" in load_lexicon().translit


def test_data_lists_have_one_entry_a_line():
    from importlib import resources

    data = resources.files("newskg.extractors").joinpath("data")
    for f in data.iterdir():
        if f.name.endswith(".txt"):
            for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip() and not line.startswith(("#", "[")):
                    assert len(line.split()) == 1, f"{f.name}:{n}: {line!r}"
