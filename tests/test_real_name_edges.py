"""Where a name starts and ends when the characters around it could be a name's:
a measure word after a numeral (13位), a conjunction after a given name (…波及).

Real sentences of the corpus (tests/data/real) and invented ones of the same shape.
"""

from __future__ import annotations

import pytest
from reading import pairs, posts_of


@pytest.mark.parametrize("sentence", [
    # batch07 g2_003
    "6日至9日，汪洋与13位党外委员分成两个组，深入黑河、抚远、虎林、密山边境一线。",
    # invented
    "座谈会上，两位委员先后发言。",
])
def test_a_measure_word_after_a_numeral_names_nobody(sentence):
    assert not any(name.startswith("位") for name in posts_of(sentence))


def test_a_surname_that_is_also_a_measure_word_still_names_a_man():
    assert posts_of("位建国委员说，要加强监督。") == {"位建国": ["委员"]}


@pytest.mark.parametrize("sentence, names, holder, post", [
    # batch07 g1_001
    ("玉山县领导胡剑飞、徐树斌、吴军攀、雷波及副县级干部、公安局政委丁国庆分别在当地陪同督导。",
     {"雷波"}, "丁国庆", "公安局政委"),
    # invented
    ("县领导张明、李华与副县级干部、县公安局政委王刚陪同调研。", {"李华"}, "王刚", "县公安局政委"),
])
def test_a_conjunction_after_a_given_name_joins_the_next_title_holder(sentence, names, holder,
                                                                       post):
    found = posts_of(sentence)
    assert names <= set(found) and not any(n[-1] in "及与" for n in found)
    assert post in found[holder]


@pytest.mark.parametrize("sentence, person, post", [
    # batch07 g3_001: a head written with 执行, after the name
    ("郭银华执行校长首先代表学校党政领导班子对假期仍坚持在招生工作岗位上的全体工作人员表示衷心感谢！",
     "郭银华", "执行校长"),
    # invented
    ("王建国执行董事介绍了公司发展情况。", "王建国", "执行董事"),
    ("林场场长张明主持会议。", "张明", "林场场长"),
])
def test_a_compound_head_after_or_before_a_name_is_read(sentence, person, post):
    assert post in posts_of(sentence)[person]


def test_every_man_of_a_list_who_attends_and_speaks_speaks():
    """batch07 g3_001: …出席会议并做重要讲话 (做 as well as 作)."""
    page = ("某学院召开招生工作动员会\n7月14日下午，某某学院召开招生工作动员会。"
            "学校执行校长王建国教授、校党委书记李华同志出席会议并做重要讲话。\n")
    spoke = {s for s, _ in pairs(page, "spokeAt")}
    assert spoke == {"王建国", "李华"}
