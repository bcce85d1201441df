"""Issue 13, round 13 (c13): places known for what happened there (place_events.py) and
the US refugee resettlement agencies on the list of national names.

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements

EVENT_PLACES = [
    ("Her grandmother was liberated from Buchenwald at sixteen.", "Buchenwald"),
    ("His uncle died in Treblinka; the family never spoke of it.", "Treblinka"),
    ("Parents met after both had been sent to Kolyma.", "Kolyma"),
    ("They left Kyiv oblast the year after Chernobyl.", "Chernobyl"),
    ("MOTHER IS AN AUSCHWITZ SURVIVOR, NOW 97.", "AUSCHWITZ"),
]

AGENCIES = [
    ("The family came in 2021 and were resettled through IRC in Phoenix.", "IRC"),
    ("Caseworker from HIAS called about the lease.", "HIAS"),
    ("World Relief covers the first three months of rent.", "World Relief"),
    ("She was a minor in care of the Office of Refugee Resettlement.", "Office of Refugee"),
]


def _found(text: str, part: str, category: str) -> bool:
    start = text.index(part)
    return any(r.start <= start < r.end and r.category == category for r in replacements(text))


@pytest.mark.parametrize(("text", "place"), EVENT_PLACES)
def test_places_known_for_what_happened_there(text: str, place: str) -> None:
    """A camp, a prison or a disaster's place that English names is replaced as a place."""
    assert _found(text, place, "place")


def test_event_place_reason_names_it() -> None:
    """`--explain` names the place rule."""
    text = "Her grandmother was liberated from Buchenwald at sixteen."
    reasons = [r.reason for r in replacements(text) if text[r.start : r.end] == "Buchenwald"]
    assert reasons == ["context: a place known for what happened there ('Buchenwald')"]


def test_lower_case_and_countries_stay() -> None:
    """The place rule reads capitals only; a country is kept by design."""
    text = "He made an auschwitz joke in group; his father fled Rwanda."
    assert not [r for r in replacements(text) if "what happened there" in r.reason]


@pytest.mark.parametrize(("text", "agency"), AGENCIES)
def test_resettlement_agencies_are_organisations(text: str, agency: str) -> None:
    """A US refugee resettlement agency, by name or initials, is an organisation."""
    assert _found(text, agency, "organisation")


def test_child_welfare_services_initials_are_not_an_agency() -> None:
    """ "CWS" (child welfare services) is left off the agencies' list."""
    text = "CWS opened a case after the ED visit."
    assert not [r for r in replacements(text) if "national names" in r.reason]


def test_pathological_input_is_fast() -> None:
    """10 KB of event places and agencies is redacted in under half a second."""
    unit = "Auschwitz AUSCHWITZ auschwitz Kolyma IRC HIAS World Relief Treblinka, "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
