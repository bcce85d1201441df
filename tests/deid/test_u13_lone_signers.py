"""Issue 13, round 13 (u13): a given name alone on a note's last line, maybe with an initial
and a bracket or a comma and a role after it, signs the note (person_lone_signers.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.person_lone_signers import find_lone_signers
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements

_RULE = "a given name alone signing the note's last line"

SIGNED = [
    ("Rang back, no answer. Will try Monday.\nGill", "Gill"),
    ("Quiet visit, cup of tea, talked about the allotment.\n- Pip", "Pip"),
    ("Fed back to the team.\nmorwenna (befriending volunteer)", "morwenna"),
    ("Carer assessment booked.\nSiobhan (Carers Trust, Omagh)", "Siobhan"),
    ("Good engagement today.\nEluned R, Psychological Wellbeing Practitioner", "Eluned R"),
    ("Next week same time.\nRaj K., trainee counsellor", "Raj K."),
    ("He left calmer than he came.\nAsh.", "Ash"),
]

UNSIGNED = [
    "Good session overall.\nThanks",
    "All actions complete.\nEnds.",
    "Seen with mum.\nPlan (4 sessions): exposure ladder",
    "She will ring if worse.\nNext: Tues 4pm",
    "Ok see you then\nxx",
    "Reviewed with supervisor.\n- Continue",
    "Low mood, sleep poor.\nNoted, for review",
    "Letter sent.\nCHECKED",
    "Discussed safety plan.\nAdvice (by phone): ring 999 if needed",
]


@pytest.mark.parametrize(("text", "name"), SIGNED)
def test_a_lone_name_signing_the_last_line_is_a_person(text: str, name: str) -> None:
    """The signer's name (with its initial) is replaced as a person."""
    spans = find_lone_signers(text, tokenize(text), bytearray(len(text)))
    assert [text[s.start : s.end] for s in spans] == [name]
    hits = [r for r in replacements(text) if name in text[r.start : r.end]]
    assert hits, [(text[r.start : r.end], r.reason) for r in replacements(text)]
    assert hits[0].category == "person"


@pytest.mark.parametrize("text", UNSIGNED)
def test_a_closing_word_or_heading_is_no_signer(text: str) -> None:
    """English closing words, headings with a colon or a digit, and capitals are left."""
    assert find_lone_signers(text, tokenize(text), bytearray(len(text))) == []
    assert not [r for r in replacements(text) if _RULE in r.reason]


@pytest.mark.parametrize(
    ("text", "letter"),
    [
        ("Will post the form to the housing office tomorrow. - R", "R"),
        ("Rang, no answer \u2013 J.", "J"),
    ],
)
def test_one_letter_after_a_dash_ending_the_note_signs_it(text: str, letter: str) -> None:
    """A capital letter after a spaced dash at the note's end is replaced as a person."""
    spans = find_lone_signers(text, tokenize(text), bytearray(len(text)))
    assert [(text[s.start : s.end], s.reason) for s in spans] == [
        (letter, "context: one capital letter after a dash ending the note ('... - K')")
    ]


@pytest.mark.parametrize(
    "text", ["We agreed to go with Plan-B", "Rated the week a B - A", "Ward -C"]
)
def test_a_glued_or_unspaced_letter_is_no_signer(text: str) -> None:
    """A letter glued to its dash, or after an unspaced one, is left."""
    spans = find_lone_signers(text, tokenize(text), bytearray(len(text)))
    assert not [s for s in spans if "after a dash" in s.reason]


def test_only_the_last_line_is_read() -> None:
    """A name alone on a line inside the note is left to the other rules."""
    text = "Gill\nsaw client at home, tired but ok, plan as agreed"
    assert find_lone_signers(text, tokenize(text), bytearray(len(text))) == []


def test_pathological_input_is_fast() -> None:
    """10 KB ending in a long last line of names and brackets is redacted in under 0.5 s."""
    unit = "Gill (x) Ash, y z Pip "
    text = "Seen today.\n" + (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
