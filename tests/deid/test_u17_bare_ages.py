"""Round 17 (u17): a bare number that is an age in telegraphic shorthand.

Sentences here are new, not the corpus's.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.age_bare import find_bare_ages
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced_words


def _bare(text: str, name: str = "") -> list[str]:
    chosen = []
    if name:
        at = text.index(name)
        chosen = [Span(at, at + len(name), "person", "context", "test", name.lower())]
    return [text[s.start : s.end] for s in find_bare_ages(text, tokenize(text), chosen)]


@pytest.mark.parametrize(
    "text",
    [
        "quiet on the phone today .\n47 . lives alone above the chippy",
        "brother present at her wish . 28 . day 4 of HTT . sleeping better",
        "rang back, no answer.\n71 NEXT BIRTHDAY -- wants a party",
    ],
)
def test_a_number_alone_as_a_sentence_is_an_age(text: str) -> None:
    number = next(w for w in text.split() if w.isdecimal())
    assert _bare(text) == [number]
    assert number in replaced_words(text, "age"), Deidentifier([]).redact(text).text


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ("0310 Wendell (frequent caller) -- 58, sober tonight.", "Wendell", "58"),
        ("Bex T (known to the team) -- 33. tearful, no plan.", "Bex", "33"),
        ("(full name held on paper file: Carys Morgan) -- 41, teacher.", "Carys Morgan", "41"),
        ("priya (goes by middle name) 26\nhome in a shared flat", "priya", "26"),
    ],
)
def test_a_number_after_a_named_aside_is_an_age(text: str, name: str, age: str) -> None:
    assert _bare(text, name) == [age]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Scores: PHQ-9 (Wendell's version) 17. GAD 12.", "Wendell"),
        ("Wendell (CPN) -- 14:30 visit booked.", "Wendell"),
        ("Wendell (husband) -- 20 mins late.", "Wendell"),
        ("Wendell (lodger) 37.5 temp on arrival.", "Wendell"),
        ("Plan:\n12. review meds\n13. letter to GP", ""),
        ("1. called GP.\n15. no answer", ""),
        ("room 4 (bay B) -- 22, settled.", ""),
        ("scored 19 . no change from last week", ""),
    ],
)
def test_a_score_a_time_or_a_list_number_is_no_age(text: str, name: str) -> None:
    assert _bare(text, name) == []


def test_bare_ages_stay_linear() -> None:
    engine = Deidentifier([])
    text = ("ok .\n54 . lives alone. Jo (aside) -- 45, low ((( 64 next birthday " * 200)[:10_000]
    assert redact_and_check_seconds(engine, text, "warm up .\n54 . lives") < LINEAR_SECONDS
    brackets = ("Jo (" * 2500)[:10_000]
    assert redact_and_check_seconds(engine, brackets, "warm up") < LINEAR_SECONDS
