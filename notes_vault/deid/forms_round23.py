"""Round 23 (k23): a single capital standing for a known person after a preposition, a
conjunction or a verb of contact ("phoned K on her mobile", "too involved per J.", "ok if E
came", "but N mostly in English"), read by the replacer (`known_round23.py`) and by the
final check (`check_round23.py`), each its own way; only this reader of the position is
shared (round 22's `forms_round22b` reads the capital as a clause's subject).

What it reads: one capital (never "I"), not joined to a word, a full stop inside initials
("R.K."), an apostrophe, a hyphen, "&", "/", "+" or "*"; the word straight before it in lower
case and closed-class ("per", "with", "if", "but", "phoned", "told"); after it the end of a
line, a punctuation mark, a full stop closing a sentence (not before a capitalised word
that is no English word or is a surname: "per J. Smith", "by D. Firth" is someone else),
a function word ("on", "about", "mostly"), a verb ("came", "reports", "agreed") or an
adverb in "-ly".
What it does not read: a capital before a noun ("on L forearm", "to C wing", "for A
levels"), a side after a word of place ("on L", "to R."), a capital paired with another
("to A and E", "from A to B"), a capital after a capitalised word or any other word
("Plan B", "elderly M", "consent Y"); whose letter it is: the callers keep the known
people's own first initials.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from notes_vault.deid import forms_extra as extra
from notes_vault.deid import lexicon
from notes_vault.deid.forms_round22b import a_verb

# One capital, not "I", not inside a word, initials, a mark or a grade ("A*").
_LETTER = re.compile(r"(?<![\w.'\u2019&/+*-])[A-HJ-Z](?![\w'\u2019&/+*-]|\.\w)")
_BEFORE = re.compile(r"(?<![\w/'\u2019.-])([a-z]{2,12})[ \t]+\Z")
_AFTER = re.compile(r"[ \t]+([a-z']{2,20})(?![\w-])")
_SENTENCE_ON = re.compile(r"\.[ \t]+([A-Za-z]+)")
_PAIRED = re.compile(r"[ \t]*(?:and|or|to|&|\+)[ \t]*[A-Z](?![\w'\u2019])")
_PAIRED_BEFORE = re.compile(r"(?<![\w.'\u2019])[A-Z][ \t]+(?:and|or|to)[ \t]+\Z")
# Closed-class words after which a name stands: prepositions, conjunctions, contact verbs.
CLOSED = frozenset(
    "per with from by for of about than like re via "
    "if but and or when while because as that so though although unless until "
    "phoned called rang texted saw met told asked emailed messaged visited seen see tell "
    "ask call phone ring text email meet contacted reminded advised informed encouraged "
    "supported thanked joined collected".split()
    + "on to in at".split()
)
_PLACED = frozenset("on to in at from".split())  # "on L forearm", "to R.": a side
_SIDES = frozenset("LR")
# After the capital: words that carry on a clause whose subject or object it is.
_GOING_ON = frozenset(
    "on in at to for with about from by re is was has had said says came went mostly also "
    "too again today yesterday tonight then now wants will would could can did does "
    "didn't doesn't isn't wasn't won't can't".split()
)
_PUNCTUATION = frozenset(',;:!?)"\u201d')


def placed_letters(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, letter) of each capital standing alone after a closed-class word."""
    for match in _LETTER.finditer(text):
        before = _BEFORE.search(text, max(0, match.start() - 16), match.start())
        if before is None or before.group(1) not in CLOSED:
            continue
        letter = match.group()
        if letter in _SIDES and before.group(1) in _PLACED:
            continue
        if _PAIRED_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue  # "Plan A or B", "A to Z": a pair of letters
        if _goes_on(text, match.end()):
            yield match.start(), match.end(), letter


def _goes_on(text: str, end: int) -> bool:
    """What follows the capital leaves it a person: see the module's docstring."""
    rest = text[end : end + 32]
    if not rest.strip(" \t") or rest.lstrip(" \t")[:1] == "\n" or rest[0] in _PUNCTUATION:
        return True
    if _PAIRED.match(rest):
        return False
    if rest[0] == ".":
        if not rest[1:].strip(" \t") or rest[1:].lstrip(" \t")[:1] == "\n":
            return True
        on = _SENTENCE_ON.match(rest)  # not "W. [ORGANISATION 4]": a name's own letter
        return on is not None and _opens_sentence(on.group(1))
    word = _AFTER.match(rest)
    return word is not None and _carries_on(word.group(1))


def _opens_sentence(word: str) -> bool:
    """After "J. ": a word in lower case, or an English word that is no surname ("Clinic",
    not "Firth" nor "Smith": "per D. Firth" is someone else's initial)."""
    if not word[:1].isupper():
        return True
    return lexicon.english(word.lower()) and word not in lexicon.surnames()


def _carries_on(word: str) -> bool:
    """A function word, a verb or an adverb in "-ly" after the capital."""
    if word in _GOING_ON or word in extra.SUBJECT_VERBS:
        return True
    return a_verb(word) or (len(word) > 4 and word.endswith("ly"))
