"""Round 9 (k9): a name respelt the way it is said when its own language spells sounds
another way (Irish, Polish, Hungarian); sentences of our own, and near misses."""

from __future__ import annotations

import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject
from notes_vault.deid.check import Checker


def _engine(name: str) -> Deidentifier:
    return Deidentifier([KnownSubject(role="CLIENT", name=name)], rng=random.Random(0))


@pytest.mark.parametrize(
    ("name", "text", "said"),
    [
        ("Ciarán Mac Giolla", 'He asked me to say it "Kee-ur-awn", not Kieran.', "Kee-ur-awn"),
        ("Wiktoria Nowicka", 'Her name is said "Vik-TOR-ya", she told the class.', "Vik-TOR-ya"),
        ("Siobhán Ní Bhriain", "Shivorn (her spelling for me) was calmer today.", "Shivorn"),
        ("Siobhán Ní Bhriain", "She says SHIV-awn, and laughs at the English.", "SHIV-awn"),
        ("Ludwika Brandt", "Lood-vee-ka was tired; slept badly.", "Lood-vee-ka"),
    ],
)
def test_a_name_said_as_its_language_reads_it_is_replaced(name: str, text: str, said: str) -> None:
    """The respelling is replaced, and the final check finds it on its own."""
    engine = _engine(name)
    result = engine.redact(text)
    assert said not in result.text, result.text
    assert engine.leaks(result.text) == []
    leaks = Checker([KnownSubject(role="CLIENT", name=name)]).leaks(text)
    assert any(leak.start <= text.index(said) < leak.end for leak in leaks), leaks


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Megan Tranter", "Miss Morgan from the school rang."),  # "Mogan" is no reading
        ("Siobhán Ní Bhriain", "She took the Shiver Bridge road, she says."),
        ("Ciarán Mac Giolla", "Karen from the ward rang about the Korean class."),
        ("Wiktor Nowicki", "Nothing about victory or the Vikings today."),
    ],
)
def test_near_misses_stay(name: str, text: str) -> None:
    """Near miss: a plain name's sound without its "r", or words near a reading, are not
    the client (another layer may still take a person's name) and are not refused."""
    engine = _engine(name)
    result = engine.redact(text)
    assert "[CLIENT]" not in result.text, result.text
    assert engine.leaks(text) == []
