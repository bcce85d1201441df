"""Round 8 (k8): the round's rules on pathological 10 KB inputs, under half a second."""

from __future__ import annotations

import datetime

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds

SIZE = 10_000
SUBJECTS = [
    KnownSubject(
        role="CLIENT",
        name="Jo Ellen Walsh",
        linked=(LinkedPerson("Eli Walsh", "partner"), LinkedPerson("Surrey and Borders", "other")),
    ),
    KnownSubject(role="CLIENT 2", name="Jo Doherty"),
    KnownSubject(role="PARTNER", name="Ann Dee", linked=(LinkedPerson("Kaiser Perm-Atl", "gp"),)),
]
PATHOLOGICAL = {
    "weekday abbreviations before days": "Sun 1 " * (SIZE // 6),
    "weekdays without space": "Sun1Sun" * (SIZE // 7),
    "shared name and initial": "Jo D. " * (SIZE // 6),
    "shared name and possessive initial": "Jo D's " * (SIZE // 7),
    "kin word and hyphenated capital": "partner E-mailed " * (SIZE // 17),
    "capital hyphen runs": "partner E-E-E-E-" * (SIZE // 16),
    "ampersand pairs": "A&E&A&E " * (SIZE // 8),
    "two-letter names": "jo " * (SIZE // 3),
    "glued suffixes": "Walsh-ish " * (SIZE // 10),
    "acronyms with and": "SABP and " * (SIZE // 9),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_round_8_rules_are_linear(name: str) -> None:
    """10 KB of a pathological pattern for a round-8 rule is redacted and re-checked in
    under half a second."""
    seconds = redact_and_check_seconds(Deidentifier(SUBJECTS), PATHOLOGICAL[name], "warm-up Jo")
    assert seconds < LINEAR_SECONDS


def test_born_years_are_linear() -> None:
    """10 KB of "born 33 " (a year of birth after "born", round 8) in under half a second."""
    subject = KnownSubject(role="CLIENT", name="Zbigniew Kowal", dob=datetime.date(1933, 5, 9))
    text = "born 33 born in '33 " * (SIZE // 20)
    seconds = redact_and_check_seconds(Deidentifier([subject]), text, "warm-up Zbigniew")
    assert seconds < LINEAR_SECONDS
