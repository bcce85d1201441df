"""Issue 13, round 8 (p9): a given name that is an English word, found by a cue, is found
again when it opens a sentence (echo.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from tests.deid.helpers import replacements

AGAIN = [
    ("Her sister Ivy rang on Monday. Ivy wants to visit at Christmas.", "Ivy wants"),
    ("Kids Hunter (6) and Paisley (3). Hunter in reception since May.", "Hunter in"),
    ("Her friend Jade came. Jade drove her to groups.", "Jade drove"),
    ("Her son Frank is 30. Frank said little about it.", "Frank said"),
    ("Mum is called Faith. Faith was on nights at the depot.", "Faith was"),
]

LEFT = [
    ("Her friend Will came. Will you call me, she asked.", "Will you"),
    ("Daughter Hope is 9. Hope so, she said.", "Hope so"),
    ("Her aunt Summer visited. Summer holidays are hard for her.", "Summer holidays"),
    ("Her friend Dawn rang. Dawn walks help her sleep.", "Dawn walks"),
    ("His friend Grace is well. Grace the dog with a walk.", "Grace the"),
]


def _covered(text: str, part: str) -> bool:
    """Whether a replacement overlaps the first word of the last occurrence of `part`."""
    start = text.rindex(part)
    end = start + len(part.split(maxsplit=1)[0])
    return any(r.start < end and start < r.end for r in replacements(text))


@pytest.mark.parametrize(("text", "part"), AGAIN)
def test_name_found_again_opening_a_sentence(text: str, part: str) -> None:
    """A given name a cue found is replaced again where it opens a sentence before a
    lower-case word."""
    assert _covered(text, part), replacements(text)


@pytest.mark.parametrize(("text", "part"), LEFT)
def test_english_use_opening_a_sentence_is_kept(text: str, part: str) -> None:
    """The same word opening a sentence before "you", "so", "the" or as a determiner is not
    replaced."""
    assert not _covered(text, part), replacements(text)
