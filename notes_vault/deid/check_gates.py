"""Round 22 (s22), for speed: whether a pattern of named days could match a text at all,
told before the pattern is compiled.

The final check's reading of round 19 (`check_round19.py`) writes, for each date of birth,
one case-blind pattern of every name its recent birthdays fall on ("memorial day", "st
patricks day") and compiles it on the first note holding a birth word: about one note in
two, and most dates of birth are seen once, so the check compiled a new alternation for
most such notes (1.1% of the engine's time on the dev notes, the largest run-time compile).
Every match of such a pattern holds each word of one of its names as a word of its own
(a run of letters, digits and "_" with none beside it): the word itself, a plural's stem
with or without its "s" ("president" of "President's", "presidents" of "Presidents'"),
"st" or "saint". `may_name` says whether the text holds every word of some name so; when
it holds none, the pattern cannot match and is not compiled.

What it reads: ASCII names, in texts with no letter beyond ASCII (curly quotes and dashes
are no letters). A case-blind pattern matches a few letters beyond ASCII to ASCII letters
(the long s to "s", the Kelvin sign to "k", a dotted capital I to "i"), which a lower-cased
word test would not see, so a name beyond ASCII, or a text holding any letter beyond ASCII,
is always let through; no character that is not a letter has an ASCII letter as its case.
It is a necessary condition only, never a finding: what it lets through is read by the
pattern as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]+")
_WORD = re.compile(r"[a-z0-9_]+")


@lru_cache(maxsize=1024)
def name_words(names: frozenset[str]) -> tuple[tuple[frozenset[str], ...], ...] | None:
    """For each name, for each of its words, the words of a text that may stand for it;
    None if a name is beyond ASCII or empty (then no name may be ruled out)."""
    found = []
    for name in sorted(names):
        words = name.lower().split()
        if not words or not name.isascii():
            return None
        found.append(tuple(_written(word) for word in words))
    return tuple(found)


def _written(word: str) -> frozenset[str]:
    if word == "st":
        return frozenset(("st", "saint"))
    if word.endswith("s") and len(word) > 2:
        return frozenset((word[:-1], word))
    return frozenset((word,))


def may_name(names: frozenset[str], words: frozenset[str] | None) -> bool:
    """Whether a case-blind pattern of `names` may match a text whose `text_words` are
    `words` (None for a text with a letter beyond ASCII: always)."""
    if words is None:
        return True
    wanted = name_words(names)
    return wanted is None or any(
        all(not forms.isdisjoint(words) for forms in name) for name in wanted
    )


def text_words(text: str) -> frozenset[str] | None:
    """The words of `text` in lower case (runs of ASCII letters, digits and "_"), or None when
    it holds a letter beyond ASCII (see `may_name`)."""
    if not text.isascii() and any(c.isalpha() for c in "".join(_BEYOND_ASCII.findall(text))):
        return None
    return frozenset(_WORD.findall(text.lower()))
