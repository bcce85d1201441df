"""The hand-written corpus parses, its labels are exact, and its frozen test split is unchanged."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "deid_corpus"))
import handwritten
from freeze import compare, read_all_frozen, read_frozen
from handwritten import CorpusError


def _markup(note: dict[str, Any]) -> str:
    """The note's text with its spans written back as [[category:surface]] labels."""
    out, last, text = [], 0, note["text"]
    for span in note["spans"]:
        star = "*" if span["known"] else ""
        out += [text[last : span["start"]], f"[[{span['category']}{star}:"]
        out += [text[span["start"] : span["end"]], "]]"]
        last = span["end"]
    return "".join([*out, text[last:]])


def _parse(body: str, subjects: str = "[]") -> dict[str, Any]:
    """Parse one hand-made block through the loader's own code."""
    raw = f"### note x-001 split=dev\nsubjects: {subjects}\n---\n{body}\n### end"
    block, _ = handwritten._one_block(raw.split("\n"), 0, "x")
    return handwritten.note(block)


def test_every_file_parses_with_unique_ids() -> None:
    """Every genre file loads, every note has text and a known split, and ids are unique."""
    notes = handwritten.load()
    assert len(notes) >= 100
    assert len({n["id"] for n in notes}) == len(notes)
    assert {n["split"] for n in notes} == {"dev", "test"}
    assert all(n["text"].strip() for n in notes)


def test_spans_write_back_to_the_labelled_source() -> None:
    """Each span's text, re-labelled, reproduces the note body exactly as written."""
    for block in handwritten.blocks():
        note = handwritten.note(block)
        assert _markup(note) == block.body, block.id
        for span in note["spans"]:
            assert 0 <= span["start"] < span["end"] <= len(note["text"]), block.id


def test_split_and_genre_filters() -> None:
    """load() keeps only the split and genre files asked for."""
    every = handwritten.load()
    test = handwritten.load("test")
    assert test
    assert all(n["split"] == "test" for n in test)
    assert len(test) + len(handwritten.load("dev")) == len(every)
    genre = every[0]["genre"]
    assert all(n["genre"] == genre for n in handwritten.load(genres=(genre,)))


def test_frozen_test_split_is_unchanged() -> None:
    """Every test note is listed in a FROZEN*.sha256 file with its current hash; none has gone."""
    changed, missing, new = compare(read_all_frozen())
    assert changed == [], f"frozen test notes edited: {changed}"
    assert missing == [], f"frozen test notes removed: {missing}"
    assert [b.id for b in new] == [], "run tests/deid_corpus/freeze.py"


def test_labels_keep_invisible_characters() -> None:
    """A zero-width space inside a label stays in the text and inside the span."""
    note = _parse("met [[person:Ka\u200bte]] today")
    span = note["spans"][0]
    assert note["text"][span["start"] : span["end"]] == "Ka\u200bte"


@pytest.mark.parametrize(
    ("body", "subjects", "message"),
    [
        ("saw [[person:Kate]", "[]", "stray"),
        ("saw [[colour:red]]", "[]", "unknown category"),
        ("saw [[name:Kate]]", "[]", "name*"),
        ("saw [[person*:Kate]]", "[]", "unknown people"),
        ("saw [[name*:Kate]]", "[]", "no subjects"),
        ("fine", '[{"role": "CLIENT"}]', "role and a name"),
        ("fine", '{"role"', "not JSON"),
    ],
)
def test_malformed_markup_names_the_note(body: str, subjects: str, message: str) -> None:
    """Malformed markup or subjects raise CorpusError naming the note id."""
    with pytest.raises(CorpusError, match=f"x-001: .*{message}"):
        _parse(body, subjects)


def test_eval_counts_known_identifiers_left(capsys: pytest.CaptureFixture[str]) -> None:
    """The eval harness counts a missed known span as left, and an unflagged note as exit 0."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from eval_deid import known_left, tallies  # noqa: PLC0415 - benchmarks is not a package

    note = _parse("[[name*:Sue]] met [[person:Kate]]", '[{"role": "CLIENT", "name": "Sue Ng"}]')
    note["variant"] = "zero-width"
    known_left("t", [(note, (), False)])
    assert "known identifiers left: 1 in 1 of 1 notes" in capsys.readouterr().out
    ent, _ = tallies([(note, (), False)])
    assert ent.total["known recall [zero-width]"] == 1
    assert ent.found["known recall [zero-width]"] == 0


def test_freeze_reports_edited_and_removed_notes() -> None:
    """freeze.compare names a frozen note whose hash differs, and a frozen id no longer present."""
    frozen = read_frozen()
    some_id = next(iter(frozen))
    changed, missing, _ = compare({**frozen, some_id: "0" * 64, "uk-gone-999": "0" * 64})
    assert changed == [some_id]
    assert missing == ["uk-gone-999"]
