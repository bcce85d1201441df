"""Issue 13, round 7 (a8): plates a few words after their cue, boats' port numbers and
names after a boat's word, and an ISO timestamp's date.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

CAUGHT = [
    ('He read out the reg he saw, "KT68 or similar," to the officer.', "KT68"),
    ("reg was LM21 XYZ", "LM21 XYZ"),
    ("Kentucky tag RTV 3391 on a red truck", "RTV 3391"),
    ("licence plate began with WX17", "WX17"),
    ("The van's reg ends in 9PL.", "9PL"),
    ("Her son crews on the BF 77 out of Macduff.", "BF 77"),
    ('Her dad skippered the "Morning Star" for thirty years.', "Morning Star"),
    ('the trawler "Silver Tide" was lost in the storm', "Silver Tide"),
]

LEFT = [
    ("registered with Dr Okoro in March", "Okoro"),
    ("The tag on his bag said GP 12.", "GP 12"),
    ('She works on the ferry "every other week" now.', "every other week"),
    ("a boat trip on Sunday at 10", "10"),
    ("the plate was cold, she ate 2 slices", "2"),
]


@pytest.mark.parametrize(("text", "value"), CAUGHT)
def test_plate_or_boat_is_replaced(text: str, value: str) -> None:
    """A plate after its cue, or a boat's number or quoted name after a boat's word, is replaced."""
    assert (value, "vehicle") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "part"), LEFT)
def test_words_without_a_plate_are_kept(text: str, part: str) -> None:
    """A name, an abbreviation, a quoted phrase or a count near the same cues is no vehicle."""
    assert not any(cat == "vehicle" for _, cat in replaced(text)), replaced(text)
    assert part in text


def test_iso_timestamp_with_seconds_keeps_no_day() -> None:
    """'2024-12-03T14:02:11Z' is replaced up to its day: no digit of the date is left."""
    text = "Sent 2024-12-03T14:02:11Z via the portal"
    assert covers(text, "2024-12-03"), replaced(text)
    assert ("2024-12-03", "date") in replaced(text), replaced(text)


PATHOLOGICAL = {
    "reg": "reg " * 2500,
    "reg words": "reg was YK70 ABC " * 600,
    "boat quotes": 'boat "' * 1700,
    "boat ports": "trawler PD 418 " * 700,
    "iso": "2024-12-03T14:02 " * 600,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_plate_rules_are_linear(name: str) -> None:
    """10 KB of each rule's worst shape is redacted and checked in under half a second."""
    engine = Deidentifier([])
    assert redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm up") < LINEAR_SECONDS


@pytest.mark.parametrize("text", ["Fo11ow-up at the clinic", "fo11ow up next week", "m11ae?"])
def test_a_misread_word_is_no_postcode(text: str) -> None:
    """A word typed with digits for letters ('Fo11ow') is no unspaced postcode."""
    assert not any(cat == "postcode" for _, cat in replaced(text)), replaced(text)


@pytest.mark.parametrize(("text", "code"), [("LS6 3HB", "LS6 3HB"), ("sw1a 1aa", "sw1a 1aa")])
def test_a_spaced_or_capital_postcode_is_still_one(text: str, code: str) -> None:
    """A spaced postcode in either case is still replaced."""
    assert (code, "postcode") in replaced(text), replaced(text)
