"""Issue 13, round 10 (u10): trade unions and more national charities on the list of
organisations known by name (data/organisations.txt, read by org_names.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import (
    LINEAR_SECONDS,
    redact_and_check_seconds,
    replaced,
    replacements,
)

NAMED = [
    ("She has asked her Unison rep to come to the hearing.", "Unison"),
    ("Backed by his UNISON steward at the meeting.", "UNISON"),
    ("Warehouse work, Usdaw member since 2015.", "Usdaw"),
    ("Leaflets from Headway and the MS Society left with his wife.", "Headway"),
    ("Referred on to Refugee Action for the family reunion forms.", "Refugee Action"),
    ("Offered the Bliss family support line after the NICU stay.", "Bliss"),
    ("Peer support through Walking With The Wounded was discussed.", "Walking With The Wounded"),
    ("She found us after six weeks on Kooth.", "Kooth"),
    ("Six sessions funded by the EAP (Health Assured).", "Health Assured"),
]

KEPT = [
    ("The choir sang in unison at the service.", "unison"),
    ("Unite the two plans, she suggested.", "Unite"),
    ("Pure bliss, she said of the holiday.", "bliss"),
    ("They walked on the sands at low tide.", "sands"),
    ("Prospect of work next month looks good.", "Prospect"),
    ("Sessions by Zoom, reminders by WhatsApp.", "Zoom"),
]


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_unions_and_charities_are_organisations(text: str, name: str) -> None:
    """A trade union or a national charity named in a note is replaced as an organisation."""
    assert (name, "organisation") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_the_same_words_in_english_stay(text: str, word: str) -> None:
    """The English words behind some names stay in lower case or opening a sentence."""
    assert not any(word in part for part, _ in replaced(text)), replaced(text)


def test_pathological_input_is_fast() -> None:
    """10 KB of listed names and their English near misses is redacted in under 0.5 s."""
    unit = "Unison unison UNISON Unite rep Bliss bliss Sands Headway Refugee Action "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS


SHORTHAND = [
    ("Step 2 GSH offered while she waits for CBT.", "GSH"),
    ("Seen with the PMHT nurse at home.", "PMHT"),
    ("The family came over under ARAP in 2022.", "ARAP"),
    ("Her ALN review is booked for March.", "ALN"),
    ("He finished the SOTP maintenance group last year.", "SOTP"),
]


@pytest.mark.parametrize(("text", "word"), SHORTHAND)
def test_british_service_shorthand_is_no_organisation(text: str, word: str) -> None:
    """The capitals of UK therapy, school, justice and immigration work are kept."""
    assert not any(word in part for part, _ in replaced(text)), replaced(text)


def test_bodies_with_the_same_shape_are_still_found() -> None:
    """An inspectorate's letters, left off the shorthand list, are still an organisation."""
    assert ("HIW", "organisation") in replaced("The HIW inspection found the ward short-staffed.")


SURGERIES = [
    ("gp (millbrook surgery) aware of the plan", "millbrook surgery"),
    ("her gp is at orchard lane surgery in town", "orchard lane surgery"),
    ("registered with hollybank surgery since may", "hollybank surgery"),
    ("wrote to dr shah at the riverside medical practice", "riverside medical practice"),
    ("bloods done at the kingsway health centre", "kingsway health centre"),
]

NOT_SURGERIES = [
    "gp said knee surgery is months away",
    "she is waiting at the village surgery",
    "gp at the local health centre",
    "back from heart surgery at the medical practice",
    "went to the medical centre on foot",
]


@pytest.mark.parametrize(("text", "name"), SURGERIES)
def test_lower_case_gp_practices_are_organisations(text: str, name: str) -> None:
    """A GP surgery or practice named in lower case after a GP's cue is an organisation."""
    assert (name, "organisation") in replaced(text), replaced(text)


@pytest.mark.parametrize("text", NOT_SURGERIES)
def test_operations_and_kinds_of_practice_stay(text: str) -> None:
    """An operation, or a practice called by its kind, is no organisation."""
    assert not [part for part, kind in replaced(text) if kind == "organisation"], replaced(text)


def test_surgeries_pathological_input_is_fast() -> None:
    """10 KB of GP cues and practice heads is redacted in under half a second."""
    unit = "gp (park view surgery) at the crown medical practice health centre group practice "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Peer support through Cumbria Mind since June.", "Cumbria Mind"),
        ("She goes to Mind in Bradford on Thursdays.", "Mind in Bradford"),
        ("Leaflets from Mind Cymru were given.", "Mind Cymru"),
    ],
)
def test_local_minds_are_organisations(text: str, name: str) -> None:
    """A local Mind named by its place is an organisation, the place included."""
    assert (name, "organisation") in replaced(text), replaced(text)


@pytest.mark.parametrize(
    "text", ["We talked about Theory of Mind today.", "Bear in Mind that she is tired."]
)
def test_mind_in_phrases_stays(text: str) -> None:
    """ "Mind" in a phrase of English is no local charity (the learned layer may still guess)."""
    assert not [r for r in replacements(text) if "local Mind" in r.reason]


def test_minds_pathological_input_is_fast() -> None:
    """10 KB of places and "Mind" is redacted in under half a second."""
    unit = "Leeds Mind Mind in Leeds of Mind Mind Cymru "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
