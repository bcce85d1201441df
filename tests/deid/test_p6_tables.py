"""Issue 13, round 5 (p6): initials in a markdown table column headed by a person's role.

Every table here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

ROTA = (
    "| Date | Slot | Therapist | Notes |\n"
    "|------|------|-----------|-------|\n"
    "| 3/2 | AM | KW | new referral |\n"
    "| 3/2 | PM | RMcG | DNA |\n"
    "| 4/2 | AM | LT-B | TBC |\n"
)
ACTIONS = (
    "| Action | Who | By |\n"
    "| --- | --- | --- |\n"
    "| Call school | HJ | Fri |\n"
    "| Send letter to GP | N/A | - |\n"
)
PLAIN = "| Day | Slot | Type |\n|---|---|---|\n| Mon | PM | CBT |\n| Tue | AM | EMDR |\n"


@pytest.mark.parametrize(
    ("text", "initials"), [(ROTA, "KW"), (ROTA, "RMcG"), (ROTA, "LT-B"), (ACTIONS, "HJ")]
)
def test_initials_under_a_role_are_people(text: str, initials: str) -> None:
    """Initials in a column headed by a person's role are replaced as a person."""
    assert (initials, "person") in replaced(text), replaced(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [(ROTA, "AM"), (ROTA, "DNA"), (ROTA, "TBC"), (ACTIONS, "N/A"), (PLAIN, "CBT"), (PLAIN, "PM")],
)
def test_table_words_are_kept(text: str, word: str) -> None:
    """Words every table uses, and cells under other headers, are left alone."""
    assert not covers(text, word), replaced(text)


def test_pathological_table_is_fast() -> None:
    """10 KB of table rows under a role's header is redacted in under half a second."""
    text = ("| Who |\n" + "| AB |\n" * 1500)[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS


ROLE_INITIALS = [
    # After a role's label and a colon, or before a role in brackets (person_initials.py).
    ("NEXT: FRI 2PM, ON THE PHONE. COUNSELLOR: RW.", "RW"),
    ("Therapist: T.A.\nNext: two weeks.", "T.A."),
    ("Keyworker: McK", "McK"),
    ("review call thurs 10am. jp (pwp)", "jp"),
    ("Liaised with DH (CPN) about the depot.", "DH"),
]

ROLE_LEFT = [
    ("Therapist: CBT weekly, 12 sessions.", "CBT"),
    ("Worker: N/A", "N/A"),
    ("BP (sitting) 120/80, HR (resting) 72.", "BP"),
    ("Counsellor: TBC once the referral is accepted.", "TBC"),
]


@pytest.mark.parametrize(("text", "initials"), ROLE_INITIALS)
def test_initials_beside_a_role_are_people(text: str, initials: str) -> None:
    """Initials after a role's label, or before a role in brackets, are a person."""
    assert (initials, "person") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "word"), ROLE_LEFT)
def test_abbreviations_beside_a_role_are_kept(text: str, word: str) -> None:
    """A clinical or everyday abbreviation in the same place is left alone."""
    assert not covers(text, word), replaced(text)


def test_pathological_labels_are_fast() -> None:
    """10 KB of role labels and bracketed roles is redacted in under half a second."""
    text = ("Therapist: JB. kb (pwp) " * 450)[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
