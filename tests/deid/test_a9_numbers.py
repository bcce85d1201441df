"""Issue 13, round 8 (a9): police, court and custody numbers after their labels, a code
with a slash after a capitals label, and phone numbers written in pairs of digits.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

CAUGHT = [
    ("CRO: 204417/09K", "204417/09K"),
    ("PNC: 09/118273Q", "09/118273Q"),
    ("DL# S412-8830-1129", "S412-8830-1129"),
    ("Inmate #2209113, housing unit C", "2209113"),
    ("Booking number 2023-00871", "2023-00871"),
    ("Warrant no. 4471-B-2209", "4471-B-2209"),
    ("Prisoner no. A7741CD", "A7741CD"),
    ("His mum's number in Lyon: 04-72-33-18-90", "04-72-33-18-90"),
    ("ring the flat in Oslo, 22.41.07.73", "22.41.07.73"),
    ("They gave 61-24-88-03 as the contact.", "61-24-88-03"),
    ("CDCR# WF2290   Housing 412-1-09U", "412-1-09U"),
]

LEFT = [
    ("no s136 needed this time", "s136"),
    ("S2 application by the AMHP", "S2"),
    ("booking 3 sessions for June", "3"),
    ("the warrant was 2 weeks ago", "2"),
    ("PCMIS 04/12 14:02 logged", "14:02"),
    ("scores: 20-18-15-11 over the course", "20-18-15-11"),
    ("Weights 62-61-60-60 kg", "62-61-60-60"),
    ("The address 10.12.140.16 was blocked.", "10.12.140.16"),
    ("housing 2 kids and a dog", "2"),
]


@pytest.mark.parametrize(("text", "value"), CAUGHT)
def test_number_is_replaced(text: str, value: str) -> None:
    """A labelled police, court or custody number, or a phone in pairs of digits, is caught."""
    assert covers(text, value), replaced(text)


def test_pairs_are_a_phone() -> None:
    """Four pairs of digits joined by dashes are replaced as a phone number."""
    assert ("71-33-52-22", "phone") in replaced("not answering at 71-33-52-22"), replaced(
        "not answering at 71-33-52-22"
    )


@pytest.mark.parametrize(("text", "number"), LEFT)
def test_sections_counts_and_scores_are_kept(text: str, number: str) -> None:
    """An Act's section, a count, a time or a run of scores of the same shape is not an ID."""
    found = [cat for part, cat in replaced(text) if part in number or number in part]
    assert "id_number" not in found, replaced(text)
    assert "phone" not in found, replaced(text)


PATHOLOGICAL = {
    "pairs": "71-33-52-22-" * 830,
    "dots": "06.12.34.56." * 830,
    "cro": "CRO: 118220/14H " * 620,
    "section runs": "DL# S530-" * 1100,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_number_rules_are_linear(name: str) -> None:
    """10 KB of each new rule's worst shape is redacted and checked in under half a second."""
    engine = Deidentifier([])
    assert redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm up") < LINEAR_SECONDS
