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
