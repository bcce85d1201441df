"""Round 11 (lead): US school grades and Welsh school years are ages, as "Year 9" is."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced_words


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Marisol started 9th grade at a new school in August.", "9th"),
        ("Parent meeting re: Tavian (11th gr, 17), school refusal.", "11th"),
        ("She is a 7th-grader at the charter and hates lunch.", "7th"),
        ("Student: Kenji Arai   Grade: 6   Teacher: Mrs. Holm (school nurse referral)", "6"),
        ("School counseling intake\nGrade 3\nReason: separation anxiety", "3"),
        ("Disgybl: Gethin Pryce (Blwyddyn 11), ysgol uwchradd", "11"),
        ("Ysgol y Bryn - Cerys (Bl 8) - session 2", "8"),
        ("Pastoral - Morven T (S2) - friendship worries", "S2"),
    ],
)
def test_grade_is_an_age(text: str, age: str) -> None:
    assert age in replaced_words(text, "age")


@pytest.mark.parametrize(
    "text",
    [
        "Her mother teaches 4th grade at the elementary across town.",
        "He completed 10th grade and then went to work at the mill.",
        "Reads at a 3rd grade level per the school psychologist.",
        "Math skills at a 5th-grade equivalent; student is 12.",
        "Neuropathy grade 1, grade 2 fatigue; student nurse present.",
        "Pathology: Grade: 3 carcinoma. School: none.",
        "Tumour: Grade 2, no school since.",
        "The Bl 9 form was filed.",
        "Heart: S1, S2 (S3) absent.",
    ],
)
def test_not_a_grade_of_the_person(text: str) -> None:
    assert replaced_words(text, "age") == []


@pytest.mark.parametrize("unit", ["9th grade, ", "Grade: 8 | ", "(Bl 9) ", "Ann R (S3) ", "7th-"])
def test_grades_are_linear(unit: str) -> None:
    text = "school " + unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
