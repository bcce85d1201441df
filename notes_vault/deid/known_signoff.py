"""Round 12 (k12), the replacer's reading of a message signed with an initial alone on its
line (`forms_signoff.py`): the letter is the first known person's whose first initial it is
(the client's before a linked person's)."""

from __future__ import annotations

from dataclasses import replace

from notes_vault.deid import forms_signoff
from notes_vault.deid.known_index import Hit, VaultIndex


def find(index: VaultIndex, text: str) -> list[Hit]:
    """Each signing initial that is a known person's first initial."""
    hits = []
    for start, end, letter in forms_signoff.signed(text) if "\n" in text else ():
        entry = index.lone.get(letter)
        if entry is not None:
            hits.append(Hit(start, end, replace(entry, reason=f"{entry.reason} (signing)")))
    return hits
