"""A bare ordinal day after a session or scheduling word, ending its clause, is a date
(lead, round 9): "Next visit 25th.", "the team will call 27th.".

Every sentence is written here, fresh, in no corpus.
"""

from __future__ import annotations

import time

import pytest

from notes_vault.deid import Deidentifier


def _dates(text: str) -> list[str]:
    result = Deidentifier([]).redact(text)
    return [text[r.start : r.end] for r in result.replacements if r.category == "date"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Agreed plan. Next visit 25th.", "25th"),
        ("The crisis team will call 27th. Passed to duty.", "27th"),
        ("Care plan review due 3rd, then discharge.", "3rd"),
        ("Appt moved, see you next 12th.", "12th"),
    ],
)
def test_an_ordinal_day_after_a_scheduling_word_is_a_date(text: str, day: str) -> None:
    assert day in _dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "She came 3rd in the county race.",
        "He was seen by 3rd party assessors.",
        "Next 3rd-year exam is in June.",
        "It was her 2nd visit this month.",
    ],
)
def test_ranks_are_no_date(text: str) -> None:
    assert not [d for d in _dates(text) if d[:1].isdecimal()]


def test_stays_linear() -> None:
    text = ("Next visit 25th. call 27th, " * 400)[:10_000]
    start = time.process_time()
    Deidentifier([]).redact(text)
    assert time.process_time() - start < 0.5
