"""People told apart: which sightings of one name are one person (docs/ontology.md, "People").

A *sighting* is one name in one article, with the posts the article gives it
and the place the article is about. Sightings of one name are one person when
something links them, as a careful reader links them:

* the same resolved post (永康市市长 in both);
* jurisdictions one inside the other (永康市市长 and 金华市副市长: 永康 lies
  in 金华);
* national posts on both sides (国务院总理, 国家主席);
* a former post the text gives (原永康市市长 links to the 永康市市长).

Otherwise they are two people: a 李四 who is 盐城市副市长 and a 李四 who is
永康市委书记 are two nodes of one label. A bare name (张三、李四…出席) joins
the person the article's context points to: the one whose jurisdiction holds
the article's place or lies in it, failing that (on a page of no known place)
one holding the post the page names unresolved (市委书记), one with a national post,
failing that, when the article names no place, the only one of that name.
The bare mentions of a name in one paper that point to no one are one
person (a paper does not print two leaders of one name bare), and so are its
reporters of one name, whatever place each article is about.

A codebook (:mod:`.codebook`) overrides the rules both ways: sightings
answering to one id are one person, to two ids never one.

The work is linear in the sightings of a name (posts and places index the
sightings, union-find joins them), so a name seen in thousands of articles
costs no more than thousands of sightings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..records import Post
from .codebook import Codebook

__all__ = ["Sighting", "identify"]


@dataclass
class Sighting:
    """One name in one article: the posts the article gives it, the article's place.

    ``posts`` are the resolved posts (former ones too: they identify a person
    as well); ``written`` every post label, resolved or not (for codebook
    hints); ``places`` the place the article is about, narrowest first.
    """

    name: str
    article: str
    places: tuple[str, ...] = ()
    posts: dict[str, Post] = field(default_factory=dict)
    written: set[str] = field(default_factory=set)
    #: the paper (its header, else the folder of its pages): the bare mentions of a
    #: name in one paper, and its reporters of one name, are one person
    paper: str = ""
    #: the name is only the article's reporter (not an official of the text)
    reporter: bool = False

    def post_places(self) -> set[str]:
        return {q for p in self.posts.values() for q in p.jurisdiction}


class _Sets:
    """Union-find over sightings 0..n-1; a set carries at most one codebook id."""

    def __init__(self, tags: list[str | None]) -> None:
        self.parent = list(range(len(tags)))
        self.tag = list(tags)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b:
            return True
        if self.tag[a] and self.tag[b] and self.tag[a] != self.tag[b]:
            return False  # the codebook says two people
        if b < a:
            a, b = b, a
        self.parent[b] = a
        self.tag[a] = self.tag[a] or self.tag[b]
        return True


def _nested(place: str, chain: tuple[str, ...], places: set[str], chains: set[str]) -> bool:
    """Whether a place with ``chain`` and a set of places are one inside the other."""
    return bool(places & set(chain)) or place in chains


def _link_resolved(group: list[Sighting], sets: _Sets, resolved: list[int],
                   strict: bool) -> None:
    """The rule links among sightings with resolved posts.

    With ``strict`` (the codebook tags some of these sightings) every pair of a
    bucket is tried, since a refused union must not stop the others; else
    joining each to the bucket's first is the same and linear.
    """
    by_label: dict[str, list[int]] = defaultdict(list)
    by_place: dict[str, list[int]] = defaultdict(list)
    national: list[int] = []
    for i in resolved:
        for p in group[i].posts.values():
            by_label[p.label].append(i)
            if p.level == "national":
                national.append(i)
            if p.jurisdiction:
                by_place[p.jurisdiction[0]].append(i)

    def join(bucket: list[int], i: int | None = None) -> None:
        if i is not None:
            for j in (bucket if strict else bucket[:1]):
                sets.union(i, j)
            return
        for k, j in enumerate(bucket[1:], 1):
            for first in (bucket[:k] if strict else bucket[:1]):
                sets.union(first, j)

    for bucket in (*by_label.values(), national, *by_place.values()):
        join(bucket)
    for i in resolved:  # a post of 永康市 and one of 金华市 or 浙江省: one inside the other
        for q in group[i].post_places():
            if q in by_place:
                join(by_place[q], i)


def _attach_bare(group: list[Sighting], sets: _Sets, resolved: list[int],
                 bare: list[int]) -> None:
    """Bare names join the person the article's context points to; the rest pair up
    when their articles' places are one inside the other (or neither names one)."""
    members: dict[int, list[int]] = defaultdict(list)
    for i in resolved:
        members[sets.find(i)].append(i)
    reach = {root: set().union(*(group[i].post_places() for i in ms))
             for root, ms in members.items()}
    own = {root: {p.jurisdiction[0] for i in ms for p in group[i].posts.values()
                  if p.jurisdiction}
           for root, ms in members.items()}
    national = {root for root, ms in members.items()
                if any(p.level == "national" for i in ms for p in group[i].posts.values())}
    titles = {root: {p.title for i in ms for p in group[i].posts.values()}
              for root, ms in members.items()}
    left: list[int] = []
    for i in bare:
        if group[i].reporter:
            left.append(i)
            continue
        places = group[i].places
        roots = sorted(members)
        fits = [r for r in roots if places and (
            own[r] & set(places) or places[0] in reach[r])]
        if not fits and not places:  # 市委书记 on a page of no known place: whose post it is
            fits = [r for r in roots if titles[r] & group[i].written]
        if not fits:
            fits = [r for r in roots if r in national]
        if not fits and not places and len(roots) == 1:
            fits = roots
        fits.sort(key=lambda r: (-len(members[r]), r))
        if not any(sets.union(r, i) for r in fits):
            left.append(i)
    first: dict[str, int] = {}

    def link(key: str, i: int) -> None:
        if key in first:
            sets.union(first[key], i)
        else:
            first[key] = i

    for i in left:
        s = group[i]
        if s.paper or s.reporter:  # one paper's bare 李四 is one man, whatever place
            link(f"\x00{s.paper}", i)
        if not s.reporter:
            link(s.places[0] if s.places else "", i)
    for i in left:
        if group[i].reporter:
            continue
        for q in group[i].places[1:]:
            if q in first:
                sets.union(first[q], i)


def _one_name(group: list[Sighting], codebook: Codebook | None) -> list[str]:
    """The person key of each sighting of one name (sorted by article)."""
    name = group[0].name
    tags = [codebook.match(name, s.written, set(s.places) | s.post_places())
            if codebook else None for s in group]
    if len(group) == 1 and not tags[0]:
        return [name]
    sets = _Sets(tags)
    first_of: dict[str, int] = {}
    for i, tag in enumerate(tags):
        if tag:
            sets.union(first_of.setdefault(tag, i), i)
    resolved = [i for i, s in enumerate(group) if s.posts]
    bare = [i for i, s in enumerate(group) if not s.posts]
    _link_resolved(group, sets, resolved, strict=any(tags))
    _attach_bare(group, sets, resolved, bare)
    people: dict[int, list[int]] = defaultdict(list)
    for i in range(len(group)):
        people[sets.find(i)].append(i)
    keys: dict[int, str] = {}
    for root, ms in people.items():
        if sets.tag[root]:
            keys[root] = f"{name}\x1fid:{sets.tag[root]}"
        elif len(people) == 1:
            keys[root] = name  # the one person of this name: the IRI of a name, as always
        else:
            labels = sorted(p for i in ms for p in group[i].posts)
            keys[root] = f"{name}\x1f{labels[0] if labels else '@' + group[ms[0]].article}"
    return [keys[sets.find(i)] for i in range(len(group))]


def identify(sightings: Iterable[tuple[str, Sighting]],
             codebook: Codebook | None = None) -> dict[str, str]:
    """Map each sighting's id to its person's key (hashed into the Person IRI).

    The answer depends only on the sightings, never on their order: they are
    sorted by article before any rule runs.

    >>> from newskg.records import Post
    >>> yk = Post("永康市市长", "市长", "county", "永康市", ("永康市", "金华市", "浙江省"))
    >>> yc = Post("盐城市副市长", "副市长", "prefecture", "盐城市", ("盐城市", "江苏省"))
    >>> a = Sighting("李四", "a1", ("永康市",), {yk.label: yk})
    >>> b = Sighting("李四", "a2", ("盐城市",), {yc.label: yc})
    >>> c = Sighting("李四", "a3", ("永康市", "金华市", "浙江省"))
    >>> keys = identify([("1", a), ("2", b), ("3", c)])
    >>> keys["1"] == keys["3"] != keys["2"]
    True
    """
    by_name: dict[str, list[tuple[str, Sighting]]] = defaultdict(list)
    for sid, s in sightings:
        by_name[s.name].append((sid, s))
    out: dict[str, str] = {}
    for items in by_name.values():
        items.sort(key=lambda x: (x[1].article, x[0]))
        keys = _one_name([s for _, s in items], codebook)
        out.update((sid, key) for (sid, _), key in zip(items, keys, strict=True))
    return out
