"""Issue 13, round 6 (a7): phones said digit by digit; ages listed after lower-case names.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

PHONES = [
    "her mobile is oh seven seven one two, three four five, six seven eight",
    "ring him on oh one nine two four double-six eight three two one",
    "the number was two one two, five five five, oh one four nine",
    "zero eight hundred? no, zero triple eight two four six one nine five",
    "she read it out, oh seven nine eight - one one two - three nine oh four",
]

PHONES_LEFT = [
    "count one, two, three, four, five, six, seven, eight, nine and breathe",
    "she rated the days six, five, seven, six, five, four, six this week",
    "dial nine nine nine if you are in danger",
    "one or two drinks, three at most",
    "she has two kids, one dog and four cats",
]


@pytest.mark.parametrize("text", PHONES)
def test_phone_said_digit_by_digit_is_replaced(text: str) -> None:
    """A run of nine or more digit words is replaced as a phone number."""
    assert any(category == "phone" for _, category in replaced(text)), replaced(text)


@pytest.mark.parametrize("text", PHONES_LEFT)
def test_counting_and_short_codes_are_kept(text: str) -> None:
    """Counting up or down, an emergency number and a few numbers in a sentence stay."""
    assert not any(category == "phone" for _, category in replaced(text)), replaced(text)


LISTED = [
    ("The children: Ada is 12, noor 9 and finn 6.", "9"),
    ("can tell (grace is 17, faith 15) but not the youngest", "15"),
    ("Tom is 40, amy 38; both work shifts.", "38"),
    ("Ella is 16, josh 14, both at the academy", "14"),
    ("she is 19, jade 17 \u2192 both at college", "17"),
]

LISTED_LEFT = [
    ("She is 15, page 2 of the form is blank.", "2"),
    ("aged 6, room 12 at the end of the corridor", "12"),
    ("He is 30, mark 4 on the scale was his worst.", "4"),
    ("She is 15, then 2 weeks later she ran away.", "2"),
    ("He is 12, not 21, whatever he says online.", "21"),
]


@pytest.mark.parametrize(("text", "age"), LISTED)
def test_age_after_a_listed_name_is_replaced(text: str, age: str) -> None:
    """After an age, a comma and a given name in any case, the next number is an age."""
    assert (age, "age") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "number"), LISTED_LEFT)
def test_number_after_an_ordinary_word_is_kept(text: str, number: str) -> None:
    """After an age and a comma, a number after an ordinary word is left alone."""
    assert not covers(text, number), replaced(text)


PATHOLOGICAL = {
    "digits": "oh seven nine double-four, " * 380,
    "repeats": "double triple " * 720,
    "listed": "will is 19, hope 16, " * 480,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of an a7 rule's own pathological shape is redacted in under half a second."""
    text = PATHOLOGICAL[name][:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
