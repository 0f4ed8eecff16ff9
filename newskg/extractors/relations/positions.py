"""Posts: who holds which post, as the article prints it before the name.

The names and their posts are found by :mod:`newskg.extractors.persons`
(title chains 市委副书记、市长A, 兼, appointments 任命A为…, A担任…); this
rule records each as a ``holdsPosition`` statement of the sentence that
prints it, undated (a post is held, not done on a day).
"""

from __future__ import annotations

from .state import Reader, Sentence

__all__ = ["read_positions"]


def read_positions(r: Reader, sent: Sentence) -> None:
    """市委副书记、市长A: A holds both posts."""
    for p in sent.persons:
        for post in p.posts:
            r.mentions.append(post)
            r.add(p.name, "holdsPosition", post, sent, post.start, date=None)
