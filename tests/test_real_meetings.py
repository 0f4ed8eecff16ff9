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
from reading import pairs

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
    # -- 出席X的 + noun: who the guest is, not an attendance here --
    case("guest-clause-invented",
         "5日，市长纪宏亮在市政府会见来我市出席第三届某某农业博览会的某国驻华大使卡雷姆。"
         "纪宏亮表示，欢迎大使来访。",
         [], ["纪宏亮 attended 第三届某某农业博览会", "纪宏亮 spokeAt 第三届某某农业博览会"]),
    case("guest-clause-real-b02-c1_021",
         "4日，国务院总理李强在上海会见来华出席第八届中国国际进口博览会的尼日利亚众议长塔杰丁。"
         "李强表示，去年9月，习近平主席同提努布总统在北京举行会晤，推动两国关系迈上全面战略伙伴关系的新台阶。",
         [], ["李强 attended 第八届中国国际进口博览会", "李强 spokeAt 第八届中国国际进口博览会"],
         published="2025-11-05"),
    # -- X由A主持: the event named before 由; 在主席台就座: attended --
    case("chaired-by-invented",
         "6月6日，全县招商推介会在县城举行。会前，县长吴思远会见了客商代表。推介会由副县长何运清主持，"
         "副县长温若琳、司马启航在主席台就座。",
         ["何运清 chaired 全县招商推介会", "温若琳 attended 全县招商推介会",
          "司马启航 attended 全县招商推介会"]),
    case("chaired-by-real-b02-c3_037",
         "29日下午，区处级党政负责干部学研班在苏州结业，结业式由区委书记斯福民主持，区委副书记、区长汪泓、"
         "区人大常委会主任张静、区政协主席丁大恒、区委副书记袁鹰在主席台上就座，结业式上，各镇、街道、"
         "宝山城市工业园区、宝山工业园区、宝山航运经济发展区与区委、区政府签订了《2012年目标责任书》。",
         ["斯福民 chaired 结业式", "汪泓 attended 结业式", "袁鹰 attended 结业式"],
         published="2012-03-01"),
    case("rostrum-real-b03-c3_039",
         "1月5日上午，莆田市第六届人民代表大会第一次会议在三正半山温泉酒店隆重开幕。"
         "市领导杨鹏飞、林庆生等和主席团其他成员在主席台就座。",
         ["杨鹏飞 attended 莆田市第六届人民代表大会第一次会议",
          "林庆生 attended 莆田市第六届人民代表大会第一次会议"], published="2012-01-06"),
    # -- 作…推介: a presentation made to the meeting --
    case("presentation-real-b02-c1_039",
         "6月6日，2021湖北武黄同城暨黄石（光谷）产业投资推介会在武汉举行，吸引了来自省内外的近两百名客商代表参加。"
         "推介会由副市长何运平主持，阳新县委书记王建华、大冶市市长万鼎作招商项目及临空经济区推介。",
         ["何运平 chaired 湖北武黄同城暨黄石（光谷）产业投资推介会",
          "王建华 spokeAt 湖北武黄同城暨黄石（光谷）产业投资推介会",
          "万鼎 spokeAt 湖北武黄同城暨黄石（光谷）产业投资推介会"], published="2021-06-09"),
    case("presentation-invented",
         "3月2日，全市文旅招商推介会在县城举行。副县长温若琳作文旅项目推介。",
         ["温若琳 spokeAt 全市文旅招商推介会"]),
    # -- 这个晚宴, 此次盛会: the event under way named again, no new event --
    case("demonstrative-real-b01-c1_056",
         "央广网北京11月11日消息 据中国之声《新闻和报纸摘要》报道，国家主席习近平和夫人彭丽媛昨晚在北京国家"
         "游泳中心（水立方）举行宴会，欢迎出席亚太经合组织第二十二次领导人非正式会议的各成员经济体领导人、代表及配偶。"
         "宴会开始前，习近平发表致辞。我们之所以选择水立方来举行这个晚宴，是因为水在中国文化中具有重要象征意义。"
         "习近平强调，这是一个富有意义的夜晚。",
         ["习近平 spokeAt 宴会"], ["习近平 spokeAt 这个晚宴"], published="2014-11-11"),
    case("demonstrative-invented",
         "5月6日，全县乡村振兴推进会召开。县长严海峰参加了此次盛会并讲话。",
         ["严海峰 attended 全县乡村振兴推进会"], ["严海峰 attended 此次盛会"]),
    # -- a list whose last names the name reader missed: the names it read attend --
    case("unread-names-real-b03-c1_033",
         "新华社北京3月11日电  十四届全国人大四次会议主席团常务主席第二次会议11日下午在北京人民大会堂举行。"
         "大会主席团常务主席、全国人大常委会副委员长李鸿忠、王东明、肖捷、郑建邦、丁仲礼、蔡达峰、何维、武维华、"
         "铁凝、彭清华、张庆伟、洛桑江村、雪克来提·扎克尔出席会议。",
         ["李鸿忠 attended 十四届全国人大四次会议主席团常务主席第二次会议",
          "张庆伟 attended 十四届全国人大四次会议主席团常务主席第二次会议"], published="2026-03-12"),
    case("unread-names-invented",
         "9月1日，全县经济运行调度会召开。副县长温若琳、司马启航、欧阳娜仁其其格出席会议。",
         ["温若琳 attended 全县经济运行调度会", "司马启航 attended 全县经济运行调度会"]),
    # -- body + time + place + 举行第N次会议: the body names the meeting --
    case("body-meeting-real-b03-c1_033",
         "本报北京3月11日电  （记者李龙伊）十四届全国人大四次会议主席团11日下午在北京人民大会堂举行第三次会议。"
         "主席团常务主席赵乐际主持会议。",
         ["赵乐际 chaired 十四届全国人大四次会议主席团第三次会议"], ["赵乐际 chaired 第三次会议"],
         published="2026-03-12"),
    case("body-meeting-invented",
         "县人大常委会5日上午在县行政中心举行第十二次会议。县人大常委会主任纪宏亮主持会议。",
         ["纪宏亮 chaired 县人大常委会第十二次会议"], ["纪宏亮 chaired 第十二次会议"]),
    # -- 听取了A作的…报告: who made the report heard spoke --
    case("report-made-by-real-b03-c1_033",
         "新华社北京3月11日电  十四届全国人大四次会议主席团常务主席第二次会议11日下午在北京人民大会堂举行。"
         "会议听取并审议了大会副秘书长、全国人大常委会副秘书长刘俊臣作的大会秘书处关于代表提出议案处理意见的报告。",
         ["刘俊臣 spokeAt 十四届全国人大四次会议主席团常务主席第二次会议"], published="2026-03-12"),
    case("report-made-by-invented",
         "县人大常委会5日上午在县行政中心举行第十二次会议。会议听取了副县长温若琳作的关于全县财政预算执行情况的报告，"
         "关于县人民法院工作情况的汇报。",
         ["温若琳 spokeAt 县人大常委会第十二次会议"],
         ["关于县人民法院 spokeAt 县人大常委会第十二次会议"]),
    # -- the meeting named only in the headline: the body's 会议, 会上 is it --
    case("headline-event-real-b03-c3_041",
         "市委市政府召开全市教育工作会议\n"
         "    市委书记、市人大常委会主任杨省世，市长项雪龙在会上分别讲话。副市长董春科主持会议。",
         ["董春科 chaired 全市教育工作会议", "杨省世 spokeAt 全市教育工作会议",
          "项雪龙 spokeAt 全市教育工作会议"], published=None),
    case("headline-event-invented",
         "县林业局召开森林防火工作推进会\n5月6日，局长司马启航主持会议并讲话。",
         ["司马启航 chaired 森林防火工作推进会", "司马启航 spokeAt 森林防火工作推进会"]),
    case("headline-no-event-invented",
         "县长司马启航到林场调研\n5月6日，县长司马启航来到东山林场调研。他在座谈时指出，要抓好防火。",
         [], ["司马启航 spokeAt 林场调研"]),
    # -- a list of speakers closed by 分别/先后 + a verb of speech --
    case("speaker-list-real-b04-c3_042",
         "4月23日下午，我校在主楼304报告厅召开了校级党员领导干部学习汇报会。"
         "党委副书记王余丁，党委常委、副校长王凤鸣，党委常委、副校长康书生，党委常委王培光，党委常委杨立海，"
         "党委常、纪委书记张彦勤，副校长杨学新，副校长申世刚，副校长任德亮等党员校领导分别以"
         "《学习习近平总书记关于党的作风建设的体会》，《以焦裕禄精神为标，真抓实干助推学校实力提升——党的群众路线"
         "教育实践活动学习体会》，《坚持科学发展观,正确处理研究生教育若干关系——学习习近平同志关于科学发展重要论述"
         "体会》，《关于加强教师队伍建设重要性的几点认识》，《学习焦裕禄精神，做人民群众的好干部》，《人格如金，德行为本"
         "——弘扬焦裕禄精神，践行“三严三实”要求》，《调整思路，抢抓机遇，全面提高教育教学质量》，《科学发展引领河北"
         "大学学科建设——学习习近平同志关于推动科学发展的重要论述体会》，《全心全意为师生服务》等为题，先后汇报了个人在"
         "群众路线教育实践活动中的学习教育情况和学习体会。",
         ["王余丁 spokeAt 校级党员领导干部学习汇报会", "张彦勤 spokeAt 校级党员领导干部学习汇报会",
          "任德亮 spokeAt 校级党员领导干部学习汇报会"],
         ["习近平 spokeAt 校级党员领导干部学习汇报会"]),
    case("speaker-list-invented",
         "3月2日，全县民营企业座谈会召开。某公司董事长钱立新、某集团总经理孙慕白、某合作社理事长周望舒等3位企业代表，"
         "分别作为民营企业代表在会上作了交流发言。",
         ["钱立新 spokeAt 全县民营企业座谈会", "孙慕白 spokeAt 全县民营企业座谈会",
          "周望舒 spokeAt 全县民营企业座谈会"]),
    case("speaker-list-other-subject-invented",
         "3月2日，全县民营企业座谈会召开。县长钱立新、副县长孙慕白分别到会，县委书记周望舒作了讲话。",
         ["周望舒 spokeAt 全县民营企业座谈会"], ["钱立新 spokeAt 全县民营企业座谈会"]),
    # -- 他说要以…: what he said, where a visit verb starts no tour --
    case("said-no-tour-real-b04-c3_042",
         "4月23日下午，我校在主楼304报告厅召开了校级党员领导干部学习汇报会。"
         "为了把河北大学办成人民满意大学，他说要以习近平总书记系列重要讲话指导办学实践，从优化国家高等教育布局、"
         "引领地方高等教育和促进区域经济发展的宏大视野谋划发展，坚守办学传统，凝练品牌特色，重塑大学精神。"
         "省委第十六督导组组长李益民做了点评讲话。",
         ["李益民 spokeAt 校级党员领导干部学习汇报会"]),
    case("said-no-tour-invented",
         "5月6日，县林业局召开森林防火工作推进会。局长司马启航说要深入林区开展巡查。副局长温若琳做了总结讲话。",
         ["温若琳 spokeAt 森林防火工作推进会"], ["司马启航 inspected 林区"]),
    # -- 由…主办的X举行: the name after 的; 观看演出 attends the show --
    case("show-real-b02-c2_010",
         "9月23日，由市委组织部、市委非公和社会组织工委、市市场监管局、市民政局联合主办的铜川市非公企业和社会组织"
         "庆祝新中国成立70周年文艺汇演在市图书馆报告大厅举行。市委书记杨长亚，省委组织部部务会成员、省委非公和社会"
         "组织工委书记赵亚莉，省委“不忘初心、牢记使命”主题教育第二巡回指导组副组长侯艳丽，省市场监督管理局二级巡视员"
         "陈永亮，市委常委崔歆、刘丽、黄勇，市人大常委会副主任刘厚安，市政协副主席路一民等与广大党员干部职工一同观看演出。",
         ["杨长亚 attended 铜川市非公企业和社会组织庆祝新中国成立70周年文艺汇演",
          "侯艳丽 attended 铜川市非公企业和社会组织庆祝新中国成立70周年文艺汇演",
          "路一民 attended 铜川市非公企业和社会组织庆祝新中国成立70周年文艺汇演"], published=None),
    case("show-invented",
         "5月6日，由县文旅局主办的全县庆祝建党节文艺汇演在县剧院举行。县委书记纪宏亮、县长温若琳等与广大干部群众"
         "一同观看演出。",
         ["纪宏亮 attended 全县庆祝建党节文艺汇演", "温若琳 attended 全县庆祝建党节文艺汇演"]),
    # -- 主持仪式，欢迎X访华; 两国总理共同出席了…的签字仪式 (the host and guest of the talks) --
    case("welcome-real-b02-c1_045",
         "国务院总理温家宝今天在人民大会堂北大厅主持仪式，欢迎新西兰总理约翰·基访华。"
         "国务院总理温家宝今天在人民大会堂同新西兰总理约翰·基举行会谈。"
         "会谈后，两国总理共同出席了信息、旅游等领域双边合作文件的签字仪式。",
         ["温家宝 chaired 欢迎仪式", "温家宝 met 约翰·基", "温家宝 attended 签字仪式",
          "约翰·基 attended 签字仪式"], published="2009-04-15"),
    case("welcome-invented",
         "省长纪宏亮今天在省政府主持仪式，欢迎某国总理卡雷姆来访。省长纪宏亮今天在省政府同某国总理卡雷姆"
         "举行会谈。会谈后，双方共同出席了经贸、人文等领域合作文件的签字仪式。",
         ["纪宏亮 chaired 欢迎仪式", "纪宏亮 attended 签字仪式", "卡雷姆 attended 签字仪式"]),
    # -- A在某厅为C举行欢迎仪式: hosts and guests attended --
    case("hosted-real-b02-c1_049",
         "新华社北京1月5日电  （记者冯歆然、曹嘉玥）1月5日下午，国家主席习近平在北京人民大会堂同来华进行国事访问的"
         "韩国总统李在明举行会谈。会谈前，习近平和夫人彭丽媛在人民大会堂北大厅为李在明和夫人金惠景举行欢迎仪式。",
         ["习近平 attended 欢迎仪式", "李在明 attended 欢迎仪式"], published="2026-01-06"),
    case("hosted-invented",
         "5月6日晚，省长纪宏亮在省政府礼堂为某国总理卡雷姆举行欢迎宴会。",
         ["纪宏亮 attended 欢迎宴会", "卡雷姆 attended 欢迎宴会"]),
    case("all-events-invented",
         "5月6日，省长纪宏亮在省政府会见某国总理卡雷姆。当晚，纪宏亮为卡雷姆举行欢迎宴会。"
         "副省长温若琳参加上述活动。",
         ["温若琳 attended 欢迎宴会"]),
    # -- 邀请了A公司、B医院等6家民营企业参加: each body invited attended --
    case("invited-real-b01-c1_015",
         "为深入贯彻落实习近平总书记在民营企业座谈会上的重要讲话精神，加强政企间沟通交流，进一步了解民营企业发展现状，帮助解决发展过程中遇到的难点、堵点问题，11月27日上午，辽宁省发展改革委举办以银发经济为主题的民营企业面对面座谈会，会议由辽宁省发展改革委党组成员、副主任韩冰主持。"
         "会议邀请了沈阳盛情康养产业有限公司、辽宁舜脑智能科技有限公司、乐宸养老服务（辽宁）有限公司、辽宁亲和源投资"
         "有限公司、桓仁江南水镇旅居养生养老服务有限公司、辽阳弓长岭康济医院等6家民营企业参加。",
         ["沈阳盛情康养产业有限公司 attended 民营企业面对面座谈会",
          "辽阳弓长岭康济医院 attended 民营企业面对面座谈会"], published="2025-11-28"),
    case("invited-invented",
         "5月6日，全县民营企业座谈会召开。会议邀请了青屿食品有限公司、柏宁机械有限公司等2家企业参加。",
         ["青屿食品有限公司 attended 全县民营企业座谈会", "柏宁机械有限公司 attended 全县民营企业座谈会"]),
    case("invited-common-noun-invented",
         "5月6日，全县民营企业座谈会召开。会议邀请了青屿食品有限公司和部分企业家参加。",
         [], ["青屿食品有限公司 attended 全县民营企业座谈会"]),
    # -- …以及人力资源部A部长参加: the names read before an item the name reader missed --
    case("unread-last-real-b01-c3_023",
         "省质检院林森书记主持召开座谈交流会，就机构改革、内部管理、深化合作等工作进行座谈交流。"
         "院领导何汉翔、黄晓华、许钢、汪龙余、院党委委员朱双四、方明、丁媛丽以及人力资源部郑国强部长参加了座谈交流会。",
         ["何汉翔 attended 座谈交流会", "丁媛丽 attended 座谈交流会"]),
    # -- 主持会议并作工作布置: the chair laid out the work, a speech --
    case("chair-deploys-real-b01-c1_052",
         "本报北京1月5日电  （记者赵兵）全国宣传部长会议5日在京召开。"
         "中共中央政治局委员、中宣部部长李书磊主持会议并作工作布置，强调要深入学习实践习近平文化思想，深化党的创新理论"
         "学习研究和宣传阐释，加快推进主流媒体系统性变革，提高做好思想政治工作的能力和水平，繁荣互联网条件下新大众文艺，"
         "以标志性改革举措推进文化遗产系统性保护，大力推进全民阅读和书香社会建设，统筹推进城乡精神文明建设，积极构建"
         "中国哲学社会科学自主知识体系，全面增强国际传播效能，推动文化建设数智化赋能和信息化转型，以高度的责任感使命感"
         "把各项任务落到实处。",
         ["李书磊 chaired 全国宣传部长会议", "李书磊 spokeAt 全国宣传部长会议"], published="2026-01-06"),
    case("chair-deploys-invented",
         "5月6日，全县安全生产工作会议召开。县长温若琳主持会议并部署下半年工作。",
         ["温若琳 chaired 全县安全生产工作会议", "温若琳 spokeAt 全县安全生产工作会议"]),
    # -- 在奠基仪式上: the event named before, by its full name --
    case("at-short-name-real-b04-c2_052",
         "1月24日上午9点，黔江国际山水名城奠基仪式在新城举行。"
         "黔江区委书记杨宏伟宣布黔江国际山水名城开工，区委副书记、区长吴忠致辞。"
         "吴忠在奠基仪式上致辞说，黔江国际山水名城的开工奠基，是新城建设历程中的一件大事，也是今年区委、区政府决定开展的“中心城市建设突破年”活动开篇之作。",
         ["吴忠 spokeAt 黔江国际山水名城奠基仪式"], ["吴忠 spokeAt 奠基仪式"], published="2014-08-15"),
    case("at-short-name-invented",
         "5月6日，青屿县乡村振兴产业园开工仪式在园区举行。县长温若琳在开工仪式上说，要抓好项目建设。",
         ["温若琳 spokeAt 青屿县乡村振兴产业园开工仪式"], ["温若琳 spokeAt 开工仪式"]),
    # -- a long list with its groups cut by semicolons, bodies among them --
    case("semicolons-real-b01-c3_006",
         "2021年7月18日，湖北理工学院武汉校友会第三届理事会成立大会暨校友联谊大会在汉隆重召开，"
         "在全体参会人员共唱《中华人民共和国国歌》中拉开帷幕。"
         "湖北理工学院原校长、原省人大副主任罗辉，现任校党委书记陈继平、校长李社教、副校长尹念东，学校二级学院领导；黄石市政府驻汉办领导；武汉黄石商会领导；湖北理工学院校友总会、武汉校友会、全国部分省市校友会，以及兄弟院校湖北校友会的代表等200余人参加了此次会议。",
         ["罗辉 attended 湖北理工学院武汉校友会第三届理事会成立大会暨校友联谊大会",
          "尹念东 attended 湖北理工学院武汉校友会第三届理事会成立大会暨校友联谊大会"], published="2021-07-20"),
    case("semicolons-invented",
         "5月6日，全县乡村振兴推进会召开。县长温若琳，副县长司马启航，各乡镇主要负责人；县农业农村局、县财政局、"
         "县林业局；县直有关单位负责同志等100余人参加会议。",
         ["温若琳 attended 全县乡村振兴推进会", "司马启航 attended 全县乡村振兴推进会"]),
    case("semicolons-stop-invented",
         "5月6日，全县乡村振兴推进会召开。县委书记纪宏亮主持会议；县长温若琳、副县长司马启航参加会议。",
         ["温若琳 attended 全县乡村振兴推进会"], ["纪宏亮 attended 全县乡村振兴推进会"]),
    # -- a subtitle naming the event (——…仪式活动); the body's 本次活动 is it --
    case("subtitle-event-real-b03-c3_047",
         "不忘初心跟党走\n感恩母亲，让青春更美绽放\n——开封十四中2017年十四岁集体生日暨离队入团仪式活动\n"
         "学校: 开封第十四中学\n|\n日期: 2017年09月29日 09:22\n"
         "5月14日上午开封市第十四中学在校多功能教室隆重举行了校团委精心策划组织的“不忘初心跟党走，感恩母亲，让青春更美绽放?2018届十四岁集体生日暨离队入团仪式活动”。"
         "校长吕中伟、书记杜强、德育副校长李瑞全、教学副校长杨凯、办公室主任周贵勤，政教处主任万建平，八年级主任向虹"
         "出席本次活动。",
         ["吕中伟 attended 开封十四中2017年十四岁集体生日暨离队入团仪式活动",
          "向虹 attended 开封十四中2017年十四岁集体生日暨离队入团仪式活动"], published="2017-09-29"),
    case("subtitle-event-invented",
         "青春献礼\n——青屿中学2024年成人礼仪式活动\n5月6日上午，青屿中学举行了主题活动。校长纪宏亮、"
         "副校长温若琳出席本次活动。",
         ["纪宏亮 attended 青屿中学2024年成人礼仪式活动"]),
    # -- an event name with 、 in it; 见证签约: witnessing the signing attends it --
    case("comma-name-real-b02-c2_027",
         "自治区党委书记、人大常委会主任胡春华，国电集团党组书记、副总经理乔保平，自治区党委常委、自治区副主席"
         "潘逸阳，自治区副主席赵双连出席重点项目开工奠基仪式。"
         "23日上午，胡春华一行参加了鄂尔多斯市、锡林郭勒盟、兴安盟合作共建工业园区签约仪式。",
         ["胡春华 attended 鄂尔多斯市、锡林郭勒盟、兴安盟合作共建工业园区签约仪式"], published="2011-04-25"),
    case("comma-name-invented",
         "23日上午，自治区党委书记纪宏亮一行参加了青屿市、柏宁盟、安澜盟合作共建工业园区签约仪式。",
         ["纪宏亮 attended 青屿市、柏宁盟、安澜盟合作共建工业园区签约仪式"]),
    case("witness-real-b04-c3_011",
         "省农业发展银行副行长谭永青，省水利厅副厅长廉世界，市委常委、副市长张迎龙出席签约仪式。"
         "县委副书记曾超群主持签约仪式。县领导李洪波、常利民、杜宏亮见证签约。",
         ["李洪波 attended 签约仪式", "杜宏亮 attended 签约仪式"], published="2011-04-14"),
    case("witness-invented",
         "5月6日，青屿县招商项目签约仪式在县城举行。副县长温若琳、孙慕白见证签约。",
         ["温若琳 attended 青屿县招商项目签约仪式", "孙慕白 attended 青屿县招商项目签约仪式"]),
    case("leaders-all-invented",
         "5月6日，全县经济运行调度会召开。副县长温若琳、孙慕白等县领导人均出席了会议。",
         ["温若琳 attended 全县经济运行调度会", "孙慕白 attended 全县经济运行调度会"]),
    # -- 发表了…感言; 传达了…: speeches at the meeting --
    case("remarks-real-b01-c3_006",
         "2021年7月18日，湖北理工学院武汉校友会第三届理事会成立大会暨校友联谊大会在汉隆重召开，"
         "在全体参会人员共唱《中华人民共和国国歌》中拉开帷幕。"
         "老校长罗辉发表了激情澎湃的感言，并赋诗抒发对母校和武汉校友会、广大校友的美好祝愿。",
         ["罗辉 spokeAt 湖北理工学院武汉校友会第三届理事会成立大会暨校友联谊大会"], published="2021-07-20"),
    case("relayed-real-b01-c3_055",
         "11月28日下午，商丘市外国语实验小学组织全体教职工在五楼多功能厅召开学习贯彻宣传党的十九大精神动员大会。"
         "首先，党支部书记、校长戴坤祥传达了《中共商丘市教育体育局党组学习宣传贯彻党的十九大精神工作方案》和《中共商丘市教育体育局党组关于十九大精神进校园的通知》，强调要充分认识党的十九大胜利召开的意义，把学习宣传贯彻党的十九大精神的作为一项首要政治任务；要深刻领会把握党的十九大精神实质，把思想和行动统一到以习近平为核心的党中央决策部署上来；要坚定以习近平新时代中国特色社会主义思想为纲领，以饱满的热情投入到工作学习之中，推动教育教学质量再上新台阶。",
         ["戴坤祥 spokeAt 学习贯彻宣传党的十九大精神动员大会"], published="2017-11-30"),
    case("party-of-invented",
         "5月6日，县教育局召开学习贯彻党的二十大精神推进会。局长温若琳主持会议。",
         ["温若琳 chaired 学习贯彻党的二十大精神推进会"], ["温若琳 chaired 二十大精神推进会"]),
    case("remarks-relayed-invented",
         "5月6日，某校友会成立大会在县城召开。老校长纪宏亮发表了热情洋溢的感言。会上，校党委书记温若琳"
         "传达领学了上级文件精神。",
         ["纪宏亮 spokeAt 某校友会成立大会", "温若琳 spokeAt 某校友会成立大会"]),
    # -- 参加论坛开幕式: the opening of the forum named before, not a new 论坛开幕式 --
    case("forum-opening-real-b02-c3_028",
         "4月28日上午，2014上海（扬州）国际医学园发展论坛在扬州智谷新闻发布厅举行。"
         "中国工程院院士、江苏省人民医院肝脏移植中心主任王学浩应邀参加论坛开幕式并做学术报告。",
         ["王学浩 attended 上海（扬州）国际医学园发展论坛开幕式"], ["王学浩 attended 论坛开幕式"],
         published="2014-04-29"),
    case("forum-opening-invented",
         "4月28日，2024青屿国际医学园发展论坛在扬州开幕。院士纪宏亮应邀参加论坛开幕式并做学术报告。",
         ["纪宏亮 attended 青屿国际医学园发展论坛开幕式"], ["纪宏亮 attended 论坛开幕式"]),
    # -- 开展第N次集中学习: a study session; 传达了…在某会议上的讲话精神 is what was relayed --
    case("study-session-real-b04-c3_043",
         "2月24日，校党委中心组开展2020年第2次集中学习，深入学习习近平总书记系列重要讲话精神和教育部党组有关文件精神。"
         "校党委书记邓卫主持会议，校长段献忠、全体在校校领导、校党委常委参加学习。"
         "会上，邓卫传达领学了习近平总书记关于新冠肺炎疫情防控工作的最新重要讲话精神、习近平总书记在第十九届中央纪律检查委员会第四次全体会议上的重要讲话精神、教育部党组有关直属高校领导班子建设的文件精神。",
         ["邓卫 chaired 校党委中心组2020年第2次集中学习", "邓卫 spokeAt 校党委中心组2020年第2次集中学习"],
         ["邓卫 inspected 第十九届中央纪律", "邓卫 spokeAt 第十九届中央纪律检查委员会第四次全体会议"],
         published="2020-02-25"),
    case("study-session-invented",
         "3月2日，县委中心组开展2024年第1次集中学习。县委书记纪宏亮主持会议并传达了省委全会在某地召开的"
         "全体会议上的讲话精神。县长温若琳参加学习。",
         ["纪宏亮 chaired 县委中心组2024年第1次集中学习", "温若琳 attended 县委中心组2024年第1次集中学习"],
         ["纪宏亮 chaired 全体会议"]),
    # -- 出席并讲话 (one trigger word): attended and spoke --
    case("attend-and-speak-real-b03-c3_012",
         "3月22日下午，西藏交通运输工作会议在拉萨召开。西藏自治区党委常委、自治区常务副主席吴英杰出席并讲话。",
         ["吴英杰 attended 西藏交通运输工作会议", "吴英杰 spokeAt 西藏交通运输工作会议"], published="2011-03-24"),
    case("attend-and-speak-invented",
         "3月22日，全县交通运输工作会议召开。副县长温若琳出席并讲话。",
         ["温若琳 attended 全县交通运输工作会议", "温若琳 spokeAt 全县交通运输工作会议"]),
    # -- 作了批示要求: a written instruction, no speech at the meeting --
    case("instruction-real-b02-c1_006",
         "24日上午，张高丽主持召开青海省生态文明建设工作座谈会，认真学习党的十九大精神，进一步听取相关意见建议。"
         "李克强总理对生态文明建设也作了批示要求。",
         ["张高丽 chaired 青海省生态文明建设工作座谈会"], ["李克强 spokeAt 青海省生态文明建设工作座谈会"],
         published="2017-11-26"),
    case("instruction-invented",
         "5月6日，全县生态文明建设工作座谈会召开。县长温若琳对生态文明建设也作了批示要求。副县长孙慕白作了总结讲话。",
         ["孙慕白 spokeAt 全县生态文明建设工作座谈会"], ["温若琳 spokeAt 全县生态文明建设工作座谈会"]),
    # -- X闭幕 (a headline or a body) holds the session; A等出席大会开幕会 is a clause,
    # no event's name; 出席闭幕会的…还有：A、B goes to the session of that meeting --
    case("closing-session-real-b06-c1_032",
         "全国政协十四届四次会议闭幕\n"
         "会议由全国政协主席王沪宁主持。全国政协副主席石泰峰、胡春华、沈跃跃在主席台前排就座。\n"
         "王沪宁在讲话中说，全国政协十四届四次会议是一次高举旗帜、凝心聚力、求实奋进、风清气正的大会。"
         "中共中央总书记、国家主席、中央军委主席习近平等党和国家领导同志出席大会开幕会和闭幕会，"
         "看望政协委员并参加联组讨论，同政协委员们共商国是。\n"
         "出席闭幕会的领导同志还有：王毅、尹力、刘国中、李干杰等。",
         ["王沪宁 chaired 全国政协十四届四次会议", "石泰峰 attended 全国政协十四届四次会议",
          "沈跃跃 attended 全国政协十四届四次会议", "王毅 attended 全国政协十四届四次会议", "习近平 attended 全国政协十四届四次会议",
          "李干杰 attended 全国政协十四届四次会议"],
         ["王毅 attended 中共中央总书记、国家主席、中央军委主席习近平等党和国家领导同志出席大会"],
         published="2026-03-12"),
    case("closing-session-invented",
         "澜江市政协三届五次会议闭幕\n"
         "会议由市政协主席贺北辰主持。市政协副主席乔南星、卫明川在主席台前排就座。\n"
         "市委书记严可钧等市领导出席大会开幕会和闭幕会。出席闭幕会的领导同志还有：宋知微、顾盼、林野等。",
         ["贺北辰 chaired 澜江市政协三届五次会议", "乔南星 attended 澜江市政协三届五次会议",
          "宋知微 attended 澜江市政协三届五次会议", "顾盼 attended 澜江市政协三届五次会议",
          "严可钧 attended 澜江市政协三届五次会议"],
         ["宋知微 attended 市委书记严可钧等市领导出席大会"]),
    # -- a 会见 is an occasion of its own: X表示 after it is no speech at the signing;
    # 在签约仪式上，A要求… is one (framed by the meeting, no comma after the verb) --
    case("meet-aside-real-b06-c2_029",
         "3月22日，江阴市长王锡南，市委常委、临港新城管委会主任薛良率临港新城管委会、市经信委、璜土镇有关负责人，"
         "前往长沙中联重科进行项目洽谈。3月22日下午，双方举行了中联重科华东基地意向协议签约仪式。\n"
         "在长沙期间，王锡南亲切会见了中联重科董事长詹纯新、高级总裁殷正富等。"
         "詹纯新表示，江阴地处长三角核心地区，是全国县域经济的排头兵，政府服务好、投资环境优、产业配套能力强。\n"
         "在签约仪式上，王锡南要求市、临港新城、璜土镇三级联动，提供快捷高效的服务，加快推进项目前期工作。",
         ["王锡南 spokeAt 中联重科华东基地意向协议签约仪式"],
         ["詹纯新 spokeAt 中联重科华东基地意向协议签约仪式"], published="2011-03-28"),
    case("meet-aside-real-b05-c3_045",
         "3月23日，集团公司副董事长、总经理、党组副书记王野平应邀出席2016年中国广州国际投资年会全体大会。"
         "年会期间，王野平分别会见了广东省委常委、常务副省长徐少华，广东省委常委、广州市委书记任学锋。"
         "任学锋表示，广州市委市政府将认真落实广东省委省政府与大唐集团签订的《“十三五”战略合作框架协议》。",
         ["王野平 attended 2016年中国广州国际投资年会全体大会"],
         ["任学锋 spokeAt 2016年中国广州国际投资年会全体大会"], published="2016-03-24"),
    case("meet-aside-invented",
         "9月18日上午，第三届澜江农业博览会开幕。市长贺北辰会见了远帆集团董事长卢思齐一行。"
         "卢思齐说，澜江的农业基础很好。次日上午，博览会论坛上，卢思齐表示，愿在澜江投资建厂。",
         ["卢思齐 spokeAt 第三届澜江农业博览会"],
         []),
    # -- X委员建议/则认为，…: a member's proposal at the meeting under way --
    case("member-proposes-real-b06-c2_030",
         "昨日(14日)上午，市政协召开政府采购工作民主监督座谈会。市政协副主席俞国庆出席会议并讲话。"
         "郑昶委员建议，要扩大政府采购范围，全程公开采购招标信息，建立供应商诚信记录机制。"
         "任旭荣委员则认为，政府采购重视程序，在效率、灵活性和降低采购成本方面存在不足。",
         ["郑昶 spokeAt 政府采购工作民主监督座谈会", "任旭荣 spokeAt 政府采购工作民主监督座谈会"],
         published="2011-06-15"),
    case("member-proposes-invented",
         "5月6日，区政协召开老旧小区改造专题座谈会。贺知远委员建议，加快老旧小区改造。"
         "林野委员则认为，还要加大财政投入。",
         ["贺知远 spokeAt 老旧小区改造专题座谈会", "林野 spokeAt 老旧小区改造专题座谈会"]),
    # -- a list of title chains cut by commas, one of them opening with a firm's
    # Latin letters (ABC集团董事长A): every name attended --
    case("latin-firm-list-real-b05-c2_035",
         "昨日(26日)，TCL集团与台湾宏齐科技股份有限公司全资子公司Harvatck(HongKong)Limited正式签署关于设立合资公司"
         "[TCL宏齐科技(惠州)有限公司]的经营合同。\n"
         "市委书记、市人大常委会主任黄业斌，市委常委、常务副市长张瑛，市委常委、秘书长吴卫华，"
         "TCL集团董事长李东生和宏齐科技董事长汪秉龙出席签约仪式。",
         ["黄业斌 attended 签约仪式", "张瑛 attended 签约仪式", "吴卫华 attended 签约仪式",
          "汪秉龙 attended 签约仪式"], published="2011-06-27"),
    case("latin-firm-list-invented",
         "5月6日，澜江市与远帆集团举行合作签约仪式。市长贺北辰，副市长乔南星，ABC集团总裁卢思齐出席签约仪式。",
         ["贺北辰 attended 合作签约仪式", "乔南星 attended 合作签约仪式", "卢思齐 attended 合作签约仪式"]),
    # -- 民主生活会 is a meeting; 召开9次座谈会 counts meetings, it names none --
    case("life-meeting-real-b07-g2_010",
         "11月4日至5日，中国能建召开党的群众路线教育实践活动领导班子专题民主生活会。"
         "会议由中国能建党委书记、董事长汪建平主持，国资委教育实践活动第二督导组组长赵喜子及全体成员，"
         "国务院国有重点大型企业监事会09办事处副主任、副局级专职监事刘春及相关人员参加会议。\n"
         "党委中心组集中学习讨论3次，召开9次座谈会，回收问卷200多份。"
         "会上，汪建平通报了中国能建领导班子专题民主生活会准备情况及征求意见、查找问题情况。",
         ["汪建平 spokeAt 党的群众路线教育实践活动领导班子专题民主生活会",
          "汪建平 chaired 党的群众路线教育实践活动领导班子专题民主生活会",
          "赵喜子 attended 党的群众路线教育实践活动领导班子专题民主生活会"],
         ["汪建平 spokeAt 9次座谈会"], published="2013-11-06"),
    case("life-meeting-invented",
         "5月6日，县林业局党支部召开专题组织生活会。会前，支部召开3次座谈会征求意见。会上，支部书记孙慕白通报了整改情况。",
         ["孙慕白 spokeAt 组织生活会"], ["孙慕白 spokeAt 3次座谈会"]),
    # -- 会上，A、B、C、D4位专家…建言献策: a list closed by a head-count spoke --
    case("framed-speakers-real-b05-c1_013",
         "11月10日，四川省发展改革委组织召开“十五五”规划编制专家学者和企业家座谈会，听取有关方面意见建议。"
         "　　会上，四川省社会科学院研究员盛毅、中国工程物理研究院总体工程研究所副所长毛勇建、西南财经大学教授汤继强、"
         "西南交通大学教授戴宾4位专家立足省情实际，聚焦推动成渝地区双城经济圈建设扩能提质、以高质量制造业引领服务业发展、"
         "一体推进科技创新和科技成果转化、以五区共兴促进区域协调发展等建言献策。",
         ["盛毅 spokeAt “十五五”规划编制专家学者和企业家座谈会",
          "戴宾 spokeAt “十五五”规划编制专家学者和企业家座谈会"], published="2025-11-11"),
    case("framed-speakers-invented",
         "5月6日，县工商联召开民营企业家座谈会。会上，远帆科技董事长卢思齐、云溪农业总经理宋知微等3名企业家代表"
         "先后结合企业实际作了交流发言。",
         ["卢思齐 spokeAt 民营企业家座谈会", "宋知微 spokeAt 民营企业家座谈会"]),
    # -- 此前，在…召开的推进会上: a meeting recalled, not the one under way --
    case("background-meeting-real-b07-g1_006",
         "7月12、13日，衢州市妇幼保健院院长余晓、副院长陈洁瑛一行，分别走访了开化县村头卫生院、音坑卫生院。\n"
         "此前，为进一步深化城市优质医疗资源下沉，助推分级诊疗制度顺利实施，在6月初召开的全市市县医疗资源下沉工作推进会上，"
         "衢州市妇幼保健院与上述3家卫生院签订合作办医协议。\n"
         "此次下乡走访，围绕更好实现双相交流与合作，支援单位与受援单位积极发表意见和建议。"
         "余晓院长在交流时表示，根据受援卫生院的实际需求，衢州市妇幼保健院将结合自身特点，把优质医疗资源投入到基层。",
         [], ["余晓 spokeAt 全市市县医疗资源下沉工作推进会"], published="2016-07-15"),
    case("background-meeting-invented",
         "5月6日，市长贺北辰一行走访了澜江县人民医院。此前，在3月召开的全市卫生工作会议上，两家医院签订了协作协议。"
         "贺北辰表示，要把优质医疗资源投向基层。",
         [], ["贺北辰 spokeAt 全市卫生工作会议"]),
    # -- 出席会议并做重要讲话: 做 written for 作 --
    case("do-speech-real-b07-g3_001",
         "7月14日下午，广州华商学院召开2021年普高招生录取工作动员会。学校执行校长郭银华教授、校党委书记苏宁同志、"
         "校纪委书记王锦秀同志出席会议并做重要讲话。",
         ["郭银华 spokeAt 2021年普高招生录取工作动员会", "王锦秀 spokeAt 2021年普高招生录取工作动员会"],
         published="2021-07-15"),
    case("do-speech-invented",
         "5月6日，县教育局召开全县招生工作动员会。副县长温若琳出席会议并做重要讲话。",
         ["温若琳 spokeAt 全县招生工作动员会"]),
    # -- A应邀出席会议并通报…; A就《…》和《…》起草情况作说明 (a long topic) --
    case("attended-and-reported-real-b08-h3_002",
         "12月30日，政协第五届河池市委员会常务委员会第十九次会议在宜州召开。"
         "市委常委、常务副市长邓奕红应邀出席会议并通报政协提案办理工作情况；市政协副主席蓝启章就《政协第五届河池市"
         "委员会常务委员会工作报告》和《中国人民政治协商会议河池市委员会协商工作规则》起草情况作说明，市政协副主席"
         "潘秋琳就政协五届五次会议以来提案工作情况报告起草情况作说明。",
         ["邓奕红 spokeAt 政协第五届河池市委员会常务委员会第十九次会议",
          "蓝启章 spokeAt 政协第五届河池市委员会常务委员会第十九次会议",
          "潘秋琳 spokeAt 政协第五届河池市委员会常务委员会第十九次会议"]),
    case("attended-and-reported-invented",
         "5月6日，县人大常委会召开第九次会议。副县长温若琳应邀出席会议并通报全县防汛工作情况；"
         "县人大常委会副主任乔南星就《关于加强农村饮水安全工作的决定（草案）》和《全县河湖长制工作报告》起草情况作说明。",
         ["温若琳 spokeAt 县人大常委会第九次会议", "乔南星 spokeAt 县人大常委会第九次会议"]),
    # -- 他在致辞中表示: 他 of a later clause is the sentence's subject --
    case("he-in-his-speech-real-b08-h3_008",
         "本报讯 前日，北京市政府已与三大基础电信运营商签订了战略合作框架协议。"
         "工业和信息化部部长李毅中出席了签字仪式，他在致辞中表示，通过信息化基础设施的适度超前建设，北京将带动相关产业发展。",
         ["李毅中 spokeAt 签字仪式"], published="2009-05-23"),
    case("he-in-his-speech-invented",
         "5月6日，县政府与远帆集团举行签约仪式。市长乔南星出席了签约仪式，他在致辞中表示，欢迎企业来投资。",
         ["乔南星 spokeAt 签约仪式"]),
    # -- 本次X由A主持，B做汇报: the meeting first named in the chair's sentence --
    case("this-meeting-chaired-by-real-b08-h3_006",
         "本次会见和座谈会由公司执行董事唐振明博士主持，政企业务部总裁罗旭做汇报。",
         ["唐振明 chaired 会见和座谈会", "罗旭 spokeAt 会见和座谈会"]),
    case("this-meeting-chaired-by-invented",
         "本次座谈会由副县长温若琳主持，县发改委主任乔南星做汇报。",
         ["温若琳 chaired 座谈会", "乔南星 spokeAt 座谈会"]),
]

#: (id, page text, publication date, event -> date the text gives it)
DATED = [
    # 今天更应…: "nowadays" in a speech, no date; 会谈前 is the day of the talks
    ("nowadays-real-b02-c1_049",
     "新华社北京1月5日电  （记者冯歆然、曹嘉玥）1月5日下午，国家主席习近平在北京人民大会堂同来华进行国事访问的"
     "韩国总统李在明举行会谈。今天更应携手捍卫二战胜利成果，守护东北亚和平稳定。"
     "会谈前，习近平和夫人彭丽媛在人民大会堂北大厅为李在明和夫人金惠景举行欢迎仪式。",
     "2026-01-06", {"会谈": "2026-01-05", "欢迎仪式": "2026-01-05"}),
    ("nowadays-invented",
     "本报讯 5月6日上午，全县乡村振兴推进会召开。县长温若琳说，今天的乡村更需要人才。"
     "会后，全县乡村人才座谈会举行。",
     "2024-05-08", {"全县乡村振兴推进会": "2024-05-06", "全县乡村人才座谈会": "2024-05-06"}),
    # 09:225月14日: a time glued to the date is no month 25
    ("glued-time-real-b03-c3_047",
     "不忘初心跟党走\n感恩母亲，让青春更美绽放\n——开封十四中2017年十四岁集体生日暨离队入团仪式活动\n"
     "学校: 开封第十四中学\n|\n日期: 2017年09月29日 09:22\n"
     "5月14日上午开封市第十四中学在校多功能教室隆重举行了校团委精心策划组织的“不忘初心跟党走，感恩母亲，让青春更美绽放?2018届十四岁集体生日暨离队入团仪式活动”。"
     "校长吕中伟、书记杜强、德育副校长李瑞全、教学副校长杨凯、办公室主任周贵勤，政教处主任万建平，八年级主任向虹"
     "出席本次活动。",
     "2017-09-29", {"开封十四中2017年十四岁集体生日暨离队入团仪式活动": "2017-05-14"}),
    # 2013年1月28日X于…举行: the year and day are no part of the name
    ("year-lead-real-b04-c3_033",
     "2013年1月28日国家科学技术奖励大会于人民大会堂隆重举行，习近平总书记主持会议并发表重要讲话，"
     "胡锦涛、温家宝、李克强等党和国家领导人均出席了会议。",
     "2013-02-07", {"国家科学技术奖励大会": "2013-01-28"}),
    ("today-invented",
     "本报讯 县长温若琳今天上午主持召开全县防汛工作会议。",
     "2024-05-08", {"全县防汛工作会议": "2024-05-08"}),
]


def _triples(c: Case) -> set[str]:
    arts = extract(Document("case.txt", c.text, published=c.published), ExtractOptions())
    return {f"{r.subject.label} {r.prop} {r.object.label}" for a in arts for r in a.relations}


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_meeting_case(c: Case) -> None:
    got = _triples(c)
    assert c.must <= got, f"missing {sorted(c.must - got)}; read {sorted(got)}"
    assert not c.must_not & got, f"wrongly read {sorted(c.must_not & got)}"


@pytest.mark.parametrize(("text", "published", "dates"), [d[1:] for d in DATED],
                         ids=[d[0] for d in DATED])
def test_event_dates(text: str, published: str, dates: dict[str, str]) -> None:
    arts = extract(Document("case.txt", text, published=published), ExtractOptions())
    got = {k: v for a in arts for k, v in a.event_dates.items()}
    assert {k: got.get(k) for k in dates} == dates


def _speakers(body: str) -> set[str]:
    page = "某地召开座谈会\n3月5日，某地召开民营企业座谈会。" + body + "\n"
    return {s for s, _ in pairs(page, "spokeAt")}


def test_bodies_listed_with_their_group_noun_speak_in_turn():
    """batch06 c1_014: firms …等民营企业负责人和 schools …等院所专家依次发言."""
    found = _speakers("会上，苏州登临科技股份有限公司、江苏汇智智能数字科技有限公司、常州微亿智造科技"
                      "股份有限公司、尔特数据科技（江苏）有限公司、企查查科技股份有限公司、智慧芽信息科技"
                      "（苏州）有限公司等民营企业负责人和南京大学、江苏省人工智能学会等院所专家依次发言。")
    assert {"企查查科技股份有限公司", "南京大学", "江苏省人工智能学会"} <= found
    # invented: a list of bodies closed by a head-count, 在会上发言交流
    assert {"县发改委", "县财政局"} <= _speakers("县发改委、县财政局等3个单位在会上发言交流。")


def test_places_listed_bare_before_a_places_body_share_it():
    """浙江、四川、甘肃省水利厅和长江水利委员会作交流发言: three provincial bureaus."""
    found = _speakers("会上，浙江、四川、甘肃省水利厅和长江水利委员会作交流发言。")
    assert {"浙江省水利厅", "四川省水利厅", "甘肃省水利厅", "长江水利委员会"} == found


def test_a_clause_that_is_no_list_of_bodies_speaks_for_nobody():
    assert _speakers("会议气氛热烈，与会人员在会上发言交流。") == set()


def test_clauses_of_bodies_before_a_topic_frame_speak():
    """batch02: A、B等有关单位，C发展改革部门，D、E等重点企业有关负责同志和专家，围绕X进行了
    发言交流 — every clause before 围绕 lists speakers; a clause of persons does not."""
    found = _speakers("河南省人大财经委、河南省政协经济委、民进河南省委、河南省科技厅、郑州大学等有关单位，"
                      "各省辖市发展改革部门，超聚变、比亚迪等重点企业有关负责同志和专家，围绕“十五五”"
                      "发展思路谋划、工作重点及有关建议进行了发言交流。")
    assert {"河南省人大财经委", "民进河南省委", "郑州大学"} <= found
    # batch06 c1_028: a clause that is no list (代表们结合审议…的报告) is passed over
    assert _speakers("座谈会上，代表们结合审议关于“八五”普法决议实施情况的报告，围绕加强法治宣传教育"
                     "作了发言，提出意见建议。") == set()
