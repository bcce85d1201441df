"""Round 10 (k10): a known name or place said aloud and typed back as ordinary English
words, taken only where a name stands; sentences of our own, and near misses."""

from __future__ import annotations

import datetime
import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from notes_vault.deid.check import Checker

TODAY = datetime.date(2026, 12, 5)
SUBJECT = KnownSubject(
    role="CLIENT",
    name="Marisela Armijo",
    aliases=("Kit Ho",),
    address="7 Quarry Row, Hexham",
    linked=(
        LinkedPerson("Seamus Delaney", "partner"),
        LinkedPerson("Jon Stringer", "friend"),
        LinkedPerson("Celine Thibodeaux", "sibling"),
        LinkedPerson("Andrea Wolfe", "friend"),
    ),
)


def _engine() -> Deidentifier:
    return Deidentifier([SUBJECT], rng=random.Random(0), today=TODAY)


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        ("dictated comma client Marisela are me ho attended alone full stop", "are me ho"),
        ("voice note full stop her husband shame us is back at sea full stop", "shame us"),
        ("voice note full stop she said shame us Delaney phoned full stop", "shame us"),
        ("dictated. She grew up in hex um comma moved south at twenty full stop", "hex um"),
        ("transcript: Jon string her drove her to the clinic full stop", "string her"),
        ("transcript: her sister Celine tibbed oh came along full stop", "tibbed oh"),
        ("dictated comma seen with kit hoe comma calm full stop", "hoe"),
        ("dictated comma john string her came to the door full stop", "john"),
    ],
)
def test_english_words_where_a_name_stands_are_replaced(text: str, heard: str) -> None:
    """English words that sound like a known part, beside another part of the name (in
    its order), after a person's or place's cue, are replaced, and the check passes."""
    engine = _engine()
    result = engine.redact(text)
    assert heard not in result.text, result.text
    assert engine.leaks(result.text) == []


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        ("dictated comma [CLIENT] are me ho attended full stop", "are me ho"),
        ("voice note full stop shame us [PARTNER] phoned full stop", "shame us"),
        ("dictated comma moved from hex um last year full stop", "hex um"),
        ("dictated comma [CLIENT] hoe came in full stop", "hoe"),
    ],
)
def test_the_check_hears_them_beside_a_tag(text: str, heard: str) -> None:
    """The final check, on its own, reports such words beside a tag the replacer left:
    a replacer that missed them gives a refusal, not an exit 0."""
    tags = frozenset({"[CLIENT]", "[PARTNER]"})
    leaks = Checker([SUBJECT], today=TODAY).leaks(text, tags)
    start = text.index(heard)
    assert any(leak.start <= start < leak.end for leak in leaks), leaks


@pytest.mark.parametrize(
    "text",
    [
        "her husband shame us all, she said.",  # not dictated: typed words are words
        "dictated comma Andrea and her mum came in full stop",  # "and her" opens with "and"
        "dictated comma her mum and her sister came full stop",  # a function word first
        "dictated comma in time she said it full stop",  # no cue, no name beside it
        "dictated comma the string here is loose full stop",  # no name beside it
        "dictated comma half-sister [PARTNER] came full stop",  # no Hungarian "c" here
        "dictated comma it was Seamus how he said it full stop",  # "how" is no part said
        "dictated comma a garden hoe and a rake full stop",  # a short part with no name
    ],
)
def test_near_misses_stay(text: str) -> None:
    """Near miss: ordinary words with no name beside them, a function word first, or a
    typed note, stay, and the check passes them."""
    engine = _engine()
    result = engine.redact(text)
    kept = text.replace("Andrea", "").replace("Seamus", "").replace("[PARTNER]", "")
    for word in ("and her", "time she", "string here", "sister", "how", "hoe", "shame us"):
        if word in kept:
            assert word in result.text, result.text
    assert (
        Checker([SUBJECT], today=TODAY).leaks(
            result.text, frozenset(r.replacement for r in result.replacements)
        )
        == []
    )


def test_explain_names_the_cue() -> None:
    """--explain's reason says the words were taken as said where a name stands."""
    result = _engine().redact("dictated comma client Marisela are me ho attended full stop")
    reasons = [r.reason for r in result.replacements]
    assert any("where a name stands" in r for r in reasons), reasons
