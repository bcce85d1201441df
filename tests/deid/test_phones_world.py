"""Phone numbers of many regions are replaced; dates and SSN-like numbers are not phones."""

from __future__ import annotations

import pytest

from notes_vault.deid.phones import classify
from tests.deid.helpers import replaced

PHONES = [
    "(617) 555-0134",
    "617-555-0134",
    "617.555.0134",
    "+1 617 555 0134",
    "1-617-555-0134",
    "07700 900123",
    "020 7946 0000",
    "+44 20 7946 0000",
    "0044 20 7946 0000",
    "087 123 4567",
    "0412 345 678",
    "+61 412 345 678",
    "0176 5550 1823",
    "601 234 567",
    "(11) 98765-4321",
    "+49 30 1234567",
    "555-0134",
]


@pytest.mark.parametrize("number", PHONES)
def test_phone_number_is_replaced_whole(number: str) -> None:
    """A phone number written in a common national or international form is one [PHONE]."""
    assert replaced(f"Call her on {number} tomorrow.") == [(number, "phone")]


def test_extension_is_part_of_the_number() -> None:
    """An extension after a number ("x204", "ext. 12") is replaced with it."""
    assert replaced("Office (617) 555-0134 x204 only.") == [("(617) 555-0134 x204", "phone")]
    assert replaced("Office 617-555-0134 ext. 12 only.") == [("617-555-0134 ext. 12", "phone")]


@pytest.mark.parametrize("raw", ["2023-03-14", "14.03.2023", "123-45-6789", "12/03/2023", "1234"])
def test_dates_and_ssn_shapes_are_not_phones(raw: str) -> None:
    """Date and social-security shapes are never classified as phone numbers."""
    assert classify(raw) is None


def test_bracketed_number_list_is_not_one_phone() -> None:
    """A phone in brackets followed by another number is two phones, not one span across both."""
    text = "(601 234 567) (11) 98765-4321"
    assert [part for part, _ in replaced(text)] == ["601 234 567", "(11) 98765-4321"]
