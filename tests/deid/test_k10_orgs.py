"""Round 10 (k10): short forms of a known organisation its name does not spell out (a
school named after a person by the surname, a US state's code, a campus's acronym);
sentences of our own, and near misses."""

from __future__ import annotations

import datetime
import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from notes_vault.deid.check import Checker
from notes_vault.deid.forms import acronyms, looks_like_org, org_forms

TODAY = datetime.date(2026, 12, 5)
SUBJECT = KnownSubject(
    role="CLIENT",
    name="Dana Whitcombe",
    linked=(
        LinkedPerson("Frederick Douglass High School", "school"),
        LinkedPerson("Oregon Medicaid", "other"),
        LinkedPerson("UW-Green Bay", "employer"),
        LinkedPerson("SU Syracuse", "school"),
    ),
)


def _engine() -> Deidentifier:
    return Deidentifier([SUBJECT], rng=random.Random(0), today=TODAY)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Senior at Douglass HS, plays in the band.", "Douglass HS"),
        ("Counsellor at Douglass High called about attendance.", "Douglass High"),
        ("Claim sent to OR Medicaid on the 3rd.", "OR Medicaid"),
        ("Works nights in facilities at uwgb (janitorial).", "uwgb"),
        ("Sophomore at SU (engineering), lives on campus.", "SU"),
    ],
)
def test_short_forms_are_replaced(text: str, form: str) -> None:
    """Each short form is replaced whole and the check passes the output."""
    engine = _engine()
    result = engine.redact(text)
    start = text.index(form)
    spans = [(r.start, r.end) for r in result.replacements]
    for i in range(start, start + len(form)):
        if text[i].isalnum():
            assert any(s <= i < e for s, e in spans), result.text
    assert engine.leaks(result.text) == []


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Senior at Douglass HS, plays in the band.", "Douglass HS"),
        ("Claim sent to OR Medicaid on the 3rd.", "OR Medicaid"),
        ("Works nights at uwgb.", "uwgb"),
    ],
)
def test_the_check_reads_them(text: str, form: str) -> None:
    """The final check, on its own, reports each short form."""
    leaks = Checker([SUBJECT], today=TODAY).leaks(text)
    start = text.index(form)
    assert any(leak.start <= start < leak.end for leak in leaks), leaks


def test_the_forms() -> None:
    """The forms themselves, and the ones that must not be made."""
    assert "Douglass HS" in org_forms("Frederick Douglass High School")
    assert "OR Medicaid" in org_forms("Oregon Medicaid")
    assert "uwgb" in acronyms("UW-Green Bay")
    assert looks_like_org("Oregon Medicaid")
    assert not looks_like_org("Georgia Whitcombe")  # a state's name is a given name too
    assert "va" not in acronyms("VA Boston Healthcare System")  # an abbreviation of its own
    assert "School HS" not in org_forms("Park Lane School")  # no person's name first
    assert not any(f.startswith("High") for f in org_forms("Frederick Douglass High School"))


@pytest.mark.parametrize(
    "text",
    [
        "The HS team won again.",  # the kind alone names no school
        "Plan: or more sessions if needed.",  # "or" is a word
    ],
)
def test_near_misses_stay(text: str) -> None:
    """Near miss: ordinary words that share letters stay, and the check passes."""
    engine = _engine()
    result = engine.redact(text)
    assert result.text == text, result.text
    assert engine.leaks(result.text) == []


SCHOOL = KnownSubject(
    role="CLIENT", name="Dana Whitcombe", linked=(LinkedPerson("North High School", "school"),)
)


@pytest.mark.parametrize(
    "text",
    [
        "DW, gr 10, North\nSeen for anxiety.",
        "Sophomore at North, on the swim team.",
        "She attends North and likes art.",
        "Year 11 @ North - exams soon.",
    ],
)
def test_a_schools_one_word_where_a_school_stands(text: str) -> None:
    """A known school's one word before its kind ("North" of North High School) after a
    grade, a year or a student's word is replaced, and the check reads it alone."""
    engine = Deidentifier([SCHOOL], rng=random.Random(0), today=TODAY)
    result = engine.redact(text)
    assert "North" not in result.text, result.text
    assert engine.leaks(result.text) == []
    leaks = Checker([SCHOOL], today=TODAY).leaks(text)
    assert any(leak.start == text.index("North") for leak in leaks), leaks


@pytest.mark.parametrize(
    "text",
    [
        "They moved up North last year.",  # no school's cue
        "Sophomore at North Face outlet, part time.",  # another capitalised word after
        "Grade 2 north of the river.",  # lower case
    ],
)
def test_the_word_elsewhere_stays(text: str) -> None:
    """Near miss: the word with no school's cue, or as part of another name, is not read
    as the school by the final check (another layer may still take "North Face")."""
    start = text.lower().index("north")
    leaks = Checker([SCHOOL], today=TODAY).leaks(text)
    assert not any(leak.start <= start < leak.end for leak in leaks), leaks
