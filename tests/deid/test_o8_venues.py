"""Issue 13, round 7 (o8): venues named by English words before their kind, names ending
in a trade, an employer that is a stop-list word, and English words in US spelling.

Every sentence here was written for these tests, not copied from a corpus; near misses
of the venue and employer rules are checked against the o8 finder itself.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier, lexicon
from notes_vault.deid.org_venues import find_named_charities, find_named_venues
from notes_vault.deid.org_work import find_plain_employers
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

FOUND = [
    ("She goes to the Lantern youth centre on Tuesdays.", "Lantern"),
    ("Panic in the Riverside shopping centre, left after ten minutes.", "Riverside"),
    ("Admitted to the Willows unit overnight.", "Willows"),
    ("Meets friends at the Kettle cafe after school.", "Kettle"),
    ("He loves the Kettle cafe and its cakes.", "Kettle"),
    ("Sings with a choir at the Beacon community centre.", "Beacon"),
    ("His father ran Ashdown Cleaners for thirty years.", "Ashdown Cleaners"),
    ("Works for Pennant Roofing, mostly on estates.", "Pennant Roofing"),
    ("Booked the van from Greyfield Movers.", "Greyfield Movers"),
    ("Session held at Halden Therapy Rooms as usual.", "Halden Therapy Rooms"),
    ("She works at Next in the retail park.", "Next"),
    ("Left before the end. Lanterns charity rang her later.", "Lanterns"),
    ("Got a Saturday job at Next last month.", "Next"),
]

KEPT = [
    ("Admitted to the Eating Disorders unit last week.", "Eating Disorders"),
    ("Transferred to the Mother and Baby unit.", "Mother"),
    ("She goes to the Thursday group at church.", "Thursday"),
    ("They met at the Polish community centre.", "Polish"),
    ("He is in the Acute unit tonight.", "Acute"),
    ("Told her to meet me in the Main hall.", "Main"),
]

KEPT_CHARITIES = [
    ("She gives to a Refugee charity every month.", "Refugee"),
    ("Stroke charity leaflets were in the waiting room.", "Stroke"),
    ("Her Registered charity number is on the letter.", "Registered"),
]

KEPT_EMPLOYERS = [
    ("She works for Mum at the weekend.", "Mum"),
    ("He works at Christmas in the shop.", "Christmas"),
    ("Next session in two weeks.", "Next"),
    ("Job at the Best place ever, she said.", "Best"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_venue_trade_or_employer_is_replaced(text: str, part: str) -> None:
    """A venue before its kind, a name ending in a trade, an employer after "works at" goes."""
    assert covers(text, part)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_near_miss_is_left_by_the_venue_finder(text: str, part: str) -> None:
    """A kind of care, a weekday, a nationality, a generic word before a venue is not taken."""
    start = text.index(part)
    spans = find_named_venues(text, tokenize(text))
    assert not any(s.start < start + len(part) and start < s.end for s in spans)


@pytest.mark.parametrize(("text", "part"), KEPT_CHARITIES)
def test_near_miss_is_left_by_the_charity_finder(text: str, part: str) -> None:
    """What a charity is for, before "charity", is no charity's name."""
    start = text.index(part)
    spans = find_named_charities(text, tokenize(text))
    assert not any(s.start < start + len(part) and start < s.end for s in spans)


@pytest.mark.parametrize(("text", "part"), KEPT_EMPLOYERS)
def test_near_miss_is_left_by_the_employer_finder(text: str, part: str) -> None:
    """Kin, a holiday, a word not after a work cue is no employer."""
    start = text.index(part)
    spans = find_plain_employers(text, tokenize(text))
    assert not any(s.start < start + len(part) and start < s.end for s in spans)


@pytest.mark.parametrize(
    "text", ["Consulting Rooms booked for May.", "The Town Hall steps were icy."]
)
def test_a_kind_before_a_trade_word_is_left(text: str) -> None:
    """A name made only of kind words before "Rooms" or "Hall" is no one body's name."""
    assert replacements(text) == ()


@pytest.mark.parametrize(
    ("word", "english"),
    [
        *[("counselor", True), ("center", True), ("organize", True), ("traveling", True)],
        *[("catalog", True), ("raigmore", False), ("thebigword", False), ("lincs", False)],
    ],
)
def test_english_knows_us_spelling(word: str, english: bool) -> None:
    """lexicon.english reads US spellings as English, and names as none."""
    assert lexicon.english(word) is english


def test_venue_reason_names_the_kind() -> None:
    """--explain names the kind of venue that was the cue, not the venue."""
    text = "He loves the Kettle cafe and its cakes."
    reasons = [r.reason for r in replacements(text) if text[r.start : r.end] == "Kettle"]
    assert reasons == ["context: a name after 'the' before 'cafe'"]


@pytest.mark.parametrize(
    "shape", ["the Ab Cd youth centre " * 500, "works at Next " * 800, "Ab Cd Cleaners " * 700]
)
def test_venues_are_linear(shape: str) -> None:
    """10 KB of the rules' own cue shapes is de-identified and checked in under 0.5 s."""
    text = shape[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm up") < LINEAR_SECONDS
