"""Round 10 (k10): the round's rules on pathological 10 KB inputs, under half a second."""

from __future__ import annotations

import datetime

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds

SIZE = 10_000
SUBJECTS = [
    KnownSubject(
        role="CLIENT",
        name="Marisela Kay Armijo",
        aliases=("Kit Ho",),
        dob=datetime.date(1990, 6, 17),
        address="7 Quarry Row, Hexham",
        postcode="98444",
        linked=(
            LinkedPerson("Seamus Delaney", "partner"),
            LinkedPerson("Jon Stringer", "friend"),
            LinkedPerson("Christopher Columbus High School", "school"),
            LinkedPerson("Alabama Medicaid", "other"),
            LinkedPerson("UW-Green Bay", "school"),
            LinkedPerson("South High School", "school"),
            LinkedPerson("Mid and South Essex NHS Foundation Trust", "employer"),
            LinkedPerson("Hye-jin Park", "friend"),
        ),
    ),
]
PATHOLOGICAL = {
    "dictated English words that sound alike": "full stop shame us " * (SIZE // 19),
    "dictated names beside runs": "dictated Marisela are me ho " * (SIZE // 28),
    "dictated short parts said": "dictated john hoe kit hoe john " * (SIZE // 31),
    "dictated runs with no cue": "comma and her time she to write " * (SIZE // 32),
    "dictated runs taken on": "transcript are me ho ho ho ho " * (SIZE // 30),
    "given names before capitals": "MARISELA A (MARISELA K  " * (SIZE // 24),
    "given names glued": "marisela" * (SIZE // 8),
    "scanned words": "FR0M T0 M4r1sela Hexh4m Hexh|m K1t " * (SIZE // 35),
    "pipes and zeros": "|0|0|0|0|0 a|b|c|d " * (SIZE // 19),
    "ZIPs and endings": "98444-1234-98444-" * (SIZE // 17),
    "short forms of schools": "Columbus HS Columbus High AL Medicaid AL " * (SIZE // 40),
    "glosses in brackets": "Basildon Hospital (MSE) (MSE)(MSE) A (MSE) " * (SIZE // 43),
    "w slash after a verb": "called w/ z w/ called w/ " * (SIZE // 25),
    "grades before a school's word": "gr 11, South gr 11 South Park junior at " * (SIZE // 40),
    "campus acronyms": "uwgb uwgbuwgb UW GB " * (SIZE // 20),
    "Hangul glued before given names": "박혜진 박박혜진 혜진박 " * (SIZE // 12),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_round_10_rules_are_linear(name: str) -> None:
    """10 KB of a pathological pattern for a round-10 rule is redacted and re-checked in
    under half a second."""
    seconds = redact_and_check_seconds(
        Deidentifier(SUBJECTS), PATHOLOGICAL[name], "warm-up Marisela full stop"
    )
    assert seconds < LINEAR_SECONDS
