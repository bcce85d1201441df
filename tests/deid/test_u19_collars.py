"""Round 19 (u19): officers' collar numbers in brackets after the name, and after "PCs"."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("brought in by PC Okafor (20917), calm in the car.", ["20917"]),
        ("welfare check done by PCs 3108/6642 at 02:10.", ["3108", "6642"]),
        ("PCs 5512 and 7403 stayed until the AMHP came.", ["5512", "7403"]),
        ("handed over by DC M. Rahman (4410) this morning.", ["4410"]),
    ],
)
def test_collar_numbers_are_id_numbers(text: str, numbers: list[str]) -> None:
    """The numbers beside a rank and name in brackets, or after a plural rank, are taken."""
    found = [part for part, category in replaced(text) if category == "id_number"]
    assert found == numbers


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("PC Tenby (43) was kind to her.", "43"),
        ("PC Shah (2019) report was on file.", "2019"),
        ("the PCs 12 and 14 in the lab were down.", "12"),
        ("Boys 1203/4471 rota was mixed up.", "1203"),
    ],
)
def test_ages_years_and_other_numbers_stay(text: str, number: str) -> None:
    """An age in brackets, a year, two digits, no rank: no collar number."""
    assert (number, "id_number") not in replaced(text)


@pytest.mark.parametrize("unit", ["PC Ab (1234) ", "PCs 1234/", "PCs 12345 and ", "PC A B C ("])
def test_collar_numbers_are_linear(unit: str) -> None:
    """10 KB of rank-and-number shapes stays under the linear-time bound."""
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
