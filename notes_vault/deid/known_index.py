"""The vault index's types: an identifier's entry, a hit in text, and the index itself.

Split from `known.py` (round 12, lead) so that the modules that extend the index
(`known_more.py` and the `known_*` helpers it calls) and those that search it take these
types from here, while `known.build_index` builds the index and calls them: no module
imports the one that imports it. Import these names from here, not from `known.py`.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

from notes_vault.deid.fuzzy import deletions
from notes_vault.deid.squash import squash_key

FUZZY = 5  # names this long (folded) also match with one letter wrong, missing or extra


@dataclass(frozen=True)
class Entry:
    """One known identifier: what replaces it, and how to describe it without it."""

    tag: str
    category: str
    reason: str  # for --explain, e.g. "client's first name (diminutive)"
    leak: str  # for a refusal, e.g. "client name"
    capital_only: bool = False


@dataclass(frozen=True)
class Hit:
    """A known identifier found in text."""

    start: int
    end: int
    entry: Entry


@dataclass
class VaultIndex:
    """Everything known, keyed by folded form; the first owner of a form keeps it."""

    words: dict[str, Entry] = field(default_factory=dict)
    phones: list[tuple[str, Entry]] = field(default_factory=list)
    dobs: list[tuple[datetime.date, Entry]] = field(default_factory=list)
    emails: list[tuple[str, str, Entry]] = field(default_factory=list)  # (address, local, entry)
    initials: dict[str, Entry] = field(default_factory=dict)  # also organisations' acronyms
    lone: dict[str, Entry] = field(default_factory=dict)  # "K." for Kevin, alone
    letters: dict[str, set[str]] = field(default_factory=dict)  # tag -> its name's initials
    parts: dict[str, set[str]] = field(default_factory=dict)  # tag -> its name's folded parts
    skeletons: dict[str, Entry] = field(default_factory=dict)  # names in another script
    sounds: dict[str, Entry] = field(default_factory=dict)  # metaphone of long name parts
    # One-deletion forms of long names -> the name's entry (see `_misspelt`).
    near: dict[str, Entry] = field(default_factory=dict)
    slips: dict[str, Entry] = field(default_factory=dict)  # "Gerg" for Greg (forms.short_slips)
    # Initials that are also abbreviations ("AM", "TV"): only beside that person's name.
    abbreviated: dict[str, Entry] = field(default_factory=dict)
    clips: dict[str, Entry] = field(default_factory=dict)  # "st j" for St. Johnsbury
    more: dict[str, list[tuple[str, Entry]]] = field(default_factory=dict)  # known_more.py

    def add(self, form: str, entry: Entry) -> None:
        """Register a written identifier unless an earlier owner has it."""
        self.add_forms([keyed(form, entry)])

    def add_forms(self, forms: Iterable[tuple[str, Entry, tuple[str, ...]]]) -> None:
        """Register prepared (key, entry, near forms) triples, first owner first.

        A form matched in any case (a name, a recorded alias) takes over from
        an earlier capital-only diminutive of the same spelling.
        """
        words, near = self.words, self.near
        for key, entry, near_forms in forms:
            old = words.get(key)
            if key and (old is None or (old.capital_only and not entry.capital_only)):
                words[key] = entry
            if near_forms:  # near.setdefault(form, entry) for each, as set operations in C
                near.update(dict.fromkeys(set(near_forms).difference(near), entry))


def keyed(form: str, entry: Entry, *, fuzzy: bool = True) -> tuple[str, Entry, tuple[str, ...]]:
    """One identifier as a (key, entry, near forms) triple; key "" if too short."""
    key = squash_key(form)
    fuzzy = fuzzy and key.isalpha() and len(key) >= FUZZY and not entry.capital_only
    return (key if len(key.strip("\x01")) >= 2 else "", entry, deletions(key) if fuzzy else ())
