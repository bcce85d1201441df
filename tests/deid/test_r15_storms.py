"""Issue 13, round 15 (r15): a given name that names a storm ("after Hurricane Ida", "out in
Storm Bert") or ends a country's or a state's name ("Sierra Leone", "El Salvador", "the
Isle of Man", "West Virginia") is no person (person_storms.py, read by
`person_words.never_a_name`).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.person_storms import not_a_name
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements

LEFT = [
    ("The roof went after Hurricane Ida and they moved inland.", "Ida"),
    ("He could not sleep during Storm Bert, the wind was so loud.", "Bert"),
    ("Nightmares since hurricane Katrina, she says.", "Katrina"),
    ("HOUSE FLOODED IN TYPHOON Haiyan, LOST HER FATHER.", "Haiyan"),
    ("Her parents came from Freetown, Sierra Leone, in the nineties.", "Leone"),
    ("He grew up in El Salvador and left at sixteen.", "Salvador"),
    ("His uncle was interned on the Isle of Man during the war.", "Man"),
    ("A patch the size of West Virginia, he joked.", "Virginia"),
    ("She watched rugby with friends from South Africa.", "Africa"),
]

STILL_PEOPLE = [
    ("Her daughter Storm came to the session with her.", "Storm"),
    ("After the storm Maria cried for an hour.", "Maria"),
    ("Her friend Maria from Leeds rang.", "Maria"),
    ("He met Virginia Hale at the allotment.", "Virginia"),
]


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_a_storm_or_a_country_is_no_person(text: str, word: str) -> None:
    """The word is not replaced as a person."""
    assert not [
        r for r in replacements(text) if word in text[r.start : r.end] and r.category == "person"
    ]


@pytest.mark.parametrize(("text", "word"), STILL_PEOPLE)
def test_people_stay_people(text: str, word: str) -> None:
    """A relation before "Storm", lower-case "storm", a name with a surname: still a person."""
    hits = [r for r in replacements(text) if word in text[r.start : r.end]]
    assert hits, text
    assert hits[0].category == "person"


def test_inside_an_organisation_the_name_is_read_as_before() -> None:
    """After a capital and "of", or before another capital, the rule says nothing."""
    for text in ("The Embassy of El Salvador wrote.", "She flew Sierra Leone Airways."):
        toks = tokenize(text)
        i = next(k for k, t in enumerate(toks) if t.text in ("Salvador", "Leone"))
        assert not not_a_name(toks, i)


def test_pathological_input_is_fast() -> None:
    """10 KB of storms, countries and near misses is redacted in under 0.5 s."""
    unit = "Hurricane Ida Storm storm Maria of Isle of Man El Salvador Sierra Leone West "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
