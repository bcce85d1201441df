"""Round 12 (k12): a birthday told by the feasts of the dead, the solstices and equinoxes,
Midsummer, Twelfth Night, Yalda and the April new years of South and South-East Asia, and
a birthday relative to the note's date after "which was"; sentences of our own, near
misses and 10 KB inputs."""

from __future__ import annotations

import datetime

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, forms_feasts
from notes_vault.deid.check import Checker
from tests.deid.helpers import (
    LINEAR_SECONDS,
    TODAY,
    assert_day_is_dob,
    assert_day_is_left,
    client_born,
    engine_at,
    redact_and_check_seconds,
)

_engine = engine_at


def _subject(dob: str) -> KnownSubject:
    return client_born("Ottilie Brackenbury", dob)


FOUND = [
    ("1988-11-01", "Her birthday falls on All Saints, so the cemetery comes first.", "Saints"),
    ("1971-11-02", "He was born on All Souls and his gran called him lucky.", "Souls"),
    ("1990-12-21", "Shab-e Yalda is his birthday; the family stays up with pomegranates.", "Yalda"),
    ("1959-06-23", "A Midsummer baby, she says, which explains the bonfire cake.", "Midsummer"),
    ("2003-06-21", "Born on the summer solstice and still hates the heat.", "solstice"),
    ("1985-12-22", "My birthday is the winter solstice, the darkest day, she joked.", "solstice"),
    ("1977-03-20", "Her birthday is the first day of spring, her dad planted a tree.", "spring"),
    ("1994-09-23", "born on the autumn equinox (per his mum) and likes the symmetry", "equinox"),
    ("1982-04-14", "Songkran is also his birthday, so the temple visit doubles up.", "Songkran"),
    ("1967-04-13", "Turned sixty on Cambodian New Year, all the family at the wat.", "Cambodian"),
    ("1993-04-14", "Her birthday is Puthandu and her aunt sends sweets from Jaffna.", "Puthandu"),
    ("1989-01-06", "His birthday's Twelfth Night, so the tree comes down after it.", "Twelfth"),
    ("1975-12-12", "Said el día de la Virgen is her birthday as well.", "el día"),
]  # fmt: skip


@pytest.mark.parametrize(("dob", "text", "day"), FOUND)
def test_a_named_day_beside_a_birth_cue_is_the_date_of_birth(dob: str, text: str, day: str) -> None:
    """The day's name is replaced as the date of birth, and the check finds it on its own."""
    # the check reads "día de la Virgen" (the article names no day)
    assert_day_is_dob(_subject(dob), text, day, checked=day != "el día")


NOT_FOUND = [
    ("1988-11-02", "Her birthday falls on All Saints, so the cemetery comes first.", "Saints"),
    ("1988-11-01", "She sings at All Saints on Sundays. Born in Leeds.", "Saints"),
    ("2003-06-21", "We talked about the solstice and the stones; her mood is lower.", "solstice"),
    ("1967-04-13", "Songkran was busy at the temple. He was born in Battambang.", "Songkran"),
    ("1985-06-21", "Her birthday is the winter solstice, she says.", "solstice"),
    ("1989-01-06", "We read Twelfth Night in the group and she played Viola.", "Twelfth"),
]  # fmt: skip


@pytest.mark.parametrize(("dob", "text", "day"), NOT_FOUND)
def test_a_named_day_without_a_cue_or_on_another_date_is_left(
    dob: str, text: str, day: str
) -> None:
    """No birth cue in the sentence, someone else's birthday, a day the date of birth does not
    fall on, or a church of the same name: the name stays, and the check does not
    refuse the output."""
    assert_day_is_left(_subject(dob), text, day)


def test_someone_elses_solstice_birthday_is_left_and_the_check_errs_safe() -> None:
    """ "her sister's birthday is the summer solstice": the replacer leaves the day; the check,
    which sees only a `[PERSONAL EVENT]` tag, refuses the output (exit 8, not a leak)."""
    engine = _engine(_subject("2003-06-21"))
    result = engine.redact("Her sister's birthday is the summer solstice.")
    assert "solstice" in result.text, result.text
    assert engine.leaks(result.text) != []


def test_the_turning_points_of_the_year_have_their_days() -> None:
    """The June solstice falls on 20-22 June, Midsummer up to 24 June, Yalda 20-21 December."""
    assert "summer solstice" in forms_feasts.feasts(datetime.date(2001, 6, 20))
    assert "summer solstice" not in forms_feasts.feasts(datetime.date(2001, 6, 24))
    assert "midsummer" in forms_feasts.feasts(datetime.date(2001, 6, 24))
    assert "yalda" in forms_feasts.feasts(datetime.date(2001, 12, 20))
    assert "solstice" in forms_feasts.feasts(datetime.date(2001, 12, 22))


@pytest.mark.parametrize(
    "text",
    ['Her dad "rang on my birthday" \u2014 which was last Sunday, she said.',
     "His birthday, which was on Thursday, passed quietly."],
)  # fmt: skip
def test_a_birthday_then_which_was_and_a_relative_day(text: str) -> None:
    """ "birthday — which was last Sunday": the relative day is the date of birth (the note is
    dated), replaced; the check reads it on the raw text too."""
    subject = _subject("1980-03-09")
    engine = _engine(subject)
    result = engine.redact(text)
    assert "Sunday" not in result.text, result.text
    assert "Thursday" not in result.text, result.text
    assert Checker([subject], today=TODAY).leaks(text) != []


def test_which_without_a_verb_is_no_link() -> None:
    """ "birthday, which she hates": no time follows, nothing is a date of birth."""
    subject = _subject("1980-03-09")
    engine = _engine(subject)
    result = engine.redact("Her birthday, which she hates, is next. Last Sunday she came.")
    assert not [r for r in result.replacements if r.category == "dob"], result.text
    assert engine.leaks(result.text) == []


SIZE = 10_000
PATHOLOGICAL = {
    "solstices without a cue": "the summer solstice winter solstice equinox " * (SIZE // 44),
    "articles before days": "el el dia el dia de la la Virgen " * (SIZE // 32),
    "which was repeated": 'birthday" \u2014 which was which was which ' * (SIZE // 40),
    "new years after a cue": "born Khmer New Year Thai New Year Songkran " * (SIZE // 43),
    "distances before days": "born right before the day before two days after X " * (SIZE // 51),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_round_12_feasts_are_linear(name: str) -> None:
    """10 KB of a pathological input for the named days is redacted and checked in under
    half a second (with dates of birth on which such days fall)."""
    for dob in (
        datetime.date(1990, 6, 21),
        datetime.date(1979, 4, 13),
        datetime.date(1992, 12, 12),
    ):
        subject = KnownSubject(role="CLIENT", name="Ottilie Brackenbury", dob=dob)
        seconds = redact_and_check_seconds(
            Deidentifier([subject]), PATHOLOGICAL[name], "warm-up born on the solstice"
        )
        assert seconds < LINEAR_SECONDS


NEAR_FOUND = [
    ("1966-10-24", 'Says his birthday is "right before Halloween", a week of it.', "right before"),
    ("1980-12-27", "She was born two days after Christmas, so the presents merged.", "two days"),
    ("1990-11-04", "Her birthday is the day before Bonfire Night.", "the day before"),
]  # fmt: skip


@pytest.mark.parametrize(("dob", "text", "words"), NEAR_FOUND)
def test_a_birthday_near_a_named_day(dob: str, text: str, words: str) -> None:
    """The distance and the day's name are the date of birth when they land on it; the check
    reads them on the raw text too."""
    subject = _subject(dob)
    engine = _engine(subject)
    result = engine.redact(text)
    assert words not in result.text, result.text
    assert engine.leaks(result.text) == []
    leaks = Checker([subject], today=TODAY).leaks(text)
    assert any(leak.start <= text.index(words) < leak.end for leak in leaks), leaks


NEAR_LEFT = [
    ("1980-12-29", "She was born two days after Christmas, so the presents merged."),
    ("1980-12-27", "Two days after Christmas she relapsed. Born in Leeds."),
    ("1990-11-04", "Her son's birthday is the day before Bonfire Night."),
]  # fmt: skip


@pytest.mark.parametrize(("dob", "text"), NEAR_LEFT)
def test_a_day_near_a_named_day_that_is_no_birthday_is_left(dob: str, text: str) -> None:
    """Another distance, no birth cue in the sentence, someone else's birthday: no date of
    birth is replaced."""
    engine = _engine(_subject(dob))
    result = engine.redact(text)
    assert not [r for r in result.replacements if r.category == "dob"], result.text
