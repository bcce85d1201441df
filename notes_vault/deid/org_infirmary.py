"""A hospital whose initials are an imaging test's: "MRI", the Manchester Royal Infirmary
(round 11, u11, layer "context").

"MRI" is on the list of hospital abbreviations (`hospital_abbreviations.py`), so the
capitals rule never takes it for an organisation; in British notes it is as often the
hospital: "a nurse practitioner at MRI", "died at MRI (cardiac)", "tests at the MRI",
"been to MRI A&E twice", a liaison header "PSYCHIATRIC LIAISON - MRI - 02/12/26". The
place the letters stand in says which: after "at" (or "at the") with no word of imaging
after them, before "A&E" or "ED", or between two spaced dashes before a date in the
note's first line, its header.

Not the scan: "MRI brain", "MRI head", "MRI pending", "MRI 03/11/26 (Cumberland
Infirmary)", "booked for an MRI", "the MRI showed", "at MRI scan", "at the MRI appointment".

A look at the tokens either side of each "MRI": linear.
"""

from __future__ import annotations

from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok

_LETTERS = "MRI"
_SCANS = frozenset(
    "scan scans scanner brain head spine pelvis knee neck abdomen chest report "
    "reports result results appointment appt slot request requested booked pending shows "
    "showed show with w without wo contrast findings of under guided was is".split()
)
_EMERGENCY = frozenset(["A&E", "ED", "AE"])
_DASHES = frozenset(["-", "\u2013", "\u2014"])
_REASON = "context: 'MRI' as a hospital ({})"


def find_infirmary(text: str, toks: list[Tok]) -> list[Span]:
    """'MRI' where it names the hospital (see the module)."""
    if _LETTERS not in text:
        return []
    spans: list[Span] = []
    for i, tok in enumerate(toks):
        if tok.text != _LETTERS:
            continue
        cue = _cue(text, toks, i)
        if cue:
            spans.append(
                Span(tok.start, tok.end, "organisation", "context", _REASON.format(cue), "MRI")
            )
    return spans


def _after(toks: list[Tok], i: int) -> str:
    return toks[i + 1].text if i + 1 < len(toks) else ""


def _cue(text: str, toks: list[Tok], i: int) -> str:
    after = _after(toks, i)
    if after == "A" and i + 3 < len(toks) and toks[i + 2].text == "&" and toks[i + 3].text == "E":
        return "before 'A&E'"
    if after in _EMERGENCY:
        return f"before '{after}'"
    if after.lower() in _SCANS or (after[:1].isdecimal()):
        return ""
    k = i - 1
    if k >= 0 and toks[k].text.lower() == "the":
        k -= 1
    if k >= 0 and toks[k].text.lower() in ("at", "@"):
        return "after 'at'"
    spaced = (
        i > 0
        and toks[i - 1].text in _DASHES
        and after in _DASHES
        and toks[i - 1].end < toks[i].start
        and toks[i].end < toks[i + 1].start
        and i + 2 < len(toks)
        and toks[i + 2]
        .text[:1]
        .isdecimal()  # "LIAISON - MRI - 02/12/26", not "Recs - MRI - bloods"
    )
    return "between dashes in the header" if spaced and "\n" not in text[: toks[i].start] else ""
