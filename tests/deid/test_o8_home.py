"""Issue 13, round 7 (o8): a town named after a verb of living, moving or being from.

Every sentence here was written for these tests, not copied from a corpus; near misses
are checked against the o8 finder itself, so another layer cannot hide a wrong hit.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.place_home import find_home_towns
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

FOUND = [
    ("He grew up near Bigfork on his uncle's farm.", "Bigfork"),
    ("Her mum is from Pity Me, near Durham.", "Pity Me"),
    ("They moved to Hollowell when she was six.", "Hollowell"),
    ("Dad still lives out in Whistlewood with the dogs.", "Whistlewood"),
    ("She's from Quarrytown and misses it.", "Quarrytown"),
    ("He was born in Little Snoring in 1961.", "Little Snoring"),
    ("Sister relocated to Cranberry Flats for work.", "Cranberry Flats"),
    ("Was raised in Frogmore by her gran.", "Frogmore"),
]

KEPT = [
    ("She lives in Supported Housing now.", "Supported"),
    ("He grew up in Care from age five.", "Care"),
    ("Moved to Year 10 in September.", "Year"),
    ("She was born in Iraq and came here at nine.", "Iraq"),
    ("This letter is from Mum, she said.", "Mum"),
    ("The text was from Friday night.", "Friday"),
    ("She is from Polish family, she says.", "Polish"),
    ("LIVES IN TOWN WITH DAD", "TOWN"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_town_after_a_verb_of_living_is_replaced(text: str, part: str) -> None:
    """Capitalised words after "lives in", "grew up near", "moved to", "is from" go."""
    assert covers(text, part)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_near_miss_is_left_by_the_home_finder(text: str, part: str) -> None:
    """A kind of home, a school year, a country, kin, a weekday, a nationality, a line of
    capitals is not taken."""
    start = text.index(part)
    spans = find_home_towns(text, tokenize(text))
    assert not any(s.start < start + len(part) and start < s.end for s in spans)


def test_home_reason_names_the_cue() -> None:
    """--explain names the cue words, not the town."""
    text = "He grew up near Bigfork on his uncle's farm."
    reasons = [r.reason for r in replacements(text) if text[r.start : r.end] == "Bigfork"]
    assert reasons == ["context: a town after 'up near'"]


@pytest.mark.parametrize("shape", ["lives in Ab Cd " * 700, "grew up near Ab " * 700])
def test_home_towns_are_linear(shape: str) -> None:
    """10 KB of the rule's own cue shapes is de-identified and checked in under 0.5 s."""
    text = shape[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm up") < LINEAR_SECONDS
