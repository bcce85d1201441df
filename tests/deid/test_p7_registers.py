"""Issue 13, round 6 (p7): people listed after a register's label, nicknames quoted inside
a full name (person_registers.py), and names in lines of capitals (person_caps.py).

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

PEOPLE = [
    ("Present: Szymanski (dad + Oliwia); Achebe (mum + Tobi).", "Achebe"),
    ("Absent: Frank (flu), Dawn (childcare).", "Dawn"),
    ("Apologies: Hollis (leave), Mwangi.", "Mwangi"),
    ("Attendees: Rhiannon P. (sick), Ferhat.", "Rhiannon P."),
    ("Members: Grace, Iolo, Tegan; absent: Ceridwen.", "Ceridwen"),
    ('Counsellor: Bartholomew "Bart" Okonjo, MBACP', "Bart"),
    ('Seen by Theresa "Tess" Mulvaney today.', "Mulvaney"),
    ('CASE MANAGER: PATRICIA "TRISH" O\'HALLORAN', "O'HALLORAN"),
    ("music group. pts: dwayne r., tiffany, kim, old mr. frank.", "tiffany"),
    ("Participants: Odalys, Bertrand (late), Siobhan.", "Bertrand"),
]

LEFT = [
    ("Present: client and Mum.", "Mum"),
    ("Absent: None.", "None"),
    ("Apologies: All received in advance.", "All"),
    ("Attendees: Housing, Police, Education.", "Housing"),
    ('We stayed at the "Best" Western on the ring road.', "Western"),
    ('Operation "Lazarus" Team met at the station.', "Team"),
    ("Present: Social Care, Health Visitor.", "Social"),
    ("pts: none today, all on the ward.", "none"),
    ("Family: wife (on FMLA); son-in-law Jun Dizon; grandkids.", "son"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_registered_and_quoted_names_are_people(text: str, name: str) -> None:
    """A name listed after a register's label, or quoted inside a name, is a person."""
    assert (name, "person") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_services_relations_and_titles_are_kept(text: str, word: str) -> None:
    """A relation, 'None', a service or a business's name in the same place is left."""
    assert not covers(text, word), replaced(text)


def test_pathological_register_is_fast() -> None:
    """10 KB of one register line of items is redacted in under half a second."""
    text = ("Present: " + "Ferhat (x), " * 900)[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS


def test_pathological_quotes_are_fast() -> None:
    """10 KB of quoted nicknames inside names is redacted in under half a second."""
    text = ('Theresa "Tess" Mulvaney ' * 420)[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS


CAPS = [
    ("PT QUIET, SAT WITH PEERS (HOLLY AND DESMOND AT BREAKFAST).", "HOLLY"),
    ('SAID "I MISSED ROSE\'S RECITAL LAST TERM."', "ROSE"),
    ("ROOM 4 (ROOMMATE: KOWALCZYK, T)   ADMIT 3/3", "KOWALCZYK, T"),
]

CAPS_LEFT = [
    ("MUM AND DESMOND CAME TO THE WARD TODAY.", "MUM"),
    ("IN MAY'S REVIEW HIS MOTHER'S VIEW WAS CLEAR.", "MAY"),
    ("GOD'S PLAN, HE SAYS, NOT HIS.", "GOD"),
]


@pytest.mark.parametrize(("text", "name"), CAPS)
def test_names_in_capitals_are_people(text: str, name: str) -> None:
    """A given name in capitals joined to a person or before a possessive, or a surname
    with an initial, is replaced as a person (person_caps.py)."""
    assert (name, "person") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "word"), CAPS_LEFT)
def test_words_in_capitals_are_no_person(text: str, word: str) -> None:
    """A relation, a month or 'God' in capitals in the same places is no person."""
    assert (word, "person") not in replaced(text), replaced(text)
