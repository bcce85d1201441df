"""Ages, ID-like numbers, ZIP and postcodes, plates, handles: replaced in their usual shapes."""

from __future__ import annotations

import pytest

from notes_vault.deid.numbers import iban_valid, luhn_valid
from tests.deid.helpers import covers, replaced

AGES = [
    ("is a 34 y/o woman", "34"),
    ("34yo M with anxiety", "34yo"),
    ("34M presents with", "34M"),
    ("aged 7 at the time", "7"),
    ("a thirty-four year old teacher", "thirty-four"),
    ("an 84-year-old retired pharmacist", "84"),
    ("is 62 years of age", "62"),
    ("her mother Carol (61) moved in", "61"),
    ("Liam, 36, financial analyst", "36"),
    ("three children (9, 6, 2) at home", "9"),
    ("BRIAN / 50 M / MRN", "50"),
    ("he died at 63 of a stroke", "63"),
    ('"I\'m 14" he joked', "14"),
    ("rose is 57 now", "57"),
    ("rm 214, eighty-three.", "eighty-three"),
    ("left school at 16, then", "16"),
    ("from the age of 12 she", "12"),
    ("a woman in her forties", "forties"),
    ("he is in his late 30s", "30s"),
]
IDS = [
    ("SSN 123-45-6789 on file", "123-45-6789", "id_number"),
    ("card 4111 1111 1111 1111 lost", "4111 1111 1111 1111", "id_number"),
    ("IBAN GB82 WEST 1234 5698 7654 32 for refunds", "GB82 WEST 1234 5698 7654 32", "id_number"),
    ("MRN: 00482913 on the wristband", "00482913", "id_number"),
    ("Medicaid ID 1234-567-89 verified", "1234-567-89", "id_number"),
    ("Payroll No: AB-448812 attached", "AB-448812", "id_number"),
    ("Police ref CAD 4471/02NOV logged", "4471/02NOV", "id_number"),
    ("Boston, MA 02115 is the address", "02115", "zip"),
    ("ZIP 58703-2716 on the form", "58703-2716", "zip"),
    ("Toronto M5V 3L9 then", "M5V 3L9", "postcode"),
    ("Dublin D02 X285 then", "D02 X285", "postcode"),
    ("Sydney NSW 2000 then", "2000", "postcode"),
    ("plate HYZ-4417 seen", "HYZ-4417", "vehicle"),
    ("car 191-D-12345 parked", "191-D-12345", "vehicle"),
    ("car AB-123-CD parked", "AB-123-CD", "vehicle"),
    ("her insta is jas.k and", "jas.k", "handle"),
    ("messaged @jas_k99 again", "@jas_k99", "handle"),
    ("posts as u/jaskaur online", "u/jaskaur", "handle"),
    ("mail jas.k@example.org now", "jas.k@example.org", "email"),
    ("see https://example.org/jas now", "https://example.org/jas", "url"),
    ("from 192.168.1.20 at night", "192.168.1.20", "ip"),
]


@pytest.mark.parametrize(("text", "part"), AGES)
def test_age_is_replaced(text: str, part: str) -> None:
    """An age in digits or words, with its usual suffix or cue, is replaced."""
    assert covers(text, part)
    assert "age" in {cat for _, cat in replaced(text)}


@pytest.mark.parametrize(("text", "part", "category"), IDS)
def test_number_is_replaced_as_its_kind(text: str, part: str, category: str) -> None:
    """An ID-like number, code, plate, handle or address is replaced with its own tag."""
    assert (part, category) in replaced(text)


@pytest.mark.parametrize(
    "text",
    [
        "card 4111 1111 1111 1112 lost",
        "her insta is private",
        "scores 12, 14, 16.",
        "Mood is 5.",
        "EPDS down from 19 today",
        "(1) no overtime; (2) a phased return",
        "at 20 mph on the road",
    ],
)
def test_lookalikes_are_kept(text: str) -> None:
    """A card number failing Luhn, a handle cue before an English word and lists stay."""
    assert replaced(text) == []


def test_check_digits() -> None:
    """Luhn and IBAN mod-97 checks accept valid numbers and reject one changed digit."""
    assert luhn_valid([int(c) for c in "4111111111111111"])
    assert not luhn_valid([int(c) for c in "4111111111111112"])
    assert iban_valid("GB82 WEST 1234 5698 7654 32")
    assert not iban_valid("GB82 WEST 1234 5698 7654 33")
