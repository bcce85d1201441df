"""Round 14 (k14): a known organisation written in clipped words ("BLUE MTN REG MED CTR")
or with its kind under another name ("Westmarch police" of Westmarch Constabulary,
"Calloway schools" of Calloway County Public Schools): replaced and found by the final
check; sentences of our own, near misses and 10 KB inputs."""

from __future__ import annotations

import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from notes_vault.deid.forms import org_forms
from tests.deid.helpers import (
    KNOWN_TODAY,
    LINEAR_SECONDS,
    assert_gone_and_checked,
    assert_vault_leaves,
    known_engine,
    redact_and_check_seconds,
)

TODAY = KNOWN_TODAY
SUBJECT = KnownSubject(
    role="CLIENT",
    name="Ottilie Marchbank",
    linked=(
        LinkedPerson("Blue Mountain Regional Medical Center", "gp"),
        LinkedPerson("Westmarch Constabulary", "employer"),
        LinkedPerson("Calloway County Public Schools", "other"),
        LinkedPerson("Harwick Comprehensive Care Center", "other"),
        LinkedPerson("Oregon Department of Youth and Corrections", "other"),
    ),
)

FOUND = [
    ("REFERRING: BLUE MTN REG MED CTR   ATTENDING: on file", "BLUE MTN REG MED CTR"),
    ("seen at Blue Mtn Regional Medical Center last spring", "Blue Mtn"),
    ("transferred from blue mountain regional med ctr ED", "med ctr"),
    ("works nights for westmarch police, response team", "westmarch police"),
    ("She drives a bus for Calloway schools in the mornings.", "Calloway schools"),
    ("Ref: HARWICK COMP CARE (outpt), intake pending", "HARWICK COMP CARE"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "form"), FOUND)
def test_a_clipped_or_renamed_organisation_is_replaced_and_checked(text: str, form: str) -> None:
    """Every letter of the form is replaced, nothing is refused, and the final check finds
    it in the raw text (a replacer that missed it would give a refusal, not a leak)."""
    assert_gone_and_checked(known_engine(SUBJECT), text, form)


LEFT = [
    ("The police came to the house twice last week.", "police"),
    ("Took her mtn bike out; comp time owed at work.", "mtn"),
    ("County hosp ED was full, so she waited at home.", "hosp"),
    ("The school district sent a letter about attendance.", "district"),
    ("Uses the med ctr pharmacy for her inhaler.", "ctr"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_generic_clips_and_kinds_are_left(text: str, word: str) -> None:
    """Clipped or kind words that name no one organisation are not replaced as what the
    vault knows, and the check passes."""
    assert_vault_leaves(known_engine(SUBJECT), text, text.index(word))


def test_generic_forms_are_not_derived() -> None:
    """A name of generic words only gives no clipped form ("Cty Hosp" of County Hospital)."""
    assert org_forms("County Hospital") == frozenset()
    assert "Cty Hosp" not in org_forms("Cty Hospital Trust")


def test_a_state_code_goes_with_the_initials() -> None:
    """ "OR DY&C": the state's code and the known initials are one replacement."""
    engine = Deidentifier([SUBJECT], rng=random.Random(0), today=TODAY)
    text = "OR DY&C - youth facility, intake 3/4"
    result = engine.redact(text)
    assert any(r.start == 0 and r.end == len("OR DY&C") for r in result.replacements), result
    assert engine.leaks(result.text) == []


SIZE = 10_000
PATHOLOGICAL = {
    "clips": "mtn reg med ctr cty hosp univ dept " * (SIZE // 34),
    "kinds": "westmarch police calloway schools county public " * (SIZE // 48),
    "state codes": "OR OR DY&C OR DY&C DY&C OR " * (SIZE // 27),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_round_14_organisation_forms_are_linear(name: str) -> None:
    """10 KB of a pathological input for these forms is redacted and checked in under half
    a second."""
    engine = Deidentifier([SUBJECT], today=TODAY)
    seconds = redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm-up BLUE MTN REG MED CTR")
    assert seconds < LINEAR_SECONDS
