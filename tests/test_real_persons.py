"""Persons and the posts they hold, on sentences of real pages and invented ones.

Each case is a sentence (or two of one article) and the triples a careful
reader takes from it (``must``) or that a careless reading gives
(``must_not``). Real sentences are copied verbatim from the pages of
tests/data/real/batch01-04 (file named in the comment); invented ones use
made-up names and show the same construction. A post is compared as written
(``市长``), not as resolved to its place (see test_posts.py).
"""

from __future__ import annotations

import pytest

from newskg.extractors import ExtractOptions, extract
from newskg.records import Document

Triple = tuple[str, str, str]


def _read(text: str) -> tuple[set[Triple], set[str]]:
    triples, nodes = _read_all(text)
    return triples, {label for label, cls in nodes if cls == "Person"}


def _read_all(text: str) -> tuple[set[Triple], set[tuple[str, str]]]:
    arts = extract(Document("page.txt", text), ExtractOptions())
    triples = {(r.subject.label, "heldFormerly" if r.former else r.prop,
                r.object.text if r.prop == "holdsPosition" else r.object.label)
               for a in arts for r in a.relations}
    nodes = {(m.label, m.cls) for a in arts for m in a.mentions}
    return triples, nodes


def _t(s: str) -> Triple:
    a, p, o = s.split()
    return a, p, o


HP = "holdsPosition"

CASES: list[tuple[str, str, list[str], list[str]]] = [
    # --- a title written after the name -------------------------------------
    # batch15 p2_010: 某医院神经内科某某教授 (a man's own rank, no post of that body); 可办理事项
    ("own-rank-after-a-body-real",
     "选举结果由市民政局领导宣布如下：北京协和医院神经内科李延峰教授当选为学会会长。届时，中心入驻部门将达到42个，"
     "可办理事项将达到443项。",
     ["李延峰 holdsPosition 教授"], ["李延峰 holdsPosition 北京协和医院神经内科教授", "项将 holdsPosition 可办理事"]),
    ("own-rank-after-a-body-invented",
     "会议邀请了某某大学医学院乔南星教授、某某研究所温若琳研究员作报告。窗口可办理事务共120项。",
     ["乔南星 holdsPosition 教授", "温若琳 holdsPosition 研究员"],
     ["乔南星 holdsPosition 某某大学医学院教授", "务共 holdsPosition 可办理事"]),
    # batch14 o3_003: 市长于某田 (于 a surname, not a preposition, before no word)
    ("surname-yu-real",
     "7月13日，中欧班列·山东省沿黄九市一体化发展大会正式开幕，副省长、省政府秘书长宋军继，济南市委副书记、市长于海田，"
     "中交协“一带一路”物流分会会长赵春雷出席会议。",
     ["于海田 holdsPosition 市长", "宋军继 holdsPosition 副省长"], []),
    ("surname-yu-invented",
     "县委副书记、县长于林禾出席会议。副市长于张家口调研时指出，要抓好落实。",
     ["于林禾 holdsPosition 县长"], ["于张家 holdsPosition 副市长"]),
    # batch14 o3_006: 甲、乙…等14人当选为副会长 (every name of the list); 兼任; 监事长
    ("elected-list-real",
     "杜飞进当选为联合会新一届会长，滕盛萍当选为联合会新一届常务副会长，李万钧、汪先永、丛骆骆、郑默杰、张雅君、吴文彦、"
     "陈宁、翟贤军、张爱军、狄涛、何群、李健、李彦梅、陈志斌等14人当选为联合会新一届副会长，李健兼任联合会秘书长，"
     "闫满成当选为联合会新一届监事长。",
     ["李万钧 holdsPosition 联合会新一届副会长", "陈宁 holdsPosition 联合会新一届副会长",
      "陈志斌 holdsPosition 联合会新一届副会长", "李健 holdsPosition 联合会秘书长",
      "闫满成 holdsPosition 联合会新一届监事长", "滕盛萍 holdsPosition 联合会新一届常务副会长"],
     ["滕盛萍 holdsPosition 联合会新一届副会长"]),
    ("elected-list-invented",
     "乔南星当选为协会会长，温若琳、范小舟、柏青山等3人当选为协会副会长，杜明远兼任协会秘书长，苗青禾当选为协会监事长。",
     ["温若琳 holdsPosition 协会副会长", "范小舟 holdsPosition 协会副会长", "柏青山 holdsPosition 协会副会长",
      "杜明远 holdsPosition 协会秘书长", "苗青禾 holdsPosition 协会监事长"],
     ["乔南星 holdsPosition 协会副会长"]),
    ("after-name-real",  # batch04 c2_044: a government before the name, its head after
     "事故发生后，市政府袁占亭市长、胥波副市长、咸大明副市长第一时间赶赴事故现场，指导灭火救援工作。",
     ["袁占亭 holdsPosition 市长", "胥波 holdsPosition 副市长", "咸大明 holdsPosition 副市长"],
     ["袁占亭 holdsPosition 市政府市长"]),
    ("after-name-invented",
     "会后，县政府卜清源县长、苗青禾副县长来到园区，县卫健局米朝阳局长陪同。",
     ["卜清源 holdsPosition 县长", "苗青禾 holdsPosition 副县长",
      "米朝阳 holdsPosition 县卫健局局长"], []),
    ("body-name-title-real",  # batch01 c3_023: body + name + title; two in a list
     "11月16日下午，省地质实验研究所刘文长所长、吴群辉书记一行到省质检院交流工作。",
     ["刘文长 holdsPosition 省地质实验研究所所长", "吴群辉 holdsPosition 书记"], []),
    ("member-after-name-real",  # batch01 c1_043: a congress member written X委员
     "庄先委员建议，饮水工程资金投入应当向农村适当倾斜。",
     ["庄先 holdsPosition 委员"], []),
    ("members-plural-invented",  # 委员们 is no person, X委员 is one
     "座谈会上，贺知远委员建议加快老旧小区改造，委员们普遍认为还要加大财政投入。",
     ["贺知远 holdsPosition 委员"], ["们普遍 holdsPosition 委员"]),
    # --- what follows a title is not always a name -----------------------------
    ("verb-after-title-real",  # batch02 c1_006
     "习近平总书记强调，我们要建设的现代化是人与自然和谐共生的现代化，既要创造更多物质财富和精神财富以满足人民"
     "日益增长的美好生活需要，也要提供更多优质生态产品以满足人民日益增长的优美生态环境需要。",
     ["习近平 holdsPosition 总书记"], ["强调 holdsPosition 习近平总书记"]),
    ("conjunction-after-title-real",  # batch01 c3_031: 教授和顾… is no name
     "Jack教授和顾明亮教授均对聊城市人民医院的科研实力给予了极大的肯定，并期望医院与布朗大学能够开展进一步的广泛"
     "交流与深入合作。",
     ["顾明亮 holdsPosition 教授"], ["和顾 holdsPosition 教授"]),
    ("cited-leader-invented",  # a leader's words cited: the person, no post read from it
     "会议传达学习了习近平总书记关于安全生产的重要指示精神。",
     [], ["习近平 holdsPosition 总书记", "关于 holdsPosition 习近平总书记"]),
    ("preposition-before-title-invented",  # 向科技部长期以来: 部长 + 期 is no title's end
     "席远山代表县委，向科技部长期以来给予的支持表示感谢。",
     [], ["向科技 holdsPosition 部长"]),
    # --- foreign persons and posts -------------------------------------------
    ("foreign-post-real",  # batch02 c1_030: 在…同 does not belong to the post
     "央视网消息（新闻联播）：全国人大常委会委员长赵乐际12日在北京人民大会堂同新加坡国会议长谢健平举行会谈。",
     ["谢健平 holdsPosition 新加坡国会议长"],
     ["谢健平 holdsPosition 北京人民大会堂同新加坡国会议长"]),
    ("standard-closing-real",  # batch02 c1_001, after an invented sentence naming the leader
     "国家主席习近平来到青岛考察。王沪宁、栗战书和中央有关部门负责同志陪同考察。",
     ["王沪宁 accompanied 习近平", "栗战书 accompanied 习近平"], ["栗战书 accompanied 王沪宁"]),
    ("regnal-real",  # batch02 c1_022: a ruler's ordinal is part of the name
     "全国人大常委会委员长赵乐际12日下午在北京会见西班牙国王费利佩六世。",
     ["费利佩六世 holdsPosition 西班牙国王", "赵乐际 met 费利佩六世"],
     ["费利佩 holdsPosition 西班牙国王"]),
    ("dotted-name-visit-real",  # batch02 c1_045: 欢迎 and 访华 around a dotted name
     "国务院总理温家宝今天在人民大会堂北大厅主持仪式，欢迎新西兰总理约翰·基访华。",
     ["约翰·基 holdsPosition 新西兰总理"],
     ["约翰·基访华 holdsPosition 新西兰总理", "约翰·基 holdsPosition 欢迎新西兰总理"]),
    ("dotted-name-title-after-real",  # batch01 c1_055
     "聂春书记在认亲仪式上说“2014年，我和祖龙·克里木局长来村里参加了第一批自治区“访惠聚”工作组，"
     "与大家共同工作、生活了一年。",
     ["祖龙·克里木 holdsPosition 局长", "聂春 holdsPosition 书记"],
     ["来村里 holdsPosition 克里木局长"]),
    ("country-not-name-real",  # batch01 c1_050: a country before 总理 is no name
     "1月5日上午，国家主席习近平在北京人民大会堂会见来华进行正式访问的爱尔兰总理马丁。",
     ["马丁 holdsPosition 爱尔兰总理", "习近平 met 马丁"],
     ["爱尔兰 holdsPosition 国务院总理", "习近平 met 爱尔兰"]),
    ("foreign-after-name-invented",
     "在两国元首和卡雷姆议长的共同推动下，双方合作不断深化。",
     ["卡雷姆 holdsPosition 议长"], []),
    ("foreign-deputies-real",  # batch04 c1_029: 副总理 is foreign too; a list of title+name
     "哈萨克斯坦副总理茹曼加林、吉尔吉斯斯坦副总理阿昆别科夫、巴基斯坦国民议会副议长穆斯塔法出席开幕式并致辞。",
     ["茹曼加林 holdsPosition 哈萨克斯坦副总理", "阿昆别科夫 holdsPosition 吉尔吉斯斯坦副总理",
      "穆斯塔法 holdsPosition 巴基斯坦国民议会副议长"],
     ["吉尔 holdsPosition 哈萨克斯坦副总理"]),
    ("foreign-minister-real",  # batch03 c1_048
     "正在美国访问的国务委员刘延东１４号在华盛顿会见了美国国务卿希拉里·克林顿。",
     ["希拉里·克林顿 holdsPosition 美国国务卿"], []),
    # --- posts the lexicon lacked; asides; members' lists ----------------------
    ("councillors-real",  # batch02 c3_015: 议员 is held by every name of the list
     "大陆辽宁采购团大商集团昨天下午在学甲华宗运动公园与台湾爱格发公司签约，台方由国民党中常委李全教、"
     "市议员谢财旺、张世贤，大陆则由辽宁省副省长邴志刚等人见证，大商集团总裁吕伟顺与爱格发董事长廖文振签约后，"
     "并为首批虱目鱼丸主持装箱启运仪式。",
     ["张世贤 holdsPosition 市议员", "谢财旺 holdsPosition 市议员"], []),
    ("adverb-after-name-real",  # batch02 c2_042: 立即 follows a name
     "出差在外的省委常委、常务副省长张昌平立即赶赴省森林防火指挥部，与先期坐镇指挥的省委常委、副省长陈桦"
     "一同部署扑救工作。",
     ["张昌平 holdsPosition 省委常委", "张昌平 holdsPosition 常务副省长"], []),
    ("conjunction-in-body-real",  # batch03 c1_033: 和 inside the committee's name
     "会议听取了全国人大宪法和法律委员会主任委员信春鹰分别作的全国人大宪法和法律委员会关于生态环境法典草案修改稿"
     "修改意见的报告、关于民族团结进步促进法草案修改稿修改意见的报告、关于国家发展规划法草案修改稿修改意见的报告，"
     "审议了这三个草案表决稿。",
     ["信春鹰 holdsPosition 全国人大宪法和法律委员会主任委员"], []),
    ("aside-real",  # batch01 c3_065: （主持工作） between the title and the name
     "党委书记李明军主持学习会议并部署从严治党、加强基层项目党建工作，副总经理（主持工作）梁栋分析安全形势，"
     "部署下半年企业经营工作，党委委员、部门负责人参加学习。",
     ["梁栋 holdsPosition 副总经理"], []),
    ("collective-then-word-invented",  # 领导班子 is no person
     "县领导班子成员和局机关干部参加。",
     [], ["班子 holdsPosition 县领导"]),
    # --- name boundaries -----------------------------------------------------
    ("name-then-deng-real",  # batch02 c3_028: 王华平 + 等, not 王华 + 平等
     "扬州市副市长孔令俊、开发区管委会主任季允丰、上海国际医学园区党委副书记周永刚，市科协党组书记、"
     "主席王华平等出席论坛。",
     ["王华平 holdsPosition 市科协党组书记", "王华平 holdsPosition 主席"],
     ["王华 holdsPosition 主席"]),
    ("name-then-xiang-real",  # batch04 c2_019: 曹炳方 + 向, not 曹炳 + 方向
     "合发集团第一工程公司总经理曹炳方向徐乐江副部长一行介绍了幕墙工程施工情况。",
     ["曹炳方 holdsPosition 合发集团第一工程公司总经理"],
     ["曹炳 holdsPosition 合发集团第一工程公司总经理"]),
    ("name-then-zai-invented",  # 温正 + 在, not 温正在
     "当天上午，区长温正在社区服务中心听取居民意见。",
     ["温正 holdsPosition 区长"], []),
    ("two-surnames-real",  # batch01 c1_043: 范徐 + given name, title after
     "来自香港的范徐丽泰委员说，香港有民间组织准备为东江源头募款。",
     ["范徐丽泰 holdsPosition 委员"], []),
    ("no-four-character-body-real",  # batch02 c1_039: 黄石市委 is a body, not a name
     "武汉市委常委、政法委书记曹裕江，黄石市委副书记、市长吴锦出席会议并讲话。",
     ["吴锦 holdsPosition 黄石市委副书记", "曹裕江 holdsPosition 政法委书记"],
     ["黄石市委 holdsPosition 副书记"]),
    ("locative-before-name-real",  # batch04 c3_048: 过程中 + name + title; no junk site
     "在巡查过程中马璞副市长也来到学校参与巡查指导。",
     ["马璞 holdsPosition 副市长"], ["马璞 inspected 学校参与", "马璞 inspected 学校参与巡查"]),
    ("group-before-chain-real",  # batch02 c2_007: 视察团、 is a body of its own, not the post's
     "5月8日，省人大常委会副主任、省总工会主席郭大为一行来到大数据产业园视察项目建设情况，省人大视察团、铜川市委"
     "副书记、铜川市市长李智远、耀州区区委书记杨宏伟、耀州区人大常委会主任杨满收陪同调研。",
     ["李智远 holdsPosition 铜川市委副书记", "李智远 holdsPosition 铜川市市长"],
     ["李智远 holdsPosition 省人大视察团、铜川市委副书记"]),
    ("he-ends-name-invented",  # 和 with a verb after it is the name's last character
     "省政府副秘书长庞立言，省商务厅厅长蒯景和参加调研。",
     ["蒯景和 holdsPosition 省商务厅厅长"], ["蒯景 holdsPosition 省商务厅厅长"]),
    ("he-joins-invented",  # 和与 + a title: 和 ends the name
     "市长张和与副市长李四出席。",
     ["张和 holdsPosition 市长", "李四 holdsPosition 副市长"], []),
    ("word-across-boundary-invented",  # 办公室副主任: 公室 is no name
     "市防汛抗旱指挥部办公室副主任、市水利局副局长卢冠杰表示，水库均已按汛限水位运行。",
     ["卢冠杰 holdsPosition 市防汛抗旱指挥部办公室副主任"], ["公室 holdsPosition 市防汛抗旱指挥部办副主任"]),
    ("appointed-with-tongzhi-invented",  # 某某同志任X、Y: the courtesy word does not hide the posts
     "日前，中共梧溪县委决定：杭志诚同志任中共梧溪县委委员、常委、副书记。",
     ["杭志诚 holdsPosition 中共梧溪县委委员", "杭志诚 holdsPosition 副书记"], []),
    ("cited-after-verb-invented",  # 按照习某某总书记…的要求: a name glued to a verb, no post
     "我们按照习近平总书记打好“四张牌”的要求，加快示范区建设。",
     [], ["习近平 holdsPosition 总书记"]),
    ("conjunction-in-body-invented",  # 与 inside a body's name, a place in brackets
     "澜州海洋科学与工程研究院院长葛向南、星河电子（澜州）有限公司总经理白沐出席论坛。",
     ["葛向南 holdsPosition 澜州海洋科学与工程研究院院长",
      "白沐 holdsPosition 星河电子（澜州）有限公司总经理"], []),
    ("you-ends-body-invented",  # 成员有…: 有 is no part of the body
     "检查组由副部长岑立率领，成员有规划司副司长顾盼、处长宋知微。",
     ["顾盼 holdsPosition 规划司副司长"], ["顾盼 holdsPosition 成员有规划司副司长"]),
    ("foreign-minister-dotted-invented",  # the error map's example of category 4
     "外交大臣阿尔托·门多萨维奇表示，维拉诺共和国愿扩大与澜江的农业合作；议长卡雷姆也出席了当晚的招待会。",
     ["阿尔托·门多萨维奇 holdsPosition 外交大臣", "卡雷姆 holdsPosition 议长"], []),
    ("title-word-no-name-invented",  # a title or a plural after a title is no name
     "街道班子成员、各社区党组织书记、网格长代表参加会议。委员代表们认为，信息化便民惠民。",
     [], ["代表 holdsPosition 网格长", "代表们 holdsPosition 委员"]),
    ("title-begins-word-invented",  # 主席国: no title, so no name after it
     "中方作为主席国将同各方一道推动合作。", [], ["国将 holdsPosition 主席"]),
    ("title-begins-word-real",  # batch04 c3_004 (a line as printed): 经理层 is no title
     "2021年6月24日下午，集团全体高经理层管理人员、顾问", [], ["层管理 holdsPosition 集团全体高经理"]),
    ("place-and-conjunction-invented",  # 在北京与某国副总统: the post is the country's
     "国家副主席韩远舟在北京与维拉诺副总统卡雷姆会谈。",
     ["卡雷姆 holdsPosition 维拉诺副总统"], ["卡雷姆 holdsPosition 北京与维拉诺副总统"]),
    ("assistant-post-real",  # batch01 c3_014: 助理 is a post's core
     "自治区主席助理刘小河也出席了奠基仪式。", ["刘小河 holdsPosition 自治区主席助理"], []),
    ("member-post-invented",  # (wording of batch02 c2_010) 部务会成员 is a post; 成员单位 is nobody
     "市委书记杨长亚，省委组织部部务会成员、省委非公和社会组织工委书记赵亚莉出席。各成员单位要持续创新政策举措。",
     ["赵亚莉 holdsPosition 省委组织部部务会成员"], ["单位要 holdsPosition 各成员"]),
    ("rare-surname-invented",
     "在茶园基地，省文旅厅副厅长訾远航仔细询问了采摘体验项目的运营情况。",
     ["訾远航 holdsPosition 省文旅厅副厅长"], []),
    ("date-before-post-invented",  # 29日 is no part of the post
     "3月28日、29日区委书记滕远舟带队赴邻县考察。",
     ["滕远舟 holdsPosition 区委书记"], ["滕远舟 holdsPosition 日区委书记"]),
    ("two-posts-no-mark-real",  # batch04 c2_011: only a space between two posts
     "市政府副秘书长郑升明、市政府督查室主任白永琦、市发改委副主任何育宁、区委常委 常务副区长高岗、区委办、区政府办、"
     "区发改局相关领导陪同考察。",
     ["高岗 holdsPosition 区委常委", "高岗 holdsPosition 常务副区长"],
     ["高岗 holdsPosition 区委常委常务副区长"]),
    ("collective-then-changwu-real",  # batch01 c3_006: 领导 is no post of its own
     "武汉黄石商会领导常务副会长罗汉林受邀致辞。",
     ["罗汉林 holdsPosition 武汉黄石商会领导常务副会长"], ["罗汉林 holdsPosition 武汉黄石商会领导"]),
    ("one-post-with-changwu-invented",
     "市人大常委会常务副主任苗远川出席。",
     ["苗远川 holdsPosition 市人大常委会常务副主任"], []),
    # --- one chain for a list of names ---------------------------------------
    ("shared-chain-real",  # batch03 c1_033
     "大会主席团常务主席、全国人大常委会副委员长李鸿忠、王东明、肖捷、郑建邦、丁仲礼、蔡达峰、何维、武维华、"
     "铁凝、彭清华、张庆伟、洛桑江村、雪克来提·扎克尔出席会议。",
     ["肖捷 holdsPosition 大会主席团常务主席", "肖捷 holdsPosition 全国人大常委会副委员长",
      "彭清华 holdsPosition 大会主席团常务主席"], []),
    ("shared-chain-invented",
     "出席签约仪式的还有市侨联党组成员、副主席周清涵、莫向晚。",
     ["莫向晚 holdsPosition 市侨联党组成员", "莫向晚 holdsPosition 副主席"], []),
    ("unshared-chain-invented",  # 市长 is one person's: the next name gets nothing
     "市委副书记、市长顾长风、秦晓月出席。",
     ["顾长风 holdsPosition 市长"], ["秦晓月 holdsPosition 市长"]),
    # --- no junk sites: what is glued before a name, industries --------------
    ("verb-glued-to-site-real",  # batch01 c1_026, after an invented first sentence
     "国务院总理李强在辽宁考察。李强首先来到大连船舶重工集团有限公司，听取企业业务发展等介绍和大连市船舶工业"
     "发展汇报，登上在建船只，了解液化天然气运输船等船舶建造情况。",
     ["李强 inspected 大连船舶重工集团有限公司"],
     ["李强 inspected 李强首先来到大连船舶重工集团有限公司"]),
    ("industry-not-firm-real",  # batch01 c1_017, after an invented first sentence
     "国务院副总理丁薛祥在山东调研。丁薛祥前往济南二机床集团、费斯托气动公司调研先进制造和智能制造，到浪潮集团、"
     "中瓷电子、石药集团了解新一代信息技术创新、生物科技和生物制造产业发展情况。",
     ["丁薛祥 inspected 济南二机床集团"], ["丁薛祥 inspected 先进制造", "丁薛祥 inspected 智能制造"]),
    ("industry-not-firm-invented",
     "副市长柏远航前往晨星机床集团调研智能制造，并走访了部分上市公司。",
     ["柏远航 inspected 晨星机床集团"],
     ["柏远航 inspected 智能制造", "柏远航 inspected 上市公司"]),
    ("photo-credit-before-site-real",  # batch01 c1_017: a caption's credit, then the body
     "国务院副总理丁薛祥在河北调研。这是11月22日，丁薛祥前往河北石家庄的华电石家庄鹿华热电公司，就做好迎峰度冬"
     "保暖保供情况进行调研。新华社记者 刘卫兵 摄在华电石家庄鹿华热电公司，丁薛祥指出，当前全国北方地区已经进入"
     "供暖季，做好迎峰度冬保暖保供事关千家万户。",
     [], ["丁薛祥 inspected 新华社记者刘卫兵摄在华电石家庄鹿华热电公司"]),
    # --- former posts and one post in two forms ------------------------------
    ("former-real",  # batch01 c3_006: 原… is no post held now; 现任 is
     "湖北理工学院原校长、原省人大副主任罗辉，现任校党委书记陈继平、校长李社教、副校长尹念东，学校二级学院领导；"
     "黄石市政府驻汉办领导；武汉黄石商会领导；湖北理工学院校友总会、武汉校友会、全国部分省市校友会，以及兄弟院校"
     "湖北校友会的代表等200余人参加了此次会议。",
     ["陈继平 holdsPosition 校党委书记", "李社教 holdsPosition 校长",
      "罗辉 heldFormerly 原省人大副主任"],
     ["罗辉 holdsPosition 湖北理工学院原校长", "罗辉 holdsPosition 原省人大副主任"]),
    ("former-invented",  # recorded as former (a career never counts it), never as held now
     "时任县长雷鸣远、曾任副县长的柏长青回到村里。",
     ["雷鸣远 heldFormerly 时任县长"], ["雷鸣远 holdsPosition 时任县长"]),
    # --- name boundaries (batches 05-06) --------------------------------------
    ("name-then-dengdeng-real",  # batch06 c1_032: 平+等 is a word, but 等党和国家… closes a list
     "中共中央总书记、国家主席、中央军委主席习近平等党和国家领导同志出席大会开幕会和闭幕会，看望政协委员并参加"
     "联组讨论，同政协委员们共商国是。",
     ["习近平 holdsPosition 中共中央总书记", "习近平 holdsPosition 中央军委主席"],
     ["习近 holdsPosition 中共中央总书记"]),
    ("name-then-dengdeng-invented",
     "县委书记贺立平等县领导深入园区，副县长苗长青等待在门口。",
     ["贺立平 holdsPosition 县委书记"], ["贺立 holdsPosition 县委书记"]),
    ("name-ends-in-he-real",  # batch05 c3_030: 和 before 等 joins nothing: the name's
     "中华医学会泌尿外科分会结石学组副组长程跃教授、北京医学会泌尿外科分会副主任委员陈山教授、北京清华长庚医院"
     "总执行长郭明和等领导和专家出席论坛。",
     ["郭明和 holdsPosition 北京清华长庚医院总执行长", "陈山 holdsPosition 北京医学会泌尿外科分会副主任委员"],
     ["郭明 holdsPosition 北京清华长庚医院总执行长"]),
    ("name-ends-in-he-invented",
     "市委副书记柏永和等市领导出席，县长甄立和副县长苗青陪同。",
     ["柏永和 holdsPosition 市委副书记", "甄立 holdsPosition 县长", "苗青 holdsPosition 副县长"],
     ["甄立和 holdsPosition 县长"]),
    ("rank-after-name-in-chain-real",  # batch05 c3_030: …委员甲教授、…顾问乙教授: each item a person
     "中华医学会泌尿外科分会副主任委员孔垂泽教授、中华医学会泌尿外科分会副主任委员李虹教授、国际尿石联盟中国顾问"
     "周四维教授、中华医学会泌尿外科分会结石学组副组长邓耀良教授出席论坛。",
     ["李虹 holdsPosition 中华医学会泌尿外科分会副主任委员", "周四维 holdsPosition 国际尿石联盟中国顾问",
      "邓耀良 holdsPosition 中华医学会泌尿外科分会结石学组副组长"],
     ["李虹 holdsPosition 中华医学会泌尿外科分会副主任委员孔垂泽教授",
      "邓耀良 holdsPosition 国际尿石联盟中国顾问周四维教授"]),
    ("rank-after-name-in-chain-invented",
     "省医学会儿科分会主任委员柏青山教授、省医学会儿科分会副主任委员甄立言教授作了专题讲座。",
     ["柏青山 holdsPosition 省医学会儿科分会主任委员", "甄立言 holdsPosition 省医学会儿科分会副主任委员"],
     ["甄立言 holdsPosition 省医学会儿科分会主任委员柏青山教授"]),
    ("chief-economist-real",  # batch05 c1_013: 总经济师 is a post
     "四川省发展改革委党组副书记、副主任陶剑锋主持并讲话，总经济师徐莉莉、“十五五”规划编制工作专班有关同志参加会议。",
     ["徐莉莉 holdsPosition 总经济师"], []),
    # --- CPPCC members written title + name + 委员 ------------------------------
    ("member-after-titled-name-real",  # batch06 c1_035
     "文化兴则国家兴，文化强则民族强。中国戏曲学院院长尹晓东委员表示，要继续强化濒危剧种保护、推动数智化转型，"
     "搭建国际交流平台。",
     ["尹晓东 holdsPosition 中国戏曲学院院长", "尹晓东 holdsPosition 委员"], []),
    ("member-after-titled-name-invented",
     "澜江大学副校长柏知远委员说，要把课堂搬到田间地头；县文联主席甄如玉委员建议加强非遗保护。",
     ["柏知远 holdsPosition 澜江大学副校长", "柏知远 holdsPosition 委员",
      "甄如玉 holdsPosition 县文联主席", "甄如玉 holdsPosition 委员"], []),
    # --- a leaders' page: one line a name and its posts -------------------------
    ("leaders-page-real",  # batch05 c3_061 (lines as published, the page's spaces kept)
     "领导专栏\n张 进 党组书记、局长\n主持全面工作。\n彭赋桂 党组成员、副局长\n负责法律援助、警务督察、信息化建设"
     "等工作，分管法律援助工作处、警务督察处、市法律援助中心。\n石 山 党组成员、副局长\n负责依法治市、法制宣传等工作。"
     "\n王吉祥 市纪委派驻市司法局纪检组组长、党组成员\n主持市纪委派驻市司法局纪检组工作，分管监察室。\n"
     "李 波 副巡视员、机关工会主席\n主持机关工会工作。",
     ["张进 holdsPosition 局长", "张进 holdsPosition 党组书记", "彭赋桂 holdsPosition 副局长",
      "石山 holdsPosition 党组成员", "石山 holdsPosition 副局长",
      "王吉祥 holdsPosition 市纪委派驻市司法局纪检组组长", "王吉祥 holdsPosition 党组成员",
      "李波 holdsPosition 机关工会主席"], []),
    ("leaders-page-invented",
     "本局领导班子成员及分工如下。\n柏远山 党委书记、主任\n主持全面工作。\n甄 立 县纪委派驻县农业农村局纪检组组长\n"
     "负责纪检工作。",
     ["柏远山 holdsPosition 党委书记", "柏远山 holdsPosition 主任",
      "甄立 holdsPosition 县纪委派驻县农业农村局纪检组组长"], []),
    ("name-title-then-name-title-invented",  # the chain after a name stops at the next name
     "袁远山市长、胥立平副市长赶赴现场。",
     ["袁远山 holdsPosition 市长", "胥立平 holdsPosition 副市长"],
     ["袁远山 holdsPosition 胥立平副市长"]),
    # --- a place's short form inside a title chain; ? for · ---------------------
    ("chain-body-not-name-real",  # batch05 c3_008: 乌昌 (a place's short form) heads posts
     "4月12日，乌鲁木齐市重点工程苏州路西延与乌奎高速公路互通式立交工程开工，自治区党委常委、乌昌党委书记、"
     "乌鲁木齐市委书记朱海仑，乌昌党委副书记、乌鲁木齐市委副书记、乌鲁木齐市市长吉尔拉?依沙木丁出席开工仪式。",
     # (the page's ? is read as ？, which the gold's NFKC folds back)
     ["朱海仑 holdsPosition 乌昌党委书记", "朱海仑 holdsPosition 乌鲁木齐市委书记",
      "吉尔拉？依沙木丁 holdsPosition 乌昌党委副书记", "吉尔拉？依沙木丁 holdsPosition 乌鲁木齐市市长"],
     ["乌昌 holdsPosition 党委书记", "乌昌 holdsPosition 党委副书记", "吉尔拉 holdsPosition 乌鲁木齐市市长"]),
    # --- foreign heads named before their title; a date before a name ---------
    ("foreign-name-before-title-real",  # batch05 c1_053: 同 + two characters + 总理
     "他表示，去年10月，习近平主席同卡尼总理在韩国成功会晤，就推动中加关系进一步改善发展达成重要共识。",
     ["卡尼 holdsPosition 总理", "习近平 holdsPosition 主席"], []),
    ("foreign-name-before-title-meets-real",  # batch05 c1_003: 总理会晤 is no 总理会; 2013年 a date
     "特别是2013年习近平主席同克里斯蒂总理会晤达成的重要共识，为中巴关系发展注入了新的动力和活力。",
     ["克里斯蒂 holdsPosition 总理", "习近平 holdsPosition 主席"], []),
    ("foreign-name-before-title-invented",
     "2024年柏远山主席同阿洛总统会谈，与印尼总理通了电话。",
     ["阿洛 holdsPosition 总统", "柏远山 holdsPosition 主席"], ["印尼 holdsPosition 总理"]),
    ("preposition-before-body-real",  # batch05 c2_008: 以 opens no body
     "9月17日，以省统计局党组书记、局长徐强为组长的省统计局调研组来大数据产业园调研指导工作。",
     ["徐强 holdsPosition 省统计局党组书记"], ["徐强 holdsPosition 以省统计局党组书记"]),
    ("verb-before-body-real",  # batch05 c2_046: 立即派 + post + name
     "伊犁州党委、人民政府高度重视，立即派察布查尔县委书记李永兴及州地震局领导赶赴灾区。",
     ["李永兴 holdsPosition 察布查尔县委书记"], ["李永兴 holdsPosition 派察布查尔县委书记"]),
    ("preposition-before-body-invented",
     "以县农业农村局局长甄立为组长的督导组、以色列驻华使馆参赞柏远山一行来到园区。",
     ["甄立 holdsPosition 县农业农村局局长", "柏远山 holdsPosition 以色列驻华使馆参赞"],
     ["甄立 holdsPosition 以县农业农村局局长"]),
    ("four-character-name-in-list-real",  # batch03 c1_033: Tibetan and Uyghur names in a list
     "大会主席团常务主席、全国人大常委会副委员长李鸿忠、王东明、肖捷、郑建邦、丁仲礼、蔡达峰、何维、武维华、铁凝、"
     "彭清华、张庆伟、洛桑江村、雪克来提·扎克尔出席会议。",
     ["洛桑江村 holdsPosition 全国人大常委会副委员长", "雪克来提·扎克尔 holdsPosition 全国人大常委会副委员长",
      "洛桑江村 holdsPosition 大会主席团常务主席"], []),
    ("four-character-name-in-list-invented",
     "州委副书记甄立、次仁旺堆、阿依古丽·吐尔逊出席，县委书记柏远山、项目建设指挥部有关同志陪同。",
     ["次仁旺堆 holdsPosition 州委副书记", "阿依古丽·吐尔逊 holdsPosition 州委副书记"],
     ["项目建设 holdsPosition 县委书记"]),
    ("bodies-share-a-title-real",  # batch05 c3_045: two firms listed before one 总经理
     "广东省政府办公厅、省能源局，广州市委、广州市天河区委、广州市发改委、市工信委有关负责人，集团公司总经理助理、"
     "大唐广西分公司、桂冠电力公司总经理、党组书记戴波，集团公司办公厅、规划发展部、计划营销部，大唐国际发电公司，"
     "大唐广东分公司相关负责人参加上述活动。",
     ["戴波 holdsPosition 大唐广西分公司总经理", "戴波 holdsPosition 桂冠电力公司总经理"],
     ["戴波 holdsPosition 大唐广西分公司、桂冠电力公司总经理"]),
    ("bodies-share-a-title-invented",  # but one body's name with a list inside stays one
     "澜江农业发展有限公司、澜江水务集团有限公司董事长甄立，澜州经济、交通和数字化部部长柏远山出席。",
     ["甄立 holdsPosition 澜江农业发展有限公司董事长", "甄立 holdsPosition 澜江水务集团有限公司董事长",
      "柏远山 holdsPosition 澜州经济、交通和数字化部部长"], []),
    ("conjunction-in-long-body-real",  # batch06 c1_035: 与 inside a school's name of 10 characters
     "“‘十五五’规划纲要草案将‘一老一小’服务优化提升作为重要内容，正是以人民为中心的发展思想的生动体现。”"
     "西安交通大学公共政策与管理学院教授杜海峰委员说，“我将继续发挥桥梁纽带作用。”",
     ["杜海峰 holdsPosition 西安交通大学公共政策与管理学院教授", "杜海峰 holdsPosition 委员"],
     ["杜海峰 holdsPosition 管理学院教授"]),
    ("conjunction-in-long-body-invented",
     "“要让数据多跑路。”澜江理工大学信息科学与工程学院院长甄立委员说。",
     ["甄立 holdsPosition 澜江理工大学信息科学与工程学院院长"], ["甄立 holdsPosition 工程学院院长"]),
    ("japanese-name-real",  # batch04 c2_034: a Japanese consul's name has four characters
     "省委常委、市委书记王荣宣布项目开工，市长许勤、日本驻广州总领事馆总领事田尻和宏、TCL集团股份有限公司董事长"
     "李东生等出席了开工仪式。",
     ["田尻和宏 holdsPosition 日本驻广州总领事馆总领事", "许勤 holdsPosition 市长"],
     ["田尻 holdsPosition 日本驻广州总领事馆总领事"]),
    ("japanese-name-invented",
     "日本驻澜州总领事馆领事高桥和子、澜州市副市长甄立出席。",
     ["高桥和子 holdsPosition 日本驻澜州总领事馆领事", "甄立 holdsPosition 澜州市副市长"], []),
    ("unit-head-real",  # batch06 c3_021: 质量负责人 is one unit's post, in a chain
     "11月20日下午，省质检院举办了《质量手册》（第9版）全员宣贯培训会。何汉翔院长主持会议，并就有关工作提出了要求。"
     "质量负责人、副总工程师朱双四作培训授课。",
     ["朱双四 holdsPosition 质量负责人", "朱双四 holdsPosition 副总工程师"], []),
    ("unit-head-invented",  # 有关负责人 stays a group
     "园区服务中心负责人甄立陪同调研，有关负责人、副局长柏远山出席。",
     ["甄立 holdsPosition 园区服务中心负责人", "柏远山 holdsPosition 副局长"],
     ["柏远山 holdsPosition 有关负责人"]),
    ("post-given-before-de-real",  # batch01 c3_064: 同为 + post + 的 + post + name
     "3月4日，同为全国政协委员的央行行长周小川、副行长潘功胜都在全国两会公开场合表态支持互联网金融，明确表示不会取缔。",
     ["周小川 holdsPosition 全国政协委员", "周小川 holdsPosition 央行行长"], []),
    ("post-given-before-de-invented",
     "作为省人大代表的县长甄立说，要把农田水利建设好；身为老党员的村民柏大山也发了言。",
     ["甄立 holdsPosition 省人大代表", "甄立 holdsPosition 县长"], []),
    ("question-mark-not-a-dot-invented",  # a question is no dotted name
     "你问谁是市长吗？我是市长甄立，今天来听意见。", ["甄立 holdsPosition 市长"], []),
    # batch10 j4_011: 芬兰前总理, 联合国前秘书长: a former post; 外长敦表示: no name
    ("former-after-country-real-b10-j4_011",
     "芬兰前总理阿霍表示，人工智能已成为数字化进程中的重要发展方向，跨学科的人才培养至关重要。"
     "泰国前副总理兼外长敦表示，过去多年，各国在经济全球化这条“高速路”上快速前进。",
     ["阿霍 heldFormerly 芬兰前总理"], ["阿霍 holdsPosition 芬兰前总理", "敦表示 holdsPosition 泰国外长"]),
    ("former-after-body-invented",
     "县里召开座谈会，市教育局前局长甄立、省文旅厅副厅长柏大山出席。",
     ["甄立 heldFormerly 市教育局前局长", "柏大山 holdsPosition 省文旅厅副厅长"],
     ["甄立 holdsPosition 市教育局前局长"]),
    # batch10 j1_001: 图灵奖获得者、清华大学教授: the honour is no part of the post
    ("honour-before-post-real-b10-j1_001",
     "图灵奖获得者、清华大学教授姚期智院士，图灵奖获得者、美国哥伦比亚大学教授Alfred Aho院士受邀线上出席启动仪式。",
     ["姚期智 holdsPosition 清华大学教授"],
     ["姚期智 holdsPosition 图灵奖获得者、清华大学教授"]),
    ("honour-before-post-invented",
     "全国劳动模范获得者、白岭县农机合作社理事长甄立出席。",
     ["甄立 holdsPosition 白岭县农机合作社理事长"], ["甄立 holdsPosition 全国劳动模范获得者、白岭县农机合作社理事长"]),
    # batch10 j1_012: 计算机科学与技术学院冯丹院长: 与 inside a school's name
    ("with-inside-a-schools-name-real-b10-j1_012",
     "计算机科学与技术学院冯丹院长介绍了计算机学院拔尖人才的培养计划。",
     ["冯丹 holdsPosition 计算机科学与技术学院院长"], ["冯丹 holdsPosition 技术学院院长"]),
    ("with-inside-a-schools-name-invented",
     "经济与管理学院院长甄立出席。", ["甄立 holdsPosition 经济与管理学院院长"], []),
    # batch10 j4_002, j3_011: 总干事 and 首席讲师 are posts
    ("director-general-real-b10-j4_002",
     "国际奥委会总干事德凯珀表示，冬奥会将把中国人民与世界联系在一起。",
     ["德凯珀 holdsPosition 国际奥委会总干事"], []),
    ("chief-lecturer-real-b10-j3_011",
     "大会现场，微巴（微信生意宝）首席讲师赵文旭给现场的各位商家讲了新时代环境下的电商业态。",
     ["赵文旭 holdsPosition 首席讲师"], []),
    # batch11 k4_008: 行政长官林郑月娥和…: a married woman's two surnames and her name
    ("two-surnames-after-a-title-real-b11-k4_008",
     "主管港澳事务的副总理韩正昨日（6日）下午分别会见香港行政长官林郑月娥和澳门行政长官贺一诚。",
     ["林郑月娥 holdsPosition 香港行政长官", "贺一诚 holdsPosition 澳门行政长官"], ["林郑 holdsPosition 香港行政长官"]),
    # batch11 k4_004: 应某国主席邀请 (应 is no part of the body); 参与和阿副总统 (no name)
    ("at-the-invitation-of-real-b11-k4_004",
     "应中华人民共和国主席习近平邀请，阿拉伯联合酋长国阿布扎比王储访华。中方赞赏阿方的积极参与和阿副总统的支持。",
     ["习近平 holdsPosition 中华人民共和国主席"],
     ["习近平 holdsPosition 应中华人民共和国主席", "和阿 holdsPosition 阿联酋副总统"]),
    ("emergency-bureau-keeps-its-name-invented",
     "县应急管理局局长甄立出席。", ["甄立 holdsPosition 县应急管理局局长"], []),
    # batch11 k4_002, k3_003: 南京军区原司令员, 厦门市原副市长 are former posts
    ("former-after-a-district-or-city-real-b11-k4_002",
     "全国人大常委会委员、南京军区原司令员、中国新四军研究会会长朱文泉上将到会讲话。",
     ["朱文泉 heldFormerly 南京军区原司令员", "朱文泉 holdsPosition 中国新四军研究会会长"],
     ["朱文泉 holdsPosition 南京军区原司令员"]),
    # batch11 k4_007: 木原稔以及… (no 以 in a Japanese name), 国防部长官申源湜 (not 官自…)
    ("japanese-name-and-korean-minister-real-b11-k4_007",
     "据韩联社7月28日报道，美国国防部部长奥斯汀、日本防卫大臣木原稔以及韩国国防部长官申源湜28日在日本东京防卫省举行会谈。",
     ["木原稔 holdsPosition 日本防卫大臣", "申源湜 holdsPosition 韩国国防部长官"],
     ["木原稔以 holdsPosition 日本防卫大臣"]),
    # batch11 k4_003: 中共中央对外联络部副部长 (对 inside a body's name)
    ("international-department-real-b11-k4_003",
     "中共中央对外联络部副部长郭业洲、外交部长王毅先后到访大马。",
     ["郭业洲 holdsPosition 中共中央对外联络部副部长"], []),
    # batch11 k3_001: 一起作业创始人兼CEO刘畅 (a Latin title before the name)
    ("ceo-in-latin-letters-real-b11-k3_001",
     "国家新闻出版广电总局副局长周慧琳在一起作业创始人兼CEO刘畅、联合创始人肖盾的陪同下参观一起作业展台。",
     ["刘畅 holdsPosition CEO"], []),
    # batch11 k4_001: A担任外交部长期间兼任院长: a time in the past, no post now
    ("served-as-then-real-b11-k4_001",
     "1955年周恩来倡议成立外交学院并亲自题写校牌，陈毅担任外交部长期间长期兼任学院院长。",
     [], ["陈毅 holdsPosition 外交部长期间长期兼任学院院长", "陈毅 holdsPosition 学院院长"]),
    ("served-as-then-invented",
     "乔南星担任县长期间兼任白岭中学校长。温若琳已调任县发改委主任。",
     ["温若琳 holdsPosition 县发改委主任"], ["乔南星 holdsPosition 县长期间兼任白岭中学校长"]),
    # batch11 k4_011, k4_006: 特使 and 特别代表 are posts; a Japanese name after 日本…局长
    ("envoy-and-japanese-name-real-b11-k4_011",
     "参加会谈的有，美国朝鲜问题特使格林?戴维斯、韩国外交通商部朝鲜半岛和平交涉本部长林圣男和日本外务省亚洲大洋洲局局长杉山晋辅。",
     ["格林？戴维斯 holdsPosition 美国朝鲜问题特使", "杉山晋辅 holdsPosition 日本外务省亚洲大洋洲局局长",
      "林圣男 holdsPosition 韩国外交通商部朝鲜半岛和平交涉本部长"], []),
    ("envoy-invented",
     "国家主席特使、国务委员乔南星出席。日本驻澜州总领事馆领事部部长高桥和也、美国特别代表约翰·史密斯出席。",
     ["乔南星 holdsPosition 国家主席特使", "高桥和也 holdsPosition 日本驻澜州总领事馆领事部部长",
      "约翰·史密斯 holdsPosition 美国特别代表"], ["国家 holdsPosition 主席"]),
    # batch12 m2_005: 某大学党委常委、副校长，某同学会副会长B: one person's posts in two bodies
    ("posts-in-two-bodies-real-b12-m2_005",
     "西安交通大学党委常委、副校长，陕西省欧美同学会副会长单智伟，环球网总经理单成彪，陕西省欧美同学会秘书长吴琳陪同考察调研。",
     ["单智伟 holdsPosition 西安交通大学党委常委", "单智伟 holdsPosition 副校长",
      "单智伟 holdsPosition 陕西省欧美同学会副会长", "单成彪 holdsPosition 环球网总经理"],
     ["单智伟 holdsPosition 学会副会长", "单成彪 holdsPosition 陕西省欧美同学会副会长"]),
    ("posts-in-two-bodies-invented",
     "白岭学院党委书记，白岭县政协副主席乔南星出席。作为项目负责人，温若琳介绍了情况。",
     ["乔南星 holdsPosition 白岭学院党委书记", "乔南星 holdsPosition 白岭县政协副主席"],
     ["温若琳 holdsPosition 作为项目负责人"]),
    # batch12 m2_003: 人大副主任黄厚来、…: 来 before a list's 、 is no verb
    ("name-ending-in-a-verb-before-a-list-real-b12-m2_003",
     "通城县人大副主任黄厚来、麦市镇党委书记侯红辉、镇长张志龙在村委会对张中华书记的到来表示热烈欢迎。",
     ["黄厚来 holdsPosition 通城县人大副主任"], ["黄厚 holdsPosition 通城县人大副主任"]),
    # batch12 m4_002: 主任A自担任某村驻村第一书记以来 (自 after a name; a post taken up, held since)
    ("since-taking-up-a-post-real-b12-m4_002",
     "广南县农特产品加工和商贸物流园区管委会主任张成杰自担任端鸠村驻村第一书记以来，第一个月就遍访了全村253户建档立卡户。",
     ["张成杰 holdsPosition 广南县农特产品加工和商贸物流园区管委会主任", "张成杰 holdsPosition 端鸠村驻村第一书记"],
     ["张成杰自 holdsPosition 广南县农特产品加工和商贸物流园区管委会主任"]),
    # batch12 m2_001, m2_007: 武汉市长江大道 (no 市长 and no name), 高等教育处 (等 of a word)
    ("a-road-and-a-word-with-等-real-b12",
     "将首义校区总规与武汉市长江大道建设规划有机结合。广东省教育厅高等教育处处长姜琳表示，本届大赛实现三大突破。",
     ["姜琳 holdsPosition 广东省教育厅高等教育处处长"], ["江大道 holdsPosition 武汉市长"]),
    ("a-road-invented",
     "白岭县城关镇与青石市长安大道相连。县长乔南星自担任白岭镇党委书记以来，走遍了全镇。司机担任应急处理主任。",
     ["乔南星 holdsPosition 县长", "乔南星 holdsPosition 白岭镇党委书记"],
     ["安大道 holdsPosition 青石市长", "司机 holdsPosition 应急处理主任"]),
    # batch13 n1_003: 副总理兼外长梅列多夫 (a transliteration, not 梅列); n2_003: 清华老校长 is a former post;
    # n2_010: 调研组成员和蜂场承包商 (和 joins, it names nobody)
    ("transliteration-and-old-head-real-b13",
     "土库曼斯坦副总理兼外长梅列多夫、俄罗斯外长拉夫罗夫出席。他特别回忆起清华老校长蒋南翔。"
     "在养蜂基地，调研组成员和蜂场承包商及当地农户进行了座谈。",
     ["梅列多夫 holdsPosition 外长", "蒋南翔 heldFormerly 清华老校长"],
     ["梅列 holdsPosition 土库曼斯坦外长", "蒋南翔 holdsPosition 清华老校长",
      "和蜂场 holdsPosition 调研组成员"]),
    # batch13 n3_005: A教授当选为第一届会长 (a post elected to, after the name's title)
    ("elected-real-b13-n3_005",
     "在随后的第一届理事会会议上，许传玺教授当选为第一届会长。", ["许传玺 holdsPosition 第一届会长"], []),
    ("elected-invented",
     "会议选举产生了新一届理事会，乔南星研究员当选为理事长，温若琳当选副理事长。",
     ["乔南星 holdsPosition 理事长"], []),
    ("chain-body-not-name-invented",
     "省委常委、澜川党工委书记、澜州市委书记柏远山，澜川党工委副书记、澜州市委副书记、澜州市市长阿依古丽?伊斯马依出席。",
     ["柏远山 holdsPosition 澜川党工委书记", "阿依古丽？伊斯马依 holdsPosition 澜州市市长"],
     ["澜川 holdsPosition 党工委书记", "澜川 holdsPosition 党工委副书记"]),
    # batch17 r1_005: a rare surname, two characters, then the list's 等 (no name of three)
    ("rare-surname-then-etc-real-b17-r1_005",
     "腾冲市政协主席张志芳、中共腾冲市委副书记希涛等有关政府领导，以及东方园林产业集团有限公司副总裁冯君等"
     "共同出席了开工仪式。",
     ["希涛 holdsPosition 中共腾冲市委副书记"], ["希涛等 holdsPosition 中共腾冲市委副书记"]),
    ("rare-surname-then-etc-invented",
     "市委副书记禚岩等有关领导出席。", ["禚岩 holdsPosition 市委副书记"], ["禚岩等 holdsPosition 市委副书记"]),
    # batch17 r1_007: 常务副总裁 (not 常务副总 and a name 裁某某); r2_002: 书记校长, two titles glued
    ("executive-vp-and-glued-titles-real-b17",
     "中金国泰文化旅游集团常务副总裁徐国青代表集团受邀出席。"
     "3月2日上午，学校卢景辉书记校长、党办赖炎烽主任、教务处谢培豪处长以及宣传部、教务处有关同志一行到公共卫生学院"
     "了解和指导学院新学期开学工作。",
     ["徐国青 holdsPosition 中金国泰文化旅游集团常务副总裁", "卢景辉 holdsPosition 校长",
      "赖炎烽 holdsPosition 党办主任"],
     ["裁徐国青 holdsPosition 中金国泰文化旅游集团常务副总"]),
    ("executive-vp-and-glued-titles-invented",
     "集团常务副总裁柯望川代表集团出席。学校乔南星书记校长、党办罗青山主任一行到学院调研。",
     ["柯望川 holdsPosition 集团常务副总裁", "乔南星 holdsPosition 校长", "罗青山 holdsPosition 党办主任"],
     ["裁柯望川 holdsPosition 集团常务副总"]),
    # batch17 r3_006: 政协原副主席 is former; 副市长某某接牌 (接牌 follows a name);
    # r4_002: a body of 21 characters before 第一副组长, then the chain before the comma
    ("former-long-body-and-plaque-real-b17",
     "出席开幕式仪式的嘉宾有福建省政协原副主席、海峡两岸茶业交流协会会长陈绍军。"
     "阿里巴巴战略发展部福建总经理郑良西颁发“正宗原产地”授牌，福鼎市人民政府副市长肖剑华接牌。"
     "省委副书记、省长，省高质量发展建设共同富裕示范区领导小组第一副组长郑栅洁讲话，副组长黄建发、陈奕君出席。",
     ["陈绍军 heldFormerly 福建省政协原副主席", "肖剑华 holdsPosition 福鼎市人民政府副市长",
      "郑栅洁 holdsPosition 省长", "郑栅洁 holdsPosition 省高质量发展建设共同富裕示范区领导小组第一副组长"],
     ["陈绍军 holdsPosition 福建省政协原副主席", "郑栅洁 holdsPosition 副组长"]),
    ("former-long-body-and-plaque-invented",
     "出席仪式的有澜州市政协原主席柯望川，澜州市人民政府副市长苗新禾接牌。"
     "市委副书记、市长，市推进乡村振兴和城乡融合发展工作领导小组第一副组长罗青山讲话。",
     ["柯望川 heldFormerly 澜州市政协原主席", "苗新禾 holdsPosition 澜州市人民政府副市长",
      "罗青山 holdsPosition 市长", "罗青山 holdsPosition 市推进乡村振兴和城乡融合发展工作领导小组第一副组长"],
     ["柯望川 holdsPosition 澜州市政协原主席"]),
    # batch16 q3_003: a post, 、, then a body before the name and a rank after it
    ("post-then-body-name-rank-real-b16-q3_003",
     "学会理事长、北京大学副校长张平文院士、西安国家应用数学中心主任、西安交通大学徐宗本院士，"
     "华为公司董事、战略研究院院长徐文伟出席开幕式。",
     ["徐宗本 holdsPosition 西安国家应用数学中心主任", "张平文 holdsPosition 北京大学副校长"],
     ["张平文 holdsPosition 西安国家应用数学中心主任"]),
    ("post-then-body-name-rank-invented",
     "省农科院副院长、澜州大学柯望川教授，县委书记苗新禾、澜州农场罗青山场长出席。",
     ["柯望川 holdsPosition 省农科院副院长", "苗新禾 holdsPosition 县委书记"],
     ["罗青山 holdsPosition 县委书记", "柯望川 holdsPosition 县委书记"]),
]

#: articles whose posts must be said once: two forms of one post are one post
ONCE: list[tuple[str, str, str, int]] = [
    # batch03 c3_022: 省质监局党组书记、局长朱琳 … 朱琳局长
    ("twice-real",
     "11月23日下午，省质监局党组书记、局长朱琳一行就有关工作来省品牌建设促进会进行专题调研。"
     "朱琳局长首先听取了品促会关于2015年度中国区域品牌（自然景区及历史文化名镇）价值评价及其专业技术委员会"
     "筹备工作、质量品牌升级江淮行等工作的汇报并给予了充分肯定。",
     "朱琳", 2),
    # batch04 c3_042: a team's number written once and not the other time
    ("twice-team-number-real",
     "省委督导组组长李益民，常务副组长鲁杰，副组长杨造成，以及沈建国、靳学军、张学工等领导同志，学校领导，近三年"
     "退出领导岗位的学校领导，中层干部，二、三级专业技术人员，省级人大代表、政协委员，各民主党派主要负责人参加了"
     "会议。省委第十六督导组组长李益民做了点评讲话。",
     "李益民", 1),
    ("twice-government-invented",
     "上午，澜江市副市长许知行主持签约；下午，澜江市人民政府副市长许知行陪同客商考察。",
     "许知行", 1),
]


@pytest.mark.parametrize(("text", "must", "must_not"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_persons_and_posts(text: str, must: list[str], must_not: list[str]) -> None:
    got, _ = _read(text)
    want = {_t(s) for s in must}
    assert want <= got, f"missing {sorted(want - got)}; read {sorted(got)}"
    wrong = {_t(s) for s in must_not} & got
    assert not wrong, f"wrongly read {sorted(wrong)}"


@pytest.mark.parametrize(("text", "person", "posts"), [c[1:] for c in ONCE],
                         ids=[c[0] for c in ONCE])
def test_one_post_in_two_forms_is_said_once(text: str, person: str, posts: int) -> None:
    got, _ = _read(text)
    held = sorted(o for s, p, o in got if s == person and p == HP)
    assert len(held) == posts, held


JUNK = [
    # batch11 k1_010: a list of places counted in things (3处互通立交) is no list of names
    ("全线设枞阳东、池州西、殷家汇3处互通立交，枞阳东、池州西2处匝道收费站，白荡湖服务区1处。", set()),
    ("沿线设白岭东、青石西、柏家湾3座服务区。", set()),
    # batch06 c3_035: phrases (a noun and what is said of it), not names
    ("在当前重点建设项目多、任务重、时间紧的情况下，围绕“破难攻坚”目标推进。", set()),
    # batch04 c3_043: 全体 after a list's 、 is no name
    ("校党委书记邓卫主持会议，校长段献忠、全体在校校领导、校党委常委出席会议。", {"邓卫", "段献忠"}),
    # batch02 c3_036-like wording, invented names: a collective word then a verb phrase
    ("各级领导干部要着眼于全面深化改革，党员干部要时时处处为群众作示范、当表率。", set()),
    # batch01: 相关领导率安监、公安、卫生等工作组 (a list of bodies after 率)
    ("事故发生后，相关领导率安监、公安、卫生等工作组赶赴现场。", set()),
    # a list of cited speeches: 学习某某总书记关于党的作风建设的体会
    ("校领导分别以《学习习近平总书记关于党的作风建设的体会》为题作了汇报。", {"习近平"}),
    # a name, then 在 + verb, with no title: 在 is not the name's
    ("会上传达了有关精神。邓远卫在主持学习时指出，要抓好落实。", {"邓远卫"}),
    ("学校易班学生工作站站长团成员展示了首页内容。", set()),
    # batch08 h3_006: 向总书记做汇报, a verb after the title (做 as 作)
    ("中软国际作为与中关村合作落地南宁的企业代表向总书记做汇报。", set()),
    ("县农业农村局向副县长做了专题汇报。", set()),
    # batch08 h3_007: a surname and the deputy's title (陆副市长) is no full name 陆副
    ("陆副市长表示，钦州市现正开发滨海新城。", set()),
    ("郁副县长说，全县已完成年度任务。", set()),
]


#: sentences and the persons a reader finds in them (no title anchors the names)
PERSONS = [
    # batch06 c1_032: a list of bare names read on past a Tibetan and a Uyghur name
    ("出席闭幕会的领导同志还有：王毅、尹力、刘国中、李干杰、李书磊、李鸿忠、何立峰、陈文清、陈吉宁、陈敏尔、袁家军、"
     "黄坤明、刘金国、王小洪、张升民、王东明、肖捷、郑建邦、丁仲礼、蔡达峰、何维、武维华、铁凝、彭清华、张庆伟、"
     "洛桑江村、雪克来提·扎克尔、吴政隆、谌贻琴、张军、应勇。",
     {"王毅", "张庆伟", "洛桑江村", "雪克来提·扎克尔", "吴政隆", "谌贻琴", "张军", "应勇"}),
    ("会议结束后，甄立、柏远山、苗青禾、次仁旺堆、阿依古丽·吐尔逊、韦思远等同志合影留念。",
     {"甄立", "柏远山", "苗青禾", "次仁旺堆", "阿依古丽·吐尔逊", "韦思远"}),
    # batch03 c3_039: a long list of bare names after 就座的有：
    ("担任第一次全体会议执行主席并在主席台前排就座的有：杨根生、梁建勇、林光大、赖军、黄进发、陈立华、林素钦、"
     "李飞亭、林承通、洪波、李辉龙、郑春洪、王国模、林国庆、王玉芳、陈国林、林国清、姚景华、张建华。",
     {"杨根生", "赖军", "洪波", "张建华"}),
    # batch03 c3_047: the run of names begins inside 积极分子
    ("活动开始由青年团员及入团积极分子朱淑阳、王灏然、王田田、王紫懿、沙若雪、徐一寒、蔡思宇带来开场舞。",
     {"朱淑阳", "王田田", "蔡思宇"}),
    # batch01 c1_009: a name the dictionary knows, after a verb, with its words cited
    ("他强调，要深入贯彻习近平总书记关于做好经济工作的重要指示精神，坚持创新驱动发展，着力扩大有效需求，进一步营造"
     "干事创业浓厚氛围，在深化改革开放中激发高质量发展动力活力，推动经济运行持续向好。", {"习近平"}),
    # batch01 c3_029: a name before 同志, with a title before it too
    ("9月5日，第三军医大学第二附属医院心血管外科主任肖颖彬同志先进事迹报告会在北京人民大会堂举行。", {"肖颖彬"}),
    # invented: 同学, 老师, 市民, 养殖户 anchor a name; 周某等同志 ends before 等
    ("接下来邱一鸣和韦子墨同学表演相声，由我校蓝清远老师点评。", {"韦子墨", "蓝清远"}),
    ("外宾参观了展览，南宁市民覃明轩、养殖户莫远山也来到现场。", {"覃明轩", "莫远山"}),
    ("会议印发了《关于郁远航等同志任职的通知》。", {"郁远航"}),
    # invented: a verb's last character is no surname (了解 + 曾某)
    ("同学们首先听故事，了解曾远帆先生倡导的绿色制药理念。", set()),
    # batch04 c3_004: a run of names with one 、 missing (邱某某朱某某) keeps the rest
    ("集团党委书记及党委成员分别向中共娲石阳新片区委员会颁发了先进基层党委奖牌；向中共阳新娲石水泥有限公司党支部、"
     "中共娲石水泥集团机关党支部、中共武汉市阳逻通达水运有限公司党支部颁发了先进基层党支部奖牌，向杜志军、陈阳、"
     "汪碧云、朱华青、程全安、陈炳华、陈春旺、邱国辉朱志超、胡毅、马节喜、周亮、叶福生、吴平、叶化雨等15名优秀"
     "共产党员颁发了荣誉证书。", {"杜志军", "陈阳", "胡毅", "叶化雨"}),
    # invented: a preposition before a list of names is no surname (成员向杜某…)
    ("党委成员向柏远山、苗青禾、韦思源等同志颁发了证书。", {"柏远山", "苗青禾", "韦思源"}),
    # batch04 c3_004: two names closed by 等N名同志
    ("按照党章规定，经新洲区和阳新县委非公有制经济工作委员会批准，蔡立、杨洁等四名同志按期转为中国共产党正式党员；"
     "张博、汪德文等五名同志被接收为中国共产党预备党员。", {"蔡立", "杨洁", "张博", "汪德文"}),
    # batch03 c3_047: four names closed by 几位同学
    ("安炳瑶、马思涵、代宇铎、牛子铭几位同学为母亲们朗诵《陪我一路的人是你》。", {"安炳瑶", "代宇铎", "牛子铭"}),
    # batch08 h3_006: a surname the list lacks, the name followed by 率
    ("日前，由副市长眭国华率领的南宁市政府考察团到访中软国际。", {"眭国华"}),
    ("日前，副县长仉远帆率县考察团到访华兴阀门股份有限公司。", {"仉远帆"}),
    # invented: places and bodies in a list are no names
    ("深入钱江、富阳、临安等地调研，并走访安监、公安、卫生等部门。", set()),
]


@pytest.mark.parametrize(("text", "persons"), PERSONS,
                         ids=[f"persons-{i}" for i in range(len(PERSONS))])
def test_persons_without_a_title(text: str, persons: set[str]) -> None:
    triples, got = _read(text)
    assert persons <= got, sorted(persons - got)
    if not persons:
        assert not got, sorted(got)
    cited = "关于" in text  # a leader's words cited: no post read from the citation
    assert not (cited and any(p == HP for _s, p, _o in triples)), sorted(triples)


@pytest.mark.parametrize(("text", "persons"), JUNK, ids=[f"junk-{i}" for i in range(len(JUNK))])
def test_no_junk_person(text: str, persons: set[str]) -> None:
    """Verbs, plurals, bodies and phrases after a title are no persons (no junk
    nodes): every person read is one of ``persons``."""
    _, got = _read(text)
    assert got <= persons, sorted(got - persons)


def test_a_courtesy_at_a_lines_start_is_no_post() -> None:
    """batch09 i4_009, i4_012: 某某同志带领… / 某某同志强调，… open their lines; 同志 is
    a courtesy, not a post of a leaders' page."""
    for text in ("鄢国松同志带领全体员工学习会议精神。", "王凤朝同志强调，要保证各项任务的完成。",
                 "乔南星同志指出，要抓好落实。"):
        triples, persons = _read(text)
        assert persons and not any(p == HP for _s, p, _o in triples), triples


def test_no_pseudo_person_after_a_title() -> None:
    """batch02 c1_006 and invented sentences: no verb, plural or 班子 becomes a person."""
    _, persons = _read("习近平总书记强调，要加快发展。委员们普遍认为还要加大投入。县领导班子成员参加。")
    assert persons == {"习近平"}
    # batch10 j2_001: 黄市长殷切希望: an adverb after a surname and title is no name
    _, persons = _read("通过此次调研参观，黄市长殷切希望盛世华安能够加快国家级重大应用示范和苏州市2016年重大工程在张家港的落地。")
    assert "殷切" not in persons
    _, persons = _read("县委书记乔南星亲切看望了老党员。")
    assert persons == {"乔南星"}


#: sentences and the places, bodies and firms that must not become nodes
NOT_NODES = [
    # batch01 c3_036: 首先是… after the place is no part of it
    ("郑某某副部长一行在新疆调研。援疆建设与城乡建设联系紧密，都是从事建设事业，是同一条战线，到新疆首先是对各位"
     "同仁表示慰问。", ["新疆首先是"]),
    # batch03 c2_033: the list's 、 is no part of the second place
    ("6月18日至20日，省委副书记、省长郭庚茂率团先后在台湾南投县、屏东县考察农特产品生产加工情况，与当地乡亲联谊，"
     "并现场敲定大批农产品订单。", ["、屏东县"]),
    # batch01 c1_009: a post the dictionary knows is no organisation
    ("央视网消息（新闻联播）：中共中央政治局常委、国务院总理李强6月16日至18日在江苏调研。", ["中央政治局常委"]),
    # batch01 c1_043: the tail of a post's body (cut at 与) is no body of its own
    ("”全国人大环境与资源保护委员会副主任委员王庆喜说，近些年来，随着各地重工业的加速发展，一些重化工企业沿大江"
     "大河集中布局，是造成流域水环境质量下降、威胁水源安全的重要因素。", ["资源保护委员会", "环境与资源保护委员会"]),
    # batch01 c1_026 (after an invented first sentence): verbs are no places
    ("国务院总理李强在大连调研。要强化企业创新主体地位，加快关键技术研发突破，培养造就一批掌握精湛技艺、具有丰富"
     "经验的技术骨干和产业工人，进一步提升自主创新能力，通过经营理念创新和产品、服务迭代升级来创造市场、引领市场。",
     ["创造市场", "引领市场"]),
    # batch01 c3_006: a former post's body is 省人大, not 原省人大
    ("湖北理工学院原校长、原省人大副主任罗辉，现任校党委书记陈继平、校长李社教出席。", ["原省人大"]),
    # batch04 c1_019 (after an invented first sentence): 和 between two divisions splits the list
    ("国务院副总理何立峰在湖北调研。何立峰先后到湖北鄂州、咸宁和湖南长沙等地，实地调研货运机场运行情况。",
     ["咸宁和湖南长沙"]),
    # invented: an ending alone names nothing
    ("旭光玻璃株式会社是一家百年老企业，副市长韦远山在株式会社考察。", ["株式会社"]),
]


@pytest.mark.parametrize(("text", "junk"), NOT_NODES,
                         ids=[f"not-node-{i}" for i in range(len(NOT_NODES))])
def test_no_junk_place_body_or_firm(text: str, junk: list[str]) -> None:
    _, nodes = _read_all(text)
    labels = {label for label, cls in nodes if cls != "Position"}
    assert not labels & set(junk), sorted(labels & set(junk))


def test_a_leaders_page_reads_every_line() -> None:
    """batch05 c3_061, read as a file: a leaders' page (领导专栏, then one line per
    leader: name and posts, then duties). The first leader's line is no part of
    the headline, and no line of a leader is a headline of its own: every leader
    holds the posts of his line."""
    from pathlib import Path

    from newskg.extractors import read_documents

    page = Path(__file__).parent / "data/real/batch05/pages/c3_061.txt"
    arts = extract(read_documents(page)[0], ExtractOptions())
    held = {(r.subject.label, r.object.text) for a in arts for r in a.relations
            if r.prop == HP and not r.former}
    for want in [("张进", "党组书记"), ("张进", "局长"), ("石山", "副局长"),
                 ("王吉祥", "市纪委派驻市司法局纪检组组长"), ("李波", "机关工会主席")]:
        assert want in held, sorted(held)
    assert not any("局长" in a.headline for a in arts), [a.headline for a in arts]
