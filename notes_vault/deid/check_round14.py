"""Round 14 (k14), the final check's readings of `forms_round14.py`'s shapes (the
replacer's are in `known_round14.py`): a known first initial in a family court's heading
("Re: A and M (children)"), the client's own after "it's" ("hey its z."), and a known
town by its nickname ("brum")."""

from __future__ import annotations

from collections.abc import Iterator

from notes_vault.deid import forms_round14, forms_zodiac
from notes_vault.deid.check_forms import Forms


def every(known: Forms, clean: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each round-14 shape holding a known initial."""
    for start, end, letter in forms_round14.court_initials(clean):
        leak = known.lone.get(letter)
        if leak is not None:
            yield start, end, leak
    for start, end, letter in forms_round14.self_named(clean):
        leak = known.lone.get(letter)
        if leak is not None and leak.startswith("client"):
            yield start, end, leak
    for start, end, town in forms_round14.nicknames(clean):
        leak = known.words.get(town)
        if leak is not None and leak.endswith(" address"):
            yield start, end, leak
    for dob, leak in known.dobs:  # "born in the year of the rabbit"
        for start, end in forms_zodiac.spans(clean, dob):
            yield start, end, leak
