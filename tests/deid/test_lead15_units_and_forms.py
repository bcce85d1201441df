"""Round 15 (lead): whole military units, a holiday's "Day", a surname's initial after a
comma, and a linked trust's acronym typed in lower case.

Each was read on the fifteenth batch's dev notes: "5th Bomb Wing" came out as "5th
[ORGANISATION] Wing", "Thanksgiving Day" as "[HOLIDAY] Day", "Mulcahy, P" as "[CLIENT], P"
(refused by the final check), and "nsft" passed both the replacer and the check.
"""

from __future__ import annotations

import datetime

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.model import KnownSubject, LinkedPerson
from tests.deid.helpers import (
    LINEAR_SECONDS,
    assert_day_is_dob,
    assert_day_is_left,
    engine_at,
    redact_and_check_seconds,
    replaced_words,
    wholly_replaced,
)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Her stepfather is with the 7th Bomb Wing out of Dyess.", "7th Bomb Wing"),
        ("Deployed twice with the 3rd Combat Aviation Brigade.", "3rd Combat Aviation Brigade"),
        ("He enlisted in 1st Bn 5th Marines at nineteen.", "1st Bn 5th Marines"),
        (
            "Army Reserve (99th Battalion, 345th Infantry) since 2015.",
            "99th Battalion, 345th Infantry",
        ),
        ("Ex 3 PARA, left in 2011 after Helmand.", "3 PARA"),
        ("A Seabee with NMCB 74 in the nineties.", "NMCB 74"),
        ("Guard drills with the OK ARNG once a month.", "OK ARNG"),
        ("MP with the 42nd MP Bde at Fort Gordon.", "42nd MP Bde"),
    ],
)
def test_a_military_unit_is_replaced_whole(text: str, unit: str) -> None:
    engine = Deidentifier([])
    assert wholly_replaced(engine, text, unit), engine.redact(text).text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("She joined the 2nd Group session late.", "Group"),
        ("The 5th Division Street bus was late.", "5th Division Street"),
        ("Came 3rd in the race and 2nd overall.", "3rd"),
        ("CALLED MUM 2 RE APPT, 2 RA FLARES THIS YEAR.", "2 RE"),
    ],
)
def test_an_ordinal_before_a_common_word_is_no_unit(text: str, words: str) -> None:
    assert not any(
        w in replaced_words(text, "organisation") for w in (words, words.split(maxsplit=1)[0])
    )


@pytest.mark.parametrize("holiday", ["Thanksgiving Day", "Thanksgiving Eve"])
def test_a_holiday_takes_its_day_or_eve(holiday: str) -> None:
    text = f"Turned 59 on {holiday} and nobody remembered."
    assert holiday in replaced_words(text, "date")


def _client() -> KnownSubject:
    return KnownSubject(
        role="CLIENT",
        name="Tobias Okonkwo-Reid",
        dob=datetime.date(1979, 2, 14),
        linked=(LinkedPerson("Humber Teaching NHS Foundation Trust", "other"),),
    )


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Pt: Okonkwo-Reid, T   DOB on file", "Okonkwo-Reid, T"),
        ("OKONKWO-REID, T-J seen at triage", "OKONKWO-REID, T-J"),
        ("Okonkwo-Reid, T. discharged", "Okonkwo-Reid, T."),
    ],
)
def test_an_initial_after_the_surname_and_a_comma_goes_with_it(text: str, form: str) -> None:
    engine = engine_at(_client())
    result = engine.redact(text)
    assert wholly_replaced(engine, text, form), result.text
    assert engine.leaks(result.text) == []


@pytest.mark.parametrize(
    "text",
    ["Okonkwo-Reid, I think, would agree.", "Okonkwo-Reid, A and B wards both full."],
)
def test_a_word_after_the_surname_and_a_comma_is_no_initial(text: str) -> None:
    result = engine_at(_client()).redact(text).text
    word = text.split(", ")[1].split(maxsplit=1)[0]
    assert f", {word} " in result, result


def test_a_linked_trusts_acronym_in_lower_case_is_known() -> None:
    engine = engine_at(_client())
    text = "psych - htft step 3 - phone review"
    result = engine.redact(text)
    assert "htft" not in result.text, result.text
    assert engine.leaks(text) != []  # the final check finds it on its own too


def test_a_lower_case_word_is_no_acronym() -> None:
    client = KnownSubject(
        role="CLIENT",
        name="Ruth Adler",
        linked=(LinkedPerson("Somerset And Frome Entertainment", "employer"),),
    )  # its letters are "safe": a word, never taken for the acronym
    result = engine_at(client).redact("she felt safe at home").text
    assert "safe" in result, result


@pytest.mark.parametrize(
    ("born", "text", "day"),
    [
        (
            (1983, 1, 6),
            'Su cumpleaños es "el Día de los Reyes", dice la abuela.',
            "Día de los Reyes",
        ),
        ((1990, 12, 24), "Born on Nochebuena, so the party is always late.", "Nochebuena"),
        ((2001, 12, 31), "Her birthday is Nochevieja, so nobody remembers it.", "Nochevieja"),
    ],
)
def test_a_feast_by_its_spanish_name_is_the_birthday(
    born: tuple[int, int, int], text: str, day: str
) -> None:
    client = KnownSubject(role="CLIENT", name="Ximena Oropeza", dob=datetime.date(*born))
    assert_day_is_dob(client, text, day)


def test_a_feast_on_another_day_is_no_birthday() -> None:
    client = KnownSubject(role="CLIENT", name="Ximena Oropeza", dob=datetime.date(1983, 3, 9))
    assert_day_is_left(client, "Spent Nochebuena with her aunt.", "Nochebuena")


def test_the_rules_stay_linear() -> None:
    engine = engine_at(_client())
    text = ("1st Bn 5th Marines, 3 PARA, Okonkwo-Reid, T htft OK ARNG 7th Bomb " * 200)[:10_000]
    assert redact_and_check_seconds(engine, text, "warm up 7th Bomb Wing") < LINEAR_SECONDS


@pytest.mark.parametrize(
    "text",
    [
        "Thornton, Evelyn   65   12/1/2026\nFoster, Greg   62   civilian engineer",
        "Seen with G. Tadesse and later with G. Okafor from the ward.",
    ],
)
def test_two_people_never_share_a_tag(text: str) -> None:
    """A tag's number says who is who: a comma or an initial the two keys share made two
    people one ("[PERSON 17]" for both)."""
    result = Deidentifier([]).redact(text)
    tags = {r.replacement for r in result.replacements if r.category == "person"}
    assert len(tags) == 2, result.text


def test_one_person_named_again_in_part_keeps_the_tag() -> None:
    result = Deidentifier([]).redact("Dr Anwen Pritchard-Lloyd rang. Pritchard-Lloyd will write.")
    tags = [r.replacement for r in result.replacements if r.category == "person"]
    assert len(tags) == 2, result.text
    assert len(set(tags)) == 1, result.text


def test_a_name_with_a_new_word_is_someone_else() -> None:
    text = "Tomasz Nowak rang. Later Tomasz Zielinski came. Tomasz Nowak rang again."
    result = Deidentifier([]).redact(text)
    tags = [r.replacement for r in result.replacements if r.category == "person"]
    assert len(tags) == 3, result.text
    assert tags[0] == tags[2] != tags[1], result.text


def test_a_shorter_name_within_a_longer_one_keeps_its_tag() -> None:
    text = "Mary Jane Okafor rang. Mary Jane will call back."
    result = Deidentifier([]).redact(text)
    tags = [r.replacement for r in result.replacements if r.category == "person"]
    assert len(tags) == 2, result.text
    assert len(set(tags)) == 1, result.text
