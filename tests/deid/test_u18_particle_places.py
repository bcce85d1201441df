"""Round 18 (u18): a place named with a particle ("Village de l'Est", "Colonia del Valle")."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced_words


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Son stays w/ his dad in Village de l'Est now.", "Village de l'Est"),
        ("Shop (Pho Saigon, Village de l\u2019Est) closed for a week.", "Village de l\u2019Est"),
        ("He grew up in Colonia del Valle and moved north at twenty.", "Colonia del Valle"),
        ("Raised in Ciudad del Este, on the border.", "Ciudad del Este"),
        ("Moved back to the Vila do Conde house after the divorce.", "Vila do Conde"),
    ],
)
def test_particle_names_are_places(text: str, name: str) -> None:
    assert name in replaced_words(text, "place")


@pytest.mark.parametrize(
    "text",
    [
        "Walked along the playa de noche, she said, to calm down.",
        "She kept saying calle de arriba, the top street.",
        "She wrote Village de in the box and stopped.",
    ],
)
def test_lower_case_words_after_the_particle_stay(text: str) -> None:
    assert replaced_words(text, "place") == []


@pytest.mark.parametrize("unit", ["Village de l'Est ", "Colonia de ", "Isla de Isla de "])
def test_particle_places_are_linear(unit: str) -> None:
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
