"""Round 22 (lead): a verb of contact after a person's tag is no name said aloud.

The final check reads one to three words after a person's tag as a known name part said or
misheard ("[CLIENT] rubble" for Wrobel). "called" sounds like "Colette", so every note of a
client with a sister Colette that said "[CLIENT] called back" was refused (a dev note of the
twenty-second batch). Verbs of contact and report alone after the tag are now skipped; the
dictated surname is still read. Each sentence here is new.
"""

from __future__ import annotations

import datetime

from notes_vault.deid import KnownSubject, LinkedPerson
from notes_vault.deid.check import Checker
from tests.deid.helpers import LINEAR_SECONDS, known_engine, redact_and_check_seconds

_CLIENT = KnownSubject(
    role="CLIENT",
    name="Bernard Wrobel",
    dob=datetime.date(1961, 4, 9),
    linked=(LinkedPerson(name="Colette Wrobel", relation="sibling"),),
)
_TAGS = frozenset({"[CLIENT]", "[SIBLING]"})


def test_called_after_the_tag_is_not_refused() -> None:
    checker = Checker([_CLIENT])
    assert checker.leaks("[CLIENT] called back at four, sounded flat.", _TAGS) == []


def test_the_whole_note_passes_the_check() -> None:
    engine = known_engine(_CLIENT)
    result = engine.redact("Bernard called the office twice, then his sister rang.")
    assert "Bernard" not in result.text, result.text
    assert engine.leaks(result.text) == []


def test_a_dictated_surname_after_the_tag_is_still_refused() -> None:
    checker = Checker([_CLIENT])
    assert checker.leaks("seen [CLIENT] rubble today, low mood", _TAGS)


def test_linear_on_many_tags_and_verbs() -> None:
    engine = known_engine(_CLIENT)
    text = "Bernard called. " * 600
    assert redact_and_check_seconds(engine, text, "Bernard called.") < LINEAR_SECONDS
