"""Issue 13, round 14 (u14): a role's letters labelling a line of a webchat or minutes ("[14:03]
PWP: Thanks", "IDVA: she is safe") name no one, while the names beside them are still
people (person_speakers.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced_words

CHAT = """[09:12] PWP (Grace): Morning Tomasz, it's Grace from the service.
[09:13] Tomasz: morning
[09:13] PWP: How was the week?
[09:15] Tomasz: rough tbh
[09:16] PWP: Thanks for telling me."""

MINUTES = """IDVA: she is in the refuge now and feels safer.
DSL: school aware, attendance monitored.
Renata: will call mum on Friday.
Renata: letter to go out."""


def test_a_roles_letters_in_a_chat_are_left() -> None:
    """ "PWP" opening timed lines is no person; the names in the chat are."""
    words = replaced_words(CHAT, "person")
    assert "PWP" not in words
    assert "Tomasz" in words
    assert "Grace" in words


def test_roles_letters_in_minutes_are_left() -> None:
    """ "IDVA" and "DSL" opening lines are no person; the name used twice is."""
    words = replaced_words(MINUTES, "person")
    assert "IDVA" not in words
    assert "DSL" not in words
    assert "Renata" in words


def test_pathological_input_is_fast() -> None:
    """10 KB of timed role labels and names is redacted in under 0.5 s."""
    unit = "[09:12] PWP: ok\n[09:13] Tomasz: hi\nIDVA: x\n"
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
