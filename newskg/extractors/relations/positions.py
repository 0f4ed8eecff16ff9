"""Posts: who holds which post, as the article prints it before the name.

The names and their posts are found by :mod:`newskg.extractors.persons`
(title chains 市委副书记、市长A, 兼, appointments 任命A为…, A担任…); this
rule records each as a ``holdsPosition`` statement of the sentence that
prints it, undated (a post is held, not done on a day).
"""

from __future__ import annotations

from ..patterns import PATTERNS
from .state import Reader, Sentence

__all__ = ["read_positions"]

#: what two forms of one post may differ by (市人民政府副市长 = 市副市长)
_NOT_IN_KEY = PATTERNS["relations.positions"]["not_in_key"]
#: a former post (原市委书记, 时任县长, 湖北某学院原校长): not a post held now
_FORMER = PATTERNS["relations.positions"]["former"]


def _key(post: str) -> str:
    return _NOT_IN_KEY.sub("", post)


def read_positions(r: Reader, sent: Sentence) -> None:
    """市委副书记、市长A: A holds both posts. A post said again in the same or a
    shorter form (省质监局局长A … A局长), or with 人民政府 (澜江市人民政府副市长 after
    澜江市副市长), is the same post: said once. A former post (原…, 时任…, 曾任…) is
    not held now: its statement says so (``former``), and a career never counts it
    as a day the post was seen."""
    for p in sent.persons:
        for post in p.posts:
            r.mentions.append(post)
            if _FORMER.search(post.text):
                r.add(p.name, "holdsPosition", post, sent, post.start, date=None, former=True)
                continue
            held = r.posts_held.setdefault(p.name.label, [])
            if any(h.endswith(_key(post.text)) for h in held):
                continue
            held.append(_key(post.text))
            r.add(p.name, "holdsPosition", post, sent, post.start, date=None)
