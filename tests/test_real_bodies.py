"""The body a post is written with, and the body it belongs to, on real pages.

Each case quotes a real sentence of the corpus (tests/data/real) or an
invented one of the same construction, and states what a reader of it knows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reading import pairs, posts_of


@pytest.mark.parametrize("sentence, person, post", [
    # batch07 g3_011: a brand whose last character (为) is also a preposition
    ("集团公司董事长张玉卓、总经理马永生，华为技术有限公司轮值董事长徐直军见证签约仪式并举行会谈。",
     "徐直军", "华为技术有限公司轮值董事长"),
    # invented: 为 ending an ordinary word (认为) still ends the body
    ("与会人员一致认为宏达机械有限公司董事长王建平的发言很有启发。", "王建平", "宏达机械有限公司董事长"),
])
def test_a_brand_ending_in_a_preposition_keeps_its_name(sentence, person, post):
    assert post in posts_of(sentence)[person]


def _held(page: Path | str) -> dict[str, set[str]]:
    held: dict[str, set[str]] = {}
    for person, post in pairs(page, "holdsPosition"):
        held.setdefault(person, set()).add(post)
    return held


BATCH07 = Path(__file__).resolve().parent / "data" / "real" / "batch07" / "pages"


def test_a_schools_own_page_says_its_name_again_as_a_generic_word():
    """batch07 g3_001: 广州华商学院召开…。学校执行校长甲教授、校党委书记乙同志、
    校纪委书记丙同志出席 — 学校 and 校 are the school the page is about, and 同志
    closes the name before the next post."""
    held = _held(BATCH07 / "g3_001.txt")
    assert "广州华商学院执行校长" in held["郭银华"]  # (and his rank, 教授)
    assert held["王锦秀"] == {"广州华商学院纪委书记"}
    invented = _held("某某职业学院召开教学工作会议\n3月7日，某某职业学院召开教学工作会议。"
                     "学校执行校长王建国、学院招生办主任李华出席会议。\n")
    assert invented["王建国"] == {"某某职业学院执行校长"}
    assert invented["李华"] == {"某某职业学院招生办主任"}


def test_a_bare_post_after_another_mans_post_of_a_school_is_of_that_school():
    """batch07 g3_002: 广州大学松田学院院长甲教授、工会主席兼招生办主任乙一行."""
    held = _held(BATCH07 / "g3_002.txt")
    assert held["欧仕身"] == {"广州大学松田学院工会主席", "广州大学松田学院招生办主任"}
    # a post with its own place is not the school's
    invented = _held("3月7日，某某理工学院院长王建国、副市长李华一行来到某县调研。\n")
    assert invented["李华"] != {"某某理工学院副市长"}
