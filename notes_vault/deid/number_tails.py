"""Parts of numbers written alone: a phone extension, the last digits of a card or account.

- an extension with no number before it ("ext. 5817", "extn 204", "Extension: 314"), or
  glued to an "x" after a number the phone finder did not take ("0102 x4410"):
  it reaches one person's desk as surely as a phone number does;
- the last four digits of a card, account, SSN or phone, after "ending" ("ending ...4419"),
  "ending in", "ends in",
  "last 4", "last four", "LAST4" ("HSA card ending 4471", "LAST4: 4471"), and masked
  numbers ("****4471", "xxxx-xxxx-4471", "XXX-XX-4471"); never a year ("year ending 2024").

Each shape is a fixed sequence of bounded character classes: linear time.
"""

from __future__ import annotations

import re

from notes_vault.deid.model import Span

_EXTENSION = re.compile(
    r"(?<![\w.])(?:(?:ext|extn)\.?[ \t]?[#:]?[ \t]?(\d{2,6})|extension[ \t]?[#:]?[ \t]?(\d{3,6})"
    r"|(?<=\d{4}[ \t])x(\d{3,6}))(?![\w/])",
    re.I,
)
_TAIL = re.compile(
    r"(?<!\w)(?:ending|ends)(?:[ \t]in)?[ \t]?[:#]?[ \t]?(?:\.{2,3}|\u2026)?(\d{4})(?![\w/.,]\d)",
    re.I,
)
_LAST = re.compile(
    r"(?<!\w)last[ \t]?(?:4|four)(?:[ \t]digits)?[ \t]?(?:of[ \t](?:the[ \t])?\w{2,10}[ \t])?"
    r"[:#=]?[ \t]?(?:is[ \t])?(\d{4})(?![\w/])",
    re.I,
)
_YEARS = (1900, 2099)
_MASKED = re.compile(r"(?<![\w*])(?:[*xX\u2022]{2,4}[ \t-]?){1,4}(\d{4})(?![\w/])")


def find_number_tails(text: str) -> list[Span]:
    """Lone extensions and the last digits of cards and accounts (see the module)."""
    spans: list[Span] = []
    lowered = text.lower()
    for m in _EXTENSION.finditer(text) if "x" in lowered else ():  # "ext", "extn", "x4410"
        group = next(g for g in (1, 2, 3) if m.group(g))  # the digits alone: "ext." says nothing
        reason = "pattern: an extension ('ext. 204')"
        spans.append(Span(m.start(group), m.end(group), "phone", "pattern", reason, "phone"))
    masked = "**" in text or "xx" in lowered or "\u2022" in text
    shapes = (
        (_TAIL, "end" in lowered, "after 'ending'"),
        (_LAST, "last" in lowered, "after 'last 4'"),
    )
    for shape, present, cue in (*shapes, (_MASKED, masked, "masked")):
        if not present:
            continue  # one substring test instead of a scan
        reason = f"pattern: the last digits of a card or account ({cue})"
        spans += [
            Span(m.start(1), m.end(1), "id_number", "pattern", reason, "id_number")
            for m in shape.finditer(text)
            if not _YEARS[0] <= int(m.group(1)) <= _YEARS[1]  # "the year ending 2024"
        ]
    return spans
