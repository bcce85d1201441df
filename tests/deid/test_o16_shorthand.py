"""Issue 13, round 16 (o16): clinical, legal and educational shorthand that no organisation
is ("no DTS intent", "injectable PrEP", "MADRS 30", "the SpR on call") is not read as an
organisation's letters or a brand (org_shorthand.py, read by capitals.shorthand); unknown
capitals still are.

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.capitals import acronym, shorthand
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

LEFT = [
    "Not placed on a hold: no DTS or DTO, engaged in safety planning.",
    "Started on PrEP last month; EtG negative at the clinic today.",
    "Baseline MADRS 33, LSAS not repeated.",
    "Paged the SpR on call, who agreed the plan.",
    "Her son was born at 29 weeks and had surgery for NEC.",
    "OSCE passed in Nottingham; PLAB 2 booked for the spring.",
]


@pytest.mark.parametrize("text", LEFT)
def test_shorthand_is_no_organisation(text: str) -> None:
    """Nothing in the sentence is replaced as an organisation."""
    assert not [r for r in replacements(text) if r.category == "organisation"]


def test_the_list_holds_no_all_caps_acronym() -> None:
    """Each listed word is shorthand, and none reads as an organisation's letters."""
    for word in ("DTS", "CEC", "MADRS", "AMFT", "PrEP", "SpR"):
        assert shorthand(word)
        assert not acronym(word)


def test_unknown_capitals_are_still_an_organisation() -> None:
    """Letters of no list after "referred to" stay an organisation."""
    text = "Referred to QXVR for a housing assessment."
    assert covers(text, "QXVR")


def test_pathological_input_is_fast() -> None:
    """10 KB of shorthand and unknown capitals is redacted in under 0.5 s."""
    unit = "no DTS; PrEP EtG MADRS 30 SpR QXVR CEC ITA AMFT #123 OSCE "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
