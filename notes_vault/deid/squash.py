"""Fold text for fuzzy matching of known identifiers, keeping a map back to offsets.

Case, accents and "soft" separators (spaces, hyphens, dots, apostrophes,
underscores) are folded away, so "Sa-rah", "SARAH" and "Zoë"/"Zoe" all match;
any other character becomes a hard break that no identifier crosses. Tags the
engine put in (e.g. "[CLIENT]") are passed in as `masked` stretches and also
become hard breaks, so a tag never hides or creates a match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

BREAK = "\x01"
# One pass, three alternatives without nesting: runs of letters/digits, runs of
# soft separators, or any single other character. Linear time.
_PIECES = re.compile(r"[^\W_]+|[\s\-.'\u2019_]+|.", re.DOTALL)


@dataclass(frozen=True)
class Squashed:
    """Folded text and, for each of its characters, the offset it came from."""

    text: str
    index: tuple[int, ...]


def fold(text: str) -> str:
    """Case-fold and strip accents (NFKD, combining marks dropped)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def squash(text: str, masked: Iterable[tuple[int, int]] = ()) -> Squashed:
    """Fold `text`, dropping soft separators; masked stretches become breaks."""
    chars = list(text)
    for start, end in masked:
        chars[start:end] = [BREAK] * (end - start)
    source = "".join(chars)
    out: list[str] = []
    index: list[int] = []
    for piece in _PIECES.finditer(source):
        part, start = piece.group(), piece.start()
        if part[0].isalnum() and part[0] != "_":
            _fold_run(part, start, out, index)
        elif not (part[0].isspace() or part[0] in "-.'\u2019_"):
            out.append(BREAK)
            index.append(start)
    return Squashed("".join(out), tuple(index))


def _fold_run(part: str, start: int, out: list[str], index: list[int]) -> None:
    if part.isascii():
        out.append(part.lower())
        index.extend(range(start, start + len(part)))
        return
    for offset, char in enumerate(part):
        folded = fold(char)
        out.append(folded)
        index.extend([start + offset] * len(folded))


@lru_cache(maxsize=8192)
def squash_key(text: str) -> str:
    """The folded form of an identifier, as it is looked for in squashed text."""
    return squash(text).text
