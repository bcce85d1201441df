"""Round 20 (lead): words the known-identifier layer replaced that name nobody.

A title before a known name stays outside the replacement.

A known name widened to the capitalised words around it took in the title before it ("We
act for Mrs Hughes" became "We act for [CLIENT]", "GP Dr Pascoe" became "GP [GP]"), where
a name the vault does not know keeps it ("Mrs [PERSON 2]"). Writers put titles outside a
name, and a title says no more than the note's pronouns: it stays. The name itself is
still replaced whole and the final check passes.

"The" of a linked body indexed also as a person ("The Brink", relation "other") was that
person's first name in any case: every "the" in the client's notes was replaced. Neither
layer reads it alone now; the name whole and its distinctive words still are. In the same
way a house named "The Vicarage" or "The Old Rectory" gave "The" and "The Old" as the
client's street. Each sentence here is new.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import KnownSubject, LinkedPerson
from tests.deid.helpers import KNOWN_TODAY, client_born, known_engine

_CLIENT = client_born("Gareth Hughes", "1971-03-02")
_WITH_GP = KnownSubject(
    role="CLIENT",
    name="Nia Pryce",
    dob=KNOWN_TODAY.replace(year=1990),
    linked=(LinkedPerson(name="Dr Ann Pascoe", relation="gp"),),
)


@pytest.mark.parametrize(
    ("subject", "text", "title", "name"),
    [
        (_CLIENT, "We act for Mrs Hughes in the above matter.", "Mrs", "Hughes"),
        (_CLIENT, "I have seen Mr Gareth Hughes weekly since May.", "Mr", "Gareth Hughes"),
        (_CLIENT, "Letter copied to Ms Hughes at home.", "Ms", "Hughes"),
        (_CLIENT, "handover: Pt Hughes settled overnight.", "Pt", "Hughes"),
        (_WITH_GP, "Rang GP Dr Pascoe re bloods.", "Dr", "Pascoe"),
    ],
)
def test_a_title_before_a_known_name_stays(
    subject: KnownSubject, text: str, title: str, name: str
) -> None:
    engine = known_engine(subject)
    result = engine.redact(text)
    assert f"{title} [" in result.text, result.text
    assert name not in result.text, result.text
    assert engine.leaks(result.text) == []


def test_a_name_after_its_title_is_still_replaced_whole() -> None:
    engine = known_engine(_CLIENT)
    result = engine.redact("Seen with Mrs Hughes Cougars coach.")
    assert "Cougars" not in result.text, result.text
    assert "Mrs [" in result.text, result.text


def _linked(name: str, relation: str) -> KnownSubject:
    return KnownSubject(
        role="CLIENT",
        name="Kenny Boyd",
        dob=KNOWN_TODAY.replace(year=1980),
        linked=(LinkedPerson(name=name, relation=relation),),
    )


def test_the_of_a_linked_body_is_no_first_name() -> None:
    engine = known_engine(_linked("The Brink", "other"))
    text = "Volunteers at the Brink on the tills; the grandchildren visit."
    result = engine.redact(text)
    assert result.text.count("the ") == 2, result.text  # "on the tills", "the grandchildren"
    assert "Brink" not in result.text, result.text
    assert engine.leaks(result.text) == []


def test_a_two_word_linked_name_keeps_its_surname() -> None:
    engine = known_engine(_linked("Sarah Church", "other"))
    result = engine.redact("Rang Mrs Church about the rota.")
    assert "Church" not in result.text, result.text
    assert engine.leaks(result.text) == []


def _housed(address: str) -> KnownSubject:
    return KnownSubject(
        role="CLIENT", name="Pip Ashdown", dob=KNOWN_TODAY.replace(year=1966), address=address
    )


@pytest.mark.parametrize(
    "address", ["The Vicarage, Church Lane, Tealby", "The Old Rectory, Mill Street, Holt"]
)
def test_the_of_a_house_name_is_no_street(address: str) -> None:
    engine = known_engine(_housed(address))
    text = "She lay on the vestry floor; the old roof leaks. The parish rang."
    result = engine.redact(text)
    assert result.text == text, result.text
    assert engine.leaks(result.text) == []


def test_a_house_name_is_still_the_clients_address() -> None:
    engine = known_engine(_housed("The Vicarage, Church Lane, Tealby"))
    result = engine.redact("Visited her at the Vicarage in Tealby.")
    assert "Vicarage" not in result.text, result.text
    assert "Tealby" not in result.text, result.text
    assert engine.leaks(result.text) == []
