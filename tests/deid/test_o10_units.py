"""Issue 13, round 9 (o10): a military unit named by the number before it.

Every sentence here was written for these tests, not copied from a corpus; near misses
are checked against the org_cues finder itself, so another layer cannot hide a wrong hit.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.org_cues import find_org_cues
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

FOUND = [
    ("Left the Army in 2019; served with 29 Commando in Norway.", "29 Commando"),
    ("Her dad flew Chinooks with 18 Squadron for ten years.", "18 Squadron"),
    ("ex-raf, 617 sqn ground crew, won't talk about it", "617 sqn"),
    ("He joined 4 Regiment straight from school.", "4 Regiment"),
    ("Still close to the lads from 1 Bn, meets them yearly.", "1 Bn"),
    ("Deployed twice with 3 PARA before the injury.", "3 PARA"),
    ("Posted to 7 Brigade HQ, then discharged.", "7 Brigade"),
]

KEPT = [
    ("He has 2 company cars and a van.", "2 company"),
    ("They live at 14 Division Street with her nan.", "14 Division"),
    ("Moved to 3 Wing after the fight.", "3 Wing"),
    ("Read para 4 of the letter together.", "para 4"),
    ("Top of the table in 2 division this year.", "2 division"),
    ("Squadron leader next month, he hopes.", "Squadron"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_number_before_a_unit_word_is_replaced(text: str, part: str) -> None:
    """A number before a capitalised unit word or a unit's short form names a unit."""
    assert covers(text, part)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_near_miss_is_left_by_the_unit_rule(text: str, part: str) -> None:
    """A full unit word in lower case, a street, a prison wing or no number: not a unit."""
    start = text.index(part)
    spans = find_org_cues(text, tokenize(text), frozenset())
    assert not any(
        s.start < start + len(part) and start < s.end and "military unit" in s.reason for s in spans
    )


def test_unit_reason_names_the_cue() -> None:
    """--explain names the unit word, never the number replaced."""
    text = "Her dad flew Chinooks with 18 Squadron for ten years."
    reasons = [r.reason for r in replacements(text) if text[r.start : r.end] == "18 Squadron"]
    assert reasons == ["context: a number before 'Squadron' (a military unit)"]


@pytest.mark.parametrize("shape", ["12 Squadron " * 850, "3 sqn 4 Bn " * 950, "1 " * 5000])
def test_units_are_linear(shape: str) -> None:
    """10 KB of the rule's own shapes is de-identified and checked in under 0.5 s."""
    text = shape[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm up") < LINEAR_SECONDS
