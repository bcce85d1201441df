"""Round 7 (k7): a short name part with an accent, in any case ("hà" of Phạm Thị Thu Hà).

A name part of three letters or fewer matches only when capitalised ("On", "Le", "Ha"
are words), but one written with its accent ("Hà", "Lê", "Võ", "Mỹ") is no English
word in any case: a hurried note's "hà said" is the name. The accent must be written:
"ha" stays a word. The final check looks for the same parts in its own pass
(`check_tiny.py`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from notes_vault.deid.known import Entry, Hit, VaultIndex
from notes_vault.deid.model import KnownSubject
from notes_vault.deid.squash import squash_key

_SHORT = 3


def accented_parts(name: str) -> tuple[str, ...]:
    """The name's parts of three letters or fewer that carry a letter beyond ASCII."""
    words = (w.strip(".,()") for w in unicodedata.normalize("NFC", name).split())
    return tuple(w for w in words if 0 < len(w) <= _SHORT and w.isalpha() and not w.isascii())


@lru_cache(maxsize=256)
def pattern(part: str) -> re.Pattern[str]:
    """The part as a word of its own, any case."""
    return re.compile(rf"(?<!\w){re.escape(part)}(?!\w)", re.IGNORECASE)


def extend(index: VaultIndex, subjects: Sequence[KnownSubject]) -> None:
    """Register each accented short part under its person's entry."""
    names: Iterable[str] = [
        *(n for s in subjects for n in (s.name, *s.aliases)),
        *(p.name for s in subjects for p in s.linked),
    ]
    for name in names:
        entry = index.words.get(squash_key(name))
        if entry is not None and entry.category == "name":
            for part in accented_parts(name):
                index.more.setdefault("tiny accented", []).append((part, entry))


def find(index: VaultIndex, text: str) -> list[Hit]:
    """Every accented short part, in any case."""
    known: list[tuple[str, Entry]] = index.more.get("tiny accented", [])
    if not known or text.isascii():
        return []
    return [Hit(m.start(), m.end(), e) for part, e in known for m in pattern(part).finditer(text)]


__all__ = ["accented_parts", "extend", "find", "pattern"]
