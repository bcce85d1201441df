"""Round 13 (k13): a known organisation called by its first word and its head ("Pinellas
schools" of Pinellas County Public Schools) or by its head's other name ("Dyfed police" of
Dyfed Constabulary); sentences of our own, near misses and a 10 KB input."""

from __future__ import annotations

import datetime
import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from notes_vault.deid.check import Checker
from notes_vault.deid.forms_heads import head_forms
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds

TODAY = datetime.date(2026, 12, 5)


def _subject(employer: str) -> KnownSubject:
    return KnownSubject(
        role="CLIENT", name="Odalys Ferrante", linked=(LinkedPerson(employer, "employer"),)
    )


FOUND = [
    ("Pinellas County Public Schools", "Drives a bus for pinellas schools.", "pinellas schools"),
    ("Dyfed Constabulary", "Twelve years in Dyfed police, now on the desk.", "Dyfed police"),
    ("Galveston Regional Hospital", "Nights at Galveston hospital again.", "Galveston hospital"),
]  # fmt: skip


@pytest.mark.parametrize(("employer", "text", "form"), FOUND)
def test_a_head_form_is_replaced_and_checked(employer: str, text: str, form: str) -> None:
    """The form is replaced, and the final check finds it in the raw text on its own."""
    subject = _subject(employer)
    engine = Deidentifier([subject], rng=random.Random(0), today=TODAY)
    result = engine.redact(text)
    assert form not in result.text, result.text
    assert engine.leaks(result.text) == []
    at = text.index(form)
    leaks = Checker([subject], today=TODAY).leaks(text)
    assert any(leak.start <= at < leak.end for leak in leaks), leaks


@pytest.mark.parametrize(
    "name",
    ["Greater Manchester Police", "North Valley Schools", "Bank of England", "Oak University"],
)
def test_a_generic_or_english_first_word_gives_no_head_form(name: str) -> None:
    """ "greater police", "north schools", "oak university": no form."""
    assert head_forms(name) == frozenset()


def test_head_forms_are_linear() -> None:
    """10 KB of heads after the first word is redacted and checked in under half a second."""
    text = "pinellas schools pinellas police Pinellas Schools schools " * 170
    seconds = redact_and_check_seconds(
        Deidentifier([_subject("Pinellas County Public Schools")]), text, "warm-up schools"
    )
    assert seconds < LINEAR_SECONDS
