"""Numbers that a label or a verb names: a phone of any length, a postcode of any country.

The phone finder knows numbers by their shape (and libphonenumber's validity) in a
few countries; a local number ("467 3395"), a number of another country ("72 128
827", "(99) 645-791", "28-64-66-98") has no shape it knows. A label says what it is:

- after "Phone", "Tel", "Mobile", "Cell", "Desk", "Fax", "Landline", "WhatsApp" (a colon,
  "no", "number" or a line break between), after "call me on", "ring me on", "text me
  on", "reach me at", "my registered", or before "office", "fax", "mobile", "home",
  "cell", "work" on the same line: a run of six to fifteen digits with spaces, dashes,
  dots or brackets is a phone number;
- after "ZIP", "Postcode", "Postal code", "PLZ", "CEP": three to eight digits, with one
  space or dash inside ("394 13", "75534-030"), are a postcode;
- after "pager" or "bleep", three to eight digits are a phone ("pager 3312"); after
  "passcode" or "PIN", an ID number ("Passcode 551903");
- after "pg" (a pager's shorthand), four to eight digits are a phone ("13:10 pg 78831");
  after "interp" or "interpreter", an ID number ("tel - interp 40672 again"; round 19, u19).

A run of digits is read by one bounded character-class regex per cue: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.model import Span

_RUN = r"(\+?\(?\d[\d \t().\-]{4,22}\d)(?![\w/])"
_PHONE_BEFORE = re.compile(
    r"(?<!\w)(?:phone|tel|telephone|mobile|mob|cell|cellphone|desk|fax|landline|whatsapp)"
    r"(?:[ \t]?(?:no\.?|number|#))?[ \t]?[:\-]?[ \t]{0,3}\n?[ \t]{0,3}" + _RUN,
    re.I,
)
_PHONE_VERB = re.compile(
    r"(?<!\w)(?:(?:call|ring|text|phone|reach|contact)[ \t]me[ \t](?:on|at)|my[ \t]registered)"
    r"[ \t]" + _RUN,
    re.I,
)
_PHONE_AFTER = re.compile(
    r"(?<![\w+(])(\+?\(?\d[\d \t().\-]{4,22}\d)[ \t]?[\-(]?[ \t]?"
    r"(?:office|fax|mobile|home|cell|work)(?!\w)",
    re.I,
)
_POSTCODE = re.compile(
    r"(?<!\w)(?:zip|zip[ \t]?code|postcode|post[ \t]code|postal[ \t]code|plz|cep)[ \t]?:?[ \t]?"
    r"(\d{2,5}(?:[ \-]\d{2,4})?)(?![\w/])",
    re.I,
)
# A short internal number named by its label: "pager 3312", "bleep 4471"; a code that
# opens a call or an account: "Passcode 551903", "PIN: 4471".
_SHORT = re.compile(
    r"(?<![\w.])(pager|bleep|passcode|pass[ \t]code|pin)(?:[ \t]?(?:no\.?|number|#))?"
    r"[ \t]?:?[ \t]?(\d{3,8})(?![\w/.,]\d)(?!\w)",
    re.I,
)
_SHORT_KINDS = {"pager": "phone", "bleep": "phone"}
# u19: a pager's shorthand and an interpreter's number, four to eight digits ("13:10 pg
# 78831 (Dr A, ortho)", "tel - interp 40672 again"); not a page ("pg 12"), a rating
# ("PG-13") or a year ("interp 2019").
_CLIPPED = re.compile(
    r"(?<![\w.\-])(pg|interp|interpreter)(?:[ \t]?(?:no\.?|number|#|ID))?"
    r"[ \t]?:?[ \t]?(\d{4,8})(?![\w/.,\-]\d)(?!\w)",
    re.I,
)
_MIN_DIGITS, _MAX_DIGITS = 6, 15
_PHONE_KEYS = ("phone", "tel", "mob", "cell", "desk", "fax", "landline", "whatsapp")
_SHAPES = (
    (_PHONE_BEFORE, _PHONE_KEYS, "a label"),
    (_PHONE_VERB, ("me on", "me at", "registered"), "'call me on'"),
    (_PHONE_AFTER, ("office", "fax", "mobile", "home", "cell", "work"), "'office', 'fax'"),
)


def find_labelled_numbers(text: str) -> list[Span]:
    """Phones named by a label or verb, and postcodes after a postcode label."""
    spans: list[Span] = []
    lowered = text.lower()
    for shape, keys, cue in _SHAPES:
        if not any(key in lowered for key in keys):
            continue  # a few substring tests instead of a scan
        for m in shape.finditer(text):
            start, end = m.span(1)
            digits = sum(c.isdecimal() for c in text[start:end])
            if _MIN_DIGITS <= digits <= _MAX_DIGITS and not _date_like(text[start:end]):
                reason = f"pattern: a phone number named by {cue}"
                spans.append(Span(start, end, "phone", "pattern", reason, "phone"))
    if any(key in lowered for key in ("pager", "bleep", "pass", "pin")):
        for m in _SHORT.finditer(text):
            kind = _SHORT_KINDS.get(m.group(1).lower(), "id_number")
            reason = f"pattern: a number after '{m.group(1).lower()}'"
            spans.append(Span(m.start(2), m.end(2), kind, "pattern", reason, kind))
    if "pg" in lowered or "interp" in lowered:
        spans += _clipped(text)
    postal = any(key in lowered for key in ("zip", "post", "plz", "cep"))
    for m in _POSTCODE.finditer(text) if postal else ():
        reason = "pattern: a postcode after a postcode label ('ZIP: 394 13')"
        spans.append(Span(m.start(1), m.end(1), "zip", "pattern", reason, "zip"))
    return spans


def _clipped(text: str) -> list[Span]:
    """ "pg 78831" (a pager) and "interp 40672" (an interpreter's number): see `_CLIPPED`."""
    spans: list[Span] = []
    for m in _CLIPPED.finditer(text):
        digits, word = m.group(2), m.group(1).lower()
        if len(digits) == 4 and 1950 <= int(digits) <= 2039:
            continue  # "interp 2019": a year
        kind = "phone" if word == "pg" else "id_number"
        reason = f"pattern: a number after '{word}'"
        spans.append(Span(m.start(2), m.end(2), kind, "pattern", reason, kind))
    return spans


_DATE = re.compile(r"\d{1,4}[./\-]\d{1,2}[./\-]\d{2,4}")


def _date_like(run: str) -> bool:
    """ "12.03.2024", "2024-03-12": a date after "Fax sent", not a number."""
    return _DATE.fullmatch(run.strip()) is not None
