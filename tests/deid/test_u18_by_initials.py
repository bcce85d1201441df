"""Round 18 (u18): initials after "notes by", "typed by", "seen by" naming a person."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced_words


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("drop-in -- group -- notes by KP\nsix attended, two new.", "KP"),
        ("THU: DEKKER -- seen by BAZ under the bridge, dry, fed.", "BAZ"),
        ("Night log -- typed by GAZ\nquiet until 03:00.", "GAZ"),
    ],
)
def test_initials_after_by_are_people(text: str, letters: str) -> None:
    assert letters in replaced_words(text, "person")


@pytest.mark.parametrize(
    "text",
    [
        "Summary typed by SHO -- ward round, four patients.",
        "Frostbite to toes (seen by ED, discharged same day).",
        "Note typed by SW on the tablet, sorry for format.",
        "Seen by RMN at 05:00, settled.",
    ],
)
def test_roles_after_by_stay(text: str) -> None:
    assert replaced_words(text, "person") == []


@pytest.mark.parametrize("unit", ["notes by KP ", "seen by by by ", "typed by XQ\n"])
def test_by_initials_are_linear(unit: str) -> None:
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
