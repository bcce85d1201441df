"""The learned layer's note-wide and neighbour facts (m23, features version 9).

Every sentence is written here, fresh, in no corpus: a note's casing, a neighbour's word
lists and case, where a token sits in its line, and the speed of all three.
"""

from __future__ import annotations

from notes_vault.deid import learned, learned_features, learned_style
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, learned_layer_seconds


def _style(text: str) -> str:
    toks = tokenize(text)
    return learned_style.note_style(toks, learned_features._words(toks))


def _features(text: str, word: str) -> list[str]:
    """The features of the first candidate token `word` of `text`, nothing covered."""
    toks = tokenize(text)
    gaz = learned_features.gazetteers()
    for i, feats in learned_features.note_features(text, toks, [], bytearray(len(text)), gaz):
        if toks[i].text == word:
            return feats
    raise AssertionError(f"{word!r} is no candidate in {text!r}")


def test_a_note_written_in_lower_case_reads_low() -> None:
    text = (
        "quiet session today, talked thru the move and the noise upstairs. "
        "sleep still poor, eating ok. plan: keep the diary going and ring gp re meds."
    )
    assert _style(text) == "low"


def test_a_note_in_capitals_reads_caps_and_prose_reads_mixed() -> None:
    assert _style("SEEN AT HOME. MOOD LOW BUT SAFE. REVIEW IN TWO WEEKS.") == "caps"
    prose = "Seen at home on Tuesday. Mood low but safe; she asked about the Bristol group."
    assert _style(prose) == "mixed"


def test_one_capital_in_a_long_lower_case_note_leaves_it_low() -> None:
    words = "we went over the week and the plan for the weekend again " * 6
    assert _style(words + "I") == "low"
    assert _style("Tired. Low. Flat.") == "mixed"


def test_the_note_casing_is_joined_to_shape_and_word_lists() -> None:
    text = "went over the week again, says zubeyda rang twice about the flat."
    feats = _features(text, "zubeyda")
    assert "st=low|x" in feats
    assert any(f.startswith("stg=low|") and f.endswith("|x") for f in feats)


def test_a_neighbour_is_told_by_its_lists_and_case_never_its_letters() -> None:
    text = "Spoke with Tomasz Wierzbicki about the rota."
    feats = _features(text, "Wierzbicki")
    before = [f for f in feats if f.startswith("pg=")]
    assert before
    assert before[0].endswith("|X")
    assert "fn" in before[0]
    assert not any("tomasz" in f.lower() for f in feats if f.startswith(("pg=", "ng=")))
    after = _features("Spoke with Wierzbicki about the rota.", "Wierzbicki")
    assert "ng=cw|x" in after


def test_line_facts_open_a_line_a_list_item_and_a_field() -> None:
    text = "Contacts\n- Zubeyda rang on Friday\nEmergency contact: Zubeyda Warsame\n"
    toks = tokenize(text)
    firsts = [0, 1, 6]  # "Contacts", "-", "Emergency"
    listed = next(k for k, tok in enumerate(toks) if tok.text == "Zubeyda")
    assert learned_style.line_facts(text, toks, listed, firsts[1]) == ["li"]
    field = max(k for k, tok in enumerate(toks) if tok.text == "Zubeyda")
    assert learned_style.line_facts(text, toks, field, firsts[2]) == ["fd=1"]
    surname = field + 1
    assert learned_style.line_facts(text, toks, surname, firsts[2]) == ["fd=2"]
    assert learned_style.line_facts(text, toks, 0, 0) == ["lo"]


def test_a_colon_on_an_earlier_line_is_no_field() -> None:
    text = "Plan:\nZubeyda to ring back"
    feats = _features(text, "Zubeyda")
    assert "lo" in feats
    assert not any(f.startswith("fd=") for f in feats)


def test_a_numbered_item_is_a_list_item_but_a_number_alone_is_not() -> None:
    text = "1. Ring Zubeyda\n12 Zubeyda visits"
    assert "li" in _features(text, "Zubeyda")
    second = tokenize(text)
    last = max(k for k, tok in enumerate(second) if tok.text == "Zubeyda")
    assert "li" not in learned_style.line_facts(text, second, last, 4)


def test_the_new_cues_read_in_words_in_an_explain_line() -> None:
    weights = {"stg=low|fn|x": 2.0, "w=zubeyda": 5.0, "pg=fn|X": 1.0}
    feats = ["b", "w=zubeyda", "stg=low|fn|x", "pg=fn|X"]
    said = learned.top_feature(weights, feats)
    assert said == "the note's casing|word lists|shape 'low|fn|x'"
    assert "zubeyda" not in said
    assert learned.top_feature({"li": 1.0}, ["b", "li"]) == "in a list item"


def test_a_long_lower_case_note_and_long_field_lines_stay_linear() -> None:
    lower = ("quiet wk, saw zubeyda n kasia re flat - " * 260)[:10_240]
    assert learned_layer_seconds(lower) < LINEAR_SECONDS
    fields = ("a: b: c: Zubeyda Kasia Warsame\n" * 340)[:10_240]
    assert learned_layer_seconds(fields) < LINEAR_SECONDS
    listed = ("- " * 5_120)[:10_240]
    assert learned_layer_seconds(listed) < LINEAR_SECONDS
