"""Issue 13, round 7 (a8): a sex and an age in clinical shorthand ("F/54", "HPI: 23 M w/").

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced

CAUGHT = [
    ("Seen: F/47 with low mood since May", "47"),
    ("M/70 brought in by his son", "70"),
    ("HPI: 19 M w/ hx of self-harm", "19"),
    ("ID: 66 F, lives alone, fall at home", "66"),
    ("Triage: 38 M presenting with chest pain", "38"),
]

LEFT = [
    ("F/U in 2 wks with GP", "U"),
    ("M/12/2024 on the form", "12"),
    ("5 M steps a day on the tracker", "5"),
    ("Bed 4 F, side room", "4"),
    ("size 12 F, from the shop", "12"),
]


@pytest.mark.parametrize(("text", "value"), CAUGHT)
def test_shorthand_age_is_replaced(text: str, value: str) -> None:
    """A number beside a capital sex in a patient's shorthand is an age."""
    assert (value, "age") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "part"), LEFT)
def test_follow_ups_dates_counts_and_beds_are_kept(text: str, part: str) -> None:
    """A follow-up, a date, a count, a bed or a size beside the same letters is no age."""
    assert not any(cat == "age" and part in value for value, cat in replaced(text)), replaced(text)


PATHOLOGICAL = {
    "slashes": "F/54 " * 2000,
    "spaced": "23 M w/ " * 1300,
    "letters": "M F " * 2500,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_shorthand_rules_are_linear(name: str) -> None:
    """10 KB of each rule's worst shape is redacted and checked in under half a second."""
    engine = Deidentifier([])
    assert redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm up") < LINEAR_SECONDS


@pytest.mark.parametrize(
    "text", ["temp 98 F (oral), afebrile", "fever of 101 F, rigors", "T 100 F (tympanic)"]
)
def test_a_temperature_is_no_age(text: str) -> None:
    """A temperature in Fahrenheit beside the same letter is no age."""
    assert not any(cat == "age" for _, cat in replaced(text)), replaced(text)
