"""Issue 13, round 11 (u11): listed national bodies written in lower case (org_lower_listed.py)
and British service shorthand that is no organisation (uk_shorthand.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced

LOWER = [
    ("she has been going to the alzheimer's society carers group", "alzheimer's society"),
    ("a caseworker from the royal british legion is helping with forms", "royal british legion"),
    ("food parcels from the trussell trust every friday", "trussell trust"),
    ("he rang the fishermen's mission about his son", "fishermen's mission"),
]

KEPT = [
    "she said that day was a turning point for her",
    "the trust has not replied and the union rep is on leave",
    "a step change in how she talks about her dad",
    "we are with you whatever you decide",
]


@pytest.mark.parametrize(("text", "name"), LOWER)
def test_a_listed_body_in_lower_case_is_an_organisation(text: str, name: str) -> None:
    """A listed name ending with 'society', 'trust', 'legion'... is found in lower case."""
    assert (name, "organisation") in replaced(text), replaced(text)


@pytest.mark.parametrize("text", KEPT)
def test_phrases_and_lone_heads_stay(text: str) -> None:
    """Listed names that are English phrases, and a lone head word, are not found in lower case."""
    assert not [part for part, kind in replaced(text) if kind == "organisation"], replaced(text)


SHORTHAND = [
    "Mother Mrs Kaur is NR and did not object to the s3.",
    "Discussed with the RC on the ward round; leave agreed.",
    "Waiting for an MBU bed; baby with dad meanwhile.",
    "Plan: FI session with both parents next week.",
    "Husband's MND diagnosis in August, anticipatory grief.",
    "Completed the HUET refresher at the training centre.",
    "Passed the MOT at last, so he can drive to work.",
]


@pytest.mark.parametrize("text", SHORTHAND)
def test_british_service_shorthand_is_no_organisation(text: str) -> None:
    """Mental Health Act, perinatal, medical and trade shorthand is no organisation's acronym."""
    assert not [part for part, kind in replaced(text) if kind == "organisation"], replaced(text)


def test_a_body_with_capitals_is_still_found() -> None:
    """An organisation's acronym not on the shorthand list is still found."""
    assert ("CWMHT", "organisation") in replaced("Referred on to CWMHT for assessment.")


def test_pathological_input_is_fast() -> None:
    """10 KB of lower-case listed names and head words is redacted in under 0.5 s."""
    unit = "the stroke association trust union royal british society NR RC "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS


HOSPITAL = [
    "She is a ward clerk at MRI and hates the night shifts.",
    "Her father died at the MRI (renal) in the spring.",
    "He has been to MRI A&E three times with chest pain.",
    "Liaison psychiatry - MRI - 04/12/26 10:30\nSeen on the ward.",
]

SCAN = [
    "Plan: MRI brain and bloods; review in clinic.",
    "MRI 04/11/26 at the district hospital: small vessel change.",
    "The MRI showed nothing new, which reassured him.",
    "She was booked in at the MRI scan unit on Tuesday.",
    "Recs - MRI - bloods - memory clinic.",
]


@pytest.mark.parametrize("text", HOSPITAL)
def test_mri_as_the_hospital_is_an_organisation(text: str) -> None:
    """'MRI' after 'at', before 'A&E', or between dashes before a date in a header is a hospital."""
    assert ("MRI", "organisation") in replaced(text), replaced(text)


@pytest.mark.parametrize("text", SCAN)
def test_mri_as_the_scan_stays(text: str) -> None:
    """'MRI' as the scan, before a body part, a date or a result word, is no organisation."""
    assert ("MRI", "organisation") not in replaced(text), replaced(text)


@pytest.mark.parametrize(
    "text",
    [
        "Offered TRiM through work and a session with the charity.",
        "MoCA today 19/30; HbA1c up to 71 at the last check.",
        "The council authorised a standard DoLS for a year.",
    ],
)
def test_camel_case_shorthand_is_no_organisation(text: str) -> None:
    """Shorthand written with capitals inside is no organisation's name."""
    assert not [part for part, kind in replaced(text) if kind == "organisation"], replaced(text)


def test_a_camel_case_employer_is_still_found() -> None:
    """A brand written with capitals inside is still an organisation."""
    assert ("PayPal", "organisation") in replaced("She has worked for PayPal since the spring.")


def test_mri_input_is_fast() -> None:
    """10 KB of 'MRI' among dashes, 'at' and 'A&E' is redacted in under 0.5 s."""
    unit = "at the MRI - MRI - 04/12 MRI A&E MRI brain "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS


SERVICES = [
    ("Plan: Relate counsellor for both of them; review in a month.", "Relate"),
    ("Actions agreed; Gingerbread group on Thursdays; next week.", "Gingerbread"),
    ("Unite rep to come to the meeting on Friday.", "Unite"),
    ("GP LETTER SENT; HEADWAY INFO GIVEN.", "HEADWAY"),
    ("Plan: Bliss family support and a call next week.", "Bliss"),
]

NOT_SERVICES = [
    "Relate to her as the adult she is now.",
    "Next group is on Wednesday at the library.",
    "Bliss, she said, was the first cup of tea.",
    "Refuge in books, mostly, and long walks.",
]


@pytest.mark.parametrize(("text", "name"), SERVICES)
def test_a_listed_body_opening_a_plan_item_is_found(text: str, name: str) -> None:
    """A listed one-word body opening a sentence or line before a word of its service is found."""
    assert (name, "organisation") in replaced(text), replaced(text)


@pytest.mark.parametrize("text", NOT_SERVICES)
def test_the_english_word_opening_a_sentence_stays(text: str) -> None:
    """The same English word opening a sentence before any other word is no organisation."""
    assert not [part for part, kind in replaced(text) if kind == "organisation"], replaced(text)


@pytest.mark.parametrize(
    "text",
    [
        "SOCIAL WORK TO LOOK AT TRAVEL COSTS.",
        "HE WAS UP AT FIRST LIGHT AND WALKED THE DOG.",
        "SHE SAT AT THE BACK DOOR SMOKING.",
        "PLAN: LOOK AT SLEEP HYGIENE AGAIN.",
    ],
)
def test_english_words_after_at_in_a_capitals_line_are_no_organisation(text: str) -> None:
    """In a line written in capitals, English words after 'AT' are no business's name."""
    assert not [part for part, kind in replaced(text) if kind == "organisation"], replaced(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("SHE WORKS NIGHTS AT ASDA ON THE RING ROAD.", "ASDA"),
        ("We met at First Lutheran on the Sunday.", "First Lutheran"),
    ],
)
def test_a_name_after_at_is_still_found(text: str, name: str) -> None:
    """A word in no English list after 'AT', or English words in ordinary case, still name."""
    assert [part for part, _ in replaced(text) if name in part], replaced(text)
