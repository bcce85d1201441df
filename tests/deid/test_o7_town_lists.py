"""Issue 13, round 6 (o7): a town that is also an English word or a surname, named beside
a sure town or closing a bracket.

Every sentence here was written for these tests, not copied from a corpus; near misses
are checked against the o7 finder itself, so another layer cannot hide a wrong hit.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.place_lists import find_listed_places
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

FOUND = [
    ("She splits her week between Sacramento and Boulder now.", "Boulder"),
    ("Her cousins moved to Reading or Swindon, she was not sure which.", "Reading"),
    ("They drove the kids between Wolverhampton & Bath every holiday.", "Bath"),
    ("Raised in Shanghai; schooling 9 yrs (Shanghai).", "Shanghai"),
    ("Loss of her father (June 2024, Limerick) still raw.", "Limerick"),
    ("He grew up by the sea (Deal) and hated it.", "Deal"),
    ("Both sets of grandparents (Toulouse, Nice) ring on Sundays.", "Nice"),
    ("she gave her sister's number, who lives abroad (vilnius!)", "vilnius"),
    ("home is dolgellau, his nan still lives there", "dolgellau"),
    ("They spent three years in Kakuma camp before resettlement.", "Kakuma"),
    ("He was born in Nyarugusu camp in 2009.", "Nyarugusu"),
]

KEPT = [
    ("Sophie and Grace came to the session together.", "Grace"),
    ("Leeds and Grace were the only words she said.", "Grace"),
    ("Call her on the number below (Mobile) only.", "Mobile"),
    ("The interpreter (Dari) arrived late.", "Dari"),
    ("Her sister (Hope) is the one she trusts.", "Hope"),
    ("Paris and Will went to the match.", "Will"),
    ("He said it was a gift (Orange) from his nan.", "Orange"),
    ("Her appointment (Monday) was moved.", "Monday"),
    ("Sleep disrupted by the shifts (rota).", "rota"),
    ("Home is where she feels safest.", "where"),
    ("He loved boot camp and Scout camp as a boy.", "Scout"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_listed_town_is_replaced(text: str, part: str) -> None:
    """A town beside a sure town, or closing a bracket, is replaced."""
    assert covers(text, part)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_near_miss_is_left(text: str, part: str) -> None:
    """A given name, a phone label, a language, a weekday or a word is no town here."""
    start = text.index(part)
    spans = find_listed_places(text, tokenize(text))
    assert not any(s.start < start + len(part) and start < s.end for s in spans)


def test_listed_town_reason_names_the_cue() -> None:
    """--explain names the joining word, not the towns."""
    text = "She splits her week between Sacramento and Boulder now."
    reasons = [r.reason for r in replacements(text) if r.start == text.index("Boulder")]
    assert reasons == ["context: a town joined by 'and' to a town"]


@pytest.mark.parametrize(
    "shape",
    [
        "Leeds and Bath and " * 550,
        "(Bath, Bath, Bath, " * 550,
        "(Deal) " * 1400,
        "x, Bath) " * 1200,
    ],
)
def test_listed_places_are_linear(shape: str) -> None:
    """10 KB of the rule's own cue shapes is de-identified and checked in under 0.5 s."""
    text = shape[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm up") < LINEAR_SECONDS
