"""Agreement of two blind annotations of the same pages (gold-format.md rules).

One annotator's required triples are scored against the other's gold as a
prediction would be (same normalisation, same 60 % rule, each item matched
once); F1 is symmetric. Optional triples of either side are left out of the
counts, but a triple one side has as optional and the other as required
counts as agreement. Also the entities (a node of one side agrees with one
of the other when their types are equal and a label or alias of each matches
under the same rule) and, given the two qualified folders, the qualified
posts (the same holder and a qualified form in common).

Usage: ``python scripts/agreement.py GOLD_A GOLD_B [QUAL_A QUAL_B]``
(GOLD_B holds the files of the sample; GOLD_A may hold more).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from newskg.evaluate.match import max_matching, names_match, normalise


def _forms(v) -> list[str]:
    return [normalise(x) for x in ([v] if isinstance(v, str) else v)]


def _triples(path: Path) -> list[tuple[str, list[str], list[str], bool]]:
    d = json.loads(path.read_text(encoding="utf-8"))
    return [(t["p"], _forms(t["s"]), _forms(t["o"]), bool(t.get("optional")))
            for t in d.get("triples", [])]


def _fits(a, b) -> bool:
    return a[0] == b[0] and any(x == y for x in a[1] for y in b[1]) and any(
        names_match(x, y) for x in a[2] for y in b[2])


def compare(a_file: Path, b_file: Path) -> Counter:
    a, b = _triples(a_file), _triples(b_file)
    adj = [[j for j, x in enumerate(a) if _fits(y, x)] for y in b]
    owner = max_matching(adj, [x[3] for x in a])
    paired_b = set(owner.values())
    c: Counter = Counter()
    for j, x in enumerate(a):
        i = owner.get(j)
        if i is None:
            c["only_a"] += not x[3]
        elif not (x[3] and b[i][3]):
            c["both"] += 1
            c["required_on_one_side"] += x[3] != b[i][3]
    for i, y in enumerate(b):
        if i not in paired_b and not y[3]:
            c["only_b"] += 1
    for j, x in enumerate(a):
        i = owner.get(j)
        key = x[0]
        if i is not None and not (x[3] and b[i][3]):
            c[f"{key}:both"] += 1
        elif i is None and not x[3]:
            c[f"{key}:only_a"] += 1
    for i, y in enumerate(b):
        if i not in paired_b and not y[3]:
            c[f"{y[0]}:only_b"] += 1
    return c


def _entities(path: Path) -> list[tuple[str, list[str]]]:
    d = json.loads(path.read_text(encoding="utf-8"))
    return [(e["type"], _forms([e["label"], *e.get("aliases", [])]))
            for e in d.get("entities", [])]


def _pair_count(a: list, b: list, fits) -> tuple[int, int, int]:
    """(both, only a, only b) under a one-to-one matching of fitting items."""
    adj = [[j for j, x in enumerate(a) if fits(y, x)] for y in b]
    both = len(max_matching(adj, [False] * len(a)))
    return both, len(a) - both, len(b) - both


def _entity_fits(x, y) -> bool:
    return x[0] == y[0] and any(names_match(p, q, person=x[0] == "Person")
                                for p in x[1] for q in y[1])


def _posts(path: Path) -> list[tuple[str, set[str]]]:
    d = json.loads(path.read_text(encoding="utf-8"))
    return [(normalise(p["s"]), {normalise(q) for q in p.get("q") or [p["o"]]})
            for p in d.get("positions", [])]


def _report(name: str, both: int, oa: int, ob: int) -> None:
    den = 2 * both + oa + ob
    print(f"{name}: both {both}, only A {oa}, only B {ob}, F1 {(2 * both / den) if den else 1:.2f}")


def agreement_of(a_dir: str, b_dir: str, what: str) -> tuple[int, int, int]:
    """Summed (both, only A, only B) of entities or posts over the sample."""
    load, fits = ((_entities, _entity_fits) if what == "entities"
                  else (_posts, lambda x, y: x[0] == y[0] and bool(x[1] & y[1])))
    tot = [0, 0, 0]
    for b_file in sorted(Path(b_dir).glob("*.json")):
        counts = _pair_count(load(Path(a_dir) / b_file.name), load(b_file), fits)
        tot = [t + c for t, c in zip(tot, counts, strict=True)]
    return tot[0], tot[1], tot[2]


def main(a_dir: str, b_dir: str, qa: str | None = None, qb: str | None = None) -> None:
    total: Counter = Counter()
    for b_file in sorted(Path(b_dir).glob("*.json")):
        c = compare(Path(a_dir) / b_file.name, b_file)
        f1 = 2 * c["both"] / (2 * c["both"] + c["only_a"] + c["only_b"]) if c["both"] else 0.0
        print(f"{b_file.stem}: both {c['both']}, only A {c['only_a']}, only B {c['only_b']}, "
              f"F1 {f1:.2f}")
        total += c
    f1 = 2 * total["both"] / (2 * total["both"] + total["only_a"] + total["only_b"])
    print(f"all: both {total['both']}, only A {total['only_a']}, only B {total['only_b']}, "
          f"F1 {f1:.2f}; of the shared, optional on one side only: "
          f"{total['required_on_one_side']}")
    strict = total["both"] - total["required_on_one_side"]
    den = 2 * strict + total["only_a"] + total["only_b"] + total["required_on_one_side"]
    print(f"strict (a triple required on one side only is a disagreement): F1 "
          f"{(2 * strict / den) if den else 1:.2f}")
    props = sorted({k.split(":")[0] for k in total if ":" in k})
    for p in props:
        both, oa, ob = total[f"{p}:both"], total[f"{p}:only_a"], total[f"{p}:only_b"]
        den = 2 * both + oa + ob
        print(f"  {p:<14} both {both:>3}  only A {oa:>3}  only B {ob:>3}  F1 "
              f"{(2 * both / den) if den else 1:.2f}")


    _report("entities", *agreement_of(a_dir, b_dir, "entities"))
    if qa and qb:
        _report("qualified posts", *agreement_of(qa, qb, "posts"))


if __name__ == "__main__":
    main(*sys.argv[1:5])
