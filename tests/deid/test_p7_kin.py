"""Issue 13, round 6 (p7): people named by a relation beside them, in any case.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses it must leave alone (person_kin.py, person_quotes.py).
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced

PEOPLE = [
    # A lower-case word between a relation and a person's verb.
    ("her nephew kwame wants to move in with them", "kwame"),
    ("his mate sledge rang at 2am asking for money", "sledge"),
    ("my sponsor bear says one day at a time", "bear"),
    ("their uncle frost told the kids to keep quiet", "frost"),
    # A lower-case short form of a name opening a clause before a person's verb.
    ("patsy wants the kids back by christmas", "patsy"),
    ("we argued and debs texted me after", "debs"),
    ("so mick rang the landlord himself", "mick"),
    # A name before its relation, set off.
    ("Marisol - her sister, the older one - rang from Perth.", "Marisol"),
    ("He mentioned Kofi (his stepfather, now retired) twice.", "Kofi"),
    ("Pickle (the cat) sleeps on her bed.", "Pickle"),
    ("Ifeoma, his ex-wife, has the children on Sundays.", "Ifeoma"),
    # A name in brackets after a dialect word for a parent.
    ("Her maw (Jessie) and da (Eck) split up last year.", "Eck"),
    ("at dinner kojo (bil) said grace for ten minutes", "kojo"),
    ("Deirdre (MIL) moved in after the fall.", "Deirdre"),
]

LEFT = [
    ("her mum also wants to come along", "also"),
    ("his dad never said sorry to anyone", "never"),
    ("her friend group said no to the party", "group"),
    ("my will says the house goes to the kids", "will"),
    ("the bill says two hundred pounds", "bill"),
    ("We talked about Christmas (her mum's favourite time).", "Christmas"),
    ("Sertraline (her GP increased it) helps a little.", "Sertraline"),
    ("Work - her boss, mostly - is the problem.", "Work"),
    ("Friday (the dog's vet day) was hard.", "Friday"),
    ("her brother really wants a flat of his own", "really"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_named_by_relation_is_a_person(text: str, name: str) -> None:
    """A name beside its relation, or a short form before a person's verb, is a person."""
    assert (name, "person") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_adverbs_and_things_beside_relations_are_kept(text: str, word: str) -> None:
    """An adverb, a noun, a medicine or a day beside a relation is not a person."""
    assert (word, "person") not in replaced(text), replaced(text)


PATHOLOGICAL = {
    "between": "his cousin yaw wants " * 500,
    "apposed": "Grace - her sister - " * 500,
    "openers": "and pat said " * 800,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of a relation rule's own pathological shape is redacted in under half a second."""
    text = PATHOLOGICAL[name][:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS


LETTERS = [
    ("loss of a patient (baby K) on the unit last week", "K"),
    ("her son B started nursery in September", "B"),
]

LETTERS_LEFT = [
    ("her friend I guess was right", "I"),
    ("school psychologist\n\nD: Risa says it is fine", "D"),
    ("SRS-2 (parent T=71, teacher T=68) both high", "T"),
]


@pytest.mark.parametrize(("text", "letter"), LETTERS)
def test_letter_after_relation_is_a_person(text: str, letter: str) -> None:
    """One capital letter after a relation stands for a person."""
    assert (letter, "person") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "letter"), LETTERS_LEFT)
def test_grade_or_section_letter_is_no_person(text: str, letter: str) -> None:
    """A grade ('A levels') or a note's section letter on the next line is no person."""
    assert (letter, "person") not in replaced(text), replaced(text)
