"""The regular expressions of the extraction rules, loaded from data/patterns.toml.

Patterns are data, like the lexicons: one table per module (``[persons]``,
``[relations.tours]``...), each pattern named after the rule it serves and
compiled once at import. A pattern written as ``{ pattern = '''…''',
ignore_case = true }`` is compiled case-insensitively.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from typing import Any

__all__ = ["PATTERNS"]


def _compile(value: str | dict[str, Any]) -> re.Pattern[str]:
    if isinstance(value, dict):
        return re.compile(value["pattern"], re.I if value.get("ignore_case") else 0)
    return re.compile(value)


def _tables(raw: dict[str, Any], prefix: str = "") -> dict[str, dict[str, re.Pattern[str]]]:
    """``[relations.tours]`` is the table ``"relations.tours"``."""
    out: dict[str, dict[str, re.Pattern[str]]] = {}
    for name, value in raw.items():
        if isinstance(value, dict) and "pattern" not in value:
            out.update(_tables(value, f"{prefix}{name}."))
        else:
            out.setdefault(prefix.rstrip("."), {})[name] = _compile(value)
    return out


def _load() -> dict[str, dict[str, re.Pattern[str]]]:
    text = resources.files(__package__).joinpath("data", "patterns.toml").read_text(
        encoding="utf-8")
    return _tables(tomllib.loads(text))


#: module name (``persons``, ``relations.tours``...) -> pattern name -> compiled pattern
PATTERNS = _load()
