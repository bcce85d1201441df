"""Issue 13, round 6 (o7): streets named without a street word, and US highways by number.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses it must leave alone. Near misses are checked against
the o7 finder itself, so another layer's replacement cannot hide a wrong hit.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.place_bare import find_bare_places
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

FOUND = [
    ("Her uncle works at the post office on Larkspur, days only.", "Larkspur"),
    ("She picks up her meds from the pharmacy on Halsted.", "Halsted"),
    ("They pray at the mosque on 38th most Fridays.", "38th"),
    ("He lives on Sycamore with two roommates.", "Sycamore"),
    ("She grew up on Fairmount, near the rail yard.", "Fairmount"),
    ("Drinks at the bar on Wexford (the one with the pool table).", "Wexford"),
    ("dropped her at the shop on ogletree after school", "ogletree"),
    ("the food bank on s kedzie has a waiting list", "s kedzie"),
    ("Script sent to the Walgreens on Fulton as she asked.", "Fulton"),
    ("Her brother rents on Lakeshore and pays cash.", "Lakeshore"),
    ("They took 84 east to Hartford after the funeral.", "84"),
    ("He drives 287 north every morning to the depot.", "287"),
    ("She was stuck on the 605 near the airport for two hours.", "605"),
    ("Traffic on the 10 freeway made him late again.", "10"),
    ("Take 80 westbound and get off at the second exit, she was told.", "80"),
    ("She rents a room on SW 8th near the bakery.", "SW 8th"),
    ("BREAKFAST AT THE DINER ON E 14TH, THEN HOME.", "E 14TH"),
]

KEPT = [
    ("The clinic on Monday was quieter than usual.", "Monday"),
    ("They went to the shop on Christmas Eve.", "Christmas"),
    ("She sells earrings at the market on Etsy.", "Etsy"),
    ("He lives on Universal Credit and a little cash work.", "Universal"),
    ("Referral to the Office on Aging for a home visit.", "Aging"),
    ("He was living on Monster and crisps that week.", "Monster"),
    ("The house on fire was two doors down.", "fire"),
    ("She took 50 mg at night with food.", "50"),
    ("He came on the 100 bus and walked the rest.", "100"),
    ("Scored 12 on the 21 item scale, down from 18.", "21"),
    ("She stays on Sertraline for now.", "Sertraline"),
    ("The office on Zoom was set up by IT.", "Zoom"),
    ("His room is on n 3rd floor now.", "3rd"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_bare_street_or_highway_is_replaced(text: str, part: str) -> None:
    """A street named alone after a venue and 'on', or a highway number, is replaced."""
    assert covers(text, part)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_near_miss_is_not_a_street(text: str, part: str) -> None:
    """A weekday, holiday, app, benefit, drink, medicine, dose or bus is no street."""
    start = text.index(part)
    spans = find_bare_places(text, tokenize(text))
    assert not any(s.start < start + len(part) and start < s.end for s in spans)


def test_bare_street_reason_names_the_cue() -> None:
    """--explain says which cue found a bare street, never the street itself."""
    text = "He works at the post office on Larkspur."
    reasons = [r.reason for r in replacements(text) if r.category == "address"]
    assert reasons == ["context: a street's name alone after 'office on'"]


@pytest.mark.parametrize(
    "shape", ["the shop on Maple, " * 500, "took 95 south " * 700, "on the 405 near " * 600]
)
def test_bare_places_are_linear(shape: str) -> None:
    """10 KB of the rule's own cue shapes is de-identified and checked in under 0.5 s."""
    text = shape[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm up") < LINEAR_SECONDS
