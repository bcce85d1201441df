"""Issue 13, round 16 (o16): a capitalised group named by what it does or whom it gathers
("Skills Group", "MUSIC GROUP", "Caregiver Support Group") is a kind of group, not one body
(org_service_types.py); "Oakfield Skills Group", "Somali Mothers Group", "78th Medical Group"
stay names.

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.org_service_types import service_type
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements

KINDS = [
    ("GROUP NOTE — Carers Support Group (stroke), week 3", "Carers Support Group"),
    ("PARENTING GROUP — attendance and notes", "PARENTING GROUP"),
    ("She found the Grief Support Group too raw this week.", "Grief Support Group"),
    ("Teen DBT Skills Group was cancelled for snow.", "DBT Skills Group"),
]

NAMES = [
    ("Referred to Oakfield Skills Group for the spring term.", "Oakfield Skills Group"),
    ("Joined the Bengali Mothers Group at the mosque.", "Bengali Mothers Group"),
    ("Records came from the 12th Medical Group clinic.", "Medical Group"),
]


def _kind(text: str, name: str) -> bool:
    toks = tokenize(text)
    start = text.index(name)
    first = next(k for k, t in enumerate(toks) if t.start == start)
    last = next(k for k, t in enumerate(toks) if t.end == start + len(name))
    return service_type(text, toks, first, last)


@pytest.mark.parametrize(("text", "name"), KINDS)
def test_a_kind_of_group_is_no_name(text: str, name: str) -> None:
    """Every word says what the group does or whom it gathers, and nothing is replaced."""
    assert _kind(text, name)
    assert not [r for r in replacements(text) if r.category == "organisation"]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_a_named_group_is_no_kind(text: str, name: str) -> None:
    """A place, a people or a unit's word makes it a name."""
    assert not _kind(text, name)


def test_pathological_input_is_fast() -> None:
    """10 KB of kinds of group and named groups is redacted in under 0.5 s."""
    unit = "Carers Support Group, PARENTING GROUP; Oakfield Skills Group 12th Medical Group "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
