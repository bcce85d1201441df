"""Round 11 (lead): initials in brackets owning an action in minutes are people."""

from __future__ import annotations

import random

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced_words


def test_action_owners_in_minutes() -> None:
    text = "Actions: book the respite week (KW); chase the bus pass (TD).\nHealth (MB): dentist."
    assert {"TD", "MB"} <= set(
        replaced_words(text, "person")
    )  # "KW" another rule takes, as an acronym
    assert "(KW)" not in Deidentifier([], rng=random.Random(0)).redact(text).text


def test_two_owners_of_one_action() -> None:
    text = "1. School (JH/FP): transport agreed.\n2. Contact (JH): Sunday visits go on."
    assert {"JH", "FP"} <= set(replaced_words(text, "person"))


@pytest.mark.parametrize(
    "text",
    [
        "Started sertraline (PO); lorazepam only when needed (PRN).",
        "Scores: anxiety (GAD); mood (PHQ); both lower.",
        "Referred back (GP); school told (IT).",
        "Present: Dave Cullen (SW), Lynne Parr (IRO), Amy Holt (foster carer).",
        "Only one bracket here (KW); nothing else.",
    ],
)
def test_abbreviations_roles_and_a_lone_bracket_stay(text: str) -> None:
    owners = [w for w in replaced_words(text, "person") if w.isupper() and len(w) <= 3]
    assert owners == []


@pytest.mark.parametrize("unit", ["item (KW); ", "(AB/CD): ", "x (GP); "])
def test_action_initials_are_linear(unit: str) -> None:
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
