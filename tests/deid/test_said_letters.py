"""A known postcode spelt out with letter names, as dictation writes it, is replaced and refused."""

from __future__ import annotations

import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject

HEBDEN = KnownSubject(role="CLIENT", name="Siobhan Dunne", postcode="HX7 8QT")
OLDHAM = KnownSubject(role="CLIENT", name="Ann Body", postcode="OL1 3AB")


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (HEBDEN, "she gave her postcode as aitch ex seven eight cue tee full stop"),
        (HEBDEN, "postcode haitch ex seven eight queue tea"),
        (HEBDEN, "Postcode: aitch X 7 8 Q tee."),
        (OLDHAM, "lives at oh ell one three ay bee with her mum"),
    ],
)
def test_a_postcode_said_in_letter_names_is_replaced_and_checked(
    subject: KnownSubject, text: str
) -> None:
    """The replacer takes the spelt-out code, and the final check finds it in the raw text."""
    engine = Deidentifier([subject], rng=random.Random(2))
    out = engine.redact(text).text
    assert "[POSTCODE]" in out, out
    assert [leak.category for leak in engine.leaks(text)] == ["client postcode"]
    assert engine.leaks(out) == []


@pytest.mark.parametrize(
    "text",
    [
        "why are you here, see you at eight, she asked",
        "aitch ex seven eight cue",  # only part of the code
        "she said oh ell one three ay see",  # one letter differs
    ],
)
def test_ordinary_speech_is_no_postcode(text: str) -> None:
    """Letter-name words that do not spell the whole known code are left and not refused."""
    engine = Deidentifier([HEBDEN, OLDHAM], rng=random.Random(2))
    assert "[POSTCODE]" not in engine.redact(text).text
    assert engine.leaks(text) == []
