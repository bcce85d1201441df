"""Issue 13, round 13 (c13): US roads by a state's kind and by number after a verb of
driving (place_us_roads.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements

ROADS = [
    ("The crash was on Loop 820 near the mall.", "Loop 820"),
    ("They live off Spur 366 past the feed store.", "Spur 366"),
    ("Traffic on Beltway 8 made her late.", "Beltway 8"),
    ("He stops at the diner on SH 71 every morning.", "SH 71"),
    ("Her trailer is out on CR 118.", "CR 118"),
    ("Panic started while driving on 635 and 75 at rush hour.", "635"),
    ("Panic started while driving on 635 and 75 at rush hour.", "75"),
    ("She froze merging onto the 210 last week.", "210"),
]

KEPT = [
    "Room change: RM 412 to RM 414 tonight.",
    "Loc: Spur 3 cell 12, seen at the door.",
    "Unit CR-3 responded with the deputy.",
    "Listens to FM 101.5 in the car.",
    "CR 1.4 on the last labs.",
    "He drove on 12 hours of sleep.",
    "She drives on 40 miles a day for work.",
    "Driving on 30 mg of the new dose is fine.",
    "The story went in a loop 12 times.",
]


@pytest.mark.parametrize(("text", "road"), ROADS)
def test_roads_are_places(text: str, road: str) -> None:
    """A road of a state's kind, or a number driven on, is replaced as a place."""
    start = text.index(road)
    found = [r for r in replacements(text) if r.start <= start < r.end]
    assert found, text
    assert found[0].category == "place"


def test_road_reason_names_its_cue() -> None:
    """`--explain` names the kind or the verb before the number."""
    reasons = {r.reason for r in replacements("Out on CR 118 and driving on 635 daily.")}
    assert "context: a road number after 'CR'" in reasons
    assert "context: a road's number after 'driving'" in reasons


@pytest.mark.parametrize("text", KEPT)
def test_rooms_units_doses_and_counts_stay(text: str) -> None:
    """A room, a prison spur, a unit, a frequency, a lab value, a count or a dose is no road."""
    found = [r for r in replacements(text) if "road" in r.reason]
    assert not found, found


def test_pathological_input_is_fast() -> None:
    """10 KB of road kinds and driving verbs is redacted in under half a second."""
    unit = "driving on 410 or 281, 35 / 10 and Loop 1604 Spur 3 CR-1.2 merging onto the 405 "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
