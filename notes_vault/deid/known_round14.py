"""Round 14 (k14): the replacer's searches for `forms_round14.py`'s shapes ("Re: A and M
(children)", "hey its z."), held here for `known_search.py` (one call)."""

from __future__ import annotations

from dataclasses import replace

from notes_vault.deid import forms_round14
from notes_vault.deid.known_index import Hit, VaultIndex


def find(index: VaultIndex, text: str) -> list[Hit]:
    """A known person's lone initial in a court heading, or the client's after "it's"."""
    if not index.lone:
        return []
    found = []
    for start, end, letter in forms_round14.court_initials(text):
        entry = index.lone.get(letter)
        if entry is not None:
            why = f"{entry.reason} (a child's initial in a court heading)"
            found.append(Hit(start, end, replace(entry, reason=why)))
    for start, end, letter in forms_round14.self_named(text):
        entry = index.lone.get(letter)
        if entry is not None and entry.reason.startswith("client"):
            why = f"{entry.reason} (the writer naming herself)"
            found.append(Hit(start, end, replace(entry, reason=why)))
    return found
