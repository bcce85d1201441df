"""Issue 13, round 14 (c14): feasts of other calendars pin a date (date_feasts.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements

FEASTS = [
    ("Her aunt flies in from Daegu for Seollal every year.", "Seollal"),
    ("The cousins compared grades at Chuseok, as always.", "Chuseok"),
    ("he has been low since the timkat holiday", "timkat"),
    ("She is fasting before Fasika and finds it grounding.", "Fasika"),
    ("Rent review agreed for after Tết.", "Tết"),
    ("They hosted Nowruz for the whole street.", "Nowruz"),
    ("Her in-laws come for Dashain and stay a month.", "Dashain"),
    ("Missed the Mid-Autumn Festival at his uncle's.", "Mid-Autumn Festival"),
    ("The family gathers at Tet, and he dreads it.", "Tet"),
    ("GRANDDAUGHTER VISITED FOR VAISAKHI.", "VAISAKHI"),
]


def _holiday(text: str, part: str) -> bool:
    start = text.index(part)
    return any(
        r.start <= start < r.end and r.category == "date" and r.replacement == "[HOLIDAY]"
        for r in replacements(text)
    )


@pytest.mark.parametrize(("text", "feast"), FEASTS)
def test_feasts_of_other_calendars_are_holidays(text: str, feast: str) -> None:
    """A feast of another calendar is replaced by [HOLIDAY], as Christmas is."""
    assert _holiday(text, feast)


def test_reason_names_the_rule() -> None:
    """`--explain` names the feast rule."""
    text = "The cousins compared grades at Chuseok, as always."
    reasons = [r.reason for r in replacements(text) if text[r.start : r.end] == "Chuseok"]
    assert reasons == ["pattern: a feast or festival that pins a day of the year ('Chuseok')"]


@pytest.mark.parametrize(
    "text",
    [
        "She had an epiphany about her mother in session.",
        "Tet tox given in the ED after the fall.",
        "the holi colours were everywhere",
        "Tetanus booster up to date; tetralogy repaired in infancy.",
        "Her quinceañera photos made her cry.",
    ],
)
def test_near_misses_stay(text: str) -> None:
    """An English word, a vaccine and a person's own event are no feast of this rule."""
    assert not [r for r in replacements(text) if "a feast or festival" in r.reason]


def test_pathological_input_is_fast() -> None:
    """10 KB of feasts and near misses is redacted in under half a second."""
    unit = "Tết Seollal timkat Tet tox holi Nowruz durga durga puja mid-autumn mid autumn "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
