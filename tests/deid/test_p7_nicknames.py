"""Issue 13, round 6 (p7): nicknames in quotes known by the words around them, and
honorifics of other languages used as a given name (person_nicknames.py, person_words.py).

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

PEOPLE = [
    ('An old army friend, "Tank" (Derek Mullins), rang her.', "Tank"),
    ('she hangs round with "Pixie," who is 19', "Pixie"),
    ('her new friend "Bramble" - a woman from the allotments', "Bramble"),
    ('he was talking to "T", a man from the gym', "T"),
    ('the barber (owner "Dessie") lets him sleep in the back', "Dessie"),
    ('his sponsor "ziggy" rang twice', "ziggy"),
    ("She only told her friend Tia. Nobody else knows.", "Tia"),
    ("his ex Tita who lives in Manila still calls", "Tita"),
    ('he calls him by his cousin\'s name ("Rajesh") at home', "Rajesh"),
    ('her shift manager, "Gazza" (real name not given)', "Gazza"),
    ('2. "Big Mo" (his preferred name, 58) attended.', "Big Mo"),
]

LEFT = [
    ('her friend "said" no to it', "said"),
    ('"Mum", who was there, cried.', "Mum"),
    ('FH: mother "nervios," father fine.', "nervios"),
    ("lawyer Lcda. Marisol Vega at the clinic", "Lcda"),
    ("the counselor Sra. Mata rang.", "Sra"),
    ("her aunt Tia Rosa is visiting.", "Tia"),
    ('(prays with her grandmother, "Sitto").', "Sitto"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_quoted_nicknames_are_people(text: str, name: str) -> None:
    """A quoted nickname beside a full name, 'who', a person's noun or a role is a person."""
    assert (name, "person") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_speech_relations_and_titles_are_kept(text: str, word: str) -> None:
    """A quoted verb, a relation, a foreign word or a title before a name is left."""
    assert not covers(text, word), replaced(text)


def test_pathological_quotes_are_fast() -> None:
    """10 KB of quoted nicknames before brackets and roles is redacted in under 0.5 s."""
    text = ('owner "Kaz" ("Tank" (Derek Mullins), ' * 260)[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
