"""The lexicons the extractors read, loaded from the data files beside this module.

Each data file is a list of entries, one a line (white space separates them),
with ``#`` comments and optional ``[section]`` headers (``enterprise_suffixes.txt`` has
``[strong]`` and ``[trade]``); ``triggers.tsv`` pairs a word with its role.
A user's ``--lexicon FILE`` uses the same syntax with sections named after the
lists (``[surnames]``, ``[titles]``, ``[enterprise_suffixes.strong]``,
``[triggers]`` with ``word role`` lines...) and is merged over the bundled
lists; an entry written ``-word`` removes ``word``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

__all__ = ["Lexicon", "LexiconError", "load_lexicon"]

_LISTS = {
    # attribute: (file, section or None)
    "surnames": ("surnames.txt", None),
    "titles": ("titles.txt", None),
    "collective_titles": ("collective_titles.txt", None),
    "name_followers": ("name_followers.txt", None),
    "stop_chars": ("position_stops.txt", "chars"),
    "stop_words": ("position_stops.txt", "words"),
    "stop_keep": ("position_stops.txt", "keep"),
    "org_suffixes": ("org_suffixes.txt", None),
    "enterprise_strong": ("enterprise_suffixes.txt", "strong"),
    "enterprise_trade": ("enterprise_suffixes.txt", "trade"),
    "place_suffixes": ("place_suffixes.txt", None),
    "event_suffixes": ("event_suffixes.txt", None),
    "campaign_suffixes": ("campaign_suffixes.txt", None),
    "generic_nouns": ("generic_places.txt", "nouns"),
    "generic_modifiers": ("generic_places.txt", "modifiers"),
    "too_general": ("too_general.txt", None),
    "admin_chain": ("admin_units.txt", "chain"),
    "admin_endings": ("admin_units.txt", "endings"),
    "before_place": ("before_place.txt", None),
    "bodies_after_place": ("bodies_after_place.txt", None),
    "party_endings": ("party_endings.txt", None),
    "foreign_titles": ("foreign_titles.txt", None),
    "honorifics": ("honorifics.txt", None),
    "reporting_verbs": ("reporting_verbs.txt", None),
    "current_meeting": ("current_meeting.txt", None),
    "translit": ("translit.txt", None),
    "caption_words": ("captions.txt", None),
    "not_reporters": ("not_reporters.txt", None),
}

#: user-lexicon section name -> attribute
_SECTION_NAMES = {
    "surnames": "surnames",
    "titles": "titles",
    "collective_titles": "collective_titles",
    "name_followers": "name_followers",
    "position_stops.chars": "stop_chars",
    "position_stops.words": "stop_words",
    "org_suffixes": "org_suffixes",
    "enterprise_suffixes.strong": "enterprise_strong",
    "enterprise_suffixes.trade": "enterprise_trade",
    "place_suffixes": "place_suffixes",
    "event_suffixes": "event_suffixes",
    "campaign_suffixes": "campaign_suffixes",
    "generic_places.nouns": "generic_nouns",
    "generic_places.modifiers": "generic_modifiers",
    "position_stops.keep": "stop_keep",
    "too_general": "too_general",
    "captions": "caption_words",
    "not_reporters": "not_reporters",
    "admin_units.chain": "admin_chain",
    "admin_units.endings": "admin_endings",
    "before_place": "before_place",
    "bodies_after_place": "bodies_after_place",
    "party_endings": "party_endings",
    "foreign_titles": "foreign_titles",
    "honorifics": "honorifics",
    "reporting_verbs": "reporting_verbs",
    "current_meeting": "current_meeting",
    "translit": "translit",
}


class LexiconError(Exception):
    """A user lexicon that cannot be read or makes no sense; ``str()`` is one line
    naming the file and the problem."""


def _sections(text: str) -> dict[str | None, list[str]]:
    out: dict[str | None, list[str]] = {None: []}
    current: str | None = None
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if m := re.fullmatch(r"\[([\w.]+)\]", line):
            current = m.group(1)
            out.setdefault(current, [])
            continue
        out[current].extend(line.split())
    return out


def _data(name: str) -> str:
    return resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Every list the extractors use, as sets, plus the compiled patterns."""

    surnames: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    collective_titles: frozenset[str] = frozenset()
    name_followers: frozenset[str] = frozenset()
    stop_chars: frozenset[str] = frozenset()
    stop_words: frozenset[str] = frozenset()
    stop_keep: frozenset[str] = frozenset()
    org_suffixes: frozenset[str] = frozenset()
    enterprise_strong: frozenset[str] = frozenset()
    enterprise_trade: frozenset[str] = frozenset()
    place_suffixes: frozenset[str] = frozenset()
    event_suffixes: frozenset[str] = frozenset()
    campaign_suffixes: frozenset[str] = frozenset()
    generic_nouns: frozenset[str] = frozenset()
    generic_modifiers: frozenset[str] = frozenset()
    too_general: frozenset[str] = frozenset()
    caption_words: frozenset[str] = frozenset()
    not_reporters: frozenset[str] = frozenset()
    admin_chain: frozenset[str] = frozenset()
    admin_endings: frozenset[str] = frozenset()
    before_place: frozenset[str] = frozenset()
    bodies_after_place: frozenset[str] = frozenset()
    party_endings: frozenset[str] = frozenset()
    foreign_titles: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    reporting_verbs: frozenset[str] = frozenset()
    current_meeting: frozenset[str] = frozenset()
    translit: frozenset[str] = frozenset()  # single characters
    triggers: dict[str, str] = field(default_factory=dict)
    datelines: tuple[re.Pattern, ...] = ()

    def words(self, role: str) -> list[str]:
        """The trigger words of one role, longest first."""
        return sorted((w for w, r in self.triggers.items() if r == role), key=lambda w: -len(w))

    def alternation(self, attr: str) -> str:
        """A regex alternation of one list, longest entries first."""
        items = sorted(getattr(self, attr), key=lambda w: (-len(w), w))
        return "|".join(map(re.escape, items))


def _bundled() -> dict:
    values: dict = {}
    cached: dict[str, dict] = {}
    for attr, (fname, section) in _LISTS.items():
        secs = cached.setdefault(fname, _sections(_data(fname)))
        values[attr] = set(secs.get(section, []))
    triggers: dict[str, str] = {}
    for line in _data("triggers.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            word, role = line.split("\t")[:2]
            triggers.setdefault(word.strip(), role.strip())
    values["triggers"] = triggers
    values["datelines"] = [
        line.strip()
        for line in _data("datelines.txt").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return values


def _read_user(path: Path) -> str:
    """The text of a user's lexicon, or :class:`LexiconError` saying in a few words why not."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise LexiconError(f"{path}: no such lexicon file") from None
    except IsADirectoryError:
        raise LexiconError(f"{path}: a folder, not a lexicon file") from None
    except OSError as e:
        raise LexiconError(f"{path}: lexicon cannot be read ({e.strerror or e})") from None
    except UnicodeDecodeError:
        raise LexiconError(f"{path}: lexicon is not UTF-8 text") from None


def _merge_user(values: dict, path: Path) -> None:
    text = _read_user(path)
    roles = set(values["triggers"].values())
    for section, entries in _sections(text).items():
        if section is None:
            if entries:
                raise LexiconError(f"{path}: entries before any [section] header")
            continue
        if section == "triggers":
            if len(entries) % 2:
                raise LexiconError(f"{path}: [triggers] needs 'word role' pairs")
            for word, role in zip(entries[::2], entries[1::2], strict=True):
                if role not in roles:
                    known = ", ".join(sorted(roles))
                    raise LexiconError(f"{path}: [triggers] {word}: unknown role {role!r}"
                                       f" (known: {known})")
                values["triggers"][word] = role
            continue
        attr = _SECTION_NAMES.get(section)
        if attr is None:
            known = ", ".join(sorted([*_SECTION_NAMES, "triggers"]))
            raise LexiconError(f"{path}: unknown section [{section}] (known: {known})")
        for entry in entries:
            if entry.startswith("-"):
                values[attr].discard(entry[1:])
            else:
                values[attr].add(entry)


@cache
def load_lexicon(user_files: tuple[str, ...] = ()) -> Lexicon:
    """The bundled lexicon with the user's files merged over it (cached)."""
    values = _bundled()
    for f in user_files:
        _merge_user(values, Path(f))
    datelines = tuple(re.compile(p) for p in values.pop("datelines"))
    values["translit"] = set("".join(values["translit"]))  # 阿 or 阿巴: characters
    triggers = values.pop("triggers")
    return Lexicon(
        **{k: frozenset(v) for k, v in values.items()}, triggers=triggers, datelines=datelines
    )
