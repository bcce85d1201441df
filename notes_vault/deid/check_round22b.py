"""Round 22 (k22b), the final check's own reading of a leading clip of the client's given
name or alias in any case ("dyl", "lachie") and of a single capital standing for the client
("A reports", "J turned 20", "A's mob"): the clips and letters are taken from the subjects
here, not from the replacer's index; only the reader of the position
(`forms_round22b.subject_letters`) is shared. What it does not read: a linked person's
initial, "I", a capital after a capitalised word or before a noun (see `forms_round22b`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from notes_vault.deid import forms_round22b as r22b
from notes_vault.deid.model import KnownSubject


@dataclass(frozen=True)
class Known:
    """Each client's first initial and each clip, with its leak."""

    letters: dict[str, str] = field(default_factory=dict)
    clips: dict[str, str] = field(default_factory=dict)


def forms(subjects: Sequence[KnownSubject]) -> Known:
    """Each client's first initial and its given name's and aliases' clips."""
    known = Known()
    for subject in subjects:
        words = subject.name.split()
        if subject.role.upper() != "CLIENT" or not words:
            continue
        if words[0][:1].isalpha() and words[0][:1].isascii():
            known.letters.setdefault(words[0][:1].upper(), "client initials")
        for given in [words[0], *(a.split()[0] for a in subject.aliases if a.split())]:
            known.clips.update(dict.fromkeys(r22b.clips_of(given), "client name"))
    return known


def every(known: Known, text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each clip, and of each client's initial as a clause's subject
    or a possessive."""
    lower = text.lower()
    if known.clips and any(clip[:3] in lower for clip in known.clips):
        for match in r22b.WORD.finditer(text):
            leak = known.clips.get(match.group().lower())
            if leak is not None:
                yield match.start(), match.end(), leak
    letters = known.letters
    if not letters or not any(letter in text for letter in letters):
        return
    for start, end, letter in r22b.subject_letters(text):
        leak = letters.get(letter)
        if leak is not None:
            yield start, end, leak
