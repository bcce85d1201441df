"""Round 7 (k7): short written forms. A short name part with an accent, in any case
("hà" of Phạm Thị Thu Hà); a town of the address contracted with an apostrophe ("N'cle"
for Newcastle, "B'ham" for Birmingham).

A name part of three letters or fewer matches only when capitalised ("On", "Le", "Ha"
are words), but one written with its accent ("Hà", "Lê", "Võ", "Mỹ") is no English
word in any case: a hurried note's "hà said" is the name. The accent must be written:
"ha" stays a word. A contraction is one to three letters that begin a known town word of
six letters or more, an apostrophe, and two to five letters of the rest of it in order,
the last its last. The final check
looks for both in its own pass (`check_tiny.py`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from notes_vault.deid.known_index import Entry, Hit, VaultIndex
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
    for subject in subjects:
        owner = subject.role.lower()
        town = Entry("[ADDRESS]", "address", f"{owner}'s town (contracted)", f"{owner} address")
        for word in town_words(subject.address or ""):
            index.more.setdefault("towns contracted", []).append((word, town))
    for name in names:
        entry = index.words.get(squash_key(name))
        if entry is not None and entry.category == "name":
            for part in accented_parts(name):
                index.more.setdefault("tiny accented", []).append((part, entry))


CONTRACTED = re.compile(r"(?<![\w'\u2019])([A-Za-z]{1,3})['\u2019]([A-Za-z]{2,5})(?![\w'\u2019])")
_TOWN = re.compile(r"\b[A-Z][a-z]{5,}\b")


def town_words(address: str) -> tuple[str, ...]:
    """Capitalised words of six letters or more of an address, lower case."""
    return tuple(dict.fromkeys(w.lower() for w in _TOWN.findall(address)))


def contracted(words: Iterable[str], head: str, tail: str) -> str | None:
    """The word that `head` + "'" + `tail` contracts ("n", "cle" -> "newcastle")."""
    head, tail = head.lower(), tail.lower()
    return next((w for w in words if _contracts(w, head, tail)), None)


def _contracts(word: str, head: str, tail: str) -> bool:
    """`word` begins with `head` and ends with its last letter, with `tail`'s letters in
    order in the rest ("n" + "cle" of "newcastle", "b" + "ham" of "birmingham")."""
    if not word.startswith(head) or word[-1] != tail[-1] or len(word) <= len(head + tail):
        return False
    rest = iter(word[len(head) :])
    return all(letter in rest for letter in tail)  # a subsequence, read once


def find(index: VaultIndex, text: str) -> list[Hit]:
    """Every accented short part, in any case, and every contracted town."""
    hits = []
    towns: list[tuple[str, Entry]] = index.more.get("towns contracted", [])
    for match in CONTRACTED.finditer(text) if towns and ("'" in text or "\u2019" in text) else ():
        word = contracted((w for w, _ in towns), match.group(1), match.group(2))
        if word is not None:
            hits.append(Hit(match.start(), match.end(), dict(towns)[word]))
    known: list[tuple[str, Entry]] = index.more.get("tiny accented", [])
    if not known or text.isascii():
        return hits
    return hits + [
        Hit(m.start(), m.end(), e) for part, e in known for m in pattern(part).finditer(text)
    ]


__all__ = ["CONTRACTED", "accented_parts", "contracted", "extend", "find", "pattern", "town_words"]
