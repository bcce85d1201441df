"""Issue 13, round 6 (o7): organisations named with a nation after them ("Diabetes UK",
"Psychiatry-UK", "Beat Cymru"), childcare settings before their kind ("Little Acorns
nursery") and names after a provider's or facility's label ("Provider: Health Assured").

Every sentence here was written for these tests, not copied from a corpus; near misses
are checked against the o7 finder itself where one finder owns the rule.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.org_national import find_national_orgs
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

FOUND = [
    ("Assessed privately through Clinic-UK last winter.", "Clinic-UK"),
    ("She volunteers for Stammer UK on Saturdays.", "Stammer UK"),
    ("Gave him the leaflet from Hafal Cymru about carers.", "Hafal Cymru"),
    ("Booked onto the Carers Trust Scotland course.", "Carers Trust Scotland"),
    ("Referral (GRIEF UK) sent, awaiting reply.", "GRIEF UK"),
    ("Her daughter is at Tiny Steps nursery three days a week.", "Tiny Steps"),
    ("He picks the twins up from Rainbow Corner daycare.", "Rainbow Corner"),
    ("Provider: Calmwaters Wellbeing - EAP sessions 1-6", "Calmwaters Wellbeing"),
    ("Facility: Cedar Ridge adolescent unit", "Cedar Ridge"),
    ("Programme: Second Wind recovery course, week 3", "Second Wind"),
]

KEPT = [
    ("She moved from Northern Ireland in 2019.", "Northern"),
    ("He was born in Leeds UK and moved at six.", "Leeds"),
    ("MOVED TO UK IN 2015, LIVES IN UK NOW.", "IN"),
    ("In UK since 2015 with her aunt.", "In"),
    ("The whole of Scotland was snowed in.", "whole"),
    ("She is from Glasgow, Scotland, originally.", "Glasgow"),
    ("Adoption UK said they would call back.", "Adoption"),
    ("He works all over North Wales and Mid Scotland.", "Mid"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_named_organisation_is_replaced(text: str, part: str) -> None:
    """A name before a nation, a childcare kind or after a provider's label is replaced."""
    assert covers(text, part)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_near_miss_is_left(text: str, part: str) -> None:
    """A region, a town, a function word, capitals or a sentence's first word is left."""
    start = text.index(part)
    spans = find_national_orgs(text, tokenize(text))
    assert not any(s.start < start + len(part) and start < s.end for s in spans)


def test_national_reason_names_the_cue() -> None:
    """--explain names the nation word that cued the rule."""
    text = "She volunteers for Stammer UK on Saturdays."
    reasons = [r.reason for r in replacements(text) if r.category == "organisation"]
    assert reasons == ["context: a name before 'UK'"]


@pytest.mark.parametrize("shape", ["Ab Cd UK " * 1100, "Ab-UK " * 1600, "IN UK " * 1600])
def test_national_orgs_are_linear(shape: str) -> None:
    """10 KB of the rule's own cue shapes is de-identified and checked in under 0.5 s."""
    text = shape[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm up") < LINEAR_SECONDS
