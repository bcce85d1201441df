"""Issue 13, round 9 (o10): capitals glued to a colon mid-line are a field label, not an
organisation ("Plan agreed. QWZ: warm handoff", "   MCOX: Harbourline Health"); a known
credential after a person's name and a comma is no employer ("Dana Kowal, LCDC.").

Fresh sentences written for these tests. The acronyms are made up, so no word list knows
them; before this round one opening a label mid-line was replaced as an organisation.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.capitals import no_organisation
from notes_vault.deid.org_affiliations import find_affiliations
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

LABELS = [
    ("Seen with mum. QWZB: warm handoff done, next in 2 wks.", "QWZB"),
    ("Clinic 4   12/1/26   KVRT: Jo Bell, LCSW", "KVRT"),
    ("Scores stable. PXLM: low acute, moderate chronic.", "PXLM"),
]

# Capitals before a colon that is no label's, or with no colon: still an organisation.
ORGS = [
    ("He starts at QWZB on Monday, 9:30 shift.", "QWZB"),
    ("Meeting at 10 QWZB:30 was moved.", "QWZB"),
]


@pytest.mark.parametrize(("text", "part"), LABELS)
def test_capitals_glued_to_a_colon_are_a_label(text: str, part: str) -> None:
    """The acronym before a label's colon is not replaced as an organisation."""
    toks = tokenize(text)
    i = next(k for k, t in enumerate(toks) if t.text == part)
    assert no_organisation(text, toks, i) == "a label"
    assert not any(text[r.start : r.end] == part for r in replacements(text))


@pytest.mark.parametrize(("text", "part"), ORGS)
def test_capitals_without_a_label_colon_are_still_replaced(text: str, part: str) -> None:
    """Not a label: no colon after it, or a colon with no space after it (a time)."""
    assert covers(text, part)


@pytest.mark.parametrize("shape", ["QWZB: a " * 1300, "QWZB:QWZB:" * 1000])
def test_label_colons_are_linear(shape: str) -> None:
    """10 KB of the rule's own shapes is de-identified and checked in under 0.5 s."""
    text = shape[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm up") < LINEAR_SECONDS


CREDENTIALED = [
    ("Group led by Dana Kowal, LCDC. Five attended.", "LCDC"),
    ("Co-signed: Tomas Brennan, LADAC; reviewed by supervisor.", "LADAC"),
    ("Seen with (Marta Lund, QMHA) on Friday.", "QMHA"),
    ("Covering: Priya Shah, APNP. Call back Monday.", "APNP"),
]
EMPLOYERS = [
    ("Letter from her solicitor (Ms Okoro, Brantwells) arrived.", "Brantwells"),
    ("Spoke to the union rep (Dave Pryce, QWZU) today.", "QWZU"),
]


@pytest.mark.parametrize(("text", "part"), CREDENTIALED)
def test_known_credential_after_a_name_is_no_employer(text: str, part: str) -> None:
    """A licence written after a name and a comma is not taken as the person's employer."""
    start = text.index(part)
    spans = find_affiliations(text, tokenize(text), frozenset())
    assert not any(s.start < start + len(part) and start < s.end for s in spans)


@pytest.mark.parametrize(("text", "part"), EMPLOYERS)
def test_employer_after_a_name_is_still_replaced(text: str, part: str) -> None:
    """A firm or an unknown acronym after a name and a comma is still an organisation."""
    assert covers(text, part)
