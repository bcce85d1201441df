"""Issue 13, round 8 (p9): a lower-case initial, a full stop and a surname beside a role, a
title or a credential (person_initialled.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

PEOPLE = [
    ("f/u w/ counselor j. brzezinski next wk.", "j. brzezinski"),
    ("seen by np k. oyelowo today, meds unchanged.", "k. oyelowo"),
    ("case discussed with s. vukovic lcsw", "s. vukovic"),
    ("pcp is dr. a. mahmoudi-ross at the clinic.", "a. mahmoudi-ross"),
    ("group run by l. fairbanks lpc thursdays", "l. fairbanks"),
    ("note written by therapist p. summers", "p. summers"),
    ("refer to psychiatrist r. adeyinka for review", "r. adeyinka"),
    ("cc: b. quarshie (school)", "b. quarshie"),
]

LEFT = [
    ("triggers e.g. sleep loss, i.e. mood dips", "sleep"),
    ("a.m. meds taken, p.m. meds refused", "meds"),
    ("mail to p.o. box 40 only", "box"),
    ("pt v. tired today", "tired"),
    ("walks w. dog daily", "dog"),
    ("approx. time 20 min", "time"),
    ("seen w/ s. mum present", "mum"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_lower_case_initial_and_surname(text: str, name: str) -> None:
    """A lower-case initial, a full stop and a surname beside a role, title or credential is
    replaced."""
    assert covers(text, name.split(".")[1].strip()), replaced(text)


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_abbreviations_and_english_words_are_kept(text: str, word: str) -> None:
    """Dotted abbreviations, English words after a single letter and relations are not
    replaced as a person."""
    assert not any(word in part and kind == "person" for part, kind in replaced(text)), replaced(
        text
    )


def test_pathological_input_is_fast() -> None:
    """10 KB of initials and surnames is redacted in under half a second."""
    text = ("w/ j. brzezinski & k. oyelowo-ross lcsw, e.g. a. " * 200)[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
