"""US and international hand-written notes: enough of them, half in test, that half frozen."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "deid_corpus"))
import freeze
import handwritten

US_GENRES = ("us_clinical", "us_shorthand", "international")
NOTE = (
    "### note us-clinical-{n:03d} split={split}\nsubjects: []\n---\nSeen on the {n}th.\n### end\n"
)


def test_every_test_note_is_frozen_with_its_current_hash() -> None:
    """FROZEN-us.sha256 lists exactly the test notes of the US genre files, each unchanged."""
    listed = freeze.read_frozen(handwritten.HERE / "FROZEN-us.sha256")
    current = {
        b.id: freeze.digest(b)
        for b in handwritten.blocks()
        if b.split == "test" and b.genre in US_GENRES
    }
    assert listed == current


def test_each_genre_file_has_about_half_its_notes_in_test() -> None:
    """The three files hold at least 90 notes between them, 40-60 % of each file in test."""
    total = 0
    for genre in US_GENRES:
        splits = [b.split for b in handwritten.blocks_of(handwritten.HERE / f"{genre}.txt")]
        total += len(splits)
        assert 0.4 <= splits.count("test") / len(splits) <= 0.6, genre
    assert total >= 90


def _fake_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> Path:
    (tmp_path / "us_clinical.txt").write_text(body, encoding="utf-8")
    monkeypatch.setattr(handwritten, "HERE", tmp_path)
    monkeypatch.setattr(freeze, "FROZEN", tmp_path / "FROZEN.sha256")
    return tmp_path / "FROZEN.sha256"


def test_freeze_appends_new_notes_and_refuses_an_edited_frozen_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new test note is appended to the frozen list; an edited frozen note makes it fail."""
    listing = _fake_corpus(tmp_path, monkeypatch, NOTE.format(n=1, split="test"))
    monkeypatch.setattr(sys, "argv", ["freeze.py"])
    assert freeze.main() == 0
    first = listing.read_text(encoding="utf-8")
    _fake_corpus(
        tmp_path, monkeypatch, NOTE.format(n=1, split="test") + NOTE.format(n=2, split="test")
    )
    assert freeze.main() == 0
    lines = listing.read_text(encoding="utf-8").splitlines()
    assert lines[0] == first.strip()
    assert lines[1].endswith("  us-clinical-002")
    edited = NOTE.format(n=1, split="test").replace("Seen", "Met") + NOTE.format(n=2, split="test")
    _fake_corpus(tmp_path, monkeypatch, edited)
    monkeypatch.setattr(sys, "argv", ["freeze.py", "--check"])
    assert freeze.main() == 1
    monkeypatch.setattr(sys, "argv", ["freeze.py"])
    assert freeze.main() == 1
    assert listing.read_text(encoding="utf-8").splitlines() == lines
