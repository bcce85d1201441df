"""Round 22 (s22): speed changes that must not change any output.

The final check's round-19 patterns of named days are compiled only for a note holding
every word of one of their names (`check_gates`); `forms_days.day_key`, `squash.fold`,
`forms.looks_like_org`, `forms_round17.opening` and `normal.read_subject` are cached.
"""

from __future__ import annotations

import datetime
import re
import sys

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson, check_gates, check_round19
from notes_vault.deid.check import Checker
from notes_vault.deid.forms import looks_like_org
from notes_vault.deid.forms_days import day_key
from notes_vault.deid.forms_round17 import opening
from notes_vault.deid.normal import read_subject
from notes_vault.deid.squash import fold
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds

TODAY = datetime.date(2026, 6, 1)
# Born on 25 May: Memorial Day in 2026, so a recent birthday falls on a named movable day.
CLIENT = KnownSubject(name="Tobias Wrenfield", role="CLIENT", dob=datetime.date(1990, 5, 25))
NOTES = (
    "We spoke about Memorial Day weekend, his birthday, and the barbecue after.",
    "He said the day after Memorial Day is his birthday this year.",
    "Birthday on Memorial Day \u2014 \u201cquiet\u201d, he said, and left early.",
    "Birthday on Memorial Day, then a caf\u00e9 with his aunt.",
    "His birthday plans are quiet; the memorial was on a cold day.",
    "No birthday talk today; Memorial Day traffic made him late.",
    "Birthday on MEMORIAL DAY, he wrote it in capitals.",
)


def _every_name_compiled(names: frozenset[str], words: frozenset[str] | None) -> bool:
    return True


@pytest.mark.parametrize("text", NOTES)
def test_the_check_finds_the_same_with_and_without_the_gate(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    gated = Checker([CLIENT], today=TODAY).leaks(text)
    monkeypatch.setattr(check_gates, "may_name", _every_name_compiled)
    assert Checker([CLIENT], today=TODAY).leaks(text) == gated


def test_a_named_day_beside_a_birth_word_is_still_found() -> None:
    text = NOTES[0]
    leaks = Checker([CLIENT], today=TODAY).leaks(text)
    assert [text[leak.start : leak.end] for leak in leaks] == ["Memorial Day weekend"]


def test_a_note_without_the_names_compiles_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[str] = []
    real = check_round19._compiled.__wrapped__

    def counted(head: str, names: frozenset[str], tail: str) -> object:
        compiled.append(head)
        return real(head, names, tail)

    monkeypatch.setattr(check_round19, "_compiled", counted)
    Checker([CLIENT], today=TODAY).leaks("Her birthday was quiet; the memorial was cold.")
    assert compiled == []
    Checker([CLIENT], today=TODAY).leaks("Her birthday fell on Memorial Day this year.")
    assert compiled != []


def test_the_gate_reads_every_written_form_of_a_name() -> None:
    names = frozenset({"presidents day", "st patricks day"})
    for text in (
        "President's Day",
        "Presidents' Day",
        "PRESIDENTS DAY",
        "Saint Patrick's Day",
        "St. Patricks Day",
    ):
        assert check_gates.may_name(names, check_gates.text_words(text)), text
    assert not check_gates.may_name(names, check_gates.text_words("a presidential day out"))
    assert not check_gates.may_name(names, check_gates.text_words("Patrick stayed all day"))


def test_a_letter_beyond_ascii_lets_every_name_through() -> None:
    # a long s or a Kelvin sign matches "s" or "k" in a case-blind pattern
    assert check_gates.text_words("Pre\u017fidents Day") is None
    assert check_gates.text_words("caf\u00e9 day") is None
    assert check_gates.may_name(frozenset({"presidents day"}), None)
    assert check_gates.text_words("\u201cPresidents\u201d \u2014 Day") == frozenset(
        {"presidents", "day"}
    )
    assert check_gates.may_name(frozenset({"f\u00eate nationale"}), frozenset())


def test_only_letters_beyond_ascii_match_ascii_word_characters_case_blind() -> None:
    # the gate's premise: a text with no letter beyond ASCII is read exactly by its lower case
    word_char = re.compile(r"(?i)[a-z0-9_]")
    matching = [
        cp for cp in range(0x80, sys.maxunicode + 1) if word_char.match(chr(cp)) is not None
    ]
    assert matching
    assert all(chr(cp).isalpha() for cp in matching)


def test_day_key_cached_gives_the_uncached_key() -> None:
    for name in ("Saint Stephen's Day", "St. Stephen\u2019s  Day", "F\u00eate Nationale", ""):
        assert day_key(name) == day_key.__wrapped__(name)
        assert day_key(name) == day_key(name)


def test_the_other_caches_give_the_uncached_values() -> None:
    for word in ("Zo\u00eb", "WRENFIELD", "\uff2a\uff4f", "stra\u00dfe", ""):
        assert fold(word) == fold.__wrapped__(word)
    for word in ("Dunmurry", "\u00d3rla", "x", ""):
        assert opening(word) == opening.__wrapped__(word)
    for name in ("Friends of the Earth", "Marisol Ortega", "Harbourside Dental Practice"):
        assert looks_like_org(name) == looks_like_org.__wrapped__(name)
    subject = KnownSubject(
        name="J0nny Ka\u0142u\u017cny",
        role="CLIENT",
        aliases=("Jonno",),
        email="j0nny@example.org",
        linked=(LinkedPerson("Harbourside Dental Practice", "gp"),),
    )
    assert read_subject(subject) == read_subject.__wrapped__(subject)
    assert read_subject(subject).email == "jonny@example.org"


def test_ten_kilobytes_of_named_days_and_birth_words_are_linear() -> None:
    engine = Deidentifier([CLIENT], today=TODAY)
    text = "Birthday on Memorial Day weekend, St Patricks Day, the day after Labor Day. " * 140
    assert redact_and_check_seconds(engine, text[:10_000], "Birthday soon.") < LINEAR_SECONDS
