"""Issue 13, round 8 (p9): a quoted nickname after a word for who shares a cell, a bunk, a
crew or a team (person_nicknames.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from tests.deid.helpers import replaced

PEOPLE = [
    ('His cellie "Tonio" talks all night.', "Tonio"),
    ('Bunkmate "Dreads" shares his commissary.', "Dreads"),
    ('A crewmate, "Spud," covered his watch.', "Spud"),
    ('Her teammate "Kiki" drove her home.', "Kiki"),
    ('his homie "Lil T" got locked up', "Lil T"),
]

LEFT = [
    ('His cellie "snores" all night.', "snores"),
    ('Her roommate "always" leaves early.', "always"),
    ('His buddy "said" nothing.', "said"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_nickname_after_a_mate(text: str, name: str) -> None:
    """A quoted nickname after "cellie", "bunkmate", "crewmate", "teammate" or "homie" is
    replaced as a person."""
    assert any(
        name.split(maxsplit=1)[0] in part and kind == "person" for part, kind in replaced(text)
    ), replaced(text)


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_quoted_english_words_are_kept(text: str, word: str) -> None:
    """A quoted lower-case English word after such a word is not replaced."""
    assert not any(word in part for part, _ in replaced(text)), replaced(text)
