"""Gold files (docs/gold-format.md) read into the items scoring compares."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..records import CLASSES, PROPERTIES, SCORED_PROPERTIES
from .match import names_match, normalise

__all__ = ["EvalError", "GoldDoc", "GoldItem", "gold_files", "load_gold"]


class EvalError(Exception):
    """A gold file or graph that cannot be read; the message names the file."""


@dataclass(frozen=True)
class GoldItem:
    """One gold item: the normalised forms it accepts and whether it is optional."""

    key: str
    forms: tuple[tuple[str, ...], ...]
    extra: str | None
    optional: bool
    shown: str


@dataclass
class GoldDoc:
    path: Path
    doc: str
    persons: set[str]
    items: dict[str, list[GoldItem]]


def _forms(value: Any, where: str) -> tuple[str, ...]:
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise EvalError(f"{where}: expected a name or a list of names, got {value!r}")
    return tuple(normalise(v) for v in values)


def _first(value: Any) -> str:
    return value if isinstance(value, str) else (value or [""])[0]


def load_gold(path: Path) -> GoldDoc:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        where = f"line {e.lineno} column {e.colno}"
        raise EvalError(f"{path}: not valid JSON: {where}: {e.msg}") from None
    except (OSError, UnicodeError) as e:
        raise EvalError(f"{path}: cannot read: {e}") from None
    if not isinstance(data, dict) or not isinstance(data.get("doc"), str) or not data["doc"]:
        raise EvalError(f'{path}: no "doc" field naming the input file')
    items: dict[str, list[GoldItem]] = defaultdict(list)
    persons: set[str] = set()
    try:
        for n, t in enumerate(data.get("triples", [])):
            where = f"{path}: triple {n + 1}"
            if t["p"] not in PROPERTIES:
                raise EvalError(f"{where}: unknown property {t['p']!r}")
            if t["p"] not in SCORED_PROPERTIES:
                continue
            s, o = _forms(t["s"], where), _forms(t["o"], where)
            shown = f"{_first(t['s'])} → {_first(t['o'])}"
            items["triples"].append(GoldItem(t["p"], (s, o), None, bool(t.get("optional")), shown))
        forms: tuple[tuple[str, ...], ...]
        for n, ev in enumerate(data.get("events", [])):
            where = f"{path}: event {n + 1}"
            date = ev.get("date") or None
            shown = _first(ev["label"]) + (f" ({date})" if date else "")
            forms = (_forms(ev["label"], where),)
            items["events"].append(GoldItem("events", forms, date, bool(ev.get("optional")), shown))
        for n, ent in enumerate(data.get("entities", [])):
            where = f"{path}: entity {n + 1}"
            if ent["type"] not in CLASSES:
                raise EvalError(f"{where}: unknown type {ent['type']!r}")
            forms = (_forms(ent["label"], where),)
            if ent["type"] == "Person":
                persons.update(forms[0])
            shown = f"{_first(ent['label'])} ({ent['type']})"
            optional = bool(ent.get("optional"))
            items["entities"].append(GoldItem("entities", forms, ent["type"], optional, shown))
        items["entities"] += _untyped_entities(data.get("triples", []), items["entities"], persons)
        for n, a in enumerate(data.get("articles", [])):
            where = f"{path}: article {n + 1}"
            head, reporter = a.get("headline_contains") or "", a.get("reporter") or ""
            forms = (_forms(head, where), _forms(reporter, where))
            shown = f"headline with {head or '(any)'}, reporter {reporter or '(any)'}"
            optional = bool(a.get("optional"))
            items["articles"].append(GoldItem("articles", forms, None, optional, shown))
    except (KeyError, TypeError, AttributeError) as e:
        raise EvalError(f"{path}: malformed item ({type(e).__name__}: {e})") from None
    return GoldDoc(path, data["doc"], persons, items)


def _untyped_entities(
    triples: list[dict], entities: list[GoldItem], persons: set[str]
) -> list[GoldItem]:
    """Nodes that gold triples name but ``entities`` does not type: optional, any type.

    The annotators say such a node is in the text (南湖街道 spoke at a
    meeting), so predicting it is not an error; its type is not annotated, so
    it earns nothing either.
    """
    typed = [f for e in entities for f in e.forms[0]]
    found: dict[tuple[str, ...], GoldItem] = {}
    for t in triples:
        for value in (t["s"], t["o"]):
            forms = tuple(normalise(v) for v in ([value] if isinstance(value, str) else value))
            if any(names_match(f, name, f in persons) for f in forms for name in typed):
                continue
            shown = f"{_first(value)} (named in a triple, type not annotated)"
            found.setdefault(forms, GoldItem("entities", (forms,), None, True, shown))
    return list(found.values())


def gold_files(gold: str | Path) -> list[Path]:
    gold = Path(gold)
    if gold.is_file():
        return [gold]
    if not gold.is_dir():
        raise EvalError(f"{gold}: no such file or folder")
    files = sorted(gold.glob("*.json"))
    if not files:
        raise EvalError(f"{gold}: no gold .json files in this folder")
    return files
