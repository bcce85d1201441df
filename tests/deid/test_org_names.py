"""Issue 13, round 5: organisations known by name (data/organisations.txt, org_names.py).

Every sentence here was written for these tests, not copied from a corpus; each case that
must be caught has near misses that must be left alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.org_names import find_named_orgs
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

FOUND = [
    ("He stacks shelves on nights at Morrisons.", "Morrisons"),
    ("She had a loan from Barclays and one from Santander.", "Santander"),
    ("Mum took her to Greggs after the appointment.", "Greggs"),
    ("He did deliveries for Evri until his back went.", "Evri"),
    ("Her dad drove for Stagecoach for thirty years.", "Stagecoach"),
    ("She was fitting kitchens for Wickes (Leeds branch).", "Wickes"),
    ("We talked through the debt letter from Capital One.", "Capital One"),
    ("He picks orders at the Amazon Warehouse off the bypass.", "Amazon Warehouse"),
    ("Her uncle got a job at Lockheed Martin in 2019.", "Lockheed Martin"),
    ("She picked up extra shifts at Chick-fil-A over the holidays.", "Chick-fil-A"),
    ("Bought a Domino\u2019s and ate it in the car.", "Domino\u2019s"),
    ("Grabbed a coffee from the Co-op on the way in.", "Co-op"),
    ("He is on a waiting list with Cruse Bereavement Support.", "Cruse Bereavement Support"),
    ("Gave her the number for Women's Aid and for Refuge.", "Refuge"),
    ("Her caseworker from Catholic Charities came along.", "Catholic Charities"),
    ("she works the tills at boots, and at SAINSBURY'S at weekends", "SAINSBURY'S"),
]

LEFT = [
    ("Mind over Mood, chapter 7, set as homework.", "Mind"),
    ("Crisis team informed; Target symptoms reviewed.", "Crisis"),
    ("Progressive Muscle Relaxation practised in session.", "Progressive"),
    ("Boots were muddy; she had walked from the station.", "Boots"),
    ("Shelter is her word for the quiet room.", "Shelter"),
    ("Her sister Chase came with her.", None),
    ("Mr Ford was late again.", None),
    ("Gap in attendance since the summer.", "Gap"),
    ("She read about co-operative housing.", "co"),
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_listed_organisation_is_replaced(text: str, name: str) -> None:
    """A national employer, shop, bank or charity on the list is replaced, with no cue."""
    assert covers(text, name)


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_a_near_miss_is_not_taken_as_a_listed_organisation(text: str, word: str | None) -> None:
    """Clinical capitals, sentence openers, given names, titled surnames: no listed name."""
    toks = tokenize(text)
    assert find_named_orgs(text, toks) == []
    if word is not None:
        assert not covers(text, word)


def test_a_given_name_on_the_list_stays_a_person() -> None:
    """'Her sister Chase' is replaced as a person, not as the bank."""
    text = "Her sister Chase came with her."
    assert [r.category for r in replacements(text)] == ["person"]


def test_the_reason_names_the_list_and_not_the_text() -> None:
    """The --explain reason says the layer and the list, and holds no word of the note."""
    reasons = [
        s.reason
        for s in find_named_orgs("on nights at Morrisons", tokenize("on nights at Morrisons"))
    ]
    assert reasons == ["context: an organisation on the list of national names"]


def test_many_listed_names_run_in_linear_time() -> None:
    """10 KB of listed names and their near misses is redacted and checked in under 0.5 s."""
    text = ("Co-op Boots. Sky Bet bet365 Marks & Spencer M&S Mr Ford Citizens Advice " * 200)[
        :10_000
    ]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Tesco") < LINEAR_SECONDS
