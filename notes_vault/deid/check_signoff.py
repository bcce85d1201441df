"""Round 12 (k12), the final check's reading of a message signed with an initial alone on
its line (`forms_signoff.py`; the replacer's is `known_signoff.py`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from notes_vault.deid import forms_signoff
from notes_vault.deid.model import KnownSubject


def forms(subjects: Sequence[KnownSubject]) -> dict[str, str]:
    """Each known person's first initial, in capitals -> the leak (subjects first)."""
    lone: dict[str, str] = {}
    people = [(s.name, s.role.lower()) for s in subjects]
    people += [(p.name, p.relation) for s in subjects for p in s.linked]
    for name, owner in people:
        first = next((w for w in name.split() if w[:1].isalpha()), "")
        if first:
            lone.setdefault(first[0].upper(), f"{owner} name")
    return lone


def every(lone: dict[str, str], clean: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each signing initial that is a known person's first initial."""
    for start, end, letter in forms_signoff.signed(clean) if lone and "\n" in clean else ():
        leak = lone.get(letter)
        if leak is not None:
            yield start, end, leak
