"""Issue 13, round 6 (a7): reference codes, last fours, extensions, plates and years in parts.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

CAUGHT = [
    # Reference codes of letters and digit groups (id_codes.py), with or without a cue.
    ("Police log PW/25/204417 noted the call.", "PW/25/204417", "id_number"),
    ("Housing wrote (ref: HSG-25-77120) about the arrears.", "HSG-25-77120", "id_number"),
    ("Interpreter booked, booking LSS-3391-B.", "LSS-3391-B", "id_number"),
    ("File MHT-440192 transferred to the new team.", "MHT-440192", "id_number"),
    ("Card on file, last 4: 7730.", "7730", "id_number"),
    ("Incident logged on Datix, P-440917, no harm.", "P-440917", "id_number"),
    ("Refund receipt 550913 attached.", "550913", "id_number"),
    # Extensions and pagers.
    ("Duty desk on x5512, or page the registrar.", "x5512", "phone"),
    ("Ring ext. 4-2093 for the ward clerk.", "4-2093", "phone"),
    # A partial plate in quotes after its cue; a year after "mid-".
    ('She gave police the partial reg "KM21 ..." before it went.', "KM21", "vehicle"),
    ("Clean from mid-2019 until the relapse.", "2019", "date"),
    # Labels in other languages, a German court's file number, a lower-case London postcode.
    ("Bescheid, Aktenzeichen: 7 F 230/24, liegt vor.", "7 F 230/24", "id_number"),
    ("Letter from the tribunal, expediente 30417/2025.", "30417/2025", "id_number"),
    ("Her Aadhaar 4417 2290 6631 is on the visa form.", "4417 2290 6631", "id_number"),
    ("número de caso 660213 at the consulate", "660213", "id_number"),
    ("new flat at ec2a 4ny, near the station", "ec2a 4ny", "postcode"),
    ("moved to sw1v 3lp in june", "sw1v 3lp", "postcode"),
]

LEFT = [
    ("PHQ-9 14, GAD-7 12, ICD-10-CM F41.1 coded.", "ICD-10-CM"),
    ("Billed CPT-90837 for the long session.", "CPT-90837"),
    ("Off work with COVID-19 in March.", "COVID-19"),
    ("Meets DSM-5-TR criteria for PTSD.", "DSM-5-TR"),
    ("Runs the Y10/11/12 boys' group.", "Y10/11/12"),
    ("Visa form DS-160 filed last week.", "160"),
    ("Seen R.K. x4 since the summer.", "x4"),
    ("Detained under S2 MHA, day 9 of 28.", "S2 MHA"),
    ("sertraline 50 mg, page 112 of the bundle", "112"),
    ("job 2 of 3 done before lunch", "2"),
    ("HAM-A 19 at baseline, 12 now.", "HAM-A 19"),
    ("CGI-S 5 on admission.", "CGI-S 5"),
    ("She felt calm 2nd time round, and the self 3rd.", "self 3rd"),
    ("caso 3 was discussed in the team", "3"),
]


@pytest.mark.parametrize(("text", "value", "category"), CAUGHT)
def test_code_or_number_is_replaced(text: str, value: str, category: str) -> None:
    """A reference code, a last four, an extension, a partial plate or a year is replaced."""
    assert (value, category) in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "code"), LEFT)
def test_scales_forms_and_sections_are_kept(text: str, code: str) -> None:
    """A scale, a code system, a form, a count, a section of an Act or a dose is left alone."""
    assert not covers(text, code), replaced(text)


PATHOLOGICAL = {
    "codes": "AB/12/34/56/" * 850,
    "joins": "ABCDE-" * 1700,
    "last4": "last 4: last four " * 560,
    "ext": "ext 1-1-1-1-1-1 " * 630,
    "pager": "pager x1-2-3-4-5-6-7 " * 480,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of an a7 number rule's own pathological shape is redacted in under half a second."""
    text = PATHOLOGICAL[name][:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
