"""Issue 13, round 6 (o7): institutions named in another language, CJK institution words,
and wards and wings by their code.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses it must leave alone. Near misses are checked against
the o7 finder itself, so another layer's replacement cannot hide a wrong hit.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.org_foreign import find_foreign_orgs
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements


def _covered(text: str, part: str) -> str:
    """The category of the replacement covering all of `part`, or ""."""
    start = text.index(part)
    end = start + len(part)
    for rep in replacements(text):
        if rep.start <= start and end <= rep.end:
            return rep.category
    return ""


FOUND = [
    ("She was an inpatient on Ysbyty Maelor's eating disorder bay.", "Ysbyty Maelor"),
    ("Her twins started at Ysgol Bro Dinefwr in September.", "Ysgol Bro Dinefwr"),
    ("He teaches PE at Gaelscoil Mhic Amhlaigh.", "Gaelscoil Mhic Amhlaigh"),
    ("She was born in the Hôpital Necker and raised in Lyon.", "Hôpital Necker"),
    ("He boarded at the Lycée Louis-le-Grand for two years.", "Lycée Louis"),
    ("She nursed at Ospedale Niguarda before moving here.", "Ospedale Niguarda"),
    ("Her brother studied at Universidad de Guadalajara.", "Universidad de Guadalajara"),
    ("He finished school at Colegio Santa Teresa in Quito.", "Colegio Santa Teresa"),
    ("Her father was a porter at Szpital Bródnowski.", "Szpital Bródnowski"),
    ("He had surgery at Klinikum Rechts der Isar.", "Klinikum Rechts"),
    ("She taught at Liceul Mihai Eminescu in Iași.", "Liceul Mihai Eminescu"),
    ("REFERRED FROM YSGOL GYFUN GWYR PASTORAL TEAM.", "YSGOL GYFUN GWYR"),
    ("He was treated at Medipol Hastanesi after the crash.", "Medipol Hastanesi"),
    ("Her son goes to the Schiller-Gymnasium in Berlin.", "Schiller-Gymnasium"),
    ("His sister works at 北野病院 as a nurse.", "北野病院"),
    ("Her son was bullied at 桜台小学校 last year.", "桜台小学校"),
    ("She was admitted to Ward F4 overnight.", "F4"),
    ("He has been on ward 12B since Tuesday.", "12B"),
    ("The assault happened on C Wing after lunch.", "C"),
    ("He was moved to D-wing for his own safety.", "D"),
]

KEPT = [
    ("She went to an École run by nuns.", "École"),
    ("He works out in the gymnasium at school.", "gymnasium"),
    ("She could not find the Gymnasium Hall entrance.", "Gymnasium"),
    ("He did his degree at a 大学 in Osaka.", "大学"),
    ("The ward round was late again.", "round"),
    ("He came to the ward 3 times a day.", "3"),
    ("She is on Ward 7 until Friday.", "7"),
    ("A wing mirror was broken in the car park.", "A"),
    ("A Wing to Fly is the book she is reading.", "A"),
    ("The Colegio was closed for the holiday.", "Colegio"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_foreign_institution_or_ward_is_replaced(text: str, part: str) -> None:
    """An institution named in another language, or a ward's code, is wholly replaced."""
    assert _covered(text, part)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_near_miss_is_left(text: str, part: str) -> None:
    """A head word alone, an English word, a generic CJK word or a ward round is left."""
    start = text.index(part)
    spans = find_foreign_orgs(text, tokenize(text))
    assert not any(s.start < start + len(part) and start < s.end for s in spans)


def test_foreign_institution_reason_names_the_head() -> None:
    """--explain names the head word and the kind of rule, not the name."""
    text = "Her twins go to Ysgol Bro Dinefwr now."
    reasons = [r.reason for r in replacements(text) if r.category == "organisation"]
    assert reasons == ["context: a name after 'Ysgol' (an institution in another language)"]


@pytest.mark.parametrize(
    "shape",
    [
        "Ysgol " * 1700,
        "Colegio de " * 1000,
        "Ysgol Bro de la " * 700,
        "ward D8 " * 1300,
        "B-wing " * 1500,
        "北野病院 " * 2000,
    ],
)
def test_foreign_orgs_are_linear(shape: str) -> None:
    """10 KB of the rule's own cue shapes is de-identified and checked in under 0.5 s."""
    text = shape[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm up") < LINEAR_SECONDS
