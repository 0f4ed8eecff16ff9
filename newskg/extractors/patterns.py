"""The regular expressions of the extraction rules, loaded from data/patterns.toml.

Patterns are data, like the lexicons: one table per module, each pattern
compiled once at import. A pattern written as ``{ pattern = '''…''',
ignore_case = true }`` is compiled case-insensitively.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources

__all__ = ["PATTERNS"]


def _load() -> dict[str, dict[str, re.Pattern]]:
    raw = tomllib.loads(
        resources.files(__package__).joinpath("data", "patterns.toml").read_text(encoding="utf-8")
    )
    out: dict[str, dict[str, re.Pattern]] = {}
    for module, table in raw.items():
        out[module] = {}
        for name, value in table.items():
            if isinstance(value, dict):
                flags = re.I if value.get("ignore_case") else 0
                out[module][name] = re.compile(value["pattern"], flags)
            else:
                out[module][name] = re.compile(value)
    return out


#: module name -> pattern name -> compiled pattern
PATTERNS = _load()
