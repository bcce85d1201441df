"""Lone capitals and initials of the people a vault knows, as a note writes them.

A capital with a full stop standing alone ("I asked K. what"), one opening a
clause before a verb ("K asked her"), one between words in capitals ("LEFT WHEN
L WAS 9"), a sign-off ("Thanks, K"), one in quotes, a couple's pair ("L & S",
"PD & HM") and initials with or without stops ("K.M.", "KM"). Split from
known_search.py, which calls `initials`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from notes_vault.deid import forms_extra as extra
from notes_vault.deid.known import INITIALS
from notes_vault.deid.known_index import Entry, Hit, VaultIndex

_NOT_LETTERS = str.maketrans("", "", ". \t&-")  # all an INITIALS match holds besides letters

# "I asked K. what...", "(J., 10)": one capital and a full stop, standing alone,
# not the start of a longer name ("A. Sharma") nor inside initials ("K.M.").
_LONE = re.compile(r"(?<![\w.&])[A-Z]\.(?![\w.&])(?![ \t]*[A-Z][a-z])")  # "T. IS" in capitals


# Without a full stop, a capital alone is a person where a name stands: opening
# a line, a clause or a bullet before a verb ("K asked her", "- Z reports"), or
# paired with another ("L & S"). "A" and "I" are words.
_SUBJECT = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=- )|(?<=[.;:(] ))([B-HJ-Z])(?=[ \t][a-z]{2,})", re.MULTILINE
)
# In a line written in capitals, a capital alone between two words in capitals is a
# person ("LEFT WHEN L WAS 9"), unless the word before takes a letter ("PLAN B",
# "VITAMIN D", "HEP C") or the word after makes one with it ("T CELL", "X RAY").
_SHOUTED = re.compile(r"(?<=[A-Z]{2}[ \t])([B-HJ-Z])(?=[ \t]([A-Z]{2,})(?![a-z]))")
# A capital alone ending a message, after a sentence, a comma or a dash, or alone on
# its line: a sign-off ("Sorry. F", "Thanks, K", "- M").
_SIGN_OFF = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?,] )|(?<=[-\u2013\u2014~] )|(?<=\bx )|(?<=\bxx ))"
    r"([B-HJ-Z])(?=[ \t]*(?:\n|\Z))",
    re.MULTILINE,
)
# What every `_SIGN_OFF` match is: a capital ending its line (a cheap scan to start from).
_LINE_END_CAPITAL = re.compile(r"[B-HJ-Z](?=[ \t]*(?:\n|\Z))")


def sign_offs(text: str) -> Iterator[re.Match[str]]:
    """`_SIGN_OFF.finditer(text)`, its slow look-behinds tried only at a capital ending a line."""
    for capital in _LINE_END_CAPITAL.finditer(text):
        match = _SIGN_OFF.match(text, capital.start())
        if match is not None:
            yield match


# A known initial alone in quotes: what someone is called ('he likes "T" from staff').
_QUOTED = re.compile(r"(?<=[\"\u201c\u2018'])([B-HJ-Z])(?=[\"\u201d\u2019'])")
_PAIR = re.compile(r"(?<![\w.&])([B-HJ-Z])[ \t]?(?:&|\+|and)[ \t]?([B-HJ-Z])(?![\w&])")


def initials(index: VaultIndex, text: str) -> list[Hit]:
    hits = [
        Hit(m.start(), m.end(), index.lone[m.group()[0]])
        for m in _LONE.finditer(text)
        if m.group()[0] in index.lone
    ]
    if index.lone:
        hits += [
            Hit(m.start(1), m.end(1), index.lone[m.group(1)])
            for m in _SUBJECT.finditer(text)
            if m.group(1) in index.lone
        ]
        hits += [
            Hit(m.start(1), m.end(1), index.lone[m.group(1)])
            for m in _SHOUTED.finditer(text)
            if m.group(1) in index.lone
            and m.group(2) not in extra.LETTER_MAKERS
            and _word_before(text, m.start(1)) not in extra.LETTER_TAKERS
        ]
        hits += [
            Hit(m.start(1), m.end(1), index.lone[m.group(1)])
            for m in chain(sign_offs(text), _QUOTED.finditer(text))
            if m.group(1) in index.lone
        ]
        for m in _PAIR.finditer(text):
            if m.group(1) in index.lone and m.group(2) in index.lone:
                hits.append(Hit(m.start(1), m.end(1), index.lone[m.group(1)]))
                hits.append(Hit(m.start(2), m.end(2), index.lone[m.group(2)]))
    if not index.initials:
        return hits
    for match in INITIALS.finditer(text):
        letters = match.group().translate(_NOT_LETTERS).lower()  # s11: one C call
        entry = index.initials.get(letters)
        if entry is not None:
            rest = _APOSTROPHE_LETTER.match(text, match.end())  # "C. O'D.": O'Donnell's "D"
            hits.append(Hit(match.start(), rest.end() if rest else match.end(), entry))
        elif "&" in match.group():  # "PD & HM": a couple's initials, each on its own
            hits += _paired_initials(index, match)
        elif " " in match.group():  # "SLR ED visit": a known acronym before other capitals
            hits += _spaced_tokens(index, match)
    hits += _ocr_dotted(index, text)  # round 9: "S.0."
    ofs = index.more.get("of acronyms")
    if ofs is None:  # made once per index: are there acronyms with "of" at all
        ofs = index.more["of acronyms"] = [
            (k, e) for k, e in index.initials.items() if k[1:2] == "o"
        ]
    for match in OF_ACRONYM.finditer(text) if ofs else ():  # "UoM": "of" kept as a small "o"
        entry = index.initials.get(match.group().lower())
        if entry is not None and entry.category == "organisation":
            hits.append(Hit(match.start(), match.end(), entry))
    return hits


_CAPITALS = re.compile(r"[A-Z.]{2,}")
# "UoM", "UoB", "BoE": an organisation's acronym with "of" kept as a small "o" (round 7).
OF_ACRONYM = re.compile(r"(?<![\w.&])[A-Z]o[A-Z]{1,2}(?![\w&])")


def _spaced_tokens(index: VaultIndex, match: re.Match[str]) -> list[Hit]:
    """Each capitals token of two letters or more in a run of them that is known alone."""
    hits = []
    for token in _CAPITALS.finditer(match.group()):
        entry = index.initials.get(token.group().replace(".", "").lower())
        if entry is not None and len(token.group().replace(".", "")) >= 2:
            hits.append(Hit(match.start() + token.start(), match.start() + token.end(), entry))
    return hits


_SIDE = re.compile(r"[A-Z](?:\.?[ \t]?[\-]?[ \t]?[A-Z])*\.?")


def _paired_initials(index: VaultIndex, match: re.Match[str]) -> list[Hit]:
    hits = []
    for side in _SIDE.finditer(match.group()):
        entry = index.initials.get("".join(c for c in side.group() if c.isalpha()).lower())
        if entry is not None:
            hits.append(Hit(match.start() + side.start(), match.start() + side.end(), entry))
    return hits


def _ocr_dotted(index: VaultIndex, text: str) -> list[Hit]:
    """Initials with stops in an OCR'd scan, a zero read for an "O" ("S.0.")."""
    hits = []
    for match in _OCR_DOTTED.finditer(text) if "0." in text else ():
        letters = match.group().replace("0", "O")
        entry = index.initials.get("".join(c for c in letters if c.isalpha()).lower())
        if entry is not None and any(c.isalpha() for c in match.group()):
            hits.append(Hit(match.start(), match.end(), entry))
    return hits


# Round 9 (k9): initials with stops in an OCR'd scan, a zero for an "O" ("S.0.").
_OCR_DOTTED = re.compile(r"(?<![\w.&])[A-Z0]\.(?:[ \t]?[A-Z0]\.){1,2}(?![\w&])")
_APOSTROPHE_LETTER = re.compile(r"['\u2019][A-Z]\.?(?![\w'\u2019])")


def _word_before(text: str, start: int) -> str:
    """The word that ends one space before `start`."""
    begin = start - 1
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    return text[begin : start - 1]


# Not the "O" of "Dr O'Neill": a letter before an apostrophe and a letter begins a surname.
_TITLE_INITIAL = re.compile(r"(?<!\w)(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]([A-Z])\.?(?!\w|['\u2019]\w)")
# Round 9: "mr k" typed all in lower case ("a" and "i" are words, never taken).
LOWER_TITLE_INITIAL = re.compile(
    r"(?<![\w.])(?:mr|mrs|ms|miss|mx|dr)\.?[ \t]([b-hj-z])\.?(?![\w'\u2019-])"
)


def title_initials(index: VaultIndex, text: str) -> list[Hit]:
    """ "Mrs O." / "Mr K" / "mr k": a title and one letter that is a known person's initial."""
    hits = []
    lower = LOWER_TITLE_INITIAL.finditer(text) if "r " in text or "r. " in text else ()
    for match in chain(_TITLE_INITIAL.finditer(text), lower):
        letter = match.group(1).lower()
        tag = next((t for t, letters in index.letters.items() if letter in letters), None)
        if tag is not None:
            entry = Entry("[INITIAL]", "name", "a known person's initial after a title", "initials")
            hits.append(Hit(match.start(1), match.end(), entry))
    return hits
