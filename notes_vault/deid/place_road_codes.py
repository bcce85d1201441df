"""Road numbers of shapes the route rules do not read, after "on the" (round 23, u23).

`place_routes` reads a British A or M road ("on the A14", "the M62"), US routes ("Route 9",
"Hwy 12", "I-95") and `place_us_roads` a state's own kinds ("FM 2920") and numbers driven
on ("drive on 410"). Left were roads written other ways, each by a few writers, after the
words that put something on a road ("on", "onto", "off", "along", "down", "up", "near",
with "the" or not, in any case):

- an Irish national road, N and one or two digits, with a hyphen or not: "on the N16",
  "a near-miss on N-12";
- a British A road written with a hyphen: "killing someone on the A-7";
- a Hawaiian interstate, H, a hyphen and 1 to 3: "double shifts on the H-1";
- a state route as a state's two letters, a hyphen and one to three digits: "a crash on
  NM-68", "a stop on LA-1";
- "HWY", "HIGHWAY", "ROUTE" or "RTE" in capitals and a number: "CRASH ON HWY 89".

Not a form, a score, a visa, a ward, a vitamin or a bus after "on": "on I-94", "on the
PHQ-9", "on L-1", "on MH-1" (no state), "on B12", "on the Q65", "on O2", and no code
followed by a letter, a hyphen or a decimal ("H-1B", "N-648", "A-7.5"). One bounded
pattern over the text: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.model import Span

_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ"
    "|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)
_CODES = re.compile(
    r"(?<![\w-])(?i:on|onto|off|along|down|up|near)[ \t]+(?:(?i:the)[ \t]+)?"
    r"(N-?[1-9]\d?|A-[1-9]\d{0,3}|H-[1-3]|(?:" + _STATES + r")-[1-9]\d{0,2}"
    r"|(?:HWY|HIGHWAY|ROUTE|RTE)[ \t]?[1-9]\d{0,2})(?![\w-]|[.,]\d)"
)
_REASON = "context: a road's number after 'on' ('on the N16', 'on NM-68', 'on HWY 89')"


def find_road_codes(text: str) -> list[Span]:
    """Road numbers of the shapes above after "on", "off", "along" and the like."""
    return [
        Span(m.start(1), m.end(1), "place", "context", _REASON, m[1].lower())
        for m in _CODES.finditer(text)
    ]
