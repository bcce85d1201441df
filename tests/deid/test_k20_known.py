"""Round 20 (k20): named days a birthday is told by that the tables lacked (Maghe Sankranti,
la noche de San Juan, the eve of Twelfth Night, Patrick's Day without its
title, the Día de las Madres, Ukrainian Independence Day), and a date of birth whose month
is written in another language between separators ("16/ago/1972"); a known person's first
initial alone where a name stands, in a note naming that person ("bored with P, and").
Each is replaced and read by the final check; sentences of our own, near misses and 10 KB
inputs."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from notes_vault.deid.forms_round20 import whole_dates
from tests.deid.helpers import (
    KNOWN_TODAY,
    LINEAR_SECONDS,
    assert_check_reads,
    assert_vault_leaves,
    assert_vault_replaces,
    known_engine,
    redact_and_check_seconds,
)

NAME = "Ottoline Brackenbury"


def _client(dob: datetime.date, **known: Any) -> KnownSubject:
    return KnownSubject(role="CLIENT", name=NAME, dob=dob, **known)


MAGHE = datetime.date(1988, 1, 15)
SAIGON = datetime.date(1979, 4, 30)
SAN_JUAN = datetime.date(1991, 6, 24)
PATRICK = datetime.date(1958, 3, 17)
MADRES = datetime.date(1964, 5, 10)
KYIV = datetime.date(2001, 8, 24)

FOUND: list[tuple[datetime.date, str, str]] = [
    (MAGHE, "Her birthday fell on Maghe Sankranti, so chaku and ghee.", "Maghe Sankranti"),
    (SAN_JUAN, "Her birthday is la noche de San Juan, bonfires.", "la noche de San Juan"),
    (PATRICK, "His birthday is Patrick's Day, so the pub is always packed.", "Patrick's Day"),
    (MADRES, "Born on el Día de las Madres, her mother teased.", "Día de las Madres"),
    (KYIV, "Ukrainian Independence Day is also her birthday.", "Ukrainian Independence Day"),
]  # fmt: skip


@pytest.mark.parametrize(("dob", "text", "form"), FOUND)
def test_a_named_day_is_replaced_and_checked(dob: datetime.date, text: str, form: str) -> None:
    """The named day is replaced by the vault layer, nothing is refused, and the final check
    reads it in the raw text on its own."""
    engine = known_engine(_client(dob))
    first = text.index(form)
    for at in (first + len(form) - 2, text.index(form.rsplit(maxsplit=1)[-1])):
        assert_vault_replaces(engine, text, at)
        assert_check_reads(engine, text, at)


def test_twelfth_night_eve_is_replaced_whole() -> None:
    """ "Twelfth Night eve" on a 5 January birthday is replaced with its "eve"."""
    engine = known_engine(_client(datetime.date(1970, 1, 5)))
    text = 'He is 56 in January (the 5th, "Twelfth Night eve" as his nan put it).'
    assert_vault_replaces(engine, text, text.index("eve"))
    assert_check_reads(engine, text, text.index("eve"))


LEFT: list[tuple[datetime.date, str, str]] = [
    (SAIGON, "He was born on what his father calls Black April.", "Black April"),  # both ways
    (PATRICK, "Patrick's day off was Monday, his birthday a week later.", "Patrick's"),
    (KYIV, "Ukrainian Independence Day parade on the news; she was tired.", "Ukrainian"),
    (MAGHE, "Maghe Sankranti feast at the community hall, lots of laddu.", "Maghe"),
]  # fmt: skip


@pytest.mark.parametrize(("dob", "text", "word"), LEFT)
def test_near_misses_of_named_days_are_left(dob: datetime.date, text: str, word: str) -> None:
    """A named day not on the birthday, in lower case where a capital is needed, with no birth
    cue in its sentence, or another's day: left by the vault layer, and the check passes."""
    engine = known_engine(_client(dob))
    assert_vault_leaves(engine, text, text.index(word))


AGOSTO = datetime.date(1972, 8, 16)
WHOLE: list[tuple[datetime.date, str, str]] = [
    (AGOSTO, "Paciente: C. Ruiz   Fecha de nac.: 16/ago/1972   Tel. 555", "16/ago/1972"),
    (AGOSTO, "DOB 16-AGO-72; lives with her daughter.", "16-AGO-72"),
    (AGOSTO, "nacida el 16 de ago de 1972 en Mayagüez", "16 de ago de 1972"),
    (datetime.date(1983, 9, 3), "Data de nascimento: 03/set/1983.", "03/set/1983"),
    (datetime.date(1990, 1, 7), "nato il 7.gen.1990 a Bari", "7.gen.1990"),
    (datetime.date(1967, 10, 21), "Nascido 21-out-67, Luanda.", "21-out-67"),
    (datetime.date(1975, 12, 2), "DOB 2/dic/1975 per the Spanish form.", "2/dic/1975"),
]  # fmt: skip


@pytest.mark.parametrize(("dob", "text", "form"), WHOLE)
def test_a_foreign_month_in_a_whole_date_is_replaced_and_checked(
    dob: datetime.date, text: str, form: str
) -> None:
    """The whole date is replaced by the vault layer, and the check reads it on its own."""
    engine = known_engine(_client(dob))
    for at in (text.index(form), text.index(form) + len(form) - 1):
        assert_vault_replaces(engine, text, at)
        assert_check_reads(engine, text, at)


WHOLE_LEFT = [
    "Moved here 16 years ago 1972 was mentioned once.",
    "Seen 16/ago - a typo in the referral.",
    "Fecha: 16/ago/1973 (her brother's).",
    "Fecha: 17/ago/1972 (her cousin's).",
    "Code 16/set/72b on the form.",
    "Ref 16-ago-1972-44 on the scan.",
]


@pytest.mark.parametrize("text", WHOLE_LEFT)
def test_near_misses_of_a_whole_date_are_left(text: str) -> None:
    """No year, another year or day, or a date run on into a code: left, and checked clean."""
    engine = known_engine(_client(AGOSTO))
    assert_vault_leaves(engine, text, text.index("16") + 3 if "16" in text else 0)


def test_the_shape_alone() -> None:
    """The shared shape: only dates that are the given dates of birth."""
    dobs = frozenset({AGOSTO})
    assert [s for s, _, _ in whole_dates("a 16/ago/1972 b 16/ago/1971", dobs)] == [2]
    assert list(whole_dates("16/ago/1972", frozenset())) == []


COUPLE = KnownSubject(
    role="CLIENT", name="Wilfred Oyelaran", linked=(LinkedPerson("Gwen Oyelaran", "partner"),)
)
LETTERS = [
    ("Wilfred and Gwen, joint session. I feel impatient with G, and ashamed of it.", "G, and"),
    ("Gwen and Wilfred again.\nUnder the anger for W: grief about his dad.", "W: grief"),
    ('Wilfred alone today. Gwen phoned; she says W "won\'t talk to me".', 'W "won'),
    ("Gwen and Wilfred both late: he from the depot, G from the bakery.", "G from"),
    ("Gwen cried when Wilfred spoke; I felt for W as much as for her.", "W as much"),
]


@pytest.mark.parametrize(("text", "form"), LETTERS)
def test_a_known_initial_where_a_name_stands_is_replaced_and_checked(text: str, form: str) -> None:
    """The person's first initial alone, after a word that takes a person or after a comma,
    in a note that names them, is replaced by the vault layer and read by the check."""
    engine = known_engine(COUPLE)
    at = text.index(form)
    assert_vault_replaces(engine, text, at)
    assert_check_reads(engine, text, at)


LETTERS_LEFT = [
    ("Gwen phoned: angry with W, she says.", "W,"),  # Wilfred not named in the note
    ("Wilfred: hep C, grade B, with C shift.", "C shift"),
    ("Wilfred: depression, W hemiparesis since May.", "W hemi"),
    ("Wilfred with G and H blocks of the estate.", "G and"),
    ("Wilfred chose plan B for W ward.", "W ward"),
    ("Wilfred read with W. Gwen's sister.", "W."),
]


@pytest.mark.parametrize(("text", "form"), LETTERS_LEFT)
def test_a_capital_that_stands_for_no_one_is_left(text: str, form: str) -> None:
    """A person not named in the note, a grade, a side of the body, a list of letters, a
    ward: left by this form (and the check passes)."""
    engine = known_engine(COUPLE)
    result = engine.redact(text)
    at = text.index(form)
    assert not [
        r for r in result.replacements if r.start <= at < r.end and "alone where" in r.reason
    ]
    assert engine.leaks(result.text) == [], result.text


SIZE = 10_000
PATHOLOGICAL = {
    "named": "la noche de la noche de San San Juan Patrick's Patrick's Day born " * (SIZE // 60),
    "separators": "16/ago/16/ago/16-ago-16.gen.1 16 de de ago de 19 " * (SIZE // 50),
    "digits": "1/2/3/4/5/6/7/8/9/ago/set/out/gen/mag/avr " * (SIZE // 42),
    "letters": 'with G, with W: for G as W, G from, says W "x" Wilfred Gwen ' * (SIZE // 60),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_round_20_forms_are_linear(name: str) -> None:
    """10 KB of a pathological input for these forms is redacted and checked in under half
    a second."""
    subject = _client(AGOSTO, linked=(LinkedPerson("Gwen Oyelaran", "partner"),))
    engine = Deidentifier([subject], today=KNOWN_TODAY)
    seconds = redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm-up 16/ago/1972 born")
    assert seconds < LINEAR_SECONDS
