"""Round 12 (lead): a given name that is an English word, owning an action in minutes, and
relation words of work, team and cell ("his workmate Florin")."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced_words


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Actions: Jade to call the school and book a room.", "Jade"),
        ("- Summer to liaise with the health visitor.", "Summer"),
        ("Will to follow up with housing.\nNext: 2 weeks.", "Will"),
        ("Agreed; Rose to send the referral on Monday.", "Rose"),
        ("Recent: his workmate Florin was killed on the A1.", "Florin"),
        ("Her teammate, Kwabena, drove her home.", "Kwabena"),
    ],
)
def test_owners_and_mates_are_people(text: str, name: str) -> None:
    assert name in replaced_words(text, "person")


@pytest.mark.parametrize(
    "text",
    [
        "Plan: Hope to attend the group next week.",
        "Bill to: the practice address above.",
        "Grace to the end, she said.",
        "Jade to the touch, cold and smooth.",
    ],
)
def test_wishes_fields_and_words_stay(text: str) -> None:
    assert replaced_words(text, "person") == []


@pytest.mark.parametrize("unit", ["- Jade to call ", "Jade to\n", ": Will to to "])
def test_action_names_are_linear(unit: str) -> None:
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
