"""Round 11 (lead): a numbered street named by its ordinal alone is a place."""

from __future__ import annotations

import random

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced_words


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("She waits for the bus at 63rd most mornings.", "63rd"),
        ("Grew up off 103rd, two blocks from the tracks.", "103rd"),
        ("The shelter near 47th has a bed tonight.", "47th"),
        ("Corner store at 79th & Ashland was robbed.", "79th"),
    ],
)
def test_numbered_street(text: str, street: str) -> None:
    assert street in replaced_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "She finished 45th of 300 runners.",
        "Planning her 50th birthday party.",
        "Office on 32nd floor, lift broken.",
        "Weight at 95th percentile for age.",
        "It was the 60th time he had called.",
        "See you on 12th, usual time.",
    ],
)
def test_ranks_floors_and_days_are_no_street(text: str) -> None:
    reps = Deidentifier([], rng=random.Random(0)).redact(text).replacements
    assert not [r for r in reps if r.category == "place"]


@pytest.mark.parametrize("unit", ["at 71st ", "71st & Ash ", "near 99th, "])
def test_numbered_streets_are_linear(unit: str) -> None:
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
