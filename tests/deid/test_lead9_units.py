"""Fire and ambulance stations and medical units by number are organisations (lead,
round 9): "Station 18", "Medic 4", "90th Medical Group".

Every sentence is written here, fresh, in no corpus.
"""

from __future__ import annotations

import time

import pytest

from notes_vault.deid import Deidentifier


def _orgs(text: str) -> list[str]:
    result = Deidentifier([]).redact(text)
    return [text[r.start : r.end] for r in result.replacements if r.category == "organisation"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The Station 9 crew asked for a group debrief.", "Station 9"),
        ("Firefighter at Station 18 since the spring.", "Station 18"),
        ("She rode Medic 4 on nights for a year.", "Medic 4"),
        ("Referred by the 90th Medical Group clinic.", "90th Medical"),
    ],
)
def test_a_numbered_unit_is_an_organisation(text: str, unit: str) -> None:
    assert any(unit in found for found in _orgs(text))


@pytest.mark.parametrize(
    "text",
    [
        "The bus station 2 miles away was closed.",
        "The 2nd Medical opinion came back clear.",
        "She stopped at the police station twice.",
    ],
)
def test_no_unit_without_its_shape(text: str) -> None:
    assert _orgs(text) == []


def test_stays_linear() -> None:
    text = ("Station 9 and the 90th Medical Group. " * 300)[:10_000]
    start = time.process_time()
    Deidentifier([]).redact(text)
    assert time.process_time() - start < 0.5
