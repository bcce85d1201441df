"""Round 21 (p21): a linked body's generic words ("Church", "Hospital", "Health", "Court").

A GP or linked "other" named like a body is indexed as a person too; its kind, read as a
name part, was replaced wherever a note said it in lower case ("went back to church",
"perinatal mental health"). It is now found alone only capitalised (the replacer), and the
final check reads it as it reads an organisation's generic words (`forms_bodies`).
"""

from __future__ import annotations

import pytest

from notes_vault.deid import KnownSubject, LinkedPerson
from notes_vault.deid.check import Checker
from notes_vault.deid.forms_bodies import body_words
from tests.deid.helpers import KNOWN_TODAY, LINEAR_SECONDS, known_engine, redact_and_check_seconds


def _linked(name: str, relation: str = "other") -> KnownSubject:
    return KnownSubject(
        role="CLIENT",
        name="Orla Quigley",
        dob=KNOWN_TODAY.replace(year=1977),
        linked=(LinkedPerson(name=name, relation=relation),),
    )


@pytest.mark.parametrize(
    ("body", "relation", "text", "word"),
    [
        ("Ballymena Free Church", "other", "She stopped going to church in the spring.", "church"),
        ("Kilrea Road Health Centre", "gp", "Referred on to perinatal mental health.", "health"),
        ("Altnagelvin Hospital", "other", "Flashbacks when she passes a hospital.", "hospital"),
        ("Coleraine Family Drug Court", "other", "Worried the court will say no.", "court"),
    ],
)
def test_a_bodys_kind_in_lower_case_stays(body: str, relation: str, text: str, word: str) -> None:
    engine = known_engine(_linked(body, relation))
    result = engine.redact(text)
    assert f" {word}" in result.text, result.text
    assert engine.leaks(result.text) == []


def test_the_whole_name_and_its_own_words_are_still_replaced() -> None:
    engine = known_engine(_linked("Ballymena Free Church"))
    text = "Sundays at Ballymena Free Church; the Ballymena minister phoned."
    result = engine.redact(text)
    assert "Ballymena" not in result.text, result.text
    assert "Free Church" not in result.text, result.text
    assert engine.leaks(result.text) == []


def test_a_bodys_kind_capitalised_alone_is_still_its_short_name() -> None:
    engine = known_engine(_linked("Portrush Seamen's Mission"))
    result = engine.redact("The Mission manager checks on him daily.")
    assert "Mission" not in result.text, result.text
    assert engine.leaks(result.text) == []


def test_the_check_still_finds_the_whole_name() -> None:
    subject = _linked("Kilrea Road Health Centre", "gp")
    leaks = Checker([subject], today=KNOWN_TODAY).leaks("Seen at Kilrea Road Health Centre.")
    assert leaks, "the check must still find the body's whole name"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Sarah Church", "Rang Sarah about the rota; church later."),
        ("Mary Ellen Hall", "Mrs Hall rang; the hall was booked."),
    ],
)
def test_a_person_named_with_a_generic_word_keeps_it(name: str, text: str) -> None:
    engine = known_engine(_linked(name))
    result = engine.redact(text)
    surname = name.rsplit(maxsplit=1)[-1]
    assert surname not in result.text, result.text
    assert surname.lower() not in result.text, result.text  # any case, as any person's name
    assert engine.leaks(result.text) == []


@pytest.mark.parametrize(
    ("name", "relation", "words"),
    [
        ("Ballymena Free Church", "other", {"Church"}),
        ("Kilrea Road Health Centre", "gp", {"Health", "Centre"}),
        ("Hospital Damas", "other", set()),  # a first word is never a kind
        ("Grace Hall", "other", set()),  # a given name and a surname: a person, maybe
        ("Antrim Area Hospital", "employer", set()),  # an employer is no person
        ("Dr Ruth Carey", "gp", set()),
    ],
)
def test_body_words(name: str, relation: str, words: set[str]) -> None:
    assert body_words(name, relation) == frozenset(words)


def test_linear_time() -> None:
    engine = known_engine(_linked("Ballymena Free Church"))
    text = ("church Church hospital Health court " * 300)[:10_000]
    assert redact_and_check_seconds(engine, text, "warm church up") < LINEAR_SECONDS
