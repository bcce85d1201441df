"""Initials listed beside people already found (layer "context", round 10, u10).

Supervision notes, minutes and group records list who was there in one breath, some by
name and some by initials: "Four supervisees today (AK, MT, Jo P, Raf)", "Present: Sarah
Hughes, DK, TW and Imran", "co-facilitators Bethan & RL". p7's registers read a list of
initials alone, after a register's label; here a list whose every item is a person the
other rules found or initials, three or more with at least one of each, closed by a
bracket, a full stop or the line's end, makes the initials people too
(the echo layer then finds them again elsewhere in the note: "Also: AK is burning out").
Not a list of services or clinical letters beside a name ("with GP, OT and Maria", "Tom,
CBT, PHQ"): initials here are two or three capitals that no abbreviation list holds.

One pass over the tokens, each item read once: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.capitals import shorthand
from notes_vault.deid.model import Span
from notes_vault.deid.person_letters import abbreviation
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok
from notes_vault.deid.tokens import ends as token_ends

_PEOPLE = frozenset(["person", "name"])
_SEPARATORS = frozenset([",", "&", "and", "/", ";"])
_MIN_LETTERS, _MAX_LETTERS = 2, 3
_MIN_ITEMS = 3
_LIST_ENDS = frozenset([")", ".", ";", ":", "!", "?"])
_REASON = "context: initials in a list with people already found"


def find_listed_initials(
    text: str, toks: list[Tok], chosen: list[Span], covered: bytearray
) -> list[Span]:
    """Initials in a list of people (see the module), over no covered character."""
    people = [s for s in chosen if s.category in _PEOPLE]
    if not people:
        return []
    ends = token_ends(toks)
    person_end = {s.start: ends[s.end] for s in people if s.end in ends}
    spans: list[Span] = []
    done = 0
    for k in _candidates(toks, person_end):
        if k < done:
            continue  # inside a list already read
        items, after = _list_at(text, toks, k, person_end)
        if after > k + 1 and _mixed(items) and _closed(text, toks, after):
            spans += [_person(toks[j]) for kind, j in items if kind == "initials"]
        done = max(after, k + 1)
    return [s for s in spans if covered.find(1, s.start, s.end) == -1]


def _candidates(toks: list[Tok], person_end: dict[int, int]) -> list[int]:
    """Where a list may start: a person found, or two or three capitals."""
    return [
        k
        for k, tok in enumerate(toks)
        if tok.start in person_end
        or (_MIN_LETTERS <= len(tok.text) <= _MAX_LETTERS and tok.text.isupper())
    ]


def _list_at(
    text: str, toks: list[Tok], k: int, person_end: dict[int, int]
) -> tuple[list[tuple[str, int]], int]:
    """The items of a list that starts at token k, and the token after its last item."""
    items: list[tuple[str, int]] = []
    j = k
    while j < len(toks):
        last = _item(toks, j, person_end)
        if last is None:
            break
        items.append(("person" if toks[j].start in person_end else "initials", j))
        j = last + 1
        if j >= len(toks) or toks[j].text not in _SEPARATORS or _broken(text, toks, j):
            break
        j += 1
    return items, (j if items else k + 1)


def _item(toks: list[Tok], j: int, person_end: dict[int, int]) -> int | None:
    """The last token of a list item at j: a person found (with one capital after it, "Jo
    P"), or initials; None otherwise."""
    if toks[j].start in person_end:
        last = person_end[toks[j].start]
        nxt = last + 1
        if nxt < len(toks) and len(toks[nxt].text) == 1 and toks[nxt].text.isupper():
            last = nxt
        return last
    return j if _initials(toks[j].text) else None


def _initials(word: str) -> bool:
    """Two or three capitals no abbreviation or English word list holds."""
    if not (word.isalpha() and word.isupper() and _MIN_LETTERS <= len(word) <= _MAX_LETTERS):
        return False
    if abbreviation(word) or shorthand(word) or word in lexicon.CREDENTIALS:
        return False
    return word.lower() not in lexicon.common_words()


def _closed(text: str, toks: list[Tok], j: int) -> bool:
    """The list ends at token j: a bracket, a full stop, a line's or the text's end (not
    "Rachel, RW counsellor", "Gilmour, DOM, 01236 ...")."""
    if j >= len(toks) or toks[j].text in _LIST_ENDS:
        return True
    return "\n" in text[toks[j - 1].end : toks[j].start]


def _broken(text: str, toks: list[Tok], j: int) -> bool:
    """A line break on either side of the separator at j ends the list."""
    before = "\n" in text[toks[j - 1].end : toks[j].start]
    after = j + 1 < len(toks) and "\n" in text[toks[j].end : toks[j + 1].start]
    return before or after


def _mixed(items: list[tuple[str, int]]) -> bool:
    kinds = {kind for kind, _ in items}
    return len(items) >= _MIN_ITEMS and kinds == {"person", "initials"}


def _person(tok: Tok) -> Span:
    return Span(tok.start, tok.end, "person", "context", _REASON, fold(tok.text))
