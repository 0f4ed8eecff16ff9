"""The body a post is written with, and the body it belongs to, on real pages.

Each case quotes a real sentence of the corpus (tests/data/real) or an
invented one of the same construction, and states what a reader of it knows.
"""

from __future__ import annotations

import pytest

from newskg.extractors.lexicon import load_lexicon
from newskg.extractors.persons import find_persons


def _posts(sentence: str) -> dict[str, list[str]]:
    return {p.name.label: [m.text for m in p.posts] for p in find_persons(sentence, load_lexicon())}


@pytest.mark.parametrize("sentence, person, post", [
    # batch07 g3_011: a brand whose last character (为) is also a preposition
    ("集团公司董事长张玉卓、总经理马永生，华为技术有限公司轮值董事长徐直军见证签约仪式并举行会谈。",
     "徐直军", "华为技术有限公司轮值董事长"),
    # invented: 为 ending an ordinary word (认为) still ends the body
    ("与会人员一致认为宏达机械有限公司董事长王建平的发言很有启发。", "王建平", "宏达机械有限公司董事长"),
])
def test_a_brand_ending_in_a_preposition_keeps_its_name(sentence, person, post):
    assert post in _posts(sentence)[person]
