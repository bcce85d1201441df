"""Issue 13, round 12 (c12): initials spelled out beside an organisation's name
(org_acronyms.py) and hospitals in a list of admissions (org_admissions.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

ACRONYMS = [
    ("She joined the Tri-Valley Refugee Women Alliance (TVRWA) last spring.", "TVRWA", "Tri"),
    ("Went to Northside Youth and Family Services (NYFS) for the intake.", "NYFS", "Youth"),
    ("Linked with MCOA (Marion County Office on Aging) for meals.", "MCOA", "Marion"),
    ("Referred to Delta Hmong Community Center (DHCC). DHCC will call.", "DHCC will", "Delta"),
]

HOSPITALS = [
    ("Two admissions (Brookhaven 3/2025, Larkmoor 11/2025), both for mania.", "Larkmoor"),
    ("Prior psych hospitalizations: Ridgecrest 2019; Valcourt 2/14/24.", "Valcourt"),
    ("Inpatient stays — Havenbrook Sept 2022 and QMHC 6/2023.", "QMHC"),
]

KEPT = [
    "Started Intensive Outpatient Program (IOP) today and likes it.",
    "Began Cognitive Processing Therapy (CPT) with good effect.",
    "SSA (Service & Support Administration) quarterly note.",
    "Admitted March 2025; ED 1/2026 visit, seen by Dr. Abara 1/2026.",
    "Restarted on Lexapro 2019 per records, no admissions since.",
    "He was Senior Class President (SCP) and liked it.",
]


@pytest.mark.parametrize(("text", "part", "name"), ACRONYMS)
def test_spelled_initials_are_an_organisation(text: str, part: str, name: str) -> None:
    """Initials in brackets that spell a name with an organisation's head, the name, and
    the initials' later mentions are replaced."""
    assert covers(text, part)
    assert covers(text, name)


@pytest.mark.parametrize(("text", "part"), HOSPITALS)
def test_hospitals_before_their_dates_are_replaced(text: str, part: str) -> None:
    """A name opening an item of an admissions list, before its date, is replaced."""
    assert covers(text, part)


@pytest.mark.parametrize("text", KEPT)
def test_therapies_roles_drugs_and_titles_stay(text: str) -> None:
    """Shorthand, a therapy, a role, a drug, a month and a title are no organisation for
    these two rules (the learned layer may still judge a capitalised word)."""
    found = [r for r in replacements(text) if "initials" in r.reason or "admissions" in r.reason]
    assert not found, found


def test_pathological_input_is_fast() -> None:
    """10 KB of bracketed capitals and admissions dates is redacted in under half a second."""
    unit = "Admissions (Aa Bb Cc Dd (ABCD) Ee 1/2026, Ff 2019; A B C D E F G H I J K L (AB) "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS


US_SHORTHAND_LINES = [
    "Plan: phase-oriented CPTSD work; TFMR grief group info given.",
    "Dissociation (CADSS) 14 at 40 min; ESS 11 today.",
    "SBHC visit: seen after lunch; MCT f/u call tomorrow.",
]


@pytest.mark.parametrize("text", US_SHORTHAND_LINES)
def test_us_clinical_shorthand_is_no_organisation(text: str) -> None:
    """US clinical, school and justice shorthand (us_shorthand_more.py) is no organisation."""
    assert not [r for r in replacements(text) if r.category == "organisation"]


LOUD_NAMES = [
    ("PT ASKS CAN WE SEND THE REFILL TO WALGREENS ON MAIN. CALLBACK TOMORROW.", "WALGREENS"),
    ("ERX SENT TO CVS #5521 PER PT REQUEST. PDMP CHECKED.", "CVS"),
    ("MOTHER SAYS SHE WORKS NIGHTS STOCKING AT HOME DEPOT NOW.", "HOME DEPOT"),
]


@pytest.mark.parametrize(("text", "name"), LOUD_NAMES)
def test_national_names_in_a_line_of_capitals(text: str, name: str) -> None:
    """A listed national name is found in a line written in capitals (org_names)."""
    start = text.index(name)
    found = [r for r in replacements(text) if r.start <= start < r.end]
    assert found, found
    assert found[0].category == "organisation"


def test_english_names_in_a_line_of_capitals_stay() -> None:
    """A listed name that is an English word is not taken in capitals ("TARGET")."""
    text = "PT SAYS HER TARGET IS TO WALK DAILY. MOOD BETTER."
    assert not [r for r in replacements(text) if r.category == "organisation"]
