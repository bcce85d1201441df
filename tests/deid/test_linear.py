"""Every rule runs in linear time: pathological 10 KB inputs take under half a second."""

from __future__ import annotations

import datetime

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds

SUBJECT = KnownSubject(
    role="CLIENT",
    name="Elizabeth Anne Hope",
    dob=datetime.date(1990, 3, 3),
    phone="07700 900123",
    email="liz@example.com",
    address="12 Acacia Avenue, Leeds",
    postcode="LS6 2AB",
    linked=(LinkedPerson("Robert Hope", "partner"),),
)
SIZE = 10_000
PATHOLOGICAL = {
    "all caps": ("THE CLIENT SAID THAT MARY WENT TO LONDON WITH DR SMITH AND JOHN. " * 200)[:SIZE],
    "caps letters": "A" * SIZE,
    "capitalised words": ("Aaaa Bbbb Cccc Dddd " * 600)[:SIZE],
    "digits": "1" * SIZE,
    "spaced digits": "1 " * (SIZE // 2),
    "dr dr dr": "Dr " * (SIZE // 3),
    "long word": "x" * SIZE,
    "dots": "." * SIZE,
    "at signs": "@" * SIZE,
    "at and dots": "a@b." * (SIZE // 4),
    "email-ish": "a." * (SIZE // 2) + "@",
    "urls": "http://" * (SIZE // 7),
    "colons": "a:" * (SIZE // 2),
    "hex": "ab:cd." * (SIZE // 6),
    "org words": "School " * (SIZE // 7),
    "street words": "Road " * (SIZE // 5),
    "dates": "3 March 3 March " * (SIZE // 16),
    "slashes": "1/" * (SIZE // 2),
    "plus signs": "+(" * (SIZE // 2),
    "names": "Elizabeth Hope " * (SIZE // 15),
    # Shapes of the world-wide pattern and context rules (issue 13).
    "card-like digits": "4111 " * (SIZE // 5),
    "dashed digits": "1-" * (SIZE // 2),
    "dotted digits": "617." * (SIZE // 4),
    "bracketed digits": "(617) " * (SIZE // 6),
    "phone then ext": "020 7946 0000 ext " * (SIZE // 18),
    "ssn-like": "123-45-" * (SIZE // 7),
    "iban-like": "GB82 WEST " * (SIZE // 10),
    "short years": "'9" * (SIZE // 2),
    "month-days": "on 3/" * (SIZE // 5),
    "handles": "@a" * (SIZE // 2),
    "handle cues": "insta is " * (SIZE // 9),
    "reddit": "u/" * (SIZE // 2),
    "ages in words": "thirty-" * (SIZE // 7),
    "age suffixes": "34 y/o " * (SIZE // 7),
    "age lists": "children (1, " * (SIZE // 13),
    "id cues": "MRN: # " * (SIZE // 7),
    "plates": "plate AB-" * (SIZE // 9),
    "zip cues": "MA 02115 " * (SIZE // 9),
    "units": "Apt 1 Suite 2 " * (SIZE // 14),
    "titles": "NP Dr. Sr. " * (SIZE // 11),
    "relations": "her boss, " * (SIZE // 10),
    "non-latin": "\u738b\u4f1f " * (SIZE // 3),
    "arabic after cue": "friend \u0623\u062d\u0645\u062f " * (SIZE // 12),
    "mixed scripts": "a\u738b b\u0623 " * (SIZE // 6),
    "caps lines": "SAW DR PATEL\n" * (SIZE // 13),
    "camel words": "AbCdEf " * (SIZE // 7),
    "domain labels": "a." * (SIZE // 2),
    "domain dashes": "a-" * (SIZE // 2),
    "almost a domain": "abc.co" * (SIZE // 6),
    "saints": "St St. " * (SIZE // 7),
    "at the": "at the " * (SIZE // 7),
    "initials": "A.B." * (SIZE // 4),
    "quoted names": '"Jim" ' * (SIZE // 6),
    # Round 2 of issue 13 (u13): school years, worded days, brackets, estates, "st".
    "school years": "Year 9 yr Y1" * (SIZE // 12),
    "worded days": "on the twenty-" * (SIZE // 14),
    "bracketed relations": "dad (x) (" * (SIZE // 9),
    "estates": "Aa Bb estate " * (SIZE // 13),
    "lower saints": "st st's " * (SIZE // 8),
    "people are": "twins are 9 she's " * (SIZE // 18),
    "underscores": "a_" * (SIZE // 2),
    "underscore digits": "a_1" * (SIZE // 3),
    "slashed capitals": "SI/HI/" * (SIZE // 6),
    "org nouns in brackets": "church (Aa Bb " * (SIZE // 14),
    "us roads": "I-5 Route 6 " * (SIZE // 12),
    "year ranges": "2019-2020-" * (SIZE // 10),
    "called quotes": 'called "Aa" ' * (SIZE // 12),
    "possessive ordinals": "Jo's 30th " * (SIZE // 10),
    "small ages": "3 days old born at 2 weeks (1 months) " * (SIZE // 38),
    "day dot month": "next 1.12 " * (SIZE // 10),
    "in-laws": "sister-in-law (" * (SIZE // 15),
    "signed initials": "ab, lcsw, " * (SIZE // 10),
    "numbered streets": "1st St 2nd " * (SIZE // 11),
    "paired ages": "is 9 and 9 or " * (SIZE // 14),
    "adverb ages": "she's only 9 " * (SIZE // 13),
    "ampersands": "B&Q&" * (SIZE // 4),
    "line-end numbers": "Aa Bb, 12\n" * (SIZE // 10),
    "bracketed roles": "bo (a b c d e " * (SIZE // 14),
    "initials before verbs": "T. says " * (SIZE // 8),
    "credentials in a row": "md " * (SIZE // 3),  # found by benchmarks/fuzz_linear.py
    "credentials a line each": "np\n" * (SIZE // 3),
    "a 40 KB word": "y" * (4 * SIZE),  # one-letter deletions of it cost L squared
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of a pathological pattern is redacted and re-checked in under half a second."""
    text = PATHOLOGICAL[name]
    seconds = redact_and_check_seconds(Deidentifier([SUBJECT]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
