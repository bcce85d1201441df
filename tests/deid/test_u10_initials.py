"""Issue 13, round 10 (u10): initials listed beside people already found
(person_initial_lists.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced

LISTED = [
    ("Group supervision today (Imogen, RJ, Dafydd and KL).", "RJ"),
    ("Attended: Hollie Marsh, GF, Priya.", "GF"),
    ("Co-workers on the rota this week: Shauna, KD, Liam", "KD"),
]

KEPT = [
    ("Seen with GP, OT and Maria.", "GP"),
    ("Rachel, RW counsellor", "RW"),
    ("Manager: Alison Gilmour, DOM, 01236 421 900", "DOM"),
    ("Tom, CBT, PHQ and Jo.", "CBT"),
    ("Discussed with Megan and HR.", "HR"),
]


@pytest.mark.parametrize(("text", "initials"), LISTED)
def test_initials_listed_with_people_are_people(text: str, initials: str) -> None:
    """Initials in a closed list of three or more whose other items are people are people."""
    assert (initials, "person") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_services_and_roles_beside_a_name_stay(text: str, word: str) -> None:
    """Clinical letters, a role before a job, or a short list that goes on are no person."""
    assert (word, "person") not in replaced(text), replaced(text)


def test_pathological_input_is_fast() -> None:
    """10 KB of one long list of names and initials is redacted in under half a second."""
    unit = "Imogen, BK, RJ, Dafydd, "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
