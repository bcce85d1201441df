"""Initials signing the end of an entry, not only of the note (round 18, lead).

Logs and notes with dated follow-ups are signed entry by entry: "... next wk same time. -
ls" before a blank line, "Booked Fri w/ Dr H. -tc" before a line "Fri 11/29 - came in",
"... review 2/52. EH" before "tel 2/52 ...", "... mood better. N.A.", "... will step down to
monthly. -b.h.", "... info given. k.w.", "... confirmed. Kat", "... 2x/wk. AP (clin psych)",
"... at the shelter. ok. -m". The older signer rules read the note's last line
(`person_signers`, `signoffs`, `person_lone_signers`) or a dash with a role beside it
(`person_dash_signers`), and refuse initials that are also an abbreviation or an English
word, which a signature ending an entry after a full stop seldom is.

An entry ends at the note's end, before a blank line, or before a line that opens a dated
entry (a date, a time, a weekday, "addendum", "update", "f/u"). There, the line's last
sentence (after a full stop, "!" or "?" and a space, or the whole line) is a signature when
it is, after an optional dash or slash:

- dotted initials of two or three letters ("k.w.", "B.H.", "N.A."), not a dotted
  abbreviation ("a.m.", "e.g.", "p.r.n.", "U.K.");
- one letter after a dash or slash ("-m", "/ K");
- two or three letters all in capitals (in a note not in capitals), or all in lower case,
  that are no abbreviation and, in lower case without a dash or slash, no English word
  ("gm" as a signature is no unit: nothing counts it); after a dash or slash, lower-case
  letters sign unless they are a service's letters ("- gp", "- ot");
- initials before a bracketed role ("AP (clin psych)", "ct (MHST)");
- a given name of the lists alone, capitalised, no place ("Kat").

Letters alone on their own line, straight under the entry's closed sentence and before a
line that opens with a day and month, a time, a weekday or an addendum, sign even when they
are also an abbreviation, and in a note in capitals ("... wk of 8/12.\nDM\n9/12: outcome",
round 19); at the note's end only letters that are no abbreviation or service sign ("Seen
today.\nNHS" stays); before a blank line or a reading ("BP\n120/80") they may be a heading,
and stay.

Near misses stay: a sentence of more words ("Next wk. See GP"), a list's item on a line of
its own ("- GP"), memo words ("TBC", "NFA", "ok"), units and abbreviations ("BD", "PRN",
"a.m."), initials in a text of capitals, a line that goes on to more text of its entry.
Each line's end is looked at once, at most a few tokens back: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid import lexicon
from notes_vault.deid.dates import MONTHS
from notes_vault.deid.model import Span
from notes_vault.deid.person_dash_signers import ROLE_WORDS
from notes_vault.deid.person_letters import abbreviation, mixed, person
from notes_vault.deid.tokens import Tok, line_firsts

_STOPS = frozenset([".", "!", "?"])
_MARKS = frozenset(["-", "/", "\u2013", "\u2014", "~"])
_CLOSED = frozenset([".", "!", "?", ")", '"', "\u201d"])  # what ends the entry's text
_MAX_TAIL = 7  # tokens of a signature at most ("-b.h.", "AP ( clin psych )")
_DATED = re.compile(
    r"[ \t]*(?:[-*\u2022][ \t]*)?(?:\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b"
    r"|addend|update|f/u\b|am\b|pm\b|late entry|tmrw\b|tomorrow\b)",
    re.IGNORECASE,
)
# A line opening with a day and month, a time, a weekday or an addendum (not "120/80").
_DATE_OPENS = re.compile(
    r"[ \t]*(?:\d{1,2}[/.:-]\d{1,2}(?!\d)|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b"
    r"|addend|update|late entry)",
    re.IGNORECASE,
)
# Dotted letters that are an abbreviation, not initials.
_DOTTED = frozenset(
    "am pm eg ie nb ps od bd tds qds qid tid po prn qd us uk usa aa ma ba bs md rn dr mr "
    "mrs ms st wk yr".split()
)
# Two-letter words and memo words that close an entry and sign nothing.
_WORDS = frozenset(
    "is to me us go do so no ok hi we he up on in at it of or an as be by if my oh ah ha "
    "ta ty xx xxx thx lol fyi tbc tba nfa dna eod nil na yes and the see end etc pto "
    "mon tue wed thu fri sat sun".split()
) | frozenset(MONTHS)
# Services' letters that a dash opens as a list's item or a plan ("- GP", "- ot").
_SERVICES = frozenset("GP OT SW PT DN HV ED AE MH DR NP PA RN ER ICU".split())
_REASON = "context: initials signing an entry's end (before a blank line or a dated entry)"
_REASON_OWN = "context: initials alone on the line closing an entry (before a dated line)"


def find_entry_signers(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Signatures at the end of each entry (see the module), over no covered character."""
    if not toks:
        return []
    firsts = line_firsts(text, toks)
    spans: list[Span] = []
    for i, first in enumerate(firsts):
        last = (firsts[i + 1] if i + 1 < len(firsts) else len(toks)) - 1
        if last < first or not _ends_entry(text, toks, last):
            continue
        span = _tail(text, toks, first, last) or _own_line(text, toks, first, last)
        if span is not None and covered.find(1, span.start, span.end) == -1:
            spans.append(span)
    return spans


def _ends_entry(text: str, toks: list[Tok], last: int) -> bool:
    """The note's end, a blank line next, or a next line that opens a dated entry."""
    if last + 1 >= len(toks):
        return True
    gap = text[toks[last].end : toks[last + 1].start]
    if gap.count("\n") >= 2:
        return True
    return _DATED.match(text, toks[last + 1].start) is not None


def _tail(text: str, toks: list[Tok], first: int, last: int) -> Span | None:
    """The signature ending at token `last` (its line opening at `first`), or None."""
    start = _sentence(toks, first, last)
    if start is None:
        return None
    marked = toks[start].text in _MARKS
    start += marked
    if start > last:
        return None
    words = [tok.text for tok in toks[start : last + 1]]
    if _dotted(words) or _one_letter(words, marked=marked):
        return person(toks, start, last - (words[-1] == "."), _REASON)
    alone = len(words) == 1
    if alone and (
        _letters(text, toks, start, marked=marked) or (not marked and _given_name(words[0]))
    ):
        return person(toks, start, start, _REASON)
    if _bracketed(words) and _letters(text, toks, start, marked=True, role=True):
        return person(toks, start, start, _REASON)
    return None


def _own_line(text: str, toks: list[Tok], first: int, last: int) -> Span | None:
    """ "DM" alone on its line, straight under the entry's closed sentence, before a dated
    line: a signature even when the letters are also an abbreviation, and in a note in
    capitals; at the note's end, only letters that are no abbreviation (round 19)."""
    word = toks[first].text
    if first != last or first == 0 or not (2 <= len(word) <= 3 and word.isupper()):
        return None
    if not word.isalpha() or word.lower() in _WORDS:
        return None
    if text[toks[first - 1].end : toks[first].start].count("\n") != 1:
        return None  # a heading after a blank line, or letters ending a line of text
    if toks[first - 1].text not in _CLOSED:
        return None  # "Letter copied to the\nGP": the sentence goes on
    return person(toks, first, first, _REASON_OWN) if _closes(text, toks, last) else None


def _closes(text: str, toks: list[Tok], last: int) -> bool:
    """The letters at `last` close an entry: before a dated line ("BP", then "120/80", or
    "MSE" before its text, is as likely a heading), or at the note's end when they are no
    abbreviation or service (the older rules' bar: "Seen today.\nNHS" stays)."""
    if last + 1 < len(toks):
        return _DATE_OPENS.match(text, toks[last + 1].start) is not None
    word = toks[last].text
    return not abbreviation(word) and word not in _SERVICES


def _sentence(toks: list[Tok], first: int, last: int) -> int | None:
    """The first token of the last sentence of the line (after a stop and a space, or the
    line's start), or None when it is longer than a signature."""
    start = last
    while start > first and last - start < _MAX_TAIL:
        before = toks[start - 1]
        if before.text in _STOPS and before.end < toks[start].start:
            return start  # a full stop and a space: the last sentence opens here
        start -= 1
    return start if start == first else None


def _dotted(words: list[str]) -> bool:
    """ "k . w ." / "N . A ." / "b . h": two or three single letters, each with a stop."""
    letters = words[0::2]
    stops = words[1::2]
    if not 2 <= len(letters) <= 3 or len(words) > 2 * len(letters):
        return False
    if not all(len(w) == 1 and w.isalpha() for w in letters) or any(s != "." for s in stops):
        return False
    if len(stops) < len(letters) - 1:
        return False
    return "".join(letters).lower() not in _DOTTED


def _one_letter(words: list[str], *, marked: bool) -> bool:
    """ "-m", "/ K": one letter after a dash or slash."""
    return marked and len(words) == 1 and len(words[0]) == 1 and words[0].isalpha()


def _letters(text: str, toks: list[Tok], k: int, *, marked: bool, role: bool = False) -> bool:
    """Two or three letters, one case, that sign (see the module)."""
    word = toks[k].text
    if not (2 <= len(word) <= 3 and word.isalpha()) or word.lower() in _WORDS:
        return False
    if word.isupper():
        return (role or not abbreviation(word)) and mixed(text, toks, k)
    if not word.islower():
        return False
    if marked:
        return role or word.upper() not in _SERVICES
    return not abbreviation(word.upper()) and (len(word) == 2 or word not in lexicon.common_words())


def _bracketed(words: list[str]) -> bool:
    """ "AP ( clin psych )": letters, then a bracket holding a role word and no digit."""
    if len(words) < 4 or words[1] != "(" or words[-1] != ")":
        return False
    inside = [w.lower() for w in words[2:-1]]
    return all(w.isalpha() for w in inside) and any(
        w in ROLE_WORDS or w in ("psych", "mhst", "clin", "admin") for w in inside
    )


def _given_name(word: str) -> bool:
    """ "Kat": a capitalised given name of the lists, no place, no English word but a name."""
    if not (word.istitle() and word.isalpha() and len(word) > 2):
        return False
    if word not in lexicon.first_names() or word in lexicon.places():
        return False
    return word.lower() not in lexicon.common_words()
