"""Every rule module of newskg/extractors/relations/ against the corpus beside it.

Each module ``relations/<name>.py`` keeps ``relations/<name>_corpus.toml``:
short sentences of the genre (names invented) with the triples a careful
reader takes from them and the ones a careless rule would wrongly take. One
parametrised test runs every example of every corpus through the whole
extractor, so a new sentence is tested as soon as it is added; the other
tests keep the corpora and the code in step (every rule has an example, every
role of ``triggers.tsv`` has a rule).
"""

from __future__ import annotations

import importlib
import inspect
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from newskg.extractors import ExtractOptions, extract
from newskg.extractors.lexicon import load_lexicon
from newskg.extractors.relations import ROLES
from newskg.records import Document

PACKAGE = Path(__file__).resolve().parent.parent / "newskg" / "extractors" / "relations"
#: modules with no rules of their own: the reading loop and the reader's state
NOT_RULES = {"__init__", "state"}
RULE_MODULES = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem not in NOT_RULES)

Triple = tuple[str, str, str]

def written(r) -> str:
    """The object of a relation as the page names it: a post as written (市长), not
    as resolved to its place (永康市市长, see test_posts.py)."""
    return r.object.text if r.prop == "holdsPosition" else r.object.label



@dataclass
class Example:
    module: str
    number: int  # its place in the corpus, from 1
    rule: str
    text: str
    published: str | None = None
    must: set[Triple] = field(default_factory=set)
    must_not: set[Triple] = field(default_factory=set)
    none_of: set[str] = field(default_factory=set)
    event_dates: dict[str, str] | None = None

    @property
    def id(self) -> str:
        return f"{self.module}-{self.number}-{self.rule}"


def _triple(s: str) -> Triple:
    parts = s.split()
    assert len(parts) == 3, f"not 'subject property object': {s!r}"
    return parts[0], parts[1], parts[2]


def load_corpus(module: str) -> list[Example]:
    path = PACKAGE / f"{module}_corpus.toml"
    if not path.exists():
        return []  # test_every_rule_module_has_a_corpus says so
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    return [
        Example(
            module=module,
            number=n,
            rule=e["rule"],
            text=e["text"],
            published=e.get("published"),
            must={_triple(t) for t in e.get("must", [])},
            must_not={_triple(t) for t in e.get("must_not", [])},
            none_of=set(e.get("none_of", [])),
            event_dates=e.get("event_dates"),
        )
        for n, e in enumerate(raw["example"], 1)
    ]


EXAMPLES = [e for m in RULE_MODULES for e in load_corpus(m)]


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_corpus_example(ex: Example) -> None:
    arts = extract(Document("corpus.txt", ex.text, published=ex.published), ExtractOptions())
    # a post the text gives as former (原…, 时任…) is recorded as such, never as held now
    got = {(r.subject.label, "heldFormerly" if r.former else r.prop, written(r))
           for a in arts for r in a.relations}
    assert ex.must <= got, f"missing {sorted(ex.must - got)}; read {sorted(got)}"
    assert not ex.must_not & got, f"wrongly read {sorted(ex.must_not & got)}"
    wrong = sorted(t for t in got if t[1] in ex.none_of)
    assert not wrong, f"no {sorted(ex.none_of)} expected, read {wrong}"
    if ex.event_dates is not None:
        dates = {k: v for a in arts for k, v in a.event_dates.items()}
        assert dates == ex.event_dates


@pytest.mark.parametrize("module", RULE_MODULES)
def test_every_rule_module_has_a_corpus(module: str) -> None:
    assert (PACKAGE / f"{module}_corpus.toml").exists(), f"relations/{module}.py has no corpus"


def test_every_example_asserts_something() -> None:
    empty = [e.id for e in EXAMPLES if not (e.must or e.must_not or e.none_of)]
    assert not empty


@pytest.mark.parametrize("module", RULE_MODULES)
def test_every_rule_has_an_example_and_every_example_a_rule(module: str) -> None:
    """A rule is a handler (``on_<role>``) or a sentence rule (``read_<what>``);
    an example may also name another public function it shows (``event_ref``)."""
    mod = importlib.import_module(f"newskg.extractors.relations.{module}")
    public = {name for name in mod.__all__ if inspect.isfunction(getattr(mod, name))}
    rules = {name for name in public if name.startswith(("on_", "read_"))}
    named = {e.rule for e in EXAMPLES if e.module == module}
    assert named <= public, f"examples name no function of {module}.py: {sorted(named - public)}"
    assert rules <= named, f"rules of {module}.py without an example: {sorted(rules - named)}"


def test_every_role_of_the_trigger_list_leads_to_a_rule() -> None:
    roles = set(load_lexicon().triggers.values())
    assert roles <= set(ROLES), f"roles no rule reads: {sorted(roles - set(ROLES))}"
    for role, handler in ROLES.items():
        if handler is not None:
            module = handler.__module__.rsplit(".", 1)[-1]
            assert module in RULE_MODULES, (role, module)
