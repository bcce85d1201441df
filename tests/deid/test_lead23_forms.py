"""Round 23 (lead): two forms of what the vault knows, and two false refusals, found reading
dev notes: the twenty-third batch's, and the older birthday leaks k23 left to the lead
(docs/deid-rounds.md, "Round 23 (lead)").

- A named day's words in the short spellings notes use ("xmas eve", "new yrs day", "bonfire
  nite", "burns nicht") are the date of birth when the day is the birthday, in both layers
  (`forms_days.SPELLINGS`).
- A known town contracted without its apostrophe ("hpool" of Hartlepool, "wton", "BHAM") is
  the client's address, in both layers (`forms_round13.elides`).
- A day ordinal before "is anniversary" is another event's day, not the birth day (both
  layers' far readers; the check refused an output where the replacer had left it).
- An English word's possessive is no misspelt name: "money's" was refused as a slip of
  "Morey", a diminutive of a client's surname Morris (k23's `check_words.a_word` reads it).

Each sentence here is new.
"""

from __future__ import annotations

import pytest

from notes_vault.deid.model import KnownSubject
from tests.deid.helpers import (
    LINEAR_SECONDS,
    assert_check_reads,
    assert_day_is_dob,
    assert_day_is_left,
    assert_vault_leaves,
    assert_vault_replaces,
    client_born,
    known_engine,
    redact_and_check_seconds,
)


@pytest.mark.parametrize(
    ("dob", "text", "day"),
    [
        ("1971-12-24", "home visit xmas eve, his 55th, sister brought a cake", "xmas eve"),
        ("1971-12-24", "BDAY IS XMAS EVE - WANTS NO FUSS", "XMAS EVE"),
        ("1971-12-24", "says her birthday falls on crimbo eve every year", "crimbo eve"),
        ("1988-01-01", "new yrs day - turned 38, rang crisis line from the flat", "new yrs day"),
        ("1988-01-01", "Born on New Yr's Day, always felt it was a let-down.", "New Yr's Day"),
        ("1979-11-05", "bday bonfire nite so wont be in, mum doing food", "bonfire nite"),
        ("1979-01-25", "her bday is burns nicht, dad used to do the address", "burns nicht"),
    ],
)
def test_a_named_day_in_short_spelling_is_the_date_of_birth(dob: str, text: str, day: str) -> None:
    assert_day_is_dob(client_born("Aoife Brennan", dob), text, day)


@pytest.mark.parametrize(
    ("dob", "text", "day"),
    [
        # Not the birthday: the day is another's.
        ("1971-06-02", "home visit xmas eve, sister brought a cake", "xmas eve"),
        ("1988-03-09", "new yrs day - rang crisis line from the flat", "new yrs day"),
        ("1979-06-30", "bonfire nite at the club, took his nephew", "bonfire nite"),
    ],
)
def test_a_named_day_that_is_not_the_birthday_is_left(dob: str, text: str, day: str) -> None:
    assert_day_is_left(client_born("Aoife Brennan", dob), text, day)


def _in(town: str) -> KnownSubject:
    return KnownSubject(role="CLIENT", name="Dale Fenwick", address=f"4 Moor View, {town}")


@pytest.mark.parametrize(
    ("town", "text", "form"),
    [
        ("Hartlepool", "can days ring dale (hpool) before 10, phone off again", "hpool"),
        ("Workington", "DALE F NFA WTON SINCE FRI - SOFAS", "WTON"),
        ("Birmingham", "moved back to Bham in the summer, works nights", "Bham"),
        ("Gateshead", "bus to ghead for the depot job, late twice", "ghead"),
    ],
)
def test_a_known_town_contracted_without_its_apostrophe_is_replaced(
    town: str, text: str, form: str
) -> None:
    engine = known_engine(_in(town))
    assert_vault_replaces(engine, text, text.index(form))
    assert_check_reads(engine, text, text.index(form))


@pytest.mark.parametrize(
    ("town", "text", "word"),
    [
        # Plain words that end like the town.
        ("Hartlepool", "the pool was shut so he walked instead", "pool"),
        ("Workington", "a ton of forms to fill in", "ton"),
        # An English word is no contraction of the client's town.
        ("Gateshead", "told her to go ahead with the course", "ahead"),
        # Too short a town: "bton" leaves only two letters out of Boston.
        ("Boston", "bton typed twice in the message", "bton"),
    ],
)
def test_words_that_only_end_like_the_town_are_left(town: str, text: str, word: str) -> None:
    engine = known_engine(_in(town))
    found = engine.redact(text).replacements
    at = text.index(word)
    assert not [r for r in found if r.category == "address" and r.start <= at < r.end]


@pytest.mark.parametrize(
    ("name", "text", "word"),
    [
        ("Chantelle Morris", "partner started at the docks so money's less tight", "money's"),
        ("Chantelle Morris", "Money's been the worry all month.", "Money's"),
        ("Jo Morey", "said the money's gone on the electric", "money's"),
    ],
)
def test_an_english_words_possessive_is_no_misspelt_name(name: str, text: str, word: str) -> None:
    engine = known_engine(KnownSubject(role="CLIENT", name=name))
    assert_vault_leaves(engine, text, text.index(word))


def test_a_misspelt_name_with_a_possessive_is_still_read() -> None:
    engine = known_engine(KnownSubject(role="CLIENT", name="Chantelle Morris"))
    text = "Moriss's mum rang the office twice"
    assert_check_reads(engine, text, 0)


def test_a_day_told_as_an_anniversary_is_not_refused_as_the_birth_day() -> None:
    # The birthday word is a line and more away; "5th is anniversary" names another day.
    subject = client_born("Bill Thornton", "1955-05-05")
    text = (
        "mon -- bday went quietly, cake from the daughter, grandchildren visiting overnight.\n"
        "tue -- clinic appointment missed again, telephoned afterwards, apologetic, rebooked "
        "thursday morning.\n"
        "wed -- wife rang: not sleeping, keeps talking about their son constantly. "
        "5th is anniversary."
    )
    engine = known_engine(subject)
    assert engine.leaks(engine.redact(text).text) == []


def test_linear_on_many_short_spellings_and_contractions() -> None:
    subject = KnownSubject(
        role="CLIENT",
        name="Dale Fenwick",
        address="4 Moor View, Hartlepool",
        dob=client_born("x", "1971-12-24").dob,
    )
    engine = known_engine(subject)
    text = "xmas eve hpool money's new yrs day pool " * 300
    assert redact_and_check_seconds(engine, text, "xmas eve hpool") < LINEAR_SECONDS
