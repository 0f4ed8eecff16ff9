"""Meetings on real pages: who chaired, attended and spoke, and at which event.

Each construction is checked twice: on an invented sentence (names made up)
and on the sentence of a real page that showed it, copied verbatim from
``tests/data/real`` (the file is named in the case's id). The whole extractor
runs, so a case fails whether the names, the event or the link between them
is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from newskg.extractors import ExtractOptions, extract
from newskg.records import Document


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    must: frozenset[str]
    must_not: frozenset[str] = field(default_factory=frozenset)
    published: str | None = None


def case(id: str, text: str, must: list[str], must_not: list[str] | None = None,
         published: str | None = "2024-05-07") -> Case:
    return Case(id, text, frozenset(must), frozenset(must_not or []), published)


CASES = [
    # -- attendee lists mixing names with unnamed groups and head-counts --
    case("groups-invented",
         "9月1日，全县经济运行调度会召开。县领导何运平、曹和家等，市直机关单位主要负责人，"
         "某集团董事长魏华山等客商代表参加本次活动。",
         ["何运平 attended 全县经济运行调度会", "曹和家 attended 全县经济运行调度会",
          "魏华山 attended 全县经济运行调度会"]),
    case("groups-real-b02-c1_039",
         "6月6日，2021湖北武黄同城暨黄石（光谷）产业投资推介会在武汉举行，吸引了来自省内外的近两百名"
         "客商代表参加。武汉市委常委、政法委书记曹裕江，黄石市委副书记、市长吴锦出席会议并讲话。"
         "黄石市县领导何运平、曹和家、张焕明、胡敏、王建华、明进华、万鼎等，市直机关、县直机关单位"
         "主要负责人，娲石集团董事长魏华山等客商代表参加本次活动，共同见证项目签约。",
         ["何运平 attended 湖北武黄同城暨黄石（光谷）产业投资推介会",
          "万鼎 attended 湖北武黄同城暨黄石（光谷）产业投资推介会",
          "魏华山 attended 湖北武黄同城暨黄石（光谷）产业投资推介会",
          "吴锦 attended 湖北武黄同城暨黄石（光谷）产业投资推介会"],
         published="2021-06-09"),
    case("groups-last-invented",
         "3月2日，全市招商推介会在县城举行，市县领导纪宏亮、温若琳等，签约企业项目负责人，"
         "县直相关单位主要负责人参加本次活动。",
         ["纪宏亮 attended 全市招商推介会", "温若琳 attended 全市招商推介会"]),
    case("groups-stop-at-other-verb-invented",
         "3月2日，全市招商推介会在县城举行。县委书记纪宏亮主持会议，县长温若琳、副县长司马启航，"
         "各乡镇负责人参加会议。",
         ["温若琳 attended 全市招商推介会", "司马启航 attended 全市招商推介会",
          "纪宏亮 chaired 全市招商推介会"],
         ["纪宏亮 attended 全市招商推介会"]),
    case("attendees-after-real-b01-c3_054",
         "“华商之源古都城，通达商丘新五运。”11月15日下午，商丘市第五届运动会暨全民健身大会在商丘职业"
         "技术学院体育场盛大开幕。出席开幕式的领导有：河南省体育局局长李俊峰，市委书记王战营，市委副"
         "书记、市五运会组委会主任、市长张建慧，市五运会组委会执行主任、副市长岳爱云等。",
         ["李俊峰 attended 商丘市第五届运动会暨全民健身大会开幕式",
          "张建慧 attended 商丘市第五届运动会暨全民健身大会开幕式",
          "岳爱云 attended 商丘市第五届运动会暨全民健身大会开幕式"],
         published="2017-11-15"),
    case("attendees-after-invented",
         "9月18日，第三届某某农业博览会在县城举行。出席开幕式的领导有：市长纪宏亮，副市长温若琳等。",
         ["纪宏亮 attended 第三届某某农业博览会开幕式", "温若琳 attended 第三届某某农业博览会开幕式"],
         ["纪宏亮 attended 开幕式"]),
    # -- 根据…的要求，: a noun, not a speech that would hide the meeting held --
    case("requirement-not-speech-real-b04-c3_042",
         "根据省委督导组的要求，为充分发挥党员领导干部在教育实践活动中的带头示范作用，4月23日下午，"
         "我校在主楼304报告厅召开了校级党员领导干部学习汇报会。党委书记王洪瑞主持会议。",
         ["王洪瑞 chaired 校级党员领导干部学习汇报会"]),
    case("requirement-not-speech-invented",
         "按照县委的要求，5月6日，县林业局召开了森林防火工作推进会。局长司马启航主持会议。",
         ["司马启航 chaired 森林防火工作推进会"]),
    # -- X宣布Y开幕: the announcer is no part of the event's name --
    case("announcer-invented",
         "9月18日，县长纪宏亮宣布第三届某某农业博览会开幕。副县长温若琳主持开幕式。",
         ["温若琳 chaired 第三届某某农业博览会开幕式"],
         ["温若琳 chaired 县长纪宏亮宣布第三届某某农业博览会开幕式"]),
    case("announcer-real-b03-c3_053",
         "11月15日，商丘市第五届运动会暨全民健身大会在商丘市职业技术学院隆重开幕。河南省体育局局长"
         "李俊峰致辞。市委书记王战营宣布商丘市第五届运动会暨全民健身大会开幕。市委副书记、市五运会"
         "组委会主任、市长张建慧致开幕词。市五运会组委会执行主任、副市长岳爱云主持开幕式。",
         ["岳爱云 chaired 商丘市第五届运动会暨全民健身大会开幕式",
          "张建慧 spokeAt 商丘市第五届运动会暨全民健身大会"],
         ["岳爱云 chaired 市委书记王战营宣布商丘市第五届运动会暨全民健身大会开幕式"],
         published="2017-11-15"),
]


def _triples(c: Case) -> set[str]:
    arts = extract(Document("case.txt", c.text, published=c.published), ExtractOptions())
    return {f"{r.subject.label} {r.prop} {r.object.label}" for a in arts for r in a.relations}


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_meeting_case(c: Case) -> None:
    got = _triples(c)
    assert c.must <= got, f"missing {sorted(c.must - got)}; read {sorted(got)}"
    assert not c.must_not & got, f"wrongly read {sorted(c.must_not & got)}"
