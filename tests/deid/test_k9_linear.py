"""Round 9 (k9): the round's rules on pathological 10 KB inputs, under half a second."""

from __future__ import annotations

import datetime

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds

SIZE = 10_000
SUBJECTS = [
    KnownSubject(
        role="CLIENT",
        name="Saoirse Fitzsimons",
        aliases=("Siobhán Wiktoria",),
        dob=datetime.date(1990, 6, 17),
        address="Flat 9, 12 Mill Lane, Glenariff, Tregaron",
        linked=(LinkedPerson("Declan Okonkwo", "partner"),),
    ),
]
PATHOLOGICAL = {
    "dictated words that sound alike": "full stop seer sha seer sha " * (SIZE // 28),
    "dictated odd words": "comma zzq xqv wuz " * (SIZE // 18),
    "dictated long words": "dictated " + "glenariffglenariff " * (SIZE // 19),
    "bare ordinals near a birthday": "birthday 17th " * (SIZE // 14),
    "bare ordinals far from a birthday": "birthday " + "17th " * (SIZE // 5),
    "birthday words": "birthday bday born " * (SIZE // 19),
    "paragraphs of ordinals": "birthday\n\n17th\n\n" * (SIZE // 16),
    "words said without their r": "Shivorn Karrrrrr " * (SIZE // 17),
    "syllables said as another language": "Kee-ur-awn SHIV-orn " * (SIZE // 20),
    "autocorrected words": "autocorrect Declare Saorsa Fitness " * (SIZE // 35),
    "said numbers before a street": "flat nine twelve nine mill " * (SIZE // 27),
    "said numbers without a street": "one two three four five six " * (SIZE // 28),
    "lower-case titles and letters": "mr s mrs f dr d. " * (SIZE // 17),
    "OCR'd initials": "signed S.0. " * (SIZE // 12),
    "born and two digits": "born 90 born in '90 born " * (SIZE // 25),
    "birthday clauses before a named day": "my birthday is the " * (SIZE // 19) + "midsummer",
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_round_9_rules_are_linear(name: str) -> None:
    """10 KB of a pathological pattern for a round-9 rule is redacted and re-checked in
    under half a second."""
    seconds = redact_and_check_seconds(
        Deidentifier(SUBJECTS), PATHOLOGICAL[name], "warm-up Saoirse full stop"
    )
    assert seconds < LINEAR_SECONDS
