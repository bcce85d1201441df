"""Round 12 (lead): named days the holiday pattern lacked, and a country before "and"."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced, replaced_words


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Her mood dips every year around Presidents' Day.", "Presidents' Day"),
        ("He marches on Veterans Day with his old unit.", "Veterans Day"),
        ("Two minutes' silence on Armistice Day set him off.", "Armistice Day"),
        ("No school on MLK Day, so the kids were home.", "MLK Day"),
        ("Dressed up for St David's Day at school.", "St David's Day"),
        ("Drinks more over Hogmanay than at Christmas.", "Hogmanay"),
        ("Family cookout on Juneteenth went well.", "Juneteenth"),
    ],
)
def test_named_days_are_holidays_whole(text: str, day: str) -> None:
    # A named day pins a date of the year: replaced whole, never half ("Presidents' [PERSON]").
    assert (day, "date") in replaced(text)


@pytest.mark.parametrize(
    "text",
    [
        "She moved from Nigeria to France and then to Spain.",
        "They flew to Germany and stayed a month.",
    ],
)
def test_a_country_before_and_is_kept(text: str) -> None:
    assert [w for w in replaced_words(text) if w in {"France", "Germany", "Spain"}] == []


def test_a_name_before_and_a_pronoun_is_still_a_name() -> None:
    assert "Chad" in replaced_words("She lives with Chad and her two boys.")


def test_named_days_are_linear() -> None:
    text = "presidents veterans day armistice " * (10_000 // 35)
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
