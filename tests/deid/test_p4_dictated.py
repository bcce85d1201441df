"""Issue 13, round 4 (p4): what dictation and haste write: dates, years, numbers in words,
lower-case surnames after an honorific, school years in words.

Every sentence here was written for these tests, not copied from a corpus; each rule has a
case it must catch and a near miss it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import (
    LINEAR_SECONDS,
    covers,
    redact_and_check_seconds,
    replaced,
    replacements,
)

FOUND = [
    # Years in words.
    ("they moved to the coast in nineteen seventy eight period", "seventy eight"),
    ("her mother died in two thousand and four comma", "four"),
    ("the flood was twenty sixteen new paragraph", "twenty sixteen"),
    ("he stopped smoking in oh nine period", "oh nine"),
    # A month with a day in words or digits, maybe a year.
    ("date of birth april twenty ninth nineteen sixty one period", "april"),
    ("next session november the fourth at noon", "fourth"),
    ("the crash was on july 19, pt was driving", "19"),
    ("the fourteenth of february twenty twenty two comma", "fourteenth"),
    ("moved out in september twenty eighteen comma", "september twenty eighteen"),
    # A day in words before said punctuation.
    ("her son arrives on the twenty first period", "twenty first"),
    # Digits said one by one.
    ("call her at five oh three five five five double two one four", "five oh three"),
    ("medical record number three three eight oh one two nine period", "three three eight"),
    # A lower-case surname after an honorific with its full stop, or a surname that is a word.
    ("spoke with the counselor mr. abernathy about it", "abernathy"),
    ("told dr. okafor-lane about the dreams", "okafor-lane"),
    ("then mrs. white came to collect him", "white"),
    # A school year in words.
    ("a boy in year ten has been kind", "ten"),
    # A weekday and a day in words; a day in words after "session".
    ("see him Tuesday twelfth same room", "twelfth"),
    ("next session the twenty third at four", "twenty third"),
    ("a bed is free on the twenty ninth if approved", "twenty ninth"),
    ("spoke with the reviewer on extension six two one eight period", "six two one eight"),
]

KEPT = [
    # An age in words, a count.
    ("twenty three people came to the group", "twenty three"),
    ("nineteen people came to the group", "nineteen"),
    # "may" as a verb; "march" as a verb; a month with a count.
    ("she may second the plan", "second"),
    ("a cookout on the Fourth at his aunt's", "Fourth"),
    ("they will march first thing", "march"),
    ("june 3 times a week", "june"),
    # A few digits said: no number.
    ("rated it five out of ten, then six", "five"),
    ("one two three go", "one"),
    # "miss" as a verb, a verb after "dr", a course year.
    ("she said i miss home a lot", "home"),
    ("the dr said it was fine", "said"),
    ("she is in year two of her degree", "two"),
    # A rank after a weekday.
    ("on Monday the second go went better", "second"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_found(text: str, part: str) -> None:
    """Each dictated date, year or number is replaced in a fresh sentence."""
    assert covers(text, part), replaced(text)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_kept(text: str, part: str) -> None:
    """Ages, counts and verbs said in words are left alone."""
    assert not covers(text, part), replaced(text)


def test_said_digits_take_their_kind() -> None:
    """Said digits after a phone word are a phone; after a record word, a record number."""
    phone = replaced("call her at five oh three five five five double two one four")
    record = replaced("medical record number three three eight oh one two nine period")
    assert phone[-1][1] == "phone"
    assert record[-1][1] == "id_number"


def test_explain_names_the_cue() -> None:
    """`deid --explain` says the pattern layer and what was said, never the words."""
    reasons = [r.reason for r in replacements("in nineteen seventy eight period")]
    assert reasons == ["pattern: a date or year said in words"]


SIZE = 10_000
PATHOLOGICAL = {
    "said years": "nineteen twenty two thousand and oh " * (SIZE // 36),
    "said dates": "june the twenty the of march may " * (SIZE // 33),
    "said digits": "oh double triple one - two " * (SIZE // 27),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of a dictated rule's own pathological shape is redacted in under half a second."""
    text = PATHOLOGICAL[name]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
