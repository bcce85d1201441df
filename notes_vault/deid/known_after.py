"""Round 7 (k7): a known given name, then its surname's initials in any case.

"grace a-m." and "Grace A.M." for Grace Adjei-Mensah: the letters after a found name
are the initials of that person's surname in two pieces (`forms_round5.barrel_letters`),
joined by a stop or a hyphen, in either case. `known.letter_after` takes one letter, or
capitals with stops that are all that person's initials; this takes the two pieces of a
surname in lower case too, which no English pair after a name spells with a mark
between ("e.g." and "i.e." are no one's surname). Replacer only: the check cannot tell
which name a tag stands for.
"""

from __future__ import annotations

import re
from dataclasses import replace

from notes_vault.deid import known
from notes_vault.deid.known_index import Hit, VaultIndex
from notes_vault.deid.squash import squash_key

_PAIR_AFTER = re.compile(r"[ \t]([A-Za-z])[.\-]([A-Za-z])\.?(?![\w'\u2019])")
# A capital after a name: with a stop, or before "'s" ("Niamh D's"), never "O'Brien".
_CAPITAL_AFTER = re.compile(
    r"[ \t]([A-Z])\.?(?=['\u2019]s(?!\w)|[^\w'\u2019-]|-(?![^\W\d_]{2})|\Z)"
)
_NAME_AND_CAPITAL = re.compile(r"([^\W\d_]+)[ \t]([A-Z])\.?")


def letter_after(index: VaultIndex, text: str, span: tuple[int, int], tag: str) -> int:
    """Where a found name ends, with a letter or its surname's initials after it."""
    pair = _PAIR_AFTER.match(text, span[1])
    if pair is not None:
        letters = (pair.group(1) + pair.group(2)).lower()
        if any(known_letters == letters for known_letters, _ in index.more.get("barrels", ())):
            return pair.end()  # a known surname's pieces (a family shares them)
    return known.letter_after(index, text, span, tag)


def letter_owner(index: VaultIndex, text: str, span: tuple[int, int], tag: str) -> tuple[int, str]:
    """`letter_after`, and where a first name two known people share is followed by a
    capital that is an initial of the other one only ("Niamh D." for Niamh Doherty beside a
    client Niamh Gallagher), that person: the end past the capital and their tag (round 8).
    """
    end = letter_after(index, text, span, tag)
    taken = _NAME_AND_CAPITAL.fullmatch(text, span[0], end)  # widened over it: "Niamh D."
    after = _CAPITAL_AFTER.match(text, span[1]) if end == span[1] else None
    capital = after or taken
    if capital is None or len(index.parts) < 2:
        return end, tag
    word = text[span[0] : span[1]] if after is not None or taken is None else taken.group(1)
    key, letter = squash_key(word), capital.group(capital.lastindex or 1).lower()
    if letter in index.letters.get(tag, ()):  # its own: "Bo B's mum" too, never "Iqra I"
        return (max(end, capital.end()) if after and letter not in "ai" else end), tag
    other = next(
        (
            owner
            for owner, parts in index.parts.items()
            if owner != tag and key in parts and letter in index.letters.get(owner, ())
        ),
        None,
    )
    return (end, tag) if other is None else (max(end, capital.end()), other)


# Round 11 (k11): an initial with a stop before a found surname, in the surname's case:
# "t. deluca", "T. DeLuca" for Tony DeLuca; never first on its line ("a. deluca attended"
# in a lettered list).
_LETTER_BEFORE = re.compile(r"(?<![\w.'\u2019])([A-Za-z])\.[ \t]{1,2}\Z")
_LINE_START = re.compile(r"(?:\A|\n)[ \t\-*\u2022(]*\Z")


def letters_before(index: VaultIndex, text: str, hits: list[Hit]) -> list[Hit]:
    """Each initial with a stop before a found name part of the same person (see above)."""
    found = []
    for hit in hits:
        if hit.entry.category != "name" or hit.start < 3:
            continue
        match = _LETTER_BEFORE.search(text, max(0, hit.start - 4), hit.start)
        if match is None or _LINE_START.search(text, max(0, match.start() - 8), match.start()):
            continue
        letter, name = match.group(1), text[hit.start : hit.end]
        same_case = name.islower() if letter.islower() else name[:1].isupper()
        if same_case and letter.lower() in index.letters.get(hit.entry.tag, ()):
            marked = replace(hit.entry, reason=f"{hit.entry.reason} (initial before it)")
            found.append(Hit(match.start(1), hit.end, marked))
    return found


__all__ = ["letter_after", "letter_owner", "letters_before"]
