"""Words in scripts other than Latin, for the known-identifier forms (`forms.py`, which
re-exports these): which spans of a text are in another script, and a word's consonant
skeleton in Latin letters, so that "Дмитрий" in a note meets "Dmitri" in the record.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache


@cache
def _anyascii() -> object:
    from anyascii import anyascii  # noqa: PLC0415 - per-script tables, loaded for non-Latin text

    return anyascii


@lru_cache(maxsize=4096)
def skeleton(word: str) -> str:
    """Consonants of a word in Latin letters, doubles collapsed ("Дмитрий" -> "dmtr")."""
    latin = str(_anyascii()(word)).lower()  # type: ignore[operator]
    out: list[str] = []
    for char in latin:
        if char.isalpha() and char not in "aeiouy" and (not out or out[-1] != char):
            out.append(char)
    return "".join(out)


_RUN = re.compile(r"[^\s\d!-/:-@\[-`{-~\u2018-\u201f\u00ab\u00bb]+")  # one class: linear


def foreign_words(text: str) -> list[tuple[int, int]]:
    """Spans of words with letters from a non-Latin script (marks of Indic scripts kept)."""
    if text.isascii():
        return []
    return [
        m.span()
        for m in _RUN.finditer(text)
        if not m.group().isascii() and foreign_script(m.group())  # an ASCII word is Latin
    ]


def foreign_script(word: str) -> bool:
    """True for a word with letters outside Latin (after look-alikes were folded)."""
    return any(c.isalpha() and not c.isascii() and not _latin_letter(c) for c in word)


@lru_cache(maxsize=4096)
def _latin_letter(char: str) -> bool:
    import unicodedata  # noqa: PLC0415 - stdlib, next to its one use

    return unicodedata.name(char, "").startswith("LATIN")


def _arabic(word: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" for c in word)


@lru_cache(maxsize=4096)
def skeletons(word: str) -> tuple[str, ...]:
    """The word's skeleton, and for Arabic-script words (Arabic, Persian, Urdu, Pashto) the
    skeletons with its long vowels and final "a" read as vowels (round 11).

    Arabic script writes long vowels with the letters for w and y ("نورة", "nwrh", for
    Noura) and a final a with ta marbuta or ha ("کریم‌زاده", "krymzdh", for Karimzada), so
    the plain skeleton kept consonants the Latin spelling has not: "nwrh" never met "nr".
    Variants drop a w after the first letter, a final h, and both; the plain skeleton is
    tried first, so "وليد" still meets Walid by its "w".
    """
    plain = skeleton(word)
    if not _arabic(word):
        return (plain,)
    unvowelled = plain[:1] + plain[1:].replace("w", "")
    found = [plain, unvowelled]
    found += [key[:-1] for key in (plain, unvowelled) if len(key) > 2 and key.endswith("h")]
    return tuple(dict.fromkeys(key for key in found if len(key) >= 2))
