"""Round 12 (k12), the replacer's reading of a name's sound glossed in quotes
(`forms_glossed.py`): 'he says it "Bents"' for Bence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from notes_vault.deid import forms_glossed, known_said
from notes_vault.deid import forms_said as said
from notes_vault.deid.known_index import Hit, VaultIndex
from notes_vault.deid.model import KnownSubject


def extend(index: VaultIndex, subjects: Sequence[KnownSubject]) -> None:
    """Each long name part's sound keys -> its name's entry."""
    table = known_said.name_part_table(index, subjects, said.name_parts, "its sound, glossed")
    keys = {key: entry for part, entry in table.items() for key in said.heard_keys(part)}
    if keys:
        index.more["sound glosses"] = sorted(keys.items())


def find(index: VaultIndex, text: str) -> list[Hit]:
    """Each quoted word after a cue of saying that sounds like a known long name part."""
    keys = dict(index.more.get("sound glosses", ()))
    hits = []
    for start, end, key in forms_glossed.glosses(text) if keys else ():
        entry = keys.get(key)
        if entry is not None:
            hits.append(Hit(start, end, replace(entry, capital_only=False)))
    return hits
