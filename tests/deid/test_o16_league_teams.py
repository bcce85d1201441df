"""Issue 13, round 16 (o16): a sports team's nickname (a closed class of league and college
sides) beside "the" or a word of watching, wearing or playing is an organisation
(org_league_teams.py): "a Dodgers cap", "watching Oilers highlights", "go vols".

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.org_league_teams import find_league_teams
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

_REASON = "context: a sports team's nickname"

FOUND = [
    ("He wore a faded Dodgers cap to every session in October.", "Dodgers"),
    ("Spent the weekend watching Oilers highlights instead of sleeping.", "Oilers"),
    ("Complained at length about the Knicks, then laughed at himself.", "Knicks"),
    ("texted me a photo of her blue jays jersey, go blue jays", "blue jays"),
    ("Drinking heavier on Sundays during Seahawks games with his cousin.", "Seahawks"),
    ("go vols!! she wrote, then asked to move the session", "vols"),
]

LEFT = [
    "took the kids watching dolphins at the aquarium on Saturday",
    "the bears were the only animals awake at the zoo",
    "She said the Giants of her field had all retired.",
    "A liberty cap habit in his twenties, none since.",
    "The tigers in the dream were chasing her brother.",
    "Bought new nets for the allotment with his son.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_team_nickname_with_its_cue_is_an_organisation(text: str, name: str) -> None:
    """The nickname is replaced, and this rule finds it."""
    assert covers(text, name), [(text[r.start : r.end], r.reason) for r in replacements(text)]
    spans = find_league_teams(tokenize(text))
    assert any(text[s.start : s.end] == name and s.reason == _REASON for s in spans), spans


@pytest.mark.parametrize("text", LEFT)
def test_animals_and_english_words_are_left(text: str) -> None:
    """An animal, an English word after "the", or no cue: not taken."""
    assert find_league_teams(tokenize(text)) == []


def test_explain_names_the_cue() -> None:
    """The reason says a team's nickname was read."""
    text = "Came in with a Steelers cap again."
    reasons = [r.reason for r in replacements(text) if text[r.start : r.end] == "Steelers"]
    assert reasons == [_REASON]


def test_pathological_input_is_fast() -> None:
    """10 KB of nicknames, cues and near misses is redacted in under 0.5 s."""
    unit = "watching Steelers game the Knicks go suns red raiders cap the bears nets "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
