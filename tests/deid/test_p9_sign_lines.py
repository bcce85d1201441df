"""Issue 13, round 8 (p9): a name and an initial signing a note on its last line
(person_sign_lines.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

SIGNED = [
    ("Reviewed safety plan. Next Thurs.\nMorwen T.", "Morwen"),
    ("No concerns today.\nK. Abernethy-Lowe", "Abernethy"),
    ("next mon 4pm\n- rhi m", "rhi"),
    ("Plan agreed with him.\nSeonaidh R", "Seonaidh"),
    ("Letter sent to GP.\nB. Okonkwo", "Okonkwo"),
]

LEFT = [
    ("If this fails we go to\nPlan B.", "Plan"),
    ("Discharge summary attached.\nSee A.", "See"),
    ("Moved today to\nWard 4", "Ward"),
    ("Session went well.\nThanks all", "Thanks"),
    ("next tues\njm lcsw", "lcsw"),
    ("Team agreed the plan and the review date.\nMood ok", "Mood"),
]


@pytest.mark.parametrize(("text", "name"), SIGNED)
def test_name_and_initial_on_last_line(text: str, name: str) -> None:
    """A name and an initial alone on the note's last line are replaced as a person."""
    assert covers(text, name), replaced(text)


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_note_words_and_credentials_on_last_line_are_kept(text: str, word: str) -> None:
    """A note's word and a letter, a ward, thanks or a credential on the last line are not
    replaced as a person."""
    assert not any(word in part and kind == "person" for part, kind in replaced(text)), replaced(
        text
    )


def test_pathological_input_is_fast() -> None:
    """10 KB on one last line with no line break is read in under half a second."""
    text = ("Morwen T. " * 1000)[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
