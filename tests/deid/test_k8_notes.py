"""Round 8 (k8): kinds of miss and false refusal read on dev notes (the eighth batch's
among them), each with sentences of our own and near misses."""

from __future__ import annotations

import datetime
import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson

TODAY = datetime.date(2026, 12, 5)


def _engine(*linked: LinkedPerson, name: str = "Grace Bankole") -> Deidentifier:
    subject = KnownSubject(role="CLIENT", name=name, linked=linked)
    return Deidentifier([subject], rng=random.Random(0), today=TODAY)


@pytest.mark.parametrize(
    ("org", "relation", "written", "acronym"),
    [
        ("Surrey and Borders Partnership", "other", "- AK (PMHT, SABP)", "SABP"),
        ("Avon and Wiltshire Partnership", "other", "AWP crisis team, then AAWP? no: AWP", "AWP"),
        ("Hertfordshire and Essex Trust", "employer", "she nurses at HAET nights", "HAET"),
        ("Kaiser Permanente Mid-Atlantic", "gp", "seen at KP Largo BH", "KP"),
        ("Kaiser Permanente Mid-Atlantic", "other", "KP declined the referral", "KP"),
        ("Sutter Health Roseville", "gp", "SH Roseville called back", "SH"),
    ],
)
def test_an_organisations_acronym_the_record_does_not_spell(
    org: str, relation: str, written: str, acronym: str
) -> None:
    """An acronym that keeps "and" ("SABP"), and that of a health system stored with its
    region or site ("KP" of Kaiser Permanente Mid-Atlantic, a GP), is replaced or refused."""
    engine = _engine(LinkedPerson(org, relation))
    result = engine.redact(written)
    assert acronym not in result.text.split() or engine.leaks(result.text), result.text
    assert acronym not in result.text.replace("(", " ").replace(")", " ").split()


@pytest.mark.parametrize(
    ("org", "relation", "written"),
    [
        ("Surrey and Borders Partnership", "other", "SAB? No, she said sab, a nickname."),
        ("Mary Ann Kemp", "other", "MAK said nothing; MA was her degree."),
        ("Anna-Lena Smith", "gp", "AS I said, ALS is not the issue."),
    ],
)
def test_near_misses_of_acronyms_stay(org: str, relation: str, written: str) -> None:
    """Near miss: part of such an acronym, or a person's name of three parts, is no
    organisation's acronym; the sentence is not refused."""
    engine = _engine(LinkedPerson(org, relation))
    assert engine.leaks(engine.redact(written).text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Grace-ish mood today, she joked.",
        "Signed: Grace Bankole, PMHNP-BC",
        "Dr Bankole-ish vibes, she said of her mum.",
        "Reviewed by Grace Bankole-BC 12:30.",
    ],
)
def test_a_suffix_after_a_tag_is_no_rest_of_a_name(sentence: str) -> None:
    """A suffix ("-ish") or a credential ending ("-BC") glued to a replaced name is no
    rest of a name: such notes were refused (exit 8) though nothing was left."""
    engine = _engine()
    assert engine.leaks(engine.redact(sentence).text) == []


def test_the_rest_of_a_name_after_a_tag_is_still_caught() -> None:
    """Near miss: a short piece glued by a hyphen that is no suffix is still refused."""
    engine = _engine()
    assert engine.redact("Grace came in").text == "[CLIENT] came in"  # the tag is issued
    assert engine.leaks("[CLIENT]-ya came in") != []
    assert engine.leaks("[CLIENT]-ish came in") == []


@pytest.mark.parametrize(
    ("sentence", "short"),
    [
        ("I turned 60 - Sun 29th, don't remind me", "Sun"),
        ("Mon 3rd: she came alone", "Mon"),
        ("next appt THURS 14/12", "THURS"),
        ("(Sat 2 Dec) row with her sister", "Sat"),
        ("Weds 6th - DNA", "Weds"),
    ],
)
def test_an_abbreviated_weekday_before_a_date_is_shifted(sentence: str, short: str) -> None:
    """A weekday abbreviated before a day's number pins the date as a full weekday name
    does: it is moved with the shift ("[DAY ...]") or replaced with the date, never left
    beside a shifted date."""
    engine = _engine()
    result = engine.redact(sentence)
    assert short not in result.text.replace("(", " ").split(), result.text


@pytest.mark.parametrize(
    "sentence",
    ["she sat 2 exams", "the sun 2 days running", "SAT 1200 score", "Sun cream, factor 50"],
)
def test_a_weekday_abbreviation_needs_its_capital_and_a_day(sentence: str) -> None:
    """Near miss: "sat", "sun" in lower case, or without a day's number after them, are
    words: no weekday is made of them."""
    assert "[DAY " not in _engine().redact(sentence).text


@pytest.mark.parametrize(
    ("address", "written", "part"),
    [
        (
            "Crossways Approved Premises (women), 22 Kimbolton Road, Bedford",
            "back to Crossways",
            "Crossways",
        ),
        ("Tolpuddle House, Sidney Road, Walton", "lift broken at Tolpuddle again", "Tolpuddle"),
        ("Flat 9, Kestrel Tower, Hulme", "Kestrel is damp", "Kestrel"),
    ],
)
def test_a_named_building_of_the_address_by_its_first_word(
    address: str, written: str, part: str
) -> None:
    """The named building at an address's start ("Crossways Approved Premises", "Kestrel
    Tower") written by its own word alone is replaced or refused."""
    engine = Deidentifier(
        [KnownSubject(role="CLIENT", name="Tanya Greenwood", address=address)],
        rng=random.Random(0),
        today=TODAY,
    )
    result = engine.redact(written)
    assert part not in result.text or engine.leaks(result.text), result.text


@pytest.mark.parametrize(
    ("trust", "written", "acronym"),
    [
        ("Cornwall Partnership NHS Foundation Trust", "CFT crisis line rang her", "CFT"),
        ("Humber Teaching NHS Foundation Trust", "referred on to HFT psychology", "HFT"),
    ],
)
def test_a_trusts_acronym_without_its_qualifiers(trust: str, written: str, acronym: str) -> None:
    """An NHS trust's acronym written without "Partnership", "Teaching" or "NHS" ("CFT")
    is replaced or refused."""
    engine = _engine(LinkedPerson(trust, "other"))
    result = engine.redact(written)
    assert acronym not in result.text.split() or engine.leaks(result.text)


def test_a_number_in_a_time_then_today_is_no_age() -> None:
    """A client aged 36: "3:30." then "Today:" on the next line is no "30 today" (the
    output was refused); "she turned 36 today" is still a birthday, replaced."""
    subject = KnownSubject(role="CLIENT", name="Sam Okoro", dob=datetime.date(1990, 1, 6))
    engine = Deidentifier([subject], rng=random.Random(0), today=datetime.date(2026, 12, 4))
    text = "She works 7-3:30.\n\nToday: low mood. Room 31. Yesterday was hard."
    assert engine.leaks(engine.redact(text).text) == []
    result = engine.redact("she turned 36 today")
    assert "today" not in result.text or engine.leaks(result.text)


@pytest.mark.parametrize(
    ("sentence", "left"),
    [
        ("he was born 33, so a child in the war", "33"),
        ("born in '33 in Lwów", "33"),
        ("Born 33. Widowed 2011.", "33"),
    ],
)
def test_a_two_digit_year_of_birth_after_born(sentence: str, left: str) -> None:
    """The client's year of birth in two digits after "born" ("born 33" for 1933) is
    replaced or refused."""
    subject = KnownSubject(role="CLIENT", name="Zbigniew Kowal", dob=datetime.date(1933, 5, 9))
    engine = Deidentifier([subject], rng=random.Random(0), today=TODAY)
    result = engine.redact(sentence)
    assert left not in result.text or engine.leaks(result.text), result.text


@pytest.mark.parametrize(
    "sentence", ["born 33 weeks early", "born 33.5 wks", "born 34, not 33? No: 34", "reborn 33"]
)
def test_other_numbers_after_born_stay(sentence: str) -> None:
    """Near miss: a number of weeks after "born", another year, or "reborn" are no year
    of birth of a client born in 1933."""
    subject = KnownSubject(role="CLIENT", name="Zbigniew Kowal", dob=datetime.date(1933, 5, 9))
    engine = Deidentifier([subject], rng=random.Random(0), today=TODAY)
    assert "[DOB]" not in engine.redact(sentence).text


def test_an_abbreviated_weekday_before_a_bracketed_date() -> None:
    """ "birthday Fri (5/12)": the weekday before a bracketed date moves with the shift."""
    result = _engine().redact("Note: birthday Fri (5/12) - he mentioned it")
    assert "Fri " not in result.text
    assert "[DAY " in result.text
