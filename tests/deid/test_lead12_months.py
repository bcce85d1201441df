"""Round 12 (lead): a month that is a given name, right after a relation, is the person."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced_words


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He met his wife June at a dance hall in 1961.", "June"),
        ("Her daughter April starts school in the autumn.", "April"),
        ("her nan May looked after the kids on Fridays.", "May"),
        ("Her sister, August, stayed with them over the summer.", "August"),
    ],
)
def test_a_month_named_after_a_relation_is_a_person(text: str, name: str) -> None:
    assert name in replaced_words(text, "person")


@pytest.mark.parametrize(
    "text",
    [
        "Her daughter may be moving back home.",
        "Next review with her sister in June.",
        "Her son's birthday is June 3rd.",
        "Her daughter's wedding, 3 June, went well.",
    ],
)
def test_months_and_words_stay(text: str) -> None:
    assert replaced_words(text, "person") == []


def test_months_after_relations_are_linear() -> None:
    text = "her wife June, " * (10_000 // 15)
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
