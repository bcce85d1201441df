"""A number right after a person who opens a sentence, or set off by a spaced dash, is an
age (lead, round 9): "... sess 4. Mr Okonkwo 44. Former driver", "- tariq 39 - works".

Every sentence is written here, fresh, in no corpus.
"""

from __future__ import annotations

import time

import pytest

from notes_vault.deid import Deidentifier


def _ages(text: str) -> list[str]:
    result = Deidentifier([]).redact(text)
    return [text[r.start : r.end] for r in result.replacements if r.category == "age"]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Reviewed today. Mr Okonkwo 44. Former bus driver in Lagos.", "44"),
        ("fire svc counselling 2/8 - tariq 39 - works out of Bury station", "39"),
        ("Notes: Leilani 27 \u2014 waitress at the Bellagio pool.", "27"),
        ("Mrs Evans 81 (82 next month) lives alone with her cat.", "81"),
        ("Second call. Ms Adeyemi 52, retired teacher, lives with her son.", "52"),
    ],
)
def test_a_number_after_a_person_opening_a_sentence_is_an_age(text: str, age: str) -> None:
    assert age in _ages(text)


@pytest.mark.parametrize(
    "text",
    [
        "Saw Mr Jones 3 times last month.",
        "Dr Patel 20 mg sertraline advised.",
        "Met Tom 2. He was late again.",
        "She called Ayesha 10 - 12 times a day.",
        "Bay 4 - 6 beds were full overnight.",
        "Gave Mr Hughes 2 - he said thanks.",
    ],
)
def test_counts_doses_and_ranges_are_no_age(text: str) -> None:
    assert _ages(text) == []


def test_stays_linear() -> None:
    text = ("Seen. Mr Okonkwo 44 - works. " * 400)[:10_000]
    start = time.process_time()
    Deidentifier([]).redact(text)
    assert time.process_time() - start < 0.5


def test_a_dotted_title_after_a_verb_opens_nothing() -> None:
    assert _ages("Gave Mr. Hughes 2 - he said thanks.") == []
    assert _ages("Seen again. Mr. Hughes 62 - retired joiner.") == ["62"]


def test_explain_names_the_cue() -> None:
    result = Deidentifier([]).redact("Reviewed today. Mr Okonkwo 44. Former bus driver.")
    reasons = [r.reason for r in result.replacements if r.category == "age"]
    assert reasons == ["pattern: an age (a number after a person opening a sentence)"]
