"""Round 22 (a22): an age straight after "pt", a day of the month after "w/c"."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Triage call. pt 47 tearful, staying with sister.", "47"),
        ("PT 71 RETIRED DOCKER, LIVES ALONE.", "71"),
        ("Background: Pt 33 referred by GP after overdose.", "33"),
    ],
)
def test_an_age_after_pt_is_replaced(text: str, age: str) -> None:
    assert (age, "age") in replaced(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("rang pt 11:15, no answer", "11"),
        ("PT 30 mins twice weekly for the knee.", "30"),
        ("pt 12 sessions offered, took 8.", "12"),
        ("pt 20 mg at night, unchanged.", "20"),
        ("Waiting list: pt 15 of 20 on the list.", "15"),
        ("pt 14/11 letter sent", "14"),
    ],
)
def test_times_counts_and_doses_after_pt_are_left(text: str, number: str) -> None:
    assert (number, "age") not in replaced(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Joint visit with the school nurse w/c 22nd.", "22nd"),
        ("Review planned W/C the 3rd, by phone.", "3rd"),
    ],
)
def test_a_day_after_week_commencing_is_replaced(text: str, day: str) -> None:
    assert (day, "date") in replaced(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Answered on the 3rd ring, flat.", "3rd"),
        ("Works 2nd shift at the plant.", "2nd"),
        ("Meeting w/c TBC, will confirm.", "TBC"),
    ],
)
def test_ordinals_without_week_commencing_are_left(text: str, word: str) -> None:
    assert (word, "date") not in replaced(text)


@pytest.mark.parametrize("unit", ["pt 55 pt 66 ", "w/c 12th w/c ", "PT 10:1 PT 99 x "])
def test_pt_ages_and_week_commencing_are_linear(unit: str) -> None:
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
