"""Round 19 (u19): a pager's number after "pg" and an interpreter's after "interp"."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("02:40 pg 61207 (reg on call) - no answer, tried again.", ("61207", "phone")),
        ("phoned mum w/ interp 55318, she cried on the line.", ("55318", "id_number")),
        ("Arabic interpreter no. 90412 booked for Tues.", ("90412", "id_number")),
    ],
)
def test_numbers_after_pg_and_interp(text: str, found: tuple[str, str]) -> None:
    """Four to eight digits after the clipped label are a pager or an interpreter's number."""
    assert found in replaced(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("the leaflet, pg 12, explains it.", "12"),
        ("PG-13 score 31 today.", "13"),
        ("interp 2019 onwards was by phone.", "2019"),
        ("interp 40.5 hours this month.", "40"),
    ],
)
def test_pages_ratings_years_and_decimals_stay(text: str, number: str) -> None:
    """A page, a rating, a year, a decimal: no pager or interpreter number."""
    assert all(
        part != number or kind not in ("phone", "id_number") for part, kind in replaced(text)
    )


@pytest.mark.parametrize("unit", ["pg 12345 ", "interp # ", "interpreter ID 1234-"])
def test_clipped_numbers_are_linear(unit: str) -> None:
    """10 KB of clipped labels and digits stays under the linear-time bound."""
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
