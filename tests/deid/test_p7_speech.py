"""Issue 13, round 6 (p7): people named in quoted speech, before a group role in brackets
and in spelling asides (person_speech.py).

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced

PEOPLE = [
    ('He said "Tink drove us home that night" and went quiet.', "Tink"),
    ('Her words: "Tash promised she would ring."', "Tash"),
    ('She laughed, "Brick\'d never say that to my face."', "Brick"),
    ('he keeps saying "Rusty carried me through basic."', "Rusty"),
    ('"kevin\'s been good to me," she said.', "kevin"),
    ("Facilitators: Yusra (lead) and a student.", "Yusra"),
    ("Circle tonight: Fenella (co-facilitator), Imogen (scribe).", "Fenella"),
    ("Minutes: Oisin (chair).", "Oisin"),
    ("Seen by dr. szczepanek (sp? Szczepanik) last week.", "Szczepanik"),
    ("Her landlord, Mr Wojcik (spelt Woicik on the letter), rang.", "Woicik"),
    ("Minutes: Farzana (business support)", "Farzana"),
    ("Children: Yitzy (14, at the yeshiva), Malka (9).", "Yitzy"),
    ("Reception - Shona sent the letter on Monday.", "Shona"),
    ("In chat, Hope (member) typed her news.", "Hope"),
    ("referred by the diocese (Msgr. Albrecht) for burnout", "Albrecht"),
    ("Vets tonight: Sarge (Kowalczyk, Korea), Doc (Medina).", "Kowalczyk"),
    ("his mate Zippo (Fitzgerald) drove him home", "Zippo"),
]

OPENING = [
    ("Heather shared a year clean at group.", "Heather"),
    ("Rowan spoke about his brother.", "Rowan"),
]


@pytest.mark.parametrize(("text", "name"), OPENING)
def test_given_name_opening_a_sentence_before_sharing_is_a_person(text: str, name: str) -> None:
    """A given name that is also a word, opening a sentence before 'shared' or 'spoke', is a
    person (person_quotes.py)."""
    assert (name, "person") in replaced(text), replaced(text)


LEFT = [
    ('"God knows I tried," she said.', "God"),
    ('"Mum said no again."', "Mum"),
    ('"Nobody cares what I do."', "Nobody"),
    ('"It\'d help if they listened."', "It"),
    ('"Work kept me late all week."', "Work"),
    ('"Tuesday was the worst day."', "Tuesday"),
    ("The plan: CBT (lead) and Group (closed) for now.", "Group"),
    ("Changed the med (sp? quetiapine) last month.", "quetiapine"),
    ('"Kayla might come back." Caller agreed to wait.', "Caller"),
    ('"She put glitter on it." Group laughed with them.', "Group"),
    ("Ward (12) was closed and Room (4) too.", "Ward"),
    ('He keeps saying "Allah gave and Allah took."', "Allah"),
    ("Shona is spoken at home.", "Shona"),
    ("School (Callanan) reports fine behaviour.", "School"),
    ("Parent (Erik) to get the weekly summary.", "Parent"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_spoken_and_bracketed_names_are_people(text: str, name: str) -> None:
    """A name opening speech, before a group role or given as a spelling is a person."""
    assert (name, "person") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_words_in_the_same_places_are_no_person(text: str, word: str) -> None:
    """A pronoun, a relation, a day, a service or a medicine in the same place is no person."""
    assert (word, "person") not in replaced(text), replaced(text)


PATHOLOGICAL = {
    "quotes": '"Tink said "' * 900,
    "roles": "Yusra (lead) (co-lead) " * 450,
    "spelt": "Dr Ames (sp? (sp? " * 600,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of a speech rule's own pathological shape is redacted in under half a second."""
    text = PATHOLOGICAL[name][:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
