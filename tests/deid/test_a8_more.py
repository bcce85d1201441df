"""Issue 13, round 7 (a8): an age after a person's aside ending a sentence, harms done to a
person at an age, an infant's age after a name in brackets, and hex wallet addresses.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

CAUGHT = [
    ('Oskar Lind ("OL" on the rota) - 47. Works nights.', "47", "age"),
    ('Mrs Pryce (her words: "just Nan") - 81. Lives alone.', "81", "age"),
    ("was bullied at 14 in Swindon and told nobody", "14", "age"),
    ("got stabbed at 19 outside a club", "19", "age"),
    ("4 kids (youngest Tobiah, 5 mo). Partner works away", "5 mo", "age"),
    ("(baby Isla, 7 weeks) slept through", "7 weeks", "age"),
    ("wallet: 0x4e2a...9bd1 - she shared it", "0x4e2a...9bd1", "id_number"),
    ("sent to 0x71C7656EC7ab88b098defB751B7401B5f6d8976F on Monday", "0x71C7", "id_number"),
    ("(4 kids; eldest Tamsin 15 minds the rest)", "15", "age"),
    ("Back in Mayo; Mammy is 79 and stubborn.", "79", "age"),
    ("a lad about my age (thirty-one) from the estate", "thirty-one", "age"),
    ("the landlord changed the locks on the 3rd without notice", "3rd", "date"),
]

LEFT = [
    ("He was attacked at 11 last night", "11"),
    ("seeing Kai (bf, 8 mo) - not out yet", "8"),
    ("(back in Leeds, 3 weeks)", "3"),
    ("Monday, 2 weeks.", "2"),
    ("error 0x80 in the log", "0x80"),
    ("youngest Mo 4 days late with the form", "4"),
    ("the pharmacy is on the 3rd floor", "3rd"),
    ("on the 2nd attempt she passed", "2nd"),
    ("tell Linda before she visits, 3) weekly check-in", "3"),
    ("the age (3) of the data", "3"),
]


@pytest.mark.parametrize(("text", "value", "category"), CAUGHT)
def test_age_or_wallet_is_replaced(text: str, value: str, category: str) -> None:
    """An age (after an aside, a harm, an order, a noun), a day or a hex wallet is replaced."""
    assert any(v.startswith(value) and c == category for v, c in replaced(text)), replaced(text)


@pytest.mark.parametrize(("text", "number"), LEFT)
def test_hours_spans_and_codes_are_kept(text: str, number: str) -> None:
    """An hour, a time together, a stay, a span of weeks or a short hex code is left alone."""
    assert not covers(text, number), replaced(text)


PATHOLOGICAL = {
    "wallets": "0x4e2a..." * 1100,
    "hex": "0x" + "a" * 10_000,
    "asides": 'Oskar ("OL") - 47. ' * 520,
    "infants": "(baby Isla, 7 weeks) " * 480,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_more_rules_are_linear(name: str) -> None:
    """10 KB of each rule's worst shape is redacted and checked in under half a second."""
    engine = Deidentifier([])
    assert redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm up") < LINEAR_SECONDS


@pytest.mark.parametrize(
    "text", ["being present from 14,000 km away", "saved from 12,500 to 20,000"]
)
def test_a_number_with_a_thousands_comma_is_no_age(text: str) -> None:
    """Digits, a glued comma and three digits are one number, not an age after 'from'."""
    assert not any(cat == "age" for _, cat in replaced(text)), replaced(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [("Candidate no. (exams): 7713, seat 12", "7713"), ("MRN (old): 00917325", "00917325")],
)
def test_a_number_after_its_label_and_an_aside_is_an_id(text: str, number: str) -> None:
    """An ID label, a short aside in brackets and a colon still name the number after them."""
    assert (number, "id_number") in replaced(text), replaced(text)


def test_a_count_after_an_aside_is_no_id() -> None:
    """A small count after 'no' and an aside stays: 'no (really) 4 times'."""
    assert not covers("no (really) 4 times", "4"), replaced("no (really) 4 times")
