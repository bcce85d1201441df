"""Round 22 (a22): an age in brackets after a person named by a role in lower case."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Two at college, her eldest (20) in Leeds.", "20"),
        ("A pupil (14) from the same estate was stabbed.", "14"),
        ("The other driver (63) was not hurt.", "63"),
        ("He was a cadet (17) when it happened.", "17"),
    ],
)
def test_an_age_after_a_role_in_brackets_is_replaced(text: str, age: str) -> None:
    assert (age, "age") in replaced(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Twelve students (12) attended the group.", "12"),
        ("Drivers (3): Sam, Lee and Jo.", "3"),
        ("She lost a student (13): the class was told on Monday.", "13"),
        ("Points for the trainee (a) and (b).", "a"),
    ],
)
def test_counts_and_lists_after_a_role_are_left(text: str, number: str) -> None:
    assert (number, "age") not in replaced(text)


@pytest.mark.parametrize("unit", ["youngest (15) ", "student (1", "driver (99, "])
def test_role_ages_are_linear(unit: str) -> None:
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
