"""The final check's reading of letters: initials, slips and birthdays written short.

Part of the final check (`check.py`), written apart from the replacer
(`known.py`, `known_search.py`): each function reads the masked output (tags
as runs of "\x01") and the word list, and yields (start, end, what leaked).
Where the two could disagree this side is the stricter: an abbreviation
("AM") beside any tag, not only the same person's name.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator

from notes_vault.deid import lexicon
from notes_vault.deid.check_forms import Forms, fold_word

_PERSON_TAGS = ("[CLIENT", "[PARTNER", "[PARENT", "[CHILD", "[SIBLING", "[FRIEND", "[GP",
                "[PERSON", "[NAME", "[INITIAL")  # fmt: skip


def names_someone(tag: str) -> bool:
    """A tag that stands for a person: only beside these do initials and clipped names count.

    "[AGE 40s] M" and "[DATE] AM" are a sex marker and a time, not initials.
    """
    return tag.startswith(_PERSON_TAGS)


_AFTER_TAG = re.compile(r"\x01,?[ \t]([A-Za-z](?:['\u2019]?[A-Za-z]){0,3})\.?(?![\w'\u2019])")


_FUNCTION_WORDS = frozenset(
    "is it in on of to as at be by do go he if me my no or so up us we an am oh ok".split()
)


def shouted_word(words: list[tuple[int, int, str]], i: int) -> bool:
    """An English word between two other words written in capitals ("TODAY IS NOCHEBUENA")."""
    if words[i][2].lower() not in _FUNCTION_WORDS:
        return False
    around = [words[k][2] for k in (i - 1, i + 1) if 0 <= k < len(words)]
    shouted = [w for w in around if len(w) > 1 and w.isupper()]
    return bool(shouted) and not any(w.islower() or w.istitle() for w in around)


_CUES = frozenset({"birthday", "bday", "birthdays", "turned", "turns", "born", "birth"})


def birthday_days(
    words: list[tuple[int, int, str]],
    dob: datetime.date,
    leak: str,
    day_number: Callable[[str], int | None],
) -> Iterator[tuple[int, int, str]]:
    """ "on the 4th" within six words of "birthday", "turned", "born": the day of birth."""
    cues = [i for i, (_, _, w) in enumerate(words) if w.lower() in _CUES]
    for i, (start, end, word) in enumerate(words if cues else ()):
        if word.isdecimal() or day_number(word) != dob.day:
            continue
        if i == 0 or words[i - 1][2].lower() != "the":
            continue  # "the 4th" is a day; "her first birthday" is not
        if any(abs(i - c) <= 6 for c in cues):
            yield start, end, leak


def bare_initials(
    forms: Forms, clean: str, words: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """A known first initial, no full stop, where a name stands ("K asked", "L & S")."""
    lone = forms.lone
    for i, (start, end, word) in enumerate(words if lone else ()):
        if len(word) != 1 or word not in lone or word in "AI":
            continue
        before = clean[max(0, start - 2) : start]
        opens = start == 0 or before.endswith("\n") or before in ("- ", ". ", ": ", "; ")
        opens = opens or before.endswith("(")
        nxt = words[i + 1][2] if i + 1 < len(words) else ""
        verb = opens and clean[end : end + 1] in (" ", "\t") and nxt.islower() and len(nxt) > 1
        paired = clean[end : end + 3].strip() in ("&", "+") or clean[
            max(0, start - 3) : start
        ].strip() in ("&", "+")
        if verb or paired:
            yield start, end, lone[word]


def after_tags(forms: Forms, clean: str) -> Iterator[tuple[int, int, str]]:
    """A tag, then an initial or the first letters of a known name part: "[CLIENT] mcd"."""
    parts, letters = forms.parts, forms.letters
    for match in _AFTER_TAG.finditer(clean) if parts else ():
        written = match.group(1)
        key = fold_word("".join(c for c in written if c.isalpha()))
        if len(key) == 1:
            hit = written.isupper() and written not in "AI" and key in letters
        else:
            hit = key not in lexicon.common_words() and any(
                p.startswith(key) and len(p) > len(key) for p in parts
            )
        if hit:
            yield match.start(1), match.end(1), "name initial"


def slips(forms: Forms, words: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """Four-letter name parts with two letters swapped or one doubled, any case."""
    table = forms.slips
    for start, end, word in words if table else ():
        leak = table.get(fold_word(word)) if 4 <= len(word) <= 5 else None
        if leak is not None:
            yield start, end, leak


def abbreviated(
    forms: Forms, clean: str, words: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """Initials that are abbreviations ("AM") in capitals next to any tag: "AM ([CLIENT])".

    Stricter than the replacer, which wants the same person's name there.
    """
    table = forms.abbreviated
    for start, end, word in words if table else ():
        letters = word.lower()
        if not (word.isupper() and letters in table):
            continue
        if clean[max(0, start - 2) : start].strip()[-1:].isdecimal():
            continue  # "10 AM": a time
        before = clean[max(0, start - 4) : start].rstrip(" \t()[],:;-/.")
        after = clean[end : end + 4].lstrip(" \t()[],:;-/.")
        if before.endswith("\x01") or after.startswith("\x01"):
            yield start, end, table[letters]
