"""Issue 13, round 7 (p8): speakers' labels opening the lines of minutes, a thread or a
transcript.

Every sentence here was written for these tests, not copied from a corpus
(person_speakers.py).
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced

SPEAKERS = [
    ("Thread she showed me:\nTeodora: where are you\nme: at work", "Teodora"),
    ("peer group\n\nkez: client r is stuck.\nfi: same with mine.\nkez: agreed.", "kez"),
    ("Minutes\nWill: the rota is fine.\nPriya: agreed.\nWill: next item.", "Will"),
    ("Texts:\nSiobhan: u ok?\nClient: fine", "Siobhan"),
    ("Thread:\nSummer 23:10: where r u\nme 23:12: home", "Summer"),
    ("[08:02] Hope: can u pick me up\n[08:04] me: ok", "Hope"),
    ("Forwarded\nFrom: jade\nTo: me\nSubject: tonight", "jade"),
    ("From: Dawn\nSent: Tuesday\nSubject: the letter", "Dawn"),
]

LEFT = [
    ("Plan: weekly.\nRisk: low.\nPlan: review in May.", "Plan"),
    ("T: how was the week?\nC: long.\nT: say more.", "T"),
    ("Mum: she worries.\nMum: she rang twice.", "Mum"),
    ("GP: aware.\nGP: to review meds.", "GP"),
    ("Summary: a hard week for her.", "Summary"),
    ("BEGIN:VEVENT\nDTSTART:20270101T090000Z\nEND:VEVENT\nDTSTART:20270108T090000Z", "DTSTART"),
    ("Hope: she named it herself.", "Hope"),
    ("Plan 10:30: review with the team", "Plan"),
    ("From: Mum\nSubject: dinner", "Mum"),
    ("To: GP\nFrom: me", "GP"),
]


@pytest.mark.parametrize(("text", "name"), SPEAKERS)
def test_speakers_are_people(text: str, name: str) -> None:
    """A given name or a repeated unknown word labelling lines is replaced as a person."""
    assert (name, "person") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_field_labels_are_kept(text: str, word: str) -> None:
    """A field's label, a role letter, a relation, an abbreviation or a word used once stays."""
    assert (word, "person") not in replaced(text), replaced(text)


def test_pathological_labels_are_fast() -> None:
    """10 KB of labelled lines is redacted in under half a second."""
    text = ("kez: ok\nfi: so\n" * 700)[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
