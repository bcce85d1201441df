"""Issue 13, round 11 (u11): British short forms of given names (person_uk_names.py) and
British care words that name no one (person_uk_words.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced

SHORT = [
    ("Restrained safely by Mo (HCA) and the charge nurse.", "Mo"),
    ("He sat with Mo in the garden after tea.", "Mo"),
    ("There was a rota change and Mo from pharmacy covered.", "Mo"),
    ("The letter from Rab arrived late.", "Rab"),
]

KEPT_SHORT = [
    "Panic attacks x 4 mo, worse since the move.",
    "Follow-up in 3 mo with bloods.",
    "Spends about 200 a mo on scratchcards.",
]


@pytest.mark.parametrize(("text", "name"), SHORT)
def test_a_british_short_name_is_a_person(text: str, name: str) -> None:
    """A British short form of a given name is found as a person."""
    assert (name, "person") in replaced(text), replaced(text)


@pytest.mark.parametrize("text", KEPT_SHORT)
def test_months_written_mo_stay(text: str) -> None:
    """'mo' for months, in lower case after a number, is no name."""
    assert not [part for part, kind in replaced(text) if kind == "person"], replaced(text)


NO_NAMES = [
    ("Referred by the school's Head of Wellbeing after the incident.", "Wellbeing"),
    ("Student Counselling & Wellbeing offered six sessions.", "Wellbeing"),
    ("His name is spelt differently on EMIS and on the letter.", "EMIS"),
    ("She thinks the Datix about her was unfair.", "Datix"),
    ("Seen at the bedside, Ward 7, with his daughter.", "Ward"),
    ("Transferred to Ward B4 overnight.", "Ward"),
    ("Security rang the Uni's out-of-hours line.", "Uni"),
    ("She was caught in the Windrush compensation scheme.", "Windrush"),
    ("Dr Ruth Kemp, Clinical Psychologist, Older Adults CMHT", "Older"),
    ("Issue brought: Biji runs the kitchen and the children.", "Biji"),
]


@pytest.mark.parametrize(("text", "word"), NO_NAMES)
def test_british_care_words_name_no_one(text: str, word: str) -> None:
    """Wellbeing, record systems, the university and a numbered ward are no person."""
    found = replaced(text)
    assert not [part for part, kind in found if word in part and kind == "person"], found
    assert not [part for part, kind in found if kind == "age"], found


@pytest.mark.parametrize(
    ("text", "name"),
    [("Her best mate Jess Ward moved away.", "Ward"), ("Mr Ward said he would come.", "Ward")],
)
def test_ward_as_a_surname_is_still_replaced(text: str, name: str) -> None:
    """'Ward' as a surname is still replaced."""
    assert [part for part, _ in replaced(text) if name in part], replaced(text)


def test_pathological_input_is_fast() -> None:
    """10 KB of short names, care words and wards is redacted in under 0.5 s."""
    unit = "Mo Gaz Wellbeing EMIS Ward 7 Ward B4 Uni Datix 3 mo "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS


HEADINGS = [
    ("Updates\nPsychology view (DM): settling on the ward.", "DM"),
    ("3. Counselling (RE): four sessions so far, engaging well.", "RE"),
    ("School update (KP): attendance 74% this half-term.", "KP"),
]

NOT_HEADINGS = [
    "Hospital no (BRI): K0448213",
    "UDS today (POC): bup +, fentanyl NEG",
    "Date of injury (CT): 3/2/2026",
    "We discussed psychology (CBT): she prefers groups.",
]


@pytest.mark.parametrize(("text", "initials"), HEADINGS)
def test_initials_after_a_service_heading_are_a_person(text: str, initials: str) -> None:
    """Capitals in brackets between a service heading its line and a colon are initials."""
    assert (initials, "person") in replaced(text), replaced(text)


@pytest.mark.parametrize("text", NOT_HEADINGS)
def test_labels_of_things_are_no_initials(text: str) -> None:
    """Capitals in brackets after a label that is no service, or mid-line, are no person."""
    assert not [part for part, kind in replaced(text) if kind == "person"], replaced(text)


def test_heading_input_is_fast() -> None:
    """10 KB of service headings with bracketed capitals is redacted in under 0.5 s."""
    unit = "\nPsychology view (CB): x\nSchool (SQ) "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
