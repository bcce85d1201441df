"""Issue 13, round 7 (o8): a service named where the note signposts or writes to it.

Every sentence here was written for these tests, not copied from a corpus; near misses
are checked against the o8 finder itself, so another layer cannot hide a wrong hit.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.org_signpost import find_signposted
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

FOUND = [
    ("Told him about Andy's Man Club; he might try it.", "Andy"),
    ("Gave her the number for Shout and the crisis line.", "Shout"),
    ("We looked at a leaflet about Papyrus together.", "Papyrus"),
    ("Printed the details for Beacon Carers Hub.", "Beacon Carers Hub"),
    ("The group is funded by Lottery Reaching Communities.", "Lottery Reaching Communities"),
    ("gave him the HOPE number again, he saved it", "HOPE"),
    ("offered him the brightsky helpline, he took it", "brightsky"),
    ("Gave her Harbour Lights' number in case.", "Harbour Lights"),
    ("I will write to Step Forward about the waiting list.", "Step Forward"),
    ("She sent a complaint to Ombudsworks last week.", "Ombudsworks"),
    ("Told them about Beacon. They will ring tomorrow.", "Beacon"),
]

KEPT = [
    ("Gave her the crisis number and the GP's number.", "crisis"),
    ("Gave her info about ADHD and sleep.", "ADHD"),
    ("I gave her the number for Tom, her cousin.", "Tom"),
    ("Told her about Christmas and the fight.", "Christmas"),
    ("She gave me her new number.", "new"),
    ("Provided information on carer support from the ward.", "carer"),
    ("Gave information on Adoption UK.", "Gave"),
    ("Provided Crisis Text Line and school counselor info.", "school counselor"),
    ("Wrote a letter to Mum she will not send.", "Mum"),
    ("She wrote an unsent letter to Apa in session.", "Apa"),
    ("Told me about ketamine and what it does.", "ketamine"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_signposted_service_is_replaced(text: str, part: str) -> None:
    """A name after "number for", "told her about", "funded by", "write to", or before a
    given number or helpline, goes whatever its words are."""
    assert covers(text, part)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_near_miss_is_left_by_the_signpost_finder(text: str, part: str) -> None:
    """A generic number, an abbreviation, a person, a holiday, a kin word, a drug, the
    giving verb itself is not taken."""
    start = text.index(part)
    spans = find_signposted(text, tokenize(text))
    assert not any(s.start < start + len(part) and start < s.end for s in spans)


def test_signpost_reason_names_the_cue() -> None:
    """--explain names the cue words, not the service."""
    text = "Gave her the number for Shout and the crisis line."
    reasons = [r.reason for r in replacements(text) if text[r.start : r.end] == "Shout"]
    assert reasons == ["context: a service's name after 'number for'"]


@pytest.mark.parametrize(
    "shape",
    ["number for Ab Cd " * 700, "gave ab cd ef number " * 500, "told her about Ab " * 700],
)
def test_signposted_services_are_linear(shape: str) -> None:
    """10 KB of the rule's own cue shapes is de-identified and checked in under 0.5 s."""
    text = shape[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm up") < LINEAR_SECONDS
