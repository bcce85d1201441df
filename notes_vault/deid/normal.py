"""The one normalised view of a text, with an exact map back to original offsets.

Every layer of the engine and the final check read text through this view:

- Unicode NFKC per character (full-width digits and letters, ligatures,
  compatibility forms become their plain form);
- format characters removed: zero-width spaces and joiners, bidi embeddings,
  overrides and isolates, soft hyphens, the byte-order mark (Unicode category
  Cf), and variation selectors;
- decomposed accents (NFD, as macOS and PDFs write them) composed onto their
  letter, so "Rene\\u0301e" reads as "Renée";
- look-alike letters from other scripts folded to the Latin letter they
  imitate, from Unicode's confusables data as shipped by the maintained
  `confusable-homoglyphs` package (Cyrillic "\\u0435" -> "e", Greek "\\u039f" -> "O");
- decimal digits of any script read as ASCII digits.

Case and whitespace are kept here (the context layer needs capitals and line
breaks); `squash` and the final check fold case and accents on top.

The map: output character i came from original characters
`starts[i]:ends[i]`. A removed accent is added to the stretch of the letter
before it, a removed format character to the stretch of the character after
it, so a span of the view mapped back covers every original character of the
identifier, the invisible ones inside and in front of it included.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

_DROP_CATEGORIES = frozenset({"Cf", "Mn", "Me"})


@dataclass(frozen=True)
class View:
    """The normalised text and, per character, the original stretch it came from."""

    text: str
    starts: tuple[int, ...] | None  # None: identical to the original (fast path)
    ends: tuple[int, ...] | None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets covered by view offsets [start, end)."""
        if self.starts is None or self.ends is None:
            return start, end
        if start >= end:
            at = self.starts[start] if start < len(self.starts) else self.length
            return at, at
        return self.starts[start], self.ends[end - 1]

    @property
    def length(self) -> int:
        """Length of the original text."""
        if self.ends is None:
            return len(self.text)
        return self.ends[-1] if self.ends else 0


@cache
def _confusables() -> dict[str, str]:
    """Non-ASCII letters that imitate one ASCII letter or digit -> that character."""
    from confusable_homoglyphs.utils import load  # noqa: PLC0415 - 40 ms, only for non-ASCII text

    table: dict[str, str] = {}
    for char, glyphs in load("confusables.json").items():
        if len(char) != 1 or char.isascii():
            continue
        for glyph in glyphs:
            target = "".join(
                c for c in unicodedata.normalize("NFKD", glyph["c"]) if not unicodedata.combining(c)
            )
            if len(target) == 1 and target.isascii() and target.isalnum():
                table[char] = target
                break
    return table


def _latin(char: str) -> str:
    """One NFKC character with look-alikes folded to Latin, case kept, digits read."""
    if char.isascii():
        return char
    if char.isdecimal():
        return str(unicodedata.decimal(char))
    lower = char.lower()
    target = _confusables().get(lower if len(lower) == 1 else char)
    if target is None:
        return char
    return target.upper() if char.isupper() and lower != char else target


_CLEAN: dict[str, str] = {}  # per character: its normalised form ("" when removed)


def _clean_char(char: str) -> str:
    if unicodedata.category(char) in _DROP_CATEGORIES or 0xFE00 <= ord(char) <= 0xFE0F:
        return ""
    return "".join(_latin(c) for c in unicodedata.normalize("NFKC", char))


def view(text: str) -> View:
    """The normalised view of `text` (see the module docstring)."""
    if text.isascii():
        return View(text, None, None)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    cache_ = _CLEAN
    pending = -1  # first of a run of removed format characters, awaiting the next letter
    for position, char in enumerate(text):
        clean = cache_.get(char)
        if clean is None:
            clean = cache_[char] = _clean_char(char)
        if clean:
            out.extend(clean)
            starts.extend([position if pending < 0 else pending] * len(clean))
            ends.extend([position + 1] * len(clean))
            pending = -1
        elif out and unicodedata.combining(char):
            ends[-1] = position + 1  # an accent belongs to the letter before it
            composed = unicodedata.normalize("NFC", out[-1] + char)
            if len(composed) == 1:
                out[-1] = composed
        elif pending < 0:
            pending = position  # a format character belongs to what follows it
    if pending >= 0 and ends:
        ends[-1] = len(text)
    return View("".join(out), tuple(starts), tuple(ends))


def to_original(v: View, start: int, end: int) -> tuple[int, int]:
    """Map a view span back to the original text (see `View.span`)."""
    return v.span(start, end)


__all__ = ["View", "to_original", "view"]
