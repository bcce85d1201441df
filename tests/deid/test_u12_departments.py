"""Issue 13, round 12 (u12): a department named for its discipline after a person and a comma
is no organisation (org_affiliations.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced, replacements

DEPARTMENTS = [
    "Thanks for the update.\nDr P. Okafor, Perinatal Psychology",
    "Copied to Dr Lena Marsh, Forensic Psychiatry.",
    "(Jo Pratt, Child and Adolescent Psychotherapy)",
    "Seen with Dr Amir Shah, Liaison Psychiatry, on the ward.",
]

NAMED = [
    ("Dr Tom Reid, Priory Psychiatry, rang.", "Priory Psychiatry"),
    ("Seen by Dr Anna Kim, Maudsley Psychology.", "Maudsley Psychology"),
]


@pytest.mark.parametrize("text", DEPARTMENTS)
def test_a_department_after_a_person_is_no_organisation(text: str) -> None:
    """Fields and a discipline after "Name," are a department, not a body, for the rule
    (the learned layer, retrained after the merge, may still read a word of one)."""
    reasons = [r.reason for r in replacements(text)]
    assert not [r for r in reasons if "after a person and a comma" in r], reasons


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_a_named_provider_before_a_discipline_stays_an_organisation(text: str, name: str) -> None:
    """A name that is no field before the discipline is still an organisation."""
    assert (name, "organisation") in replaced(text), replaced(text)


def test_pathological_input_is_fast() -> None:
    """10 KB of names, commas and department words is redacted in under 0.5 s."""
    unit = "Dr Ann Lee, Older Adult Care Home Child Psychology, Dr B. Ray, Priory Psychiatry\n"
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
