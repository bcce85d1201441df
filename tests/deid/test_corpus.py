"""The labelled corpus: vault-known identifiers reach recall 1.00 on both splits."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest

from notes_vault.deid import Deidentifier

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from eval_deid import load, subject

CORPUS = Path(__file__).parents[1] / "deid_corpus" / "notes.jsonl"


def test_corpus_is_large_enough_and_labelled() -> None:
    """At least 150 notes, each with labelled spans whose offsets fit the text."""
    notes = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    assert len(notes) >= 150
    for note in notes:
        assert all(0 <= s["start"] < s["end"] <= len(note["text"]) for s in note["spans"])


@pytest.mark.parametrize("split", ["dev", "test"])
def test_known_identifier_recall_is_one(split: str) -> None:
    """Every span the vault knows is replaced, and no output fails the leak check."""
    for note in load(split):
        engine = Deidentifier([subject(s) for s in note["subjects"]], rng=random.Random(0))
        result = engine.redact(note["text"])
        assert engine.leaks(result.text) == [], note["id"]
        for span in (s for s in note["spans"] if s["known"]):
            covered = any(
                r.start < span["end"] and span["start"] < r.end for r in result.replacements
            )
            assert covered, (note["id"], span["category"], span["start"])
