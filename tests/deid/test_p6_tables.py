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
