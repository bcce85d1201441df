"""Small word tests of the final check: a lone initial, a run standing alone, one edit apart, a day.

Split from check.py (the `Checker`), which calls them; written apart from the
replacer's own tests, as the whole check is.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.structured import DAY_WORDS


def lone(clean: str, start: int, end: int, words: list[tuple[int, int, str]], i: int) -> bool:
    """ "K." alone: a full stop after it, no letter or stop before, no name or letter after."""
    if clean[end : end + 1] != "." or (
        start and (clean[start - 1].isalnum() or clean[start - 1] in ".&\x01")
    ):  # "\x01": glued to a masked tag, the tail of a replaced word ("[DAY Saturday]S.")
        return False
    if end + 1 < len(clean) and (clean[end + 1].isalnum() or clean[end + 1] in ".&"):
        return False
    if i + 1 < len(words):
        s, _, nxt = words[i + 1]
        between = clean[end + 1 : s]
        if between.strip(" \t") == "" and nxt[:1].isupper() and len(nxt) > 1 and nxt[1].islower():
            return False  # "A. Sharma": the start of a longer name; "T. IS" in capitals is not
    return True


def alone(text: str, start: int, end: int) -> bool:
    """Not inside a longer run of capitals or digits ("KMB2", "A.KM")."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


def one_edit(a: str, b: str) -> bool:
    """True when a and b differ by at most one substitution, insertion, deletion or swap."""
    if a == b:
        return True
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        i, j = diff[0], diff[-1]
        return len(diff) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


def day_number(word: str) -> int | None:
    lower = word.lower()
    if lower in DAY_WORDS:
        return DAY_WORDS[lower]
    digits = lower[:-2] if lower[-2:] in ("st", "nd", "rd", "th") else lower
    return int(digits) if digits.isdecimal() and len(digits) <= 2 else None


def named(word: str) -> bool:
    """A capitalised word that is a given name, a surname or a proper word ("Karen",
    "Korean"): only a sound of its own counts for it, not a name said in another
    language (round 9)."""
    title = word[:1].upper() + word[1:].lower()
    return (
        title in lexicon.first_names()
        or title in lexicon.surnames()
        or title in lexicon.proper_words()
    )


def a_word(folded: str, clean: str, end: int) -> bool:
    """The folded word ending at `end` is a common English word, or one's possessive
    (round 23, k23: "fisherman's" is not a slip of a known "Fishermen's Mission")."""
    common = lexicon.common_words()
    if folded in common:
        return True
    return folded[:-1] in common and clean[end - 2 : end - 1] in ("'", "\u2019")
