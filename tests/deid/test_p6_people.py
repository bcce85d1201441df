"""Issue 13, round 5 (p6): children listed by name and age, in any case, and longer lists.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import (
    LINEAR_SECONDS,
    alnum_covered,
    covers,
    redact_and_check_seconds,
    replaced,
    replacements,
)

PEOPLE = [
    # After a plural word for children or siblings and a list mark (person_kin_lists.py).
    ("3 kids - tayla (11), harley-rae (7), bo (2)", ["tayla", "harley-rae", "bo"]),
    ("kids: rowan 9, skye 6", ["rowan", "skye"]),
    ("the boys (kobe 12 & marley 10) stay at their nan's on weekends", ["kobe", "marley"]),
    ("sibs - eden (15) and jude (13), both at the academy", ["eden", "jude"]),
    ("two daughters: Wiktoria (8), Hania (5).", ["Wiktoria", "Hania"]),
    ("twins - alfie 4 and archie 4", ["alfie", "archie"]),
    # A list of names and ages in brackets that runs on into words (person_marks.py).
    ("She has two stepsons (Gurvinder 16, Harjot 14, both at college).", ["Gurvinder"]),
    ("Her grandchildren (Oskar 7, Ludmila 4 in reception) visit on Sundays.", ["Oskar"]),
]

AGES = [
    ("3 kids - tayla (11), harley-rae (7), bo (2)", "2"),
    ("kids: rowan 9, skye 6", "6"),
    ("She has two stepsons (Gurvinder 16, Harjot 14, both at college).", "16"),
]

LEFT = [
    ("kids - about 12 of them at the party", "about"),
    ("kids: calpol 5 ml at bedtime", "calpol"),
    ("Tried (Sertraline 50, Mirtazapine 15 mg) with no change.", "Sertraline"),
    ("sertraline (50), quetiapine (25) both stopped", "sertraline"),
    ("kids - both 9 on the reading scale", "both"),
    ("The rooms (Ward 12, Bay 4) were closed.", "Ward"),
]


@pytest.mark.parametrize(("text", "names"), PEOPLE)
def test_listed_names_are_people(text: str, names: list[str]) -> None:
    """Every name in a list of children and ages is replaced as a person."""
    reps = replacements(text)
    spans = [(r.start, r.end) for r in reps if r.category == "person"]
    for name in names:
        start = text.index(name)
        assert alnum_covered(text, start, start + len(name), spans), replaced(text)


@pytest.mark.parametrize(("text", "age"), AGES)
def test_listed_ages_are_ages(text: str, age: str) -> None:
    """The age beside a listed child is replaced as an age."""
    assert (age, "age") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_near_miss_list_is_kept(text: str, word: str) -> None:
    """A count, a dose or a room of the same shape is left alone."""
    assert not covers(text, word), replaced(text)


PATHOLOGICAL = {
    "kin lists": "kids - a (1), " * 800,
    "kin cues": "kids - " * 1500,
    "bracket lists": "(Oskar 7, " * 1100,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of a p6 list rule's own pathological shape is redacted in under half a second."""
    text = PATHOLOGICAL[name][:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS


ALIASES = [
    # Another quoted name joined to a person found (person_aliases.py).
    ('Her cousins call her "Bibi" or "Bee" at home.', "Bee"),
    ('Piotr Nowak ("Piotrek" - pronounced "Pyotrek") came alone.', "Pyotrek"),
    ('his boss (gary? "gaz") shouted at him again', "gaz"),
    ('Danuta ("Danka" / "Dusia") misses her sister.', "Dusia"),
    # A quoted name after a word for a person.
    ('texts from an older guy, "K-Dog," who she met online', "K-Dog"),
    ('a woman "Zsuzsi" from the church brought food', "Zsuzsi"),
]

ALIASES_LEFT = [
    ('Jess said "fine" or "whatever" and walked out.', "whatever"),
    ('Sarah, "Why Me" she kept asking.', "Why"),
    ('a man, "About Time" was playing in the cafe', "About"),
    ('Her father (Mr Kandiah, "Appa") has booked the hall.', "Appa"),
    ('she uses the app, "Calm", at night', "Calm"),
]


@pytest.mark.parametrize(("text", "name"), ALIASES)
def test_quoted_alias_is_a_person(text: str, name: str) -> None:
    """A second quoted name for a person, or a quoted name after 'guy', is a person."""
    assert (name, "person") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "word"), ALIASES_LEFT)
def test_quoted_speech_or_kin_word_is_kept(text: str, word: str) -> None:
    """Quoted speech, a song, an app or a word for a parent is left alone."""
    assert not covers(text, word), replaced(text)


def test_pathological_quotes_are_fast() -> None:
    """10 KB of quoted names joined by 'or' is redacted in under half a second."""
    text = ('Jess "A" or "B" - "C" / ' * 500)[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
