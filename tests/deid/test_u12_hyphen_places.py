"""Issue 13, round 12 (u12): a place name joined by hyphens and a particle, taken whole
(place_hyphens.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced

PLACES = [
    "Her sister lives in Clacton-on-Sea now.",
    "He drove back from Newcastle-under-Lyme on Friday.",
    "Brought up in Bryn-y-maen, moved away at nineteen.",
    "The caravan was at Bolton-le-Sands all summer.",
    "Works at the depot outside Chapel-en-le-Frith.",
    "Her dad still farms near Pant-yr-odyn.",
]

NOT_PLACES = [
    "Day-by-day she is eating a little more.",
    "Face-to-face sessions start again in January.",
    "His mother-in-law moved in last month.",
    "He called himself the Commander-in-Chief of the house.",
    "Son-in-Law: came to the second session.",
]


@pytest.mark.parametrize("text", PLACES)
def test_a_hyphenated_place_is_taken_whole(text: str) -> None:
    """The whole compound is one place replacement, no piece of it left."""
    name = next(word.strip(".,") for word in text.split() if word.count("-") >= 2)
    assert (name, "place") in replaced(text), replaced(text)


@pytest.mark.parametrize("text", NOT_PLACES)
def test_phrases_ranks_and_relations_are_no_place(text: str) -> None:
    """Hyphenated phrases, a rank and a relation are no place."""
    assert not [part for part, kind in replaced(text) if "-" in part], replaced(text)


def test_pathological_input_is_fast() -> None:
    """10 KB of hyphen chains and particles is redacted in under 0.5 s."""
    unit = "Aa-y-y-y-y-y-y-b Stoke-on-on-on Bb-le-Cc-de-la-Dd-ee-ff day-by-day-by- "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
