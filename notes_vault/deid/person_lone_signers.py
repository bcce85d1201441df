"""A given name signing the note alone on its last line, before a role or a bracket (round
13, u13, layer "context").

A worker signs a log or a visit note with the first name alone, often with an initial and
their role or service after it: "Gill", "Ash", "kerensa (RNMDSF funded sessions)", "Kath
(Age UK Newcastle)", "pam (st barnabas bereavement vol)", "Demelza H, High Intensity
Therapist", "Tom P., EAP counsellor". The signer rules read initials (`signoffs.py`), a name
beside an initial with nothing else (`person_sign_lines.py`) and a name before a credential;
a lone word, or a name before a bracket or a comma and a role, was left.

The note's last line is taken when it holds, after an optional dash or bullet, one word and
at most an initial, then nothing, a bracket, or a comma and a few words (no digit, no colon:
"Plan (6 sessions): ..." is a heading; "Next: Tues 4pm" is no signature). The word must be
a name: a given name of the lists, or a short form of one that is an English word ("Gill",
"Ash", "Pip", "Win", "Mo"), or, in any case, a word that is no English word, abbreviation,
credential or chat word ("kerensa", "Demelza"); never a word the people rules refuse.
"Thanks", "Ends", "Done", "Cheers", "xx" stay.

One capital letter after a spaced dash ending the note signs it too ("... sent the letter
to Springfield Rd. - K"); a letter glued to the dash ("Plan-B") or with no space before the
dash is left, and so is a letter after another ("grades B - A").

Only the note's last line is read, and a bounded number of its tokens: constant work beyond
finding it.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.person_words import never_a_name
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok

_MAX_TOKENS = 14
_MAX_TAIL_WORDS = 7
_BULLETS = frozenset(["-", "~", "*", "\u2022", "\u2013", "\u2014"])
# Short forms of given names that are English words, which the name lists lack.
_SHORT_FORMS = frozenset("Gill Ash Mo Win Pip Cat Gem Em Bel".split())
_DASHES = frozenset(["-", "\u2013", "\u2014", "~"])
# What a note's last line asks, that census lists hold as names too ("See A.", "Read").
_NOTE_WORDS = frozenset(
    "see ask call ring check review note text email book meet read tell".split()
)
_CHAT = frozenset("ok okay ta ty thx np nb ps tbc tba fyi asap lol xx xxx pto eod eom".split())
_REASON_LETTER = "context: one capital letter after a dash ending the note ('... - K')"
_REASON = "context: a given name alone signing the note's last line ('Gill', 'pam (vol)')"


def find_lone_signers(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """The note's last line when it is a name signing alone (see the module docstring)."""
    end = len(toks)
    while end > 0 and toks[end - 1].text in (".", "!"):
        end -= 1
    if end == 0:
        return []
    dashed = _dashed_letter(text, toks, end)
    if dashed is not None:
        return [dashed] if covered.find(1, dashed.start, dashed.end) == -1 else []
    first = end - 1
    while first > 0 and "\n" not in text[toks[first - 1].end : toks[first].start]:
        first -= 1
        if end - first > _MAX_TOKENS:
            return []
    k = first + 1 if toks[first].text in _BULLETS else first
    if k >= end or not _name(text, toks, k):
        return []
    last = _initial_end(toks, k, end)
    if (last > k and last + 1 >= end) or not _tail(toks, last + 1, end):
        return []  # a name and an initial alone: person_sign_lines.py reads them
    span = Span(toks[k].start, toks[last].end, "person", "context", _REASON, fold(toks[k].text))
    return [span] if covered.find(1, span.start, span.end) == -1 else []


def _dashed_letter(text: str, toks: list[Tok], end: int) -> Span | None:
    """One capital letter after a spaced dash ends the note: "... to Springfield Rd. - K"."""
    letter = toks[end - 1]
    if end < 3 or len(letter.text) != 1 or not letter.text.isupper():
        return None
    dash = toks[end - 2]
    spaced = text[dash.end : letter.start] == " " and dash.start > toks[end - 3].end
    before = toks[end - 3].text
    if dash.text not in _DASHES or not spaced or (len(before) == 1 and before.isalnum()):
        return None  # "a B - A": a range of grades
    return Span(letter.start, letter.end, "person", "context", _REASON_LETTER, letter.text)


def _initial_end(toks: list[Tok], k: int, end: int) -> int:
    """The last token of the name at k and an initial after it ("Demelza H", "Tom P.")."""
    j = k + 1
    if j < end and len(toks[j].text) == 1 and toks[j].text.isalpha() and toks[j].text.isupper():
        if j + 1 < end and toks[j + 1].text == "." and toks[j + 1].start == toks[j].end:
            return j + 1
        return j
    return k


def _tail(toks: list[Tok], j: int, end: int) -> bool:
    """Nothing after the name, a bracket to the line's end, or a comma and a few words."""
    if j >= end:
        return True
    rest = toks[j:end]
    if any(t.text == ":" or any(ch.isdigit() for ch in t.text) for t in rest):
        return False
    if rest[0].text == "(":
        return rest[-1].text == ")" and all(t.text not in "()" for t in rest[1:-1])
    words = [t for t in rest[1:] if t.text.isalnum()]
    return rest[0].text == "," and 0 < len(words) <= _MAX_TAIL_WORDS


def _name(text: str, toks: list[Tok], k: int) -> bool:
    """The word at k may sign a note: a given name, a short form, or no English word."""
    word = toks[k].text
    if not word.isalpha() or len(word) < 2 or word.isupper():
        return False
    if not (word.islower() or word[0].isupper()):
        return False
    titled = word[0].upper() + word[1:].lower()
    low = word.lower()
    if titled in lexicon.NOT_NAMES or low in lexicon.PERSON_CUES or low in _CHAT | _NOTE_WORDS:
        return False
    if low in lexicon.CREDENTIALS or titled in lexicon.ABBREVIATIONS:
        return False
    common = titled in lexicon.census_first_names() or titled in _SHORT_FORMS
    if lexicon.english(low) and not common:
        return False  # "See A.", "Ends": an English word, unless one of the commonest names
    return not never_a_name(text, toks, k)
