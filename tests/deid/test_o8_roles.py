"""Issue 13, round 7 (o8): an organisation in brackets beside a worker's role.

Every sentence here was written for these tests, not copied from a corpus; near misses
are checked against the o8 finder itself, so another layer cannot hide a wrong hit.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.org_roles import find_role_orgs
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

FOUND = [
    ("Present: Gwen Price (ISVA, Lighthouse), Ravi (police).", "Lighthouse"),
    ("Apologies from Dev (housing officer, Clarion Housing).", "Clarion Housing"),
    ("Joint visit with Marta (support worker, Bridgeway Care) on Friday.", "Bridgeway Care"),
    ("cc: Ola Adeyemi (advocate, Voiceability)", "Voiceability"),
    ("Seen with Noor (family navigator, Kinfolk Partners) at home.", "Kinfolk Partners"),
    ("Call from Jess (key worker, Pathfinders) about the tenancy.", "Pathfinders"),
    ("Interpreter booked (Mrs Begum, langbridge) for Tuesday.", "langbridge"),
    ("Mentor in school (peer mentor, tyneside youth trust) helps.", "tyneside youth trust"),
    ("Liaison nurse (Rowan Ward liaison, Fernlea) rang twice.", "Fernlea"),
    ("She has an advocate (Brightpath) for the review.", "Brightpath"),
    ("Referral made to the IDVA (Safer Steps) today.", "Safer Steps"),
]

KEPT = [
    ("Interpreter (interpreter, Tigrinya) was late.", "Tigrinya"),
    ("Present: Liam (SW, CSC) and me.", "CSC"),
    ("Covered by a bank nurse (nurse, nights) again.", "nights"),
    ("Duty cover (social worker, duty team) today.", "duty team"),
    ("She spoke to her mentor (mentor, Tom) after class.", "Tom"),
    ("Her counsellor (Sister Agnes) visits weekly.", "Sister Agnes"),
    ("The advocate (Korean) was helpful.", "Korean"),
    ("Cover from two of the staff (Dawn and Terry) overnight.", "Dawn and Terry"),
    ("Ward round (consultant, Dr Rees) moved to 2pm.", "Dr Rees"),
    ("Interpreter (Mrs Ali, via phone) for the second half.", "via phone"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_employer_beside_a_role_is_replaced(text: str, part: str) -> None:
    """A name in brackets after a worker's role and a comma, or after a service role, goes."""
    assert covers(text, part)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_near_miss_is_left_by_the_role_finder(text: str, part: str) -> None:
    """A language, an abbreviation, a shift, a kind of team, a person is not taken."""
    start = text.index(part)
    spans = find_role_orgs(text, tokenize(text))
    assert not any(s.start < start + len(part) and start < s.end for s in spans)


def test_role_reason_names_the_role() -> None:
    """--explain names the role that was the cue, not the organisation."""
    text = "Present: Gwen Price (ISVA, Lighthouse), Ravi (police)."
    reasons = [r.reason for r in replacements(text) if text[r.start : r.end] == "Lighthouse"]
    assert reasons == ["context: a name in brackets after the role 'ISVA'"]


@pytest.mark.parametrize(
    "shape",
    ["(support worker, Ab Cd" * 500, "IDVA (Ab " * 1200, "(Mr Ab, cd ef gh ij " * 500],
)
def test_role_orgs_are_linear(shape: str) -> None:
    """10 KB of the rule's own cue shapes is de-identified and checked in under 0.5 s."""
    text = shape[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm up") < LINEAR_SECONDS
