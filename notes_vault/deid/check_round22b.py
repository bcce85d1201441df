"""Round 22 (k22b), the final check's own reading of a single capital standing for the
client ("A reports", "J turned 20", "A's mob"): the letters are taken from the subjects
here, not from the replacer's index; only the reader of the position
(`forms_round22b.subject_letters`) is shared. What it does not read: a linked person's
initial, "I", a capital after a capitalised word or before a noun (see `forms_round22b`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from notes_vault.deid import forms_round22b as r22b
from notes_vault.deid.model import KnownSubject


def forms(subjects: Sequence[KnownSubject]) -> dict[str, str]:
    """Each client's first initial, with its leak."""
    letters: dict[str, str] = {}
    for subject in subjects:
        first = subject.name.strip()[:1].upper()
        if subject.role.upper() == "CLIENT" and first.isalpha() and first.isascii():
            letters.setdefault(first, "client initials")
    return letters


def every(letters: dict[str, str], text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each client's initial as a clause's subject or a possessive."""
    if not letters or not any(letter in text for letter in letters):
        return
    for start, end, letter in r22b.subject_letters(text):
        leak = letters.get(letter)
        if leak is not None:
            yield start, end, leak
