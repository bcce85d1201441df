"""Round 11 (k11): a birthday told by a named day the `holidays` data lacks ("born on
D-Day", "a Baisakhi baby"), only beside a birth cue and only when the date of birth falls
on the day; sentences of our own, near misses and 10 KB inputs."""

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
    return client_born("Wilhelmina Ostrander", dob)


FOUND = [
    ("1944-06-06", "Told me she was born on D-Day and her dad was on a landing craft.", "D-Day"),
    ("1961-04-13", "A Baisakhi baby, he says, so the gurdwara was always busy then.", "Baisakhi"),
    ("1988-04-14", "date of birth 14.04.88 (Vaisakhi, his nani says) and lives alone", "Vaisakhi"),
    ("1979-07-04", "Her birthday went fine, a quiet Fourth with no drink for once.", "Fourth"),
    ("1983-07-12", "Says he was born on the Twelfth, bands outside the maternity ward.", "Twelfth"),
    ("1992-12-12", "Her birthday is Our Lady of Guadalupe, she lights a candle.", "Guadalupe"),
    ("2001-09-11", "It was Enkutatash on Thursday, which was also her birthday too.", "Enkutatash"),
    ("1975-03-21", "Turned fifty on Nowruz and the family came from Shiraz for it.", "Nowruz"),
    ("1969-03-01", "Born on Dydd Gŵyl Dewi, which her gran took as a sign.", "Dewi"),
    ("1972-04-02", "He was born on Easter Sunday, his mother never let him forget it.", "Easter"),
    ("1993-12-12", "Seen (Día de la Virgen + client's birthday), brought pan dulce.", "Virgen"),
    ("1990-02-27", "born on Pancake Day, so every birthday had a stack of them", "Pancake"),
]  # fmt: skip


@pytest.mark.parametrize(("dob", "text", "day"), FOUND)
def test_a_named_day_beside_a_birth_cue_is_the_date_of_birth(dob: str, text: str, day: str) -> None:
    """The day's name is replaced as the date of birth, and the check finds it on its own."""
    assert_day_is_dob(_subject(dob), text, day)


NOT_FOUND = [
    ("1944-06-07", "Told me she was born on D-Day and her dad was on a landing craft.", "D-Day"),
    ("1944-06-06", "Her grandad landed on D-Day. She was born in Hull.", "D-Day"),
    ("1944-06-06", "We watched a film about D-Day together.", "D-Day"),
    ("1979-07-04", "Fourth session today. Her birthday is soon.", "Fourth"),
    ("1979-07-04", "Born in Ohio, grew up on Fourth Street near the mill.", "Fourth"),
    ("1979-07-04", "Born in Ohio, now in Fourth grade at her new school.", "Fourth"),
    ("1961-04-13", "The gurdwara was busy for Vaisakhi. He was born in Jalandhar.", "Vaisakhi"),
    ("1992-12-12", "She was born in Pharr and her aunt is called Guadalupe.", "Guadalupe"),
    ("1972-04-02", "Spent Easter with her sister; her birthday was in May.", "Easter"),
]  # fmt: skip


@pytest.mark.parametrize(("dob", "text", "day"), NOT_FOUND)
def test_a_named_day_without_a_cue_or_on_another_date_is_left(
    dob: str, text: str, day: str
) -> None:
    """No birth cue in the sentence, someone else's birthday, a day the date of birth does
    not fall on, or an ordinal that counts ("Fourth Street"): the name stays, and the check
    does not refuse the output."""
    assert_day_is_left(_subject(dob), text, day)


def test_someone_elses_birthday_is_left_and_the_check_errs_safe() -> None:
    """ "her mum's birthday is D-Day": the replacer leaves the day; the check, which sees
    only a `[PERSONAL EVENT]` tag where the birthday was, refuses the output (exit 8, not a
    leak) when the date of birth falls on the day."""
    subject = _subject("1944-06-06")
    engine = _engine(subject)
    result = engine.redact("Her mum's birthday is D-Day, she keeps a photo.")
    assert "D-Day" in result.text, result.text
    assert engine.leaks(result.text) != []


def test_easter_moves_with_the_year_of_birth() -> None:
    """Easter Sunday fell on 2 April 1972 and 11 April 1971; Vaisakhi has two days."""
    assert forms_feasts.easter(1972) == datetime.date(1972, 4, 2)
    assert forms_feasts.easter(1971) == datetime.date(1971, 4, 11)
    assert forms_feasts.easter(2000) == datetime.date(2000, 4, 23)
    assert "easter sunday" in forms_feasts.feasts(datetime.date(1972, 4, 2))
    assert "easter sunday" not in forms_feasts.feasts(datetime.date(1971, 4, 2))
    assert "vaisakhi" in forms_feasts.feasts(datetime.date(1961, 4, 14))


SIZE = 10_000
PATHOLOGICAL = {
    "ordinals after a cue": "born the Fourth Fourth Fourth Street " * (SIZE // 37),
    "names without a break": "D-Day D Day DDay birthday " * (SIZE // 26),
    "cues with no name": "born birthday DOB turned baby " * (SIZE // 30),
    "prefixes repeated": "the feast of the feast of the day of Guadalupe " * (SIZE // 48),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_round_11_feasts_are_linear(name: str) -> None:
    """10 KB of a pathological input for the named days is redacted and checked in under
    half a second (with a date of birth on which three such days fall)."""
    for dob in (datetime.date(1979, 7, 4), datetime.date(1944, 6, 6), datetime.date(1992, 12, 12)):
        subject = KnownSubject(role="CLIENT", name="Wilhelmina Ostrander", dob=dob)
        seconds = redact_and_check_seconds(
            Deidentifier([subject]), PATHOLOGICAL[name], "warm-up born on D-Day"
        )
        assert seconds < LINEAR_SECONDS


@pytest.mark.parametrize(
    "text",
    ["She says her birthday only comes every four years, so she is really six.",
     "a bday once every 4 years - jokes about it"],
)  # fmt: skip
def test_a_leap_day_birthday_told_by_how_often_it_comes(text: str) -> None:
    """ "birthday only comes every four years" is 29 February: replaced, and the check
    finds it on its own; not for anyone born on another day."""
    subject = _subject("1996-02-29")
    engine = _engine(subject)
    result = engine.redact(text)
    assert "every" not in result.text, result.text
    assert engine.leaks(result.text) == []
    assert Checker([subject], today=TODAY).leaks(text)
    other = _engine(_subject("1996-03-01"))
    assert "every" in other.redact(text).text


def test_a_holiday_in_lower_case_after_born_on_is_the_date_of_birth() -> None:
    """ "born on thanksgiving" (the holidays data's names count only with a capital, or
    after "born on" since round 11): replaced, and the check finds it; another year's
    Thanksgiving is a holiday."""
    text = "He was born on thanksgiving, his mum still jokes about the turkey."
    subject = _subject("1985-11-28")
    engine = _engine(subject)
    result = engine.redact(text)
    assert "thanksgiving" not in result.text, result.text
    assert "[DOB]" in result.text, result.text
    assert engine.leaks(result.text) == []
    assert Checker([subject], today=TODAY).leaks(text)
    other = _engine(_subject("1985-11-27")).redact(text)
    assert "[DOB]" not in other.text, other.text
