"""Round 10 speed work (s11) kept every output the same: each fast path against the slower
code it stands in for, on fresh inputs, and the pathological inputs still in linear time."""

from __future__ import annotations

import datetime
import re
import time
from collections.abc import Callable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from notes_vault.deid import (
    Deidentifier,
    birthday_anchors,
    known_initials,
    misread,
    normal,
    structured,
    tokens,
)
from notes_vault.deid.fuzzy import deletions
from notes_vault.deid.known import INITIALS
from notes_vault.deid.misread import _kind
from notes_vault.deid.tokens import Tok
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds
from tests.deid.test_linear import SIZE, SUBJECT

# Pieces that make the fast paths' edge cases likely: look-alike letters and digits, letters
# of other scripts (a Cyrillic "o", accents, a dotless i), marks, digits of two scripts.
_PIECES = [
    "l", "I", "O", "o", "ll", "Ol", "lO", "0", "1", "7", "12", "6l3", "5O1", "o1d", "Te1",
    "OL1", "A1c", "1st", "Tom", "Okaf\u043er", "\u0420\u043e\u0440", "Zo\u00eb", "caf\u00e9",
    "\u0131", "\u00df", "\u0667", "\uff17", "_", " ", "  ", "\t", "\n", ".", "-", "/", "(",
    ")", "+", "&", ",", "\u2019", "K.M.", "A & B", "k.o.", "J", "M",
]  # fmt: skip
texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


# --- the code as it was before, as references ---


def _old_tokenize(text: str) -> list[Tok]:
    make = Tok._make
    return [make((m.group(), m.start(), m.end())) for m in tokens._TOKEN.finditer(text)]


def _old_kinds(toks: list[Tok]) -> dict[str, tuple[str | None, bool]]:
    return {word: found for word in {tok.text for tok in toks} if (found := _kind(word))[1]}


def _old_fold_lookalikes(text: str) -> str:
    """`normal._fold_lookalikes` before: `one` called for every run of letters."""
    table = normal._confusables()

    def one(match: re.Match[str]) -> str:
        word = match.group()
        if word.isascii():
            return word
        folded = [c if c.isascii() else normal._lookalike(c, table) for c in word]
        if any(c.isascii() for c in word) or all(f is not None for f in folded):
            return "".join(f if f is not None else c for f, c in zip(folded, word, strict=True))
        return word

    return normal._LETTERS.sub(one, text)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_tokens_are_made_as_before(text: str) -> None:
    """Tokens built without `_make`'s length check are the same tokens, of the same type."""
    fast = tokens.tokenize(text)
    assert fast == _old_tokenize(text)
    assert all(type(tok) is Tok for tok in fast)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_misread_words_judged_as_before(text: str) -> None:
    """Skipping letter-only words that open with no look-alike judges the same words."""
    toks = tokens.tokenize(text)
    fast = {
        word: found
        for word in {tok.text for tok in toks}
        if (word[0] in misread._AS_DIGIT or not word.isalpha()) and (found := _kind(word))[1]
    }
    assert fast == _old_kinds(toks)


def test_misread_prefilter_keeps_every_judged_word() -> None:
    """The words the prefilter lets through include every word `_kind` would keep."""
    for word in ("ll", "Ol", "O", "lOl", "6l3", "o1d", "Te1", "OL1", "5O1", "lo", "Il"):
        assert word[0] in misread._AS_DIGIT or not word.isalpha()
    assert misread.misread_view("Te1: 01970 6l3 500", tokens.tokenize("Te1: 01970 6l3 500"))


@settings(max_examples=400, deadline=None)
@given(texts)
def test_lookalike_folding_is_unchanged(text: str) -> None:
    """Calling `one` only for runs with a letter beyond ASCII folds exactly as before."""
    assert normal._fold_lookalikes(text) == _old_fold_lookalikes(text)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_initials_letters_read_as_before(text: str) -> None:
    """Deleting the marks an INITIALS match can hold leaves its letters, as the loop did."""
    for match in INITIALS.finditer(text):
        old = "".join(c for c in match.group() if c.isalpha()).lower()
        assert match.group().translate(known_initials._NOT_LETTERS).lower() == old


@settings(max_examples=400, deadline=None)
@given(texts)
def test_phone_run_digits_read_as_before(text: str) -> None:
    """Deleting a digit run's marks leaves its digits (any script), as the loop did."""
    for run in structured._DIGIT_RUN.finditer(text):
        old = "".join(c for c in run.group() if c.isdecimal())
        assert run.group().translate(structured._RUN_MARKS) == old


def test_phone_found_through_marks() -> None:
    """A known number written with brackets, spaces and dashes is still found."""
    found = list(structured.find_phones("ring (0161) 496-0000 today", ["1614960000"]))
    assert found == [(5, 20, 0)]


_ORDINAL_PIECES = [
    "the ", "The ", "3rd", "03rd", "twenty-first", "Twenty first", "thirtieth", "thirteenth",
    "twelfth", "fourth", "FIRST", "of ", "OF ", "the\t", "  ", "\u017f", "1st", "12th", "2",
    "ninth", ", ", "'86", "eighty six", "x", "\n",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ORDINAL_PIECES), max_size=14).map("".join))
@example("on the 3rd of the fourth")
@example("Twenty-First OF THE 12th '86")
@example("the thirtieth of the first, eighty six")
def test_ordinal_gate_passes_every_month_said_as_ordinal(text: str) -> None:
    """Whenever some date's "the Nth of the Mth" pattern matches, the one gate does too."""
    gated = birthday_anchors._ORDINALS_OF_THE.search(text) is not None
    for day, month in ((3, 4), (21, 12), (30, 1), (13, 9), (1, 12), (12, 3), (9, 11)):
        if birthday_anchors._month_as_ordinal(day, month).search(text):
            assert gated


def test_month_said_as_ordinal_still_found() -> None:
    """ "the twelfth of the third, seventy-seven" is still the birth date 12 March."""
    text = "born on the twelfth of the third, seventy-seven, she says"
    found = list(birthday_anchors.month_as_ordinal(text, datetime.date(1977, 3, 12)))
    assert found == [(8, 47)]
    assert not list(
        birthday_anchors.month_as_ordinal("most of the time", datetime.date(1977, 3, 12))
    )


@settings(max_examples=400, deadline=None)
@given(texts)
def test_digitish_pair_gate_passes_every_run(text: str) -> None:
    """Every run `_DIGITISH` reads holds a digit and a look-alike with only marks between."""
    if normal._DIGITISH.search(text):
        assert normal._DIGITISH_PAIR.search(text)


_WORDS = st.text(alphabet="abcdeirsy\u00e9", min_size=1, max_size=9)


@settings(max_examples=300, deadline=None)
@given(_WORDS, st.lists(_WORDS, max_size=30))
def test_near_spelling_gate_picks_the_same_entry(word: str, near: list[str]) -> None:
    """The one-deletion lookup finds the same first form with the C-level disjoint test."""
    index = {form: n for n, form in enumerate(near)}
    stems = (word, word[:-1]) if word.endswith("s") else (word,)
    old = next((index[f] for stem in stems for f in deletions(stem) if f in index), None)
    new = next(
        (
            index[f]
            for stem in stems
            if not index.keys().isdisjoint(forms := deletions(stem))
            for f in forms
            if f in index
        ),
        None,
    )
    assert new == old


def test_near_spelling_still_found() -> None:
    """ "Elizbeth" (a letter dropped) is still the client's name, "Elizabeths" too."""
    engine = Deidentifier([SUBJECT])
    for note in ("Saw Elizbeth today.", "Elizabethh came late."):
        assert "Eliz" not in engine.redact(note).text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=8))
def test_letters_only_words_hold_no_digit(word: str) -> None:
    """The veto's first test skips its loop for letters-only words: none has a digit or "_"."""
    slow = any(c.isdigit() or c == "_" for c in word)
    assert ((not word.isalpha()) and slow) == slow


LONG = {
    "one long word of letters": "a" * SIZE,
    "accented letters": "\u00e9" * SIZE,
    "letters then one accent": "a" * (SIZE - 1) + "\u00e9",
    "accents between letters": "a\u00e9" * (SIZE // 2),
    "look-alikes and digits": "lO1 " * (SIZE // 4),
    "initials and marks": "A. & B. " * (SIZE // 8),
    "digits and marks": "(1) -" * (SIZE // 5),
}


def _best_of_three(run: Callable[[], object]) -> float:
    taken = []
    for _ in range(3):
        began = time.process_time()
        run()
        taken.append(time.process_time() - began)
    return min(taken)


@pytest.mark.parametrize("name", sorted(LONG))
def test_fast_paths_are_linear(name: str) -> None:
    """Each fast path on 10 KB of a worst input stays well under half a second."""
    text = LONG[name]
    index = Deidentifier([SUBJECT])._index
    toks = tokens.tokenize(text)
    for run in (
        lambda: tokens.tokenize(text),
        lambda: misread.misread_view(text, toks),
        lambda: normal._fold_lookalikes(text),
        lambda: known_initials.initials(index, text),
        lambda: list(structured.find_phones(text, ["1614960000"])),
    ):
        assert _best_of_three(run) < LINEAR_SECONDS


@pytest.mark.parametrize("name", ["one long word of letters", "letters then one accent"])
def test_engine_still_linear_on_letter_runs(name: str) -> None:
    """The whole engine on a 10 KB run of letters (the folding's worst case)."""
    seconds = redact_and_check_seconds(Deidentifier([SUBJECT]), LONG[name], "warm up")
    assert seconds < LINEAR_SECONDS
