"""Issue 13, round 15 (o15): an English word in capitals after a lower-case verb of reaching
or giving a service ("call HOMES", "called CODA", "gave SOBS leaflet", "provided FORCE
resources") names a service and is an organisation, as after "at", "via" or "referred to"
before (org_caps.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.org_caps import find_org_caps
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements

_RULE = "an English word in capitals after"

FOUND = [
    ("Mum agreed to call HAVEN on Monday about a refuge space.", "HAVEN"),
    ("The key worker called ANCHOR and they have a bed.", "ANCHOR"),
    ("Plan: gave SHIELD leaflet and the local group's details.", "SHIELD"),
    ("We provided BEACON resources for the children.", "BEACON"),
    ("She rang MEADOW herself after the session.", "MEADOW"),
    ("Dad has contacted BRIDGE about the tenancy.", "BRIDGE"),
]

LEFT = [
    "She was VERY clear that she wants to STOP drinking.",
    "CONDITION AT DISCHARGE: settled, low risk overall at this point.",
    "I told him to call NOW if things got worse overnight.",
    "Asked her to call BACK after the weekend.",
    "She gave EVERYTHING she had to the job.",
    "REFERRED TO HAVEN FOR SUPPORT, CALLED BACK LATER",
    "Came in at NIGHT again; mood low.",
    "Planned to ring the GP via EMIS task today.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_capitalised_word_after_a_referral_is_an_organisation(text: str, name: str) -> None:
    """The word is replaced as an organisation, by this rule."""
    hits = [r for r in replacements(text) if text[r.start : r.end] == name]
    assert hits, [(text[r.start : r.end], r.reason) for r in replacements(text)]
    assert hits[0].category == "organisation"
    spans = find_org_caps(text, tokenize(text))
    assert any(text[s.start : s.end] == name and _RULE in s.reason for s in spans), spans


@pytest.mark.parametrize("text", LEFT)
def test_shouting_and_capitals_lines_are_left(text: str) -> None:
    """Emphasis, a cue in capitals, a line of capitals, a short word or shorthand: not taken."""
    assert find_org_caps(text, tokenize(text)) == []


def test_explain_names_the_cue() -> None:
    """The reason quotes the cue word."""
    text = "Plan: called BRIDGE about housing."
    reasons = [r.reason for r in replacements(text) if text[r.start : r.end] == "BRIDGE"]
    assert reasons == ["context: an English word in capitals after 'called'"]


def test_pathological_input_is_fast() -> None:
    """10 KB of cues and capitals on one line, and on many lines, in under 0.5 s each."""
    unit = "referred to BRIDGE gave HAVEN called ANCHOR call SHIELD "
    one_line = (unit * (10_000 // len(unit) + 1))[:10_000]
    many = ("rang HAVEN\n" * 1000)[:10_000]
    engine = Deidentifier([])
    assert redact_and_check_seconds(engine, one_line, "warm-up Elizabeth") < LINEAR_SECONDS
    assert redact_and_check_seconds(engine, many, "warm-up Elizabeth") < LINEAR_SECONDS
