"""Speed work s5 kept every output the same: the token views shared between finders equal
what each finder computed itself, and each quick test that skips a scan is False only
where the scan finds nothing."""

from __future__ import annotations

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from notes_vault.deid import shift
from notes_vault.deid.birthday_anchors import _month_as_ordinal, month_as_ordinal
from notes_vault.deid.known_initials import _SIGN_OFF, sign_offs
from notes_vault.deid.tokens import lowered, starts, tokenize, vocabulary

_PIECES = [
    "her ", "his ", "my ", "their ", "30th ", "21ST ", "twenty", "-first ", "birthday ",
    "b-day ", "bday ", "wedding ", "anniversary ", "of ", "the ", "death ", "funeral ",
    "dad's ", "Mum\u2019s ", "[CLIENT]'s ", "hen ", "stag ", "do ", "due ", "date ",
    "paſſing ", "\u0130", "\u212a", "two weeks after ", "a few days before ", "party ",
    "fortieth ", "x", "\n", "\t", ". ", "Jo ", "seen ", "twelfth ", "third ", "'77",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


def test_views_equal_each_finders_own() -> None:
    """`lowered`, `vocabulary` and `starts` hold what a finder computed from the tokens."""
    toks = tokenize("Mr Ó'Brien met İsmail at St John's, 12 May; \u212aELVIN said hi.")
    assert lowered(toks) == [t.text.lower() for t in toks]
    assert vocabulary(toks) == frozenset(t.text.lower() for t in toks)
    assert starts(toks) == {t.start: k for k, t in enumerate(toks)}


def test_views_are_per_token_list() -> None:
    """Two token lists of different notes never share views, even with more lists between."""
    first, second = tokenize("Alpha beta"), tokenize("Gamma delta")
    assert lowered(first) == ["alpha", "beta"]
    for k in range(10):
        lowered(tokenize(f"note {k}"))
    assert lowered(second) == ["gamma", "delta"]
    assert lowered(first) == ["alpha", "beta"]


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_anchor_quick_test_never_hides_a_match(text: str) -> None:
    """Where `_ANCHOR` matches, the quick test that lets it run says so."""
    if shift._ANCHOR.search(text):
        assert shift._may_anchor(text)


def test_anchor_quick_test_reads_case_blind_letters() -> None:
    """A long s matches "s" in the case-blind scan: "paſſing" is still scanned and found."""
    text = "after his father's paſſing"
    assert shift._ANCHOR.search(text) is not None
    assert shift._may_anchor(text)
    assert not shift._may_anchor("after his father's visit")


@settings(max_examples=200, deadline=None)
@given(_TEXTS, st.integers(1, 28), st.integers(1, 12))
def test_month_as_ordinal_quick_test_never_hides_a_match(text: str, day: int, month: int) -> None:
    """Skipping the pattern for notes without " of the " finds exactly what it finds."""
    whole = [m.span() for m in _month_as_ordinal(day, month).finditer(text)]
    assert list(month_as_ordinal(text, datetime.date(1977, month, day))) == whole


def test_month_as_ordinal_still_found() -> None:
    """ "the twelfth of the third, '77" is still found for a birth on 12 March."""
    text = "born on the twelfth of the third, '77 she said"
    assert list(month_as_ordinal(text, datetime.date(1977, 3, 12))) == [(8, 37)]


_SIGN_PIECES = [
    "K", "M", "A", "I", "Z", "\n", " ", "\t", ". ", "Thanks, ", "- ", "\u2014 ", "x ", "xx ",
    "ox ", "Sorry", "word", "?", "!", ",", "\u2013 ", "~ ",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SIGN_PIECES), max_size=16).map("".join))
def test_sign_offs_equal_the_whole_scan(text: str) -> None:
    """Sign-off capitals found from each line-ending capital are those the full scan finds."""
    assert [m.span(1) for m in sign_offs(text)] == [m.span(1) for m in _SIGN_OFF.finditer(text)]
