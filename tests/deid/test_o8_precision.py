"""Issue 13, round 7 (o8): a verb that opens a sentence is no part of the service's name
after it ("Attended Edison High" replaces "Edison High" only).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from tests.deid.helpers import replaced

SENTENCES = [
    ("Attends Greenbank Baptist Church on Sundays.", "Greenbank Baptist Church", "Attends"),
    ("Signposted Lowther Carers Centre for respite.", "Lowther Carers Centre", "Signposted"),
    ("Refused Brookfield Day Centre again.", "Brookfield Day Centre", "Refused"),
    ("Retired Thornbury Bakery driver, 64.", "Thornbury Bakery", "Retired"),
    ("Offered Kestrel Recovery Group on Thursdays.", "Kestrel Recovery Group", "Offered"),
]


@pytest.mark.parametrize(("text", "name", "verb"), SENTENCES)
def test_opening_verb_is_left_out_of_the_name(text: str, name: str, verb: str) -> None:
    """The name is replaced and the verb before it, opening the sentence, is kept."""
    found = [part for part, _ in replaced(text)]
    assert any(name.split(maxsplit=1)[0] in part for part in found)
    assert not any(verb in part for part in found)


def test_a_name_that_opens_with_an_ed_word_is_kept_whole() -> None:
    """A name's own first word ending in -ed ("United", "Sacred") is not cut off."""
    found = [part for part, _ in replaced("Sacred Heart Church runs the food bank.")]
    assert any(part.startswith("Sacred") for part in found)
