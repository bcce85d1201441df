"""Issue 13, round 4 (p4): ages beside a person found by context or known, and header ages.

Every sentence here was written for these tests, not copied from a corpus; each rule has a
case it must catch and a near miss it must leave alone.
"""

from __future__ import annotations

import random

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.model import KnownSubject
from tests.deid.helpers import (
    LINEAR_SECONDS,
    covers,
    redact_and_check_seconds,
    replaced,
    replacements,
)

FOUND = [
    # A listed name, then its age.
    ("Grandchildren: Tevita 9, Losaline 5.", "5"),
    ("Lives with (Oyelaran 7, Kehinde 4) and her mother.", "4"),
    # A person, "is" and the age; weeks or months for a baby.
    ("Her brother Dawit is 19, works nights.", "19"),
    ("Her daughter Chiamaka is 7 months and feeding well.", "7 months"),
    # A number in words alone in brackets after a person.
    ("Mr Oyelowo (sixty-two) came alone.", "sixty-two"),
    # A header line's number set apart.
    ("Client: T. Faleolo   16\nSeen at home.", "16"),
    ("Pt: NAKASHIMA, R   44 F   Japanese/English", "44"),
    ("Veteran: ORTIZ-BELL, D.  58  Navy 1984-1992", "58"),
    # Said lists and a baby's months.
    ("two kids comma daughter maddison eleven and son kai six period", "eleven"),
    ("children (Ayaan 7, baby Inaya 5 months) at home", "5 months"),
    # Younger or older than an age; would have been; "was like".
    ("She sounds older than 35, honestly.", "35"),
    ("he would have been twenty-two this week", "twenty-two"),
    ("when i was like 13 it started", "13"),
    # An age reached at a month or season.
    ("She is 41 in March, and dreads it.", "41"),
    ("Her son is 6 in the summer.", "6"),
    # A number in brackets before a semicolon, a header split by dots, "I am", "would now be".
    ("Tegwen (27; she prefers Teg) came early.", "27"),
    ("Pt: MORLAND, GRACE E · 71 · Adm 3/2/24", "71"),
    ("I am 76 this spring and tired.", "76"),
    ("her brother, who would now be 23, died young", "23"),
]

KEPT = [
    # A number after a listed name with a unit, or in the middle of an item.
    ("Drives: Tevita 9 miles, then home.", "9"),
    # A person, "is" and a number that is no age.
    ("Her brother Dawit is 19 minutes away.", "19"),
    ("Her brother Dawit is 3 times more anxious.", "3"),
    # A number in digits in brackets is another rule's; a word number in brackets after no one.
    ("The plan (seven) steps were agreed.", "seven"),
    # A header number not set apart, or after a label other than a person's.
    ("Session: 7   Modality: ACT", "7"),
    ("Client: T. Faleolo, room 16", "16"),
    # Comparisons and "would have been" with a unit.
    ("The bus was older than 40 minutes late.", "40"),
    ("it would have been 20 minutes by then", "20"),
    ("told Marisela three times already", "three"),
    ("He is 5 in the garden most days.", "5"),
    ("I am one of four children.", "one"),
    ("I am 5 minutes from the clinic.", "5"),
    ("She walked at 14 months.", "14"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_found(text: str, part: str) -> None:
    """Each round-4 age rule replaces the age in a fresh sentence."""
    assert covers(text, part), replaced(text)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_kept(text: str, part: str) -> None:
    """Each near miss of a round-4 age rule is left alone."""
    assert not covers(text, part), replaced(text)


def test_age_after_a_known_name() -> None:
    """A name the vault knows, "is" and a number: the number is an age."""
    subject = KnownSubject(role="CLIENT", name="Ifeoluwa Adebayo")
    engine = Deidentifier([subject], rng=random.Random(0))
    out = engine.redact("Ifeoluwa is 23 and studying.")
    assert "23" not in out.text
    assert any(r.category == "age" for r in out.replacements)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Grandchildren: Tevita 9, Losaline 5.", "after a listed name"),
        ("Her brother Dawit is 19, works nights.", "after a person and 'is'"),
        ("Mr Oyelowo (sixty-two) came alone.", "in words in brackets"),
        ("Client: T. Faleolo   16\nSeen at home.", "set apart in a header"),
    ],
)
def test_explain_names_the_cue(text: str, cue: str) -> None:
    """`deid --explain` says the pattern layer and the cue, never the name."""
    reasons = [r.reason for r in replacements(text)]
    hit = [r for r in reasons if cue in r]
    assert hit, reasons
    assert hit[0].startswith("pattern:")
    assert not any(name in hit[0] for name in ("Losaline", "Dawit", "Oyelowo", "Faleolo"))


SIZE = 10_000
PATHOLOGICAL = {
    "listed names": "(Aab 4, Bbc 5; Ccd 6. " * (SIZE // 22),
    "be ages": "her son Aab is nearly 9, Bbc is 7 weeks " * (SIZE // 40),
    "worded brackets": "Mr Aab (sixty-two) (seven) ( " * (SIZE // 29),
    "header lines": "Client: Aab   16 F   17   \n" * (SIZE // 27),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of a round-4 age rule's own pathological shape is redacted in under half a second."""
    text = PATHOLOGICAL[name]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
