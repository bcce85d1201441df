"""Round 22 (u22): a place with its site noun in brackets, whatever comes before it.

`place_sites.find_noun_sites`: "(Harrow office)", "(Flint neighborhood)", where the
older finder needed a workplace after "at", "from" or "for" before the bracket.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Supervised by the Youth Offending Service (Cannock office) since May.", "Cannock"),
        ("Raised by his aunt (Anchor neighborhood) with four cousins.", "Anchor"),
        ("Telephone review, Community Team (Sandwell branch), 20 min.", "Sandwell"),
        ("Group held in person (Mercury campus) this week.", "Mercury"),
        ("They moved house (Barley neighbourhood) after the fire.", "Barley"),
        ("Seen jointly (Copper Lane depot), then driven home.", "Copper Lane"),
    ],
)
def test_a_place_with_its_site_noun_in_brackets(text: str, place: str) -> None:
    """One or two capitalised words before a site noun, filling a bracket, are a place."""
    assert (place, "place") in replaced(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Letters go through the Trust (Head office) only.", "Head"),
        ("Parking is free at the clinic (Main site) on Sundays.", "Main"),
        ("Forms are posted (Post office) on Fridays.", "Post"),
        ("Rang the team (Mum office) to rearrange.", "Mum"),
        ("He works from the warehouse (Sales office is upstairs).", "Sales"),
        ("The flat (Harrow and office) was cold.", "Harrow"),
    ],
)
def test_generic_sites_and_broken_brackets_stay(text: str, word: str) -> None:
    """A generic site, a person word, or a bracket the noun does not close is no place."""
    assert all(word not in found for found, cat in replaced(text) if cat == "place")


@pytest.mark.parametrize("unit", ["(Harrow office) ", "(Aa Bb Cc office ", "( ( ( office) "])
def test_noun_sites_are_linear(unit: str) -> None:
    """10 KB of brackets and site nouns stays under the linear-time bound."""
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
