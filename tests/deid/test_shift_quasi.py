"""Date mentions that would undo the shift, and the quasi-identifier review, unit by unit."""

from __future__ import annotations

import datetime
import random

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.quasi import review

TODAY = datetime.date(2026, 12, 4)


def _redact(text: str) -> tuple[str, int]:
    engine = Deidentifier([], rng=random.Random(11), today=TODAY)
    return engine.redact(text).text, engine.shift_days


def test_weekdays_move_by_the_shift_in_any_case() -> None:
    """ "monday" and "Fridays" move by the export's shift mod 7, in step with dates."""
    out, days = _redact("seen monday and on Fridays")
    monday = datetime.date(2026, 11, 30)  # a Monday
    friday = datetime.date(2026, 12, 4)
    assert f"[DAY {monday + datetime.timedelta(days):%A}]" in out
    assert f"[DAY {friday + datetime.timedelta(days):%A}]s" in out


def test_lone_month_as_heading_or_after_a_time_word_moves() -> None:
    """ "April:" as a heading and "in May" move; "May I ask" and a lower-case "march" stay."""
    out, _ = _redact("April:\nIn May she rested. May I ask? We march on.")
    assert "April" not in out
    assert "In May" not in out
    assert "May I ask" in out
    assert "march on" in out


@pytest.mark.parametrize(
    "text",
    ["two weeks after her 40th birthday", "his wedding anniversary", "my fortieth birthday",
     "the month before their daughter's funeral", "since her 50th"],
)  # fmt: skip
def test_personal_anchors_are_replaced(text: str) -> None:
    """Anchors to a person's own events go, with the offset before them."""
    out, _ = _redact(f"It began {text}.")
    assert "[PERSONAL EVENT]" in out
    assert "birthday" not in out
    assert "anniversary" not in out


@pytest.mark.parametrize("holiday", ["Christmas", "Easter Sunday", "Bonfire Night", "Diwali"])
def test_holidays_are_replaced(holiday: str) -> None:
    """A named holiday pins a date of the year, so it goes."""
    out, _ = _redact(f"the week before {holiday} was hard")
    assert out == "the week before [HOLIDAY] was hard"


def test_review_lists_kinds_and_positions_only() -> None:
    """Each kind of quasi-identifier is listed at its position; plain text gives nothing."""
    text = (
        "She is the only harbour master in the village. Ran the Hartley Half Marathon, "
        "was in the local paper, and has Huntington's; lives in [PLACE 1]."
    )
    kinds = {w.kind for w in review(text)}
    assert kinds == {
        "rare occupation",
        "unique description",
        "named event",
        "public attention",
        "rare diagnosis with a place",
    }
    assert review("Felt low this week; slept badly; talked about work.") == []
    first = review(text)[0]
    assert (first.start, first.end) == (text.index("the only"), text.index(" in the village") + 15)
    assert not hasattr(first, "text")  # positions and kinds only
