"""Issue 13, round 15 (r15): "doctor" written out in lower case, as dictation types it, before
a gazetteer surname that is also an English word ("dear doctor cross", "this is doctor wells
dictating") is a title before a person (lower_titles.py); a determiner or a grade before
"doctor" makes it a job ("the doctor felt", "specialty doctor old age psychiatry").

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements

_REASON = "context: a lower-case surname after an honorific ('mr. pittman')"

FOUND = [
    ("dear doctor marsh comma thank you for seeing him", "marsh"),
    ("this is doctor hill dictating a clinic letter new line", "hill"),
    ("she will see doctor fields at the surgery next week", "fields"),
]

LEFT = [
    "the doctor felt the bloods were fine",
    "Specialty doctor old age psychiatry, by video",
    "doctor appt tmrw re the rash",
    "her doctor house call was cancelled",
    "speciality doctor marsh clinic covers the ward",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_surname_after_doctor_is_a_person(text: str, name: str) -> None:
    """The surname is replaced as a person, by this rule."""
    hits = [r for r in replacements(text) if text[r.start : r.end] == name]
    assert hits, [(text[r.start : r.end], r.reason) for r in replacements(text)]
    assert hits[0].category == "person"
    assert hits[0].reason == _REASON


@pytest.mark.parametrize("text", LEFT)
def test_a_doctor_as_a_job_takes_no_word(text: str) -> None:
    """After a determiner or a grade, or before no surname, nothing is taken by the rule."""
    assert not [r for r in replacements(text) if r.reason == _REASON]


def test_pathological_input_is_fast() -> None:
    """10 KB of "doctor" before words, surnames and determiners is redacted in under 0.5 s."""
    unit = "doctor marsh the doctor felt specialty doctor old doctor doctor appt dr. "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
