"""Issue 13, round 10 (u10): the writer signing a note's last line by initials or a short
name, with or without a job (person_sign_roles.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced

SIGNED = [
    ("Next session booked for the 9th.\nCP", "CP"),
    ("Safety plan given again.\nAM", "AM"),
    ("Letter copied to school.\nBD-K", "BD"),
    ("Mood brighter. Next Fri.\ns.t.", "s.t"),
    ("mood flat, no risk. next 2/52. - lw", "lw"),
    ("sleep diary reviewed. next tues. - kb psych", "kb"),
    ("BA plan: walk daily | next Mon 7th | RT", "RT"),
    ("Agreed a graded plan for the bus.\nniamh PWP", "niamh"),
    ("Next Thurs, phone.\nJN counsellor", "JN"),
    ("Rang the ward back.\n- EW (CMHT, LPFT)", "EW"),
    ("Drop-in next week.\nSG (peer support worker)", "SG"),
    ("see you weds\ndot (family support, Hillside Children's Centre)", "dot"),
]

LEFT = [
    ("Discharged with advice.\nNFA", "NFA"),
    ("Letter copied to the\nGP", "GP"),
    ("All forms sent.\nok", "ok"),
    ("Plan agreed.\n- see above", "see"),
    ("Seen on the ward.\nsee psych", "see"),
    ("Next steps below.\nPlan (psychology)", "Plan"),
    ("Referral made - OT", "OT"),
    ("Seen today.\nNHS", "NHS"),
]


@pytest.mark.parametrize(("text", "name"), SIGNED)
def test_signers_on_the_last_line_are_people(text: str, name: str) -> None:
    """Initials or a short name signing the last line, alone or with a job, is a person."""
    assert any(name in part and kind == "person" for part, kind in replaced(text)), replaced(text)


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_memo_words_and_services_on_the_last_line_stay(text: str, word: str) -> None:
    """A memo word, a service's letters or an English word ending a note is no person."""
    assert not any(word in part and kind == "person" for part, kind in replaced(text)), replaced(
        text
    )


@pytest.mark.parametrize(
    "unit", ["next 4/52. - cm\n", "AK (PMHT, SABP) ", "| JP | jt psych - AF-L\n"]
)
def test_pathological_input_is_fast(unit: str) -> None:
    """10 KB of the rule's own shapes is redacted in under half a second."""
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS


LABELLED = [
    ("Practitioner: Morwenna.\nToday: the letter.", "Morwenna"),
    ("Caseworker: Joy (Refugee Council).", "Joy"),
    ("Lead therapist: Tunde. Reflecting team: two trainees.", "Tunde"),
    ("Keyworker: Grace", "Grace"),
    ("Support worker: Hope - rang on Friday", "Hope"),
]

NOT_LABELLED = [
    ("Therapist: TBC", "TBC"),
    ("Counsellor: N/A", "N"),
    ("Keyworker: none yet", "none"),
    ("Worker: Housing Team", "Housing"),
    ("Therapist: me", "me"),
    ("Supervisor: Dr. Hale, PhD", "Dr"),
    ("Allocated worker: Student Services will call", "Student"),
]


@pytest.mark.parametrize(("text", "name"), LABELLED)
def test_names_after_a_jobs_label_are_people(text: str, name: str) -> None:
    """A name after a job's label and a colon, closing its clause, is a person."""
    assert (name, "person") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "word"), NOT_LABELLED)
def test_placeholders_and_services_after_a_label_stay(text: str, word: str) -> None:
    """A placeholder, a pronoun or a service after a job's label is no person."""
    assert not any(word in part and kind == "person" for part, kind in replaced(text))


def test_labels_pathological_input_is_fast() -> None:
    """10 KB of job labels and names is redacted in under half a second."""
    unit = "Keyworker: Grace. Lead therapist: Femi Ade; "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
