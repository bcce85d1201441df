"""Issue 13, round 13 (c13): health systems named in lower case before "health" or
"behavioral" (org_lower.py), and US service shorthand that is no organisation
(capitals_us_services.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements

LOWER = [
    ("her scans are at sanford health next week", "sanford health"),
    ("refer to the teen group at oak ridge behavioral comma then review", "oak ridge behavioral"),
    ("she transferred her care to novant health in july", "novant health"),
]

KEPT = [
    "plan to write to occupational health about a phased return",
    "referred to occy health and to employee health",
    "went to home health twice a week",
    "saw her health visitor on monday",
    "booked in for a health check with the nurse",
    "linked with community health worker for rides",
    "he raised a glass to your health at dinner",
    "unable to care for own physical health",
]

SHORTHAND = [
    "Plan: VVC q4wk from home; next visit by VVC.",
    "Not a substantive threat per CSTAG; BTAT to review.",
    "Kai Moreno, MSW, DCR, evaluated on the unit.",
    "Goal review at FBSS staffing; KTAP pending.",
]


def _lower_orgs(text: str) -> list[str]:
    return [text[r.start : r.end] for r in replacements(text) if "lower-case name" in r.reason]


@pytest.mark.parametrize(("text", "name"), LOWER)
def test_lower_case_health_systems(text: str, name: str) -> None:
    """A lower-case name before "health" or "behavioral", after a cue, is an organisation."""
    assert name in _lower_orgs(text)


@pytest.mark.parametrize("text", KEPT)
def test_kinds_of_health_service_stay(text: str) -> None:
    """A kind of health service, a health visitor or check, and a toast are no name."""
    assert not [t for t in _lower_orgs(text) if t.endswith(("health", "behavioral"))]


@pytest.mark.parametrize("text", SHORTHAND)
def test_us_service_shorthand_is_no_organisation(text: str) -> None:
    """VA video visits, threat assessment, crisis responder and child welfare shorthand stay."""
    assert not [r for r in replacements(text) if r.category == "organisation"]


def test_pathological_input_is_fast() -> None:
    """10 KB of lower-case runs before health heads is redacted in under half a second."""
    unit = "at oak ridge health comma to occy health check via a b c behavioral VVC DCR "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
