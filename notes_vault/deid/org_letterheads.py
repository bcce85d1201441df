"""A letter's head: a body's name in capitals on its own line above its address (issue 13,
round 17, lead, layer "context").

Letters pasted into a note open with the sender's name in capitals and its address on the
next line: "VICTIMS AND SURVIVORS SERVICE" over "1st Floor, Seatem House, 28-32 Alfred
Street", "HM REVENUE & CUSTOMS" over "BX9 1AS", "GANGMASTERS AND LABOUR ABUSE AUTHORITY" over
"PO Box 10272, Nottingham". Most heads carry a word the engine reads as a body's ("TRUST",
"COLLEGE", "POLICE"); these have none, and the address under them is the cue. A short name in
brackets closing the line is the body's too ("... RECOVERY (ICRIR)").

The line holds two to twelve words in capitals (with "&", "'", "-", "," and "." between) and
nothing else; the next line opens with an address: a post box, a floor, a number and a word,
a building's name and a comma, or a UK postcode alone. Not a heading of the note's kind
("INPATIENT DISCHARGE SUMMARY", "BIRP NOTE", "STRICTLY PRIVATE" over "Mr D. Moore"), nor a
line with a colon or a digit.

A look at each line and the next: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.model import Span

_HEAD = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-Z][A-Z&'\u2019.,-]*(?:[ \t]+[A-Z&][A-Z&'\u2019.,-]*){1,11})"
    r"(?:[ \t]+\((?P<short>[A-Z]{2,8})\))?[ \t]*$"
)
_ADDRESS = re.compile(
    r"[ \t]*(?:P\.?[ \t]?O\.?[ \t]+Box[ \t]+\d"
    r"|(?:\d{1,2}(?:st|nd|rd|th)|Ground|First|Second|Third)[ \t]+Floor\b"
    r"|\d{1,5}[A-Za-z]?(?:-\d{1,5})?,?[ \t]+[A-Z][a-z]"
    r"|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3}[ \t]+(?:House|Centre|Center|Tower|Building|Court"
    r"|Chambers|Place|Park|Square),"
    r"|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}[ \t]*$)",
    re.MULTILINE,
)
# The last word of a heading that names the note's kind, not a sender.
_KINDS = frozenset(
    "NOTE NOTES LETTER SUMMARY FORM REFERRAL RECORD REPORT PLAN ASSESSMENT REVIEW MINUTES "
    "PRIVATE CONFIDENTIAL RESTRICTED NOTICE DECISION OUTCOME REQUEST INVITATION UPDATE "
    "STATEMENT CERTIFICATE RECEIPT INVOICE AGENDA".split()
)
_REASON = "context: a body's name in capitals heading a letter over its address"


def find_letterheads(text: str) -> list[Span]:
    """Bodies' names heading a letter over their address (see the module)."""
    spans: list[Span] = []
    for match in _HEAD.finditer(text):
        name = match["name"].rstrip(".,")
        if name.split()[-1].strip(".,") in _KINDS:
            continue
        line_end = match.end()
        if line_end >= len(text) or not _ADDRESS.match(text, line_end + 1):
            continue
        start = match.start("name")
        spans.append(Span(start, start + len(name), "organisation", "context", _REASON, name))
        if match["short"]:
            s, e = match.span("short")
            spans.append(Span(s, e, "organisation", "context", _REASON, match["short"]))
    return spans
