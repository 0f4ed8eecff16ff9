"""newskg's dictionary cut is jieba's accurate mode without HMM, word for word.

:func:`newskg.extractors.segment.cut` with ``new_words=False`` runs newskg's
own copy of jieba's algorithm (fewer calls per character, see
benchmarks/README.md). A copy that drifted from jieba would move every place
and body the scan finds, so it is compared with jieba on every real page and on
texts that hit the algorithm's corners.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newskg.extractors.segment import _jieba, cut

REAL = Path(__file__).resolve().parent / "data" / "real"


def test_the_dictionary_cut_is_jiebas_on_every_real_page():
    pages = sorted(REAL.glob("batch*/pages/*.txt"))
    assert len(pages) > 300
    jb = _jieba()
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert cut(text, new_words=False) == jb.lcut(text, HMM=False), page.name


@pytest.mark.parametrize("text", [
    "",  # nothing
    "ABC集团2024年Q3营收增长12.5%",  # runs of Latin letters and digits, joined
    "南京市长江大桥",  # a route with ties and long words
    "县长乔南星\n\t主持  会议。“好”！",  # white space and punctuation, one character a word
    "ｗｉｆｉ和5G，C919飞机",  # full-width letters and mixed blocks
])
def test_the_dictionary_cut_is_jiebas_on_corner_cases(text):
    assert cut(text, new_words=False) == _jieba().lcut(text, HMM=False)
