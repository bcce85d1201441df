"""Whole names: a known name, place or organisation widened to the words around it.

"Hartley Cougars" with only "Hartley" known is replaced as one span, so no
"[PLACE] Cougars" is left to name the club; an organisation takes in its
short capitals ("Deloitte LLP") and a legal suffix in any case ("Rolls-Royce
plc"), a person a lone initial ("LUNDQUIST, G."), a town the US state after
it ("Durham, NC").
"""

from __future__ import annotations

import re

from notes_vault.deid.forms import common
from notes_vault.deid.forms_extra import HONORIFIC_SUFFIXES, is_title
from notes_vault.deid.tokens import Tok, is_capitalised, sentence_start

_WIDEN = 3  # at most this many capitalised words are taken in on each side
_NOT_NAME_WORDS = frozenset({"I", "I'm", "I've", "I'd", "I'll"})


def _titled(word: str) -> bool:
    """A title or a client's role before a name ("Mrs", "Dr.", "Pt"): not a name's word; a
    credential that is also a given name ("Pa" Nhia Vang) only as `is_title` reads it."""
    return is_title(word) or word.lower().rstrip(".") in ("pt", "patient", "client")


# Titles that name no one; a relation or a religious title written as part of a recorded name
# ("Uncle Wing", "Father Mike") is the name's own and is replaced with it.
_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "rev"})
_FIRST_WORD = re.compile(r"([^\W\d_]+\.?)[ \t]+(?=[^\W\d_])")


def untitled(text: str, start: int, end: int) -> int:
    """Where a known name's replacement starts: after the titles it opens with. A title
    recorded with a linked name ("Dr Patrick Moynihan" as the GP) is matched with it, but
    stays in the text as a title before any other name does: "Dear Dr [GP]" (lead, round
    21); the name after it is still replaced whole."""
    for _ in range(2):  # "Rev Dr Iain Cowie"
        word = _FIRST_WORD.match(text, start, end)
        if word is None or word.group(1).rstrip(".").lower() not in _HONORIFICS:
            break
        start = word.end()
    return start


_DAY_OPENER = re.compile(r"(?i)on[ \t]+(?=[^\W_])")


def day_start(text: str, start: int, end: int) -> int:
    """Where a known date of birth's replacement starts: after an "on" that opens it ("turns
    32 on [DOB]" for "on Monday"), which writers leave outside the date (29 of 31 on dev; "the"
    of "the 25th" they label as often as not, and it stays in); the date itself is replaced
    whole (lead, round 21)."""
    opener = _DAY_OPENER.match(text, start, end)
    return opener.end() if opener is not None and opener.end() < end else start


def token_ends(toks: list[Tok]) -> tuple[dict[int, int], dict[int, int]]:
    """Token index by start offset and by end offset (for `whole_name`)."""
    return {t.start: i for i, t in enumerate(toks)}, {t.end: i for i, t in enumerate(toks)}


def whole_name(
    text: str,
    toks: list[Tok],
    ends: tuple[dict[int, int], dict[int, int]],
    span: tuple[int, int],
    category: str,
) -> tuple[int, int]:
    """Widen a known name or place to the capitalised words around it (`_widened`), after
    the titles a name opens with (`untitled`); a date of birth is only trimmed (`day_start`)."""
    start, end = span
    if category == "dob":
        return day_start(text, start, end), end
    if category == "name":
        start = untitled(text, start, end)
    return _widened(text, toks, ends, (start, end), category)


def _widened(
    text: str,
    toks: list[Tok],
    ends: tuple[dict[int, int], dict[int, int]],
    span: tuple[int, int],
    category: str,
) -> tuple[int, int]:
    """Widen a known name or place to the capitalised words around it.

    "Hartley Cougars" with only "Hartley" known becomes one span, so no
    "[PLACE] Cougars" is left to name the club. Words are taken in only when
    one space or tab separates them and they are capitalised (not ALL CAPS,
    not "I"); on the left, not a word that opens a sentence. An organisation
    also takes in short capitals after it ("Deloitte LLP", "Franklin HS"); a
    person a lone initial ("LUNDQUIST, G.", "G. Lundquist").
    """
    by_start, by_end = ends
    start, end = span
    i, taken = by_end.get(end), 0
    while i is not None and i + 1 < len(toks) and taken < _WIDEN:
        nxt = toks[i + 1]
        caps = category == "organisation" and _short_caps(text, toks[i], nxt)
        if not caps and (not _joins(text, toks[i], nxt, nxt) or nxt.text in _NOT_NAME_WORDS):
            break
        end, i, taken = nxt.end, i + 1, taken + 1
    j, taken = by_start.get(start), 0
    while j is not None and j > 0 and taken < _WIDEN:
        prev = toks[j - 1]
        if not _joins(text, prev, toks[j], prev) or sentence_start(text, toks, j - 1):
            break
        if category == "name" and _titled(prev.text):
            break  # "Mrs [CLIENT]": a title stays, as it does before any other name (round 20)
        start, j, taken = prev.start, j - 1, taken + 1
    if category == "name":
        start, end = _initial_beside(text, start, end)
    legal = LEGAL_AFTER.match(text, end)  # "Rolls-Royce plc", "Pettigrew Ltd", "Hartley Inc"
    end = legal.end() if legal is not None else end
    glued = _GLUED.match(text, end)  # "BPE Co-op", "GRAWN-ya": one word, not a tag and "-op"
    if glued is not None and _rest_of_word(glued.group(1)):
        end = glued.end()
    if category == "address":
        direction = _DIRECTION_BEFORE.search(text, max(0, start - 7), start)
        start = direction.start() if direction is not None else start  # "N. Galvez"
        number = _NUMBER_BEFORE.search(text, max(0, start - 8), start)  # "8 lngleby Road"
        start = number.start() if number is not None else start
        point = _DIRECTION_AFTER.match(text, end)  # "PAISLEY RD W"
        end = point.end() if point is not None else end
        state = _STATE.match(text, end)
        if state is not None and state.group().strip(", \t") in _US_STATES:
            end = state.end()
    return start, end


_US_STATES = frozenset(
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
        "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
        "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
        "VT", "VA", "WA", "WV", "WI", "WY",
    }
)  # fmt: skip
_STATE = re.compile(r",?[ \t]?[A-Z]{2}(?![\w.])")  # "Durham, NC": a US state after a town


# A legal suffix after an organisation, in any case ("plc", "Ltd.", ", Inc."); "Limited"
# and "Co" only capitalised ("limited her hours", "co-workers" are words).
LEGAL_AFTER = re.compile(
    r",?[ \t](?:(?i:ltd|plc|inc|llc|llp|corp|gmbh|pty)|Limited|LIMITED|Co|CO|Corporation"
    r"|CORPORATION)\.?(?![\w\-])"
)
_DIRECTION_BEFORE = re.compile(r"(?<![\w.])(?:[NSEW]|NE|NW|SE|SW|North|South|East|West)\.?[ \t]\Z")
_NUMBER_BEFORE = re.compile(r"(?<![\w./\-:,])\d{1,4}[A-Za-z]?[ \t]\Z")
_DIRECTION_AFTER = re.compile(r"[ \t](?:[NSEW]|NE|NW|SE|SW)\.?(?![\w'\u2019])")
_GLUED = re.compile(r"-([A-Za-z]{1,12})(?![\w-])")
# "G. Lundquist", "T Wrenfield", and two initials of the given names before the surname,
# joined by a dot or hyphen: "A-R Pickett", "A.R Pickett", or the "A-" before "R Pickett"
# ("GP Pickett" keeps its role: bare capitals are not taken).
_BEFORE_INITIAL = re.compile(
    r"(?<![\w.\-'\u2019])(?:[A-Z]\.[ \t]?|[B-HJ-Z][ \t]|[A-Z][.\-][A-Z]\.?[ \t]|[A-Z]-)$"
)
# After the surname: "LUNDQUIST, G.", and after a comma without the dot ("Mulcahy, P",
# "Jean-Baptiste, M-D"; round 15): not "A" or "I" ("Smith, I think"), not one capital
# before a lower-case word, where it can be an item of a list ("Ward B, C and D"), and two
# only joined by a hyphen: "Marrow, M.A." is a degree (k13's near miss).
_AFTER_INITIAL = re.compile(
    r",?[ \t]?[A-Z]\.(?!\w)|,[ \t]?(?:[B-HJ-Z](?![ \t]+[a-z])|[A-Z]-[A-Z]\.?)"
    r"(?![\w'\u2019.\-])"
)


def _rest_of_word(piece: str) -> bool:
    """ "op" of "Co-op", "ya" of "GRAWN-ya"; not "funded", "sensei", "a"."""
    lower = piece.lower()
    if len(piece) < 2 or lower in HONORIFIC_SUFFIXES:
        return False
    return len(piece) == 2 or not common(piece)


def _initial_beside(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in a lone initial written next to a known name ("G. Lundquist", "LUNDQUIST, G.")."""
    before = _BEFORE_INITIAL.search(text, max(0, start - 6), start)
    if before is not None:
        start = before.start()
    after = _AFTER_INITIAL.match(text, end)
    if after is not None:
        end = after.end()
    return start, end


def _short_caps(text: str, left: Tok, right: Tok) -> bool:
    """One space, then 2-4 capitals ("LLP", "HS", "UMC")."""
    word = right.text
    return text[left.end : right.start] == " " and 2 <= len(word) <= 4 and word.isupper()


def _joins(text: str, left: Tok, right: Tok, outer: Tok) -> bool:
    """One space between two words, and the word taken in capitalised."""
    gap = text[left.end : right.start]
    word = outer.text
    return gap in (" ", "\t") and len(word) > 1 and word.isalpha() and is_capitalised(word)
