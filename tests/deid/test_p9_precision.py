"""Issue 13, round 8 (p9): Twelve-Step family groups are no person, titles of rank and
office read as titles ("the Ven.", "Dra.", "DS", "OSG", "PCSO"), and a language's name that
is a given name is a person right after a relation (person_not.py, person_words.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from tests.deid.helpers import replaced

KEPT = [
    ("She goes to Al-Anon on Tuesdays at the church hall.", "Al"),
    ("Nar-Anon leaflet given; she will think about it.", "Nar"),
    ("Gave him the Gam-Anon number for his wife.", "Anon"),
    ("The Ven. Ruth Pellow wrote to the parish.", "Ven"),
    ("Consulta con la Dra. Fabiola Ibarra.", "Dra"),
    ("Seen with PCSO Llewellyn at the door.", "PCSO"),
]

PEOPLE = [
    ("Her uncle Al still rings every Sunday.", "Al"),
    ("The Ven. Ruth Pellow wrote to the parish.", "Ruth Pellow"),
    ("Consulta con la Dra. Fabiola Ibarra.", "Fabiola Ibarra"),
    ("Found on the landing by OSG Turvey at 03:10.", "Turvey"),
    ("Statement taken by DS Okunola this morning.", "Okunola"),
    ("North Wales Police PCSO Llewellyn visited.", "Llewellyn"),
    ("Her ex Shona moved out in March.", "Shona"),
]

LANGUAGES = [
    ("Her mum speaks Shona at home.", "Shona"),
    ("Interpreter booked for Tamil.", "Tamil"),
]


@pytest.mark.parametrize(("text", "word"), LANGUAGES)
def test_languages_alone_are_not_people(text: str, word: str) -> None:
    """A language's name that is also a given name, with no relation before it, is not
    replaced as a person."""
    assert not any(word in part and kind == "person" for part, kind in replaced(text)), replaced(
        text
    )


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_groups_and_titles_are_not_people(text: str, word: str) -> None:
    """A Twelve-Step family group's name and a title of rank or office are not replaced as a
    person."""
    assert not any(
        part.split()[0].strip("-") == word and kind == "person" for part, kind in replaced(text)
    ), replaced(text)


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_names_after_titles_and_a_given_name_stay_people(text: str, name: str) -> None:
    """A name after such a title, and "Al" as someone's name, are replaced as a person."""
    assert any(name in part and kind == "person" for part, kind in replaced(text)), replaced(text)
