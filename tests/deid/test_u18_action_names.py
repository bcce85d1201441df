"""Round 18 (u18): a given name that is an English word owning an action, with more verbs of
an action and after a full stop ("Handout given. Ivy to read.")."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced_words


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Action: Ivy to listen back to the second half of the tape.", "Ivy"),
        ("Plan: Hazel to raise the rota with her manager on Friday.", "Hazel"),
        ("Handout on sleep hygiene given. Ivy to read.", "Ivy"),
        ("Asked about the debt line? - not yet. Rusty to phone them Tuesday.", "Rusty"),
        ("Agreed: Dawn to practise the breathing twice a day.", "Dawn"),
        ("Good session! Hazel to document the plan for the team.", "Hazel"),
    ],
)
def test_owners_of_actions_are_people(text: str, name: str) -> None:
    assert name in replaced_words(text, "person")


@pytest.mark.parametrize(
    "text",
    [
        "She was tearful. Son to call the surgery about the tablets.",
        "He lost his job. Will to keep going is low today.",
        "Mood improved. Hope to start the group next month.",
        "She mentioned holly. Ivy to the side of the house was cut back.",
        "We talked about the garden and dawn to dusk shifts.",
    ],
)
def test_kin_wishes_and_plain_words_stay(text: str) -> None:
    assert replaced_words(text, "person") == []


@pytest.mark.parametrize("unit", [". Ivy to listen ", "! Ivy to\n", ". Son to call . "])
def test_action_names_after_a_stop_are_linear(unit: str) -> None:
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
