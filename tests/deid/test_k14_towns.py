"""Round 14 (k14): a known town by its nickname ("brum" of Birmingham, "NOLA" of New
Orleans): replaced and found by the final check, only when the vault holds that town;
sentences of our own, near misses and a 10 KB input."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier, KnownSubject
from tests.deid.helpers import (
    KNOWN_TODAY,
    LINEAR_SECONDS,
    assert_check_reads,
    assert_vault_leaves,
    assert_vault_replaces,
    known_engine,
    redact_and_check_seconds,
)

TODAY = KNOWN_TODAY
BRUM = KnownSubject(role="CLIENT", name="Oriel Vantongeren", address="4 Hay Mills Row, Birmingham")
NOLA = KnownSubject(
    role="CLIENT", name="Oriel Vantongeren", address="9 Ursuline Ct, New Orleans, LA"
)

FOUND = [
    (BRUM, "works for the council in brum, hates the commute", "brum"),
    (BRUM, "Back in Brum since the summer.", "Brum"),
    (NOLA, "moved home to NOLA after the divorce", "NOLA"),
    (NOLA, "says nawlins is the only place she sleeps", "nawlins"),
]  # fmt: skip


@pytest.mark.parametrize(("subject", "text", "form"), FOUND)
def test_a_known_towns_nickname_is_replaced_and_checked(
    subject: KnownSubject, text: str, form: str
) -> None:
    """The nickname is replaced, nothing is refused, and the final check finds it in the
    raw text (a replacer that missed it would give a refusal, not a leak)."""
    engine = known_engine(subject)
    assert_vault_replaces(engine, text, text.index(form))
    assert_check_reads(engine, text, text.index(form))


LEFT = [
    (BRUM, "moved home to NOLA after the divorce", "NOLA"),  # another town's nickname
    (NOLA, "works for the council in brum", "brum"),
    (NOLA, "a nolan chart on the wall", "nolan"),
]  # fmt: skip


@pytest.mark.parametrize(("subject", "text", "word"), LEFT)
def test_other_towns_nicknames_are_left(subject: KnownSubject, text: str, word: str) -> None:
    """A nickname of a town the vault does not hold, or a longer word: not replaced as what
    the vault knows, and the check passes."""
    assert_vault_leaves(known_engine(subject), text, text.index(word))


def test_town_nicknames_are_linear() -> None:
    """10 KB of nicknames and near words is redacted and checked in under half a second."""
    engine = Deidentifier([NOLA], today=TODAY)
    text = "nola nolan brum-nola the toon the  toon nawlins " * 210
    assert redact_and_check_seconds(engine, text, "warm-up NOLA") < LINEAR_SECONDS
