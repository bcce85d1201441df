"""Issue 13, round 13 (u13): a charity whose one-word name is an English word ("Mind", "Beat",
"Relate", "Sands", "Shout") is an organisation inside a sentence, before a service word, a
list mark or a heading dash, or in capitals in a mixed-case line (org_word_charities.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.org_word_charities import find_word_charities
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements

_RULE = "a charity named by an English word"

FOUND = [
    ("Beat helpline number given before she left.", "Beat"),
    ("Mind youth worker to ring her on Friday.", "Mind"),
    ("Relate - couples work - joint session 2", "Relate"),
    ("Agreed: Sands bereavement group in the spring, if she feels ready.", "Sands"),
    ("Options given: Mermaids parents' line; school nurse.", "Mermaids"),
    ("Dad had already rung Beat → then the GP, who was kind.", "Beat"),
    ("Said he could text SHOUT at night instead of ringing.", "SHOUT"),
    ("Plan: WAVE (group) and the carers' centre.", "WAVE"),
    ("Gave out the Lifeline number and the GP's out-of-hours line.", "Lifeline"),
    ("Next: Restored (faith-based charity) leaflet, if she wants it.", "Restored"),
    ("She had already spoken to Mind about volunteering.", "Mind"),
    ("Her cousin volunteers with Gingerbread on Saturdays.", "Gingerbread"),
]

LEFT = [
    "We used a lifeline today to map the years in Kabul.",
    "Lifeline exercise started; we reached 2019.",
    "Respect his pace with the trauma material.",
    "Beat himself up about it all week.",
    "Mind racing at night, sleep 4 hours.",
    "Theory of Mind tasks were within range.",
    "She is reading Mind Over Mood with her sister.",
    "Sense of shame was strong today.",
    "Relate the panic to the bus journeys, we agreed.",
    "CRISIS CARD GIVEN (SHOUT, SAMARITANS) - NO PLAN.",
    "Restored contact with her brother last month.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_word_charity_is_an_organisation(text: str, name: str) -> None:
    """The charity's one-word name is replaced as an organisation, by this rule."""
    hits = [r for r in replacements(text) if text[r.start : r.end] == name]
    assert hits, [(text[r.start : r.end], r.reason) for r in replacements(text)]
    assert hits[0].category == "organisation"
    spans = find_word_charities(text, tokenize(text))
    assert any(text[s.start : s.end] == name and _RULE in s.reason for s in spans), spans


@pytest.mark.parametrize("text", LEFT)
def test_the_english_word_is_left(text: str) -> None:
    """The same words used as English, or in a line of capitals, are not taken by the rule."""
    assert find_word_charities(text, tokenize(text)) == []
    assert not [r for r in replacements(text) if _RULE in r.reason]


def test_explain_names_the_cue() -> None:
    """The reason quotes the cue that made the word a charity."""
    text = "Beat helpline card given to mum."
    reasons = [r.reason for r in replacements(text) if text[r.start : r.end] == "Beat"]
    assert reasons == [
        "context: a charity named by an English word, before a service word ('Beat helpline')"
    ]


def test_pathological_input_is_fast() -> None:
    """10 KB of listed words, marks and dashes on one line is redacted in under 0.5 s."""
    unit = "Mind - Beat (x y z charity) SHOUT Relate / Lifeline number Sands of Mind "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
