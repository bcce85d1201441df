"""Issue 13, round 8 (a9): an age standing as its own clause, after a kin word and an
initial, hedged in brackets after a name, or after "me" signing a message.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

CAUGHT = [
    # a number standing as its own clause
    ("Works nights at the bakery (Govan). 56.\nHe says he is fine.", "56"),
    ("She moved here after the divorce; 48, not allowed to drive.", "48"),
    ("Cleaner at the leisure centre. 31. (Prefers Jo)", "31"),
    ('she said "it\'s just stuff") - 74. Hoarding rating 6.', "74"),
    ("Retired miner, widowed (Ellen, 2019). 83. Lives alone.", "83"),
    # a kin word, an initial and the age
    ("Granny B is 67, diabetic.", "67"),
    ("Grandad T. (81) lives with them.", "81"),
    ("Nan R, 90, is in a home.", "90"),
    ("Mum K was 45 when she left.", "45"),
    # an adverb of age in brackets after a name
    ("Dash (almost 13 - a Christmas Eve birthday)", "13"),
    ("Rowan (nearly 9) drew the house.", "9"),
    ("Bea (just turned 70) came alone.", "70"),
    # "me" signing
    ("Love, me (39)", "39"),
]

LEFT = [
    ("Process recording, sess. 5, adolescent", "5"),
    ("Form group: Gr. 7, room 12", "7"),
    ("Estates dept. 14, then the lifts", "14"),
    ("12. Abuse getting worse? YES", "12"),
    ("BMI 18.5. Weight stable.", "18"),
    ("Seen for 50 min. 45 min next time.", "45"),
    ("PHQ 14. GAD 9.", "9"),
    ("Auntie J is 3 hours away.", "3"),
    ("Total (nearly 30)\nnext", "30"),
    ("We waited (about 20) mins.", "20"),
    ("send me (3) copies", "3"),
    ("Sessions attended: 6 of 8. 14, 15 and 16 cancelled.", "14"),
    ("sertraline 50. 22 years married; 3 kids", "22"),
    ("Anxiety (GAD-7) - 15, moderate.", "15"),
    ('She rated it "bad") - 14, then calmer.', "14"),
]


@pytest.mark.parametrize(("text", "value"), CAUGHT)
def test_clause_age_is_replaced(text: str, value: str) -> None:
    """A lone age clause, a kin initial's age, a hedged bracketed age or 'me (39)' is replaced."""
    assert covers(text, value), replaced(text)
    assert any(cat == "age" for _, cat in replaced(text)), replaced(text)


@pytest.mark.parametrize(("text", "number"), LEFT)
def test_abbreviations_counts_and_scores_are_kept(text: str, number: str) -> None:
    """A number after an abbreviation, a count, a score or a time of the same shape is kept."""
    assert not covers(text, number), replaced(text)


PATHOLOGICAL = {
    "lone": "Works nights. 56. " * 560,
    "semicolons": "; 48, not " * 1000,
    "kin": "Granny B is 67, " * 620,
    "hedged": "Dash (almost 13 - " * 560,
    "me": "me (39) " * 1250,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_clause_rules_are_linear(name: str) -> None:
    """10 KB of each new rule's worst shape is redacted and checked in under half a second."""
    engine = Deidentifier([])
    assert redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm up") < LINEAR_SECONDS
