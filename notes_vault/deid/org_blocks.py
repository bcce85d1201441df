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

One pass over the lines: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok

_UNIT_WORDS = frozenset("unit suite ste flat apt apartment po psc box".split())
_MAX_WORDS = 5


def find_block_orgs(text: str, toks: list[Tok]) -> list[Span]:
    """Firms' lines in address blocks (see the module docstring)."""
    if text.count("\n") < 2:
        return []
    lines = _lines(text, toks)
    spans: list[Span] = []
    for k in range(1, len(lines) - 1):
        above, line, below = lines[k - 1], lines[k], lines[k + 1]
        if not (above and line and below) or not _street_line(toks, below):
            continue
        if len([t for t in toks[above[0] : above[1]] if t.text[:1].isalnum()]) > _MAX_WORDS:
            continue
        if _firm_line(toks, line):
            first, end = line
            reason = "context: the line above a street line in an address block"
            key = fold(" ".join(t.text for t in toks[first:end] if t.text.isalnum()))
            spans.append(
                Span(toks[first].start, toks[end - 1].end, "organisation", "context", reason, key)
            )
    return spans


def _lines(text: str, toks: list[Tok]) -> list[tuple[int, int] | None]:
    """Each line's (first token, end token), None for a blank line."""
    lines: list[tuple[int, int] | None] = []
    first = 0
    for i in range(1, len(toks) + 1):
        if i == len(toks) or "\n" in text[toks[i - 1].end : toks[i].start]:
            lines.append((first, i))
            gap = text[toks[i - 1].end : toks[i].start] if i < len(toks) else ""
            lines += [None] * max(0, gap.count("\n") - 1)
            first = i
    return lines


def _street_line(toks: list[Tok], line: tuple[int, int]) -> bool:
    """A line opening with a house number (no leading 0) and a word within the next two
    tokens, or with a unit or box word."""
    first, end = line
    head = toks[first].text
    if head.lower() in _UNIT_WORDS:
        return True
    if not (head.isdecimal() and len(head) <= 5 and not head.startswith("0")):
        return False  # "0113 343 4107": a phone line
    return any(t.text[:1].isalpha() for t in toks[first + 1 : min(end, first + 3)])


def _firm_line(toks: list[Tok], line: tuple[int, int]) -> bool:
    """One to five words, no digits or colon, not opening with a given name or heading."""
    first, end = line
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
