"""Round 21 (k21): the final check's initials made exact where they refused outputs holding no
known identifier (dev, all files: 3 of the 15 false refusals, in 3 files).

`Checker._initials` reads a lone capital with a stop ("K.") as a known person's initial, and
a dotted run ("O.B.") as a known person's initials. Two shapes are neither, and this module
drops them from what `_initials` found:

- a run that starts inside a longer dotted run: "O.B" of "D.O.B." is not Owain Bowen's
  initials; the whole run ("DOB") was read from its first letter and is not a known one;
- a lone capital with a stop right before a tag of the context layer for an organisation or
  a place ("Z. [ORGANISATION 12]" of "Z. John Williams Memorial School", "[PLACE 18] A.
  [ORGANISATION 18]" of "Homer A. Plessy Community School"): a letter inside that name.
  A vault tag there ("A. [EMPLOYER]", "A. [CLIENT]") is the vault's own and still counts.

It reads only the characters either side of what `_initials` found; it never adds a leak.

`check_letters.directions` reads a compass point left before an "[ADDRESS]" tag ("N.
[ADDRESS]" of "N. Galvez") as a known address's. The context layer writes "[ADDRESS]" too
(a street the note names, "a guy on N. Fallsway"), so a compass point there refused notes
whose known address has another one or none (dev, all files: 2 of the 15 false refusals, in
2 files). `directions` keeps only the points that some known address holds ("E" or "East"
of "2614 E Monument St"): a leak of the known address's own point is still read.

`check_letters.glued` reads two or three letters glued by a hyphen to any person's tag
("[CLIENT]-ya") as the rest of a known name. After a tag of the context layer ("[PERSON
18]-nx" of "bup-nx", "[PERSON 18]-vee" of a name said aloud) the name under the tag is not
a known one (dev, all files: 2 of the 15 false refusals, in 2 files). `glued` keeps such a
piece after a vault tag, as before, and after any other tag only when it is inside a known
person's name part.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from notes_vault.deid import check_letters
from notes_vault.deid.model import KnownSubject

# A context-layer tag of an organisation or a place, after the letter's stop and one space.
_NAMED_AFTER = re.compile(r"\.[ \t]\[(?:ORGANISATION|PLACE) \d+\]")


def exact(
    found: Iterable[tuple[int, int, str]], clean: str, text: str
) -> Iterator[tuple[int, int, str]]:
    """What `_initials` found in `clean` (tags masked), less the two shapes above; `text` is
    the same output with its tags unmasked (the same offsets)."""
    for start, end, leak in found:
        if _inside_run(clean, start) or _before_named(text, start, end):
            continue
        yield start, end, leak


def _inside_run(clean: str, start: int) -> bool:
    """A single letter and a stop just before `start`, the letter not inside a word: "D." of
    "D.O.B."."""
    return (
        start >= 2
        and clean[start - 1] == "."
        and clean[start - 2].isalpha()
        and (start < 3 or not clean[start - 3].isalnum())
    )


def _before_named(text: str, start: int, end: int) -> bool:
    """One letter, then ". [ORGANISATION n]" or ". [PLACE n]"."""
    stop = end - 1 if text[end - 1 : end] == "." else end
    return stop - start == 1 and _NAMED_AFTER.match(text, stop) is not None


_POINTS = {"north": "n", "south": "s", "east": "e", "west": "w"}
_POINTS.update({f"{a}{b}": a[0] + b[0] for a in ("north", "south") for b in ("east", "west")})
_POINTS.update({short: short for short in ("n", "s", "e", "w", "ne", "nw", "se", "sw")})
_LETTERS = re.compile(r"[A-Za-z]+")


def compass(subjects: Sequence[KnownSubject]) -> frozenset[str]:
    """The compass points ("n", "se") written in the known addresses, once per set of
    subjects."""
    return frozenset(
        _POINTS[word.lower()]
        for subject in subjects
        for word in _LETTERS.findall(subject.address or "")
        if word.lower() in _POINTS
    )


def directions(
    points: frozenset[str], found: Iterable[tuple[int, int, str]], clean: str
) -> Iterator[tuple[int, int, str]]:
    """Of the compass points `check_letters.directions` found before an address's tag, those
    some known address holds."""
    for start, end, leak in found if points else ():
        if _POINTS.get(clean[start:end].strip(" \t.").lower()) in points:
            yield start, end, leak


def glued(known_named: str, named: str, parts: set[str]) -> Iterator[tuple[int, int, str]]:
    """`check_letters.glued` in `named` (every person's tag masked): a piece after a tag
    also masked in `known_named` (the vault's tags), or inside a known name part."""
    for start, end, leak in check_letters.glued(named):
        piece = named[start:end].lower()
        if known_named[start - 2 : start - 1] == "\x01" or any(piece in p for p in parts):
            yield start, end, leak
