"""Round 10 (k10): a Korean or Chinese surname glued before known given names, read as
the record does not spell it ("박" is "bak", the record's "Park"); sentences of our own."""

from __future__ import annotations

import datetime
import random
import time

from notes_vault.deid import Deidentifier, KnownSubject
from notes_vault.deid.check import Checker

TODAY = datetime.date(2026, 12, 5)
KOREAN = KnownSubject(role="CLIENT", name="Min-seo Park")
LONG_SURNAME = KnownSubject(role="CLIENT", name="Min-seo Whittingham")


def _redact(subject: KnownSubject, text: str) -> str:
    engine = Deidentifier([subject], rng=random.Random(0), today=TODAY)
    result = engine.redact(text)
    assert engine.leaks(result.text) == []
    return result.text


def test_the_surname_glued_before_the_given_names_goes_with_them() -> None:
    """ "박민서" (surname first, joined) is replaced whole, not left as "박[CLIENT]"."""
    out = _redact(KOREAN, "Min-seo Park (박민서), 29, postgraduate, first session.")
    assert "박" not in out, out


def test_two_characters_before_stay() -> None:
    """Near miss: two characters before the given names ("우리", our) are no surname."""
    out = _redact(KOREAN, "She signs texts 우리민서 to her mother.")
    assert "우리" in out, out


def test_the_check_reads_one_character_glued_before_a_tag() -> None:
    """The check reports one CJK character glued before a tag when a known name has a
    one-syllable surname, and not otherwise."""
    text = "Client (박[CLIENT]) attended."
    tags = frozenset({"[CLIENT]"})
    leaks = Checker([KOREAN], today=TODAY).leaks(text, tags)
    assert any(leak.start == text.index("박") for leak in leaks), leaks
    assert Checker([LONG_SURNAME], today=TODAY).leaks(text, tags) == []


def test_a_glued_character_is_linear() -> None:
    """10 KB of glued characters and tags is checked in under half a second."""

    text = "박[CLIENT] 민서 " * 800
    checker = Checker([KOREAN], today=TODAY)
    began = time.process_time()
    checker.leaks(text, frozenset({"[CLIENT]"}))
    assert time.process_time() - began < 0.5
