"""The organisation line of an address block (layer "context", issue 13 round 5).

A letter or signature pasted into a note stacks a person, a firm and a street:

    Naomi Ryan
    Hubbard, Fox and Gillespie
    3747 Fourth Avenue, Suite 12

The line just above a street line (a house number and a word, or a unit, suite,
flat or box line), when a short line stands above it too, is the firm's name: one
to five words, no colon, no digits. Not a line that opens with a given name (the
person rules judge it), a salutation or note heading, or a line the other layers
already read as a street or a place.

One linear regex pass finds the lines that open with a digit or a unit word; each is
read a few tokens either side: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, starts

_UNIT_WORDS = frozenset("unit suite ste flat apt apartment po psc box".split())
_MAX_WORDS = 5


def find_block_orgs(text: str, toks: list[Tok]) -> list[Span]:
    """Firms' lines in address blocks (see the module docstring)."""
    if text.count("\n") < 2:
        return []
    at = starts(toks)
    spans: list[Span] = []
    for match in _STREET_START.finditer(text):
        below = at.get(match.end())
        line = _line_before(text, at, match.start())
        above = None if line is None else _line_before(text, at, _newline(text, toks[line]))
        if below is None or line is None or above is None:
            continue
        if not _street_line(toks, below, _line_end(text, toks, below)):
            continue
        if len([t for t in toks[above:line] if t.text[:1].isalnum()]) > _MAX_WORDS:
            continue
        if _firm_line(toks, line, below):
            reason = "context: the line above a street line in an address block"
            key = fold(" ".join(t.text for t in toks[line:below] if t.text.isalnum()))
            end = toks[below - 1].end
            spans.append(Span(toks[line].start, end, "organisation", "context", reason, key))
    return spans


# A line that may open a street or unit line: a digit, or a unit or box word.
_STREET_START = re.compile(r"\n[ \t]*(?=[1-9]|(?i:unit|suite|ste|flat|apt|apartment|po|psc|box)\b)")


def _line_before(text: str, at: dict[int, int], newline: int) -> int | None:
    """The first token of the non-blank line ending at the newline at `newline`."""
    if newline <= 0:
        return None
    begin = text.rfind("\n", 0, newline) + 1
    while begin < newline and text[begin] in " \t":
        begin += 1
    return at.get(begin) if begin < newline else None


def _newline(text: str, tok: Tok) -> int:
    """The position of the newline before the line that `tok` opens (-1 if none)."""
    return text.rfind("\n", 0, tok.start)


def _line_end(text: str, toks: list[Tok], first: int) -> int:
    """The index just past the last token of the line starting at token `first`."""
    stop = text.find("\n", toks[first].start)
    stop = len(text) if stop == -1 else stop
    k = first
    while k < len(toks) and toks[k].start < stop and k - first < _MAX_WORDS * 3:
        k += 1
    return k


def _street_line(toks: list[Tok], first: int, end: int) -> bool:
    """A line opening with a house number (no leading 0) and a word within the next two
    tokens, or with a unit or box word."""
    head = toks[first].text
    if head.lower() in _UNIT_WORDS:
        return True
    if not (head.isdecimal() and len(head) <= 5 and not head.startswith("0")):
        return False  # "0113 343 4107": a phone line
    return any(t.text[:1].isalpha() for t in toks[first + 1 : min(end, first + 3)])


def _firm_line(toks: list[Tok], first: int, end: int) -> bool:
    """One to five words, no digits or colon, not opening with a given name or heading."""
    words = [t.text for t in toks[first:end]]
    names = [w for w in words if w[:1].isalpha()]
    if not names or len(names) > _MAX_WORDS or any(w == ":" or w.isdecimal() for w in words):
        return False
    if not all(w[:1].isalpha() or w in ",&.'-\u2019" for w in words):
        return False
    opener = names[0].title() if names[0].isupper() else names[0]
    if opener in lexicon.first_names() or opener in lexicon.NOT_NAMES:
        return False
    return not (opener.lower() in lexicon.TITLES or opener.lower() in lexicon.PERSON_CUES)
