"""Concurrency: writers and a reader at once lose no note and never show "database is locked"."""

from __future__ import annotations

from pathlib import Path

from stress import harness


def test_four_writers_and_a_searcher(tmp_path: Path) -> None:
    """Four processes adding notes and one searching, at once: every command exits 0 and
    every note is there, byte for byte."""
    outcome = harness.concurrency(tmp_path, per_worker=6, writers=4, seed=21)
    assert outcome.problems == []
    assert outcome.clean
    assert set(outcome.exit_codes) == {0}
    assert outcome.operations == 30
