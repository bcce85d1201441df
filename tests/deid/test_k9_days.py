"""Round 9 (k9): the day of birth as a bare digit ordinal in the paragraph of a birthday
word ("a barbecue at hers 17th"); sentences of our own, and near misses."""

from __future__ import annotations

import datetime
import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject
from notes_vault.deid.check import Checker

TODAY = datetime.date(2026, 12, 5)
SUBJECT = KnownSubject(role="CLIENT", name="Imogen Tabbernor", dob=datetime.date(1990, 6, 17))


def _engine() -> Deidentifier:
    return Deidentifier([SUBJECT], rng=random.Random(0), today=TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "Birthday soon. Her sister is hosting, a barbecue at hers 17th if it stays dry.",
        "| Mon | 17th | clinic | birthday card for I.T.? |",
        "- born in Swansea, birthday (midsummer-ish)\n- party planned, 17th, at the rugby club",
    ],
)
def test_a_bare_day_of_birth_near_a_birthday_is_replaced(text: str) -> None:
    """A digit ordinal that is the day of birth, near a birthday word in its paragraph,
    is replaced, and the check finds it on its own."""
    engine = _engine()
    result = engine.redact(text)
    assert "17th" not in result.text, result.text
    assert engine.leaks(result.text) == []
    leaks = Checker([SUBJECT], today=TODAY).leaks(text)
    assert any(leak.start <= text.index("17th") < leak.end for leak in leaks), leaks


@pytest.mark.parametrize(
    "text",
    [
        "Birthday soon.\n\nStarted her new job, 17th in the queue for a desk.",  # a paragraph on
        "Birthday talk again. Her 17th admission since 2019.",  # an age or a count
        "Birthday talk again. It was her 17th, not mine.",
        "Birthday talk again. Her brother's 17th was a disaster.",  # someone's age
        "Birthday talk again. Our 17th session.",
        "Her mum's birthday was lovely. Back at hers 17th.",  # someone else's birthday
        "Lunch at hers 17th, a quiet one.",  # no birthday word at all
        "Birthday next year; the ward is 17th of 20 on the list.",
        "Birthday talk again. Room 4/17th floor.",
    ],
)
def test_near_misses_stay(text: str) -> None:
    """Near miss: another paragraph, an age, a count, someone else's birthday, no
    birthday word: the ordinal is no date of birth and the check does not refuse it."""
    engine = _engine()
    result = engine.redact(text)
    assert "[DOB]" not in result.text, result.text
    assert engine.leaks(result.text) == []


BORN_33 = KnownSubject(role="CLIENT", name="Zbigniew Kowal", dob=datetime.date(1933, 5, 9))


@pytest.mark.parametrize(
    ("text", "year"), [("he was born 33, in Lwow", "33"), ("born in '33, the youngest", "'33")]
)
def test_the_check_reads_a_two_digit_year_after_born(text: str, year: str) -> None:
    """The final check finds "born 33" on its own, as the replacer does (round 8 taught the
    replacer only)."""
    leaks = Checker([BORN_33], today=TODAY).leaks(text)
    assert any(leak.start <= text.index(year) < leak.end for leak in leaks), leaks


@pytest.mark.parametrize(
    "text", ["born 33 weeks, small", "born 33/40 by section", "born 34, a sister", "born 33wks"]
)
def test_the_check_leaves_weeks_and_other_years(text: str) -> None:
    """Near miss: weeks of gestation, a fraction, another year: not refused."""
    assert Checker([BORN_33], today=TODAY).leaks(text) == []


DEAD = KnownSubject(role="CLIENT", name="Ximena Paz", dob=datetime.date(1994, 11, 2))


@pytest.mark.parametrize(
    "text",
    [
        '"my birthday is the day of the dead," she said, laughing.',
        "Her bday falls on the Day of the Dead this year too.",
    ],
)
def test_a_birthday_told_by_a_named_day_is_replaced_whole(text: str) -> None:
    """ "my birthday is the day of the dead": the whole clause is replaced (the name in
    lower case too, after a birthday word), and the check finds it on its own."""
    engine = Deidentifier([DEAD], rng=random.Random(0), today=TODAY)
    result = engine.redact(text)
    assert "birthday" not in result.text.lower(), result.text
    assert "dead" not in result.text.lower(), result.text
    assert engine.leaks(result.text) == []
    assert Checker([DEAD], today=TODAY).leaks(text) != []


def test_a_named_day_in_lower_case_without_a_birthday_stays() -> None:
    """Near miss: the day in lower case with no birthday before it is no date of birth."""
    engine = Deidentifier([DEAD], rng=random.Random(0), today=TODAY)
    text = "The day of the dead parade went past the clinic."
    assert engine.redact(text).text == text
    assert engine.leaks(text) == []
