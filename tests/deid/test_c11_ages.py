"""Issue 13, round 11 (c11): ages after a whole name found in parts, after a name's aside, and
after a patient's label (age_runs.py); a relative's death and age (age_died.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced

AGES = [
    # A surname, a comma and a given name or an initial opening the line, then the age.
    ("03/14/2026\nHollowhorn, Winona 38 (seen with her aunt). Slept poorly.", "38"),
    ("Labor & delivery\nKowalczyk, Agata 29 G2P1 @ 36w, BP 150/96", "29"),
    ("Unit 4 log. Detainee Ferreira, J. 51 \u2014 moved to a safe cell.", "51"),
    ("Paciente: Quintanilla, Rosa M. \u2014 63 a\u00f1os \u2014 cita de control", "63"),
    # A nickname in brackets or quotes between the name and the age.
    ('Bartholomew ("Bart") 15, 10th. left class early.', "15"),
    ('Resident: Odalys Fuentes ("Daly"), 44 | week 3 of 12', "44"),
    # A title before the name, "now" or "then" before the age.
    ("Summary: Mr. Pendergast, then 49, fell from scaffolding.", "49"),
    # A patient's label in lower case, the name (one part perhaps unfound), the age.
    ("home visit\npt gloria mendez 41 2 wks pp, baby feeding well", "41"),
    ("call from the daughter (pt marisol okonkwo 93) about his breathing", "93"),
    ("pt dwayne hollis 44m calling from the rest stop", "44m"),
    # A quoted alias and the age together in brackets after a person.
    ('Intake \u2014 Teodoro Vargas ("Teo", 52): lives alone.', "52"),
    ('Mrs. Abernathy Quist ("Nana," 77) and her grandson came.', "77"),
    # The digits alone in brackets after a quoted nickname.
    ('- Philomena "Mena" (58) and her brother', "58"),
    # A relative's death and age in a family history (age_died.py).
    ("FH: father d. 61 (MI), mother alive.", "61"),
    ("FH: mom d. at 47 of breast ca.", "47"),
    ("FH: PGF deceased 88, dementia.", "88"),
    # Children's ages listed with commas only, the list closed by a full stop (age_kids.py).
    ("Married 12 yrs. Kids 16, 13.", "16"),
]

KEPT = [
    ("Hollowhorn, Winona 3 sessions left before the move.", "3"),
    ("Kowalczyk, Agata 10 minutes late again.", "10"),
    ("pt gloria mendez 3 times this week to the ED.", "3"),
    ("Pendergast, Lyle 3/4 seen in clinic.", "3"),
    ("Winona Hollowhorn 23:14: where are you", "23"),
    ("Observers: Winona (PCA) 19\u201323, Gregor (PCA) 23\u201303.", "19"),
    ("Gave Winona Hollowhorn 2 cans of formula.", "2"),
    ("Winona Hollowhorn 4.5 on the scale.", "4"),
    ('Saw Philomena "the boss" (3 sessions) today.', "3"),
    ("FH: father d. 2 yrs ago, mother alive.", "2"),
    ("Grief: mother d. 11/14 at the hospice.", "11"),
    ("Sees the kids 2, 3 times a week.", "2"),
]


@pytest.mark.parametrize(("text", "age"), AGES)
def test_ages_after_a_whole_name_or_a_label(text: str, age: str) -> None:
    """The age after a whole name, its aside, or a patient's label is replaced."""
    assert any(age in part and kind == "age" for part, kind in replaced(text)), replaced(text)


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_counts_times_and_ranges_stay(text: str, word: str) -> None:
    """A count, a measure, a time, a range or a date after a name is no age."""
    assert not any(word in part and kind == "age" for part, kind in replaced(text)), replaced(text)


@pytest.mark.parametrize(
    "unit",
    [
        "Hollowhorn, Winona 38 (",
        'pt gloria mendez 41 ("Teo", 52) ',
        'Ferreira, J. 51 \u2014 ("Bart") 15, ',
        "Winona Hollowhorn Winona Hollowhorn, Winona, ",
        "father d. 58 mother d. at mom died 2 yrs ago PGF deceased ",
    ],
)
def test_pathological_input_is_fast(unit: str) -> None:
    """10 KB of the rule's own shapes is redacted in under half a second."""
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
