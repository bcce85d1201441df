"""Round 19 (u19): a baby's age in weeks written "6/52" after "baby" and the baby's name."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced


@pytest.mark.parametrize(
    ("text", "weeks"),
    [
        ("HV visit, baby Idris 5/52 feeding well, mum teary.", "5/52"),
        ("seen with partner + baby Maisie (9/52). slept 3h.", "9/52"),
        ("newborn Kit 2/52 jaundice settled, home today.", "2/52"),
    ],
)
def test_weeks_of_52_after_a_babys_name_are_ages(text: str, weeks: str) -> None:
    """The weeks after "baby" and a name are the baby's age."""
    assert (weeks, "age") in replaced(text)


@pytest.mark.parametrize(
    ("text", "weeks"),
    [
        ("review 2/52, sooner if low.", "2/52"),
        ("EPDS 19 at the 6/52 check with the GP.", "6/52"),
        ("Amir 4/52 off work with his back.", "4/52"),
        ("baby Noor 60/52 is no shape a clinician writes.", "60/52"),
    ],
)
def test_intervals_and_other_weeks_stay(text: str, weeks: str) -> None:
    """A review interval, a check, an adult's time off, more than a year: no age."""
    assert (weeks, "age") not in replaced(text)


@pytest.mark.parametrize("unit", ["baby Al 6/52 ", "baby (1/52) ", "1/52/52/"])
def test_infant_weeks_are_linear(unit: str) -> None:
    """10 KB of baby-and-weeks shapes stays under the linear-time bound."""
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
