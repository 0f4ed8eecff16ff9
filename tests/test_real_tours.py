"""Visits, companions and meetings with guests, read from real pages (issue 11).

Each construction is tested twice: on the sentence of a real page that showed
it (copied from tests/data/real/batch01-04, page named in the case id; a
line break of the page is left out, and where a case needs the sentence that
first names a person, that sentence is put before it) and on an invented sentence of
the same shape. A case lists the triples a reader takes from the text and the
ones a careless rule would wrongly take.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from reading import pairs

from newskg.extractors import ExtractOptions, extract
from newskg.records import Document

Triple = tuple[str, str, str]


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    must: frozenset[Triple] = field(default_factory=frozenset)
    must_not: frozenset[Triple] = field(default_factory=frozenset)
    published: str = "2024-05-07"


def case(id: str, text: str, must: list[str] = (), must_not: list[str] = (),  # type: ignore[assignment]
         published: str = "2024-05-07") -> Case:
    def triples(xs: list[str]) -> frozenset[Triple]:
        return frozenset(tuple(x.split()) for x in xs)  # type: ignore[misc]
    return Case(id, text, triples(must), triples(must_not), published)


def read(c: Case) -> set[Triple]:
    arts = extract(Document("page.txt", c.text, published=c.published), ExtractOptions())
    return {(r.subject.label, r.prop, r.object.label) for a in arts for r in a.relations}


#: c1_001 (batch02): the page's first sentence, which names the leader with his posts
XI_IN_SHANDONG = ("中共中央总书记、国家主席、中央军委主席习近平近日在山东考察时强调，全面深化改革，"
                  "对全面建成小康社会、实现中华民族伟大复兴意义重大而深远。")

MET = [
    # batch15 p3_008: A，B…会见了济南党政考察团一行 (the group the leaders named before led)
    case("real-b15-p3_008-a-named-delegation-met",
         "5月6日下午，山东省委副书记、济南市委书记王文涛，济南市委副书记、市长王忠林带领济南党政考察团抵达郑州。"
         "6日下午，河南省委常委、郑州市委书记马懿，郑州市委副书记、市长程志明会见了济南党政考察团一行。",
         ["马懿 met 王文涛", "程志明 met 王文涛"], ["马懿 met 王忠林"]),
    case("invented-a-named-delegation-met",
         "5月6日，某某市委书记乔南星带领某某市党政考察团抵达白岭。当天下午，白岭市委书记温若琳会见了某某市党政考察团一行。",
         ["温若琳 met 乔南星"]),
    case("real-c1_045-time-and-place-before-the-verb",
         "国家副主席习近平今天在钓鱼台国宾馆会见了蒙古总理巴雅尔。",
         ["习近平 met 巴雅尔"]),
    case("real-c1_045-talks-with-同",
         "国务院总理温家宝今天在人民大会堂同巴布亚新几内亚总理索马雷举行会谈。",
         ["温家宝 met 索马雷"]),
    case("real-c3_018-every-guest-of-a-list",
         "3月22日，江阴市长王锡南，市委常委、临港新城管委会主任薛良率临港新城管委会、市经信委、"
         "璜土镇有关负责人，前往长沙中联重科进行项目洽谈。在长沙期间，王锡南亲切会见了中联重科"
         "董事长詹纯新、高级总裁殷正富等。",
         ["王锡南 met 詹纯新", "王锡南 met 殷正富"]),
    # batch11 k4_006: 先后与A，以及B举行双边和三边会谈: both are met
    case("real-b11-k4_006-talks-with-a-list-closed-by-以及",
         "美国朝鲜事务特别代表金圣21日在韩国首都首尔表示，希望朝鲜能够予以积极回应。"
         "当天上午，金圣在首尔先后与韩国外交部半岛和平交涉本部长卢奎德，以及专程前来首尔的日本外务省亚洲大洋洲局局长"
         "船越健裕举行双边和三边会谈，就朝鲜半岛无核化等涉朝议题进行讨论。",
         ["金圣 met 卢奎德", "金圣 met 船越健裕"]),
    case("invented-talks-with-a-list-closed-by-以及",
         "5月6日，市长乔南星在白岭先后与副省长卢思齐，以及副市长温若琳举行会谈。",
         ["乔南星 met 卢思齐", "乔南星 met 温若琳"]),
    case("invented-two-hosts-two-guests",
         "洽谈会开幕前，市委书记贺北辰和市长乔南星在迎宾馆共同会见了远帆集团董事长卢思齐、"
         "总经理卫明川等客人。",
         ["贺北辰 met 卢思齐", "贺北辰 met 卫明川", "乔南星 met 卢思齐", "乔南星 met 卫明川"],
         ["卢思齐 met 卫明川"]),
    case("invented-a-clause-between-is-no-host",
         "县长柏宁远出席签约仪式，随后市委书记贺北辰会见了客商代表卢思齐。",
         ["贺北辰 met 卢思齐"], ["柏宁远 met 卢思齐"]),
]

ACCOMPANIED = [
    # batch15 p3_009: A董事长、B总经理参加接待并陪同调研 (the hosts who received the visitors)
    case("real-b15-p3_009-hosts-receive-and-escort",
         "5月24日，泰州市委常委、组织部长张国梁在泰兴市委常委顾刚、鞠林红、泰兴高新区管委会主任陈斌的陪同下莅临南极机械调研指导，"
         "倪治忠董事长、倪建峰总经理参加接待并陪同调研。",
         ["倪治忠 accompanied 张国梁", "倪建峰 accompanied 张国梁", "顾刚 accompanied 张国梁"]),
    case("invented-hosts-receive-and-escort",
         "5月6日，副市长乔南星莅临某某科技有限公司调研，公司董事长温若琳、总经理范小舟负责接待并陪同调研。",
         ["温若琳 accompanied 乔南星", "范小舟 accompanied 乔南星"]),
    # batch14 o3_003: A参加会议并致辞，B陪同活动 (an escort of the event, nobody named)
    case("real-b14-o3_003-escort-of-the-event",
         "山东高速集团党委副书记、董事李广进参加会议并致辞，欧亚班列公司党委副书记、总经理胥猛陪同活动。",
         [], ["胥猛 accompanied 李广进"]),
    case("invented-escort-of-the-event",
         "5月6日，副市长乔南星出席开工仪式并讲话，某某集团总经理温若琳陪同参加。",
         [], ["温若琳 accompanied 乔南星"]),
    case("real-c3_062-the-leader-of-率-not-its-first-member",
         "11月22日，中华全国供销合作总社党组成员、理事会副主任王伟（正部级）率总社科教社团部副部长"
         "沈青、研究室副处长陈安宁、办公厅干部牛召等调研指导我社为农服务工作。省供销社副主任沈省文、"
         "业务处处长吴小樟，区供销联社党委书记、主任倪晓锦，党委委员、副主任陆静、何刚等陪同调研。",
         ["沈省文 accompanied 王伟", "吴小樟 accompanied 王伟", "倪晓锦 accompanied 王伟",
          "陆静 accompanied 王伟", "何刚 accompanied 王伟"],
         ["沈省文 accompanied 沈青", "何刚 accompanied 沈青"]),
    case("real-c2_012-调研组由A带队",
         "7月25日，省委网信办调研组一行5人深入耀州区大数据产业园开展数字经济工作专题调研。"
         "调研组由省委网信办副巡视员王创带队，市委网信办主任李中林、市委网信办副主任庞永平、区委常委、"
         "宣传部部长杨梅、区委网信办主任马勇民、区经贸局局长冯继荣等相关单位负责同志陪同调研。"
         "世纪华耀副总经理王春陪同调查组参观了公司办公环境、安易个人安全防护用品交易平台产品展厅，"
         "向调查组领导汇报了公司自2017年落户耀州区以来发展和运营的情况。",
         ["王创 inspected 大数据产业园", "李中林 accompanied 王创", "冯继荣 accompanied 王创",
          "王春 accompanied 王创"],
         ["王春 accompanied 李中林"]),
    case("real-c2_005-the-one-accompanied-is-never-in-the-list",
         "9月5日，商务部电子商务司司长骞芳莉来我市调研电子商务工作。省商务厅巡视员王国龙，市长李智远，"
         "副市长刘西林陪同。",
         [], ["李智远 accompanied 王国龙", "刘西林 accompanied 王国龙"]),
    case("real-c2_011-督查室-is-a-noun-not-a-visit",
         "近期，省政府督察专员吴鹏翔、省政府督查室副主任刘宏凯，省发改委评估督导处调研员权巨峰一行"
         "来大数据产业园考察稳增长工作。市政府副秘书长郑升明、市政府督查室主任白永琦、市发改委副主任"
         "何育宁、区委常委 常务副区长高岗、区委办、区政府办、区发改局相关领导陪同考察。"
         "大数据产业园运营中心总经理王春陪同介绍园区中心建设情况及运营情况。",
         ["吴鹏翔 inspected 大数据产业园", "权巨峰 inspected 大数据产业园",
          "王春 accompanied 吴鹏翔"],
         ["王春 accompanied 郑升明", "白永琦 inspected 大数据产业园"]),
    case("real-c1_001-closing-line-和中央有关部门负责同志陪同考察",
         XI_IN_SHANDONG + "习近平27号下午来到这里，了解当地政府为外来务工人员提供一揽子服务、"
         "帮助农民工融入城市等情况。王沪宁、栗战书和中央有关部门负责同志陪同考察。",
         ["王沪宁 accompanied 习近平", "栗战书 accompanied 习近平"], published="2013-11-29"),
    case("real-c3_037-a-delegation-在A等陪同下",
         "2月28日、29日区委书记斯福民，区委副书记、区长汪泓，区人大常委会主任张静，区政协主席丁大恒，"
         "区委副书记袁鹰等区四套班子领导和区处级党政“一把手”学研班组成的宝山区党政代表团赴苏州考察。"
         "在苏州，宝山区党政代表团在江苏省委常委、苏州市委书记蒋宏坤、苏州市副市长周玉龙等陪同下，"
         "先后考察了苏州文化艺术中心及工业园区十七周年成果展、圆融时代广场、独墅湖科教创新区、"
         "苏州市规划展示馆，游览了环古城风貌保护工程，还参观考察了小塘街历史保护街区、白马涧生态园。",
         ["蒋宏坤 accompanied 斯福民", "周玉龙 accompanied 斯福民",
          "斯福民 inspected 苏州文化艺术中心", "斯福民 inspected 圆融时代广场",
          "斯福民 inspected 苏州市规划展示馆", "斯福民 inspected 小塘街历史保护街区"],
         ["斯福民 inspected 考察了小塘街历史保护街区"], published="2012-03-01"),
    case("invented-closing-line-及省直有关部门",
         "5月20日，县委书记邬振华在青岚镇调研。贺知远、柏宁远及省直有关部门负责同志陪同调研。",
         ["贺知远 accompanied 邬振华", "柏宁远 accompanied 邬振华"]),
    case("invented-group-led-by-and-its-companions",
         "检查组由副部长岑立率领，成员有规划司副司长顾盼、处长宋知微；副省长严屹、市长任远陪同检查。",
         ["严屹 accompanied 岑立", "任远 accompanied 岑立"], ["严屹 accompanied 顾盼"]),
    case("invented-陪同调研的有A、B",
         "5月6日，市委书记邬振华到青岚镇调研。陪同调研的有县长柏宁远、副县长贺知远。",
         ["柏宁远 accompanied 邬振华", "贺知远 accompanied 邬振华"]),
    case("invented-陪同有关部门负责人-names-no-companion-list",
         "5月6日，市委书记邬振华到青岚镇调研，陪同有关部门负责人柏宁远考察。",
         [], ["柏宁远 accompanied 邬振华"]),
    case("invented-A在B的陪同下来到X",
         "5月6日，市长邬振华在县长柏宁远的陪同下来到青岚镇调研。",
         ["柏宁远 accompanied 邬振华", "邬振华 inspected 青岚镇"], ["柏宁远 inspected 青岚镇"]),
    case("invented-a-list-of-companions-with-no-leader-named",
         "省厅巡视员贺知远，市长柏宁远，副市长邬振华陪同。",
         [], ["柏宁远 accompanied 贺知远", "邬振华 accompanied 贺知远"]),
]

INSPECTED = [
    case("real-b13-n3_002-visitors-come-to-our-firm",
         "近日，神州高铁技术股份有限公司董事长王志全一行莅临我公司进行参观调研。卡莱博尔鲁方祥董事长等公司领导陪同调研。",
         [], ["王志全 inspected 神州高铁技术股份有限公司"]),
    # batch13 n3_008: A同志，带领委员B、C，…D等调研检查了X、Y等; 调研小组先后参观了A，B，C等地
    case("real-b13-n3_008-the-leader-and-a-list-set-off-by-commas",
         "2017年6月19日，渭源县人大常委会副主任黄晓清同志，带领委员任作鹏、王东奎，县商务局局长赵效勇，甘肃天奇网络科技"
         "有限公司总经理孙文博等调研检查了锹峪乡、五竹镇、上湾乡、会川镇等我县电子商务服务站点。调研小组先后参观了锹峪乡"
         "电子商务服务中心，五竹镇渭河源村电子商务服务点，上湾乡神龙公司等地。",
         ["黄晓清 inspected 五竹镇", "黄晓清 inspected 锹峪乡电子商务服务中心", "黄晓清 inspected 上湾乡神龙公司"],
         ["孙文博 inspected 五竹镇"], published="2017-06-20"),
    # batch13 n3_007: 在A同志，副主任B，…等人的陪同下 (commas in the escorts' span); 谈应琪 (应 of a name)
    case("real-b13-n3_007-escorts-set-off-by-commas",
         "县人大常委会副主任黄晓清带队抵达环县。考察团一行人在环县人大常委会主任杨万香同志，副主任代万军，商务局局长谈应琪"
         "等人的陪同下分别参观了环县电子商务公共服务中心、 环县电子商务物流配送中心。",
         ["黄晓清 inspected 环县电子商务公共服务中心", "谈应琪 accompanied 黄晓清", "杨万香 accompanied 黄晓清"],
         published="2017-06-20"),
    # batch13 n3_007: A、B同志，带领委员C…组成的考察小组; then 考察团一行人…参观了: the first leader
    case("real-b13-n3_007-two-leaders-before-带领",
         "2017年6月17日，渭源县人大常委会副主任李云林、黄晓清同志，带领委员王守峰、任作鹏、王东奎，以及县商务局局长赵效勇，"
         "承建渭源县国家电子商务进农村项目的三个中标企业负责人孙文博、张渭林、柴彦龙等一行人组成的学习考察小组，抵达此次考察"
         "最后一站—庆阳市环县\n\n考察团一行人在环县人大常委会主任杨万香同志，副主任代万军，人大常委会委员张志宏、黄国锋，"
         "商务局局长谈应琪等人的陪同下分别参观了环县电子商务公共服务中心、 环县电子商务物流配送中心。",
         ["李云林 inspected 环县电子商务公共服务中心", "杨万香 accompanied 李云林", "谈应琪 accompanied 李云林"],
         ["黄晓清 inspected 环县电子商务公共服务中心", "杨万香 accompanied 黄晓清", "王东奎 inspected 环县电子商务公共服务中心"],
         published="2017-06-20"),
    case("invented-two-leaders-before-带领",
         "5月6日，市政协副主席乔南星、温若琳同志，带领委员范小舟、杜明远组成的视察组来到白岭镇。视察组一行在镇长"
         "柏青山的陪同下参观了白岭中学、青石水库。",
         ["乔南星 inspected 白岭中学", "柏青山 accompanied 乔南星"],
         ["温若琳 inspected 白岭中学", "柏青山 accompanied 温若琳", "杜明远 inspected 白岭中学"]),
    # batch13 n1_001: 来到某区一处街区广场 / 来到位于某区某街道某路上的一个小区: the named place
    case("real-b13-n1_001-an-unnamed-site-inside-a-district",
         "市委书记李强，市委副书记、市长龚正昨天上午分别前往徐汇、静安、黄浦、普陀、青浦等区，实地检查第二批地区核酸筛查推进和"
         "民生保障、应急就医工作落实情况。李强来到位于徐汇区徐家汇街道南丹东路上的一个小区，检查社区封闭式管理情况。"
         "李强来到静安区一处街区广场，了解移动核酸检测车服务周边居民、开展核酸检测相关情况。",
         ["李强 inspected 静安区", "李强 inspected 徐家汇街道"],
         ["李强 inspected 一处街区广场", "李强 inspected 南丹东路", "李强 inspected 一个小区"], published="2022-04-02"),
    case("invented-an-unnamed-site-inside-a-town",
         "县长乔南星来到青石镇一处在建安置点，察看建设情况。随后，乔南星来到位于白岭镇柏溪村的一家养殖场，了解生产情况。",
         ["乔南星 inspected 青石镇", "乔南星 inspected 柏溪村"], ["乔南星 inspected 一家养殖场"]),
    # batch14 o1_002: 实地察看台湾小镇提升改造及开街运营状况 (状况 as 情况)
    case("real-b14-o1_002-the-state-of-a-town-seen",
         "2月10日，实验区党工委副书记、管委会主任黄建波赴一线调研春节文旅市场和促消费工作。当天，经过全面升级改造的平潭台湾小镇"
         "焕新亮相。黄建波实地察看台湾小镇提升改造及开街运营状况，与商户、游客亲切交谈。",
         ["黄建波 inspected 台湾小镇"], published="2025-02-11"),
    case("invented-the-state-of-a-town-seen",
         "5月6日，县长乔南星赴一线调研文旅市场。乔南星实地察看白岭古镇改造提升及运营状况，与商户交谈。",
         ["乔南星 inspected 白岭古镇"]),
    # batch15 p4_003, p1_007: 来到X专题调研 (专题 no part of X); 代表团的到来和X的召开 (到来 is no trip)
    case("real-b15-p4_003-a-topic-after-来到",
         "昨天上午，区委书记张立军来到沈家门街道专题调研城市环境提升和背街小巷改造工作。",
         ["张立军 inspected 沈家门街道"], ["张立军 inspected 沈家门街道专题"]),
    case("real-b15-p1_007-arrival-is-no-trip",
         "山西省副省长孙仁安率团出访巴西。在圣保罗，山西代表团的到来和双向经贸投资推介会的召开，受到当地工商界人士欢迎和热情关注。",
         [], ["孙仁安 inspected 来和双向经贸投资推介会"]),
    case("invented-a-topic-and-an-arrival",
         "5月6日，县长乔南星来到白岭镇专题调研防汛工作。考察团的到来和项目推介会的召开，受到当地群众欢迎。",
         ["乔南星 inspected 白岭镇"], ["乔南星 inspected 白岭镇专题", "乔南星 inspected 来和项目推介会"]),
    # batch13 n4_001, n4_008: 乌兰察布、赤峰两市 (no site 赤峰两市); 走进回族群众马科的家 (a home, no site)
    case("real-b13-two-cities-and-a-home",
         "2015年3月23—27日，我办副主任崔洪涛带领有关负责同志赴内蒙古自治区乌兰察布、赤峰两市调研。"
         "18日下午，习近平总书记来到泾源县大湾乡杨岭村看望父老乡亲。走进回族群众马科的家，习近平察看屋内陈设。",
         ["习近平 inspected 杨岭村"], ["崔洪涛 inspected 赤峰两市", "习近平 inspected 回族群众马科"]),
    case("invented-three-districts",
         "5月6日，市长乔南星分别前往白岭、青石、柏溪等区，实地检查防汛工作。乔南星来到白岭镇青石村看望群众。"
         "走进村民温若琳的家，乔南星察看屋内陈设。",
         ["乔南星 inspected 青石村"], ["乔南星 inspected 柏溪等区", "乔南星 inspected 村民温若琳"]),
    # batch12 m1_001: 在拉萨专题调研A、B、C用地选址情况 (专题 no part of the place; the last
    # site before what was seen about it)
    case("real-b12-m1_001-a-topic-after-the-last-site",
         "9月21日上午，西藏自治区党委书记吴英杰在拉萨专题调研西藏藏医药大学新校区、西藏技师学院、西藏自治区医院用地选址情况。",
         ["吴英杰 inspected 西藏技师学院", "吴英杰 inspected 西藏自治区医院"],
         ["吴英杰 inspected 拉萨专题"]),
    case("invented-a-topic-after-the-last-site",
         "5月6日，县长乔南星在白岭镇重点调研白岭中学、浙江省人民医院扩建工程进展情况。副县长温若琳调研公立医院改革工作。",
         ["乔南星 inspected 白岭镇", "乔南星 inspected 浙江省人民医院"],
         ["乔南星 inspected 白岭镇重点", "温若琳 inspected 公立医院"]),
    # batch12 m2_003: 赴某镇调研我校…活动 (我校… the topic); 就业指导服务中心主任A陪同 (指导 inside
    # a post); 返乡企业家创办的工厂 (no site named); 代表学校向…捐赠 (no school named)
    case("real-b12-m2_003-a-trip-its-topic-and-its-escorts",
         "5月29日，校党委书记张中华赴通城县麦市镇调研我校第五轮“三万”活动，看望驻麦市镇工作组，代表学校向“三万”活动"
         "捐赠8万元，用于“1+X”建设。校党委组织部部长杨红侠、宣传部部长殷修林、就业指导服务中心主任汪平等陪同调研。"
         "张中华一行还参观了返乡企业家创办的工厂，走访慰问了井堂村老支书葛富才。",
         ["张中华 inspected 麦市镇", "汪平 accompanied 张中华", "杨红侠 accompanied 张中华"],
         ["张中华 inspected 代表学校", "张中华 inspected 我校", "张中华 inspected 返乡企业家创办"]),
    case("invented-a-trip-its-topic-and-its-escorts",
         "5月6日，院长乔南星到白岭镇调研我院帮扶工作，代表学院向村里捐赠图书。技术指导中心主任温若琳陪同调研。"
         "乔南星还参观了村民创办的合作社。",
         ["乔南星 inspected 白岭镇", "温若琳 accompanied 乔南星"],
         ["乔南星 inspected 我院", "乔南星 inspected 代表学院", "乔南星 inspected 村民创办"]),
    # batch12 m2_005: A、B等陪同考察调研: the escorts' verb; 调研组 is still the leader's
    case("real-b12-m2_005-escorts-then-the-group",
         "10月10日至11日，欧美同学会党组成员、副秘书长滕剑峰一行在西安考察调研并进行座谈交流。西安交通大学党委常委、副校长，"
         "陕西省欧美同学会副会长单智伟，环球网总经理单成彪，陕西省欧美同学会秘书长吴琳等陪同考察调研或参加座谈。"
         "调研组还实地走访了中国西部科技创新港、陕西省镁基新材料工程研究中心等地。",
         ["滕剑峰 inspected 中国西部科技创新港", "滕剑峰 inspected 陕西省镁基新材料工程研究中心"],
         ["单成彪 inspected 中国西部科技创新港"]),
    # batch12 m1_003: a list of seven sites, longer than sixty characters
    case("real-b12-m1_003-a-long-list-of-sites",
         "8月21-24日，湖北省政府国资委党委委员、副主任胡铁军率队赴西藏开展对口援藏工作考察和工作交流。在考察期间，"
         "胡铁军参观考察了山南工业园区、新兴产业科技园区、文化旅游创意区、山南统筹城乡发展示范区、山南创投大厦项目和华新水泥"
         "（西藏）有限公司、西藏山南雅拉香布实业有限公司，看望慰问我委援藏干部吴玉祥。",
         ["胡铁军 inspected 山南工业园区", "胡铁军 inspected 山南创投大厦项目",
          "胡铁军 inspected 西藏山南雅拉香布实业有限公司"]),
    # batch11 k1_008: A至X慰问 (至 a verb of going after a name); 带着集团党委的关怀 names no body
    case("real-b11-k1_008-至-after-a-name",
         "面对高温“烤验”，带着集团党委的关怀，7月24日，集团公司副总经理王宏祥至池州桥接线项目办慰问并与一线职工进行座谈，"
         "建管部副部长李晓勇陪同。",
         ["王宏祥 inspected 池州桥接线项目办", "李晓勇 accompanied 王宏祥"]),
    case("invented-至-is-no-trip-without-a-name",
         "截至5月6日，全县5月1日至3日共接待游客3万人次。县长乔南星至今已三次到白岭镇调研。",
         ["乔南星 inspected 白岭镇"], ["乔南星 inspected 今已三次到白岭镇"]),
    # batch11 k1_010: 由A带队…组成的考察组，就X项目…情况进行现场考察; 对本项目全线，特别是A、B收费站…进行了重点察看
    case("real-b11-k1_010-a-project-and-the-sites-after-特别是",
         "7月17日，由省交通运输厅综合运输处副处长盛光霞带队，省交通运输厅、省财政厅、省发改委、省公路管理中心和集团联网"
         "公司相关专家组成的联合考察组，就池州长江公路大桥项目设站收费情况进行现场考察，集团营运部、池州大桥和接线项目办"
         "负责人陪同考察。考察组一行对本项目全线，特别是枞阳东、池州西收费站、白荡湖服务区和跨江主桥以及秋浦河特大桥"
         "进行了重点察看，并召开设站收费考察会。",
         ["盛光霞 inspected 池州长江公路大桥项目", "盛光霞 inspected 枞阳东收费站",
          "盛光霞 inspected 池州西收费站", "盛光霞 inspected 白荡湖服务区", "盛光霞 inspected 秋浦河特大桥"]),
    case("invented-a-project-and-the-sites-after-特别是",
         "5月6日，由副市长温若琳带队的检查组，就白岭水库除险加固工程进展情况进行实地检查。检查组对工程全线，"
         "尤其是青石东、柏家湾收费站和向阳服务区进行了重点检查。",
         ["温若琳 inspected 白岭水库除险加固工程", "温若琳 inspected 青石东收费站",
          "温若琳 inspected 柏家湾收费站", "温若琳 inspected 向阳服务区"]),
    case("invented-a-topic-is-no-site",
         "5月6日，副市长温若琳就全市安全生产工作进行专题调研。",
         [], ["温若琳 inspected 全市安全生产工作"]),
    # batch09 i4_005: 某社区污水处理站及入河排污口 (a site and a part of it), 某河某闸, 落到实处
    case("real-b09-i4_005-sites-of-a-water-inspection",
         "3月2日，副县长贾国顺先后来到徐庄镇驻地污水处理站、朝城镇白井社区污水处理站及入河排污口、金线河仁义闸、"
         "朝城污水处理厂等地进行实地调研。他要求，把水污染治理工作落到实处。",
         ["贾国顺 inspected 朝城镇白井社区污水处理站", "贾国顺 inspected 金线河仁义闸"],
         ["贾国顺 inspected 实处"]),
    # batch09 i4_001: 在甘肃舟曲调研 is the county, by its full name
    case("real-b09-i4_001-a-county-named-with-its-province",
         "5月23日至24日，中共中央政治局委员、中央组织部部长石泰峰在甘肃舟曲调研时强调，要深入学习。",
         ["石泰峰 inspected 舟曲县"], ["石泰峰 inspected 甘肃舟曲"]),
    # batch09 i3_007: 由A率领的考察组…在B的陪同下考察了我县某镇某村人大代表之家
    case("real-b09-i3_007-a-group-led-escorted-to-a-named-site-of-our-county",
         "本报讯(记者韦语韬 通讯员黎峭)10月18日下午，由市人大常委会副主任石春莲率领的考察组约50人，"
         "在县人大常委会主任唐火祯的陪同下考察了我县灵川镇双潭村人大代表之家。",
         ["石春莲 inspected 灵川镇双潭村人大代表之家", "唐火祯 accompanied 石春莲"],
         ["石春莲 inspected 我县"]),
    case("real-b09-i3_007-rooms-of-a-site-already-visited",
         "10月18日下午，由市人大常委会副主任石春莲率领的考察组约50人，在县人大常委会主任唐火祯的陪同下考察了我县"
         "灵川镇双潭村人大代表之家。考察组走进双潭村人大代表之家的人大代表办公场所和活动室，对有关办公硬件设施感到满意。",
         ["石春莲 inspected 灵川镇双潭村人大代表之家"], ["石春莲 inspected 人大代表办公场所"]),
    case("invented-a-group-led-escorted-to-a-named-site-of-our-county",
         "5月6日，由市政协副主席乔南星率领的视察组，在县政协主席卢思齐的陪同下视察了我县青川镇白岭村党员之家。",
         ["乔南星 inspected 青川镇白岭村党员之家", "卢思齐 accompanied 乔南星"]),
    # batch07 g2_002: the group's sites, then a meeting convened in the same sentence
    case("real-b07-g2_002-sites-before-a-meeting-of-the-same-sentence",
         "12日至15日，中共中央政治局常委、全国人大常委会委员长栗战书率全国人大常委会执法检查组在广西检查野生动物保护法"
         "的实施情况。检查组深入养殖场户、市场、海关、自然保护区实地检查。在崇左市扶绥县、百色市田阳区检查蛇类、竹鼠的"
         "人工繁育养殖情况，在广西花鸟宠物交易市场检查市场监管责任落实情况，到凭祥海关听取查处走私野生动物情况介绍，"
         "考察了崇左白头叶猴国家级自然保护区建设保护工作，并在南宁召开座谈会，听取有关情况汇报。栗战书强调，要严格依法"
         "保护野生动物。",
         ["栗战书 inspected 扶绥县", "栗战书 inspected 田阳区", "栗战书 inspected 广西花鸟宠物交易市场",
          "栗战书 inspected 凭祥海关", "栗战书 inspected 崇左白头叶猴国家级自然保护区", "栗战书 spokeAt 座谈会"],
         ["栗战书 inspected 百色市田阳区检查蛇类"], published="2020-07-16"),
    case("invented-sites-before-a-meeting-of-the-same-sentence",
         "5月6日，市长乔南星率调研组到白岭县调研。调研组深入企业、园区实地察看。在白岭县青川镇、石门镇检查防汛工作，"
         "到远帆电子科技有限公司了解生产情况，并在县政府召开座谈会，听取汇报。乔南星强调，要压实责任。",
         ["乔南星 inspected 青川镇", "乔南星 inspected 石门镇", "乔南星 inspected 远帆电子科技有限公司",
          "乔南星 spokeAt 座谈会"]),
    # batch07 g1_001: a site named by its function, in two counties of one tour
    case("real-b07-g1_001-one-kind-of-site-in-two-counties",
         "12月20日至21日，副市长、市禁毒委主任、市公安局长邱木兴先后深入玉山县、信州区督导检查禁毒工作。"
         "在玉山县，邱木兴视察了6.26服务中心和禁毒教育基地，与民警亲切交谈。"
         "在信州区，邱木兴实地查看了信州区禁毒教育基地，肯定了信州区毒品预防教育工作。",
         ["邱木兴 inspected 禁毒教育基地", "邱木兴 inspected 信州区禁毒教育基地"]),
    # batch08 h3_001: 和 inside a firm's name that is not the list's last item
    case("real-b08-h3_001-和-inside-an-item-of-a-list",
         "4月13日至15日，市政协主席、党组书记黄恩率河池市文旅考察团赴北京市考察。考察期间，黄恩一行先后走进北京五和"
         "博澳药业、依文集团、中国丝绸协会，实地观摩企业发展成果。",
         ["黄恩 inspected 依文集团", "黄恩 inspected 北京五和博澳药业"], ["黄恩 inspected 博澳药业"]),
    case("invented-和-inside-an-item-of-a-list",
         "5月6日，副县长乔南星先后走进青川天和药业、远帆集团，实地察看生产情况。",
         ["乔南星 inspected 青川天和药业", "乔南星 inspected 远帆集团"], ["乔南星 inspected 青川天"]),
    # a group sent to inspect (考察团) makes 到访X a visit by itself
    case("invented-考察团到访-a-firm",
         "日前，副市长乔南星率市政府考察团到访远帆电子科技有限公司，深入商讨双方合作。",
         ["乔南星 inspected 远帆电子科技有限公司"]),
    case("invented-到访-alone-is-no-inspection",
         "日前，副市长乔南星到访远帆电子科技有限公司，双方签署合作协议。",
         [], ["乔南星 inspected 远帆电子科技有限公司"]),
    # a trigger word inside a name (张来武: 来) is no verb of coming
    case("real-dev_06-来-inside-a-name",
         "第二站是内江农业科技园区核心区。站在园区沙盘前，张来武认真听取园区情况汇报。",
         [], ["张来武 inspected 武认真"]),
    case("invented-来-inside-a-name",
         "本报讯 3月5日，副市长李来福来到青屿电器有限公司调研。随后，李来福认真听取汇报。",
         ["李来福 inspected 青屿电器有限公司"], ["李来福 inspected 福认真听取汇报"]),
    case("real-c2_017-a-delegation-led-by-its-guest-of-a-会见",
         "11月10日，由中科院院士、北京协和医学院校长、肿瘤专家曾益新率领的医疗卫生专家（院士）团来梧考察，"
         "并举办医疗卫生学术讲座与交流会。市长朱学庆会见曾益新一行，并聆听了讲座。"
         "下午，专家（院士）团到市红会医院、中医医院和城市规划展览馆、苍海新区等地考察。",
         ["朱学庆 met 曾益新", "曾益新 inspected 市红会医院", "曾益新 inspected 中医医院",
          "曾益新 inspected 城市规划展览馆", "曾益新 inspected 苍海新区"],
         ["朱学庆 inspected 市红会医院"], published="2012-11-11"),
    case("real-c1_017-在A、B调研-each-province",
         "11月20日至22日，中共中央政治局常委、国务院副总理丁薛祥在山东、河北调研。",
         ["丁薛祥 inspected 山东省", "丁薛祥 inspected 河北省"], ["丁薛祥 inspected 山东、河北"]),
    case("real-c1_019-A、B和C等地",
         "中共中央政治局委员、国务院副总理何立峰11月18日至20日到湖北、湖南调研。"
         "何立峰先后到湖北鄂州、咸宁和湖南长沙等地，实地调研货运机场运行情况。",
         ["何立峰 inspected 咸宁市", "何立峰 inspected 湖南长沙"],
         ["何立峰 inspected 咸宁和湖南长沙"]),
    case("real-c1_017-trade-words-are-no-firms",
         "11月20日至22日，中共中央政治局常委、国务院副总理丁薛祥在山东、河北调研。"
         "丁薛祥前往济南二机床集团、费斯托气动公司调研先进制造和智能制造，到浪潮集团、中瓷电子、"
         "石药集团了解新一代信息技术创新、生物科技和生物制造产业发展情况。",
         ["丁薛祥 inspected 济南二机床集团", "丁薛祥 inspected 石药集团"],
         ["丁薛祥 inspected 先进制造", "丁薛祥 inspected 智能制造"]),
    case("real-c1_017-a-project-site",
         "11月20日至22日，中共中央政治局常委、国务院副总理丁薛祥在山东、河北调研。"
         "丁薛祥来到济南遥墙国际机场二期改扩建项目现场，调研重大基础设施建设情况。",
         ["丁薛祥 inspected 济南遥墙国际机场二期改扩建项目"]),
    case("real-c1_009-a-list-of-kinds-names-no-site",
         "央视网消息（新闻联播）：中共中央政治局常委、国务院总理李强6月16日至18日在江苏调研。"
         "李强先后来到徐州市、南京市，走进企业、科研院所、工程现场、贸易合作平台等，深入了解经济运行情况。",
         ["李强 inspected 徐州市", "李强 inspected 南京市"],
         ["李强 inspected 贸易合作平台", "李强 inspected 科研院所"]),
    case("real-c3_062-a-clause-is-no-firm-and-近年来-no-coming",
         "11月22日，中华全国供销合作总社党组成员、理事会副主任王伟（正部级）率总社科教社团部副部长"
         "沈青等调研指导我社为农服务工作。王伟一行首先来到钱江蔬菜公司，参观考察自动化包装车间。"
         "在钱江世纪城杭州国际博览中心周边的美丽田园项目现场，王伟一行详细听取我社土地托管四大功能"
         "区块工作介绍和为农服务工作汇报。王伟一行还实地考察钱江综合市场，听取我社近年来在提升农贸"
         "市场品质、保障乡村农贸市场规范化等方面所做的工作以及农贸市场智慧化运营、市场功能布局、"
         "经营管理等情况的汇报。",
         ["王伟 inspected 我社", "王伟 inspected 钱江蔬菜公司", "王伟 inspected 美丽田园项目"],
         ["王伟 inspected 王伟一行首先来到钱江蔬菜公司", "王伟 inspected 市场功能布局",
          "沈青 inspected 钱江蔬菜公司"], published="2019-11-29"),
    case("real-c2_026-当地X-is-not-named",
         "2017年5月17日，县政府副县长郭创峰率县水务局、县环保局、县PP项目办公室、县自来水公司相关负责人"
         "一行前往兴文县、江安县考察学习供排水PPP项目工作。在兴文县和江安县，郭创峰一行实地考察了"
         "当地自来水公司和污水处理厂建设及使用情况。",
         ["郭创峰 inspected 兴文县", "郭创峰 inspected 江安县"],
         ["郭创峰 inspected 当地自来水公司"]),
    case("real-c3_036-从A到B-is-a-range",
         "9月16日，市住建委主任郑锦春率队前往新疆拜城考察对口援建工作，并看望慰问温州援疆干部。"
         "三是从鱼米之乡到牛羊牧场，按照陈书记讲的，把“鱼”和“羊”结合起来、实现资源整合。",
         [], ["郑锦春 inspected 牛羊牧场"]),
    case("real-c1_055-深入开展-is-an-adverb",
         "在自治区体育局39名县处级以上干部陆续来村结对认亲的基础上，11月18日，自治区体育局党组书记聂春"
         "带领局领导班子成员和局机关、直属单位县处级以上领导33人来到巴楚县阿拉格尔乡其干布拉克（9）村、"
         "喀拉艾肯（10）村进一步深入开展结对认亲活动。",
         ["聂春 inspected 其干布拉克（9）村", "聂春 inspected 喀拉艾肯（10）村"],
         ["聂春 inspected 开展结"]),
    case("real-c1_026-a-trade-word-after-a-verb-is-no-firm",
         "央视网消息（新闻联播）：中共中央政治局常委、国务院总理李强6月22日在辽宁省大连市调研。"
         "在一重集团大连核电石化有限公司，李强详细了解核电、石化等装备研制情况，走进车间察看核反应堆"
         "压力容器加工制造。",
         ["李强 inspected 一重集团大连核电石化有限公司"],
         ["李强 inspected 核反应堆压力容器加工制造"]),
    case("real-c2_007-a-body-opening-with-a-common-noun-is-a-kind",
         "5月8日，省人大常委会副主任、省总工会主席郭大为一行来到大数据产业园视察项目建设情况。"
         "郭大为主任一行在园区运营中心视察了企业服务机构及结算中心。",
         ["郭大为 inspected 大数据产业园"],
         ["郭大为 inspected 企业服务机构及结算中心", "郭大为 inspected 企业服务机构"]),
    case("invented-a-kind-after-the-verb",
         "5月8日，副市长邬振华视察了青川物流园区、白岭工业园区和企业服务中心。",
         ["邬振华 inspected 青川物流园区"], ["邬振华 inspected 企业服务中心"]),
    case("real-c3_059-到X开展某活动",
         "6月27日上午，市局党组书记、局长张进同志带领市局机关党员干部到结对联系的武侯区玉林街道黉门街社区"
         "开展“法律服务进社区”暨“双报到”活动。",
         ["张进 inspected 武侯区玉林街道黉门街社区"]),
    case("invented-到X开展活动",
         "6月27日，县委书记邬振华到青岚镇白岭社区开展“送法进社区”活动。",
         ["邬振华 inspected 白岭社区"]),
    case("invented-到X开展工作-is-no-visit",
         "6月27日，副县长柏宁远到县政府开展工作。",
         [], ["柏宁远 inspected 县政府"]),
    case("real-c2_019-X承建的Y工程",
         "日前，中央统战部副部长、全国工商联党组书记、常务副主席徐乐江考察了江苏合发集团承建的"
         "鱼跃医疗产业园办公楼工程。",
         ["徐乐江 inspected 鱼跃医疗产业园办公楼工程"]),
    case("real-c3_043-纪律检查委员会-is-no-visit",
         "校党委书记邓卫主持会议，校长段献忠、全体在校校领导、校党委常委参加学习。会上，邓卫传达领学了习近平总书记关于新冠肺炎疫情防控工作的最新重要讲话精神、习近平总书记在"
         "第十九届中央纪律检查委员会第四次全体会议上的重要讲话精神。",
         [], ["邓卫 inspected 第十九届中央纪律"]),
    case("real-c1_001-来到这里-and-A和B",
         XI_IN_SHANDONG + "26号上午，习近平来到孔府和孔子研究院参观考察，并同有关专家学者座谈。"
         "济南市外来务工人员综合服务中心人来人往，一片繁忙。习近平27号下午来到这里，了解当地政府为"
         "外来务工人员提供一揽子服务、帮助农民工融入城市等情况。",
         ["习近平 inspected 孔府", "习近平 inspected 孔子研究院",
          "习近平 inspected 济南市外来务工人员综合服务中心"],
         ["习近平 inspected 孔府和孔子研究院"], published="2013-11-29"),
    case("real-c3_022-来X进行专题调研",
         "11月23日下午，省质监局党组书记、局长朱琳一行就有关工作来省品牌建设促进会进行专题调研。",
         ["朱琳 inspected 省品牌建设促进会"]),
    case("invented-巡视-and-赴",
         "5月6日，副省长江照临一行巡视了澜川新材料产业园，又赴晨星化工查看生产线。",
         ["江照临 inspected 澜川新材料产业园", "江照临 inspected 晨星化工"]),
    case("invented-莅临",
         "5月6日，副省长江照临莅临澜川新材料产业园考察调研。",
         ["江照临 inspected 澜川新材料产业园"]),
    case("invented-参观检查了-a-list",
         "5月6日，县长程澈参观检查了青山镇卫生院、红星村文化广场、柏溪中学等单位。",
         ["程澈 inspected 青山镇卫生院", "程澈 inspected 红星村文化广场", "程澈 inspected 柏溪中学"]),
    case("invented-在X开展Y调研",
         "5月6日，市长程澈一行在滨江新区开展重点项目督查调研。",
         ["程澈 inspected 滨江新区"], ["程澈 inspected 滨江新区开展重点项目"]),
    case("invented-由A率领的考察团-in-B的陪同下",
         "11月10日，由县委书记邬振华率领的考察团在市长柏宁远的陪同下来到青川工业园区考察。",
         ["邬振华 inspected 青川工业园区", "柏宁远 accompanied 邬振华"],
         ["柏宁远 inspected 青川工业园区"]),
    case("invented-a-group-whose-leader-is-named-next",
         "7月5日，省委某办调研组一行深入青岚镇开展专题调研。调研组由副巡视员柏宁远带队，"
         "县委常委贺知远陪同调研。",
         ["柏宁远 inspected 青岚镇", "贺知远 accompanied 柏宁远"], ["贺知远 inspected 青岚镇"]),
    case("invented-X是此行的第一站",
         "5月6日，县长孟怀安带队的督查组来到青岚镇督查。东坡村社区服务站是督查组此行的第一站。",
         ["孟怀安 inspected 青岚镇", "孟怀安 inspected 东坡村社区服务站"]),
    case("invented-a-long-project-name-in-a-list",
         "5月6日，市长邬振华先后来到青川至白岭高速公路青岚段改扩建及沿线配套服务设施与绿化提升建设项目、白岭新区，"
         "察看项目进展。",
         ["邬振华 inspected 青川至白岭高速公路青岚段改扩建及沿线配套服务设施与绿化提升建设项目",
          "邬振华 inspected 白岭新区"]),
    case("invented-a-room-of-a-site-already-counted",
         "5月6日，县长孟怀安来到晨星化工有限公司调研。走进晨星化工有限公司的数字化展厅，孟怀安详细询问"
         "了企业近年来的产能布局。",
         ["孟怀安 inspected 晨星化工有限公司"], ["孟怀安 inspected 数字化展厅"]),
    case("invented-a-part-of-the-firm-just-visited",
         "5月6日，县长孟怀安来到华兴机械有限公司调研。在企业研发综合大楼，孟怀安详细询问了研发情况。",
         ["孟怀安 inspected 华兴机械有限公司"], ["孟怀安 inspected 企业研发综合大楼"]),
    case("invented-the-firm's-factory-is-the-firm",
         "5月6日，县长孟怀安来到华兴机械有限公司调研，走进公司的智能工厂察看生产情况。",
         ["孟怀安 inspected 华兴机械有限公司"], ["孟怀安 inspected 智能工厂"]),
    case("invented-A抵达X，分别会见了B和C",
         "国家主席邬振华抵达青川，分别会见了某国总统卢思齐和总理卫明川。",
         ["邬振华 met 卢思齐", "邬振华 met 卫明川"]),
    case("invented-在X考察调研-and-在X首先考察了",
         "国务院副总理邬振华17日在青川市考察调研。18日下午，邬振华在白岭市首先考察了青川战役纪念馆。",
         ["邬振华 inspected 青川市", "邬振华 inspected 白岭市", "邬振华 inspected 青川战役纪念馆"],
         ["邬振华 inspected 青川市考察", "邬振华 inspected 白岭市首先"]),
    case("invented-industries-are-no-firms",
         "副总理邬振华先后到航空设备、新材料、机械装备、新能源电池等制造业企业调研。",
         [], ["邬振华 inspected 新材料", "邬振华 inspected 机械装备"]),
    case("invented-a-place-then-kinds-of-body-there",
         "副委员长邬振华深入青川、白岭有关高校、科研院所、科创平台调研。",
         ["邬振华 inspected 白岭"], ["邬振华 inspected 白岭有关高校", "邬振华 inspected 科创平台"]),
    case("invented-a-site-after-a-relative-clause-and-a-university-laboratory",
         "国家主席邬振华来到始建于东汉年间的白马古寺考察。随后，邬振华来到青川理工大学新材料"
         "国家重点实验室，了解科研情况。",
         ["邬振华 inspected 白马古寺", "邬振华 inspected 青川理工大学新材料国家重点实验室"]),
    case("invented-a-list-of-firms-closed-by-等-and-a-kind",
         "5月6日，市长邬振华来到青川大数据产业园，查看了青川远帆电子商务有限公司、白岭云溪生物科技有限公司"
         "等电商平台的运营情况。",
         ["邬振华 inspected 青川远帆电子商务有限公司", "邬振华 inspected 白岭云溪生物科技有限公司"]),
    # (a page that never names its own school: 我校 is no node a reader could use, so no edge;
    # a page that names it visits that school, see test_real_articles)
    case("invented-the-paper's-own-body-after-the-verb",
         "5月6日，省教育厅厅长邬振华视察了我校，听取工作汇报。市长柏宁远看望了我市人民群众。",
         [], ["邬振华 inspected 我校", "柏宁远 inspected 我市"]),
    case("invented-an-earlier-visit-recalled",
         "5月6日，县长孟怀安在青山镇调研。早在三年前，孟怀安就到西岭县、南湖县蹲点指导过茶叶种植。",
         ["孟怀安 inspected 青山镇"], ["孟怀安 inspected 西岭县"]),
    case("real-c1_038-a-month-before-the-paper's-is-a-recalled-visit",
         "习近平总书记4月到广西视察时指出，广西有条件在“一带一路”建设中发挥更大作用，要写好新世纪海上丝路新篇章。",
         [], ["习近平 inspected 广西壮族自治区", "习近平 inspected 广西"], published="2017-05-14"),
    case("invented-the-paper's-own-month-is-no-recollection",
         "国务院副总理邬振华5月在青川市考察时强调，要抓好春耕生产。",
         ["邬振华 inspected 青川市"], published="2017-05-14"),
    case("invented-an-earlier-year",
         "5月6日，县长孟怀安在青山镇调研。1947年底，县长李明率领机关来到杨家沟村。",
         ["孟怀安 inspected 青山镇"], ["李明 inspected 杨家沟村"]),
    case("invented-近年来-is-no-coming",
         "5月6日，县长孟怀安来到青山镇调研。孟怀安一行还实地考察青山综合市场，听取该镇近年来在提升"
         "农贸市场品质、市场功能布局、经营管理等情况的汇报。",
         ["孟怀安 inspected 青山综合市场"], ["孟怀安 inspected 市场功能布局"]),
    # batch10 j4_006: 机械与控制工程学院、环境科学与工程学院: a 与 before the only ending is one body
    case("real-b10-j4_006-与-inside-a-schools-name",
         "12月31日，学校副厅级调研员张劲松检查元旦期间学生安全稳定工作情况。在检查走访过程中，张劲松副厅级调研员"
         "先后到理学院、机械与控制工程学院、环境科学与工程学院，详细了解二级学院假期值班安排。",
         ["张劲松 inspected 机械与控制工程学院", "张劲松 inspected 环境科学与工程学院"],
         ["张劲松 inspected 工程学院"]),
    case("invented-与-inside-a-schools-name",
         "5月6日，县长孟怀安先后到县职教中心、材料与化工学院调研。",
         ["孟怀安 inspected 材料与化工学院"], ["孟怀安 inspected 化工学院"]),
    # batch10 j1_006: 在市教育局相关领导的陪同下实地视察了新一中 (the escorts' body is no site)
    case("real-b10-j1_006-escorts-body-is-no-site",
         "5月10日上午，绍兴市人民政府市长马卫光、副市长顾涛一行在市委教育工委书记、市教育局局长贺晓敏等陪同下赴"
         "新绍兴一中视察调研。此外，5月8日上午，顾涛一行也在市教育局相关领导的陪同下实地视察了新一中，"
         "她充分肯定了学校的各方面工作。",
         ["顾涛 inspected 新一中"], ["顾涛 inspected 市教育局"]),
    # batch10 j2_005: 来某县中医院现场考评 (an assessment visit)
    case("real-b10-j2_005-assessment-visit",
         "九江新闻网讯(秦雯)2017年4月8日，省考评组领导万琴、曹辉、李琨、宗芳及市医改办领导郑东升、雷勇来都昌县中医院"
         "现场考评公立医院综合改革工作，都昌县人民政府副县长江期论等陪同。",
         ["万琴 inspected 都昌县中医院", "江期论 accompanied 万琴"], published="2017-04-08"),
    # batch10 j2_003: 然后扩大到全市200个社区 (a scheme growing, no trip)
    case("real-b10-j2_003-grown-to-is-no-trip",
         "5月6日，县长孟怀安来到青山镇调研。2017年底前，预计完成50个社区试点，然后扩大到全市200个社区。",
         ["孟怀安 inspected 青山镇"], ["孟怀安 inspected 全市200个社区"]),
    # batch10 j1_005: A书记等学校班子成员 is no school; staff offices of the school are no sites
    case("real-b10-j1_005-staff-rooms-of-the-school",
         "在第34个教师节来临之际，9月6日上午，市委书记马卫光在市委教育工委书记、市教育局局长姚国海和市委、"
         "市委教育工委其他领导的陪同下，专程前来我校看望慰问广大教师。\n上午10时，马卫光一行抵达我校，在朱雯校长、"
         "陈银伟书记等学校班子成员的带领下，前往教师办公室，走访、慰问教师。\n在高三班主任办公室，马卫光看望了"
         "高三年级长、绍兴市最美教师陈丹燕老师。",
         ["姚国海 accompanied 马卫光"],
         ["马卫光 inspected 教师办公室", "马卫光 inspected 高三班主任办公室", "马卫光 inspected 陈银伟书记等学校"],
         published="2018-09-07"),
    case("invented-staff-room-but-a-partys-office-is-a-body",
         "5月6日，县长孟怀安来到青山中学，走访了教研组办公室。随后，孟怀安来到县委办公室调研。",
         ["孟怀安 inspected 青山中学", "孟怀安 inspected 县委办公室"], ["孟怀安 inspected 教研组办公室"]),
    # batch11 k4_009 (read in simplified characters): 他第一站先去X; a figure's caption is no text
    case("real-b11-k4_009-first-stop-went-to",
         "国家主席习近平周一到福建武夷山考察调研，他第一站先去武夷山国家公园，了解智慧平台管理情况。"
         "他又到朱熹园参观，了解宋代著名理学家朱熹的生平及理学研究。",
         ["习近平 inspected 武夷山国家公园", "习近平 inspected 朱熹园"], published="2021-03-23"),
    # batch11 k4_003 (in simplified characters): A周日会见B; k4_004: 王储穆罕默德
    case("real-b11-k4_003-met-on-sunday",
         "中共中央对外联络部副部长郭业洲、外交部长王毅先后到访大马。郭业洲周日会见马来西亚首相马哈蒂尔，王毅亦将有访问。",
         ["郭业洲 met 马哈蒂尔"]),
    case("real-b11-k4_004-crown-prince",
         "习近平主席同穆罕默德王储在亲切友好的气氛中举行了双边会谈，强调应深化中阿全面战略伙伴关系。",
         ["习近平 met 穆罕默德"]),
    # batch11 k2_009: 视察了A、B，以及C、D (the list goes on past the comma)
    case("real-b11-k2_009-list-goes-on",
         "仪式前，国家国防科技工业局副局长吴艳华一行视察了高分江苏数据与应用中心、东南大学网络与信息中心，"
         "以及东南大学无线谷毫米波国家重点实验室、移动通信国家重点实验室。",
         ["吴艳华 inspected 东南大学网络与信息中心", "吴艳华 inspected 东南大学无线谷毫米波国家重点实验室"]),
    # after batch11 k1_010 (shortened): 由A带队的考察组…；考察组一行对X、Y进行了重点察看
    case("invented-after-b11-k1_010-group-looked-closely",
         "7月17日，由省交通运输厅综合运输处副处长盛光霞带队的联合考察组，就池州长江公路大桥项目设站收费情况进行现场考察。"
         "考察组一行对枞阳东收费站、白荡湖服务区和秋浦河特大桥进行了重点察看。",
         ["盛光霞 inspected 枞阳东收费站", "盛光霞 inspected 秋浦河特大桥"], published="2021-07-20"),
    # batch11 k4_001: 会见了周某、陈某的亲属 (their kin are the guests)
    case("real-b11-k4_001-met-the-kin",
         "国务院总理温家宝9月10日来到外交学院新校区。温家宝还会见了周恩来、陈毅的亲属和外交战线老同志。",
         [], ["温家宝 met 陈毅", "温家宝 met 周恩来"]),
    case("invented-a-name-with-在-is-no-place",
         "5月6日，县长曾在明来到青山镇调研。",
         ["曾在明 inspected 青山镇"], ["曾在明 inspected 明来到青山镇"]),
]

#: batches 05-06 (first scored unseen): the real sentence of each construction,
#: copied from the page named in the id, beside an invented one of the same shape
LI_IN_GUANGDONG = "中共中央政治局常委、国务院总理李强1月3日至5日在广东调研。"
WANG_IN_GUANGDONG = "中共中央政治局常委、全国政协主席王沪宁21日至23日在广东深圳、惠州调研。"

TOURS_05_06 = [
    case("real-b05-c1_051-的-inside-a-firm's-brand",
         LI_IN_GUANGDONG + "在佛山市，李强考察了广东美的厨房电器制造有限公司，参观数字化智能化生产线。",
         ["李强 inspected 广东美的厨房电器制造有限公司", "李强 inspected 佛山市"]),
    case("real-b05-c1_051-a-zone-briefed-on-at-a-stop",
         LI_IN_GUANGDONG + "在深圳市，李强听取深港科技创新合作区规划发展等情况汇报，了解园区企业运用人工智能赋能"
         "新材料、生物医药等领域研发进展，察看比亚迪公司新能源汽车展示。",
         ["李强 inspected 深港科技创新合作区"]),
    case("invented-a-zone-briefed-on-at-a-stop",
         "副省长严屹在白岭县调研。在青川市，严屹听取青川高新技术产业开发区建设情况汇报。",
         ["严屹 inspected 青川高新技术产业开发区"]),
    case("invented-a-zone-briefed-on-in-a-meeting-is-no-stop",
         "副省长严屹在白岭县调研。在座谈会上，严屹听取青川高新技术产业开发区建设情况汇报。",
         [], ["严屹 inspected 青川高新技术产业开发区"]),
    case("invented-的-inside-a-firm's-brand",
         "副市长程澈来到宏美的家居用品有限公司考察。",
         ["程澈 inspected 宏美的家居用品有限公司"]),
    case("invented-place-的-firm-is-not-a-brand",
         "副市长程澈来到青川的华兴机械有限公司调研。",
         [], ["程澈 inspected 青川的华兴机械有限公司"]),
    case("real-b05-c1_051-a-cluster-谷-after-来到",
         LI_IN_GUANGDONG + "李强来到深圳蛇口邮轮母港直升机场和机器人谷，了解低空经济发展情况。",
         ["李强 inspected 深圳蛇口邮轮母港直升机场", "李强 inspected 机器人谷"]),
    case("real-b06-c1_020-offices-of-a-CPPCC",
         WANG_IN_GUANGDONG + "王沪宁还到深圳市政协机关、惠州市惠城区政协机关调研，看望在深圳市、惠州市的全国政协委员"
         "和政协机关干部。",
         ["王沪宁 inspected 深圳市政协机关", "王沪宁 inspected 惠州市惠城区政协机关"]),
    case("invented-offices-of-a-congress-and-a-CPPCC",
         "副省长严屹还到青川市人大机关、白岭县政协机关调研。",
         ["严屹 inspected 青川市人大机关", "严屹 inspected 白岭县政协机关"]),
    case("real-b06-c1_020-在参观X时他表示",
         WANG_IN_GUANGDONG + "在参观东江纵队纪念馆时他表示，要弘扬伟大抗战精神。",
         ["王沪宁 inspected 东江纵队纪念馆"]),
    case("invented-在参观X时他表示",
         "副省长严屹在白岭县调研。在参观青岚烈士纪念馆时他表示，要传承红色基因。",
         ["严屹 inspected 青岚烈士纪念馆"]),
    case("real-b05-c3_020-the-firms-of-a-named-site",
         "11月18日，何汉翔院长一行四人赴和县调研考察当地检验检测中心合作共建以及相关检测服务工作。"
         "何汉翔院长一行还前往马鞍山绿色食品产业集聚基地的企业实地考察。",
         ["何汉翔 inspected 马鞍山绿色食品产业集聚基地"],
         ["何汉翔 inspected 马鞍山绿色食品产业集聚基地的企业"]),
    case("invented-the-firms-of-a-named-site",
         "副市长程澈一行还前往白岭农产品加工产业园的企业调研。",
         ["程澈 inspected 白岭农产品加工产业园"]),
    case("real-b06-c2_040-a-room-of-a-site-already-visited",
         "上午一上班，省委常委、市委书记毛小兵，副市长、市公安局局长张谦，副市长王彤及城东区委区政府、"
         "市食品药品监督等部门负责人赶赴省人民医院和省儿童医院，看望慰问事件中的24名患者，安抚病人家属，"
         "表达党和政府的高度关切。在省人民医院急诊中心治疗室，毛小兵详细询问医院治疗和病人康复情况。",
         ["毛小兵 inspected 省人民医院", "毛小兵 inspected 省儿童医院"],
         ["毛小兵 inspected 省人民医院急诊中心治疗室"]),
    case("invented-a-room-of-a-site-already-visited",
         "副市长程澈来到青川市中心医院看望患者。在青川市中心医院儿科病房，程澈详细询问病情。",
         ["程澈 inspected 青川市中心医院"], ["程澈 inspected 青川市中心医院儿科病房"]),
    case("real-b05-c1_027-a-site-inside-a-division-visited-is-no-room",
         "6月25日至26日，中共中央政治局常委、国务院副总理丁薛祥在新疆调研。"
         "丁薛祥前往新疆大学、新疆轻工职业技术学院，调研民族地区高等教育发展等情况。",
         ["丁薛祥 inspected 新疆大学", "丁薛祥 inspected 新疆轻工职业技术学院"]),
    case("real-b06-c3_027-来-and-the-first-letter-of-the-city",
         "本报讯（记者祝琳）11月10日，由中科院院士、北京协和医学院校长、肿瘤专家曾益新率领的医疗卫生专家"
         "（院士）团来梧考察，并举办医疗卫生学术讲座与交流会。市长朱学庆会见曾益新一行，并聆听了讲座。"
         "朱学庆说，梧州历史人文优势、区位交通优势、生态环境优势明显。",
         ["曾益新 inspected 梧州市", "朱学庆 met 曾益新"]),
    case("invented-来-and-the-first-letter-of-the-city",
         "本报讯 5月9日，由省农科院院长卢思齐率领的专家团来滁调研。市长任远会见卢思齐一行。"
         "任远介绍了滁州农业发展情况。",
         ["卢思齐 inspected 滁州市"]),
    case("invented-来-and-a-letter-the-article-names-no-city-with",
         "本报讯 5月9日，由省农科院院长卢思齐率领的专家团来滁调研。市长任远会见卢思齐一行。",
         ["任远 met 卢思齐"], ["卢思齐 inspected 滁"]),
    case("invented-来-and-a-letter-of-a-common-word-is-no-city",
         "本报讯 5月9日，由省农科院院长卢思齐率领的专家团来港考察。卢思齐说，港口建设很重要。",
         [], ["卢思齐 inspected 港口区"]),
    case("real-b05-c1_051-途经-a-site-on-a-tour",
         LI_IN_GUANGDONG + "途经深中通道时，李强听取项目运营及珠江口跨海通道规划建设介绍。",
         ["李强 inspected 深中通道"], ["李强 inspected 深中通道时"]),
    case("invented-途经-a-site-on-a-tour",
         "副省长严屹在白岭县调研。途经青川大桥时，严屹听取大桥运营情况介绍。",
         ["严屹 inspected 青川大桥"]),
    case("real-b05-c1_051-察看-a-firm's-display",
         LI_IN_GUANGDONG + "在深圳市，李强听取深港科技创新合作区规划发展等情况汇报，了解园区企业运用人工智能赋能"
         "新材料、生物医药等领域研发进展，察看比亚迪公司新能源汽车展示。",
         ["李强 inspected 比亚迪公司", "李强 inspected 深圳市"]),
    case("invented-察看-a-firm's-display",
         "副省长严屹在白岭县调研。严屹察看宏远农机公司智能农机演示。",
         ["严屹 inspected 宏远农机公司"]),
    # constructions of the error map (part A, 18), no page of batches 01-06 writes them
    case("invented-a-school-named-by-its-number",
         "5月3日，副市长程澈参观检查了青川一中、白岭小学、东坡幼儿园等单位。",
         ["程澈 inspected 青川一中", "程澈 inspected 白岭小学", "程澈 inspected 东坡幼儿园"]),
    case("invented-a-project-inside-the-topic-of-the-visit",
         "5月3日，副市长程澈调研督导青川产业园二期项目建设推进工作。",
         ["程澈 inspected 青川产业园二期项目"]),
    # public pages quoted in the error map (part B): the quoted sentence, after a first
    # sentence written for the case that names the visitor with his posts
    case("errormap-B-quoted-a-relative-clause-before-the-site",
         "中共中央总书记习近平近日在河南考察。习近平来到始建于东汉年间的白马寺考察。",
         ["习近平 inspected 白马寺"]),
    case("invented-a-relative-clause-before-the-site",
         "中共中央总书记邬振华近日在青川考察。邬振华来到位于白岭县城东南的东坡革命旧址。",
         ["邬振华 inspected 东坡革命旧址"]),
    case("errormap-B-quoted-在X-then-the-name-with-no-comma",
         "中共中央总书记习近平近日在山东考察。在黄河三角洲国家级自然保护区习近平听取了情况汇报。",
         ["习近平 inspected 黄河三角洲国家级自然保护区"],
         ["习近平 inspected 黄河三角洲国家级自然保护区习近平听取了情况汇报"]),
    case("invented-在X-then-the-name-with-no-comma",
         "中共中央总书记邬振华近日在青川考察。在青川国家级自然保护区邬振华认真听取了情况汇报。",
         ["邬振华 inspected 青川国家级自然保护区"]),
    case("invented-在会上-then-the-name-is-no-site",
         "中共中央总书记邬振华近日在青川考察。在座谈会上邬振华听取了情况汇报。",
         [], ["邬振华 inspected 座谈会上"]),
    case("errormap-B-quoted-a-liaison-point-and-a-congress-office",
         "中共中央政治局常委、全国人大常委会委员长栗战书12日至14日在上海调研。"
         "栗战书到市人大机关和虹桥街道基层立法联系点等地调研。",
         ["栗战书 inspected 市人大机关", "栗战书 inspected 虹桥街道基层立法联系点"]),
    case("invented-a-liaison-point-and-a-congress-office",
         "副省长严屹到白岭县人大机关和东坡街道基层立法联系点等地调研。",
         ["严屹 inspected 白岭县人大机关", "严屹 inspected 东坡街道基层立法联系点"]),
    # error map part B (a group led by two named persons; the page is not quoted there)
    case("invented-a-group-led-by-two-stands-for-both",
         "5月10日至14日，民建中央主席邬振华、副主席卢思齐率调研组赴青川、白岭调研。"
         "调研组先后走访了青川大学、宏远科技有限公司。",
         ["邬振华 inspected 青川大学", "卢思齐 inspected 青川大学",
          "邬振华 inspected 宏远科技有限公司", "卢思齐 inspected 宏远科技有限公司"]),
    case("invented-an-escort-is-not-a-leader-of-the-group",
         "5月10日，市委书记邬振华来到青川县调研。县长卢思齐陪同。调研组先后走访了青川大学。",
         ["邬振华 inspected 青川大学", "卢思齐 accompanied 邬振华"], ["卢思齐 inspected 青川大学"]),
    case("errormap-B-quoted-a-division-before-kinds-of-body",
         "中共中央政治局常委、全国政协主席汪洋近日在上海、浙江调研。"
         "汪洋深入上海、浙江有关高校、科研院所、科创平台、高科技公司，了解科技创新情况。",
         ["汪洋 inspected 上海市", "汪洋 inspected 浙江省"],
         ["汪洋 inspected 浙江有关高校", "汪洋 inspected 科创平台", "汪洋 inspected 高科技公司"]),
    case("invented-a-division-before-kinds-of-body",
         "副省长严屹深入青州、白岭县有关高校、科研院所调研。",
         ["严屹 inspected 青州市"], ["严屹 inspected 科研院所"]),
    case("invented-errormap-B-a-plant-named-by-common-words",
         "中共中央政治局委员、国务院副总理邬振华近日在河南调研。"
         "在洛阳轴承集团股份有限公司，邬振华察看了智能工厂。",
         ["邬振华 inspected 洛阳轴承集团股份有限公司"], ["邬振华 inspected 智能工厂"]),
    case("invented-a-room-after-the-firm's-name",
         "副省长严屹在白岭县调研。严屹来到华睿集团数字化展厅。",
         ["严屹 inspected 华睿集团"], ["严屹 inspected 华睿集团数字化展厅"]),
    case("invented-a-proper-name-before-a-plant-word-is-a-site",
         "副省长严屹在白岭县调研。严屹来到青川化工厂调研。",
         ["严屹 inspected 青川化工厂"]),
]

ESCORTS_05_06 = [
    case("real-b05-c2_008-escorts-in-a-list-with-commas-and-a-body-before-the-last",
         "9月17日，以省统计局党组书记、局长徐强为组长的省统计局调研组来大数据产业园调研指导工作。"
         "铜川市人民政府市长李智远，市发改委主任王晓刚、市统计局局长杨琨、区委副书记、区长张大军，"
         "区发改局局长李浩宁，区统计局局长封耀斌及耀州区大数据产业园运营中心负责人刘振宇陪同调研。",
         ["李智远 accompanied 徐强", "王晓刚 accompanied 徐强", "杨琨 accompanied 徐强",
          "张大军 accompanied 徐强", "李浩宁 accompanied 徐强", "封耀斌 accompanied 徐强",
          "刘振宇 accompanied 徐强"],
         ["李智远 accompanied 刘振宇"]),
    case("invented-escorts-in-a-list-with-commas-and-a-body-before-the-last",
         "5月6日，副省长严屹来青川产业园调研。市长任远，副市长宋知微及青川产业园运营中心负责人顾盼陪同调研。",
         ["任远 accompanied 严屹", "宋知微 accompanied 严屹", "顾盼 accompanied 严屹"]),
    case("real-b05-c3_020-escorts-then-unnamed-bodies-以及",
         "11月18日，何汉翔院长一行四人赴和县调研考察当地检验检测中心合作共建以及相关检测服务工作。"
         "和县县委书记刘殊、副县长武元庆以及和县台湾农民创业园管委会、县科技局、县市场监管局等负责同志陪同调研。",
         ["刘殊 accompanied 何汉翔", "武元庆 accompanied 何汉翔"]),
    case("invented-escorts-then-unnamed-bodies-以及",
         "5月6日，副省长严屹到白岭县调研。县委书记任远、副县长顾盼以及县发改局、县科技局等负责同志陪同调研。",
         ["任远 accompanied 严屹", "顾盼 accompanied 严屹"]),
    # no page of batches 01-06 has 会见…，并陪同
    case("invented-the-host-escorts-the-guest-he-met",
         "5月6日，市长乔南星会见了远帆集团董事长卢思齐一行，并陪同考察了白岭产业园。",
         ["乔南星 met 卢思齐", "乔南星 accompanied 卢思齐"], ["卢思齐 accompanied 乔南星"]),
    case("invented-并陪同-with-no-guest-met-names-nobody",
         "5月6日，市长乔南星到白岭县调研，并陪同考察。",
         ["乔南星 inspected 白岭县"], ["乔南星 accompanied 乔南星"]),
    # no page of batches 01-06 writes an adverb before 陪同
    case("invented-an-adverb-before-陪同",
         "5月6日，副省长严屹来白岭县调研。县委书记任远全程陪同。",
         ["任远 accompanied 严屹"]),
]

MET_05_06 = [
    case("real-b05-c3_045-分别会见-guests-joined-by-a-comma",
         "3月23日，集团公司副董事长、总经理、党组副书记王野平应邀出席2016年中国广州国际投资年会全体大会。"
         "年会期间，王野平分别会见了广东省委常委、常务副省长徐少华，广东省委常委、广州市委书记任学锋。",
         ["王野平 met 徐少华", "王野平 met 任学锋"], ["徐少华 met 任学锋"]),
    case("invented-分别会见-guests-joined-by-a-comma",
         "市委书记贺北辰分别会见了远帆集团董事长卢思齐，云溪农业总经理宋知微。",
         ["贺北辰 met 卢思齐", "贺北辰 met 宋知微"]),
    case("invented-a-comma-without-分别-ends-the-guests",
         "市委书记贺北辰会见了远帆集团董事长卢思齐，副市长顾盼陪同会见。",
         ["贺北辰 met 卢思齐"], ["贺北辰 met 顾盼"]),
    case("real-b06-c1_025-a-delegation-led-by-a-guest-then-another-guest",
         "6月18日，国家副主席韩正在北京分别会见加拿大工业部长乔利率领的知名企业家代表团、"
         "丹麦诺和诺德基金会主席兼诺和诺德公司董事会主席索文森。",
         ["韩正 met 乔利", "韩正 met 索文森"]),
    case("invented-a-delegation-led-by-a-guest-then-another-guest",
         "市长乔南星会见了远帆集团董事长卢思齐率领的企业家代表团、云溪农业总经理宋知微。",
         ["乔南星 met 卢思齐", "乔南星 met 宋知微"]),
    case("real-b05-c3_045-在会见B时-A",
         "3月23日，集团公司副董事长、总经理、党组副书记王野平应邀出席2016年中国广州国际投资年会全体大会。"
         "年会期间，王野平分别会见了广东省委常委、常务副省长徐少华，广东省委常委、广州市委书记任学锋。"
         "在会见任学锋时，王野平简要介绍了大唐集团“十三五”发展的思路。",
         ["王野平 met 任学锋"]),
    # no page of batches 01-06 has it: the guests' visit said in a modifier of them
    case("invented-前来考察的-guests-is-no-visit-of-the-host",
         "5月6日，市长乔南星在市行政中心亲切会见了前来考察的远帆集团董事长卢思齐一行。",
         ["乔南星 met 卢思齐"], ["乔南星 inspected 市行政中心亲切会见了前来", "乔南星 inspected 市行政中心"]),
    case("real-b04-c3_002-a-caption-two-names-with-their-places-then-会谈",
         "武汉市委常委、政法委书记曹裕江，黄石市委副书记、市长吴锦出席会议并讲话。\n"
         "吴锦（右一）、魏华山（左一）会谈  \n娲石集团党委书记、董事长魏华山  \n"
         "魏华山表示，在市县各级领导鼎力支持下，投资40亿元，建设日产6200吨新型绿色智能化熟料生产线以及这次签约的"
         "年产2000万吨绿色环保建材生产线。",
         ["吴锦 met 魏华山"]),
    case("invented-a-caption-two-names-with-their-places-then-会谈",
         "市长乔南星出席签约仪式。远帆集团董事长卢思齐致辞。\n乔南星（右）、卢思齐（左）会谈\n卢思齐表示，很高兴来青川投资。\n",
         ["乔南星 met 卢思齐"]),
    case("invented-names-of-a-caption-with-no-talks",
         "市长乔南星出席签约仪式。远帆集团董事长卢思齐致辞。\n乔南星（右）、卢思齐（左）出席签约仪式\n卢思齐表示，很高兴来青川投资。\n",
         [], ["乔南星 met 卢思齐"]),
    # no page of batches 01-06 names the guests by 客人 alone
    case("invented-会见了客人-the-visit's-leader",
         "5月6日，远帆集团董事长卢思齐一行来我市考察，市长乔南星会见了客人。",
         ["乔南星 met 卢思齐"]),
    case("invented-会见了客人-after-the-host's-own-tour-names-nobody",
         "5月6日，市长乔南星到白岭县调研。随后，乔南星会见了客人。",
         [], ["乔南星 met 乔南星"]),
    case("real-b05-c3_045-在会见B时-a-name-glued-to-时",
         "3月23日，集团公司副董事长、总经理、党组副书记王野平应邀出席2016年中国广州国际投资年会全体大会。"
         "年会期间，王野平分别会见了广东省委常委、常务副省长徐少华，广东省委常委、广州市委书记任学锋。"
         "在会见徐少华时，王野平简要介绍了广东省政府与大唐集团“十二五”期间签订的《战略合作框架协议》的完成情况。",
         ["王野平 met 徐少华"]),
    case("invented-在会见B时-a-name-glued-to-时",
         "市长乔南星出席推介会。远帆集团董事长卢思齐出席签约仪式。在会见远帆集团董事长卢思齐时，乔南星表示，欢迎企业来投资。",
         ["乔南星 met 卢思齐"]),
    # batch08 h3_007: a clause of place between the host and 会见
    case("real-b08-h3_007-A，在广州会见了B",
         "2012年7月10日，奥特莱斯（中国）有限公司战略与投资委员会副主席陈春良，在广州会见了来访的广西省钦州市副市长"
         "陆钦华等领导一行。",
         ["陈春良 met 陆钦华"]),
    case("invented-A，在北京会见了B",
         "5月6日，远帆集团董事长卢思齐，在北京会见了来访的白岭县县长乔南星一行。",
         ["卢思齐 met 乔南星"]),
    case("invented-在会见B一行时-他",
         "市长乔南星出席推介会。在会见远帆集团董事长卢思齐一行时，他表示，欢迎企业来投资。",
         ["乔南星 met 卢思齐"]),
]

CASES = MET + ACCOMPANIED + INSPECTED + TOURS_05_06 + ESCORTS_05_06 + MET_05_06


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_reads_what_the_text_states(c: Case) -> None:
    assert c.must or c.must_not
    got = read(c)
    assert c.must <= got, f"missing {sorted(c.must - got)}; read {sorted(got)}"
    assert not c.must_not & got, f"wrongly read {sorted(c.must_not & got)}"


#: the day of a visit or meeting written right after the visitor's name (习近平7日来到X,
#: A28日会见B), not the dateline's or the paper's day. No page of batches 01-04
#: writes it so; the researcher's pages of the error map (part B) do.
DATED = [
    ("新华社太原7月8日电 国务院副总理邬振华7日来到青川市考察。当天下午，邬振华到华兴阀门股份有限公司"
     "进行了考察。8日上午，邬振华来到白岭村。", "2025-07-09",
     {("青川市", "2025-07-07"), ("华兴阀门股份有限公司", "2025-07-07"), ("白岭村", "2025-07-08")}),
    ("国务院副总理邬振华28日会见了某国驻华大使卢思齐。", "2022-06-29", {("卢思齐", "2022-06-28")}),
]


@pytest.mark.parametrize(("text", "published", "dated"), DATED)
def test_a_visit_is_dated_by_the_day_written_after_the_name(
        text: str, published: str, dated: set[tuple[str, str]]) -> None:
    arts = extract(Document("page.txt", text, published=published), ExtractOptions())
    got = {(r.object.label, r.date) for a in arts for r in a.relations
           if r.prop in ("inspected", "met")}
    assert dated <= got, f"read {sorted(got, key=str)}"


def test_the_man_escorted_visits_in_the_later_clauses_of_the_escorts_sentence():
    """batch07 g3_002: …副院长杨某陪同庞某院长一行参观了华商校园，分别前往中央图书馆…、
    会议中心参观 — the escorted visitor, not his escort, goes on to the other sites."""
    page = ("某学院领导来访\n12月6日，某某大学校长王建国一行莅临某某学院参观交流。会后，某某学院"
            "副院长李华陪同王建国校长一行参观了校园，分别前往图书馆学习中心、实训中心参观。\n")
    visits = set(pairs(page, "inspected"))
    assert ("王建国", "实训中心") in visits
    assert not any(s == "李华" for s, _ in visits)


def test_a_guest_named_in_latin_letters_after_his_titles():
    """batch09 i3_008: 会见了美国某集团总裁、首席执行官Kevin Lobo一行."""
    text = ("此举得到了市委、市政府的高度重视，市委书记阎立专程会见了美国史赛克集团总裁、"
            "首席执行官Kevin Lobo一行。")
    assert ("阎立", "Kevin Lobo") in pairs(text, "met")
    assert ("Kevin Lobo", "美国史赛克集团总裁") in pairs(text, "holdsPosition")
    assert ("温若琳", "Anna Weber") in pairs("市长温若琳会见了德国某集团总裁Anna Weber一行。", "met")


def test_rooms_of_a_named_site_and_a_school_named_by_its_number():
    """batch19 t4_003: 在某看守所，某副局长深入监控室、医务室…: rooms of the site, not sites;
    t4_002: 在六枝特区四中，某某详细了解…: a school named by its number is the stop (中 here
    is no "in the course of")."""
    def inspected(text: str) -> set[str]:
        arts = extract(Document("page.txt", text, published="2013-04-11"), ExtractOptions())
        return {r.object.label for a in arts for r in a.relations if r.prop == "inspected"}

    real = ("3月10日，公安部监管局副局长黄智元一行到盘县看守所调研。"
            "在盘县看守所，黄智元副局长深入监控室、医务室、管教室与有关人员进行亲切交谈，了解有关工作情况。")
    assert inspected(real) == {"盘县看守所"}
    real = ("3月26日，市委常委、市委政法委书记、市公安局长徐立平深入六枝特区平寨镇小寨村，平寨镇银壶社区，"
            "六枝特区四中等地开展社会管理调研工作。\n在六枝特区四中，徐立平详细了解学校与派出所携手打造创新教育模式"
            "工作开展情况。")
    assert "六枝特区四中" in inspected(real)
    invented = ("5月8日，县长柯望川到白岭镇调研。在白岭镇派出所，柯望川深入值班室、档案室查看。"
                "在白岭三中，柯望川详细了解校园安全工作。")
    assert inspected(invented) == {"白岭镇", "白岭镇派出所", "白岭三中"}
