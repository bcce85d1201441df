"""Round 18 (u18): a bare ordinal day after a scheduling word, ending its line ("next 11th"
at a line's end) or after "confirmed", "onshore", "offshore"."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced_words


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("OT sees him weekly, next 14th\nplan: keep the diary.", "14th"),
        ("Rang the surgery. Confirmed 22nd. He will bring his son.", "22nd"),
        ("ROTA 3 ON / 3 OFF. HOME FRI, BACK OFFSHORE 27TH.\nSLEEP POOR.", "27TH"),
        ("Flies out Sunday, back onshore 9th, then two weeks at home.", "9th"),
    ],
)
def test_scheduled_days_are_dates(text: str, day: str) -> None:
    assert day in replaced_words(text, "date")


@pytest.mark.parametrize(
    "text",
    [
        "She came 3rd\nin the county cross-country. Pleased.",
        "Plan:\n2nd - ask about the debt letters.",
        "Confirmed 2nd opinion was offered by the team.",
        "He was offshore 21 days, then home. Rota fine.",
    ],
)
def test_ranks_and_counts_stay(text: str) -> None:
    assert replaced_words(text, "date") == []


@pytest.mark.parametrize("unit", ["next 11th\n", "confirmed 3rd. ", "onshore 9th\n."])
def test_scheduled_days_are_linear(unit: str) -> None:
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
