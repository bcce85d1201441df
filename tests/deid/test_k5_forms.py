"""Issue 12, round 5 (k5): red-team forms of known identifiers that passed an exit 0.

Sentences are written fresh for each rule. Each form is tested on both sides
where the final check has it: the replacer covers it, and the check alone, on
the text as written, finds it. Near misses are neither replaced nor refused.
The hand-written red-team cases (`k5_redteam.txt`) must all be replaced or refused.
"""

from __future__ import annotations

import datetime
import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from notes_vault.deid.check import Checker
from notes_vault.deid.forms import pet_forms, street_forms
from notes_vault.deid.forms_round5 import barrel_letters
from notes_vault.deid.normal import view
from tests.deid import k5_redteam
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, wholly_replaced

TODAY = datetime.date(2026, 12, 4)
SUBJECT = KnownSubject(
    role="CLIENT",
    name="Ines Carvalho-Brandt",
    aliases=("Zef",),
    dob=datetime.date(1993, 6, 11),
    address="2207 SW Quimby Terrace, Gresham, OR",
    postcode="97080",
    linked=(
        LinkedPerson("Rory McAllister-Dunne", "partner"),
        LinkedPerson("Aoife O'Flaherty", "sister"),
    ),
)


def _engine() -> Deidentifier:
    return Deidentifier([SUBJECT], rng=random.Random(3), today=TODAY)


def _checked(text: str, form: str) -> bool:
    """The final check alone, on the text as written, flags `form`."""
    start = text.index(form)
    leaks = Checker([SUBJECT]).leaks(text)
    return any(leak.start < start + len(form) and leak.end > start for leak in leaks)


def test_barrel_letters_are_the_two_pieces_capitals() -> None:
    """A hyphenated or apostrophe surname gives its two capitals; a plain one gives none."""
    assert barrel_letters("Ines Carvalho-Brandt") == "cb"
    assert barrel_letters("Aoife O'Flaherty") == "of"
    assert barrel_letters("Rory McAllister") == ""
    assert barrel_letters("Brandt") == ""


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Ms C-B was quieter than last week.", "C-B"),
        ("Spoke to R. M-D. about the move.", "M-D."),
        ("I asked whether O'F knew.", "O'F"),
        ("C.-B. agreed to the plan.", "C.-B."),
    ],
)
def test_a_surnames_two_capitals_with_their_join_are_replaced_and_checked(
    text: str, form: str
) -> None:
    """The barrel letters with their hyphen or apostrophe are a known person's initials."""
    assert wholly_replaced(_engine(), text, form)
    assert _checked(text, form)


@pytest.mark.parametrize(
    "text",
    [
        "The X-RAY was clear.",  # a word after the hyphen
        "Her BP was 120/80 and the CB radio was on.",  # the letters without a join
        "Grade B-C work, she said.",  # letters of no known surname
        "She works in A-E on nights.",
    ],
)
def test_near_misses_of_barrel_letters_are_left(text: str) -> None:
    """Other capitals joined by a hyphen, or the letters without one, are neither."""
    engine = _engine()
    result = engine.redact(text)
    assert not [r for r in result.replacements if r.layer == "vault"]
    assert not engine.leaks(result.text)


def test_pet_forms_double_a_short_names_last_consonant() -> None:
    """ "Zef" gives "Zeffy"; a long name, a vowel ending or an English word gives none."""
    assert {"Zeffy", "Zeffie"} <= set(pet_forms("Zef"))
    assert pet_forms("Carvalho") == ()
    assert pet_forms("Ana") == ()
    assert "Marky" in pet_forms("Mark")
    assert "Markky" not in pet_forms("Mark")
    assert "Patty" not in pet_forms("Pat")  # an English word


@pytest.mark.parametrize(
    ("text", "form"),
    [('Texts signed "Zeffy x" keep coming at night.', "Zeffy"), ("Zeffie was late.", "Zeffie")],
)
def test_a_pet_form_of_an_alias_is_replaced_and_checked(text: str, form: str) -> None:
    """A recorded alias made a pet name is the person."""
    assert wholly_replaced(_engine(), text, form)
    assert _checked(text, form)


def test_a_house_number_goes_with_its_street_across_a_dotted_direction() -> None:
    """ "2207 S.W. Quimby": the number, the direction and the street are one address."""
    assert "2207 s.w. Quimby Terrace" in street_forms("2207 SW Quimby Terrace")
    text = "Still at 2207 S.W. Quimby Terrace with her aunt."
    assert wholly_replaced(_engine(), text, "2207 S.W. Quimby Terrace")


def test_every_red_team_case_is_replaced_or_refused() -> None:
    """No hand-written red-team sentence leaves its needle in an exit-0 output."""
    leaks = []
    for key, sentence, needles in k5_redteam.cases():
        engine = Deidentifier([k5_redteam.SUBJECTS[key]], rng=random.Random(0), today=TODAY)
        if k5_redteam.verdict(engine, sentence, needles) == "LEAK":
            leaks.append(sentence)
    assert leaks == []


def test_round_5_scans_run_in_linear_time() -> None:
    """Long runs of joined capitals and apostrophes stay linear (10 KB < 0.5 s)."""
    engine = _engine()
    for unit in ("C-B-", "O'F'", "A-B ", "Zeffy "):
        text = unit * (10_000 // len(unit))
        assert redact_and_check_seconds(engine, text, "warm up") < LINEAR_SECONDS


UNIT_SUBJECT = KnownSubject(
    role="CLIENT",
    name="Gerrit van der Wal",
    dob=datetime.date(1971, 3, 8),
    address="88 Pell Street Apt 12C, Hoboken, NJ",
    linked=(LinkedPerson("Anneke van der Wal", "sister"),),
)


def _unit_engine() -> Deidentifier:
    return Deidentifier([UNIT_SUBJECT], rng=random.Random(4), today=TODAY)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Home visit, buzzer for apt 12C was broken.", "apt 12C"),
        ("He has moved out of #12C for now.", "#12C"),
        ("pt gvdw seen alone, 40 min", "gvdw"),
        ("VDW family history of depression.", "VDW"),
    ],
)
def test_a_unit_and_particle_initials_are_replaced_and_checked(text: str, form: str) -> None:
    """A known address's unit after a unit word, a particle surname's initials in any case."""
    assert wholly_replaced(_unit_engine(), text, form)
    start = text.index(form)
    leaks = Checker([UNIT_SUBJECT]).leaks(text)
    assert any(leak.start < start + len(form) and leak.end > start for leak in leaks)


@pytest.mark.parametrize(
    "text",
    ["She drew it with a 12C pencil.", "Unit 12 was closed.", "Flat 12CD is a neighbour's."],
)
def test_near_misses_of_a_unit_are_left(text: str) -> None:
    """The unit alone, another unit, or a longer code is no address."""
    engine = _unit_engine()
    result = engine.redact(text)
    assert not [r for r in result.replacements if r.layer == "vault"]
    assert not engine.leaks(result.text)


def test_a_birthday_next_wk_is_the_date_of_birth() -> None:
    """ "birthday next wk" pins the day of birth as "next week" does, in both layers."""
    text = "Birthday next wk, dreading it."
    assert wholly_replaced(_engine(), text, "next wk")
    assert _checked(text, "next wk")


def test_a_capital_glued_to_a_tag_is_no_initial() -> None:
    """ "[DAY Saturday]S." (a plural in capitals, replaced) is not a known initial "S."."""
    subject = KnownSubject(
        role="CLIENT", name="Bea Lund", linked=(LinkedPerson("Sol Lund", "son"),)
    )
    text = "GOES TO MASS ON [DAY Saturday]S.\n"
    assert Checker([subject]).leaks(text, tags={"[DAY Saturday]"}) == []
    assert Checker([subject]).leaks("I asked S. about it.") != []


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("O7947 ll8 22O", "07947 118 220"),  # a phone number scanned in three runs
        ("05.l2.l98O", "05.12.1980"),
        ("57O-555-Ol46", "570-555-0146"),
        ("3l8 Birney Ave", "318 Birney Ave"),
        ("0'R0URKE, MARY CATHER1NE", "O'ROURKE, MARY CATHERINE"),
        ("Mr 0gun-\nleye", "Mr Ogun-\nleye"),
        ("F1at 9, Hu1me High St", "Flat 9, Hulme High St"),
        ("WORKS AT M1ND", "WORKS AT MIND"),
    ],
)
def test_scanning_slips_are_read_back_in_the_view(written: str, read: str) -> None:
    """Digits among O/I/l runs and 0/1 inside words are read as a scanner meant them."""
    assert view(written).text == read


@pytest.mark.parametrize(
    "text",
    ["on I-10 near", "1-III-1940", "O2 sats 98%", "SW1A 1AA", "2l bottle", "0am", "scored 0/10"],
)
def test_codes_and_short_runs_are_left_as_written_in_the_view(text: str) -> None:
    """A road, a gas, a test, a postcode, a unit or a lone slip is not re-read."""
    assert view(text).text == text


def test_a_scanned_record_is_replaced_whole() -> None:
    """A scanned letter's slips do not hide the known phone, date of birth or surname."""
    subject = KnownSubject(
        role="CLIENT",
        name="Tobias Ogunleye",
        dob=datetime.date(1980, 12, 5),
        phone="07947 118 220",
        address="Flat 9, 3 Hulme High Street, Manchester",
    )
    engine = Deidentifier([subject], rng=random.Random(2), today=TODAY)
    text = "Tel O7947 ll8 22O. DOB 05.l2.l98O. Mr 0gunleye, F1at 9, 3 Hu1me High St."
    for form in ("O7947 ll8 22O", "05.l2.l98O", "0gunleye", "Hu1me High St"):
        assert wholly_replaced(engine, text, form)


AGED = KnownSubject(role="CLIENT", name="Ines Quiroga", dob=datetime.date(1955, 4, 27))


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Sra. Q (69 yesterday) came with her son.", "yesterday"),
        ("She is 71 as of yesterday and feels it.", "yesterday"),
        ("Turning point: 70 last Friday, no party.", "last Friday"),
        ("Yesterday, for her birthday, nobody rang.", "Yesterday"),
    ],
)
def test_a_recent_age_then_a_relative_day_is_the_birthday(text: str, form: str) -> None:
    """An age the client has had lately, then "yesterday", pins the day of birth."""
    engine = Deidentifier([AGED], rng=random.Random(6), today=TODAY)
    assert wholly_replaced(engine, text, form)
    start = text.index(form)
    leaks = Checker([AGED], today=TODAY).leaks(text)
    assert any(leak.start < start + len(form) and leak.end > start for leak in leaks)


@pytest.mark.parametrize(
    "text", ["She drank 6 yesterday.", "Her son is 30 tomorrow.", "He scored 12 last Friday."]
)
def test_other_numbers_before_a_relative_day_are_left(text: str) -> None:
    """A number that is no age the client has had lately is no birthday."""
    engine = Deidentifier([AGED], rng=random.Random(6), today=TODAY)
    result = engine.redact(text)
    assert not [r for r in result.replacements if r.category == "dob"]
    assert not engine.leaks(result.text)


def test_a_leap_year_baby_is_born_on_the_leap_day() -> None:
    """ "a leap year baby" is the birthday of a client born on 29 February."""
    subject = KnownSubject(role="CLIENT", name="Ola Brisk", dob=datetime.date(1996, 2, 29))
    engine = Deidentifier([subject], rng=random.Random(6), today=TODAY)
    assert wholly_replaced(engine, "She calls herself a leap year baby.", "leap year baby")


@pytest.mark.parametrize(
    ("name", "text", "form"),
    [
        ("Evangelina Ruiz de la Cruz", "Sra. de la Cruz arrived early.", "de la Cruz"),
        ("Miguel Ángel Soto Barrera", "Plan review - MA Soto - signed.", "MA Soto"),
        ("Miguel Ángel Soto Barrera", "Seen: M.A. Soto, 40 min.", "M.A. Soto"),
    ],
)
def test_what_stands_before_a_part_of_a_long_name_goes_with_it(
    name: str, text: str, form: str
) -> None:
    """The particles, or the given names' initials, before a found surname are the name."""
    engine = Deidentifier([KnownSubject(role="CLIENT", name=name)], rng=random.Random(1))
    assert wholly_replaced(engine, text, form)


def test_other_capitals_before_a_surname_keep_their_role() -> None:
    """ "GP Soto": capitals that are not the given names' initials stay."""
    subject = KnownSubject(role="CLIENT", name="Miguel Ángel Soto Barrera")
    result = Deidentifier([subject], rng=random.Random(1)).redact("Letter to GP Soto today.")
    assert result.text.startswith("Letter to GP ")
