"""Issue 13, round 11 (c11): New York's numbered public schools (org_numbered_schools.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

SCHOOLS = [
    ("Picks up her nephew after school at PS 219 most days.", "PS 219"),
    ("Transferred (P.S. 58) in January; misses her friends.", "P.S. 58"),
    ("School: IS 201, Morrisania", "IS 201"),
    ("Counselor at JHS 145 called about attendance.", "JHS 145"),
    ("Older brother is at M.S. 88 and walks her there.", "M.S. 88"),
]

KEPT = [
    ("DAD SAYS MUM IS 72 AND STILL DRIVES.", "IS 72"),
    ("TOTAL IS 40 PER WEEK.", "IS 40"),
    ("He wants a PS5 for his birthday.", "PS5"),
    ("Pt is an MS3 on the surgery rotation.", "MS3"),
    ("MS 2 flare last year, on ocrelizumab.", "MS 2"),
    ("Weekly average PS 1.5 on the scale.", "PS 1"),
]


@pytest.mark.parametrize(("text", "school"), SCHOOLS)
def test_numbered_schools_are_replaced(text: str, school: str) -> None:
    """A New York school's kind and number is replaced."""
    assert covers(text, school)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_capitals_lines_consoles_and_years_stay(text: str, part: str) -> None:
    """ "IS" in a capitals line, "PS5", "MS3", a decimal and a line's opening "MS 2" are no
    school (an age rule may still read "MUM IS 72")."""
    start = text.index(part)
    end = start + len(part)
    found = [r for r in replacements(text) if r.start < end and start < r.end]
    assert not any(r.category == "organisation" for r in found), found


def test_pathological_input_is_fast() -> None:
    """10 KB of school shapes is redacted in under half a second."""
    unit = "at PS 48 IS 1 P.S. 2.3 MS 44, MUM IS 72 "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
