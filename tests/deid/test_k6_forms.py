"""Issue 12, round 6 (k6): known identifiers in forms that passed an exit 0 before round 6.

Sentences are written fresh for each rule (none from the corpus or the red-team file).
Each form is tested on both sides: the replacer covers it, and the final check alone, on
the text as written, finds it. Near misses are neither replaced nor refused. The
hand-written red-team cases (`k6_redteam.txt`) must all be replaced or refused.
"""

from __future__ import annotations

import datetime
import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from notes_vault.deid.check import Checker
from notes_vault.deid.forms_round6 import email_pieces, org_forms, translit_key
from tests.deid import k5_redteam, k6_redteam
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, wholly_replaced

TODAY = datetime.date(2026, 12, 4)
SUBJECT = KnownSubject(
    role="CLIENT",
    name="Halyna Zoya Bondarenko",
    aliases=("Galya", "Oksana"),
    dob=datetime.date(1987, 5, 12),
    email="halyna.b87@gmail.com",
    address="31 Thornbury Road, Isleworth",
    postcode="TW7 4LQ",
    linked=(
        LinkedPerson("Taras Bondarenko", "partner"),
        LinkedPerson("University of Wyoming", "school"),
        LinkedPerson("Three Rivers Housing", "employer"),
        LinkedPerson("Beacon Hill Academy", "other"),
        LinkedPerson("QVX Logistics", "other"),
        LinkedPerson("Kestrel Assembly Plant", "other"),
    ),
)


def _engine() -> Deidentifier:
    return Deidentifier([SUBJECT], rng=random.Random(5), today=TODAY)


def _checked(text: str, form: str) -> bool:
    """The final check alone, on the text as written, flags `form`."""
    start = text.index(form)
    leaks = Checker([SUBJECT], today=TODAY).leaks(text)
    return any(leak.start < start + len(form) and leak.end > start for leak in leaks)


def test_transliteration_key_merges_what_transliterations_trade() -> None:
    """g/h, i/y, x/ks and doubled letters meet; other names keep their own key."""
    assert translit_key("Olha") == translit_key("Olga")
    assert translit_key("Yevheniia") == translit_key("Yevgeniya")
    assert translit_key("Oxana") == translit_key("Oksana")
    assert translit_key("Helena") != translit_key("Halyna")
    assert translit_key("Ola") == ""  # too short to trust


def test_email_pieces_are_local_parts_with_a_digit() -> None:
    """Only a piece of the local part with a digit and two letters counts, never a whole one."""
    assert email_pieces("halyna.b87@gmail.com") == frozenset()  # "b87": one letter
    assert email_pieces("zhenya.kov91@yahoo.co.uk") == {"kov91"}
    assert email_pieces("kov91@yahoo.co.uk") == frozenset()


def test_organisation_forms_by_initials_and_digits() -> None:
    """ "U of W" of University of Wyoming; "3 Rivers" of Three Rivers Housing."""
    assert {"U of W", "U of Wyoming"} <= org_forms("University of Wyoming")
    assert "3 Rivers" in org_forms("Three Rivers Housing")
    assert org_forms("Riverside Housing") == frozenset()


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Galina came with her partner today.", "Galina"),
        ("Oxana is her middle name, she never uses it.", "Oxana"),
        ("then galina said she had slept", "galina"),  # in lower case, as a name is
        ("spoke to oxana about the rent", "oxana"),
        ("Her birthday is 12th, she wants it ignored.", "12th"),
        ("bday May, always a low month", "May"),
        ("b. 12th, in Lviv", "12th"),
        ("It was her birthday last month (May) and no one called.", "May"),
        ("She felt stuck and a bit bored with H, then guilty.", "H"),
        ("H's partner rang to cancel.", "H"),
        ("We reminded H twice about the form.", "H"),
        ("21:05 H said she had walked from the station", "H"),
        ("hzb said the flat is damp", "hzb"),
        ("hzb's partner came in", "hzb"),
        ("she is doing a masters at U of W now", "U of W"),
        ("Works for 3 Rivers as a housing officer.", "3 Rivers"),
        ("her son goes to school at beacon now", "beacon"),
        ("a night shift at qvx again", "qvx"),
        ("her tiktok is halyna_87", "halyna_87"),
        ("messages from bondarenkoh88 on the app", "bondarenkoh88"),
    ],
)
def test_round_6_form_is_replaced_and_checked(text: str, form: str) -> None:
    """Each round 6 form is wholly replaced, and the final check alone finds it."""
    assert wholly_replaced(_engine(), text, form)
    assert _checked(text, form)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Bondarenko, Halyna: reviewed.", "Bondarenko"),
        ("Bondarenkp, Halyna (typo on the referral)", "Bondarenkp"),
        ("signs her notes \u0413. Bondarenko", "\u0413"),
        ("overtime at the Kestrel plant again", "Kestrel plant"),
        ("Galyna came alone", "Galyna"),
        ("Bondarenko2 on the rota", "Bondarenko2"),
    ],
)
def test_words_beside_a_found_name_are_taken_in(text: str, form: str) -> None:
    """A surname one letter off before a comma, an initial in Cyrillic, an organisation's
    own word after it: replaced with the name beside them."""
    assert wholly_replaced(_engine(), text, form)


@pytest.mark.parametrize(
    "text",
    [
        "Harry from the housing office came too.",  # a common given name, not a respelling
        "Since her birthday, 12th session moved to Friday.",  # an ordinal that counts
        "the lift is out on the 12th floor",  # no birthday word
        "birthday may be hard this year",  # "may" in lower case is a verb
        "took vitamin H supplements as advised",  # not after a person's word
        "vitamin H reports came back normal",  # a lone capital's word before it
        "Plan H said nothing about housing",  # after a capitalised word
        "Plan H's budget was cut.",  # after a capitalised word
        "hb was 110 on the last bloods",  # "hb" is haemoglobin: an abbreviation
        "hb said to be low by the GP",  # ...even before "said"
    ],
)
def test_round_6_near_misses_are_left(text: str) -> None:
    """Near misses of each round 6 rule are neither replaced by the vault layer nor refused."""
    engine = _engine()
    result = engine.redact(text)
    assert [r for r in result.replacements if r.layer == "vault"] == []
    assert engine.leaks(result.text) == []


def test_every_red_team_case_is_replaced_or_refused() -> None:
    """No hand-written round 6 red-team sentence leaves its needle in an exit-0 output."""
    leaks = []
    for key, sentence, needles in k6_redteam.cases():
        engine = Deidentifier([k6_redteam.SUBJECTS[key]], rng=random.Random(0), today=TODAY)
        if k5_redteam.verdict(engine, sentence, needles) == "LEAK":
            leaks.append(sentence)
    assert leaks == []


def test_round_6_scans_run_in_linear_time() -> None:
    """Long runs of birthday words, lone capitals and names beside commas stay linear."""
    engine = _engine()
    for unit in ("bday 12th ", "with H, ", "Bondarenkp, Halyna ", "b. May ", "Galina "):
        text = unit * (10_000 // len(unit))
        assert redact_and_check_seconds(engine, text, "warm up") < LINEAR_SECONDS


SITE = KnownSubject(
    role="CLIENT",
    name="Bernadette Achterberg",
    dob=datetime.date(1990, 9, 14),
    address="HMP Ardenholt Wing, 8 Prison Lane, Tadworth",
    linked=(LinkedPerson("Augustin Achterberg", "brother"),),
)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("ur. 14 września 1990, Gdańsk", "14 września 1990"),
        ("data nașterii: 14 septembrie 1990", "14 septembrie 1990"),
        ("Doğum tarihi 14 eylül 1990", "14 eylül 1990"),
        ("seen on Ardenholt Wing, cell 12", "Ardenholt Wing"),
        ("moved back to Ardenholt after the review", "Ardenholt"),
        ("address eight prison lane tadworth", "eight prison lane"),
        ("dictated note for bernadine achterberg", "bernadine achterberg"),
    ],
)
def test_round_6_later_forms_are_replaced(text: str, form: str) -> None:
    """A month of birth in Polish, Romanian or Turkish beside the day, a named site in the
    address shorter, the house number said in a word, a long first name misheard."""
    engine = Deidentifier([SITE], rng=random.Random(5), today=TODAY)
    assert wholly_replaced(engine, text, form)


def test_round_6_later_near_misses_are_left() -> None:
    """A number word apart from the street is left."""
    engine = Deidentifier([SITE], rng=random.Random(5), today=TODAY)
    text = "eight of them walked down Prison Lane"
    covered = [(r.start, r.end) for r in engine.redact(text).replacements]
    assert not any(s < len("eight") for s, _ in covered)


def test_an_organisation_by_its_last_words_initials_and_its_legal_form() -> None:
    """ "Wessex Board of MH" of "Wessex Board of Mental Health", "Harrow CF" of "Harrow
    Correctional Facility" (an address's site), "Orvane U.S.A." of Orvane: all replaced."""
    subject = KnownSubject(
        role="CLIENT",
        name="Dorian Pascoe",
        address="Harrow Correctional Facility, 12 Mill St, Elmira, NY",
        linked=(
            LinkedPerson("Orvane", "employer"),
            LinkedPerson("Wessex Board of Mental Health", "employer"),
        ),
    )
    engine = Deidentifier([subject], rng=random.Random(5), today=TODAY)
    text = "Wessex Board of MH wrote; moved to Harrow CF; a claim against Orvane U.S.A. failed"
    for form in ("Wessex Board of MH", "Harrow CF", "Orvane U.S.A"):
        assert wholly_replaced(engine, text, form)


CJK = KnownSubject(
    role="CLIENT",
    name="Grace Zhou",
    aliases=("Zhou Meiling",),
    dob=datetime.date(1994, 7, 16),
    linked=(LinkedPerson("Zhou Jianguo", "parent"),),
)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Her name at home is 周美玲; she prefers Grace.", "周美玲"),
        ("美玲说她睡不好", "美玲"),
        ("father 周建国 phoned", "周建国"),
        ("生日 1994年7月16日", "1994年7月16日"),
        ("birthday 七月十六 (she keeps the lunar one too)", "七月十六"),
        ("7월 16일 was hard", "7월 16일"),
    ],
)
def test_a_name_or_birthday_in_chinese_or_korean_is_replaced_and_checked(
    text: str, form: str
) -> None:
    """Han characters read aloud are the record's Latin name; a 年月日 date is the birthday."""
    engine = Deidentifier([CJK], rng=random.Random(5), today=TODAY)
    assert wholly_replaced(engine, text, form)
    start = text.index(form)
    leaks = Checker([CJK], today=TODAY).leaks(text)
    assert any(leak.start < start + len(form) and leak.end > start for leak in leaks)


def test_other_chinese_names_and_dates_are_left() -> None:
    """Another name in Han characters and another date are neither replaced nor refused."""
    engine = Deidentifier([CJK], rng=random.Random(5), today=TODAY)
    text = "王伟 came on 7月17日; 1995年7月16日 was her cousin's"
    result = engine.redact(text)
    assert [r for r in result.replacements if r.layer == "vault"] == []
    assert engine.leaks(result.text) == []
