"""A police officer's collar (warrant, shoulder) number beside their rank and name (round 11,
u11, layer "pattern").

British records name an officer as a rank, a surname and the number on the shoulder: "Detained
by: PC Hollis 4471, Avon and Somerset Police", "(PC Watkins 2217)", "DC J. Price 3390", or
the number first, "PC 4471 Hollis". The number identifies the officer as surely as the name,
and no other finder reads three to five bare digits. The rank words are a closed class;
the name is one to three capitalised words (an initial with its point too).

Not an age or a count: "PC Pattison (43)" (brackets), "PS 48" (a New York school: no name
after the digits), "DS Khan 25 years in the job" (two digits), "PC 1203.097" (a code). A
year-shaped number before more words ("DC Shah 2019 inquiry") is left, a number after the
name at the end of the line or before "," or ")" is taken.

The word itself cues the number too (round 12, u12): "PC Robson (collar 7723)", "DS
R. Adeyemi-Stone, collar 14208", "collar no. 2231", "shoulder number 4410"; three to six
digits right after it, not "collar bone", "collar 2 sizes up" (one digit), "collar
12.5 inches" (a decimal).

Round 19 (u19): the number in brackets after the name, "PC Hollis (13382)" (three digits or
more, not a year), and the numbers after a plural rank, "PCs 4471/5520", "PCs 4471 and 5520".

One regex of bounded repeats per shape, each scanned once: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.model import Span

_RANKS = r"(?:PC|WPC|PCSO|DC|TDC|DS|PS|DI|DCI|Sgt|Sergeant|Constable|Insp|Inspector|Officer)"
_NAME = r"(?:[A-Z][A-Za-z'\u2019\-]{0,30}\.?[ \t]){1,3}"
_AFTER = re.compile(
    r"(?<![\w.])" + _RANKS + r"\.?[ \t]" + _NAME + r"(\d{3,5})(?![\w/]|[.,]\d)(?P<tail>[ \t]?.)?"
)
_BEFORE = re.compile(
    r"(?<![\w.])" + _RANKS + r"\.?[ \t](\d{3,5})[ \t][A-Z][a-z][A-Za-z'\u2019\-]{0,30}\b"
)
_WORD = re.compile(
    r"(?<![\w-])(?:[Cc]ollar(?:[ \t](?:[Nn]o\.?|[Nn]umber|#))?"
    r"|[Ss]houlder[ \t](?:[Nn]o\.?|[Nn]umber))"
    r":?[ \t]?(\d{3,6})(?![\w/\u00b0]|[.,]\d)"
)  # u12
# u19: the number in brackets after the name ("PC Hollis (13382)", three digits or more,
# where "PC Pattison (43)" is an age), and officers' numbers after a plural rank ("PCs
# 4471/5520", "PCs 4471 and 5520").
_BRACKETED = re.compile(r"(?<![\w.])" + _RANKS + r"\.?[ \t]" + _NAME + r"\((\d{3,6})\)")
_PLURAL = re.compile(
    r"(?<![\w.])(?:PCs|DCs|PCSOs|Officers)[ \t](\d{3,6})"
    r"(?:[ \t]?[/&,][ \t]?|[ \t]and[ \t])(\d{3,6})(?![\w/]|[.,]\d)"
)
_REASON_WORD = "pattern: a police officer's number after the word 'collar'"
_REASON_BRACKET = "pattern: a police officer's collar number in brackets after the rank and name"
_REASON_PLURAL = "pattern: police officers' collar numbers after a plural rank ('PCs 4471/5520')"
_REASON = "pattern: a police officer's collar number after the rank and name"
_REASON_BEFORE = "pattern: a police officer's collar number between the rank and name"


def _year_shaped(digits: str) -> bool:
    return len(digits) == 4 and 1950 <= int(digits) <= 2039


def find_collar_numbers(text: str) -> list[Span]:
    """Collar numbers beside an officer's rank and name (see the module)."""
    spans: list[Span] = []
    if "ollar" in text or "houlder" in text:  # u12: "(collar 7723)"
        for m in _WORD.finditer(text):
            spans.append(
                Span(m.start(1), m.end(1), "id_number", "pattern", _REASON_WORD, "id_number")
            )
    if "PC" not in text and not any(rank in text for rank in ("DC", "DS", "Sgt", "Ser", "Ins")):
        return spans
    for m in _AFTER.finditer(text):
        tail = (m.group("tail") or "\n").strip() or "\n"
        if _year_shaped(m.group(1)) and tail not in (",", ")", "\n", ";"):
            continue  # "DC Shah 2019 inquiry": a year
        spans.append(Span(m.start(1), m.end(1), "id_number", "pattern", _REASON, "id_number"))
    for m in _BEFORE.finditer(text):
        if not _year_shaped(m.group(1)):
            spans.append(
                Span(m.start(1), m.end(1), "id_number", "pattern", _REASON_BEFORE, "id_number")
            )
    return spans + _bracketed_and_plural(text)


def _bracketed_and_plural(text: str) -> list[Span]:
    """ "PC Hollis (13382)" and "PCs 4471/5520" (u19; see `_BRACKETED`)."""
    spans = [
        Span(m.start(1), m.end(1), "id_number", "pattern", _REASON_BRACKET, "id_number")
        for m in _BRACKETED.finditer(text)
        if not _year_shaped(m.group(1))
    ]
    if "s " in text:
        for m in _PLURAL.finditer(text):
            for group in (1, 2):
                spans.append(
                    Span(
                        m.start(group),
                        m.end(group),
                        "id_number",
                        "pattern",
                        _REASON_PLURAL,
                        "id_number",
                    )
                )
    return spans
