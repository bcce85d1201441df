"""Round 20 (k20): the replacer's search for `forms_round20.py`'s form, called once from
`known_more.find`: a date of birth whose month is written in another language between
separators ("16/ago/1972", "16-set-72"). It scans the note once with the generic whole-date
pattern, only when a foreign word of a birth month stands somewhere in it, and keeps the
dates that are a known date of birth. The final check's own reading is in `check_round20.py`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from notes_vault.deid import forms_round20 as r20
from notes_vault.deid.known_index import Hit, VaultIndex
from notes_vault.deid.squash import squash_key

_CAPITALISED = re.compile(r"(?<![\w'\u2019-])[A-Z][a-z]{2,}")


def find(index: VaultIndex, text: str) -> list[Hit]:
    """Each whole date with a foreign month's word that is a known date of birth, and each
    known first initial standing where a name stands."""
    found = _letters(index, text) if index.lone and " " in text else []
    return found + _dates(index, text) if index.dobs else found


def _letters(index: VaultIndex, text: str) -> list[Hit]:
    """A known first initial alone where a name stands ("bored with P, and"), in a note
    that names its person by a name starting with that letter."""
    found = []
    named: set[tuple[str, str]] | None = None
    for start, end, letter in r20.standing_letters(text):
        entry = index.lone.get(letter)
        if entry is None:
            continue
        if named is None:  # the note's known names: (first letter, owner), read once
            named = {
                (word.group()[0], _owner(known.leak))
                for word in _CAPITALISED.finditer(text)
                if (known := index.words.get(squash_key(word.group()))) is not None
                and known.category == "name"
            }
        if (letter, _owner(entry.leak)) in named:
            why = f"{entry.reason} (alone where a name stands, the name in the note)"
            found.append(Hit(start, end, replace(entry, reason=why)))
    return found


def _owner(leak: str) -> str:
    """ "client" of "client name" or "client initials": whose the identifier is."""
    return leak.rsplit(" ", 1)[0]


def _dates(index: VaultIndex, text: str) -> list[Hit]:
    """Each whole date with a foreign month's word that is a known date of birth."""
    lower = text.lower() if text.isascii() else r20.plain(text)
    owners = dict(reversed(index.dobs))  # the first owner wins
    if not any(w in lower for dob in owners for w in r20.month_words(dob.month)):
        return []  # no foreign word of a birth month anywhere: no date to read (speed)
    found = []
    for start, end, dob in r20.whole_dates(text, frozenset(owners)):
        why = f"{owners[dob].reason} (a month in another language, in a whole date)"
        found.append(Hit(start, end, replace(owners[dob], reason=why)))
    return found
