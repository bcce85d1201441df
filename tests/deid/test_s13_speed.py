"""Speed work on the engine (issue 13) kept every output the same: fast paths against the
slow ones they stand in for, the invariant the final check's early stop relies on, and the
new scans' pathological inputs in linear time."""

from __future__ import annotations

import re
from collections.abc import Iterator
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson, normal
from notes_vault.deid.check_forms import subject_forms
from notes_vault.deid.check_numbers import digit_runs
from notes_vault.deid.squash import _fold_char, squash, squash_any
from notes_vault.deid.structured import SPOKEN, spoken_numbers
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds
from tests.deid.test_linear import SIZE, SUBJECT

# --- the scans as they were written before the speed work, as references ---

_OLD_WORD = re.compile(r"[A-Za-z]+|\d")


def _old_spoken_numbers(text: str) -> Iterator[tuple[int, int, str]]:
    """`spoken_numbers` before: every word of the text visited."""
    digits, start, end, times = "", -1, -1, 1
    for match in _OLD_WORD.finditer(text):
        word = match.group().lower()
        gap = text[end : match.start()] if end >= 0 else ""
        if end >= 0 and gap.strip(" ,-\t\n") != "":
            if len(digits) >= 6:
                yield start, end, digits
            digits, start, end, times = "", -1, -1, 1
        if word in ("double", "triple"):
            times = 2 if word == "double" else 3
        elif word in SPOKEN or word.isdecimal():
            digits += (SPOKEN.get(word) or word) * times
            times = 1
            start = match.start() if start < 0 else start
        else:
            if len(digits) >= 6:
                yield start, end, digits
            digits, start, times = "", -1, 1
            end = -1
            continue
        end = match.end()
    if len(digits) >= 6:
        yield start, end, digits


def _old_ocr(text: str) -> str:
    """`normal._ocr` before: every run of non-space characters visited."""
    mixed = re.compile(r"[0-9][A-Za-z|]|[A-Za-z|][0-9]")

    def one(match: re.Match[str]) -> str:
        run = match.group()
        digits = sum(c.isdecimal() for c in run)
        letters = sum(c.isalpha() for c in run)
        if digits >= 3 and letters <= 2 and mixed.search(run):
            return run.translate(str.maketrans("OoIl|", "00111"))
        if letters >= 4 and digits == 1 and mixed.search(run):
            word = run.translate(str.maketrans("01", "ol"))
            return word.upper() if run.isupper() else word
        return run

    return re.sub(r"\S+", one, text)


def _old_digit_runs(text: str) -> list[tuple[int, int, str, list[tuple[str, str]]]]:
    """`digit_runs` before: a step per character of the whole text."""
    out = []
    i, n = 0, len(text)
    while i < n:
        if not text[i].isdecimal():
            i += 1
            continue
        start = end = i
        groups: list[tuple[str, str]] = []
        sep, current = "", ""
        while i < n and (text[i].isdecimal() or text[i] in " \t\n-./()+"):
            if text[i].isdecimal():
                current += text[i]
                end = i + 1
            else:
                if current:
                    groups.append((sep, current))
                    sep, current = "", ""
                sep += text[i]
            i += 1
        if current:
            groups.append((sep, current))
        out.append((start, end, "".join(g for _, g in groups), groups))
    return out


# Pieces that make the scans' edge cases likely: number words in any case, words that
# contain them, digits of two scripts, soft and hard gaps, look-alike and invisible letters.
_PIECES = [
    "one", "Two", "THREE", "oh", "O", "o", "double", "Triple", "nought", "zero", "six",
    "seven", "eight", "nine", "four", "five", "phone", "ohio", "often", "sixth", "is",
    "7", "0", "12", "\u0667", "\uff17", " ", "  ", ", ", "-", "\n", ".", "/", "(", ")", "+",
    "a1", "B2b", "O1O", "l0ve", "G0LDBERG", "|", "\u2019", "\u00e9", "\u0435", "\u200b",
    "\u0301", "\u017f", "\u212a", "\u0131",
]  # fmt: skip
texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_spoken_numbers_reads_as_before(text: str) -> None:
    """Visiting only number words finds the same spoken numbers as visiting every word."""
    assert list(spoken_numbers(text)) == list(_old_spoken_numbers(text))


@settings(max_examples=400, deadline=None)
@given(texts)
def test_ocr_repair_is_unchanged(text: str) -> None:
    """Reaching only runs that mix digits and letters repairs exactly what every run did."""
    assert normal._ocr(text) == _old_ocr(text)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_digit_runs_are_unchanged(text: str) -> None:
    """Jumping to the next digit with a regex yields the same runs as stepping over each."""
    assert list(digit_runs(text)) == _old_digit_runs(text)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_view_fast_path_matches_the_loop(text: str) -> None:
    """A text kept as written gets the same view and offset map as the per-character loop."""
    fast = normal.view(text)
    with mock.patch.object(normal, "_kept_as_written", return_value=False):
        slow = normal.view(text)
    assert fast == slow


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_ascii_squash_matches_the_general_path(text: str) -> None:
    """The ASCII squash (translate and compress) gives what the any-script path gives."""
    assert squash(text) == squash_any(text)


def _loop_squash(source: str) -> tuple[str, tuple[int, ...]]:
    """`squash_any` as written before: one step per character."""
    out: list[str] = []
    index: list[int] = []
    for position, char in enumerate(source):
        folded = _fold_char(char)
        out.append(folded)
        index.extend([position] * len(folded))
    return "".join(out), tuple(index)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*_PIECES, "\u00df", "\ufb01", "\u0130", "Z\u00f6e"]), max_size=30))
def test_any_script_squash_matches_the_loop(pieces: list[str]) -> None:
    """Squashing by translate (no character folding to two) equals the per-character loop."""
    text = "".join(pieces)
    squashed = squash_any(text)
    assert (squashed.text, squashed.index) == _loop_squash(text)


def test_every_form_prefix_is_indexed() -> None:
    """The final check stops a join early only if no form starts so: every prefix is listed."""
    subject = KnownSubject(
        role="CLIENT",
        name="Mary-Anne O'Neill",
        aliases=("Annie",),
        email="m.oneill@example.org",
        address="4 Elm Grove, Bath",
        postcode="BA1 2AB",
        linked=(LinkedPerson("St Oswald's Academy", "school"), LinkedPerson("Tom Neill", "gp")),
    )
    forms = subject_forms((subject,))
    keys = [*forms.words, *forms.capital]
    assert keys
    assert all(key[:end] in forms.prefixes for key in keys for end in range(1, len(key) + 1))


def test_names_joined_over_separators_still_leak() -> None:
    """With the early stop, a known name split over soft separators and pluralised is found."""
    subject = KnownSubject(role="CLIENT", name="Mary-Anne Oneill")
    engine = Deidentifier([subject])
    text = "saw mary - anne o'neills mum"
    spans = {(leak.start, leak.end) for leak in engine.leaks(text)}
    assert (text.index("mary"), text.index(" mum")) in spans  # the whole name, joined
    assert (text.index("anne"), text.index("anne") + 4) in spans


PATHOLOGICAL = {
    "one long mixed run": "a1" * (SIZE // 2),
    "letters then one digit": "a" * (SIZE - 1) + "1",
    "number words": "one " * (SIZE // 4),
    "number word look-alikes": "oh" * (SIZE // 2),
    "spoken with hard gaps": "one; " * (SIZE // 5),
    "curly quotes and accents": "caf\u00e9 \u2019 " * (SIZE // 7),
    "digits and gaps": "1 -" * (SIZE // 3),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_new_scans_are_linear(name: str) -> None:
    """10 KB aimed at the regexes the speed work added is redacted and checked in < 0.5 s."""
    engine = Deidentifier([SUBJECT])
    seconds = redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
