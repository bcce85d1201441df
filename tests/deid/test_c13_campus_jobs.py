"""Issue 13, round 13 (c13): universities by initials that are shorthand too
(org_campus.py), and hospitals named by a faith after a job (org_jobs.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements

CAMPUS = [
    ("Her son Tomas (21, at URI) has stopped calling home.", "URI"),
    ("Stepdaughter Priya (19, UA) moved back for the summer.", "UA"),
    ("Pt is a college student UNO, lives off campus.", "UNO"),
    ("He skipped his niece's graduation from UT last spring.", "UT"),
    ("She is a sophomore at UMKC and works nights.", "UMKC"),
]

CAMPUS_KEPT = [
    "Grandson Eli (4, URI) has a cough and a fever.",
    "Partner (24, URI) missed work with a cold.",
    "She is a student nurse on the NICU rotation.",
    "Nursing student at ICU today; shadowing only.",
    "Pt (30, UTI) started nitrofurantoin.",
    "CONSIDER TRANSFER UNDER S.48 IF NO BED.",
    "Transfer to MBU was offered and declined.",
    "Meds reviewed; UA clean; UDS negative.",
]

FAITHS = [
    ("Her coworkers at Presbyterian threw her a shower.", "Presbyterian"),
    ("Sister Ana (41), nurse at Methodist, visits on Sundays.", "Methodist"),
    ("He is an RN at Lutheran on nights.", "Lutheran"),
]


def _organisations(text: str) -> list[str]:
    return [text[r.start : r.end] for r in replacements(text) if r.category == "organisation"]


@pytest.mark.parametrize(("text", "initials"), CAMPUS)
def test_university_initials_with_a_study_cue(text: str, initials: str) -> None:
    """U-shaped initials after a word of study or a student's age are an organisation."""
    assert initials in _organisations(text)


def test_campus_reason_names_its_cue() -> None:
    """`--explain` says which cue read the initials."""
    text = "Her son Tomas (21, at URI) has stopped calling home."
    reasons = [r.reason for r in replacements(text) if text[r.start : r.end] == "URI"]
    assert reasons == ["context: a university's initials after an age in brackets"]


@pytest.mark.parametrize("text", CAMPUS_KEPT)
def test_units_infections_and_words_stay(text: str) -> None:
    """A child's cold, a unit, an infection, a ward and English capitals are no university."""
    found = [r for r in replacements(text) if "university" in r.reason]
    assert not found, found


@pytest.mark.parametrize(("text", "faith"), FAITHS)
def test_a_faith_after_a_job_is_a_hospital(text: str, faith: str) -> None:
    """A faith's name alone after "<job> at" is the hospital the person works at (replaced;
    another rule may read it first, as a capitalised word after "at")."""
    assert faith in [text[r.start : r.end] for r in replacements(text)]


def test_a_faith_as_a_faith_stays() -> None:
    """A faith named as a faith, with no job before it, is not read by the job rule."""
    text = "She was raised Presbyterian and still sings in the choir."
    assert not [r for r in replacements(text) if "workplace" in r.reason]


def test_pathological_input_is_fast() -> None:
    """10 KB of brackets, ages and U-shaped capitals is redacted in under half a second."""
    unit = "Jo (20, at URI) (21, UA) student UNO UNO (UT, UT; nurse at Presbyterian at "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
