"""Round 14 (k14): a known person's lone initial in a family court's heading ("Re: T and
W (children)") and the client's own after "it's" in a message ("hey its q."): replaced and
found by the final check; sentences of our own, near misses and 10 KB inputs."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
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
SUBJECT = KnownSubject(
    role="CLIENT",
    name="Quilla Brandt",
    aliases=("Q",),
    linked=(LinkedPerson("Tobiah Brandt", "child"), LinkedPerson("Wren Brandt", "child")),
)

FOUND = [
    ("IN THE FAMILY COURT AT LEEDS\nRe: T and W (children)\nReport of the guardian", "T"),
    ("IN THE FAMILY COURT AT LEEDS\nRe: T and W (children)\nReport of the guardian", "W"),
    ("In the matter of T, W and K (Children) - position statement", "W"),
    ("Re W (A Child) [2026] EWFC 12", "W"),
    ("11/2 22:40 client: hey its q. cant sleep again", "q"),
    ("msg from client: this is Q! sorry for the late text", "Q"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "letter"), FOUND)
def test_a_known_initial_is_replaced_and_checked(text: str, letter: str) -> None:
    """The letter is replaced, nothing is refused, and the final check finds it in the raw
    text (a replacer that missed it would give a refusal, not a leak)."""
    at = text.index(f" {letter}", text.find("\n") + 1) + 1  # after the court's name
    engine = known_engine(SUBJECT)
    assert_vault_replaces(engine, text, at)
    assert_check_reads(engine, text, at)


LEFT = [
    ("Re: B and D (children) - the other family's case", " B"),
    ("Re: the children (see above), nothing to add.", "children"),
    ("it's a. minor point, she said", " a"),
    ("its t, she wrote, then rang off", " t"),  # a linked person's letter, not the client's
    ("Plan A and plan B (children's services) discussed.", " B"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_other_letters_are_left(text: str, word: str) -> None:
    """Letters no known person's name opens with, a linked person's letter after "this is",
    and plans in brackets: not replaced as what the vault knows, and the check passes."""
    at = text.index(word) + (word[0] == " ")
    assert_vault_leaves(known_engine(SUBJECT), text, at)


SIZE = 10_000
PATHOLOGICAL = {
    "court letters": "Re: T, W, T, W, T and W and T (child " * (SIZE // 38),
    "self naming": "its q its q, this is Q this is " * (SIZE // 32),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_round_14_initials_are_linear(name: str) -> None:
    """10 KB of a pathological input for these shapes is redacted and checked in under half
    a second."""
    engine = Deidentifier([SUBJECT], today=TODAY)
    seconds = redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm-up Re: T and W (children)")
    assert seconds < LINEAR_SECONDS
