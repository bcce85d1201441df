"""Issue 13, round 16 (o16): armed groups, militias, paramilitaries and street gangs named in a
client's history ("the night the Taliban came", "brother killed by MS-13") are organisations
(a closed class in `data/organisations.txt`, read by org_names.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.org_names import find_named_orgs
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

_REASON = "context: an organisation on the list of national names"

FOUND = [
    ("Worked as a driver for the embassy until the Taliban took Kabul.", "Taliban"),
    ("Her cousin was shot by MS-13 outside the bakery; she left the next spring.", "MS-13"),
    ("The family fled Boko Haram and spent two years in a camp.", "Boko Haram"),
    ("He says al-Shabaab tried to recruit him at fifteen.", "al-Shabaab"),
    ("in lower case: the taliban checkpoint is the image that comes back", "taliban"),
    ("Nightmares about the Janjaweed raids on the village resumed this week.", "Janjaweed"),
]

LEFT = [
    "Bloods taken today; results to the GP by Friday.",
    "He cashed out his IRA to cover the deposit.",
    "Isis is her daughter's name, after the river in Oxford.",
    "The kings and queens of the school play were cast on Monday.",
    "He said the outlaws in the film reminded him of his brothers.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_an_armed_group_is_an_organisation(text: str, name: str) -> None:
    """The group is replaced, as an organisation, by the list of national names."""
    assert covers(text, name), [(text[r.start : r.end], r.reason) for r in replacements(text)]
    taken = {text[s.start : s.end]: s.reason for s in find_named_orgs(text, tokenize(text))}
    assert taken.get(name) == _REASON, taken


@pytest.mark.parametrize("text", LEFT)
def test_a_word_that_names_something_else_is_left(text: str) -> None:
    """Blood tests, a retirement account, a given name and English words are no group."""
    assert find_named_orgs(text, tokenize(text)) == []


def test_pathological_input_is_fast() -> None:
    """10 KB of groups and their near misses is redacted in under 0.5 s."""
    unit = "the Taliban / MS-13 and Boko Haram, Bloods, IRA, al-Shabaab Hells Angels "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
