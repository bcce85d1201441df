"""An age given as what a person is "now", set off as a description (issue 13, round 22, a22).

Notes bring an age up to date in an aside: "Mrs Pettaway, now 74, at the day centre",
"Ruth was the sensible one. Now 50, married", "excluded at school; now 18, on a diversion
order", "he is now 90 -- older than the Queen", "Marion is now 58 (bday was last week)".
The number (1 to 110) is read as an age when:

- "now" opens its clause (after a sentence end, a semicolon or a line start, or after a comma
  that follows a name: "Mrs Pettaway, now 74," but not "Sessions, now 12,") or follows
  "is", and
- the number closes its phrase: a comma then a word ("now 74, at"), or a dash; after
  "is now", also a bracket ("is now 58 (").

Not an age: a count or a score brought up to date, which has a unit or a stop after it
("now 9 weeks post-op", "%mBMI now 82.", "now 3 mg", "now 14,200"), or a number in a run
of scores (a digit in the twenty-odd characters before "now", in its sentence: "PHQ-9 22 (Aug),
now 19, ..."; "in 2019; now 67," is an age).
Dev (round 22): 5 labelled ages in 5 files, 0 unlabelled tokens.

One regular expression of fixed shape, gated on the substring "now": linear.
"""

from __future__ import annotations

import re

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span

_WORD = re.compile(r"[A-Za-z]+")
_REASON = "pattern: an age ('now 74,' set off in a description)"
_NOW = re.compile(
    r"(?:(?P<open>(?:^|[.;,:!?])[ \t]*)|(?P<is>\b(?:is|Is|IS)[ \t]+))"
    r"(?:now|Now|NOW)[ \t]+(?P<age>\d{1,3})"
    r"(?=,[ \t]+[A-Za-z]|[ \t]+(?:\u2014|\u2013|--)[ \t]|(?P<bracket>[ \t]+\())",
    re.MULTILINE,
)


def find_now_ages(text: str) -> list[Span]:
    """Ages after "now" set off as a description (see the module)."""
    if "now" not in text and "Now" not in text and "NOW" not in text:
        return []
    spans: list[Span] = []
    for match in _NOW.finditer(text):
        value = int(match["age"])
        if not 1 <= value <= 110 or (match["bracket"] is not None and match["is"] is None):
            continue
        if (
            match["open"] is not None
            and match["open"].lstrip().startswith(",")
            and not _named(text, match.start())
        ):
            continue  # "Sessions, now 12, continue": a count, not a person, before the comma
        start, end = match.span("age")
        before = text[max(0, start - 26) : start]
        before = before[max(before.rfind("."), before.rfind(";"), before.rfind("\n")) + 1 :]
        if any(c.isdigit() for c in before):
            continue
        spans.append(Span(start, end, "age", "pattern", _REASON, f"age:{value}"))
    return spans


def _named(text: str, comma: int) -> bool:
    """The word before the comma at `comma` is a name: capitalised and no English word."""
    words = _WORD.findall(text[max(0, comma - 30) : comma])
    if not words or not text[:comma].rstrip().endswith(words[-1]):
        return False
    word = words[-1]
    return word[:1].isupper() and word.lower() not in lexicon.common_words()
