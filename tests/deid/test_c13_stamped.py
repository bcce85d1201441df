"""Issue 13, round 13 (c13): a pasted thread's writers after a date and a time opening a
line (person_stamped.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements

THREAD = (
    "Texts pasted with consent:\n"
    "4/2 9:14 PM — Jordan: are you still open tmrw\n"
    "4/2 9:20 PM — Me: Yes, 10am works.\n"
    "4/3 7:05a Georgia (sister): she is on her way\n"
    "4/3 7:06a - Mum: thanks\n"
    "4/3 7:09 CC: noted\n"
    "4/3 7:10 PM - Pt: ok\n"
    "4/3 7:12 cl: outside now\n"
    "4/3 7:13 - IDVA: call 999\n"
)


@pytest.mark.parametrize("name", ["Jordan", "Georgia"])
def test_stamped_writers_are_people(name: str) -> None:
    """A word before the colon after a line's date and time is its writer, a country's
    name that is a given name too."""
    start = THREAD.index(name)
    found = [r for r in replacements(THREAD) if r.start <= start < r.end]
    assert found, name
    assert found[0].category == "person"
    assert found[0].reason == "context: a speaker's label after a date and a time opening a line"


@pytest.mark.parametrize("label", ["Me", "Mum", "CC", "Pt", "cl", "IDVA"])
def test_fields_relations_and_shorthand_stay(label: str) -> None:
    """Me, a relation, initials of a role, a field's label and the client's shorthand are no
    writer's name."""
    start = THREAD.index(f" {label}:") + 1
    assert not [r for r in replacements(THREAD) if r.start <= start < r.end]


def test_pathological_input_is_fast() -> None:
    """10 KB of stamped lines is redacted in under half a second."""
    unit = "12/3 8:03 AM — Jordan: hi\n8:0 a — (x: 1/2 3:4 Pm -- Me: ok\n"
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
