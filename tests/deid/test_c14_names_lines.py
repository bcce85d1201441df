"""Issue 13, round 14 (c14): pet names that are words of dates and babies
(person_kin_names.py), coloured train lines that are no organisation (org_endings), and
the peer-support bodies on the list of national names.

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements

PET_NAMES = [
    ("Her Tita Baby brought pancit to the wake.", "Baby"),
    ("He asked whether his cousin (Ate Baby) could join.", "Baby"),
    ("Kuya Boy picks her up on Fridays.", "Boy"),
    ("His Uncle Jun sends money every month.", "Jun"),
    ("She spoke with nurse Jun before group.", "Jun"),
    ("Lola Jan still phones from Gdansk.", "Jan"),
    ("Her brother Jun-Jun wants help with tuition.", "Jun-Jun"),
    ("The twins call their aunt May-may.", "May-may"),
]

BODIES = [
    ("Gave her the GRASP meeting times for Thursdays.", "GRASP meeting"),
    ("He joined Compassionate Friends after the funeral.", "Compassionate Friends"),
    ("Went to GriefShare at the Methodist church twice.", "GriefShare"),
    ("ATTENDS CELEBRATE RECOVERY ON TUESDAYS.", "CELEBRATE RECOVERY"),
]


def _found(text: str, part: str, category: str) -> bool:
    start = text.index(part)
    return any(r.start <= start < r.end and r.category == category for r in replacements(text))


@pytest.mark.parametrize(("text", "name"), PET_NAMES)
def test_pet_names_after_a_title_or_doubled(text: str, name: str) -> None:
    """A month's short form or a baby's word after a kin title or role, or doubled, is a person."""
    assert _found(text, name, "person")


@pytest.mark.parametrize(
    "text",
    [
        "Seen since Jun, sleeping better.",
        "Review with nurse Jan 5 at 10am.",
        "Baby Ella 10 weeks, feeding well.",
        "She ate Baby Bel cheese at lunch.",
        "Dates offered: Jun-Jul.",
    ],
)
def test_month_and_baby_near_misses(text: str) -> None:
    """A month with a day or without a cue, and a baby's word without a kin title, stay
    out of this rule."""
    assert not [r for r in replacements(text) if "pet name" in r.reason]


@pytest.mark.parametrize(
    "text",
    [
        "Studying on the Red Line; sleeps five hours.",
        "He drives the Orange Line for the CTA on nights.",
        "Commutes each way on the Blue Line and a bus.",
    ],
)
def test_coloured_train_lines_are_no_organisation(text: str) -> None:
    """A colour before "Line" names a train route: neither the rules nor the learned layer
    take it as an organisation."""
    line = next(w for w in ("Red", "Orange", "Blue") if f"{w} Line" in text)
    assert not _found(text, f"{line} Line", "organisation")


def test_a_line_station_and_a_firm_stay_named() -> None:
    """A station on a line, a firm whose name ends in "Line" and the transit authority
    before a line are still replaced."""
    assert _found("Avoids the MBTA Red Line since May.", "MBTA", "organisation")
    assert replacements("Lost his bag at the Green Line station last week.")
    assert _found("Works at Red Line Logistics in Joliet.", "Red Line Logistics", "organisation")


@pytest.mark.parametrize(("text", "body"), BODIES)
def test_peer_support_bodies_are_organisations(text: str, body: str) -> None:
    """A national peer-support or bereavement body is replaced."""
    assert _found(text, body, "organisation")


def test_kentucky_brand_but_not_the_country() -> None:
    """ "UK HealthCare" and "UK Wildcats" are a Kentucky system and team; "the UK" stays."""
    text = "Follow-up at UK HealthCare in Lexington; she watched the UK Wildcats game."
    assert _found(text, "UK HealthCare", "organisation")
    assert _found(text, "UK Wildcats", "organisation")
    assert not replacements("She trained in the UK and found UK healthcare slower.")


def test_grasp_alone_is_an_english_word() -> None:
    """ "GRASP" in a note in capitals is a verb: only "GRASP meeting" or "group" is listed."""
    assert not replacements("PT COULD NOT GRASP THE PLAN TODAY.")


def test_pathological_input_is_fast() -> None:
    """10 KB of pet names, months and train lines is redacted in under half a second."""
    unit = "Tita Baby nurse Jun Jun-Jun May-may Jan 5 Red Line Blue Line GRASP meeting "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
