"""Issue 13, round 8 (o9): capitals after a comma are a credential only after a name or
another credential, not in a list of bodies or after a ward code.

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid.capitals import no_organisation
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import covers


def _why(text: str, word: str) -> str:
    toks = tokenize(text)
    return no_organisation(text, toks, [t.text for t in toks].index(word))


FOUND = [
    ("Apologies: NELFT, KQWT duty team", "KQWT"),
    ("Bed: C12, UHCW   Time: 10:00", "UHCW"),
    ("Invited: CGL, SWYPFT, the school", "SWYPFT"),
]

CREDENTIALS = [
    ("Jo Fox, LMSW, RPT", "RPT"),
    ("Ann Okoro, ABC, DEF, seen today", "DEF"),
    ("Dana Ruiz, LPC-MH, QMHP", "QMHP"),
    ("Evaluator Jan Ostro, OTR/L, CDRS, wrote it", "CDRS"),
    ("Tests: PAI, TOMM and the rest", "TOMM"),
    ("Kate Marsh, PhD, ABPP", "ABPP"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_body_after_other_capitals_is_replaced(text: str, part: str) -> None:
    """An acronym after a comma and a body's acronym or a ward code is a body, not a credential."""
    assert covers(text, part)
    assert _why(text, part) == ""


@pytest.mark.parametrize(("text", "part"), CREDENTIALS)
def test_credential_chain_is_still_a_credential(text: str, part: str) -> None:
    """Capitals after a name, a known or hyphenated credential, or a test's abbreviation
    stay a credential."""
    assert _why(text, part) == "a credential"
