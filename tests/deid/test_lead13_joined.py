"""A known organisation by its initials joined with "&" or "+", or across a camel-cased word
(round 13, lead): replaced, and refused by the final check when left.

Read off the thirteenth batch's US records, where "NYC H+H/HARLEM", "LA DPS&C", "baylor
s&w plano" and "NYP/Columbia" survived exports for clients linked to those bodies.
"""

from __future__ import annotations

import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from notes_vault.deid.check import Checker
from notes_vault.deid.forms_joined import camel_initials, joined_acronyms
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds

_ORGS = (
    "Baylor Scott & White",
    "NYC Health + Hospitals",
    "Louisiana Department of Public Safety and Corrections",
    "NewYork-Presbyterian",
)
CLIENT = KnownSubject(
    role="CLIENT",
    name="Rosa Delgado",
    linked=tuple(LinkedPerson(org, "other") for org in _ORGS),
)


def _engine() -> Deidentifier:
    return Deidentifier([CLIENT], rng=random.Random(0))


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("back on shift at baylor s&w in plano this week", "s&w"),
        ("Transferred from S & W Temple overnight.", "S & W"),
        ("ACCEPT NOTE — NYC H+H/METROPOLITAN — CPEP", "H+H"),
        ("Records requested from LA DPS&C medical.", "DPS&C"),
        ("Seen in the NYP/Weill Cornell ED at 02:00.", "NYP"),
    ],
)
def test_joined_initials_and_camel_initials_of_a_known_organisation_are_replaced(
    text: str, gone: str
) -> None:
    engine = _engine()
    out = engine.redact(text).text
    assert gone not in out
    assert engine.leaks(out) == []


@pytest.mark.parametrize(
    "text",
    [
        "Records requested from LA DPS&C medical.",
        "back on shift at baylor s&w in plano",
        "ACCEPT NOTE — NYC H+H/METROPOLITAN",
        "Seen in the NYP/Weill Cornell ED.",
    ],
)
def test_the_final_check_refuses_them_on_its_own(text: str) -> None:
    """The check's search is its own: handed the raw text, it names a linked organisation."""
    leaks = Checker([CLIENT]).leaks(text)
    assert leaks
    assert all("DPS" not in str(leak) and "s&w" not in str(leak) for leak in leaks)


@pytest.mark.parametrize(
    "text",
    [
        "Seen in A&E, H&P done, then to the ward.",
        "Q&A at the end; R&R next week.",
        "Tom and Joe came with B and W photos.",
        "D&C in 2019; took 1+1 tablets.",
    ],
)
def test_joined_abbreviations_and_words_are_not_the_organisation(text: str) -> None:
    engine = _engine()
    assert engine.leaks(text) == []


def test_the_keys_are_the_letters_on_each_side_of_the_join() -> None:
    assert {"sw", "bsw"} <= joined_acronyms("Baylor Scott & White")
    assert {"hh", "nhh"} <= joined_acronyms("NYC Health + Hospitals")
    assert "dpsc" in joined_acronyms("Louisiana Department of Public Safety and Corrections")
    assert joined_acronyms("Anderson & Evans") == frozenset()  # "A&E" is every hospital's
    assert camel_initials("NewYork-Presbyterian") == {"nyp"}
    assert camel_initials("McDonald Hall") == frozenset()
    assert camel_initials("HealthPartners") == frozenset()  # two letters: too short


def test_joined_initials_stay_linear() -> None:
    text = ("NYC H+H and s&w, A&E, AT&T + DPS&C; " * 300)[:10_000]
    assert redact_and_check_seconds(_engine(), text, "warm up H+H") < LINEAR_SECONDS
