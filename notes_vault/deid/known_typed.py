"""Round 9 (k9), the replacer's own: a known name autocorrected into an English word
("Grave" for Grace) in a note that says autocorrect was at work. What counts is in
`forms_typed.py`; the final check looks for the same in its own pass (`check_typed.py`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from notes_vault.deid import forms_typed as typed
from notes_vault.deid import lexicon
from notes_vault.deid.known_index import Entry, Hit, VaultIndex
from notes_vault.deid.known_said import name_part_table
from notes_vault.deid.model import KnownSubject
from notes_vault.deid.squash import fold

_CAPITALISED = re.compile(r"(?<![\w'\u2019-])[A-Z][a-z]{3,}(?![\w'\u2019-])")


def extend(index: VaultIndex, subjects: Sequence[KnownSubject]) -> None:
    """Register every name part of four letters or more under its person's entry."""
    table = name_part_table(index, subjects, typed.name_parts, "autocorrected")
    if table:
        index.more["typed parts"] = list(table.items())


def find(index: VaultIndex, text: str) -> list[Hit]:
    """Every capitalised English word that is a known part autocorrected."""
    parts: list[tuple[str, Entry]] = index.more.get("typed parts", [])
    if not parts or not typed.autocorrected(text):
        return []
    common = lexicon.common_words()
    hits = []
    for match in _CAPITALISED.finditer(text):
        word = fold(match.group())
        if word not in common:
            continue  # a word that is no English word is the misspelling rules' own
        entry = next((e for part, e in parts if typed.turned(word, part)), None)
        if entry is not None:
            hits.append(Hit(match.start(), match.end(), entry))
    return hits
