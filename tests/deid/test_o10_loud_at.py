"""Issue 13, round 9 (o10): English words after "AT" in a line of capitals are no name.

In a note typed in capitals every word looks like a name, so "AT BEDTIME", "AT LUNCH
TABLE", "AT THE PIT" were replaced as organisations. Fresh sentences written for these
tests; near misses are names that must still be replaced.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.addresses import find_places
from notes_vault.deid.capitals import caps_view
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds

KEPT = [
    ("MUM SAYS HE SETTLES AT BEDTIME WITH THE RADIO ON. NO CONCERNS.", "BEDTIME"),
    ("SAT WITH PEERS AT LUNCH TABLE, ATE HALF. CALM TODAY.", "LUNCH"),
    ("HE SAYS HE WAS ON NIGHTS AT THE DOCKS, NO DRINK.", "DOCKS"),
    ("SCORE WAS 30 AT INTAKE, NOW 19. SLEEPING BETTER.", "INTAKE"),
    ("WIFE RANG FROM HOME, SHE WAS AT ED WITH HIM LAST NIGHT. RISK LOW.", "ED"),
]

FOUND = [
    ("SHE DRINKS AT THE BLUE LANTERN MOST NIGHTS. NO SI.", "BLUE LANTERN"),
    ("WORKS AT QUORVEX ON THE TILLS. NO SI TODAY.", "QUORVEX"),
    ("SEEN AT KELDRAYNE HOUSE ON MONDAY. MOOD LOW.", "KELDRAYNE"),
    ("She had her lunch at Fernwick Grange with staff.", "Fernwick Grange"),
]


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_english_words_after_at_in_capitals_are_left(text: str, part: str) -> None:
    """The after-"at" rule takes no run of English words or shorthand in a line of capitals."""
    start = text.index(part)
    view, _ = caps_view(text, tokenize(text))
    spans, _ = find_places(text, view)
    assert not any(s.start < start + len(part) and start < s.end for s in spans)


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_names_after_at_in_capitals_still_go(text: str, part: str) -> None:
    """A name no word list holds, or two words after "THE", is still replaced."""
    assert covers(text, part)


@pytest.mark.parametrize("shape", ["AT LUNCH TABLE " * 700, "AT THE PIT AT " * 750])
def test_loud_at_is_linear(shape: str) -> None:
    """10 KB of the rule's own shapes is de-identified and checked in under 0.5 s."""
    text = shape[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm up") < LINEAR_SECONDS
