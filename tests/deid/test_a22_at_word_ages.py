"""Round 22 (a22): an age in words after "at" in a clause about a life, not a clock."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("At nine her grandmother took her in.", "nine"),
        ("He left Lagos at fourteen with an uncle.", "fourteen"),
        ('She said "I knew even at six".', "six"),
        ("Started work at fifteen when the mill shut.", "fifteen"),
        ("Her brother drowned at eight in Killala.", "eight"),
    ],
)
def test_an_age_in_words_after_at_is_replaced(text: str, age: str) -> None:
    assert (age, "age") in replaced(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Next appointment Monday the ninth at ten, by phone.", "ten"),
        ("Dad rings every night at eight; she dreads it.", "eight"),
        ("Up at five in the morning with the baby.", "five"),
        ("Cut off at three pints, then walked home.", "three"),
        ("Review booked at four pm with the team.", "four"),
        ("At one point she laughed, with relief.", "one"),
        ("Group finishes at six.", "six"),
        ("Moved the van at five so the bins could go.", "five"),
        ("She woke at four, then again at six.", "four"),
    ],
)
def test_times_and_counts_after_at_are_left(text: str, word: str) -> None:
    assert (word, "age") not in replaced(text)


@pytest.mark.parametrize("unit", ["at seven, ", "At nine his ", "at ten in Leeds "])
def test_at_word_ages_are_linear(unit: str) -> None:
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
