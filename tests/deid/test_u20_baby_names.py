"""Round 20 (u20): a baby's weeks or months a few words after "baby", past its name."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.age_baby_names import find_named_baby_ages
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("HV call: Maxine, 29, baby Orla 7 weeks. Sleeping in 2h stretches.", "7 weeks"),
        ("seen at home, baby (rafe) 4mo settling better at night.", "4mo"),
        ('Dani (31), baby Kofi "KoKo" now 9 weeks. Partner on nights.', "9 weeks"),
        ('Present: Gemma, baby Tamsin ("Tam", 6 wks), and her sister.', "6 wks"),
        ("Joined by baby Noah (now 3 months) asleep in the sling.", "3 months"),
    ],
)
def test_weeks_or_months_after_a_babys_name_are_ages(text: str, age: str) -> None:
    """The weeks or months after "baby" and the baby's name are the baby's age."""
    assert (age, "age") in replaced(text)


@pytest.mark.parametrize(
    "text",
    [
        "Her sister lost a baby at 22 weeks last spring.",
        "baby due in 6 weeks, birth plan agreed.",
        "Since baby Oscar 3 weeks ago she has not slept.",
        "baby Alba 5 weeks early, in SCBU for a while.",
        "baby Zoe 12 weeks scan booked for Tuesday.",
        "baby and Tom 3 weeks at his mum's.",
        "baby Ravi 40 months is no shape a note writes.",
    ],
)
def test_times_and_other_numbers_after_baby_stay(text: str) -> None:
    """A gestation, a time ago or early, a scan, another person, a number too large: no age."""
    assert find_named_baby_ages(tokenize(text)) == []


@pytest.mark.parametrize("unit", ['baby (Al, "A" now 4 ', "baby Bo Jo 3 wks ", "baby 9mo 9mo "])
def test_named_baby_ages_are_linear(unit: str) -> None:
    """10 KB of baby-name-and-weeks shapes stays under the linear-time bound."""
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
