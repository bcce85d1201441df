"""Round 13 (k13): the replacer's searches of the thirteenth pass, held here for
`known_search.py` (one call): a name misheard and corrected in dictation
(`known_corrected.py`), and the shapes of `forms_round13.py` ("rox came on", "client K",
a transcript's "L:")."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from notes_vault.deid import forms_round13, known_corrected
from notes_vault.deid.known_index import Hit, VaultIndex
from notes_vault.deid.squash import squash_key


def find(index: VaultIndex, text: str, hits: list[Hit]) -> list[Hit]:
    """Every round-13 find in `text`, given the hits found so far."""
    found = known_corrected.find(index, text, hits)  # "Stacy brand hall, sorry, Bramall"
    found += _lowered(index, text)
    found += _letters(index, forms_round13.role_initials(text), "after a role word")
    found += _letters(index, forms_round13.speakers(text), "a transcript's speaker")
    found += _contracted(index, text)
    return found


def _contracted(index: VaultIndex, text: str) -> list[Hit]:
    """A known one-word town contracted ("Pgh", "PHX", "M'bro")."""
    words = list(forms_round13.contracted(text))
    if not words:
        return []
    towns = sorted(k for k, e in index.words.items() if e.category == "address" and k.isalpha())
    found = []
    for start, end, word in words:
        town = next((t for t in towns if forms_round13.contracts(word, t)), None)
        if town is not None:
            entry = index.words[town]
            reason = f"{entry.reason} (contracted)"
            found.append(Hit(start, end, replace(entry, capital_only=False, reason=reason)))
    return found


def _lowered(index: VaultIndex, text: str) -> list[Hit]:
    """A capital-only name form in lower case where a name stands ("rox came on")."""
    found = []
    for start, end, word in forms_round13.lowered(text):
        entry = index.words.get(squash_key(word))
        if entry is not None and entry.category == "name" and entry.capital_only:
            reason = f"{entry.reason} (in lower case, where a name stands)"
            found.append(Hit(start, end, replace(entry, capital_only=False, reason=reason)))
    return found


def _letters(index: VaultIndex, letters: Iterable[tuple[int, int, str]], cue: str) -> list[Hit]:
    """A known person's first initial found by `cue`."""
    found = []
    for start, end, letter in letters:
        entry = index.lone.get(letter)
        if entry is not None:
            found.append(Hit(start, end, replace(entry, reason=f"{entry.reason} ({cue})")))
    return found
