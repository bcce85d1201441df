"""US roads by number that the route patterns do not read (layer "context", issue 13,
round 13, helper c13).

`numbers.py` reads "Route 9", "Hwy 12", "SR 520", "I-35" and "US-1"; US notes also name a
road by a kind that is a state's own, or by its number alone where the sentence is about
driving:

- Texas and other states' kinds: "Loop 1604", "Spur 408", "FM 2920" (a farm to market
  road), "SH 130", "CR 240" (a county road), "Farm Road 1187", "Ranch Road 12", the number
  in two to four digits after the kind as written, with a space or a dash, and "Beltway 8";
  not one digit ("Spur 3 cell 214", a prison's spur; "Unit CR-3"), a frequency or a lab
  value with a decimal ("FM 101.5", "CR 1.2"), "loop 3" in lower case, or "RM 410" (a
  room, so no "RM" for a ranch to market road); a number that reads as a year ("FM 1960")
  is taken by the year pattern first, which replaces the number and leaves the kind;
- the number alone after a verb of driving and "on", "onto", "off", "down", "up", "along"
  or "via", with "the" or not: "panic when I drive on 410 or 281", "merging onto the 405",
  "exited off 59"; two to four digits, and any others joined to the first by "or", "and",
  a comma or a slash ("on 410 or 281"); not a count, a time, a dose or a distance ("driving
  on 30 mg", "drove on 12 hours of sleep" has one digit too few and a unit, "drives on 40
  miles a day").

Bounded patterns over the text: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.model import Span

_UNITS = (
    r"(?!\s*(?:%|mg|mcg|mph|miles?|mi\b|km|min|mins|minutes?|hours?|hrs?|h\b|days?|nights?"
    r"|weeks?|wks?|times|x\b|am\b|pm\b|a\.m|p\.m|percent|dollars|bucks|people|cars|feet|ft\b"
    r"|lbs?|pounds|degrees|°))"
)
_NUMBER = r"(\d{2,4})\b(?![.,:]\d)" + _UNITS
_KINDS = re.compile(
    r"\b(?:(?:Loop|Spur|FM|SH|CR|(?:Farm|Ranch) (?:Road|Rd))[ -](\d{2,4})|Beltway[ -](\d{1,2}))"
    r"\b(?![.,]\d)"
)
_DRIVE = re.compile(
    r"\b(?:driv(?:e|es|ing)|drove|commut(?:e|es|ing)|merg(?:e|es|ed|ing)|exit(?:s|ed|ing)?)"
    r"[ \t]+(?:on|onto|off|down|up|along|via)[ \t]+(?:the[ \t]+)?" + _NUMBER,
    re.IGNORECASE,
)
_MORE = re.compile(r"[ \t]*(?:,|/|or\b|and\b|&)[ \t]*(?:the[ \t]+)?" + _NUMBER, re.IGNORECASE)
_MOST = 3  # numbers joined to the first: "on 410, 281 or 1604"


def find_us_roads(text: str) -> list[Span]:
    """Roads of a state's kind and numbers driven on (see the module)."""
    spans = [
        _road(m.start(), m.end(), f"context: a road number after '{_kind(m[0])}'", m[0])
        for m in _KINDS.finditer(text)
    ]
    for m in _DRIVE.finditer(text):
        reason = f"context: a road's number after '{m[0].split()[0]}'"
        spans.append(_road(m.start(1), m.end(1), reason, m[1]))
        end = m.end()
        for _ in range(_MOST):
            more = _MORE.match(text, end)
            if more is None:
                break
            spans.append(_road(more.start(1), more.end(1), reason, more[1]))
            end = more.end()
    return spans


def _kind(road: str) -> str:
    """The kind's word(s) of a road and its number ("CR-240" -> "CR")."""
    return road.rstrip("0123456789").rstrip(" -")


def _road(start: int, end: int, reason: str, key: str) -> Span:
    return Span(start, end, "place", "context", reason, key.lower())
