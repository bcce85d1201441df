"""Round 22 (u22): a group's or programme's quoted name in brackets after its noun."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Joined a walking programme ("Steps to Spring") through work.', "Steps to Spring"),
        ('He drums in a covers band ("Loud Kettle") on Fridays.', "Loud Kettle"),
        ("Booked onto the antenatal class (\u201cBump Start\u201d) for May.", "Bump Start"),
        ('Her son went to a summer camp ("Camp Larkspur") and loved it.', "Camp Larkspur"),
        ('Sings with a community choir ("Blue Larks") again.', "Blue Larks"),
    ],
)
def test_a_quoted_name_in_brackets_after_its_noun(text: str, name: str) -> None:
    """One to six quoted words, the first capitalised, opening a bracket after the noun."""
    assert (name, "organisation") in replaced(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('Her grandma ("Nana Bee") rang twice this week.', "Nana Bee"),
        ('Group: "Finding Calm" - session 4 of 8.', "Finding Calm"),
        ('The group ("Mum") exercise went well.', "Mum"),
        ('A class (he said "Useless") he wants to drop.', "Useless"),
        ('The band ("they were loud") kept him awake.', "they were loud"),
    ],
)
def test_other_quotes_stay(text: str, word: str) -> None:
    """A quote after another word, with no bracket, a kin word, or not opening it, is left."""
    assert all(word not in found for found, cat in replaced(text) if cat == "organisation")


@pytest.mark.parametrize("unit", ['band ("Aa Bb Cc Dd Ee Ff Gg ', 'class ("', 'club (" A'])
def test_quoted_names_are_linear(unit: str) -> None:
    """10 KB of nouns before open quotes stays under the linear-time bound."""
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
