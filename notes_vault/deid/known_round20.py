"""Round 20 (k20): the replacer's search for `forms_round20.py`'s form, called once from
`known_more.find`: a date of birth whose month is written in another language between
separators ("16/ago/1972", "16-set-72"). It scans the note once with the generic whole-date
pattern, only when a foreign word of a birth month stands somewhere in it, and keeps the
dates that are a known date of birth. The final check's own reading is in `check_round20.py`.
"""

from __future__ import annotations

from dataclasses import replace

from notes_vault.deid import forms_round20 as r20
from notes_vault.deid.known_index import Hit, VaultIndex


def find(index: VaultIndex, text: str) -> list[Hit]:
    """Each whole date with a foreign month's word that is a known date of birth."""
    if not index.dobs:
        return []
    lower = text.lower() if text.isascii() else r20.plain(text)
    owners = dict(reversed(index.dobs))  # the first owner wins
    if not any(w in lower for dob in owners for w in r20.month_words(dob.month)):
        return []  # no foreign word of a birth month anywhere: no date to read (speed)
    found = []
    for start, end, dob in r20.whole_dates(text, frozenset(owners)):
        why = f"{owners[dob].reason} (a month in another language, in a whole date)"
        found.append(Hit(start, end, replace(owners[dob], reason=why)))
    return found
