"""Round 22 (lead): in a line of capitals, the run back from an organisation's ending word
("POLICE", "PHARMACY", "HOME") stops at a closed-class word ("PER", "WHEN", "SAYS", "THIS"),
as it already stopped at "THE", "IN", "WENT". Counted over every dev note
(docs/deid-rounds.md, "Round 22 (lead)").

Each sentence here is new.
"""

from __future__ import annotations

import pytest

from tests.deid.helpers import LINEAR_SECONDS, known_engine, redact_and_check_seconds, replaced


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("CONFUSED ON ARRIVAL, WANDERING PER POLICE. NO INJURIES.", "WANDERING PER"),
        ("PT SAYS PHARMACY SHUT SO NO MEDS SINCE FRIDAY.", "SAYS"),
        ("ONLY DRINKS WHEN HOME ALONE AT WEEKENDS.", "DRINKS WHEN"),
        ("WIFE STATES THIS CLINIC IS TOO FAR TO DRIVE.", "THIS"),
    ],
)
def test_a_closed_class_word_opens_no_name(text: str, kept: str) -> None:
    words = " ".join(word for word, _ in replaced(text))
    for word in kept.split():
        assert word not in words.split(), replaced(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("CONVEYED TO DERWENT VALLEY HOSPITAL BY CREW.", "DERWENT VALLEY HOSPITAL"),
        ("KNOWN TO NORTHBROOK MEDICAL PRACTICE, GP AWARE.", "NORTHBROOK MEDICAL PRACTICE"),
    ],
)
def test_a_name_in_capitals_is_still_whole(text: str, name: str) -> None:
    out = known_engine().redact(text).text
    assert name not in out, out
    for word in name.split()[:2]:
        assert word not in out, out


def test_linear_on_a_long_capitals_line() -> None:
    text = "PER WHEN THIS SAYS HOSPITAL " * 400
    engine = known_engine()
    assert redact_and_check_seconds(engine, text, "PER HOSPITAL") < LINEAR_SECONDS
