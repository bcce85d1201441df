"""Round 11 (k11), the final check's reading of a known phone number's last three or four
digits after "ending", "ends in" or "last four" (the replacer's is `known_tails.py`; the
cue and the tail are read by `forms_tails.py`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from notes_vault.deid import forms_tails
from notes_vault.deid.model import KnownSubject
from notes_vault.deid.stored import phone_numbers


def forms(subjects: Sequence[KnownSubject]) -> tuple[tuple[str, str], ...]:
    """(significant digits, leak) of each known phone number."""
    return tuple(
        (number, f"{s.role.lower()} phone") for s in subjects for number in phone_numbers(s.phone)
    )


def every(numbers: tuple[tuple[str, str], ...], clean: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each tail after a cue that ends a known phone number."""
    if not numbers or not forms_tails.TAIL_CUE.search(clean):
        return
    for start, end, digits in forms_tails.tails(clean):
        leak = next((leak for number, leak in numbers if number.endswith(digits)), None)
        if leak is not None:
            yield start, end, leak
