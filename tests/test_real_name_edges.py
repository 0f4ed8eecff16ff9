"""Where a name starts and ends when the characters around it could be a name's:
a measure word after a numeral (13位), a conjunction after a given name (…波及).

Real sentences of the corpus (tests/data/real) and invented ones of the same shape.
"""

from __future__ import annotations

import pytest

from newskg.extractors.lexicon import load_lexicon
from newskg.extractors.persons import find_persons


def _persons(sentence: str) -> dict[str, list[str]]:
    return {p.name.label: [m.text for m in p.posts] for p in find_persons(sentence, load_lexicon())}


@pytest.mark.parametrize("sentence", [
    # batch07 g2_003
    "6日至9日，汪洋与13位党外委员分成两个组，深入黑河、抚远、虎林、密山边境一线。",
    # invented
    "座谈会上，两位委员先后发言。",
])
def test_a_measure_word_after_a_numeral_names_nobody(sentence):
    assert not any(name.startswith("位") for name in _persons(sentence))


def test_a_surname_that_is_also_a_measure_word_still_names_a_man():
    assert _persons("位建国委员说，要加强监督。") == {"位建国": ["委员"]}


@pytest.mark.parametrize("sentence, names, holder, post", [
    # batch07 g1_001
    ("玉山县领导胡剑飞、徐树斌、吴军攀、雷波及副县级干部、公安局政委丁国庆分别在当地陪同督导。",
     {"雷波"}, "丁国庆", "公安局政委"),
    # invented
    ("县领导张明、李华与副县级干部、县公安局政委王刚陪同调研。", {"李华"}, "王刚", "县公安局政委"),
])
def test_a_conjunction_after_a_given_name_joins_the_next_title_holder(sentence, names, holder,
                                                                       post):
    found = _persons(sentence)
    assert names <= set(found) and not any(n[-1] in "及与" for n in found)
    assert post in found[holder]
