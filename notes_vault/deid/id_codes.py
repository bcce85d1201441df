"""Reference codes and extensions with no cue word the record-number finder knows (a7).

- A reference code of letters and digit groups joined by slashes or hyphens: "DC/26/118734",
  "HOP/26/11873", "DIS-26-4471", "CSC/2231/77", "JB/KT/4471": letters first, at least two
  joins, a group of three or more digits that is not only a year, four or more digits in
  all. With one join, five or more digits ("MH-228713"); after one letter, six or more
  ("Datix W-118204"). Near misses: a scale or code
  system ("PHQ-9", "GAD-7", "ICD-10-CM", "CPT-90837", "COVID-19", "DSM-5-TR"), a school
  year list ("Y10/11/12"), a form ("I-589", "W-2"), a year ("FY-2024-25").
- The last four of a card or an account: "Last 4: Q4471", "last four digits 8812".
- A crypto wallet's address in hex, whole or cut short: "0x9f3b...c21a" (a8).
- A German court's file number after "Aktenzeichen"/"Az.": "3 F 112/25".
- An internal extension: "pager x4471", "Call x3-3390", "(ext 2-6611)": "x" and four or
  more digits after a verb of calling or a pager, or "ext"/"extn"/"extension" and three or
  more; "x" glued to a digit, a dash and four digits anywhere ("x4-8812", a8);
  "x4" (four times) stays.

Bounded regexes of fixed classes (at most 30 characters a match): linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.model import Span

_CODE = re.compile(
    r"(?<![\w/\-.])([A-Z]{1,5})((?:[/\-](?:[A-Z]{1,5}|\d{1,8})){1,4})(?![\w/]|-\w|\.\d)"
)
_SYSTEMS = frozenset(
    "PHQ GAD ICD CPT DSM HCPCS COVID SARS MERS CYP HLA BRCA SNOMED LOINC NDC CIWA COWS AUDIT "
    "MMSE MOCA CORE ORS SRS PCL EPDS BDI BAI ACE PSQI HADS WEMWBS SDQ RCADS FY UK EU US NHS "
    "ISO ECG EKG MRI CT HIV HPV HEP IQ WISC WAIS".split()
)
_EXT_CUES = (" ext", "(ext", "\next", "extn", "extension")
_COURT_CUES = ("az.", "az:", " az ", "gz.", "gz:")
_HINT = re.compile(r"[A-Z][/\-][A-Z\d]")
_X_DIGIT = re.compile(r"[xX]\d")
_LAST4 = re.compile(
    r"(?i)(?<!\w)last[ \t](?:4|four)(?:[ \t]digits)?[ \t]?[:#=]?[ \t]?([A-Z]?\d{4})(?!\w)"
)
_EXT = re.compile(
    r"(?i)(?<!\w)(?:(ext|extn|extension)\.?[ \t]?:?[ \t]?(\d[\d\-]{2,8}\d)"
    r"|(?:pager|bleep|call|ring|phone|on)[ \t](x\d[\d\-]{2,8}\d)"
    r"|(x\d-\d{4}))(?![\w\-])"  # "jan whitlock x4-8812": a dash makes it one (a8)
)
# A German court's file number after its label: "Aktenzeichen: 3 F 112/25", "Az. 12 O 345/24".
_AKTENZEICHEN = re.compile(
    r"(?i)(?<!\w)(?:aktenzeichen|az\.?|gz\.?|gesch\u00e4ftszeichen)[ \t]?:?[ \t]?"
    r"(\d{1,3}[ \t][A-Za-z]{1,4}[ \t]\d{1,6}/\d{2,4})(?![\w/])"
)
_MIN_DIGITS, _ONE_JOIN_DIGITS, _GROUP, _LETTER_DIGITS = 4, 5, 3, 6


def find_id_codes(text: str) -> list[Span]:
    """Reference codes, last-four numbers and extensions (see the module)."""
    spans: list[Span] = _wallets(text) if "0x" in text else []
    seen = -1
    for hint in _HINT.finditer(text):  # a capital and a join: cheap, then the code's start
        start = hint.start()
        while start > 0 and start > hint.start() - 4 and text[start - 1].isupper():
            start -= 1
        m = _CODE.match(text, start)
        if m is None or m.start() <= seen:
            continue
        seen = m.start()
        if _reference(m.group(1), m.group(2)):
            reason = "pattern: a reference code of letters and digit groups"
            spans.append(Span(m.start(), m.end(), "id_number", "pattern", reason, "id_number"))
    lowered = text.lower()
    if "zeichen" in lowered or any(cue in lowered for cue in _COURT_CUES):
        for m in _AKTENZEICHEN.finditer(text):
            reason = "pattern: a court's file number after its label"
            spans.append(Span(m.start(1), m.end(1), "id_number", "pattern", reason, "id_number"))
    if "last 4" in lowered or "last four" in lowered:
        for m in _LAST4.finditer(text):
            reason = "pattern: the last four of a number"
            spans.append(Span(m.start(1), m.end(1), "id_number", "pattern", reason, "id_number"))
    if any(cue in lowered for cue in _EXT_CUES) or _X_DIGIT.search(text):  # not "next", "text"
        for m in _EXT.finditer(text):
            start, end = m.span(2) if m.group(2) else m.span(3) if m.group(3) else m.span(4)
            if sum(c.isdecimal() for c in text[start:end]) < (3 if m.group(2) else 4):
                continue
            reason = "pattern: an extension or pager number"
            spans.append(Span(start, end, "phone", "pattern", reason, "phone"))
    return spans


# A wallet or contract address in hex, whole or shortened: "0x9f3b...c21a", "0x71C7656E" (a8).
_WALLET = re.compile(
    r"(?<![\w.])0x[0-9a-fA-F]{4,64}(?:(?:\.{2,3}|\u2026)[0-9a-fA-F]{2,64})?(?![\w])"
)


def _wallets(text: str) -> list[Span]:
    reason = "pattern: a wallet address in hex ('0x9f3b...c21a')"
    return [
        Span(m.start(), m.end(), "id_number", "pattern", reason, "id_number")
        for m in _WALLET.finditer(text)
    ]


def _reference(letters: str, tail: str) -> bool:
    if letters in _SYSTEMS:
        return False
    groups = re.split(r"[/\-]", tail[1:])
    digits = [g for g in groups if g.isdecimal()]
    total = sum(len(g) for g in digits)
    long_groups = [g for g in digits if len(g) >= _GROUP]
    if not long_groups or all(_year(g) for g in long_groups):
        return False
    if len(letters) == 1:
        return len(groups) == 1 and total >= _LETTER_DIGITS  # "W-118204"; "I-589" stays
    if len(groups) == 1:
        return total >= _ONE_JOIN_DIGITS
    return total >= _MIN_DIGITS


def _year(group: str) -> bool:
    return len(group) == 4 and group[:2] in ("19", "20")
