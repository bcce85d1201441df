"""Round 22 (lead): "tomorrow's her birthday": a relative day joined to "is" by "'s".

`birthday_anchors` read "tomorrow is her birthday" and "her birthday is tomorrow" as the
date of birth, not the contraction. Over every dev note the contraction before a birthday
word is written 4 times in 3 files, 3 of them labelled as the date of birth. Each sentence
here is new.
"""

from __future__ import annotations

import pytest

from tests.deid.helpers import (
    LINEAR_SECONDS,
    assert_day_is_dob,
    assert_day_is_left,
    client_born,
    engine_at,
    redact_and_check_seconds,
)

_CLIENT = client_born("Ines Carvalho", "1979-02-17")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Asked to leave early: tomorrow's her birthday and the kids have plans.", "tomorrow"),
        ("He said yesterday\u2019s his birthday, nobody remembered.", "yesterday"),
        ("Quiet session. Today's my birthday, she said, and shrugged.", "Today"),
    ],
)
def test_the_contracted_day_before_a_birthday_is_the_date_of_birth(text: str, day: str) -> None:
    assert_day_is_dob(_CLIENT, text, day)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Tomorrow's session is moved to Friday.", "Tomorrow"),
        ("Tomorrow's her sister's birthday party.", "Tomorrow"),
    ],
)
def test_other_days_stay(text: str, day: str) -> None:
    assert_day_is_left(_CLIENT, text, day)


def test_linear_on_many_contractions() -> None:
    text = "tomorrow's her tomorrow's " * 400
    assert redact_and_check_seconds(engine_at(_CLIENT), text, "tomorrow's her") < LINEAR_SECONDS
