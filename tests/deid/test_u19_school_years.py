"""Round 19 (u19): school years typed in lower case, "y7" and the Welsh "bl 8"."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("dsl log - cried at lunch, no marks. y8. mum told.", "y8"),
        ("PB y4 - gran emailed, not sleeping since the move.", "y4"),
        ("Gwion (bl 7) yn dawel heddiw, drawing the whole hour.", "bl 7"),
        ("Nia bl 10 (yr 10), quiet, came with her aunt.", "bl 10"),
    ],
)
def test_lower_case_school_years_are_ages(text: str, part: str) -> None:
    """A primary year typed "y4" and the Welsh short form in lower case are ages."""
    assert covers(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Hb bl 12 on the last bloods, rechecking.", "bl 12"),
        ("bl 9 was the reading they gave.", "bl 9"),
        ("plotted y2 against time, no trend.", "y2"),
        ("saw the y2k film again, laughed.", "y2k"),
    ],
)
def test_other_letters_and_numbers_stay(text: str, part: str) -> None:
    """ "bl" not set off as a year, a course's year or a word with more letters stay."""
    assert not covers(text, part)


@pytest.mark.parametrize("unit", ["(bl 8) ", "Ffion bl 11 (", "y7. ", "bl bl 1 "])
def test_school_years_are_linear(unit: str) -> None:
    """10 KB of school-year forms stays under the linear-time bound."""
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
