"""Round 20 (p20): Spanish words the context layer took for names.

A Spanish or Portuguese pronoun or common word that the given-name lists hold ("ella",
"nada", "Su", "Tú") is no name within three words of a Spanish function word; names beside
such words are still replaced. Sentences here are new, not the corpus's.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import (
    LINEAR_SECONDS,
    redact_and_check_seconds,
    replaced_words,
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
