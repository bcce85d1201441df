"""Round 19 (k19): named days a birthday is told by that the tables lacked (St Brigid's Day,
Walpurgis Night, Kodomo no Hi, the Día de las Velitas), a birthday told by a day whose date
moves with the year in one of the note's recent years ("MLK Day weekend -- and his
birthday", "the day after Memorial Day -- her birthday"), and a day said relative to a note
dated on or a day off the birthday ("Seen 2/3/26. Sober until yesterday - his birthday");
a name read only with a capital, in lower case before a dotted initial ("ray c.").
Each is replaced and read by the final check; sentences of our own, near misses and 10 KB
inputs."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from notes_vault.deid import Deidentifier, KnownSubject
from notes_vault.deid.forms_round19 import recent_birthdays, spans
from tests.deid.helpers import (
    KNOWN_TODAY,
    LINEAR_SECONDS,
    assert_check_reads,
    assert_vault_leaves,
    assert_vault_replaces,
    known_engine,
    redact_and_check_seconds,
)

NAME = "Idris Penhallow"


def _client(**known: Any) -> KnownSubject:
    known.setdefault("dob", datetime.date(1979, 1, 20))
    return KnownSubject(role="CLIENT", name=NAME, **known)


BRIGID = {"dob": datetime.date(1968, 2, 1)}
WALPURGIS = {"dob": datetime.date(1994, 4, 30)}
KODOMO = {"dob": datetime.date(2001, 5, 5)}
VELITAS = {"dob": datetime.date(1961, 12, 8)}
MLK = {"dob": datetime.date(1979, 1, 20)}  # MLK Day 2025 (20 January)
MEMORIAL = {"dob": datetime.date(1983, 5, 28)}  # the day after Memorial Day 2024 (27 May)
LABOR = {"dob": datetime.date(1990, 9, 1)}  # Labor Day 2025 (1 September)

FOUND: list[tuple[dict[str, Any], str, str]] = [
    (BRIGID, "Lit a candle for St Brigid's Day, which is his birthday too.", "St Brigid's Day"),
    (WALPURGIS, "His birthday is Walpurgis night, so there were bonfires.", "Walpurgis night"),
    (KODOMO, "A birthday on Kodomo no Hi, he says, with carp streamers.", "Kodomo no Hi"),
    (VELITAS, "Born on the día de las velitas, so candles every year.", "día de las velitas"),
    (MLK, "Over MLK Day weekend - his birthday - he drank alone.", "MLK Day weekend"),
    (MLK, "His birthday was Martin Luther King Jr. Day, spent at work.", "King Jr. Day"),
    (MEMORIAL, "The day after Memorial Day, his birthday, the car broke.", "after Memorial Day"),
    (LABOR, "Labor Day long weekend was his birthday and he was sober.", "Labor Day long weekend"),
]  # fmt: skip


ST_DAVID = {"dob": datetime.date(1971, 3, 1)}
FOUND += [
    (ST_DAVID, "Seen 02/03/2026.\nDry until yesterday - his birthday - then a binge.", "yesterday"),
    (ST_DAVID, "Clinic 28/02/2026 - his birthday tomorrow, dreading it.", "tomorrow"),
    (ST_DAVID, "Visit 03/02/2026 -- the day after his birthday\nSlept badly.", "day after his"),
]  # fmt: skip

DOTTED = [
    ("Raymond Castillo", "street team\nray c. asleep in the doorway again, 6am.", "ray c."),
    ("Robert Okafor", "handover: rob o. still on the ward, calmer.", "rob o."),
    ("Patrick Doyle", "pat d. rang twice about his meds.", "pat d."),
]


@pytest.mark.parametrize(("name", "text", "form"), DOTTED)
def test_a_lower_case_name_before_a_dotted_initial(name: str, text: str, form: str) -> None:
    """A name form read only with a capital ("ray", "rob", "pat": English words), in lower
    case before the dotted initial of the person's surname, is replaced and checked."""
    engine = known_engine(KnownSubject(role="CLIENT", name=name))
    for at in (text.index(form), text.index(form) + len(form) - 2):
        assert_vault_replaces(engine, text, at)
        assert_check_reads(engine, text, at)


DOTTED_LEFT = [
    "an x-ray c. spine was normal.",
    "a ray r. of light, she wrote.",
    "the ray d. reading was fine.",
    "saw a ray e.g. on the scan.",
    "a ray c.d. player.",
]


@pytest.mark.parametrize("text", DOTTED_LEFT)
def test_a_lower_case_word_before_another_letter_is_left(text: str) -> None:
    """After a hyphen, before the name's own initial or one not of the person, or before an
    abbreviation's stops: left by the vault layer, and the check passes."""
    engine = known_engine(KnownSubject(role="CLIENT", name="Raymond Castillo"))
    assert_vault_leaves(engine, text, text.index("ray ") + 4)


@pytest.mark.parametrize(("known", "text", "form"), FOUND)
def test_a_named_day_is_replaced_and_checked(known: dict[str, Any], text: str, form: str) -> None:
    """The named day is replaced by the vault layer, nothing is refused, and the final check
    reads it in the raw text on its own."""
    engine = known_engine(_client(**known))
    first = text.rindex(form)
    for at in (first, first + len(form) - 1):  # first and last letters: "weekend" taken too
        assert_vault_replaces(engine, text, at)
        assert_check_reads(engine, text, at)


LEFT: list[tuple[dict[str, Any], str, str]] = [
    (MLK, "Over MLK Day weekend he drank alone; work was hard.", "weekend"),
    (MLK, "Over mlk day weekend - his birthday - he drank alone.", "weekend"),
    ({"dob": datetime.date(1979, 1, 22)}, "MLK Day weekend - his birthday - was hard.", "weekend"),
    (MEMORIAL, "The day after Memorial Day his mother was admitted.", "after"),
    (MEMORIAL, "The day before Thanksgiving, his birthday, the car broke down.", "before"),
    (MEMORIAL, "Two weeks after Memorial Day, his birthday, he slipped.", "after"),
    (LABOR, "Labor Day long weekend. His birthday is in the autumn.", "weekend"),
    ({"dob": datetime.date(1994, 5, 1)}, "His birthday is after Walpurgis night.", "Walpurgis"),
    (KODOMO, "Kodomo no hi was on the radio all morning.", "Kodomo"),
    (ST_DAVID, "Seen 02/03/2026.\nSober until yesterday, then a binge.", "yesterday"),
    (ST_DAVID, "Seen 05/03/2026.\nDry until yesterday - his birthday - then a binge.", "yesterday"),
    (ST_DAVID, "Seen today. Sober until yesterday - his birthday - then a binge.", "yesterday"),
    (ST_DAVID, "Reviewed 3/1/26: his birthday is soon. Today: calm.", "Today"),
]  # fmt: skip


@pytest.mark.parametrize(("known", "text", "word"), LEFT)
def test_near_misses_are_left(known: dict[str, Any], text: str, word: str) -> None:
    """A day with no birth cue in its sentence, in lower case, on a day not the birthday's
    in any recent year, or at another distance; a relative day with no birth cue, in a note
    whose dates are not the birthday or a day off it, or with no date: left by the vault
    layer, and the check passes."""
    engine = known_engine(_client(**known))
    assert_vault_leaves(engine, text, text.rindex(word))


COUNTED = [
    "Her husband [PERSONAL EVENT] last year; the first [HOLIDAY] without him.",
    "Since [PERSONAL EVENT] she has dreaded the first anniversary, she says.",
    "[PERSONAL EVENT] came and went; the first time she did not cry.",
]


@pytest.mark.parametrize("text", COUNTED)
def test_an_ordinal_before_what_it_counts_is_no_day(text: str) -> None:
    """ "the first" before a tag or a word it counts is no day of the month: the check
    leaves it even beside a birthday's tag (a birthday on the 1st)."""
    engine = known_engine(_client(**BRIGID))
    assert engine.leaks(text, also=("[PERSONAL EVENT]", "[HOLIDAY]")) == []


def test_the_first_as_a_day_is_still_read() -> None:
    """ "the first" as a day beside a birthday is still the day of birth."""
    engine = known_engine(_client(**BRIGID))
    text = "Her birthday is on the first, so a card went out."
    assert_check_reads(engine, text, text.index("first"))


def test_the_shapes_alone() -> None:
    """The shared shape: the birthdays of the recent years, and a run's longest name."""
    days = recent_birthdays(datetime.date(1979, 1, 20), KNOWN_TODAY)
    assert [d.year for d in days] == [2022, 2023, 2024, 2025, 2026]
    assert recent_birthdays(datetime.date(1980, 2, 29), KNOWN_TODAY) == (
        datetime.date(2024, 2, 29),
    )
    assert list(spans("MLK Day weekend", days)) == [(0, 15)]
    assert list(spans("mlk day weekend", days)) == []


SIZE = 10_000
PATHOLOGICAL = {
    "runs": "Martin Luther King Jr Day Day Day A B C D E F G birthday " * (SIZE // 56),
    "weekends": "MLK Day weekend weekend long long weekend bday " * (SIZE // 47),
    "distances": "the day after the day after the day before Memorial birthday " * (SIZE // 61),
    "velitas": "dia de las de las velitas noche de las dia born " * (SIZE // 48),
    "relative": "1/3 3/1/26 today yesterday day after his bday the day before my " * (SIZE // 64),
    "dates": "1/2/3/4/5/6 12.31.99 3-1 02/28/2026 tomorrow birthday " * (SIZE // 54),
    "dotted": "ray c. ray c.d. x-ray c. r. c. a.m. raymond castillo c. " * (SIZE // 56),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_round_19_forms_are_linear(name: str) -> None:
    """10 KB of a pathological input for these forms is redacted and checked in under half
    a second."""
    engine = Deidentifier([_client(**MEMORIAL)], today=KNOWN_TODAY)
    seconds = redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm-up MLK Day birthday")
    assert seconds < LINEAR_SECONDS
