"""Issue 13, round 6 (p7): initials standing for a person in running text and in lists.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses it must leave alone (person_letters.py).
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

PEOPLE = [
    # Before a verb only a person does, or after "per" at a clause's end.
    ("The room went still. PH said she was done with the group.", "PH"),
    ("After the break RW asked whether we could open the window.", "RW"),
    ("Quiet session; JL-M agreed to bring the diary next week.", "JL-M"),
    ("Nobody spoke for a while, then DK laughed and the mood lifted.", "DK"),
    ("Per JW, the housing letter never arrived.", "JW"),
    ("The school has not rung back, per CS.", "CS"),
    ("In the circle, LF shared a memory of her nan.", "LF"),
    # Lists of initials, three or more, or after a register's label.
    ("Tonight's group: HL, PW, SD, MK-R, TJ. Warm start.", "PW"),
    ("Attendees: KR, JT (co-facilitator), MB; apologies from NG.", "JT"),
    ("Members in the room - EF, GA, LO; DNA: RH (poorly).", "RH"),
    ("Apologies: WS, JC.", "WS"),
    # One capital and a full stop for a person.
    ("The foster carers have two girls, M. (9) and T. (6), both settled.", "T."),
    ("She was upset after which R. slammed the door.", "R."),
    ("The lad who was stabbed (D. - she would not say his name) was her cousin.", "D."),
]

LEFT = [
    ("The GP said to wait for the bloods.", "GP"),
    ("OT agreed to visit on the ward.", "OT"),
    ("Per NICE, offer guided self-help first.", "NICE"),
    ("PMH: HTN, DM, CKD, COPD, OSA.", "DM"),
    ("Offered CBT, DBT, ACT or IPT at the next review.", "IPT"),
    ("We went for Plan B. Started the new rota after.", "B."),
    ("Low vitamin D. started on a supplement last week.", "D."),
    ("PT SEEN TODAY. KM SAID SHE WAS FINE ON THE WARD.", "KM"),
    ("He was on the ward - NOT: diagnosis, session content or risk.", "NOT"),
    ("Refused meds three times this week, per MAR.", "MAR"),
    ("Scores: PHQ, GAD, WSAS all lower.", "WSAS"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_initials_are_people(text: str, name: str) -> None:
    """Initials standing for a person are replaced as a person."""
    assert (name, "person") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_abbreviations_and_capitals_are_kept(text: str, word: str) -> None:
    """A clinical or service abbreviation, a plan letter or a line of capitals is left."""
    assert not covers(text, word), replaced(text)


ROLES = [
    ("The incident needs the DSL told today.", "DSL"),
    ("Present: Ms Hale, CSW; Mr Tran (chair).", "CSW"),
    ("Then the SENCO said the plan was fine.", "SENCO"),
    ("On the waitlist; step 2 GSH offered meanwhile.", "GSH"),
]


@pytest.mark.parametrize(("text", "word"), ROLES)
def test_role_letters_are_no_person(text: str, word: str) -> None:
    """A role written as letters, or after a determiner, is not replaced as a person."""
    assert (word, "person") not in replaced(text), replaced(text)


PATHOLOGICAL = {
    "saying": "AB said, " * 1200,
    "lists": "AB, CD (x), " * 900,
    "registers": "Present: AB, " * 800,
    "lone": "after which J. smashed, " * 450,
    "per": "per AB, per " * 900,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of an initials rule's own pathological shape is redacted in under half a second."""
    text = PATHOLOGICAL[name][:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
