"""The matching rules of docs/gold-format.md: normalised names, the 60% rule, and a
maximum matching of predictions to gold items (so a score never depends on order).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

__all__ = ["max_matching", "names_match", "normalise"]

_MARKS = str.maketrans("", "", "“”‘’\"'「」『』《》")


def normalise(text: str) -> str:
    """NFKC, no white space, no quote or title marks.

    >>> normalise(" “三服务提升” 行动 ")
    '三服务提升行动'
    """
    text = unicodedata.normalize("NFKC", text or "")
    return "".join(text.split()).translate(_MARKS)


def names_match(a: str, b: str, person: bool = False) -> bool:
    """Whether two normalised names denote the same node under the 60% rule.

    >>> names_match("市委书记", "云台市委书记"), names_match("碰头会", "南湖街道安全生产工作碰头会")
    (True, False)
    >>> names_match("张明", "张明远", person=True)
    False
    """
    if not a or not b:
        return False
    if a == b:
        return True
    if person:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return short in long and 5 * len(short) >= 3 * len(long)


def _augment(root: int, adj: list[list[int]], owner: dict[int, int], allowed) -> bool:
    """One augmenting-path search (Kuhn), iterative so long chains cannot overflow."""
    seen: set[int] = set()
    stack = [(root, iter(adj[root]))]
    path: list[int] = []
    while stack:
        _, candidates = stack[-1]
        for g in candidates:
            if g in seen or not allowed(g):
                continue
            seen.add(g)
            path.append(g)
            if g not in owner:
                for (p, _), gold in zip(stack, path, strict=True):
                    owner[gold] = p
                return True
            stack.append((owner[g], iter(adj[owner[g]])))
            break
        else:
            stack.pop()
            if path:
                path.pop()
    return False


def max_matching(
    adj: list[list[int]],
    optional: Sequence[bool],
    exact: list[list[int]] | None = None,
) -> dict[int, int]:
    """Gold index -> prediction index, matching as much required gold as possible.

    ``adj[i]`` lists the gold items prediction ``i`` fits, ``exact[i]`` those it
    names identically. Identical pairs are matched first, so that when two
    predictions fit one gold item the one with the gold's own name is the
    match and the other the false positive. Required gold is then matched as
    far as possible (a maximum matching), and the matching extended to
    optional gold. Augmenting paths never unmatch a gold item, so each step
    keeps what the one before achieved: the required count is maximal, and as
    few predictions as possible are left unmatched.

    >>> max_matching([[0, 1], [0]], [False, False])  # greedy 0->0 would lose one
    {0: 1, 1: 0}
    """
    owner: dict[int, int] = {}

    def extend(edges: list[list[int]], allowed) -> None:
        matched = set(owner.values())
        for i in range(len(edges)):
            if i not in matched:
                _augment(i, edges, owner, allowed)

    def required(g: int) -> bool:
        return not optional[g]

    if exact is not None:
        extend(exact, required)
    extend(adj, required)
    extend(adj, lambda g: True)
    return dict(sorted(owner.items()))
