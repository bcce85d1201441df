"""Round 9 (k9): smaller written forms read on dev notes, each with sentences of our
own and near misses: a house number said before its street, "mr k" in lower case,
initials with stops in an OCR'd scan ("S.0."); a respect suffix after a name ("-ji")
stays readable, as round 3 decided (`test_k12b_third_batch.py`)."""

from __future__ import annotations

import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject
from notes_vault.deid.check import Checker

SUBJECT = KnownSubject(
    role="CLIENT",
    name="Gurpreet Osei",
    aliases=("Mr O", "Preet"),
    address="Flat 3B, 27 Lauriston Gardens, Glasgow",
)


def _engine() -> Deidentifier:
    return Deidentifier([SUBJECT], rng=random.Random(0))


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("address flat three B twenty seven lauriston gardens full stop", "twenty seven"),
        ("lives at three B, twenty seven Lauriston Gardens with his sister", "three B"),
        ("phone-typed: mr o came in early, tired", "mr o"),
        ("Signed for by G.0. on the day.", "G.0."),
    ],
)
def test_the_form_is_replaced(text: str, left: str) -> None:
    """Each form is replaced and the output passes the check."""
    engine = _engine()
    result = engine.redact(text)
    assert left not in result.text, result.text
    assert engine.leaks(result.text) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("address flat three B twenty seven [ADDRESS] full stop", "flat three B twenty seven"),
        ("phone-typed: mr o came in early", "o came"),
        ("Signed for by G.0. on the day.", "G.0."),
    ],
)
def test_the_check_finds_the_form(text: str, said: str) -> None:
    """The final check finds each form on its own (the street already a tag)."""
    leaks = Checker([SUBJECT]).leaks(text, tags={"[ADDRESS]"})
    start = text.index(said)
    assert any(leak.start <= start < leak.end for leak in leaks), leaks


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("we walked twenty seven minutes to Lauriston Gardens", "twenty seven minutes"),
        ("three cats at twenty eight Lauriston Gardens", "twenty eight"),
        ("dr a and mr b came; it was a lot", "mr b"),
        # k12b kept the respect suffix; since round 16 (k16) it goes with the name.
        ("Preet-ji (his aunt's name for him) was quieter.", "(his aunt's name for him)"),
        ("Version 5.0. shipped; the grades were A.0. and B.0.", "A.0. and B.0."),
    ],
)
def test_near_misses_stay(text: str, kept: str) -> None:
    """Near miss: a number that is not the head, letters of no known person, the words
    after a name with a respect suffix: kept, and not refused."""
    engine = _engine()
    result = engine.redact(text)
    assert kept in result.text, result.text
    assert engine.leaks(result.text) == []
