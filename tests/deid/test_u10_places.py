"""Issue 13, round 10 (u10): the Crown Dependencies as places, not countries
(place_islands.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced

PLACES = [
    ("Her son has stayed in Guernsey since the divorce.", "Guernsey"),
    ("Flew back to Jersey on Friday for the funeral.", "Jersey"),
    ("CLIENT MOVED FROM JERSEY IN 2019.", "JERSEY"),
    ("Sister nurses in Guernsey (St Peter Port).", "Guernsey"),
]

KEPT = [
    ("He grew up in New Jersey and moved here at 20.", "Jersey"),
    ("They milk forty Jersey cows on the farm.", "Jersey"),
    ("She was boiling Jersey Royals for tea.", "Jersey"),
    ("He wore his old jersey to the session.", "jersey"),
]


@pytest.mark.parametrize(("text", "island"), PLACES)
def test_crown_dependencies_are_places(text: str, island: str) -> None:
    """Jersey and Guernsey, capitalised, are replaced as places."""
    assert (island, "place") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_states_breeds_crops_and_clothes_stay(text: str, word: str) -> None:
    """New Jersey is no island here; a breed, a crop or a jumper is no place."""
    assert (word, "place") not in replaced(text), replaced(text)


def test_pathological_input_is_fast() -> None:
    """10 KB of island names and near misses is redacted in under half a second."""
    unit = "Jersey Guernsey New Jersey Isle of Man Jersey cows "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
