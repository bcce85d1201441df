"""Round 10 (k10): a known name said aloud and typed back as ordinary English words.

Shared by both layers, like `forms_said.py`. k9's runs (`forms_said.joins`) need one word
at least that is no English word, since ordinary words joined can sound like a name
("time she", "and her"). Speech-to-text often writes a name as nothing but English words:
"shame us" for Seamus, "are me ho" for Armijo, "string her" for Stringer, "hex um" for
Hexham. Such a run counts here only where a name stands:

- beside another part of a known name, in the name's order: after a given name (or the
  tag it became) when the run sounds like a later part ("Leticia are me ho"), before a
  surname when it sounds like an earlier one ("shame us Gallagher");
- after a word that introduces a person ("her husband shame us") or, for an address piece,
  a place ("from hex um"), when the run does not open with a function word ("and her").

A short part ("Ho", "Paul") said as a word ("hoe", "Pall": the same sound, the same first
letter, a letter apart) counts only beside such a run, a known part or a tag, in the same
order. Only in a note that shows dictation (`forms_said.dictated`), as k9's runs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from notes_vault.deid import forms_said as said
from notes_vault.deid import lexicon
from notes_vault.deid.squash import fold

SHORT = 2  # letters of a short part at least ("Ho", "Jo")
# Words that are never a name said: the closed classes (articles, pronouns, auxiliaries,
# prepositions, conjunctions) and the interjections a dictated note holds.
FUNCTION = frozenset(
    "a an the this that these those my his her hers their our your its me him them us we "
    "you he she it they i am is are was were be been being do does did have has had will "
    "would can could shall should may might must to of in on at for by with from into onto "
    "and or but nor so if as than then not no yes yeah oh ok okay hi hey um uh er all any "
    "some who what when where why how which up out off over".split()
)
MASK = "\x01"  # a tag the check masked
_PERSON = lexicon.PERSON_CUES | lexicon.TITLES  # "her husband", "Mr"


@dataclass(frozen=True)
class Order:
    """Where each part of the known names stands (folded parts)."""

    earlier: frozenset[str]  # parts with another part of their name after them
    later: frozenset[str]  # parts with another part of their name before them
    parts: frozenset[str]  # every part of every name, two letters or more
    places: frozenset[str]  # the address pieces (`forms_said.place_parts`)
    short: tuple[tuple[str, str], ...]  # (short part, its metaphone)


@lru_cache(maxsize=256)
def order(names: tuple[str, ...], places: tuple[str, ...]) -> Order:
    """The parts of `names` in order, and the address pieces."""
    earlier: set[str] = set()
    later: set[str] = set()
    every: set[str] = set()
    for name in names:
        parts = [fold(p) for p in said._PIECE.findall(name)]
        parts = [p for p in parts if len(p) >= SHORT and p.isascii()]
        earlier.update(parts[:-1])
        later.update(parts[1:])
        every.update(parts)
    short = tuple((p, _metaphone(p)) for p in sorted(every) if len(p) < said.LONG)
    return Order(frozenset(earlier), frozenset(later), frozenset(every), frozenset(places), short)


@lru_cache(maxsize=8192)
def _metaphone(word: str) -> str:
    import jellyfish  # noqa: PLC0415 - only in a dictated note

    return str(jellyfish.metaphone(word))


@lru_cache(maxsize=8192)
def _short_alike(word: str, short: tuple[tuple[str, str], ...]) -> str | None:
    """The short part `word` says ("hoe" -> "ho", "pall" -> "paul"), or None."""
    if word in FUNCTION or not word.isalpha() or not word.isascii() or len(word) > said.LONG:
        return None
    import jellyfish  # noqa: PLC0415 - only in a dictated note

    for part, code in short:
        if (
            part[0] == word[0]
            and part != word
            and _metaphone(word) == code
            and jellyfish.levenshtein_distance(part, word) <= 1
        ):
            return part
    return None


def _next_to(text: str, words: Sequence[tuple[int, int, str]], j: int, left: bool) -> int | None:
    """The word a single space before (`left`) or after word `j`: its index, -1 for a
    masked tag there, None for anything else."""
    if left:
        at = words[j][0]
        if text[max(0, at - 2) : at] == MASK + " ":
            return -1
        ok = j > 0 and text[words[j - 1][1] : at] == " "
        return j - 1 if ok else None
    at = words[j][1]
    if text[at : at + 2] == " " + MASK:
        return -1
    ok = j + 1 < len(words) and text[at : words[j + 1][0]] == " "
    return j + 1 if ok else None


def cued(
    words: Sequence[tuple[int, int, str]],
    text: str,
    keys: dict[str, str],
    known: Order,
    found: Iterable[tuple[int, int]],
) -> Iterator[tuple[int, int, str]]:
    """(first word, last word + 1, part) of each run of English words that sounds like a
    known part where a name stands, then of each short part said beside one (see the
    module docstring). `found`: the runs already taken (k9's), as word ranges."""
    taken = {j for i, k in found for j in range(i, k)}

    def named(j: int | None) -> bool:  # a tag, a run taken, a known part or one said
        if j is None:
            return False
        if j < 0 or j in taken:
            return True
        word = fold(words[j][2])
        return word in known.parts or _short_alike(word, known.short) is not None

    for i, end, part in said.runs(words, text, keys, english=True):
        k = _finish(words, text, i, end, part)
        before = _next_to(text, words, i, left=True)
        first = fold(words[i][2])
        cue = lexicon.PLACE_CUES if part in known.places else _PERSON
        if (
            (part in known.later and named(before))
            or (part in known.earlier and named(_next_to(text, words, k - 1, left=False)))
            or (first not in FUNCTION and before is not None and before >= 0
                and fold(words[before][2]) in cue)
        ):  # fmt: skip
            taken.update(range(i, k))
            yield i, k, part
    yield from _shorts(words, text, known, taken)


def _finish(words: Sequence[tuple[int, int, str]], text: str, i: int, k: int, part: str) -> int:
    """The run taken on over the next word when the part, as said, ends with that word
    and the run's sound is unchanged ("are me" + "ho" for Armijo said "armiho")."""
    after = _next_to(text, words, k - 1, left=False)
    if after is None or after < 0 or k - i >= said.MAX_WORDS:
        return k
    last = fold(words[after][2])
    joined = "".join(fold(w) for _, _, w in words[i:k])
    endings = (part, *(said.heard_spellings(part)))
    if any(e.endswith(last) for e in endings) and said.said_key(joined + last) == said.said_key(
        joined
    ):
        return k + 1
    return k


def _shorts(
    words: Sequence[tuple[int, int, str]], text: str, known: Order, taken: set[int]
) -> Iterator[tuple[int, int, str]]:
    """A short part said as a word beside a run taken, a known part or a tag."""
    for j in range(len(words)):
        if j in taken:
            continue
        part = _short_alike(fold(words[j][2]), known.short)
        if part is None:
            continue
        before = _next_to(text, words, j, left=True)
        after = _next_to(text, words, j, left=False)
        if (part in known.later and _beside(before, words, known, taken)) or (
            part in known.earlier and _beside(after, words, known, taken)
        ):
            yield j, j + 1, part


def _beside(
    j: int | None, words: Sequence[tuple[int, int, str]], known: Order, taken: set[int]
) -> bool:
    if j is None:
        return False
    return j < 0 or j in taken or fold(words[j][2]) in known.parts
