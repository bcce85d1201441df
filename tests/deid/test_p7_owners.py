"""Issue 13, round 6 (p7): initials that own an action or a report in minutes and plans
(person_owners.py).

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

PEOPLE = [
    ("Actions\n1. HB - chase the housing repair\n2. Book review for March - DW\n", "DW"),
    ("Actions\n1. HB - chase the housing repair\n2. Book review for March - DW\n", "HB"),
    ("Next steps:\n- KT - speak to school about the bus pass\n", "KT"),
    ("Updates\nHousing (FJ): repair booked for Thursday.\n", "FJ"),
    ("Nursery (PJ): settling well, eating lunch.\n", "PJ"),
    ("Agreed: YB to ring the family tomorrow; CW to write up.", "YB"),
    ("Agreed: YB to ring the family tomorrow; CW to write up.", "CW"),
    ("Tasks\nGN to send the letter by Friday.\n", "GN"),
    ("Mother informed by RJ at 09:40, agreed.", "RJ"),
]

LEFT = [
    ("Plan\n1. CBT - weekly for six weeks\n2. Bloods - GP\n", "GP"),
    ("Plan\n1. CBT - weekly for six weeks\n", "CBT"),
    ("3. SW to visit on Friday.", "SW"),
    ("Depression (MDD): improving on sertraline.", "MDD"),
    ("Review date - TBC", "TBC"),
    ("DAP - session 2 - in person\nClient seen alone.", "DAP"),
    ("EIP - psychology - session 8", "EIP"),
    ("T. Rowe, PMHNP-BC", "BC"),
    ("3. CSC - strategy discussion on Monday", "CSC"),
    ("Outcome: RMO to revoke the order next week.", "RMO"),
    ("Seen in ED at 14:10, discharged.", "ED"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_owning_initials_are_people(text: str, name: str) -> None:
    """Initials that own an action or a report are replaced as a person."""
    assert (name, "person") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_services_and_headings_are_no_person(text: str, word: str) -> None:
    """A therapy, a service, a role, a credential or a heading is not replaced as a person."""
    assert (word, "person") not in replaced(text), replaced(text)


def test_line_numbers_after_initials_are_no_age() -> None:
    """A list's number on the line after owning initials is not read as their age."""
    text = "Actions\n1. Strategy meeting by Friday - MR\n3. Refer to housing\n"
    assert not covers(text, "3."), replaced(text)


PATHOLOGICAL = {
    "ends": "chase it - AB\n" * 800,
    "numbered": "1. AB - x\n" * 1100,
    "to": "AB to go; " * 1100,
    "brackets": "School (AB): x\n" * 700,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of an owner rule's own pathological shape is redacted in under half a second."""
    text = PATHOLOGICAL[name][:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
