"""Round 13 (k13): where a person's name stands, read by shape; shared by both layers
(`known_round13.py`, the replacer; `check_round13.py`, the check).

- A name matched only with a capital (a diminutive or clip that is also a word or in no
  dataset: "Max" of Maxine, "Rox" of Roxanne) written in lower case where a name stands:
  opening a line or a sentence and followed by a verb that takes a person ("rox came on
  for tea", "max rang") or by an age in brackets ("max (41) rang").
- A capital letter after a word that names the client as such ("client K (psychodynamic",
  "- client A, private"), where it is a known person's first initial.
- A known one-word town contracted ("Pgh", "PHX", "M'bro"): see `contracts`.
- After a person's name: a capital glued by a hyphen, another part's initial ("Liam
  O.-N." for O'Brien-Nakashima), and initials after a comma that are all the person's
  ("Pacheco, M.A." for Marcus Aurelio Pacheco), which would otherwise be a credential.
- A transcript's speaker label, a capital and a colon opening a line ("L: Say something."),
  where it is a known person's first initial and another line is the therapist's ("T:",
  "Th:", "Counsellor:").
Bounded patterns: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from notes_vault.deid import capitals, lexicon
from notes_vault.deid import forms_extra as extra

_OPENING = r"(?:(?<=\A)|(?<=\n)|(?<=[.!?;] )|(?<=[.!?;]  )|(?<=[.!?;]\t))"
LOWERED = re.compile(_OPENING + r"([a-z]{2,14})(?=[ \t]+([a-z]+)(?![\w'\u2019-])|[ \t]*\([ \t]*\d)")
# Round 20 (lead): after "pt", "client" and the like, or opening a sentence, before an age or
# a capital initial ("pt brad 36 canvey", "log. josh B 11th", "pt josh is a 19 yo").
_AGE_OR_INITIAL = r"[ \t]+(?:\d{1,2}(?![\d/:.,-]?\d)(?![\w%])|[A-Z](?![\w'\u2019&/.-]))"
_ROLE = r"(?<![\w'\u2019-])(?i:pt|client|patient|caller|yp)[ \t]+"
ROLED = re.compile(
    _ROLE + r"([a-z]{2,14})(?=[ \t]+([a-z]+)(?![\w'\u2019-])|" + _AGE_OR_INITIAL + ")"
)
AGED = re.compile(_OPENING + r"([a-z]{2,14})(?=" + _AGE_OR_INITIAL + ")")
ROLE_INITIAL = re.compile(
    r"(?i:(?<![\w'\u2019-])(?:client|cl|pt|patient|service[ \t]+user|su|yp))[ \t]+"
    r"([A-Z])(?![\w'\u2019&/-]|\.[ \t]?[A-Za-z]\b|\.?\d)"
)
SPEAKER = re.compile(r"(?m)^([A-Z]):[ \t]")
_THERAPIST = re.compile(  # the therapist's own label; a capital alone is case-sensitive
    r"(?m)^(?:T|(?i:th|ther|therapist|counsellor|counselor|co|me|clinician))[ \t]*:[ \t]"
)


def lowered(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of each lower-case word opening a line or sentence before a
    verb that takes a person or an age in brackets; after "pt" or "client" before such a
    verb; and after either before an age or a capital initial (round 20)."""
    seen = set()
    for match in (*LOWERED.finditer(text), *ROLED.finditer(text), *AGED.finditer(text)):
        verb = match.group(2) if match.re is not AGED else None
        if match.start(1) not in seen and (verb is None or verb in extra.SUBJECT_VERBS):
            seen.add(match.start(1))
            yield match.start(1), match.end(1), match.group(1)


def role_initials(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, letter) of each capital after "client", "pt" and the like."""
    for match in ROLE_INITIAL.finditer(text):
        yield match.start(1), match.end(1), match.group(1)


def speakers(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, letter) of each one-letter speaker label in a transcript with the
    therapist's label, not the therapist's own letter."""
    if ":" not in text:
        return
    own = {m.group().split(":")[0].strip().upper() for m in _THERAPIST.finditer(text)}
    if not own:
        return
    if any(len(label) > 1 for label in own):  # "Me:" and "T:": "T" is the client's
        own = {label for label in own if len(label) > 1}
    labels = {m.group(1) for m in SPEAKER.finditer(text)} - own
    if len(labels & _HEADINGS) >= 2:
        return  # "S:", "O:", "A:", "P:" or "B:", "I:", "R:": a note's headings, not speakers
    for match in SPEAKER.finditer(text):
        if match.group(1) not in own:
            yield match.start(1), match.end(1), match.group(1)


# A known town contracted: its consonants, first and last kept ("Pgh" of Pittsburgh, "PHX"
# of Phoenix), or its initial, an apostrophe and a later piece ("M'bro" of Middlesbrough).
CONTRACTED = re.compile(
    r"(?<![\w'\u2019.&/-])([A-Z](?:[A-Za-z]{2,3}|['\u2019][a-z]{3,8}))(?![\w'\u2019&/-])"
)
_VOWELS = frozenset("aeiouy")
_HEADINGS = frozenset("SOAPDBIRG")  # SOAP, DAP, BIRP, GIRP notes' headings
_TOWN = 6  # a shorter town's contraction is too often something else


def contracted(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of each word shaped like a contraction: an apostrophe after its
    capital, or three or four letters and no vowel."""
    if not any(c.isupper() for c in text):
        return
    for match in CONTRACTED.finditer(text):
        word = match.group(1)
        if not word[1].isalpha() or not _VOWELS.intersection(word.lower()):
            yield match.start(1), match.end(1), word


def contracts(word: str, town: str) -> bool:
    """`word` (see `contracted`) is a contraction of the folded one-word `town`."""
    letters = word.lower()
    if len(town) < _TOWN or not town.isalpha() or letters[0] != town[0]:
        return False
    if not letters[1].isalpha():
        return letters[2:] in town[1:]
    if letters[-1] != town[-1] or letters in lexicon.common_words():
        return False
    if capitals.shorthand(word.upper()):
        return False  # "PTSD", "HTN": the engine's clinical and everyday abbreviations
    rest = iter(town)
    return all(c in rest for c in letters)  # a subsequence, in order


# Round 23 (lead): a known town with the apostrophe of its contraction left out ("hpool" of
# Hartlepool, "wton", "BHAM"): its first one or two letters, then its end of three letters or
# more, in any case.
_END = 3


def elides(word: str, town: str) -> bool:
    """`word` is the folded one-word `town` less its middle and with no apostrophe: its
    first letter or two and an end of `_END` letters or more, at least three letters left
    out; no English word, no place's name, no clinical or everyday abbreviation."""
    letters = word.lower()
    if len(town) < _TOWN or not letters.isalpha() or letters[0] != town[0]:
        return False
    if len(town) - len(letters) < 3:
        return False
    heads = (k for k in (1, 2) if letters[:k] == town[:k] and len(letters) - k >= _END)
    if not any(town.endswith(letters[k:]) for k in heads):
        return False
    if letters in lexicon.common_words() or letters.title() in lexicon.places():
        return False
    return not capitals.shorthand(letters.upper())


def town_ends(lower: str, towns: list[str]) -> list[str]:
    """The towns whose last three letters stand in the lower-case text (a cheap gate)."""
    return [t for t in towns if len(t) >= _TOWN and t[-_END:] in lower]


GLUED_INITIAL = re.compile(r"(?:[ \t]([A-Z])\.?)?-([A-Z])\.?(?![\w'\u2019-])")
GIVEN_INITIALS = re.compile(r",[ \t]*((?:[A-Z]\.[ \t]?){1,3})(?![\w'\u2019-])")


def letters_of(initials: str) -> str:
    """ "M.A." -> "ma"."""
    return "".join(c for c in initials if c.isalpha()).lower()
