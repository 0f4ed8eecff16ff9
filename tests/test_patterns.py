"""patterns.toml is a file a newcomer can read: every pattern named after its rule and used.

A name such as ``split_articles_2`` says where a pattern is used, not what it
matches; a pattern its module no longer names is dead weight that still looks
like a rule.
"""

from __future__ import annotations

import re

from requires import ROOT

from newskg.extractors.patterns import PATTERNS

EXTRACTORS = ROOT / "newskg" / "extractors"


def _module(table: str):
    """The module a table serves: ``relations.tours`` is relations/tours.py."""
    path = EXTRACTORS.joinpath(*table.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def test_no_pattern_is_named_after_a_function_and_a_number():
    numbered = [f"[{table}] {name}" for table, patterns in PATTERNS.items()
                for name in patterns if re.search(r"_\d+$", name)]
    assert numbered == []


def test_every_pattern_is_used_by_the_module_of_its_table():
    unused = []
    for table, patterns in PATTERNS.items():
        source = _module(table).read_text("utf-8")
        unused += [f"[{table}] {name}" for name in patterns
                   if f'"{name}"' not in source and f"'{name}'" not in source]
    assert unused == []

