"""A name and an initial signing a note on its last line (round 8, p9).

The note's last line, alone, of a given name and an initial or an initial and a surname:
"Peter H.", "Gwenllian P.", "E. Wordsworth-Hall", "jo w", "dee o'c". p8's signers read
initials alone ("AH", "AF-L"); a name beside an initial was left, since a line start reads
as a sentence's start. Here the line must hold one word and one letter (or two, "o'c"),
the word no English word unless a given name, no abbreviation, and nothing else but full
stops, a hyphen or an apostrophe (not "Plan B.", "See A.", "Next: Tues", "Ward 4",
"Thanks all").

Only the note's last line is read: constant work beyond finding it.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.person_words import never_a_name
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok

_MARKS = frozenset([".", "-", "'", "\u2019"])
_MAX_TOKENS = 7
# Words a note's last line opens with before a letter, that census lists hold as names.
_NOTE_WORDS = frozenset(
    "see ask call ring check plan review note next text email book meet read tell send "
    "discuss option part section box bay bed room ward unit level grade step stage type "
    "class form year group table page appendix annex item list day week".split()
)
_REASON = "context: a name and an initial signing the note's last line"


def find_sign_line(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """The note's last line when it is a name and an initial (see the module)."""
    if not toks:
        return []
    end = len(toks)
    start = end - 1
    while start > 0 and "\n" not in text[toks[start - 1].end : toks[start].start]:
        start -= 1
        if end - start > _MAX_TOKENS:
            return []
    line = toks[start:end]
    words = [k for k in range(start, end) if toks[k].text not in _MARKS and not _glued(toks, k)]
    if len(words) != 2 or any(t.text not in _MARKS and not t.text.isalpha() for t in line):
        return []
    if any(toks[k].text.lower() in lexicon.CREDENTIALS for k in range(start, end)):
        return []  # "jm lcsw", "dl lpc-a": initials and a credential, read elsewhere
    long, short = sorted(words, key=lambda k: -len(toks[k].text))
    if len(toks[short].text) > 2 or len(toks[long].text) < 2 or not _named(text, toks, long):
        return []
    span = Span(line[0].start, line[-1].end, "person", "context", _REASON, fold(toks[long].text))
    return [span] if covered.find(1, span.start, span.end) == -1 else []


def _glued(toks: list[Tok], k: int) -> bool:
    """A piece after a hyphen or an apostrophe glued on both sides ("Wordsworth-Hall", "o'c")."""
    mark = toks[k - 1]
    return mark.text in _MARKS and mark.text != "." and mark.end == toks[k].start


def _named(text: str, toks: list[Tok], k: int) -> bool:
    """A word that can be a name: no English word unless a given name, no abbreviation."""
    word = toks[k].text
    titled = word.title()
    low = word.lower()
    if word.isupper() or titled in lexicon.NOT_NAMES or low in lexicon.PERSON_CUES:
        return False
    if low in _NOTE_WORDS or low in lexicon.CREDENTIALS or low in ("np", "pa", "rn", "md"):
        return False  # "See A.", "Plan B.", "Option C": what a note's last line asks
    english = word.lower() in lexicon.common_words()
    if english and titled not in lexicon.census_first_names():
        return False
    return not never_a_name(text, toks, k)
