"""Round 17 (u17): a US class year told as a student's age ("(17, junior at ...)").

Sentences here are new, not the corpus's.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced_words


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Marisol (16, sophomore at Eastbrook High) came with her aunt.", "sophomore"),
        ("D: Tobias, 20, junior (marine biology), commutes from home.", "junior"),
        ("Kenji (22), senior, civil engineering, first-gen.", "senior"),
        ("Her son is a freshman at Ridgeline and hates the bus.", "freshman"),
        ("Panic attacks began in her junior year of high school.", "junior year"),
        ("Client senior at Westfield. Wants to enlist after graduation.", "senior"),
    ],
)
def test_a_class_year_with_a_cue_is_an_age(text: str, word: str) -> None:
    assert word in replaced_words(text, "age"), Deidentifier([]).redact(text).text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She spoke to the senior nurse on the ward.", "senior"),
        ("A junior doctor took bloods at 9.", "junior"),
        ("He works as a senior at the bank downtown.", "senior"),
        ("Omari (31), audit senior at Halvers, long hours.", "senior"),
        ("Aged 40, senior partner in a law firm.", "senior"),
        ("Attends the senior center twice weekly.", "senior"),
        ("Her junior colleague covers Fridays.", "junior"),
    ],
)
def test_a_class_word_without_a_cue_is_left(text: str, word: str) -> None:
    assert word not in replaced_words(text, "age"), Deidentifier([]).redact(text).text


def test_class_years_stay_linear() -> None:
    engine = Deidentifier([])
    text = ("Ana (17, junior at Elm High), senior year, senior, " * 300)[:10_000]
    assert redact_and_check_seconds(engine, text, "warm up (17, junior)") < LINEAR_SECONDS
    words = "senior , " * 1200
    assert redact_and_check_seconds(engine, words[:10_000], "warm up") < LINEAR_SECONDS
