"""Round 12 (k12), the final check's reading of a name's sound glossed in quotes
(`forms_glossed.py`; the replacer's is `known_glossed.py`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from notes_vault.deid import forms_glossed
from notes_vault.deid import forms_said as said
from notes_vault.deid.model import KnownSubject


def forms(subjects: Sequence[KnownSubject]) -> dict[str, str]:
    """Each long name part's sound keys -> the leak (subjects, then linked people)."""
    people = [(s.name, s.role.lower()) for s in subjects]
    people += [(a, s.role.lower()) for s in subjects for a in s.aliases]
    people += [(p.name, p.relation) for s in subjects for p in s.linked]
    keys: dict[str, str] = {}
    for name, owner in people:
        for part in said.name_parts(name):
            for key in said.heard_keys(part):
                keys.setdefault(key, f"{owner} name")
    return keys


def every(keys: dict[str, str], clean: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each glossed word that sounds like a known long name part."""
    for start, end, key in forms_glossed.glosses(clean) if keys else ():
        leak = keys.get(key)
        if leak is not None:
            yield start, end, leak
