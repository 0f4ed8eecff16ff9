"""Cutting real web pages into articles: captions, web furniture, repeated headlines.

Each test reads a real page of the corpus (tests/data/real/batch01, the
development batch) or an invented page of the same shape, and checks what a
reader of the page would: how many articles, which headline, which reporter,
and that a caption stays inside its report.
"""

from __future__ import annotations

from pathlib import Path

from newskg.extractors import ExtractOptions, extract, read_documents
from newskg.records import Document

REAL = Path(__file__).resolve().parent / "data" / "real" / "batch01" / "pages"


def _articles(path_or_text: str | Path):
    if isinstance(path_or_text, Path):
        doc = read_documents(path_or_text)[0]
    else:
        doc = Document("page.txt", path_or_text)
    return extract(doc, ExtractOptions())


def test_captions_between_paragraphs_stay_in_the_report():
    """c1_040: a company site's report with photo captions (开工仪式现场, 县委书记王建华致辞,
    a title and a name alone) between its paragraphs is one article, captions kept."""
    [art] = _articles(REAL / "c1_040.txt")
    assert art.headline.startswith("娲石集团") and art.headline.endswith("开工仪式成功举行！")
    assert "县委书记王建华致辞" in art.text and "阳新会场由县长明进华主持" in art.text
    chaired = {(r.subject.label, r.object.label) for r in art.relations if r.prop == "chaired"}
    assert any(s == "明进华" for s, _ in chaired)  # the event is still under way after captions


def test_a_headline_printed_again_before_the_dateline_gives_the_reporter():
    """c1_017: 标题新华社石家庄11月22日电（记者齐中熙）… on one line, after web furniture."""
    [art] = _articles(REAL / "c1_017.txt")
    assert art.reporters == ("齐中熙",)
    assert "丁薛祥在山东和河北调研" in art.headline and "字号" not in art.headline


def test_author_line_after_the_text_is_the_reporter():
    """c3_031: 作者：X 来源：Y under the last paragraph names the article's reporter."""
    [art] = _articles(REAL / "c3_031.txt")
    assert art.reporters == ("庞玉伟",) and art.headline == "国际著名医学专家来聊城市人民医院访问交流"


def test_a_page_of_briefs_keeps_one_article_per_headline():
    """c1_047: a broadcast's 国内简讯, headline + paragraph seven times: seven articles."""
    arts = _articles(REAL / "c1_047.txt")
    assert len(arts) == 7 and arts[2].headline == "全国首家畜牧业贷款中心成立"


def test_web_furniture_is_neither_headline_nor_text():
    page = ("某县召开安全生产工作会议\n2024-03-08 10:21\n来源：\n字号：默认\n大\n超大\n|\n打印\n"
            "3月7日，县委书记张明主持召开全县安全生产工作会议，县长李华出席并讲话。\n"
            "【我要纠错】责任编辑：王五\n")
    [art] = _articles(page)
    assert art.headline == "某县召开安全生产工作会议"
    assert "字号" not in art.text and "打印" not in art.text and "纠错" not in art.text


def test_a_caption_does_not_start_a_new_article_but_a_dateline_does():
    page = ("某县举行项目集中开工仪式\n"
            "3月7日上午，某县举行项目集中开工仪式，县委书记张明出席并讲话。\n"
            "开工仪式现场\n"
            "县长李华主持仪式并介绍了项目情况。\n"
            "某县召开防汛工作会议\n"
            "本报讯 3月8日，县长李华主持召开全县防汛工作会议。\n")
    arts = _articles(page)
    assert [a.headline for a in arts] == ["某县举行项目集中开工仪式", "某县召开防汛工作会议"]
    assert "开工仪式现场" in arts[0].text


def test_a_programme_in_the_byline_is_no_reporter():
    """新闻联播 items open with 央视网消息（新闻联播）：; the programme is not a person."""
    [art] = _articles("央视网消息（新闻联播）：国务院副总理张明12日在某省调研。")
    assert art.reporters == ()


def test_an_organisation_in_a_crawlers_author_field_is_no_reporter():
    doc = Document("crawl.jsonl", "本报讯 县委书记张明主持召开县委常委会会议。",
                   author="某林场党支部委员会", line=3)
    [art] = extract(doc, ExtractOptions())
    assert art.reporters == ()
    doc = Document("crawl.jsonl", "本报讯 县委书记张明主持召开县委常委会会议。", author="李华 王强",
                   line=4)
    assert extract(doc, ExtractOptions())[0].reporters == ("李华", "王强")


def test_a_visit_of_several_days_is_dated_by_its_first():
    doc = Document("x.txt", "新华社上海9月14日电 全国人大常委会委员长张明12日至14日在上海调研。",
                   published="2021-09-15")
    [art] = extract(doc, ExtractOptions())
    assert {r.date for r in art.relations if r.prop == "inspected"} == {"2021-09-12"}


def test_a_city_is_never_the_short_form_of_a_firm_named_after_it():
    """洛阳 the city is not an alias of 洛阳轴承集团股份有限公司; 山西 and 山西省 are one place."""
    doc = Document("x.txt", "国务院副总理张明先后到洛阳、郑州考察调研。他来到洛阳轴承集团股份有限公司。"
                   "在山西期间，他还来到山西省农科院。", published="2021-09-15")
    [art] = extract(doc, ExtractOptions())
    visited = {(r.object.text, r.object.label, r.object.cls) for r in art.relations
               if r.prop == "inspected"}
    assert ("洛阳", "洛阳市", "Place") in visited
    assert ("洛阳轴承集团股份有限公司", "洛阳轴承集团股份有限公司", "Enterprise") in visited
    labels = {m.text: m.label for m in art.mentions if m.cls == "Place"}
    assert labels.get("山西") == "山西省"


BATCH06 = REAL.parent.parent / "batch06" / "pages"


def test_section_heads_of_one_web_report_do_not_cut_it():
    """batch06 c2_037: a report from a crawled site (title, 发布时间 line) with
    section heads between its paragraphs is one article, and a speech after the
    third head still belongs to the ceremony the first paragraph names."""
    [art] = _articles(BATCH06 / "c2_037.txt")
    assert art.headline.startswith("东风日产5年投资36亿元")
    assert "成华南最大发动机工厂" in art.text
    spoke = {(r.subject.label, r.object.label) for r in art.relations if r.prop == "spokeAt"}
    assert ("陈国", "奠基仪式") in spoke


def test_section_heads_of_an_invented_web_report_and_a_second_dateline():
    head = "某县多措并举改善民生\n发布时间：2024-05-06 发布人：\n"
    body = ("近年来，某县把民生摆在突出位置，县委书记张明多次调研民生工程。\n"
            "饮水工程让山民喝上干净水\n"
            "该县投资三千万元实施农村饮水安全工程，惠及五万群众。\n")
    [art] = _articles(head + body)
    assert "饮水工程让山民喝上干净水" in art.text and art.headline == "某县多措并举改善民生"
    # a second dateline makes the page a page of reports: its report stays apart
    second = "另一则消息\n本报讯 3月7日，县长李华主持召开县政府常务会议。\n"
    last = _articles(head + body + second)[-1]
    assert last.headline == "另一则消息" and "张明" not in last.text


def test_a_newspaper_page_without_web_lines_keeps_its_headlines():
    page = ("县委召开常委会议\n3月7日，县委书记张明主持召开县委常委会议。\n"
            "县政府召开常务会议\n3月8日，县长李华主持召开县政府常务会议。\n")
    assert len(_articles(page)) == 2


def test_an_outlets_dated_dispatch_opens_the_article_and_names_its_reporters():
    """batch05 c3_030: 清华新闻网6月12日电（通讯员 徐中海 刘宇保） — any outlet's
    dated dispatch is a dateline, and the bracket after it gives the reporters."""
    [art] = _articles(REAL.parent.parent / "batch05" / "pages" / "c3_030.txt")
    assert art.reporters[0] == "徐中海" and "泌尿系结石论坛" in art.headline
    [art] = _articles("某县融媒体中心3月5日电（记者 王小明）3月4日，县长李华主持召开县政府常务会议。\n")
    assert art.reporters == ("王小明",)


B08 = Path(__file__).resolve().parent / "data" / "real" / "batch08" / "pages"


def test_a_line_of_the_pages_fields_never_joins_the_text():
    """batch08 h1_008: 发布时间：… 来源：某委员会 on a line of its own is the page's, not the
    first sentence's: the body named there is no body of the post after it."""
    [art] = _articles(B08 / "h1_008.txt")
    assert art.headline == "李奕主任出席京港大学联盟2023年理事会暨主题论坛"
    assert not art.text.startswith("发布时间")
    posts = {(r.subject.label, r.object.label) for r in art.relations if r.prop == "holdsPosition"}
    assert ("习近平", "中共中央总书记") in posts
    # invented: the same layout, a county's site
    page = ("县长主持召开防汛会议\n首页 > 政务动态 > 本县要闻\n县长主持召开防汛会议\n"
            "发布时间：2024-05-06    来源：某县应急管理局\n"
            "5月6日，县长温若琳主持召开全县防汛工作会议。\n")
    [art] = _articles(page)
    assert art.headline == "县长主持召开防汛会议"
    assert art.text.startswith("5月6日")


def test_a_reporters_credit_that_opens_the_text_is_the_byline():
    """batch08 h1_010 (记者某某报道 6月10日，…) and h2_003 (撰稿人：某某 in the fields line)."""
    [art] = _articles(B08 / "h1_010.txt")
    assert art.reporters == ("梁爽",)
    assert art.text.startswith("6月10日")
    assert not any(r.subject.label == "梁爽" for r in art.relations)
    [art] = _articles(B08 / "h2_003.txt")
    assert art.reporters == ("窦晓玲",)
    [art] = _articles("县召开防汛会议\n本报讯 记者温若琳报道：5月6日，县长乔南星主持召开全县防汛工作会议。\n")
    assert art.reporters == ("温若琳",)


def test_a_site_that_prints_its_title_twice_gives_one_headline():
    """batch08 h1_010: the title with the site's name, a breadcrumb, the title again."""
    [art] = _articles(B08 / "h1_010.txt")
    assert art.headline == "辽宁省第十四届运动会青少年组现代五项比赛在弓长岭区开幕"


def test_a_place_inside_a_name_never_places_the_pages_posts():
    """batch08 h1_001: a county site whose article names no county; the chairman's given
    name holds a county's name (孙某光 / 某光县), the site's header the real one."""
    [art] = _articles(B08 / "h1_001.txt")
    posts = {r.object.label for r in art.relations if r.prop == "holdsPosition"}
    assert "绥滨县人大常委会主任" in posts
    assert not any(p.startswith("东光") for p in posts)


def test_a_line_ending_in_a_conjunction_goes_on_in_the_next():
    """batch02 c3_037: a caption's column broken after 与 (…发展区与 / 区委、区政府签订了…)
    is no headline: the page stays one report, whose tour is read."""
    page = Path(__file__).resolve().parent / "data" / "real" / "batch02" / "pages" / "c3_037.txt"
    arts = _articles(page)
    assert len(arts) == 1
    assert ("斯福民", "苏州文化艺术中心") in {
        (r.subject.label, r.object.label) for r in arts[0].relations if r.prop == "inspected"}
    page_text = ("县长主持召开防汛会议\n5月6日，县长乔南星主持召开全县防汛工作会议。\n"
                 "各乡镇、县直有关单位与\n县政府签订了防汛责任书。\n")
    assert len(_articles(page_text)) == 1


#: the shape of a static-site dump of a university's news (batch09 i2_001, i2_002,
#: i2_009: greeedyboy/hugowebs, greeedyboy/mywebs), names invented
FRONT_MATTER = """# source: example/site-dump:post/abc.md

---
title: 某某大学->灵溪县党政代表团与某某大学校友会举行座谈会 | example.edu.cn
date: 2022-11-01 01:27:01.882137
urlname: abc
tags:
- 某某大学
---
座谈会现场

灵溪县副县长温若琳主持座谈会

**某某新闻网讯**(记者 柏远山 摄影报道)10月26日，灵溪县党政代表团与某某大学杭州校友会在杭州举行座谈会，灵溪县委书记乔南星，杭州
<!--more-->
校友会副会长卢思齐等出席本次会议。会议由我校挂职干部、灵溪县副县长温若琳主持。

乔南星简要介绍了灵溪县经济社会发展情况。
"""


def test_a_static_site_dump_gives_title_date_and_one_report(tmp_path):
    page = tmp_path / "dump.txt"
    page.write_text(FRONT_MATTER, encoding="utf-8")
    [doc] = read_documents(page)
    assert doc.title == "灵溪县党政代表团与某某大学校友会举行座谈会"
    assert doc.published == "2022-11-01"
    [art] = extract(doc, ExtractOptions())
    assert art.headline == doc.title  # not the photo captions above the text
    assert "---" not in art.text and "<!--" not in art.text and "**" not in art.text
    got = {(r.subject.label, r.prop, r.object.label) for r in art.relations}
    # the sentence the <!--more--> marker cut is read whole
    assert ("卢思齐", "attended", "座谈会") in got
    assert ("温若琳", "chaired", "座谈会") in got
    # a standing of his own (挂职干部) is no body of the post after it
    assert ("温若琳", "holdsPosition", "灵溪县副县长") in got
    assert ("乔南星", "spokeAt", "座谈会") in got  # 某某简要介绍了…
    assert ("卢思齐", "holdsPosition", "某某大学杭州校友会副会长") in got  # no 甲与乙 in the body
    assert art.reporters == ("柏远山",)


def test_a_school_sites_dump_names_the_school_a_visitor_came_to(tmp_path):
    """batch09 i2_001: 某大学->Title in the front matter names the site; 某某一行来校调研 visited
    that school, and the school's posts (校长, 党委副书记) are its own."""
    page = Path(__file__).resolve().parent / "data" / "real" / "batch09" / "pages" / "i2_001.txt"
    [art] = _articles(page)
    got = {(r.subject.label, r.prop, r.object.label) for r in art.relations}
    assert ("王永康", "inspected", "哈尔滨工程大学") in got
    assert ("姚郁", "holdsPosition", "哈尔滨工程大学校长") in got
    invented = FRONT_MATTER.replace("灵溪县党政代表团与某某大学校友会举行座谈会", "市长乔南星一行来校调研")
    invented += "\n5月6日，市长乔南星一行来校调研，校长卢思齐陪同。\n"
    (tmp_path / "dump.txt").write_text(invented, encoding="utf-8")
    arts = _articles(tmp_path / "dump.txt")
    assert ("乔南星", "inspected", "某某大学") in {
        (r.subject.label, r.prop, r.object.label) for a in arts for r in a.relations}


def test_a_markdown_heading_gives_its_title_without_the_marks():
    """batch07 g2_009: a page saved as Markdown (# 标题, **时间**：…) keeps its title
    as the headline, without the heading's marks."""
    [art] = _articles(REAL.parent.parent / "batch07" / "pages" / "g2_009.txt")
    assert art.headline == "湖北省政府参事室组团赴俄罗斯、瑞典考察"
    [art] = _articles("## 县委书记乔南星到白岭镇调研\n\n5月6日，县委书记乔南星到白岭镇调研乡村振兴工作。\n")
    assert art.headline == "县委书记乔南星到白岭镇调研"


def test_a_photo_credit_glued_to_the_text_is_no_person_and_no_subject():
    """batch01 c1_017: 新华社记者 刘某 摄 glued to the next sentence is no subject of
    its visit; batch10 j4_001: 新华社记者 张 铎摄 at a paragraph's end is no person."""
    [art] = _articles(REAL.parent.parent / "batch01" / "pages" / "c1_017.txt")
    visitors = {r.subject.label for r in art.relations if r.prop == "inspected"}
    assert visitors == {"丁薛祥"}
    [art] = _articles(REAL.parent.parent / "batch10" / "pages" / "j4_001.txt")
    assert not any("摄" in m.label for m in art.mentions if m.cls == "Person")
    [art] = _articles("5月6日，县长乔南星来到青山镇调研。本报记者 温若琳 摄县长乔南星随后来到白岭村。\n")
    assert {r.subject.label for r in art.relations if r.prop == "inspected"} == {"乔南星"}


def test_a_credit_of_two_photographers_mid_line_is_no_visitor():
    """batch13 n4_008: 新华社记者甲、乙摄 【headline】参观X时，… (a credit of two, glued
    between paragraphs); 向红军长征会师纪念碑 names no person 向红 with the title 军长."""
    [art] = _articles(REAL.parent.parent / "batch13" / "pages" / "n4_008.txt")
    visitors = {r.subject.label for r in art.relations if r.prop == "inspected"}
    assert visitors == {"习近平"}
    assert not any(m.label in ("鞠鹏", "向红") for m in art.mentions if m.cls == "Person")
    [art] = _articles("县长乔南星到白岭镇调研\n5月6日，县长乔南星来到白岭镇调研。本报记者温若琳、范小舟摄 "
                      "【县长在白岭】参观白岭村史馆时，乔南星说，要讲好村史。\n")
    assert {r.subject.label for r in art.relations if r.prop == "inspected"} == {"乔南星"}
    assert not any(m.label in ("温若琳", "范小舟") for m in art.mentions if m.cls == "Person")


def test_a_lone_date_line_under_the_title_makes_one_web_report():
    """batch11 k3_002: 时间：2017-10-09 alone under the title marks a web page; its
    section heads (在圆桌论坛环节中，…) and speakers' heads (赵亮：…) cut nothing."""
    arts = _articles(REAL.parent.parent / "batch11" / "pages" / "k3_002.txt")
    assert len(arts) == 1 and arts[0].headline.startswith("温度教育")
    arts = _articles("县里召开座谈会\n时间：2024-05-06\n5月6日，县里召开座谈会。县长乔南星出席。\n"
                     "座谈会上，代表们畅所欲言\n代表温若琳说，要把好事办好。\n")
    assert len(arts) == 1


def test_two_phrase_section_heads_of_a_report_without_datelines_cut_nothing():
    """batch11 k3_007: a summit's report whose section heads are two phrases
    (抢抓RCEP机遇，青岛深化经贸合作) is one report, and 启幕 convenes its summit."""
    arts = _articles(REAL.parent.parent / "batch11" / "pages" / "k3_007.txt")
    assert len(arts) == 1
    triples = {(r.subject.label, r.prop, r.object.label) for r in arts[0].relations}
    assert ("施志光", "spokeAt", "2022 RCEP国际产业合作峰会") in triples  # 施志光线上发表致辞
    # a page of briefs, each item its own report, stays cut (batch01 c1_047)
    assert len(_articles(REAL.parent.parent / "batch01" / "pages" / "c1_047.txt")) > 1


def test_a_markdown_image_is_no_text_and_a_chief_executive_is_a_post():
    """batch10 j4_007: an RTHK item in traditional characters saved as Markdown: the
    image and its caption are no text, 行政長官 is a post, the 會見 is read."""
    [art] = _articles(REAL.parent.parent / "batch10" / "pages" / "j4_007.txt")
    triples = {(r.subject.label, r.prop, r.object.label) for r in art.relations}
    assert ("李家超", "met", "王伟中") in triples
    assert ("李家超", "holdsPosition", "行政长官") in triples
    assert not any("wsrv" in r.evidence or "![" in r.evidence for r in art.relations)


def test_html_tags_left_in_a_dump_are_no_headlines():
    """batch11 k4_010: <figure> and </figure> lines left in a Markdown archive cut
    no article and head none."""
    arts = _articles(REAL.parent.parent / "batch11" / "pages" / "k4_010.txt")
    assert not any("<" in a.headline or ">" in a.headline for a in arts)
    [art] = _articles("县长乔南星到白岭镇调研\n<figure>\n<img src=\"a.jpg\"/>\n</figure>\n"
                      "5月6日，县长乔南星到白岭镇调研。<p>他来到白岭村。</p>\n")
    assert {r.object.label for r in art.relations if r.prop == "inspected"} == {"白岭镇", "白岭村"}


def test_a_dump_wrapped_at_a_fixed_width_reads_as_paragraphs():
    """batch13 n4_003: a SQL dump wrapped every 36 characters (前不久，中 / 央召开…):
    the meeting recalled as background (前不久，中央召开X) is no meeting reported."""
    [art] = _articles(REAL.parent.parent / "batch13" / "pages" / "n4_003.txt")
    events = {r.object.label for r in art.relations if r.prop in ("spokeAt", "attended")}
    assert events == {"扶贫开发与对口支援工作领导小组会议"}
    para = ("会议指出，县里要把乡村振兴作为头等大事来抓，统筹推进产业发展和人居环境整治。前不久，中央召开农村工作"
            "会议，对全年工作作出部署，要求各地抓好落实，确保粮食生产稳定，农民收入持续增长。县长乔南星要求，各乡镇"
            "要对照目标任务，逐项抓好落实，确保各项工作取得实效，为全年目标打下坚实基础，推动全县农业农村工作再上新"
            "台阶，切实做到守土有责、守土担责、守土尽责，努力交出一份满意的答卷。")
    wrapped = "\n".join(para[i:i + 36] for i in range(0, len(para), 36))
    text = "县里召开乡村振兴工作会议\n5月6日，县里召开乡村振兴工作会议。\n" + wrapped + "\n"
    [art] = _articles(text)
    said = {(r.subject.label, r.object.label) for r in art.relations if r.prop == "spokeAt"}
    assert said == {("乔南星", "乡村振兴工作会议")}


def test_a_kicker_and_a_subtitle_with_commas_are_lines_of_the_headline():
    """batch13 n1_001: 李某：坚定信心、毫不松懈，… / main title / 与某某分别检查…  某某参加,
    then 本报讯: one article under the whole head, not three."""
    arts = _articles(REAL.parent.parent / "batch13" / "pages" / "n1_001.txt")
    assert len(arts) == 1 and "扎实细致做好面上核酸筛查" in arts[0].headline
    assert ("李强", "静安区") in {(r.subject.label, r.object.label) for r in arts[0].relations}
    arts = _articles("乔南星：坚定信心、压实责任，确保防汛工作万无一失\n全力做好防汛备汛工作\n"
                     "与温若琳分别检查白岭、青石等镇防汛准备情况  范小舟参加\n"
                     "本报讯  县委书记乔南星昨天来到白岭镇，检查防汛物资储备情况。\n")
    assert len(arts) == 1 and arts[0].headline.startswith("乔南星：坚定信心")


def test_a_date_alone_under_the_dateline_is_the_reports_date_not_its_headline():
    """batch13 n2_002: title / 某某新闻中心讯 / 2022-06-20 / text: the title heads the report."""
    arts = _articles(REAL.parent.parent / "batch13" / "pages" / "n2_002.txt")
    assert len(arts) == 1 and arts[0].headline.startswith("青春献礼二十大")
    arts = _articles("青春向党，奋斗有我——某某学院举行五四表彰大会\n某某学院新闻中心讯\n2024-05-06\n"
                     "5月4日，学院举行五四表彰大会。学院党委书记乔南星出席并讲话。\n")
    assert len(arts) == 1 and arts[0].headline.startswith("青春向党")


def test_a_byline_of_writer_and_photographer_names_the_writer():
    """batch14 o4_001: （朱某/文  宁某/图）; batch13 n4_006: （记者朱某文/图）: the one who
    wrote the text is the reporter, the photographer is not (nor 文 glued to his name)."""
    [art] = _articles(REAL.parent.parent / "batch14" / "pages" / "o4_001.txt")
    assert art.reporters == ("朱玟雅",)
    [art] = _articles(REAL.parent.parent / "batch13" / "pages" / "n4_006.txt")
    assert art.reporters == ("朱浩源",)
    [art] = _articles("县长乔南星到白岭镇调研\n5月6日，县长乔南星到白岭镇调研。（温若琳/文  范小舟/图）\n")
    assert art.reporters == ("温若琳",)


def test_our_school_visited_is_the_one_the_headline_goes_to():
    """batch14 o4_001: 主席某某去合肥工业大学走访调研 / …率队来校走访: 来校 is that
    university, not 主席某某去合肥工业大学."""
    [art] = _articles(REAL.parent.parent / "batch14" / "pages" / "o4_001.txt")
    sites = {r.object.label for r in art.relations if r.prop == "inspected"}
    assert "合肥工业大学" in sites and not any("去" in s for s in sites)
    [art] = _articles("市政协主席乔南星去白岭职业技术学院走访调研\n5月6日上午，市政协主席乔南星率队来校走访调研。"
                      "校长温若琳陪同调研。\n")
    assert ("乔南星", "白岭职业技术学院") in {(r.subject.label, r.object.label)
                                       for r in art.relations if r.prop == "inspected"}


def test_numbered_section_heads_stay_inside_one_report():
    """batch14 o2_003: minutes with sections 二、…修订 / 三、…标志 / 四、今年的工作计划: one
    report, so the speakers of its last sections spoke at its meeting."""
    arts = _articles(REAL.parent.parent / "batch14" / "pages" / "o2_003.txt")
    assert len(arts) == 1
    spoke = {r.subject.label for r in arts[0].relations if r.prop == "spokeAt"}
    assert {"张岩", "霍勇", "方唯一"} <= spoke
    arts = _articles("某协会召开理事会议\n5月6日，某协会在市民中心召开理事会议。会长乔南星主持会议。\n"
                     "一、关于年度工作\n秘书长温若琳汇报了年度工作。\n二、关于会员发展\n副会长范小舟介绍了会员发展情况。\n")
    assert len(arts) == 1
    assert "范小舟" in {r.subject.label for r in arts[0].relations if r.prop == "spokeAt"}


def test_our_firm_visited_but_never_named_is_no_node():
    """batch15 p2_003, batch13 n3_003: 莅临我司考察 on a page that never names its own firm:
    no edge to a node 我司; nor is 我司 a school the headline names."""
    for page in (("batch15", "p2_003.txt"), ("batch13", "n3_003.txt")):
        arts = _articles(REAL.parent.parent / page[0] / "pages" / page[1])
        sites = {r.object.label for a in arts for r in a.relations if r.prop == "inspected"}
        assert not sites & {"我司", "我公司"}, sites
        assert "岭南职业技术学院" not in sites
    [art] = _articles("某某集团董事长乔南星一行莅临我司考察\n5月6日，某某集团董事长乔南星一行莅临我司考察指导。\n")
    assert not any(r.object.label == "我司" for r in art.relations)


def test_a_media_line_inside_a_report_cuts_nothing():
    """batch15 p3_008: 视频：5月6日某电视台《某新闻》报道 between two paragraphs is the
    page's furniture, not the headline of a second article."""
    arts = _articles(REAL.parent.parent / "batch15" / "pages" / "p3_008.txt")
    assert len(arts) == 1
    assert ("王文涛", "郑州东站") in {(r.subject.label, r.object.label) for r in arts[0].relations
                                  if r.prop == "inspected"}
    arts = _articles("县长乔南星到白岭镇调研\n5月6日，县长乔南星带领调研组抵达白岭镇。\n"
                     "视频：5月6日某某电视台《某某新闻》报道\n当天下午，调研组考察了白岭中学。\n")
    assert len(arts) == 1


def test_heads_naming_a_speaker_are_sections_of_the_report_and_give_his_speech():
    """batch16 q3_001: a Markdown report whose sections are headed ## 某某副司长指出,
    ## 某某院士认为 and whose source line is 来源丨…: one article, each head's person
    spoke at the meeting, and the list closed by 等多位代表…进行了分享 spoke too."""
    [art] = _articles(REAL.parent.parent / "batch16" / "pages" / "q3_001.txt")
    assert art.headline.endswith("2020年制造业数字仿真解决方案对接会”")
    spoke = {r.subject.label for r in art.relations if r.prop == "spokeAt"}
    assert {"王建伟", "黄子河", "顾瑾栩", "张平文", "苏航", "李京燕", "吴占宇"} <= spoke
    assert "卜继玲" in spoke  # 某某股份有限公司CAE首席专家卜继玲: letters inside the body
    assert "来源丨" not in art.text


def test_an_invented_report_with_speaker_heads_stays_one_article():
    page = ("某县召开乡村振兴推进会\n"
            "5月8日，某县召开乡村振兴推进会。县委书记柯望川、县长苗新禾出席会议。\n"
            "## 柯望川书记强调\n"
            "要把产业振兴摆在突出位置，因地制宜发展特色种植。\n"
            "## 苗新禾县长谈到\n"
            "全县已建成高标准农田二十万亩，下一步将加大投入。\n")
    [art] = _articles(page)
    spoke = {r.subject.label for r in art.relations if r.prop == "spokeAt"}
    assert spoke == {"柯望川", "苗新禾"}


def test_a_credit_of_roles_before_names_gives_the_writer():
    """batch17 r2_001, r2_002: （文、编/某某 图/某某 某某 审/某某）, （图文/某某 编/某某 审/某某）:
    the writer (文, 图文) is the reporter, not the editor, the reviewer or a role word."""
    pages = REAL.parent.parent / "batch17" / "pages"
    assert _articles(pages / "r2_001.txt")[0].reporters == ("周圆",)
    assert _articles(pages / "r2_002.txt")[0].reporters == ("卫杰",)
    [art] = _articles("某县召开会议\n5月8日，某县召开防汛工作会议，部署防汛工作。（文/柯望川编/苗新禾审/罗青山）\n")
    assert art.reporters == ("柯望川",)
