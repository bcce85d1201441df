"""Issue 13, round 8 (p9): a name before a relation set off by a possessive, and a line of a
name and a job (person_roles.py).

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced

PEOPLE = [
    ("She rang Heddwyn (her stepfather) after the hearing.", "Heddwyn"),
    ("Holly (his sister) is staying for a week.", "Holly"),
    ("Tobin (pt's cousin) will drive her to the clinic.", "Tobin"),
    ("Tobiah (the BIL) has offered the spare room.", "Tobiah"),
    ("We talked about Idris, her ex-husband, and the house.", "Idris"),
    ("Nkechi - her keyworker - rang twice.", "Nkechi"),
    ("Plan agreed, next Weds.\nOlufemi, Counsellor", "Olufemi"),
    ("Review booked.\nSiobhan, school nurse", "Siobhan"),
    ("Letter to GP sent.\nTamsin - trainee psychologist", "Tamsin"),
    ("No risk.\nPerpetua (family support worker)", "Perpetua"),
    ("Oonagh (couples counsellor, Relate) sees them fortnightly.", "Oonagh"),
    ("Rang Gill (practice manager) about the letter.", "Gill"),
    ("Daughter, Maddox, lives in Crewe.", "Maddox"),
    ("His friend, Tiernan, drove him home.", "Tiernan"),
    ("Plan agreed.\nRB (family support worker, Oakfield)", "RB"),
    ("next wk.\nniamh (peer support, Hope Centre)", "niamh"),
    ("The activities co-ordinator (Oluwakemi) read it to him.", "Oluwakemi"),
    ("Her care coordinator (Ffion) is on leave.", "Ffion"),
]

LEFT = [
    ("Mum (her mother) still phones daily.", "Mum"),
    ("Leeds, her dad said, was too far.", "Leeds"),
    ("Tuesday, her sister's birthday, was hard.", "Tuesday"),
    ("Intake (child) completed at school.", "Intake"),
    ("Grief (nan d. 2023) is the focus.", "Grief"),
    ("Instead, her mother-in-law came.", "Instead"),
    ("Candles, the kids, the tree: all of it.", "Candles"),
    ("Senior, Counsellor", "Senior"),
    ("Duty - Nurse", "Duty"),
    ("Sertraline (her GP) was stopped.", "Sertraline"),
    ("Christmas, her grandmother's house, again.", "Christmas"),
    ("The bus - his dad drove instead.", "bus"),
    ("Work - her boss, mostly - is the problem.", "Work"),
    ("Church (her pastor) helps.", "Church"),
    ("Her consultant (Oncology) agreed the plan.", "Oncology"),
    ("Housing (support worker) will call.", "Housing"),
    ("CBT (therapist led) was offered.", "CBT"),
    ("Her brother, Tuesday, came round.", "Tuesday"),
    ("GP (locum doctor) to review the meds.", "GP"),
    ("Mind (peer support) group on Fridays.", "Mind"),
    ("He went back to work (site manager) in May.", "work"),
    ("leeds (her sister lives there) is far.", "leeds"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_name_before_relation_or_job(text: str, name: str) -> None:
    """A name before a relation set off by a possessive, or a line of a name and a job, is
    replaced as a person."""
    assert (name, "person") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_relations_words_and_roles_are_kept(text: str, word: str) -> None:
    """A relation, a weekday, an English word, a medicine or a feast before a relation, and a
    role's word before a job, is not replaced as a person."""
    assert not any(word in part and kind == "person" for part, kind in replaced(text)), replaced(
        text
    )


PATHOLOGICAL = {
    "relations": "Poppy (his sister), Tobin, her cousin, " * 280,
    "job lines": "Olufemi, Counsellor\n" * 500,
    "brackets": "Moss (the (the (the " * 500,
    "job brackets": "Gill (practice manager, Gill (couples " * 300,
    "set off": "Daughter, Maddox, son, Tiernan, " * 330,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of the rules' own pathological input is redacted in under half a second."""
    text = PATHOLOGICAL[name][:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
