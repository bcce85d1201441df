"""Round 23 (u23): initials and a job closing any line after a closed sentence.

`person_role_signers` reads "... no change. rk RN", a line "TB, HV" under a closed
sentence, "PLw MHLP", "d.f. RN" and "JN DN, HILLSIDE TEAM" as the writer's initials.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Called back at 1400, no change. rk RN\nnext entry: pt asleep", "rk"),
        ("Weighed baby, feeding well.\nTB, HV\nmum to ring if worried", "TB"),
        ("Discussed driving with him. PLw MHLP", "PLw"),
        ("Tolerated diet, walked the ward. d.f. RN", "d.f."),
        ("Dressing changed on the leg.\nJN DN, HILLSIDE TEAM\nTUE: no answer", "JN"),
        ("Will ring her mum on Friday. OW duty worker", "OW"),
        ("Bloods taken today.\nFE CN / RT SN", "FE"),
    ],
)
def test_initials_before_a_job_close_a_line(text: str, initials: str) -> None:
    """Initials, then a job, ending a line after a closed sentence, are a person."""
    assert (initials, "person") in replaced(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sent the referral. art therapist to follow up", "art"),
        ("Meera Shah\nCBT Therapist", "CBT"),
        ("GH SW\nhome visit for an older man, wife is carer", "GH"),
        ("Seen on the ward. ok RN", "ok"),
        ("Plan agreed. pt CPN review next week", "pt"),
        ("Tolerated diet. a.m. RN", "a.m."),
        ("Spoke to him. RK RN 4 visits left", "RK"),
    ],
)
def test_near_misses_stay(text: str, word: str) -> None:
    """A job under a name, a heading, memo words, abbreviations or a line going on stay."""
    assert all(not found.startswith(word) for found, cat in replaced(text) if cat == "person")


@pytest.mark.parametrize("unit", ["done. rk RN\n", "x.\nTB, HV / ", "a. b. c. d.e. RN "])
def test_role_signers_are_linear(unit: str) -> None:
    """10 KB of initials, jobs and stops stays under the linear-time bound."""
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
