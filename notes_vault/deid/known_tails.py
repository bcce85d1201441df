"""Round 11 (k11), the replacer's own: a known phone number by its last three or four
digits after "ending", "ends in" or "last four" (see `forms_tails.py`)."""

from __future__ import annotations

from dataclasses import replace

from notes_vault.deid import forms_tails
from notes_vault.deid.known_index import Hit, VaultIndex


def find(index: VaultIndex, text: str) -> list[Hit]:
    """Each tail after a cue that is the end of a known phone number."""
    if not index.phones or not forms_tails.TAIL_CUE.search(text):
        return []
    hits = []
    for start, end, digits in forms_tails.tails(text):
        for number, entry in index.phones:
            if number.endswith(digits):
                marked = replace(entry, reason=f"{entry.reason} (its last digits, after a cue)")
                hits.append(Hit(start, end, marked))
                break
    return hits
