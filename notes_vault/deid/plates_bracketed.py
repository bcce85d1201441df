"""A registration in brackets after a vehicle or a named boat (issue 13, round 22, a22).

A note names a vehicle and gives its registration in brackets straight after it: "left his
truck (SNK 921) at his aunt's", "drove his van (MAN 4471) the wrong way", "the sheriff
found his pickup (TN 9B4-71K)"; or names a fishing boat and gives its port letters and
number: "the Isla Rose (SY 412)", 'skippered "Ocean Harvest" (WY 218)'. `plates_cued.py`
reads a plate after "reg" or "plate" and a port number after "boat" or "trawler"; this
module reads the bracket after the vehicle or the boat's name.

The bracket holds one to three capitals, a space or none, then a digit and up to seven more
capitals, digits or hyphens, and nothing else. It is a registration when:

- a vehicle word ("car", "van", "truck", "pickup", "lorry", "motorbike" ...) is among the
  four words before it in its clause (not across a stop: "Bought a car. Sleep poor (ISI
  19)"); or
- it is a port's one or two letters and a number, the word before it is a capitalised name
  or a closing quote, and the note speaks of boats ("boat", "trawler", "skipper",
  "fishing" ...): not "Harbour Lights Counselling (ORC 5122)".

Not a registration: a score or a code in brackets after a finding or a name ("depressed
(PHQ 8)", "Mr Goldberg (RM 410)", "Driving While Intoxicated (VTL 1192)", "Behavioral
Healthcare (ORC 5122)"), which has no vehicle word before it in a note with no boat.
Dev (round 22): 6 labelled vehicles in 6 files, 0 unlabelled tokens.

One regular expression of fixed shape, gated on the substring " (": linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.model import Span

_VEHICLES = frozenset(
    "car cars van truck pickup lorry motorbike motorcycle bike moped jeep suv sedan minivan "
    "camper campervan motorhome taxi cab trailer vehicle hgv".split()
)
_BOATS = frozenset(
    "boat boats trawler trawlers vessel skipper skippered skippers fishing fished fisherman "
    "fishermen crabber creel lifeboat".split()
)
_BRACKET = re.compile(r"\((?P<plate>[A-Z]{1,3}[ \t]?\d[A-Z0-9\-]{0,7})\)")
_PORT = re.compile(r"[A-Z]{1,2}[ \t]?\d{1,4}")  # a fishing port's letters and number
_WORD = re.compile(r"[A-Za-z]+")
_QUOTES = "\"'\u201d\u2019"


def _reason(cue: str) -> str:
    return f"pattern: a vehicle registration in brackets after '{cue}'"


def find_bracketed_plates(text: str) -> list[Span]:
    """Registrations in brackets after a vehicle word or a boat's name (see the module)."""
    if " (" not in text:
        return []
    boats: bool | None = None
    spans: list[Span] = []
    for match in _BRACKET.finditer(text):
        before = _clause(text[max(0, match.start() - 60) : match.start()])
        words = _WORD.findall(before)[-4:]
        cue = next((w for w in reversed(words) if w.lower() in _VEHICLES), None)
        if cue is None:
            if boats is None:
                boats = not _BOATS.isdisjoint(w.lower() for w in _WORD.findall(text))
            port = _PORT.fullmatch(match["plate"]) is not None
            cue = _boat_name(before) if boats and port else None
        if cue is None:
            continue
        start, end = match.span("plate")
        spans.append(Span(start, end, "vehicle", "pattern", _reason(cue), "vehicle"))
    return spans


def _clause(before: str) -> str:
    """The part of `before` in the bracket's own clause (after the last stop or line end)."""
    return before[max(before.rfind(stop) for stop in ".;!?\n") + 1 :]


def _boat_name(before: str) -> str | None:
    """The boat's name when the bracket follows a capitalised word or a closing quote."""
    stripped = before.rstrip(" \t")
    if len(stripped) == len(before) or not stripped:
        return None  # the bracket must follow a space: "Isla Rose (SY 412)"
    if stripped[-1] in _QUOTES:
        return "a quoted name"
    words: list[str] = _WORD.findall(stripped[-30:])
    if not words or not stripped.endswith(words[-1]):
        return None
    last = words[-1]
    if last[0].isupper() and not last.isupper():
        return last
    return None
