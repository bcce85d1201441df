"""Initials that own an action or a report in minutes and plans (layer "context", p7).

- at a line's end after a dash: "Refer to perinatal team by 11/12 - MR";
- opening a numbered or bulleted line before a dash: "1. AW - referral to housing" (not a
  heading opening a line: "DAP - session 2", "EIP - psychology");
- in brackets after a capitalised word, before a colon: "Counselling (RE): seen x4";
- before "to" and a verb: "Actions: LP to see the child alone", "KM to call school";
- before a log entry's time: "AH 02:05", "informed by GF at 14:10".

Initials here are two letters (and a hyphen's tail: "JS-W"); three ("CSC - strategy", "RMO
to revoke") are mostly services and roles. Near misses stay: an abbreviation in the same
place ("- GP", "- TBC", "(MDD):", "SW to visit", "1. CBT - weekly"), letters in a text of
capitals. One pass over the tokens; each rule reads a few around one: linear.
"""

from __future__ import annotations

from notes_vault.deid.model import Span
from notes_vault.deid.person_letters import letters_at, mixed, person
from notes_vault.deid.tokens import Tok, lowered

_DASHES = frozenset(["-", "\u2013", "\u2014"])
_BULLETS = frozenset(["-", "*", "\u2022"])
_REASON_END = "context: initials owning an action at a line's end"
_REASON_START = "context: initials owning a numbered action"
_REASON_BRACKET = "context: initials in brackets before a report"
_REASON_TIME = "context: initials before a log entry's time"
_REASON_TO = "context: initials before 'to' and an action"


def find_owners(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Initials owning an action or report (see the module), over no covered character."""
    lows = lowered(toks)
    spans: list[Span] = []
    for k, tok in enumerate(toks):
        if not (len(tok.text) == 2 and tok.text.isupper() and tok.text.isalpha()):
            continue  # two letters: "CSC - strategy", "RMO to revoke" are services and roles
        last = letters_at(toks, k)
        if last is None:
            continue
        reason = _owner(text, toks, lows, k, last)
        if reason and mixed(text, toks, k):
            spans.append(person(toks, k, last, reason))
    return [s for s in spans if covered.find(1, s.start, s.end) == -1]


def _owner(text: str, toks: list[Tok], lows: list[str], k: int, last: int) -> str:
    before = toks[k - 1].text if k else ""
    after = toks[last + 1].text if last + 1 < len(toks) else ""
    line_end = last + 1 >= len(toks) or "\n" in text[toks[last].end : toks[last + 1].start]
    spaced = k > 1 and text[toks[k - 2].end : toks[k].start].count(" ") >= 2  # not "PMHNP-BC"
    if before in _DASHES and line_end and spaced and not _line_start(text, toks, k - 1):
        return _REASON_END
    if after in _DASHES and _opens_item(text, toks, k) and not _line_start(text, toks, k):
        return _REASON_START  # "1. AW - ..." (not a heading: "DAP - session 2")
    closed = after == ")" and last + 2 < len(toks) and toks[last + 2].text == ":"
    if before == "(" and closed and k > 1 and toks[k - 2].text[:1].isupper():
        return _REASON_BRACKET
    if _timed(toks, lows, last):
        return _REASON_TIME
    if lows[last + 1 : last + 2] == ["to"] and last + 2 < len(toks):
        verb = toks[last + 2].text
        if verb.isalpha() and verb.islower() and (_opens_item(text, toks, k) or before in ";:,"):
            return _REASON_TO
    return ""


def _timed(toks: list[Tok], lows: list[str], last: int) -> bool:
    """ "AH 02:05", "informed by GF at 14:10": a log entry's time right after the initials."""
    k = last + 1 + (lows[last + 1 : last + 2] == ["at"])
    if k + 2 >= len(toks) or toks[k + 1].text != ":":
        return False
    hours, minutes = toks[k].text, toks[k + 2].text
    return hours.isdigit() and len(hours) <= 2 and minutes.isdigit() and len(minutes) == 2


def _line_start(text: str, toks: list[Tok], k: int) -> bool:
    return k == 0 or "\n" in text[toks[k - 1].end : toks[k].start]


def _opens_item(text: str, toks: list[Tok], k: int) -> bool:
    """First on its line, or after "1." / "2)" / a bullet opening it."""
    if _line_start(text, toks, k):
        return True
    if k >= 1 and toks[k - 1].text in _BULLETS and _line_start(text, toks, k - 1):
        return True
    numbered = k >= 2 and toks[k - 2].text.isdigit() and toks[k - 1].text in (".", ")")
    return numbered and _line_start(text, toks, k - 2)
