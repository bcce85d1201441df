"""Round 21 (u21): a writer's lower-case initials after a dash before a credential, and a
writer's initials in brackets after "note" before a colon."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Mood brighter, sleeping 6h. -mg LPC Northside Family Services", "mg"),
        ("intake done \u2014 tq LCSW \u2014 next appt 3.14", "tq"),
        ("BP stable, eating.\n\u2014 j.f. RN, night shift (unit 4)", "j.f."),
        ("no SI today; safety plan kept. -p. gale, LMHC", "p. gale"),
        ("refill sent to the pharmacy. -d.okafor LICSW Westside", "d.okafor"),
        ("called back, left message -- zb lpc, will retry", "zb"),
    ],
)
def test_lower_case_initials_after_a_dash_before_a_credential(text: str, who: str) -> None:
    """Lower-case initials between a dash and a credential, the line going on, sign it."""
    assert (who, "person") in replaced(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Integrated care \u2014 psych NP visit \u2014 Eastgate", "psych"),
        ("dressing changed -- wound RN to review", "wound"),
        ("fever overnight - see MD in the morning", "see"),
        ("pt asked - to MD re the rash\nseen 10:00.", "to"),
        ("transferred -- ICU RN at St Luke's", "ICU"),
        ("forms signed - i.e. MD approval pending\nnext week.", "i.e."),
    ],
)
def test_words_and_units_before_a_credential_stay(text: str, word: str) -> None:
    """A job word, a verb, a function word, a unit in capitals or "i.e." is no writer (not on
    the note's last line, which an older rule reads)."""
    assert (word, "person") not in replaced(text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Plan agreed.\n\nMy note (PR): rang the school, no answer.", "PR"),
        ("Case note (OB): letter posted to the GP today.", "OB"),
        ("14:20 follow-up (K. T.): she has moved to her sister's.", "K. T."),
        ("Team update (FH): bed found for Friday.", "FH"),
    ],
)
def test_initials_in_a_notes_bracket_before_a_colon(text: str, who: str) -> None:
    """Two capitals or dotted initials in brackets after "note" and before a colon sign it."""
    assert (who, "person") in replaced(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Progress note (DAP): D: client arrived late.", "DAP"),
        ("Referral note (GP): bloods requested.", "GP"),
        ("Ward note (PR) - see the drug chart.", "PR"),
        ("Note (OB, see chart): reviewed.", "OB"),
    ],
)
def test_formats_roles_and_open_brackets_stay(text: str, word: str) -> None:
    """A note's format or a role in the bracket, or a bracket with no colon after: no writer."""
    assert (word, "person") not in replaced(text)


@pytest.mark.parametrize("unit", ["-mg LPC ", "\u2014 k. ware, RN ", "note (PR): ", "-- a.b"])
def test_writer_marks_are_linear(unit: str) -> None:
    """10 KB of dash-initial-credential and note-bracket shapes stays under the bound."""
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
