"""Issue 13, round 4 (p4): the writer's name signing a line before a credential.

Every sentence here was written for these tests, not copied from a corpus; the rule has
cases it must catch and near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

FOUND = [
    ("Plan reviewed.\nK. Oyelaran-Hart, PsyD", "Oyelaran-Hart"),
    ("Next 3/2.\nB. Nakai, LPC-A / F. Whitecloud, CADC", "Whitecloud"),
    ("text ok\nrp lcsw", "rp"),
    ("moms number\n-tg lmft", "tg"),
    ("updated.\nd. asante-mills pmhnp-bc", "asante-mills"),
]

KEPT = [
    # A sentence that ends with a credential is no signature.
    ("She wants to see the lcsw", "see"),
    ("I spoke with the team and the LCSW", "team"),
    # A credential that is a word, in a line of capitals.
    ("UNION - PT TO DO\nNEXT WEEK", "PT"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_found(text: str, part: str) -> None:
    """A name signing a line before a credential is replaced."""
    assert covers(text, part), replaced(text)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_kept(text: str, part: str) -> None:
    """Sentences that end with a credential, and words in capitals, stay."""
    assert not covers(text, part), replaced(text)


def test_pathological_input_is_fast() -> None:
    """10 KB of short signer lines and credentials is redacted in under half a second."""
    text = "a. b-c. d, PhD / e lcsw-bc\n" * (10_000 // 27)
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
