"""Round 9 (k9), the replacer's own: a known name or address said aloud and typed back
by speech-to-text as English words ("krish lack Annie", "shame us", "new lin").

What counts (a dictated note, one to three words, the sound key) is in `forms_said.py`;
the final check looks for the same in its own pass (`check_said.py`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from notes_vault.deid import forms_said as said
from notes_vault.deid.known import Entry, Hit, VaultIndex
from notes_vault.deid.model import KnownSubject
from notes_vault.deid.squash import squash_key

_WORD = re.compile(r"[^\W_]+")  # as the check reads words: "SA2" is one


def extend(index: VaultIndex, subjects: Sequence[KnownSubject]) -> None:
    """Register the sound of each long name part and address piece under its entry."""
    table: dict[str, Entry] = {}
    names = [n for s in subjects for n in (s.name, *s.aliases)]
    names += [p.name for s in subjects for p in s.linked]
    for name in names:
        entry = index.words.get(squash_key(name))
        if entry is None or entry.category != "name":
            continue
        heard = replace(entry, reason=f"{entry.reason} (said: dictated)", capital_only=False)
        for part in said.name_parts(name):
            table.setdefault(part, heard)
    for subject in subjects:
        owner = subject.role.lower()
        place = Entry("[ADDRESS]", "address", f"{owner}'s address (said: dictated)",
                      f"{owner} address")  # fmt: skip
        for part in said.place_parts(subject.address or ""):
            table.setdefault(part, place)
    if table:
        index.more["said parts"] = list(table.items())


def find(index: VaultIndex, text: str) -> list[Hit]:
    """Every run of words in a dictated note that sounds like a known long part."""
    entries = dict(index.more.get("said parts", []))
    if not entries or not said.dictated(text):
        return []
    keys = {key: part for part in reversed(entries) for key in said.heard_keys(part)}
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    return [
        Hit(words[i][0], words[k - 1][1], entries[part])
        for i, k, part in said.joins(words, text, keys)
    ]
