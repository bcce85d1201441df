"""Round 18 (u18): national bodies, employers and chains added to data/organisations.txt."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced_words


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Interpreter on the line (Tigrinya, thebigword) for the hour.", "thebigword"),
        ("Her brother flies for flydubai and sends money home.", "flydubai"),
        ("Partner out most days (docks, DP World), kids at school.", "DP World"),
        ("NOW A DELIVERY DRIVER, AMAZON FLEX.\nSESSION 3 OF 6.", "AMAZON FLEX"),
        ("-- K. ADEYEMI, SUPPORT WORKER, Care UK", "Care UK"),
        ("Leaflets given: Addiction NI, the crisis card.", "Addiction NI"),
        (
            "Mum applying to Social Security Scotland for the child payment.",
            "Social Security Scotland",
        ),
        (
            "Deputyship papers sent to the Office of the Public Guardian.",
            "Office of the Public Guardian",
        ),
        ("Calls from a Flying J outside Abilene most nights.", "Flying J"),
        ("Dropped out of Georgia Tech in second year.", "Georgia Tech"),
        ("She has not drawn a thing since Goldsmiths.", "Goldsmiths"),
    ],
)
def test_listed_bodies_are_organisations(text: str, name: str) -> None:
    assert name in replaced_words(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "The goldsmiths of the old quarter were all closed.",
        "She said the flying jackdaws kept her awake.",
        "Care: UK guidance followed for lone working.",
    ],
)
def test_words_stay(text: str) -> None:
    assert replaced_words(text, "organisation") == []


@pytest.mark.parametrize("unit", ["thebigword ", "DP World DP ", "Office of the Public "])
def test_listed_bodies_are_linear(unit: str) -> None:
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
