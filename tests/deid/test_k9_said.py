"""Round 9 (k9): a known name or address said aloud and typed back by speech-to-text as
English words, in a dictated note; sentences of our own, and near misses."""

from __future__ import annotations

import datetime
import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from notes_vault.deid.check import Checker

TODAY = datetime.date(2026, 12, 5)
SUBJECT = KnownSubject(
    role="CLIENT",
    name="Saoirse Fitzsimons",
    address="Glenariff House, 9 Mill Lane, Tregaron",
    linked=(LinkedPerson("Declan Okonkwo", "partner"),),
)


def _engine() -> Deidentifier:
    return Deidentifier([SUBJECT], rng=random.Random(0), today=TODAY)


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        ("voice note. client seer sha fits simmons comma seen today full stop", "seer sha"),
        ("voice note. client seer sha fits simmons comma seen today full stop", "fits simmons"),
        ("dictated: she lives out at glen a riff house comma the farm", "glen a riff"),
        ("speech-to-text, unedited\nplan to see seer sha again in two weeks", "seer sha"),
        ("new line deck lan is working away again full stop", "deck lan"),
    ],
)
def test_a_name_heard_as_words_is_replaced(text: str, heard: str) -> None:
    """Words of a dictated note whose sound joined is a long known part are replaced."""
    engine = _engine()
    result = engine.redact(text)
    assert heard not in result.text, result.text
    assert engine.leaks(result.text) == []


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        ("voice note. client seer sha came in late full stop", "seer sha"),
        ("dictated comma out near glen a riff house", "glen a riff"),
    ],
)
def test_the_check_finds_a_name_heard_as_words(text: str, heard: str) -> None:
    """The final check, on its own, reports the same words: a replacer that missed them
    would give a refusal, not an exit 0."""
    leaks = Checker([SUBJECT], today=TODAY).leaks(text)
    start = text.index(heard)
    assert any(leak.start <= start < leak.end for leak in leaks), leaks


@pytest.mark.parametrize(
    "text",
    [
        "seer sha came in with her brother.",  # not dictated: typed words are words
        "dictated comma the seer shared a vision full stop",  # "seershared" is no part
        "dictated comma a fit simmering with rage full stop",
        "dictated comma she will glean a riff from the song full stop",  # too far off
    ],
)
def test_near_misses_stay(text: str) -> None:
    """Near miss: typed text, or words that do not sound like a part, stay and are not
    refused."""
    engine = _engine()
    result = engine.redact(text)
    assert result.text == text
    assert engine.leaks(text) == []


def test_a_word_that_adds_no_sound_stays() -> None:
    """ "Saoirse on": the name is replaced, the word after it (which adds no sound) stays."""
    engine = _engine()
    result = engine.redact("full stop seer sha on time today comma fine")
    assert " on time today" in result.text, result.text


def test_explain_names_the_cue() -> None:
    """`--explain`'s reason names the cue: a name heard in a dictated note."""
    result = _engine().redact("voice note. seer sha came in full stop")
    assert any("said: dictated" in r.reason for r in result.replacements)
