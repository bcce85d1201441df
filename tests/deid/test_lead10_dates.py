"""Dates with points the lead's round-10 rules read: the month in Roman numerals, a day and
a month after "next", and a day.month after a Polish, Dutch or Romanian weekday.

Every sentence is written here, fresh, in no corpus.
"""

from __future__ import annotations

import time

import pytest

from notes_vault.deid.date_dotted import find_dotted_dates
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import replaced_words


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Home visit 14.ix.25, mood brighter.", "14.ix.25"),
        ("Letter typed 2/XI/2026 by the secretary.", "2/XI/2026"),
        ("Plan: next individual 19.06, same room.", "19.06"),
        ("Następna sesja piątek 21.11 o 17:00.", "21.11"),
        ("Volgende afspraak donderdag 4.12 in de ochtend.", "4.12"),
    ],
)
def test_dotted_dates_are_found(text: str, date: str) -> None:
    dates = replaced_words(text, "date")
    assert any(date in found for found in dates), dates


@pytest.mark.parametrize(
    "text",
    [
        "See section 4.iv of the policy.",  # no year: a list's numbering
        "Next dose 2.5 mg at night.",
        "Next week aim for 12.5% less.",
        "Next goal: 40.13 on the scale",  # no month 13
    ],
)
def test_points_that_are_no_date(text: str) -> None:
    assert replaced_words(text, "date") == []


@pytest.mark.parametrize(
    "text",
    [
        "1.i." * 3_000,
        "next " * 2_500,
        "next 1.2" * 1_500,
        "3.iv." + "1" * 10_000,
    ],
)
def test_the_rules_are_linear(text: str) -> None:
    start = time.process_time()
    find_dotted_dates(text, tokenize(text))
    assert time.process_time() - start < 0.5
