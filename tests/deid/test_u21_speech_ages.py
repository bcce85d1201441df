"""Round 21 (u21): an age opening a quotation before "and" and a word of how the person is."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ('On the phone he said "44 and I still sleep in my old room". Tearful.', "44"),
        ('Pt states "61 and in a hostel again" with a laugh.', "61"),
        ('She laughed: "29 & sober, finally" and showed the chip.', "29"),
        ('At her birthday meal: "35 and single, so what". Plan: review.', "35"),
    ],
)
def test_an_age_before_and_a_state_opens_a_quotation(text: str, age: str) -> None:
    """A number opening a quotation, then "and" and how the person is, is their age."""
    assert (age, "age") in replaced(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ('she said "20 and then I stopped counting" about the pills.', "20"),
        ('he said "15 and 20 a day" when asked about cigarettes.', "15"),
        ('she said "40 and a half hours" of overtime this week.', "40"),
        ('he said "30 and counting" of the days since his last drink.', "30"),
        ('she rated it "70 and rising" by the end of the exposure.', "70"),
    ],
)
def test_counts_and_sequences_after_and_stay(text: str, number: str) -> None:
    """A sequence ("then"), a second number, a count or a rating after "and" is no age."""
    assert (number, "age") not in replaced(text)


@pytest.mark.parametrize("unit", ['said "44 and I ', 'states "61 & in ', '"20 and then '])
def test_speech_ages_are_linear(unit: str) -> None:
    """10 KB of quoted numbers before "and" stays under the linear-time bound."""
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
