"""Issue 13, round 14 (u14): a given name that is a month ("Jan", "June", "April") is a person
alone in brackets after a relation or role ("mum (Jan)", "school nurse (Jan)") or before a
bracket naming one ("June (his late wife)", "Jan (front desk)") (person_month_names.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.person_month_names import find_month_names
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements

_RULE = "a month's name"

FOUND = [
    ("His aunt (June) rings every Sunday from Hull.", "June"),
    ("Seen with the practice nurse (Jan) for the dressing.", "Jan"),
    ("April (her older sister) came to the session today.", "April"),
    ("Messages go through Jan (reception) until the new system is in.", "Jan"),
    ("He still sets a place for May (his late wife) at Christmas.", "May"),
]

LEFT = [
    "Exam stress is building before the mocks (Jan).",
    "Progress since the last review (June): no admissions.",
    "Her baby is due in April (the 22nd) and she is scared.",
    "We will meet weekly until May (dad works late on Fridays).",
    "Jan (2 weeks off) then back to the normal slot.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_month_name_in_its_bracket_is_a_person(text: str, name: str) -> None:
    """The name is replaced as a person, and this rule finds it."""
    at = text.index(name)
    hits = [r for r in replacements(text) if r.start <= at < r.end]
    assert hits, [(text[r.start : r.end], r.reason) for r in replacements(text)]
    assert hits[0].category == "person"
    spans = find_month_names(text, tokenize(text))
    assert any(text[s.start : s.end] == name and _RULE in s.reason for s in spans), spans


@pytest.mark.parametrize("text", LEFT)
def test_the_month_is_left_to_the_dates(text: str) -> None:
    """A month in brackets after no relation or role is not taken as a person."""
    assert find_month_names(text, tokenize(text)) == []
    assert not [r for r in replacements(text) if _RULE in r.reason]


def test_explain_names_the_cue() -> None:
    """The reason quotes the relation word before the bracket."""
    text = "Her mum (June) drove her in."
    reasons = [r.reason for r in replacements(text) if text[r.start : r.end] == "June"]
    assert reasons == ["context: a month's name in brackets after 'mum' (a person)"]


def test_pathological_input_is_fast() -> None:
    """10 KB of months, brackets and relation words is redacted in under 0.5 s."""
    unit = "mum (Jan) June (his late wife) (May) April ( Jan (front "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
