"""Round 21 (lead): words replaced beside an identifier that name nobody.

Three classes, each counted over every dev note of 60 files (docs/deid-rounds.md, "Round 21
(lead)"), each a word writers leave outside the identifier's label:

- A title recorded with a linked person's name ("Dr Patrick Moynihan" as the GP) was part of
  the name's full written form, so "Dear Dr Patrick Moynihan" became "Dear [GP]" where
  "Dr Moynihan" already gave "Dr [GP]". The title stays now; the name is still replaced. A
  relation written into a recorded name ("Uncle Wing") is the name's own and goes with it.
- A possessive pronoun opening a personal anchor ("her 47th birthday") was replaced with it.
  It stays outside ("her [PERSONAL EVENT]"); the client's role ("pt's 67th bday"), a named
  owner ("Robert's birthday") and an offset ("two weeks after her wedding") still go.
- An "on" opening a known date of birth ("turns 32 on Monday", the client's birthday) was
  replaced with the day: "turns 32 on [DOB]" now; the day itself is still replaced.

Each sentence here is new.
"""

from __future__ import annotations

import datetime
import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from tests.deid.helpers import KNOWN_TODAY, LINEAR_SECONDS, known_engine, redact_and_check_seconds


def _with(*linked: tuple[str, str], address: str | None = None) -> KnownSubject:
    return KnownSubject(
        role="CLIENT",
        name="Orla Keane",
        dob=KNOWN_TODAY.replace(year=1984),
        address=address,
        linked=tuple(LinkedPerson(name=name, relation=relation) for name, relation in linked),
    )


@pytest.mark.parametrize(
    ("name", "text", "title", "gone"),
    [
        (
            "Dr Patrick Moynihan",
            "Dear Dr Patrick Moynihan,\nThank you for seeing her.",
            "Dr",
            "Moynihan",
        ),
        ("Dr. Helen Strauss", "PCP: Dr. Helen Strauss, Kaiser Lakewood.", "Dr.", "Strauss"),
        ("Rev Alan Hendry", "Her husband, Rev Alan Hendry, came too.", "Rev", "Hendry"),
    ],
)
def test_a_recorded_title_stays_outside_the_linked_name(
    name: str, text: str, title: str, gone: str
) -> None:
    engine = known_engine(_with((name, "gp")))
    result = engine.redact(text)
    assert f"{title} [" in result.text, result.text
    assert gone not in result.text, result.text
    assert name.split()[1] not in result.text, result.text  # the given name too
    assert engine.leaks(result.text) == []


def test_a_relation_recorded_in_a_name_goes_with_it() -> None:
    engine = known_engine(_with(("Uncle Wing", "other")))
    result = engine.redact("Stayed the weekend with Uncle Wing in the flat.")
    assert "Uncle" not in result.text, result.text
    assert "Wing" not in result.text, result.text


def test_a_distinctive_word_after_a_known_town_is_still_taken_in() -> None:
    engine = known_engine(_with(address="4 Mill Lane, Hartley"))
    result = engine.redact("Her son plays for Hartley Cougars on Sundays.")
    assert "Cougars" not in result.text, result.text
    assert "Hartley" not in result.text, result.text


def _redact(text: str) -> str:
    return Deidentifier([], rng=random.Random(0)).redact(text).text


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("She dreaded her 47th birthday all week.", "her [", "47th"),
        ("SEEN IN CELL - HIS 25TH BDAY, NO VISITS.", "HIS [", "25TH"),
        ("Spent my 19th birthday on the ward.", "my [", "19th"),
    ],
)
def test_a_pronoun_before_a_personal_anchor_stays(text: str, kept: str, gone: str) -> None:
    out = _redact(text)
    assert kept in out, out
    assert gone not in out, out
    assert "[PERSONAL EVENT]" in out, out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("We met two weeks after her wedding in the spring.", "two weeks after her wedding"),
        ("Since Robert's birthday she has not slept.", "Robert's birthday"),
        ("Reviewed on pt's 67th bday, low.", "pt's 67th bday"),
    ],
)
def test_a_named_owner_or_an_offset_still_goes(text: str, gone: str) -> None:
    out = _redact(text)
    assert gone not in out, out
    assert "[PERSONAL EVENT]" in out, out


_BORN = KnownSubject(role="CLIENT", name="Orla Keane", dob=datetime.date(1986, 12, 6))


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("She turns 40 on Sunday, she says.", "Sunday"),
        ("Birthday on the 6th, dreading it.", "6th"),
        ("40 ON SUNDAY AND NO CARDS.", "SUNDAY"),
    ],
)
def test_on_before_a_known_birthday_stays(text: str, gone: str) -> None:
    engine = Deidentifier([_BORN], rng=random.Random(0), today=datetime.date(2026, 12, 3))
    result = engine.redact(text)
    assert gone not in result.text, result.text
    assert " on [" in result.text.lower(), result.text
    assert engine.leaks(result.text) == []


def test_the_trims_are_linear() -> None:
    engine = known_engine(_with(("Dr Ann Pascoe", "gp")))
    text = ("Dr Dr Rev Ann Pascoe her 40th on Monday " * 250)[:10_000]
    assert redact_and_check_seconds(engine, text, "Dr Ann Pascoe.") < LINEAR_SECONDS
