"""Every rule runs in linear time: pathological 10 KB inputs take well under a second."""

from __future__ import annotations

import datetime
import time

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson

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
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of a pathological pattern is redacted and re-checked in under a second."""
    text = PATHOLOGICAL[name]
    engine = Deidentifier([SUBJECT])
    engine.redact("warm-up Elizabeth")  # gazetteers load once per process
    began = time.perf_counter()
    out = engine.redact(text).text
    engine.leaks(out)
    assert time.perf_counter() - began < 1.0
