"""Round 22 (k22): the initials of a hyphenated given name ("R-J" for Rosa-Jane); the Welsh
name of a known town or body ("Y Fenni", "Prifysgol Caerdydd"); a date of birth's month
after the age reached in it ("(19 in Mar)", "turns 30 in Oct", "twenty in may"), the day in
brackets after it, and the day of birth as a bare ordinal beside a birth cue. Each replaced
by the vault layer and read on its own by the final check. Sentences of our own, near
misses and 10 KB inputs."""

from __future__ import annotations

import datetime

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from tests.deid.helpers import (
    KNOWN_TODAY,
    LINEAR_SECONDS,
    assert_check_reads,
    assert_vault_leaves,
    assert_vault_replaces,
    known_engine,
    redact_and_check_seconds,
)

# Born 7 March 2008: 18 at KNOWN_TODAY, 19 next March.
ORLA = KnownSubject(role="CLIENT", name="Orla Fennessy", dob=datetime.date(2008, 3, 7))
# Born 23 October 1996: 30 at KNOWN_TODAY.
BRAM = KnownSubject(role="CLIENT", name="Bram Ostrowski", dob=datetime.date(1996, 10, 23))

MONTHS = [
    (ORLA, "Orla (19 in Mar) says sixth form is a blur.", "Mar"),
    (ORLA, "mocks went ok, she's eighteen in march and wants a party", "march"),
    (ORLA, "Orla, nineteen by March, still no bank account.", "March"),
    (BRAM, "He turns 30 in Oct. and is dreading it.", "Oct"),
    (BRAM, "Bram - 29 in october... checked, no, already 30.", "october"),
]


@pytest.mark.parametrize(("subject", "text", "month"), MONTHS)
def test_the_month_an_age_is_reached_in_is_replaced(
    subject: KnownSubject, text: str, month: str
) -> None:
    """The birth month after one of the person's recent ages (or the next) is the date of
    birth's, and the output passes the check."""
    engine = known_engine(subject)
    assert_vault_replaces(engine, text, text.index(month))


def test_the_day_in_brackets_after_the_month_is_replaced() -> None:
    """ "18 in mar (7th)": the day of birth after the month goes with it."""
    engine = known_engine(ORLA)
    text = "orla 18 in mar (7th), came in about exams."
    assert_vault_replaces(engine, text, text.index("7th"))


@pytest.mark.parametrize(
    "text",
    [
        "Turning 30 next week (23rd) and the family are planning a meal.",
        'said his birthday was "last month, 23rd" and he spent it alone.',
        "Dad rang: bram's birthday was the 23rd, he stayed in bed.",
    ],
)
def test_the_birth_day_as_an_ordinal_beside_a_birth_cue_is_replaced(text: str) -> None:
    """The day of birth written as an ordinal in a sentence with a birth cue is replaced."""
    engine = known_engine(BRAM)
    assert_vault_replaces(engine, text, text.index("23rd"))


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("[AGE 10s] in Mar, she says.", "Mar"),
        ("Orla, nineteen in march, no job yet.", "march"),
    ],
)
def test_the_check_reads_the_month_after_an_age(text: str, month: str) -> None:
    """The check reads a birth month after an age tag of the right decade or an age in words."""
    assert_check_reads(known_engine(ORLA), text, text.index(month), also=("[AGE 10s]",))


def test_the_check_reads_a_cued_ordinal() -> None:
    """The check reads the day of birth as an ordinal after a birth cue in its sentence."""
    text = "Turning [AGE 30s] next week (23rd), family meal."
    assert_check_reads(known_engine(BRAM), text, text.index("23rd"), also=("[AGE 30s]",))


@pytest.mark.parametrize(
    ("subject", "text", "word"),
    [
        (ORLA, "Seen 3 times in March for exam stress.", "March"),
        (ORLA, "Her gran turns 80 in March, a big party.", "March"),
        (ORLA, "PHQ-9 was 14 in Mar and 9 now.", "Mar"),
        (BRAM, "Dreading October, he says, the clocks change.", "October"),
        (BRAM, "Session on the 23rd went well, he slept after.", "23rd"),
        (BRAM, "Birthday low. Low mood after his 23rd session, he says.", "23rd"),
        (BRAM, "Bram, 30 as of yesterday (cake), 23rd year in the job.", "23rd"),
        (BRAM, "Birthday soon; he came 23rd of 40 in the quiz.", "23rd"),
    ],
)
def test_near_misses_are_left(subject: KnownSubject, text: str, word: str) -> None:
    """A count or a number that is not the person's recent age before the month, a month
    alone, and the day's ordinal with no birth cue in its sentence are left, not refused."""
    assert_vault_leaves(known_engine(subject), text, text.index(word))


ROSA = KnownSubject(
    role="CLIENT",
    name="Rosa-Jane Tennant",
    linked=(LinkedPerson("Lucy-Ann Tennant", "parent"),),
)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("R-J built a tower and knocked it down again.", "R-J"),
        ("Mum (Lucy-Ann) rang; R-J was upset at drop-off.", "R-J"),
        ("Contact with L-A on Sunday went well.", "L-A"),
    ],
)
def test_initials_of_a_hyphenated_given_name_are_replaced(text: str, letters: str) -> None:
    """The capitals of a known hyphenated given name, joined by a hyphen, are that person's."""
    assert_vault_replaces(known_engine(ROSA), text, text.index(letters))


def test_the_check_reads_initials_of_a_hyphenated_given_name() -> None:
    """The check reads "R-J" of Rosa-Jane on its own."""
    text = "Today R-J drew her house."
    assert_check_reads(known_engine(ROSA), text, text.index("R-J"))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("R-JT was the code on the form.", "R-JT"),
        ("The T-J joint was tender.", "T-J"),
        ("Seen in room R-2 today.", "R-2"),
    ],
)
def test_other_hyphenated_capitals_are_left(text: str, word: str) -> None:
    """Capitals that are not a known hyphenated name's, or longer runs, are left."""
    assert_vault_leaves(known_engine(ROSA), text, text.index(word))


CERI = KnownSubject(
    role="CLIENT",
    name="Ceri Vaughan",
    address="3 Heol Maengwyn, Abergavenny",
    linked=(
        LinkedPerson("Cardiff University", "school"),
        LinkedPerson("Brecon High School", "employer"),
    ),
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ceri has moved back to Y Fenni for the summer.", "Y Fenni"),
        ("Ceri is on a placement year from Prifysgol Caerdydd.", "Prifysgol Caerdydd"),
        ("Teaches at Ysgol Uwchradd Aberhonddu, tired.", "Ysgol Uwchradd Aberhonddu"),
    ],
)
def test_a_welsh_name_of_a_known_town_or_body_is_replaced(text: str, name: str) -> None:
    """The Welsh name of the client's town or of a linked body is replaced whole."""
    engine = known_engine(CERI)
    assert_vault_replaces(engine, text, text.index(name))
    assert name.rsplit(maxsplit=1)[-1] not in engine.redact(text).text


def test_the_check_reads_a_welsh_name() -> None:
    """The check reads the Welsh name of the client's town on its own."""
    text = "Back home in Y Fenni with her dad."
    assert_check_reads(known_engine(CERI), text, text.index("Y Fenni"))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She went to Caerdydd for a concert.", "Caerdydd"),
        ("Prifysgol Abertawe offered her a place.", "Abertawe"),
    ],
)
def test_welsh_names_of_other_places_are_left(text: str, word: str) -> None:
    """A Welsh place name that is not the client's town nor a linked body's is not the
    vault's (another layer may still take it as a place)."""
    engine = known_engine(CERI)
    result = engine.redact(text)
    at = text.index(word)
    assert not [r for r in result.replacements if r.layer == "vault" and r.start <= at < r.end]
    assert engine.leaks(result.text) == []


PATHOLOGICAL = {
    "ages before months": "18 in Mar (7th " * 700,
    "ordinals after a cue": "birthday 23rd 7th " * 600,
    "ages in words": "nineteen in twenty in " * 500,
    "hyphenated capitals": "R-J-R-J R-J- " * 800,
    "welsh names": "y fenni prifysgol prifysgol caerdydd-" * 280,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_round_22_forms_are_linear(name: str) -> None:
    """10 KB of a pathological input for these forms is redacted and checked in under half
    a second."""
    engine = Deidentifier([ORLA, BRAM, ROSA, CERI], today=KNOWN_TODAY)
    seconds = redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm-up 18 in Mar born")
    assert seconds < LINEAR_SECONDS
