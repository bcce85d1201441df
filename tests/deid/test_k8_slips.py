"""Round 8 (k8): two precision slips and their general causes.

An initial was taken as the first letter of a hyphenated word ("Her partner E-mailed"
became "[INITIAL]-mailed"), and everyday shorthand joined by "&" was read as a couple's
initials ("took mum to A&E" refused for a client Ann with a partner Eli).
"""

from __future__ import annotations

import datetime
import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson

TODAY = datetime.date(2026, 12, 5)
ELLEN = KnownSubject(
    role="CLIENT",
    name="Ellen Thompson",
    aliases=("Ellie",),
    linked=(
        LinkedPerson("Xavier Thompson", "partner"),
        LinkedPerson("Tom Ure", "father"),
        LinkedPerson("Una Castle", "mother"),
        LinkedPerson("Carl Dunn", "friend"),
    ),
)
ANN = KnownSubject(
    role="CLIENT",
    name="Ann Walsh",
    linked=(LinkedPerson("Eli Walsh", "partner"), LinkedPerson("Rory Dunne", "friend")),
)


def _engine(subject: KnownSubject) -> Deidentifier:
    return Deidentifier([subject], rng=random.Random(0), today=TODAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "Her partner E-mailed me on the Monday.",
        "Ellen E-mailed the school about it.",
        "Dad X-rayed his wrist at the walk-in.",
        "Her friend C-sectioned? No: her friend's C-section went well.",
        "Her dad U-turned on the motorway.",
        "Wore her dad's T-shirt to session.",
        "Mum T-boned a car last winter.",
        "Ellie's partner E-scooter accident.",
        "Thompson, E-mail on file is old.",
    ],
)
def test_a_hyphenated_word_is_not_an_initial(sentence: str) -> None:
    """A capital that opens a hyphenated word is no one's initial: the word stays whole
    (no "[INITIAL]-mailed", no "[CLIENT]-mailed") and the output is not refused."""
    engine = _engine(ELLEN)
    result = engine.redact(sentence)
    for word in ("E-mail", "X-ray", "C-section", "U-turn", "T-shirt", "T-bone", "E-scooter"):
        if word.lower() in sentence.lower():
            assert word.lower() in result.text.lower(), result.text
    assert "-mail" not in result.text or "E-mail" in result.text
    assert engine.leaks(result.text) == []


@pytest.mark.parametrize(
    ("sentence", "initial"),
    [
        ("Her partner E said nothing.", "E"),
        ("Her partner E. texted at midnight.", "E"),
        ("Ellen T. came alone.", "T"),
        ("Her partner X-Y? No, her partner X came.", "X"),
        ("[note] her dad T, her mum U.", "T"),
    ],
)
def test_a_lone_initial_is_still_taken(sentence: str, initial: str) -> None:
    """Near miss: a known initial alone after a kin word or a name is still replaced (or
    the output refused), hyphen rule or not."""
    engine = _engine(ELLEN)
    result = engine.redact(sentence)
    alone = f" {initial} " in f" {result.text} ".replace(".", " ").replace(",", " ")
    assert not alone or engine.leaks(result.text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Took mum to A&E on Saturday night.",
        "She was in A & E for six hours.",
        "Went to A+E again.",
        "A&E staff were kind. R&D funding for the service.",
        "Booked a B&B in the Dales with Eli.",
        "Q&A session at the school.",
    ],
)
def test_everyday_ampersand_shorthand_is_no_couple(sentence: str) -> None:
    """ "A&E" for a client Ann with a partner Eli is Accident and Emergency, not the couple's
    initials: nothing is flagged, the note exports."""
    engine = _engine(ANN)
    result = engine.redact(sentence)
    assert engine.leaks(result.text) == []


@pytest.mark.parametrize("sentence", ["Saw E & R together last week.", "E&R came together."])
def test_a_known_couple_by_initials_is_still_caught(sentence: str) -> None:
    """Near miss: two known initials joined by "&" that are no shorthand ("E & R" for
    Eli and Rory) are still replaced or refused."""
    engine = _engine(ANN)
    result = engine.redact(sentence)
    kept = " E " in f" {result.text} ".replace("&", " ")
    assert not kept or engine.leaks(result.text)
