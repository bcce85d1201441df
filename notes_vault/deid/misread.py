"""Numbers and words a scanner or a typist misread, letters for digits and back (layer "pattern").

A letter scanned by OCR, or typed on a phone, writes "l" and "O" in numbers and "1" and
"0" in words: "Te1: 01970 6l3 500", "a 7O year o1d veteran", "SSN last 4: xxx-xx-7l52",
"23rd 0ctober 2026". The pattern layer reads a second view of such a note, the same length
(so every offset stays), where:

- a token of digits and the letters "l", "I", "O", "o" (at least as many digits as letters)
  has those letters read as the digits they imitate ("6l3" -> "613", "5O1" -> "501");
- a token of letters with a "0" or "1" among them (more letters than digits, and not a
  capital code such as "OL1" or "A1") has the digits read as "o" and "l" ("o1d" -> "old",
  "Te1" -> "Tel").

Only what the pattern layer finds over a changed character, or just before one (the age
in "64 year o1d"), is kept: a note with no such token costs one pass over its tokens. Linear.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, tokenize

FindAll = Callable[[str, list[Tok]], list[Span]]

_AS_DIGIT = {"l": "1", "I": "1", "O": "0", "o": "0"}
_AS_LETTER = {"0": "o", "1": "l"}
_DIGITS = frozenset("0123456789")
_MARKS = frozenset(["/", "-", ".", ":"])
_SHORT_TAIL = 3  # "1st", "10am", "1hr": a unit after a number, not a misread word
_LAB_CODES = frozenset(["a1c", "hba1c"])
_SUFFIX = 10  # "64 year o1d": the age's own span ends before the misread word that made it


def misread_view(text: str, toks: list[Tok]) -> tuple[str, bytearray] | None:
    """The note with misread characters read back, and a mark on each changed one; None if
    no token needs it."""
    kinds = {
        word: found
        for word in {tok.text for tok in toks}
        if (word[0] in _AS_DIGIT or not word.isalpha()) and (found := _kind(word))[1]
    }  # a word of letters only is judged only if it opens with a look-alike (s11: `_kind`)
    if not kinds:
        return None  # one set of the note's words, each judged once (and cached across notes)
    chars: list[str] | None = None
    changed = bytearray()
    for i, tok in enumerate(toks):
        judged = kinds.get(tok.text)
        if judged is None:
            continue
        read = judged[0] or _beside_number(toks, i)
        if read is None:
            continue
        word = tok.text
        if chars is None:
            chars, changed = list(text), bytearray(len(text))
        for k, (old, new) in enumerate(zip(word, read, strict=True)):
            if old != new:
                chars[tok.start + k] = new
                changed[tok.start + k] = 1
    return None if chars is None else ("".join(chars), changed)


@lru_cache(maxsize=1 << 16)
def _kind(word: str) -> tuple[str | None, bool]:
    """(the word read back, or None; whether it may be read at all, alone or beside a number)."""
    if word.isdecimal() or not word.isalnum():
        return None, False
    if word.isalpha():
        return None, _confusable(word)
    read = _as_number(word) or _as_word(word)
    return read, read is not None or all(c in _DIGITS or c in _AS_DIGIT for c in word)


def _as_number(word: str) -> str | None:
    digits = sum(c in _DIGITS for c in word)
    letters = len(word) - digits
    if not 0 < letters <= digits or any(c not in _DIGITS and c not in _AS_DIGIT for c in word):
        return None
    if len(word) == 2 and word[0] in "OI":  # a capital and a digit
        return None  # "O2", "I7": a name and a number, not "7O" (seventy)
    return "".join(_AS_DIGIT.get(c, c) for c in word)


def _confusable(word: str) -> bool:
    """Two to four letters that all imitate digits ("ll" in "l9/ll/26"; "O" alone is a word)."""
    return word[0] in _AS_DIGIT and 2 <= len(word) <= 4 and all(c in _AS_DIGIT for c in word)


def _beside_number(toks: list[Tok], i: int) -> str | None:
    """ "ll8" in "O7947 ll8 22O", "ll" in "l9/ll/26": digits and look-alike letters beside a
    number (one space or one mark between) are read as digits too."""
    word = toks[i].text
    if any(c not in _DIGITS and c not in _AS_DIGIT for c in word):
        return None
    for k in (i - 1, i + 1):
        if not 0 <= k < len(toks):
            continue
        near = toks[k]
        if near.text in _MARKS and 0 < k < len(toks) - 1 and _glued(toks, k):
            near = toks[2 * k - i]
        if abs(near.start - toks[i].end if k > i else toks[i].start - near.end) > 1:
            continue  # not beside
        if near.text.isdecimal() or _as_number(near.text) is not None or _number_like(near.text):
            return "".join(_AS_DIGIT.get(c, c) for c in word)
    return None


def _number_like(word: str) -> bool:
    """ "O6" in "O8/O6": a digit and look-alike letters only (read beside another such)."""
    return any(c in _DIGITS for c in word) and all(c in _DIGITS or c in _AS_DIGIT for c in word)


def _glued(toks: list[Tok], k: int) -> bool:
    return toks[k - 1].end == toks[k].start and toks[k].end == toks[k + 1].start


def _as_word(word: str) -> str | None:
    digits = sum(c in _DIGITS for c in word)
    letters = len(word) - digits
    if digits == 0 or letters < 2 or letters <= digits:
        return None
    if any(c.isdecimal() and c not in _AS_LETTER for c in word):
        return None
    if not any(c.islower() for c in word):
        return None  # "OL1", "CB10", "COVID19": a capital code, not a misread word
    tail = word.lstrip("01")
    if (len(tail) <= _SHORT_TAIL and tail.isalpha()) or word.lower() in _LAB_CODES:
        return None  # "1st", "1pm", "1mg", "HbA1c": a number and its unit, a lab code
    return "".join(_AS_LETTER.get(c, c) for c in word)


def find_misread(text: str, toks: list[Tok], find: FindAll) -> list[Span]:
    """Spans `find` (the pattern layer) reads in the misread view over a changed character."""
    seen = misread_view(text, toks)
    if seen is None:
        return []
    view, changed = seen
    return [
        replace(
            span,
            reason=f"{span.reason} (misread letters and digits read back)",
            # a date's tag is read from the note's own text ("2Ol9" is no year): a bare tag
            key="misread" if span.category == "date" else span.key,
        )
        for span in find(view, tokenize(view))
        if changed.find(1, span.start, span.end + _SUFFIX) != -1
    ]
