"""Round 21 (u21): a British road number after a vehicle, a crash or a word of driving."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced


@pytest.mark.parametrize(
    ("text", "road"),
    [
        ("Her brother died two winters ago (van, A628, black ice).", "A628"),
        ("Three points for speeding (2021, A38) and a ban threatened.", "A38"),
        ("Ladder: short drives, then quiet roads, then M5 at night.", "M5"),
        ("He saw the crash happen, A1079, and stopped to help.", "A1079"),
    ],
)
def test_a_road_number_after_a_vehicle_or_driving(text: str, road: str) -> None:
    """A road number a few words after a vehicle, a crash or driving is a place."""
    assert (road, "place") in replaced(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Meet by the car park, level A2, near the lifts.", "A2"),
        ("Quality engineer, A320 wings, works shifts.", "A320"),
        ("HADS A14 D9. Plan: continue.", "A14"),
        ("He crashed out of bed.\nA12 form sent to the office.", "A12"),
    ],
)
def test_labels_and_parts_stay(text: str, label: str) -> None:
    """A level, a part, a score or a form with no driving in its sentence is no road."""
    assert (label, "place") not in replaced(text)


@pytest.mark.parametrize("unit", ["(car, A34) ", "van M6 ", "speeding level A2 "])
def test_driven_roads_are_linear(unit: str) -> None:
    """10 KB of vehicle words before road numbers stays under the linear-time bound."""
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
