"""What the learned layer may not take after round 10's retrain (lead, round 10): a word in a
list of things, an English word ending in "-ing", a month before a number. Each was taken
by the retrained layer before its veto (p=0.57, 0.72, 0.53).

Every sentence is written here, fresh, in no corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.learned_veto import Vetoes
from notes_vault.deid.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Apps: Stoptober, Quitty and the NHS one.", "Quitty"),
        ("Blockers: Betblocker on both phones.", "Betblocker"),
        ("She spoke about Gardening at length.", "Gardening"),
        ("march 4 times, then rest", "march"),
    ],
)
def test_the_veto_holds(text: str, word: str) -> None:
    toks = tokenize(text)
    i = next(k for k, tok in enumerate(toks) if tok.text == word)
    assert Vetoes(text, toks).vetoed(i, word.lower())


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Staff: Quitty, Ferreira and me.", "Quitty"),  # a list of people
        ("She spoke about Kettering at length.", "Kettering"),  # no English word: a town
    ],
)
def test_the_veto_does_not_reach_people(text: str, word: str) -> None:
    toks = tokenize(text)
    i = next(k for k, tok in enumerate(toks) if tok.text == word)
    assert not Vetoes(text, toks).vetoed(i, word.lower())


def test_a_town_with_a_cue_is_still_replaced() -> None:
    text = "She moved to Reading in May."
    result = Deidentifier([]).redact(text)
    assert "Reading" in [text[r.start : r.end] for r in result.replacements]
