"""Issue 13, round 14 (u14): British clubs and bodies known by a short name ("the WI", "the
Fed", "v Saints", "the Celtic game", "Canaries community foundation") are organisations when
their cue is there (org_short_names.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.org_short_names import find_short_names
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements

_RULE = "a club or body known by a short name"

FOUND = [
    ("Her neighbour from the WI drops round a casserole on Thursdays.", "WI"),
    ("He has a meeting with the Fed rep about the misconduct notice.", "Fed"),
    ("Injured in the second half v Saints, carried off.", "Saints"),
    ("They still go to the Celtic games together, father and son.", "Celtic"),
    ("He volunteers with Canaries community trust on the coaching side.", "Canaries"),
    ("She raised it informally with the Federation first.", "Federation"),
    ("Talks about the Toon the way other men talk about their brothers.", "Toon"),
    ("Lost a week's wages betting on Villa, again.", "Villa"),
    ("His Rangers scarf is still on the hook by the door.", "Rangers"),
    ("Her dad's mates from the Legion carried the coffin.", "Legion"),
]

LEFT = [
    "She felt fed up with the whole thing by Friday.",
    "He read about the Russian Federation and the war.",
    "The Fed up feeling came back after the call.",
    "A Celtic cross on the grave, black marble.",
    "They sat by the pond watching the swans and the foxes.",
    "The Eagles were on the radio in the car.",
    "Saints and sinners, he said, we are all both.",
    "WI-FI DOWN IN THE CLINIC ROOM AGAIN.",
    "Moved to Madison, WI with her sister in the spring.",
    "She goes to All Saints on a Sunday with her sister.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_short_name_is_an_organisation(text: str, name: str) -> None:
    """The short name is replaced as an organisation, and this rule finds it."""
    at = text.index(name)
    hits = [r for r in replacements(text) if r.start <= at < r.end]
    assert hits, [(text[r.start : r.end], r.reason) for r in replacements(text)]
    assert hits[0].category in ("organisation", "person")  # "Toon" is read as a name first
    spans = find_short_names(text, tokenize(text))
    assert any(text[s.start : s.end] == name and _RULE in s.reason for s in spans), spans


@pytest.mark.parametrize("text", LEFT)
def test_the_english_word_is_left(text: str) -> None:
    """The same words used as English, or with no cue, are not taken by the rule."""
    assert find_short_names(text, tokenize(text)) == []
    assert not [r for r in replacements(text) if _RULE in r.reason]


def test_explain_names_the_cue() -> None:
    """The reason quotes the cue that made the word a club."""
    text = "She had a row with the Fed rep."
    reasons = [r.reason for r in replacements(text) if text[r.start : r.end] == "Fed"]
    assert reasons == ["context: a club or body known by a short name ('the Fed')"]


def test_pathological_input_is_fast() -> None:
    """10 KB of short names, cues and line breaks is redacted in under 0.5 s."""
    unit = "the WI v Saints the Fed up\nCeltic game All Saints about Villa WI\n"
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
