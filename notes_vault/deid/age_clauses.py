"""Ages that stand as their own clause, after a kin word and an initial, or hedged in
brackets (layer "pattern", a9).

- A number alone between a sentence's end and the next ("...on the ward). 33. Band 6
  nurse", "Husband still in Lviv; 48, not allowed to leave.", "Works nights. 28. (Kasia)",
  'she said "the flat is fine") - 78. Hoarding'): in a note, a bare number of 12 to 110 that
  is a whole sentence is the age of whoever the sentence before described. Not after an
  abbreviation's full stop ("Gr. 7,", "sess. 5,", "ext. 214,", "Nov. 8."), not a decimal
  ("2.5."), not a number a line opens ("12. Abuse?"), not after a score word.
- A kin word, an initial and the age: "Granny B is 67", "Grandad T. (81)", "Nan R, 90,",
  "Tia M was 45" (the initial is the person layer's; the number is found here).
- A capitalised word, then in brackets an adverb of age and a number: "Dash (almost 13 -",
  "Rowan (nearly 9)", "Bea (just turned 70)"; not "Total (nearly 30)", "(about 20) mins".
- "me" and an age in brackets, signing a letter or a message: "Love, me (39)".

One pass over the tokens: linear.
"""

from __future__ import annotations

from notes_vault.deid.day_cues import _SCORES
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered, vocabulary

_MAX = 110
_KIN = frozenset(
    "granny grandma grandmother grandad granddad grandpa grandfather gran nan nana nanna "
    "nanny nain taid gramps grams mum mom mam dad da pa ma aunt auntie aunty uncle cousin "
    "sister brother sis bro stepdad stepmum stepmom tia tio nonna nonno abuela abuelo oma "
    "opa baba dada nani nana-ji".split()
)
_BE = frozenset(["is", "was", "turned", "turns", "now"])
_HEDGES = frozenset(["almost", "nearly", "now", "just", "turning", "turned", "only", "aged"])
_NOT_OWNERS = frozenset(
    "total totals score scores sum count weight bmi attendance sessions session items "
    "average mean range".split()
)
_UNITS = frozenset(
    "mg mcg ml kg lb lbs st stone ft cm km miles minutes mins min hours hrs hr days weeks "
    "wks months years yrs times x % percent am pm points pts sessions".split()
)
# Words whose full stop is an abbreviation's, not a sentence's end.
ABBREVIATIONS = frozenset(
    "gr sess ext no nos tel fig vol ch p pp para ref dept appt approx wk wks yr yrs rm "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri "
    "sat sun st dr mr mrs ms mx prof rev fr sr jr vs v est grade".split()
)
# Labels of a line about the person, whose value may be the age alone: "Background: 86."
_PERSON_LABELS = frozenset("background history hx know about summary profile bio context".split())
_CLOSERS = frozenset([")", '"', "\u201d", "'", "\u2019", "]"])
_DASHES = frozenset(["-", "\u2013", "\u2014"])


def find_clause_ages(text: str, toks: list[Tok]) -> list[Span]:
    """Ages standing as a clause, after a kin word and an initial, or hedged in brackets."""
    lows = lowered(toks)
    spans: list[Span] = []
    for i in [k for k, low in enumerate(lows) if low.isdecimal() and len(low) <= 3]:
        tok = toks[i]
        if not 0 < int(tok.text) <= _MAX:
            continue
        reason = _lone(text, toks, lows, i) or _kin_initial(toks, lows, i)
        reason = reason or _hedged(toks, lows, i) or _signed(toks, lows, i)
        reason = reason or _slashed_sex(toks, lows, i)
        if reason:
            value = int(tok.text)
            spans.append(
                Span(
                    tok.start,
                    tok.end,
                    "age",
                    "pattern",
                    f"pattern: an age ({reason})",
                    f"age:{value}",
                )
            )
    return spans


def _after(toks: list[Tok], k: int) -> str:
    return toks[k].text if k < len(toks) else "\n"


def _lone(text: str, toks: list[Tok], lows: list[str], i: int) -> str | None:
    """ "...). 33. Band 6", "Lviv; 48, not", '") - 78. Hoarding'."""
    if int(toks[i].text) < 12 or i < 2 or not _sentence_before(text, toks, lows, i):
        return None
    after = _after(toks, i + 1)
    if after not in (".", ",") or (i + 2 < len(toks) and toks[i + 2].start == toks[i + 1].end):
        return None  # "33.5", "33,000"
    nxt = _after(toks, i + 2)
    if (after == "," and not nxt[:1].islower()) or nxt.lower() in _UNITS:
        return None  # "; 48, not allowed": a lower-case word goes on the clause
    return "a number standing as its own clause"


def _sentence_before(text: str, toks: list[Tok], lows: list[str], i: int) -> bool:
    """A sentence ends on the same line just before the number: ".", ";" or a closing dash."""
    mark, before = toks[i - 1], toks[i - 2]
    if "\n" in text[before.end : toks[i].start]:
        return False  # "12. Abuse?": a line's own number
    if toks[i].start == mark.end:
        return False  # "18.5.": a decimal, no sentence
    if mark.text == ":":  # "Background: 86.", "What we know: 48."
        return lows[i - 2] in _PERSON_LABELS and mark.start == before.end
    if mark.text in _DASHES:  # '") - 78.' but not "(GAD-7) - 15, moderate"
        closed = before.text in _CLOSERS and toks[i].start - mark.end == 1
        return closed and _after(toks, i + 1) == "." and i > 2 and not lows[i - 3][:1].isdecimal()
    return mark.text in (".", ";") and mark.start == before.end and not abbreviated(lows, i - 2)


def abbreviated(lows: list[str], k: int) -> bool:
    """The word at k is an abbreviation, a score word or a number: its full stop ends no
    sentence ("Gr. 7,", "sess. 5,", "PHQ 14. 9", "2.5.")."""
    word = lows[k]
    year = len(word) == 4 and word.isdecimal() and 1900 <= int(word) <= 2099  # "2027. 28."
    return word in ABBREVIATIONS or word in _SCORES or (word[:1].isdecimal() and not year)


def _kin_initial(toks: list[Tok], lows: list[str], i: int) -> str | None:
    """ "Granny B is 67", "Grandad T. (81)", "Nan R, 90,"."""
    k = i - 1
    mark = lows[k] if k >= 0 else ""
    if mark in _BE or mark in ("(", ","):
        k -= 1
    else:
        return None
    if k >= 0 and toks[k].text == ".":
        k -= 1
    if k < 1 or len(toks[k].text) != 1 or not toks[k].text.isupper():
        return None
    if lows[k - 1] not in _KIN:
        return None
    after = _after(toks, i + 1).lower()
    if (mark == "(" and after != ")") or (mark == "," and after not in (",", ".", ";", ")")):
        return None
    return None if after in _UNITS else "a number after a kin word and an initial"


def _hedged(toks: list[Tok], lows: list[str], i: int) -> str | None:
    """ "Dash (almost 13 -", "Rowan (nearly 9)", "Bea (just turned 70)"."""
    k = i - 1
    if k < 0 or lows[k] not in _HEDGES:
        return None
    if k > 0 and lows[k - 1] in _HEDGES:
        k -= 1  # "just turned"
    if k < 2 or toks[k - 1].text != "(":
        return None
    owner = toks[k - 2].text
    named = owner[:1].isupper() and owner[1:].islower()
    if not named or lows[k - 2] in _NOT_OWNERS or lows[k - 2] in _SCORES:
        return None
    after = _after(toks, i + 1)
    if after not in (")", ",", ";") and after not in _DASHES:
        return None
    later = _after(toks, i + 2).lower()
    if after == ")" and later in _UNITS:
        return None  # "(about 20) mins"
    return "an adverb of age and a number in brackets after a name"


def _signed(toks: list[Tok], lows: list[str], i: int) -> str | None:
    """ "Love, me (39)": the writer's own age in brackets after "me"."""
    if i < 2 or toks[i - 1].text != "(" or lows[i - 2] != "me" or int(toks[i].text) < 12:
        return None
    return "a number in brackets after 'me'" if _after(toks, i + 1) == ")" else None


_FIELD_MARKS = frozenset(["/", "|"])
_NOT_LABELS = frozenset("gap group groups range band limit difference appropriate related".split())
_AGE_UNITS = frozenset("years yrs months weeks wks".split())
_LABEL_REACH = 12
_VALUE_REACH = 40  # the values of one label line: linear


def find_labelled_ages(text: str, toks: list[Tok]) -> list[Span]:
    """ "Age at referral: 15", "Age/sex: 27/F", "Name / Age / Relationship: Tom / 41 /
    partner": a label naming an age, a colon, and the value in the age's place."""
    if "age" not in vocabulary(toks):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for colon in (k for k, low in enumerate(lows) if low == ":" and k + 1 < len(toks)):
        place = _age_place(text, toks, lows, colon)
        if place is None:
            continue
        k, floor = colon + 1, min(len(toks), colon + 1 + _VALUE_REACH)
        for _ in range(place):  # step over the values before the age's own
            while k < floor and lows[k] not in _FIELD_MARKS and "\n" not in _gap(text, toks, k):
                k += 1
            k += 1
        if k >= len(toks) or "\n" in text[toks[colon].end : toks[k].start]:
            continue
        word = toks[k].text
        after = lows[k + 1] if k + 1 < len(toks) else "\n"
        ranged = after in ("-", "to", "\u2013") and k + 2 < len(toks) and lows[k + 2].isdecimal()
        counted = after in _UNITS and after not in _AGE_UNITS  # "Age: 3 sessions"
        if (
            word.isdecimal()
            and len(word) <= 3
            and 0 < int(word) <= _MAX
            and not (ranged or counted)
        ):
            reason = "pattern: an age (the value of a label naming an age)"
            spans.append(Span(toks[k].start, toks[k].end, "age", "pattern", reason, f"age:{word}"))
    return spans


def _gap(text: str, toks: list[Tok], k: int) -> str:
    return text[toks[k - 1].end : toks[k].start] if k > 0 else ""


def _age_place(text: str, toks: list[Tok], lows: list[str], colon: int) -> int | None:
    """The place of "age" among a label's fields before the colon ("Age" 0, "Name / Age" 1),
    or None when no field of the label is an age."""
    place, found, k = 0, None, colon - 1
    while (
        k >= 0 and colon - k <= _LABEL_REACH and "\n" not in text[toks[k].end : toks[k + 1].start]
    ):
        low = lows[k]
        if low in _FIELD_MARKS:
            place += 1
        elif low == "age" and lows[k + 1] not in _NOT_LABELS:
            found = place
        elif not low.isalpha() and low not in ("(", ")"):
            return None  # a sentence's end or a number: no label
        k -= 1
    if found is None:
        return None
    return place - found


_SEX_LETTERS = frozenset(["m", "f"])
_NOT_BEFORE_SEX = frozenset("room rm flat unit floor apt suite bed ward no the".split())


def _slashed_sex(toks: list[Tok], lows: list[str], i: int) -> str | None:
    """ "45/M referred by PCP", "F/45,": an age glued by a slash to the sex."""
    n = len(toks)
    after = i + 2 < n and lows[i + 1] == "/" and lows[i + 2] in _SEX_LETTERS
    after = after and toks[i + 1].start == toks[i].end and toks[i + 2].start == toks[i + 1].end
    after = after and not (i + 3 < n and toks[i + 3].start == toks[i + 2].end)
    before = i > 1 and lows[i - 1] == "/" and lows[i - 2] in _SEX_LETTERS
    before = before and toks[i - 1].start == toks[i - 2].end and toks[i].start == toks[i - 1].end
    before = before and not (i > 2 and toks[i - 2].start == toks[i - 3].end)
    if not (after or before) or int(toks[i].text) < 2:
        return None
    k = i - 1 if after else i - 3
    if k >= 0 and (lows[k] in _NOT_BEFORE_SEX or lows[k][:1].isdecimal()):
        return None  # "Flat 12/F": a floor
    return "a number glued to the sex by a slash"
