"""Issue 13, round 7 (o8): a workplace named after a job and "at".

Every sentence here was written for these tests, not copied from a corpus; near misses
are checked against the o8 finder itself, so another layer cannot hide a wrong hit.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.org_jobs import find_job_sites
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

FOUND = [
    ("Her wife is a midwife at LGI and works nights.", "LGI"),
    ("He was a porter at RVI for ten years.", "RVI"),
    ("Brother (22) is a student at UEA, studying law.", "UEA"),
    ("Dad, a paramedic at NWAS, finds nights hard.", "NWAS"),
    ("Sister is a nurse at Ninewells, on the renal ward.", "Ninewells"),
    ("Partner works as a cleaner at Raigmore.", "Raigmore"),
    ("Was a cashier at Morrisons until the spring.", "Morrisons"),
    ("His son is an apprentice at JCB now.", "JCB"),
    ("She was a lecturer at SOAS before she retired.", "SOAS"),
    ("Friend is a chef at Dishoom in town.", "Dishoom"),
    ("Her partner is a nurse at MRI, mostly nights.", "MRI"),
]

KEPT = [
    ("She is a nurse at ICU this month.", "ICU"),
    ("He is a student at Year 11 level.", "Year"),
    ("She was a doctor at Urgent Care.", "Urgent Care"),
    ("Ex-partner was a nurse at GP surgery.", "GP"),
    ("The nurse at Christmas was kind.", "Christmas"),
    ("A student at Sarah's school.", "Sarah"),
    ("Works as a carer at weekends.", "weekends"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_workplace_after_a_job_is_replaced(text: str, part: str) -> None:
    """A name or capitals after "<job> at" is where the person works or studies."""
    assert covers(text, part)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_near_miss_is_left_by_the_job_finder(text: str, part: str) -> None:
    """A hospital unit, a year group, a kind of service, a stop-list word, a given name is
    not taken."""
    start = text.index(part)
    spans = find_job_sites(text, tokenize(text))
    assert not any(s.start < start + len(part) and start < s.end for s in spans)


def test_job_reason_names_the_job() -> None:
    """--explain names the job and "at", not the workplace."""
    text = "Her partner is a nurse at MRI, mostly nights."
    reasons = [r.reason for r in replacements(text) if text[r.start : r.end] == "MRI"]
    assert reasons == ["context: a workplace after 'nurse at'"]


@pytest.mark.parametrize("shape", ["nurse at AB " * 900, "student at Ab Cd Ef " * 600])
def test_job_sites_are_linear(shape: str) -> None:
    """10 KB of the rule's own cue shapes is de-identified and checked in under 0.5 s."""
    text = shape[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm up") < LINEAR_SECONDS
