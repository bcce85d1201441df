"""Issue 13, round 8 (o9): a local place's own name after a preposition of moving and "the".

Every sentence here was written for these tests, not copied from a corpus; near misses
are checked against the o9 finder itself, so another layer cannot hide a wrong hit.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.place_the import find_the_places
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

FOUND = [
    ("They used to drink on the Quayside when he was young.", "Quayside"),
    ("She walks the dog through the Dingles most mornings.", "Dingles"),
    ("He took her up the Wrekin for her birthday.", "Wrekin"),
    ("He grew up on the Shankill and still goes back.", "Shankill"),
    ("A bench along the Strand is where she sits.", "Strand"),
    ("She runs round the Knavesmire before work.", "Knavesmire"),
    ("They drove across the Carneddau in the rain.", "Carneddau"),
    ("He sleeps rough down the Arches sometimes.", "Arches"),
    ("She cycles past the Leazes on the way in.", "Leazes"),
    ("He fell off the Cobb when he was twelve.", "Cobb"),
]

KEPT = [
    ("He is on the Waiting List for therapy.", "Waiting"),
    ("She spends her nights on the Internet.", "Internet"),
    ("We met on the Friday after the funeral.", "Friday"),
    ("They went away over the Christmas holidays.", "Christmas"),
    ("He drives a train on the Northern line.", "Northern"),
    ("She was on the Child Protection Register.", "Child"),
    ("We spoke about it on the Fourth.", "Fourth"),
    ("Her name is wrong on the Home Office papers.", "Home"),
    ("He has been all across the Netherlands.", "Netherlands"),
    ("FELL ON THE STAIRS AT HOME.", "STAIRS"),
    ("She is on the Late shift this week.", "Late"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_local_place_after_moving_and_the_is_replaced(text: str, part: str) -> None:
    """A capitalised name after "on/through/up/round/along ... the" goes."""
    assert covers(text, part)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_near_miss_is_left_by_the_place_finder(text: str, part: str) -> None:
    """A list, the internet, a date, a holiday, a transport line, a register, an ordinal,
    a service, a country or a line of capitals is not taken here."""
    start = text.index(part)
    spans = find_the_places(text, tokenize(text))
    assert not any(s.start < start + len(part) and start < s.end for s in spans)


def test_the_place_reason_names_the_cue() -> None:
    """--explain names the preposition and "the", never the place."""
    text = "She walks the dog through the Dingles most mornings."
    reasons = [r.reason for r in replacements(text) if text[r.start : r.end] == "Dingles"]
    assert reasons == ["context: a capitalised name after 'through the'"]


@pytest.mark.parametrize("shape", ["on the Ab Cd Ef " * 650, "up the Ab " * 1000, "on the " * 1450])
def test_the_places_are_linear(shape: str) -> None:
    """10 KB of the rule's own shapes is de-identified and checked in under 0.5 s."""
    text = shape[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm up") < LINEAR_SECONDS
