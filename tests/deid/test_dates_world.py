"""Dates in every common convention are replaced; scores, fractions and doses are not."""

from __future__ import annotations

import pytest

from notes_vault.deid.dates import full_year
from tests.deid.helpers import covers, replaced

DATES = [
    ("Seen 3/14/2023 in clinic.", "3/14/2023"),
    ("Seen 14/03/2023 in clinic.", "14/03/2023"),
    ("Seen 03-14-23 in clinic.", "03-14-23"),
    ("Seen 2023-03-14 in clinic.", "2023-03-14"),
    ("Seen 2023/03/14 in clinic.", "2023/03/14"),
    ("Seen 14.03.23 in clinic.", "14.03.23"),
    ("Started 03/2023 at the firm.", "03/2023"),
    ("Seen on March 14th, 2023.", "March 14th"),
    ("Seen on the 3rd of March.", "3rd of March"),
    ("anniversary coming up (11 nov).", "11 nov"),
    ("must decide by 30. September.", "30. September"),
    ("retires on 1.7. this year", "1.7."),
    ("Next appt 3/21.", "3/21"),
    ("Next: 5/15. Homework set.", "5/15"),
    ("f/u 1 wk (4/20)", "4/20"),
    ("Next joint: 11/04.", "11/04"),
    ("Father died in '09 after a fall.", "'09"),
    ("It shut in \u201993 for good.", "\u201993"),
    ("Home visit on the 14th.", "the 14th"),
    ("Next session by Tues 19th.", "19th"),
    ("Next home visit the 8th.", "the 8th"),
    ("Admitted (Spring Harbor 2019) once.", "2019"),
    ("Moved here in summer 2019.", "2019"),
    (
        "Next session \u4ee4\u548c5\u5e7412\u67088\u65e5 at noon.",
        "\u4ee4\u548c5\u5e7412\u67088\u65e5",
    ),
]
NOT_DATES = [
    "Pain 7/10 today.",
    "Take 1/2 tab at night.",
    "MoCA 17/30, PHQ 12/27.",
    "Walked 3/4 of the way.",
    "Took 2000 mg of it.",
    "Paid $1950 for rent.",
    "Daz - 6th sess today.",
]


@pytest.mark.parametrize(("text", "part"), DATES)
def test_date_is_replaced(text: str, part: str) -> None:
    """A date in this convention is replaced."""
    assert covers(text, part)


@pytest.mark.parametrize("text", NOT_DATES)
def test_score_fraction_or_amount_is_not_a_date(text: str) -> None:
    """Scores out of a scale maximum, fractions, doses and amounts are kept."""
    assert [cat for _, cat in replaced(text) if cat == "date"] == []


def test_two_digit_years_pivot_at_forty() -> None:
    """Two-digit years up to 40 are this century and above it the last, fixed, not clock-read."""
    assert (full_year(23), full_year(40), full_year(41), full_year(79)) == (2023, 2040, 1941, 1979)
