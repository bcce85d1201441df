"""Issue 13, round 6 (o7): interpreting agencies named next to an interpreter, and dating
apps after "met on".

Every sentence here was written for these tests, not copied from a corpus; near misses
are checked against the o7 finder itself, so another layer cannot hide a wrong hit.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.org_services import find_service_orgs
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

FOUND = [
    ("Tigrinya interpreter via wordbridge joined ten minutes late.", "wordbridge"),
    ("Session with a Pashto interpreter booked through Lingoline.", "Lingoline"),
    ("Arabic interpreter from Clearvoice Languages was excellent.", "Clearvoice Languages"),
    ("Telephone interpreting (Polyglot Access #55120) for the second half.", "Polyglot Access"),
    ("video interpreter (KT Interpreting, job 88231) dropped out twice", "KT Interpreting"),
    ("BSL interpreter via Signflow again; same interpreter as last week.", "Signflow"),
    ("Translator by Linguaserve for the letters from the council.", "Linguaserve"),
    ("They met on Tinder in the first lockdown.", "Tinder"),
    ("She met him through Bumble last spring.", "Bumble"),
    ("He met his partner... no, they met on Grindr in 2021.", "Grindr"),
]

KEPT = [
    ("Interpreter by phone again, very patchy.", "phone"),
    ("Interpreter from Dari to English arranged.", "Dari"),
    ("BSL interpreter via NHS booking line.", "NHS"),
    ("Interpreter via Zoom worked better than last time.", "Zoom"),
    ("Her friend (CODA, interpreter at church) came too.", "CODA"),
    ("Arrived via Doha (her brother was an interpreter for the army).", "Doha"),
    ("He met her on holiday in Spain.", "holiday"),
    ("They met on Hinge Street near the market.", "Hinge Street"),
    ("She never uses Tinder; they met at work.", "Tinder"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_agency_or_app_is_replaced(text: str, part: str) -> None:
    """An interpreting agency by an interpreter cue, or a dating app after 'met on', goes."""
    assert covers(text, part)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_near_miss_is_left(text: str, part: str) -> None:
    """A medium, a language, a shared abbreviation, a place before the cue is left."""
    start = text.index(part)
    spans = find_service_orgs(text, tokenize(text))
    assert not any(s.start < start + len(part) and start < s.end for s in spans)


def test_agency_reason_names_the_cue() -> None:
    """--explain names the linking word and the interpreter cue, not the agency."""
    text = "Tigrinya interpreter via wordbridge joined ten minutes late."
    reasons = [r.reason for r in replacements(text) if r.category == "organisation"]
    assert reasons == ["context: an agency after 'via' by 'interpreter'"]


@pytest.mark.parametrize(
    "shape", ["interpreter via " * 700, "interpreter (Ab Cd, " * 500, "met on Tinder " * 800]
)
def test_service_orgs_are_linear(shape: str) -> None:
    """10 KB of the rule's own cue shapes is de-identified and checked in under 0.5 s."""
    text = shape[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm up") < LINEAR_SECONDS
