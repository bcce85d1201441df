"""Initials signing a note, an entry or a letter (layer "context", round 7, p8).

Who wrote a line is often only initials, in places no sentence puts an abbreviation:

- the last sentence of a note's last line: "Letter + GP copy sent. AH", "Closed 01.12.26.
  RAW", "for Naomi. MO, 02.12.26", a line of its own "AF-L"; here even two letters that
  are also an abbreviation ("AH", "MO") sign after a full stop, since nothing follows them
  (not "NHS" alone on the last line);
- a log entry's signer before its time on a line of its own: "AH 02:05";
- a letter's reference, the author's capitals and the typist's small letters: "AR/jh";
- a slash before initials ending a line: "Rang the pharmacy back /KB";
- one capital letter closing a paragraph after a full stop: "...the Marsden completion. J"
  and a blank line.

Near misses stay: an abbreviation or memo word anywhere but the note's end ("- GP",
"/PRN", "NFA.", "TBC", "OK"), a letter after a sentence that goes on ("Plan B. Then"),
"I" and "A", "N/A", "and/or", "PT/OT", letters in a text of capitals. One pass over the
tokens, a few read around each line's end: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.person_letters import abbreviation, letters_at, mixed, person
from notes_vault.deid.tokens import Tok, line_firsts

_ENDS = frozenset([".", "!", "?"])
_BULLETS = frozenset(["-", "\u2013", "\u2014", "~", "*", "\u2022"])
_MAX_LOWER = 3
# Words that close a note and sign nothing (in lower case).
_CLOSINGS = frozenset(
    "thanks thx ta ty cheers regards best love ends end done signed ok okay fyi tbc nb ps pto "
    "lol xx xxx eod eom no yes see and the etc am pm na nil tba nfa dna".split()
)
_SLASH = "/"
# Memo words that close a note and sign nothing.
_MEMO = frozenset("END ENDS FIN OK NB PS PTO TBC TBA NFA DNA RIP FYI ASAP EOD EOM".split())
_REASON_LAST = "context: initials signing the note's last sentence"
_REASON_TIME = "context: initials signing a log entry before its time"
_REASON_REF = "context: a letter's reference (author/typist initials)"
_REASON_SLASH = "context: initials after a slash ending a line"
_REASON_ONE = "context: one capital letter signing a paragraph"


def find_signers(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Initials signing a note, a log entry or a letter (see the module)."""
    if not toks:
        return []
    spans = _last_sentence(text, toks)
    for first in [*line_firsts(text, toks)[1:], len(toks)]:
        spans += _line_end(text, toks, first - 1)  # each line's last token starts a look
    return [s for s in spans if covered.find(1, s.start, s.end) == -1]


def _last_sentence(text: str, toks: list[Tok]) -> list[Span]:
    """ "... copy sent. AH", "MO, 02.12.26", "AF-L", "- jo", "Eirlys", "ak / lou": the note's
    last sentence signs it."""
    end = len(toks)
    while end > 0 and toks[end - 1].text in _ENDS:
        end -= 1
    first = end - 1
    while first > 0 and "\n" not in text[toks[first - 1].end : toks[first].start]:
        if toks[first - 1].text in _ENDS and toks[first - 1].end < toks[first].start:
            break  # a full stop and a space: the last sentence starts here
        first -= 1
    if first < 0:
        return []
    alone = first == 0 or "\n" in text[toks[first - 1].end : toks[first].start]
    if toks[first].text in _BULLETS and first + 1 < end:
        first += 1  # "- jo", "— T."
    if first + 1 < end and toks[first + 1].text == "," and toks[end - 1].text[:1].isdecimal():
        end = first + 1  # "MO, 02.12.26": the initials before the date
    spans: list[Span] = []
    for a, b in _parts(toks, first, end):
        span = _signer(toks, a, b, alone=alone)
        if span is None:
            return []
        spans.append(span)
    return spans


def _parts(toks: list[Tok], first: int, end: int) -> list[tuple[int, int]]:
    """The signers of a last line, split at "/" ("ak / lou"); at most two."""
    cuts = [k for k in range(first, end) if toks[k].text == _SLASH]
    if len(cuts) > 1:
        return []
    if cuts:
        return [(first, cuts[0]), (cuts[0] + 1, end)]
    return [(first, end)]


def _signer(toks: list[Tok], a: int, b: int, *, alone: bool) -> Span | None:
    """The one signer toks[a:b] (see `_last_sentence`), or None."""
    if b <= a or toks[a].text in _MEMO:
        return None
    last = letters_at(toks, a, known=True)
    if last is not None and last + 1 == b:
        if (alone or len(toks[a].text) > 2) and abbreviation(toks[a].text):
            return None  # ". AH" signs; a line "NHS" or ". NHS" does not
        return person(toks, a, last, _REASON_LAST)
    if b - a == 1 and _signing_word(toks[a].text, alone=alone):
        return person(toks, a, a, _REASON_LAST)
    return None


def _signing_word(word: str, *, alone: bool) -> bool:
    """ "jd", "- jo", "- T." (alone), "Eirlys" (alone): one word that signs."""
    if not word.isalpha() or abbreviation(word.upper()) or word.lower() in _CLOSINGS:
        return False
    if len(word) == 1:
        return word.isupper() and word not in "IA" and alone
    if word.islower():
        return len(word) <= _MAX_LOWER
    named = word.lower() not in lexicon.common_words() or word in lexicon.census_first_names()
    return named and word.istitle() and len(word) > 2 and alone and word not in lexicon.places()


def _line_end(text: str, toks: list[Tok], k: int) -> list[Span]:
    """A line's last token k: a time after initials, a reference, a slash, one letter."""
    word = toks[k].text
    if k >= 3 and word.isdigit() and toks[k - 1].text == ":" and toks[k - 2].text.isdigit():
        return _timed(text, toks, k)
    if k >= 2 and toks[k - 1].text == _SLASH and _glued(toks, k - 2, k):
        return _reference(toks, k)
    if k >= 1 and toks[k - 1].text == _SLASH and toks[k - 1].end == toks[k].start:
        return _slashed(text, toks, k)
    return _one_letter(text, toks, k)


def _timed(text: str, toks: list[Tok], k: int) -> list[Span]:
    """ "AH 02:05" on a line of its own: the initials, then the time ending at k."""
    first = _line_first(text, toks, k)
    if not _starts_line(text, toks, first) or toks[first].text in _MEMO:
        return []
    last = letters_at(toks, first, known=True)
    if last is None or last + 1 != k - 2:
        return []
    return [person(toks, first, last, _REASON_TIME)]


def _slashed(text: str, toks: list[Tok], k: int) -> list[Span]:
    """ "... ready on Friday /GB": a spaced slash glued to initials ending the line."""
    spaced = k < 2 or toks[k - 2].end < toks[k - 1].start
    if not spaced or letters_at(toks, k) != k or not mixed(text, toks, k):
        return []
    return [person(toks, k, k, _REASON_SLASH)]


def _reference(toks: list[Tok], k: int) -> list[Span]:
    """ "AR/jh": two or three capitals, a slash, two or three small letters."""
    author, typist = toks[k - 2].text, toks[k].text
    if not (2 <= len(author) <= 3 and author.isalpha() and author.isupper()):
        return []
    if not (2 <= len(typist) <= 3 and typist.isalpha() and typist.islower()):
        return []
    if author in lexicon.ABBREVIATIONS or typist in lexicon.common_words():
        return []  # "PT/ot", "CBT/and"
    if typist.upper() in lexicon.ABBREVIATIONS:
        return []  # "ED/pt"
    return [
        person(toks, k - 2, k - 2, _REASON_REF),
        person(toks, k, k, _REASON_REF),
    ]


def _one_letter(text: str, toks: list[Tok], k: int) -> list[Span]:
    """ "...completion. J" then a blank line (or the note's end)."""
    word = toks[k].text
    if len(word) != 1 or not word.isupper() or word in "IA" or k < 1:
        return []
    stop = toks[k - 1]
    if stop.text not in _ENDS or stop.end == toks[k].start:
        return []
    after = text[toks[k].end : toks[k + 1].start] if k + 1 < len(toks) else "\n\n"
    if after.count("\n") < 2 or k < 2 or len(toks[k - 2].text) == 1:
        return []  # not "Plan B.\nThen", "U. S. A"
    return [person(toks, k, k, _REASON_ONE)]


def _glued(toks: list[Tok], a: int, b: int) -> bool:
    return all(toks[j].end == toks[j + 1].start for j in range(a, b))


def _starts_line(text: str, toks: list[Tok], k: int) -> bool:
    return k == 0 or "\n" in text[toks[k - 1].end : toks[k].start]


def _line_first(text: str, toks: list[Tok], k: int) -> int:
    """The first token of token k's line (a few back at most: a log line is short)."""
    first = k
    while first > 0 and k - first < 6 and not _starts_line(text, toks, first):
        first -= 1
    return first
