"""Issue 13, round 8 (o9): a name no word list holds, alone in brackets.

Every sentence here was written for these tests, not copied from a corpus; near misses
are checked against the o9 finder itself, so another layer cannot hide a wrong hit.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.org_glossed import find_glossed
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

FOUND = [
    ("She did her nursing placement at the Royal (Brackenfell) last spring.", "Brackenfell"),
    ("Her nan is in a home in Whitby (Sneaton Castle side), settled.", "Sneaton"),
    ("He gets his meds delivered privately (Pillbridge), which he prefers.", "Pillbridge"),
    ("Mediation was offered through the union (Unitecorp).", "Unitecorp"),
    ("He went away to school at nine (Ampleforth). It was lonely.", "Ampleforth"),
    ("She works in the call centre (Quarrendon), on nights.", "Quarrendon"),
    ("They were moved on from Calais (Grande-Synthe) twice.", "Grande"),
    ("He banks online now (Kestrabank); the card is with his sister.", "Kestrabank"),
    ("Worked for years at the depot (Thornaby North), then was laid off.", "Thornaby"),
    ("Her son is at a special school (Larkhollow) three days a week.", "Larkhollow"),
    ("Consider a second opinion (Ravensholt or Dunmere) if no change.", "Ravensholt"),
]

KEPT = [
    ("Started on an antidepressant (Sertraline) last month.", "Sertraline"),
    ("The interpreter spoke Arabic (Levantine) on the phone.", "Levantine"),
    ("She talks to her granny (Nana Brid) every Sunday.", "Nana"),
    ("He walks the dog (Biscuit) twice a day.", "Biscuit"),
    ("Her sister (Kayleigh) drove her here.", "Kayleigh"),
    ("We moved the session (Tuesday) because of the strike.", "Tuesday"),
    ("She uses a breathing app (Calm) at night.", "Calm"),
    ("HX: BEREAVED (SON DAVID, 2021).", "SON"),
    ("Readings still high (HbA1c 71) but improving.", "HbA1c"),
    ("Used the formulation (Padesky) to map it out.", "Padesky"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_unknown_name_in_brackets_is_replaced(text: str, part: str) -> None:
    """One or two capitalised words, one in no word list, alone in brackets, go."""
    assert covers(text, part)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_near_miss_is_left_by_the_bracket_finder(text: str, part: str) -> None:
    """A medicine, a dialect, a person after a kin word, a pet, a given name, a weekday,
    an English word, a line of capitals, a lab value or an author is not taken here."""
    start = text.index(part)
    spans = find_glossed(text, tokenize(text))
    assert not any(s.start < start + len(part) and start < s.end for s in spans)


def test_bracket_reason_names_the_cue() -> None:
    """--explain says a bracket was the cue, never the word replaced."""
    text = "She did her nursing placement at the Royal (Brackenfell) last spring."
    reasons = [r.reason for r in replacements(text) if text[r.start : r.end] == "Brackenfell"]
    assert reasons == ["context: a name no word list holds, alone in brackets"]


@pytest.mark.parametrize("shape", ["(Qwxl) " * 1500, "(Qwxl Zrtp, " * 900, "a (Ab " * 1700])
def test_bracket_names_are_linear(shape: str) -> None:
    """10 KB of the rule's own shapes is de-identified and checked in under 0.5 s."""
    text = shape[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm up") < LINEAR_SECONDS
