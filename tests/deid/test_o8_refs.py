"""Issue 13, round 7 (o8): an organisation named before its own case, job or policy number.

Every sentence here was written for these tests, not copied from a corpus; near misses
are checked against the o8 finder itself, so another layer cannot hide a wrong hit.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.org_refs import find_ref_orgs
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

FOUND = [
    ("Counselling via Workplace Options case WO-88127, session 3.", "Workplace Options"),
    ("Stolen van: Direct Line claim 44120093 still open.", "Direct Line"),
    ("interpreter (wordlink job no. WL-2231) was late", "wordlink"),
    ("Home insurance is with Aviva policy 5512-009.", "Aviva"),
    ("Victim Support ref VS-20411 gave her a caseworker.", "Victim Support"),
    ("Housing: Clarion Housing account 7723110 in arrears.", "Clarion"),
    ("Gym membership (PureGym member 0091221) cancelled.", "PureGym"),
    ("Benefits advice: StepChange ref SC/99812 for the debts.", "StepChange"),
]

KEPT = [
    ("Police case 2231 was closed in May.", "Police"),
    ("Court ref 88 on the letter.", "Court"),
    ("Carer's assessment ref ASC-7711 sent.", "assessment"),
    ("Mental Health case 12 on the list.", "Mental Health"),
    ("Port ref: LHR/11/22 on her papers.", "Port"),
    ("PDMP ref KY-1120 checked, no other prescribers.", "PDMP"),
    ("Mr Hale case 4471 reviewed.", "Hale"),
    ("HUD case management 7/9 at the office.", "HUD"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_name_before_its_reference_is_replaced(text: str, part: str) -> None:
    """A name right before "case", "ref", "job", "claim", "policy", "member", "account"
    and a number or code goes, whatever its words are."""
    assert covers(text, part)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_near_miss_is_left_by_the_ref_finder(text: str, part: str) -> None:
    """A kind of case, a generic service, one English word, an abbreviation, a titled
    person, a cue with no number after it is not taken."""
    start = text.index(part)
    spans = find_ref_orgs(text, tokenize(text))
    assert not any(s.start < start + len(part) and start < s.end for s in spans)


def test_ref_reason_names_the_cue() -> None:
    """--explain names the reference word, not the organisation."""
    text = "Housing: Clarion Housing account 7723110 in arrears."
    reasons = [r.reason for r in replacements(text) if text[r.start : r.end] == "Clarion Housing"]
    assert reasons == ["context: a name before its own 'account' number"]


@pytest.mark.parametrize("shape", ["Ab Cd case 12 " * 700, "abcdef job no. AB-12 " * 500])
def test_ref_orgs_are_linear(shape: str) -> None:
    """10 KB of the rule's own cue shapes is de-identified and checked in under 0.5 s."""
    text = shape[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm up") < LINEAR_SECONDS
