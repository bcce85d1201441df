"""Issue 13, round 15 (o15): a capitalised run ending in "Health", "Care", "Home",
"Medicine", "Ward", "Outreach"... whose every word says what kind of service it is ("PRISON
MENTAL HEALTH", "Collaborative Care", "Older Adult Ward"), or in "Clinic" after what it
treats ("Rheumatology Clinic", "LITHIUM CLINIC"), names no one body and is not an
organisation (org_service_types.py, read by org_endings.kind_only).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.org_service_types import service_type
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements

LEFT = [
    ("JAIL MENTAL HEALTH NOTE - follow up after booking", "JAIL MENTAL HEALTH"),
    ("Seen today by Geriatric Behavioral Health for a medication review.", "Geriatric"),
    ("She was moved to the Older Adult Ward on the second floor.", "Older Adult Ward"),
    ("He is open to Homeless Outreach and wants a hostel bed.", "Homeless Outreach"),
    ("Discussed with Spiritual Care, who will visit on the ward.", "Spiritual Care"),
    ("Enrolled in Collaborative Care; PHQ-9 rechecked in four weeks.", "Collaborative Care"),
    ("Referred back to Addiction Medicine for the buprenorphine plan.", "Addiction Medicine"),
    ("CORRECTIONS MENTAL HEALTH - INTAKE", "CORRECTIONS MENTAL HEALTH"),
    ("LITHIUM CLINIC - levels and renal function", "LITHIUM CLINIC"),
    ("Follow-up with Rheumatology Clinic in six weeks.", "Rheumatology Clinic"),
    ("Readjustment Counseling - group note, 90 min", "Readjustment Counseling"),
    ("Met the Head of School and the form tutor together.", "Head of School"),
    ("Spoke to the Director of Nursing about the complaint.", "Director of Nursing"),
]

FOUND = [
    ("She was seen at Hartwell Senior Care last spring.", "Hartwell Senior Care"),
    ("Counsellor funded through Kinship Care NI this year.", "Kinship Care"),
    ("Referred to Brookside Behavioral Health for intake.", "Brookside Behavioral Health"),
    ("Dad was admitted to Larchfield Ward overnight.", "Larchfield Ward"),
    ("Follow-up with Ashgrove Clinic in six weeks.", "Ashgrove Clinic"),
    ("Referred to the Tanfield University Counselling Service.", "Tanfield"),
    ("Referrer: Jo Bell, University Health and Counseling Services, x4410", "University"),
]


@pytest.mark.parametrize(("text", "words"), LEFT)
def test_a_kind_of_service_is_no_organisation(text: str, words: str) -> None:
    """No organisation is replaced over the service's words."""
    start = text.index(words)
    hits = [
        r for r in replacements(text)
        if r.category == "organisation" and r.start < start + len(words) and start < r.end
    ]  # fmt: skip
    assert not [r for r in hits if "a capitalised name ending in" in r.reason], hits


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_named_service_stays_an_organisation(text: str, name: str) -> None:
    """A service with a name of its own, or a place or letters after it, is still replaced."""
    start = text.index(name)
    hits = [
        r for r in replacements(text)
        if r.category == "organisation" and r.start <= start and start + len(name) <= r.end
    ]  # fmt: skip
    assert hits, [(text[r.start : r.end], r.reason) for r in replacements(text)]


def test_the_rule_reads_words_and_the_word_after() -> None:
    """The function itself: all kind words and a head, then no name after on the line."""
    text = "PRISON MENTAL HEALTH reviewed; Public Health Scotland rang."
    toks = tokenize(text)
    assert service_type(text, toks, 0, 2)
    assert not service_type(text, toks, 5, 6)  # "Public Health" before "Scotland"
    other = "Riverside Mental Health"
    assert not service_type(other, tokenize(other), 0, 2)
    clinic = "Cardiology Clinic, then Gender Identity Clinic"
    assert service_type(clinic, tokenize(clinic), 0, 1)
    assert not service_type(clinic, tokenize(clinic), 4, 6)
    joined = "Senior Health and Wellness Services"
    assert not service_type(joined, tokenize(joined), 0, 1)  # the name goes on


def test_pathological_input_is_fast() -> None:
    """10 KB of kind words and heads on one line is redacted in under 0.5 s."""
    unit = "Senior Mental Health Care Home Ward Outreach Medicine Public Health Older Adult "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
