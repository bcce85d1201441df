"""Initials in a table column headed by a person's role (layer "context", p6).

Notes paste rotas, action logs and registers as markdown tables; a cell under
"Clinician", "Therapist", "Who", "By", "Lead" or "Client" often holds only a person's
initials: "| Mon | 9:00 | AB | T.R. |", "| Actions | DMc |", "| JS-W |". Under such a
header, a cell that is two to four letters with at least two capitals (dots and
hyphens allowed: "T.R.", "JS-W", "DMc") is a person.

Near misses stay: the same cells under any other header ("| Mon | PM | CBT |"), words
every table uses ("N/A", "TBC", "DNA", "OK", "YES", "AM"), a cell with more than four
letters (left to the other rules), a line that is no table row.

One pass over the lines, one over each row's cells: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold

_ROLES = frozenset(
    "clinician therapist counsellor counselor staff worker provider by who initials lead "
    "facilitator author signed client patient pt name keyworker practitioner sw owner "
    "responsible attendee attendees co-facilitator cofacilitator supervisor supervisee".split()
) | frozenset(["seen by", "action by", "key worker", "social worker", "staff member"])
_NOT_PEOPLE = frozenset(
    "NA TBC TBA DNA OK NO YES AM PM ALL NONE CBT DBT EMDR MDT GP NHS UK USA ID N Y AND OR "
    "TBD PRN SOS ASAP IOP PHP ED ER OT PT SLT".split()
)
_REASON = "context: initials in a table column headed by a person's role"


def find_table_initials(text: str, covered: bytearray) -> list[Span]:
    """Initials under a role's header in a markdown table (see the module)."""
    if "|" not in text:
        return []
    spans: list[Span] = []
    roles: set[int] = set()
    at = 0
    while at < len(text):
        nxt = text.find("\n", at)
        end = len(text) if nxt < 0 else nxt
        cells = _cells(text, at, end)
        if not cells:
            roles = set()
        elif not roles:
            roles = {k for k, (a, b) in enumerate(cells) if _role(text[a:b])}
        else:
            for k in roles:
                if k < len(cells):
                    spans += _initials(text, *cells[k], covered)
        at = end + 1
    return spans


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each cell's text, stripped, in a line "| a | b |"; [] if no table row."""
    line = text[start:end]
    if not line.lstrip().startswith("|") or line.count("|") < 3:
        return []
    cells: list[tuple[int, int]] = []
    bar = start + line.index("|")
    while True:
        nxt = text.find("|", bar + 1, end)
        if nxt < 0:
            return cells
        a, b = bar + 1, nxt
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        cells.append((a, b))
        bar = nxt


def _role(cell: str) -> bool:
    return cell.lower().strip("*:") in _ROLES


def _initials(text: str, a: int, b: int, covered: bytearray) -> list[Span]:
    cell = text[a:b]
    letters = "".join(ch for ch in cell if ch not in ".-")
    if not 2 <= len(letters) <= 4 or not letters.isalpha() or not letters[:1].isupper():
        return []
    if sum(ch.isupper() for ch in letters) < 2 or cell.count("-") > 1:
        return []
    if letters.upper() in _NOT_PEOPLE or letters in lexicon.NOT_INITIALS:
        return []
    if covered.find(1, a, b) != -1:
        return []
    return [Span(a, b, "person", "context", _REASON, fold(letters))]
