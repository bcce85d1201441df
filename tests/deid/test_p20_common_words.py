"""Round 20 (p20): Spanish words, languages and everyday words the context layer took for names.

A Spanish or Portuguese pronoun or common word that the given-name lists hold ("ella",
"nada", "Su", "Tú") is no name within three words of a Spanish function word; names beside
such words are still replaced. A language or people's name a cue once took for a person
("Mr. Nepali") is not echoed at its other mentions ("a Nepali leaflet"), unless it is also
a given name ("Shona"). An everyday word SCOWL's list lacks is no place, organisation or
person after "in", "at", "to", "with" ("in resus", "at shul", "to daycare"); an unknown
town, a name and a shop there are still replaced. A continent or the last word of a
country's name ("in Korea", "to Europe") is no place after a preposition: countries are
never replaced. Sentences here are new, not the corpus's.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import (
    LINEAR_SECONDS,
    redact_and_check_seconds,
    replaced_words,
    replacements,
)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('Her mother said: "Ella se levanta a las cinco."', "Ella"),
        ('He kept saying "por nada, por nada" and then laughed.', "nada"),
        ('"Su casa es la mía," he said at the door.', "Su"),
        ('She told him in Spanish, "Tú no sabes lo que es."', "Tú"),
        ('Grandma: "sin trabajo, sin casa, sin nada."', "nada"),
        ('"ELA NÃO QUER VOLTAR," the aunt wrote in the chat.', "ELA"),
        ('Mom repeated "ella es muy fuerte" twice.', "ella"),
    ],
)
def test_a_spanish_word_is_no_name(text: str, word: str) -> None:
    assert word not in " ".join(replaced_words(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Her daughter Ella started nursery on Monday.", "Ella"),
        ("Ella rang to move the appointment.", "Ella"),
        ("Mom Ella invited the whole family over.", "Ella"),
        ("Seen with her aunt Alma de la Cruz today.", "Alma"),
        ("Ella moved to LA with her father in the spring.", "Ella"),
        ("Her friend Mira drove her to the clinic.", "Mira"),
        ("Her sister Ella (7 y/o) was there too.", "Ella"),
    ],
)
def test_a_name_beside_such_words_is_still_replaced(text: str, word: str) -> None:
    assert word in " ".join(replaced_words(text))


def test_spanish_words_stay_linear() -> None:
    engine = Deidentifier([])
    text = ("ella que nada su de la hoy tú Ella Alma de la " * 300)[:10_000]
    assert redact_and_check_seconds(engine, text, "warm up ella que nada") < LINEAR_SECONDS


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Interpreter today was Mr. Nepali. She asked for a Nepali leaflet too.", "Nepali leaflet"),
        ("Seen with her aunt Somali. The Somali community centre helps her.", "Somali community"),
        ("Dad Dari rang at noon. The Dari interpreter is booked for Friday.", "Dari interpreter"),
    ],
)
def test_a_language_found_once_as_a_name_is_not_echoed(text: str, second: str) -> None:
    at = text.index(second)
    spans = [(r.start, r.end) for r in replacements(text)]
    assert not any(start <= at < end for start, end in spans)


def test_a_given_name_that_is_a_people_is_still_echoed() -> None:
    text = "Her sister Shona rang on Sunday. Shona says the kids are fine."
    at = text.index("Shona says")
    assert any(r.start <= at < r.end for r in replacements(text))


def test_language_echoes_stay_linear() -> None:
    engine = Deidentifier([])
    text = "Seen by Mr. Nepali. " + ("the Nepali leaflet, Nepali again; " * 400)[:10_000]
    assert redact_and_check_seconds(engine, text, "warm up Mr. Nepali") < LINEAR_SECONDS


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("her husband is learning in kollel most mornings now", "kollel"),
        ("she was in resus for an hour before the transfer", "resus"),
        ("the boy goes to daycare at eight, dad collects", "daycare"),
        ("he prays at shul on friday evenings with his uncle", "shul"),
        ("she was robbed at knifepoint near the station", "knifepoint"),
        ("the plan is to work with physio on the stairs", "physio"),
    ],
)
def test_an_everyday_word_after_a_preposition_is_left(text: str, word: str) -> None:
    assert word not in " ".join(replaced_words(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("she grew up in glenbrackie and moved away at school age", "glenbrackie"),
        ("she talks to tamsin most nights", "tamsin"),
        ("he works at asda on the night shift", "asda"),
    ],
)
def test_an_unknown_town_a_name_or_a_shop_is_still_replaced(text: str, word: str) -> None:
    assert word in " ".join(replaced_words(text))


def test_everyday_words_stay_linear() -> None:
    engine = Deidentifier([])
    text = ("in resus, at shul, to daycare with physio in kollel; " * 300)[:10_000]
    assert redact_and_check_seconds(engine, text, "warm up in resus") < LINEAR_SECONDS


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('He said "in Korea we never talk about it" and laughed.', "Korea"),
        ("She taught for ten years in Congo before the war.", "Congo"),
        ("He wants to take the van to Europe in the summer.", "Europe"),
        ('"In Soviet times we did not go to doctors," she said.', "Soviet"),
    ],
)
def test_a_continent_or_a_country_word_after_a_preposition_is_left(text: str, word: str) -> None:
    assert word not in " ".join(replaced_words(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She grew up in Pittodrie by the sea.", "Pittodrie"),
        ("Her cousin lives in El Paso now.", "Paso"),
    ],
)
def test_a_town_after_a_preposition_is_still_replaced(text: str, word: str) -> None:
    assert word in " ".join(replaced_words(text))


def test_country_words_stay_linear() -> None:
    engine = Deidentifier([])
    text = ("in Korea, to Europe, from Congo, in Pittodrie; " * 300)[:10_000]
    assert redact_and_check_seconds(engine, text, "warm up in Korea") < LINEAR_SECONDS
