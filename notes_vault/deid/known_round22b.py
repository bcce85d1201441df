"""Round 22 (k22b): the replacer's search for `forms_round22b.py`'s form, a single capital
standing for the client ("A reports", "J turned 20", "A's mob"), called once from
`known_more.find`. Only the client's own first initial (the index's lone initial owned by
the client), never a linked person's: "R" may be the client's mother as well. The final
check's own reading is in `check_round22b.py`.
"""

from __future__ import annotations

from dataclasses import replace

from notes_vault.deid import forms_round22b as r22b
from notes_vault.deid.known_index import Hit, VaultIndex


def find(index: VaultIndex, text: str) -> list[Hit]:
    """Each client's initial standing as a clause's subject or a possessive."""
    mine = {k: e for k, e in index.lone.items() if e.reason.startswith("client")}
    if not mine or not any(letter in text for letter in mine):
        return []
    found = []
    for start, end, letter in r22b.subject_letters(text):
        entry = mine.get(letter)
        if entry is not None:
            why = f"{entry.reason} (a capital alone as the subject or a possessive)"
            found.append(Hit(start, end, replace(entry, reason=why)))
    return found
