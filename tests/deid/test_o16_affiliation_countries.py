"""Issue 13, round 16 (o16): a country after a place and a comma ("(Recife, Brazil)") is no
organisation the person before the comma works for (org_affiliations.py); a workplace
there still is ("Dr. Lindqvist, Regions").

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier, lexicon
from notes_vault.deid.org_affiliations import find_affiliations
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds

LEFT = [
    "He grew up by the sea (Recife, Brazil) and misses it most at Christmas.",
    "Depression since her first pregnancy (Lautoka, Fiji); no prior admissions.",
    "Posted abroad twice (Seria, Brunei) before leaving the regiment.",
]

FOUND = [
    ("Letter copied to Dr. Lindqvist, Regions.", "Regions"),
    ("Spoke to (Amara, Daybreak) about the waiting list.", "Daybreak"),
]


def _taken(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_affiliations(text, tokenize(text), frozenset())]


@pytest.mark.parametrize("text", LEFT)
def test_a_country_after_a_place_and_a_comma_is_left(text: str) -> None:
    """The country is no affiliation."""
    assert not any(word in lexicon.countries() for word in _taken(text)), _taken(text)


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_workplace_after_a_person_and_a_comma_is_still_taken(text: str, name: str) -> None:
    """A name that is no country is still an organisation."""
    assert name in _taken(text)


def test_pathological_input_is_fast() -> None:
    """10 KB of places, commas and countries is redacted in under 0.5 s."""
    unit = "(Recife, Brazil) Dr. Lindqvist, Fiji; (Amara, Brunei). "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
