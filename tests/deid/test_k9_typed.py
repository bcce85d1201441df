"""Round 9 (k9): a known name autocorrected into an English word, in a note that says
autocorrect was at work; sentences of our own, and near misses."""

from __future__ import annotations

import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from notes_vault.deid.check import Checker

SUBJECT = KnownSubject(
    role="CLIENT", name="Hazel Whitlock", linked=(LinkedPerson("Martin Okafor", "partner"),)
)


def _engine() -> Deidentifier:
    return Deidentifier([SUBJECT], rng=random.Random(0))


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("Phone note, sorry for autocorrect. Hazed came in calm today.", "Hazed"),
        ("typed on my phone (predictive text!). Hazed is calmer. Martian rang.", "Martian"),
        ("Hazel seen. Auto-correct keeps making him Marlin, sorry.", "Marlin"),
    ],
)
def test_a_name_autocorrected_into_a_word_is_replaced(text: str, typed: str) -> None:
    """The English word autocorrect left for a known name is replaced, and the final
    check finds it on its own."""
    engine = _engine()
    result = engine.redact(text)
    assert typed not in result.text, result.text
    assert engine.leaks(result.text) == []
    leaks = Checker([SUBJECT]).leaks(text)
    assert any(leak.start <= text.index(typed) < leak.end for leak in leaks), leaks


@pytest.mark.parametrize(
    "text",
    [
        "Hazard lights on in the car park; Martian films are her thing.",  # no autocorrect
        "Sorry for autocorrect. Hazy day, Marching band practice.",  # too far from a part
        "Sorry for autocorrect. Mark closed, Hale outside.",  # letters out of order
        "Sorry for autocorrect. the hazard was mentioned in lower case.",  # no capital
    ],
)
def test_near_misses_stay(text: str) -> None:
    """Near miss: no word of autocorrect in the note, a word too far off, or a word
    written in lower case stays and is not refused."""
    engine = _engine()
    result = engine.redact(text)
    assert "[CLIENT]" not in result.text, result.text
    assert "[PARTNER]" not in result.text, result.text
    assert engine.leaks(text) == []
