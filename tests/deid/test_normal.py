"""The normalised view: what it folds, and that its map back to the original is exact."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from notes_vault.deid.normal import view

# Format characters that do not reorder (the right-to-left override does: see below).
INVISIBLE = "\u200b\u200c\u200d\u00ad\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u3164"


def test_ascii_text_is_its_own_view() -> None:
    """Plain ASCII text needs no map: the view is the text and spans are identity."""
    v = view("Sarah came at 10.")
    assert v.text == "Sarah came at 10."
    assert v.span(0, 5) == (0, 5)


def test_invisible_characters_are_removed_and_covered() -> None:
    """Format characters go from the view; a span over the word covers them in the original."""
    text = "a Kath\u200berine\u00ad b"
    v = view(text)
    assert v.text == "a Katherine b"
    start = v.text.index("Katherine")
    assert v.span(start, start + 9) == (2, 12)  # the trailing soft hyphen goes with " b"


def test_leading_format_character_belongs_to_the_word_after_it() -> None:
    """A zero-width space in front of a name is inside the name's original span."""
    text = "x \u200bKat y"
    v = view(text)
    assert v.text == "x Kat y"
    assert text[slice(*v.span(2, 5))] == "\u200bKat"


def test_decomposed_accents_are_composed_and_covered() -> None:
    """NFD "Renée" reads as NFC, and its span ends after the combining accent."""
    text = unicodedata.normalize("NFD", "Renée x")
    v = view(text)
    assert v.text == "Renée x"
    assert text[slice(*v.span(0, 5))] == unicodedata.normalize("NFD", "Renée")


def test_look_alikes_fold_in_mixed_words_only() -> None:
    """A Cyrillic о inside a Latin word folds; a wholly Cyrillic word is left to transliterate."""
    assert view("Okaf\u043er").text == "Okafor"
    assert (
        view("\u0414\u043c\u0438\u0442\u0440\u0438\u0439").text
        == "\u0414\u043c\u0438\u0442\u0440\u0438\u0439"
    )
    assert view("\u039a\u0391\u03a4").text == "KAT"


def test_right_to_left_override_is_read_in_both_orders() -> None:
    """A stretch after an RLO is in the view as stored and, after a break, as shown."""
    text = "saw \u202erofakO\u202c today"
    v = view(text)
    assert v.text == "saw rofakO today\x01Okafor"
    start = v.text.index("Okafor")
    assert text[slice(*v.span(start, start + 6))] == "\u202erofakO"


def test_full_width_and_other_script_digits_are_ascii() -> None:
    """NFKC and decimal values: full-width and Arabic-Indic digits become 0-9."""
    assert view("\uff10\uff17\uff19 \u0661\u0662").text == "079 12"


def test_ocr_slips_in_mostly_digit_or_mostly_letter_runs() -> None:
    """ "(718)555-O163" reads as digits and "G0LDBERG" as letters; postcodes stay."""
    assert view("(718)555-O163 G0LDBERG SW1A 1AA").text == "(718)555-0163 GOLDBERG SW1A 1AA"


@given(
    st.text(
        alphabet=st.sampled_from("abcXY 19\n.-\u00e9e\u0301" + INVISIBLE + "\u0435\uff11"),
        max_size=80,
    )
)
@settings(max_examples=300, deadline=None)
def test_map_is_monotone_and_covers_the_text(text: str) -> None:
    """Every view character maps inside the original, in order, without overlaps."""
    v = view(text)
    last = 0
    for i in range(len(v.text)):
        start, end = v.span(i, i + 1)
        assert last <= start < end <= len(text)
        last = end
    assert v.span(0, len(v.text))[0] >= 0


@given(st.text(alphabet=st.sampled_from("abc Kat\u00e9"), max_size=40), st.sampled_from(INVISIBLE))
@settings(max_examples=200, deadline=None)
def test_an_invisible_character_changes_nothing_in_the_view(text: str, mark: str) -> None:
    """Inserting a format character anywhere leaves the view's text unchanged."""
    for i in range(len(text) + 1):
        assert view(text[:i] + mark + text[i:]).text == view(text).text
