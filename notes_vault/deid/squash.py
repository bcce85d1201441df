"""Fold text for fuzzy matching of known identifiers, keeping a map back to offsets.

Case, accents and "soft" separators (spaces, hyphens, dots, apostrophes,
underscores) are folded away, so "Sa-rah", "SARAH" and "Zoë"/"Zoe" all match;
any other character becomes a hard break that no identifier crosses. Tags the
engine put in (e.g. "[CLIENT]") are passed in as `masked` stretches and also
become hard breaks, so a tag never hides or creates a match.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

BREAK = "\x01"


@dataclass(frozen=True)
class Squashed:
    """Folded text and, for each of its characters, the offset it came from."""

    text: str
    index: tuple[int, ...]


@lru_cache(maxsize=16384)  # round 22: 146,000 calls a 200 notes, one in ten distinct
def fold(text: str) -> str:
    """Case-fold and strip accents (NFKD, combining marks dropped)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _is_soft(char: str) -> bool:
    return char.isspace() or char in "-.'\u2019_"


# ASCII fast path: letters and digits lower-cased, soft separators dropped,
# anything else a break; the same result as the general path below.
_ASCII_FOLD = {
    code: (char.lower() if char.isalnum() else None if _is_soft(char) else BREAK)
    for code, char in ((code, chr(code)) for code in range(128))
}
_ASCII_SOFT = frozenset(chr(code) for code in range(128) if _is_soft(chr(code)))
# Per byte: 1 where an ASCII character is kept (not soft); `compress` then lists the offsets.
_ASCII_KEPT = bytes(0 if chr(code) in _ASCII_SOFT else 1 for code in range(256))


def squash(text: str, masked: Iterable[tuple[int, int]] = ()) -> Squashed:
    """Fold `text`, dropping soft separators; masked stretches become breaks."""
    source = text
    masked = list(masked)
    if masked:
        chars = list(text)
        for start, end in masked:
            chars[start:end] = [BREAK] * (end - start)
        source = "".join(chars)
    if source.isascii():
        kept = tuple(compress(range(len(source)), source.encode("ascii").translate(_ASCII_KEPT)))
        return Squashed(source.translate(_ASCII_FOLD), kept)
    return squash_any(source)


def squash_any(source: str) -> Squashed:
    """The general path of `squash` (any script, no masking): one step per character.

    When no character of `source` folds to more than one ("ß" -> "ss"), the same
    result is built by `str.translate` and `itertools.compress`, without the loop.
    """
    out: list[str] = []
    index: list[int] = []
    folds = _FOLDS
    chars = set(source)
    for char in chars - folds.keys():
        folds[char] = _fold_char(char)
    if all(len(folds[char]) <= 1 for char in chars):
        text = source.translate({ord(char): folds[char] or None for char in chars})
        kept = source.translate({ord(char): "\x01" if folds[char] else "\x00" for char in chars})
        return Squashed(text, tuple(compress(range(len(source)), kept.encode("ascii"))))
    for position, char in enumerate(source):
        folded = folds.get(char)
        if folded is None:
            folded = folds[char] = _fold_char(char)
        if folded:
            out.append(folded)
            index.extend([position] * len(folded))
    return Squashed("".join(out), tuple(index))


def _fold_char(char: str) -> str:
    """A letter or digit folded; "" for a soft separator; BREAK for anything else."""
    if char.isalnum():
        return fold(char)
    return "" if _is_soft(char) else BREAK


_FOLDS: dict[str, str] = {}  # every character seen so far, folded (bounded by Unicode)


@lru_cache(maxsize=8192)
def squash_key(text: str) -> str:
    """The folded form of an identifier, as it is looked for in squashed text."""
    return squash(text).text
