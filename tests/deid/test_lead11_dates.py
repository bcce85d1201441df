"""Round 11 (lead): a month/day after the next meeting, or closing a heading after a dash."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced_words


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Homework set. Next session 6/10, same time.", "6/10"),
        ("Discussed at next MDT 1/4 with the consultant.", "1/4"),
        ("She missed last appt 8/10 (car broke down).", "8/10"),
        ("Carers support group \u2014 5/10\nPresent: four.", "5/10"),
    ],
)
def test_month_day_with_a_meeting_cue(text: str, date: str) -> None:
    assert date in replaced_words(text, "date")


@pytest.mark.parametrize(
    "text",
    [
        "Session 3/10 of the CBT course; homework done.",
        "Pain \u2014 3/10\nSleep \u2014 better.",
        "Anxiety \u2014 6/10 at start, 3/10 at end of exposure.",
        "Took 1/2 tablet at night.",
    ],
)
def test_counts_and_scores_stay(text: str) -> None:
    assert replaced_words(text, "date") == []


@pytest.mark.parametrize("unit", ["next session 5/10 ", "group \u2014 3/10\n", "last appt 2/4, "])
def test_meeting_dates_are_linear(unit: str) -> None:
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
