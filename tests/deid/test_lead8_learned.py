"""The learned layer defers to the echo rule on a sentence's first word, and holds an
English word that is also a given name to the common-word threshold (lead, round 8).

Every sentence is written here, fresh, in no corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier, learned_veto
from notes_vault.deid.tokens import tokenize


def _vetoed(text: str, at: int) -> bool:
    """Whether the token at index `at` of `text` is vetoed."""
    toks = tokenize(text)
    return learned_veto.Vetoes(text, toks).vetoed(at, toks[at].text.lower())


def _index(text: str, word: str, nth: int) -> int:
    """The index of the `nth` token (0-based) that is `word`."""
    hits = [k for k, tok in enumerate(tokenize(text)) if tok.text == word]
    return hits[nth]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Her cousin Joy came too. Joy to the world was her song.", "Joy"),
        ("His niece Hope phoned. Hope you are well, she wrote.", "Hope"),
        ("Her friend Autumn texted. Autumn leaves make her sad.", "Autumn"),
        ("Nephew Rusty was there. Rusty bikes fill the yard.", "Rusty"),
    ],
)
def test_english_word_opening_a_sentence_is_vetoed(text: str, word: str) -> None:
    """A found name's English twin opening a sentence before a non-name word is vetoed."""
    assert _vetoed(text, _index(text, word, 1))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Her cousin Joy came too. Joy said she would drive.", "Joy"),
        ("His niece Hope phoned. Hope lives in the flat above.", "Hope"),
        ("Her friend Autumn texted. Autumn called again at six.", "Autumn"),
        ("Nephew Okonkwo was there. Okonkwo left early.", "Okonkwo"),
    ],
)
def test_name_opening_a_sentence_before_a_persons_verb_is_not_vetoed(text: str, word: str) -> None:
    """The same word before a verb only a person does is left to the model and the rules."""
    assert not _vetoed(text, _index(text, word, 1))


def test_list_of_english_word_group_names_keeps_the_first() -> None:
    """ "Groups: Willow, Rowan (group names)" keeps "Willow" (a near miss p9 pinned)."""
    text = "Groups: Willow, Rowan (group names)."
    assert "Willow" in Deidentifier([]).redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Plan agreed.\nSee B. on Tuesday.",
        "Refer Oakes for OT.",
        "Book CT next week.",
        "Review K. in a month.",
    ],
)
def test_a_plan_verb_opening_a_line_is_vetoed(text: str) -> None:
    """A verb a plan line opens with is an instruction, not a name, for the learned layer."""
    toks = tokenize(text)
    first = next(
        k for k, tok in enumerate(toks) if tok.text.lower() in ("see", "refer", "book", "review")
    )
    assert learned_veto.Vetoes(text, toks).vetoed(first, toks[first].text.lower())


def test_a_plan_verb_inside_a_sentence_is_left_to_the_model() -> None:
    """The same word inside a sentence is not vetoed by this class ("Dr See")."""
    text = "She was seen by Dr See on the ward."
    toks = tokenize(text)
    assert not learned_veto.Vetoes(text, toks).vetoed(_index(text, "See", 0), "see")
