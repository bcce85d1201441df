"""A month/day beside a clock time is a date, even where it looks like a fraction (round 13).

US hospital records put a time beside a month/day: "Last drink 1/7 21:00", "nephrology
1/6 3pm", "travel center 1/8 ~0600", "on arrival 20:15 3/6". A "1/N" with N up to 8 was
always read as a fraction ("took 1/2 at 8pm"), and a time before a month/day was no cue.
Near misses stay: half a tablet at a time, a fraction after a time ("10:00 2/3 of the
dose"), a count ("ANC 7/10 3,200").
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced_words


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Last drink 1/7 21:00 at a friend's place.", "1/7"),
        ("Family meeting with nephrology 1/6 3pm; offer interpreter.", "1/6"),
        ("Picked up at the truck stop 1/8 ~0600 by EMS.", "1/8"),
        ("BAL 0.19 on arrival 22:40 3/6, 0.02 by morning.", "3/6"),
    ],
)
def test_a_month_day_beside_a_clock_time_is_a_date(text: str, date: str) -> None:
    assert date in replaced_words(text, "date")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Took 1/2 at 8pm and slept.", "1/2"),
        ("took 1/2 8pm, then the rest at 10", "1/2"),
        ("At 10:00 1/2 tab given for agitation.", "1/2"),
        ("By 10:00 2/3 of the dose was taken.", "2/3"),
        ("ANC 7/10 3,200; stable.", "7/10"),
        ("Gave 1/4 @ 2200 as ordered.", "1/4"),
    ],
)
def test_fractions_and_counts_beside_a_time_are_left(text: str, kept: str) -> None:
    assert kept not in replaced_words(text)


def test_timed_month_days_stay_linear() -> None:
    text = "pt seen 1/7 21:00 then 22:40 3/6 and 1/2 at 8pm; " * 200
    engine = Deidentifier([])
    assert redact_and_check_seconds(engine, text[:10_000], "warm up 1/7 21:00") < LINEAR_SECONDS
