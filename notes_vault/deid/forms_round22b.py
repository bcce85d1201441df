"""Round 22 (k22b): a single capital standing for the client, read by the replacer
(`known_round22b.py`) and by the final check (`check_round22b.py`), each its own way; only
this reader is shared.

What it reads: a capital letter standing alone as a clause's subject, before a verb ("A
reports", "J turned 20", "R criticises") or as a possessive ("A's mob"): one capital, not
joined to a word, a full stop, an apostrophe, a hyphen, "&", "/" or "+" on its left, and
not after a capitalised word or a word that letters things ("Dr J said", "Plan B was",
"Vitamin D is"). The verb is a subject verb of `forms_extra.SUBJECT_VERBS`, a word of five
letters or more in "-ed", or one in "-s" (not "-ss") that is no letter's noun ("A levels",
"B vitamins", "T cells"). What it does not read: "I"; a capital before a noun or an
adverb ("N mostly"), after a verb ("phoned K", "per J"), or opening a heading ("A: MDD");
whose letter it is: the callers keep only the client's own first initial.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from notes_vault.deid import forms_extra as extra
from notes_vault.deid import lexicon

# One capital (never "I"), then a possessive or one blank and a lower-case word.
_LETTER = re.compile(
    r"(?<![\w.'\u2019&/+-])(?P<letter>[A-HJ-Z])"
    r"(?:['\u2019]s(?![\w'\u2019])|[ \t](?P<verb>[a-z]{2,20})(?![\w'\u2019-]))"
)
_BEFORE = re.compile(r"(?P<word>[A-Za-z]+)[ \t]*$")
# Words that letter what follows: "Plan B", "Hep C", "Ward A", "Type 1" is no letter.
_LETTERING = frozenset(
    "plan vitamin vit hep hepatitis type grade class category cat ward bay block level "
    "group team section part stage step option schedule wing room unit bed tier form "
    "side exhibit appendix figure table annex row seat gate zone".split()
)
# Letters' nouns in "-s": "A levels", "B vitamins", "C sections", "T cells".
_LETTER_NOUNS = frozenset(
    "levels cells sections grades vitamins numbers words bombs sides notes drives shares "
    "types roads tests lists cups sizes plans units wards teams roles stars ratings scores "
    "shifts flats blocks games".split()
)
_BACK = 24  # characters read before the letter for the word that may letter it


def subject_letters(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, letter) of each capital standing as a subject or a possessive."""
    for match in _LETTER.finditer(text):
        verb = match.group("verb")
        if verb is not None and not a_verb(verb):
            continue
        before = _BEFORE.search(text, max(0, match.start() - _BACK), match.start())
        if before is not None and _letters(before["word"]):
            continue
        yield match.start(), match.start() + 1, match.group("letter")


def a_verb(word: str) -> bool:
    """A subject verb, a past tense or a third person's verb (not a letter's noun)."""
    if word in extra.SUBJECT_VERBS:
        return True
    if len(word) < 5:
        return False
    if word.endswith("ed"):
        return True
    return word.endswith("s") and not word.endswith("ss") and word not in _LETTER_NOUNS


def _letters(word: str) -> bool:
    """A capitalised word ("Dr", "Mr", "Ward") or a word that letters the next ("plan")."""
    return word[:1].isupper() or word.lower() in _LETTERING


# Round 22 (k22b): a leading clip of the client's given name or alias in any case ("dyl" of
# Dylan, "lachie" of Lachlan). Months, weekdays and foreign function words are no clip.
_NOT_CLIPS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs "
    "fri sat sun del las los der die das den les une des con per".split()
    # Round 22 (lead): clinical shorthand that clips a name: "abd" pain, "dex", "chr".
    + "abd dex chr christ resp neuro psych ortho peds onc endo derm pulm meds".split()
)
# The engine's abbreviations ("IMO", "MAT"), which a clip written in capitals would be.
_SHORTHAND = frozenset(w.lower() for w in lexicon.ABBREVIATIONS | lexicon.MORE_ABBREVIATIONS)
_PET_ENDS = ("ie", "y", "o")
_MIN_CLIP = 3
WORD = re.compile(r"(?<![\w'\u2019-])[A-Za-z]{3,20}(?![\w-])")


def clips_of(given: str) -> frozenset[str]:
    """The lower-case leading clips of a given name of five letters or more (three letters
    up to one short of the whole), one of four letters or more ending in a consonant also with
    "-ie", "-y" or "-o" ("lachie", "jonno" is not read: its "n" is doubled);
    never an English word, a place, a month or weekday, or a foreign function word."""
    name = given.lower()
    if len(name) < _MIN_CLIP + 2 or not name.isalpha() or not name.isascii():
        return frozenset()
    stems = [name[:k] for k in range(_MIN_CLIP, len(name))]
    pets = (stem + end for stem in stems[1:] if stem[-1] not in "aeiouy" for end in _PET_ENDS)
    found = {*stems, *pets} - {name}
    return frozenset(c for c in found if _a_clip(c))


def _a_clip(form: str) -> bool:
    """Not an English word, a place, a month or weekday, a foreign function word or
    clinical shorthand."""
    return (
        form not in _NOT_CLIPS
        and form not in _SHORTHAND
        and not lexicon.english(form)
        and (form.title() not in lexicon.places())
    )
