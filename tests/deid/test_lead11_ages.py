"""Round 11 (lead): an age after the person a line opens with, in more of the shapes the
eleventh batch's dev notes use: a table cell, a label, a spaced dash or slash, "years,"
closing the clause, a time since after the age."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced_words


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Clinic list\n| Harriet 77 | falls clinic |", "77"),
        ("Seen: Mr. Okonkwo 64 years, with his daughter.", "64"),
        ("Nadia Rahimi 31 \u2014 panic, second session", "31"),
        ("Client: R. Abernathy / 46 / welder", "46"),
        ("Ward list\nMargot 88 2 wks post fall, settling.", "88"),
    ],
)
def test_age_after_the_person_a_line_opens_with(text: str, age: str) -> None:
    assert age in replaced_words(text, "age")


@pytest.mark.parametrize(
    "text",
    [
        "| Room 12 | Bed 4 |",
        "Plan: Tom 3/4 of the way through the workbook.",
        "Note: Ann 2 / 3 sessions attended.",
        "Sally 3 years ago moved to the coast.",
        "Seen: Ann 10 years of abuse disclosed.",
        "Tom 3 - 4 hours a night on the console.",
        "Tom 3,500 in arrears.",
    ],
)
def test_counts_ranges_and_fractions_are_no_age(text: str) -> None:
    assert replaced_words(text, "age") == []


@pytest.mark.parametrize(
    "unit", ["| Ann 7 | ", "Ann 7 \u2014 ", "Ann / 7 / ", "Ann 7 years, ", "Ann 7 3 wks "]
)
def test_new_shapes_are_linear(unit: str) -> None:
    text = "\n" + unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
