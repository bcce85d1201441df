"""Issue 13, round 15 (o15): a listed shop or employer written in lower case after a
preposition and a word of working, shopping or fetching ("placement at boots", "drives for
uber/lyft", "use cvs") is an organisation (org_lower_brands.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.org_lower_brands import find_lower_brands
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements

_RULE = "a listed shop or employer in lower case"

FOUND = [
    ("her saturday job at boots is the only thing getting her out", "boots"),
    ("he does nights in the warehouse for amazon now, 12h shifts", "amazon"),
    ("drives for uber most evenings to cover rent", "uber"),
    ("says the prescription is waiting at the rite aid near her mum's", "rite aid"),
    ("cant even walk to asda without my chest going", "asda"),
    ("wants to pick up her meds from cvs tomorrow", "cvs"),
]

LEFT = [
    "he turned up in boots and a hoodie, soaked through",
    "we took an uber home after the appointment",
    "got the job at next week's interview, starting in june",
    "the amazon parcel was the first thing she opened",
    "agreed to go to shelter for the night after the fire",
    "she walked to the shops with her sister",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_lower_case_brand_after_a_work_cue_is_an_organisation(text: str, name: str) -> None:
    """The listed name is replaced as an organisation, by this rule."""
    hits = [r for r in replacements(text) if text[r.start : r.end] == name]
    assert hits, [(text[r.start : r.end], r.reason) for r in replacements(text)]
    assert hits[0].category == "organisation"
    spans = find_lower_brands(text, tokenize(text))
    assert any(text[s.start : s.end] == name and _RULE in s.reason for s in spans), spans


def test_a_second_name_joined_by_a_slash() -> None:
    """ "uber/lyft": the second name goes with the first."""
    text = "drives for uber/lyft out of the city"
    taken = [text[s.start : s.end] for s in find_lower_brands(text, tokenize(text))]
    assert taken == ["uber", "lyft"]


@pytest.mark.parametrize("text", LEFT)
def test_the_word_is_left(text: str) -> None:
    """No work cue, a preposition of wearing, or a word of time after: not taken."""
    assert find_lower_brands(text, tokenize(text)) == []


def test_explain_names_the_cue() -> None:
    """The reason quotes the work word and the preposition."""
    text = "placement at boots going well"
    reasons = [r.reason for r in replacements(text) if text[r.start : r.end] == "boots"]
    assert reasons == [
        "context: a listed shop or employer in lower case after 'placement' and 'at'"
    ]


def test_pathological_input_is_fast() -> None:
    """10 KB of cues, prepositions and listed names is redacted in under 0.5 s."""
    unit = "works at boots / uber or asda job for the amazon shift at rite aid "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
