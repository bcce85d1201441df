"""Round 14 (lead): a known street whose house number comes after it.

Much of Europe and Latin America (and Puerto Rico) writes the number after the street:
"Calle Los Pinos 22", "Rua Augusta 45", "ul. Długa 12". A note says the street without
the number ("the generator at the house on Calle Los Pinos broke"), which only the full
line matched: the street passed both the replacer and the final check. A number after a
numbered thing is no house number: "PO Box 77", "County Road 12", "Route 9" give no street.
"""

from __future__ import annotations

import datetime

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.check import Checker
from notes_vault.deid.model import KnownSubject
from tests.deid.helpers import LINEAR_SECONDS, TODAY, engine_at, redact_and_check_seconds


def _client(address: str) -> KnownSubject:
    return KnownSubject(
        role="CLIENT", name="Wilfredo Rivera", address=address, dob=datetime.date(1964, 7, 19)
    )


@pytest.mark.parametrize(
    ("address", "text", "street"),
    [
        (
            "Calle Los Pinos 22, Urb. Villa del Carmen, Ponce, PR",
            "The generator at the house on Calle Los Pinos broke in the storm.",
            "Calle Los Pinos",
        ),
        (
            "Rua Augusta 45, Lisboa",
            "She grew up above a bakery on Rua Augusta.",
            "Rua Augusta",
        ),
    ],
)
def test_a_street_with_its_number_after_is_known_without_it(
    address: str, text: str, street: str
) -> None:
    client = _client(address)
    engine = engine_at(client)
    result = engine.redact(text)
    assert street not in result.text, result.text
    assert engine.leaks(result.text) == []
    at = text.index(street)
    leaks = Checker([client], today=TODAY).leaks(text)
    assert any(leak.start <= at < leak.end for leak in leaks), leaks


@pytest.mark.parametrize(
    ("address", "text", "words"),
    [
        ("PO Box 77, Cass Lake, MN", "Mail goes to a PO Box now.", "PO Box"),
        ("County Road 12, Eunice, LA", "Crash on a county road last year.", "county road"),
        ("Old Mill Route 9, Sligo", "Took the Old Mill Route home.", "Old Mill Route"),
    ],
)
def test_a_number_after_a_numbered_thing_gives_no_street(
    address: str, text: str, words: str
) -> None:
    leaks = Checker([_client(address)], today=TODAY).leaks(text)
    at = text.index(words)
    assert not [leak for leak in leaks if leak.start <= at < leak.end], leaks


def test_the_form_stays_linear() -> None:
    engine = Deidentifier([_client("Calle Los Pinos 22, Ponce, PR")])
    text = ("on Calle Los Pinos 22 and Calle Los " * 300)[:10_000]
    assert redact_and_check_seconds(engine, text, "warm up Calle Los Pinos") < LINEAR_SECONDS
