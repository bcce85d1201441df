"""Ages beside a person the context layer found, and ages in a header line (layer "pattern").

The pattern layer knows a number is an age from a cue ("aged", "y/o") or from a
gazetteer name before it ("Kelvin 12"). Once the context layer has found a
person by any cue (or the vault a name it knows), the number beside that person
is judged the same way:

- in a list, the name then its age: "(Rafaelito 6, Yaritza 3)", "kids: Iuri 4." (a
  list mark or a line start before the name; the end of the item after the number);
- the name, a form of "be" and the age: "Yonas is 22", "Ally is 59," (no unit after
  it, except weeks or months for a baby: "Kamsi is 11 weeks");
- a number in words alone in brackets after the name: "Mrs Brady (seventy-seven)", or in
  digits: "Sister Debs (54)".

And in a header line that opens with a label for the person ("Client:", "Pt:",
"Patient:", "Name:"), a number of at most 110 set apart by two spaces or a tab, alone
or with the sex: "Client: K. Alapa'i   18", "Pt: OWUSU-MENSAH, A   53 F   Twi".

Round 16 (lead): ages written straight after a person in shorthand, and after a lone sex
letter, are `person_age_shorthand.py`'s, called from here.

One pass over the spans found and one over the header lines: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.age_window import _value
from notes_vault.deid.model import Span
from notes_vault.deid.person_age_shorthand import find_sex_ages, find_shorthand_ages
from notes_vault.deid.tokens import Tok
from notes_vault.deid.tokens import ends as token_ends
from notes_vault.deid.tokens import starts as token_starts

_MAX_AGE = 110
_PEOPLE = frozenset(["person", "name"])  # found by context, or a name the vault knows
_LIST_MARKS = frozenset(["(", ";", ",", ":", "and", "&", "-", "\u2014"])
_ITEM_ENDS = frozenset([",", ";", ")", "."])
_LINE_ITEM_ENDS = frozenset(["(", "\u2014", "\u2013", "-"])  # a name opening its line
_SAID_ENDS = frozenset(["and", "period", "comma"])  # a list said aloud: "kaylee fourteen and"
_BE = frozenset(["is", "was"])
_ADVERBS = frozenset("now nearly almost only just barely about".split())
_TODAY = frozenset(["today", "now", "still"])
_BABY_UNITS = frozenset(["weeks", "months", "wks", "mos"])
_SENTENCE_ENDS = frozenset([".", "?", "!"])
_NOT_AFTER = frozenset(
    "% mg kg lb lbs st stone ft cm minutes mins min hours hrs days weeks months years times "
    "points pts out of am pm miles x / : - on in at percent".split()
)
_HEADER_LABELS = frozenset(
    "client pt patient name resident student child youth member veteran examinee pupil yp "
    "cyp".split()
)
_DASHES = frozenset(["-", "\u2014", "\u2013"])
_SEXES = frozenset(["M", "F", "m", "f", "X", "NB"])


def find_person_ages(text: str, toks: list[Tok], chosen: list[Span]) -> list[Span]:
    """Ages beside the people in `chosen` (see the module)."""
    starts, ends = token_starts(toks), token_ends(toks)  # made once per note, shared
    spans: list[Span] = []
    for span in chosen:
        if span.category not in _PEOPLE:
            continue
        first, last = starts.get(span.start), ends.get(span.end)
        if first is None or last is None or last + 2 >= len(toks):
            continue
        found = _listed(text, toks, first, last) or _be(toks, last) or _worded(toks, last)
        found = found or _set_off(toks, last) or _bracketed(toks, last)
        found = found or find_shorthand_ages(text, toks, starts, ends, span)  # round 16
        if found is not None:
            spans.append(found)
    return spans + find_sex_ages(text, toks)


_PREGNANT = frozenset(["pregnant", "gone", "along", "postpartum", "pp", "sober", "clean"])


def _age(tok: Tok, end: int, value: int, cue: str) -> Span:
    return Span(tok.start, end, "age", "pattern", f"pattern: an age ({cue})", f"age:{value}")


def _listed(text: str, toks: list[Tok], first: int, last: int) -> Span | None:
    """ "(Rafaelito 6, Yaritza 3)", "baby Yasin 10 months", "daughter kaylee fourteen and":
    a listed name (or one after a relation word), one space, a number, the item's end."""
    number = _value(toks, last + 1)
    if number is None or toks[last + 1].start != toks[last].end + 1:
        return None
    # A line's number after a line break ("... - MR\n3. SQ") is not an age.
    one_space = text[toks[last].end] != "\n"
    value, used = number
    end = last + 1 + used
    if end < len(toks) and toks[end].text.lower() in _BABY_UNITS:
        end += 1  # "baby Yasin 10 months"
    after = toks[end].text.lower() if end < len(toks) else "."
    baby = toks[end - 1].text.lower() in _BABY_UNITS and after == "("  # "Zofia 7 weeks (born"
    before = toks[first - 1] if first > 0 else None
    opens = before is None or "\n" in text[before.end : toks[first].start]
    ended = after in _ITEM_ENDS or after in _SAID_ENDS or baby
    dashed = opens or (before is not None and before.text in _DASHES)  # "Sister - Clare 44" (a8)
    ended = ended or (
        dashed and end < len(toks) and "\n" in text[toks[end - 1].end : toks[end].start]
    )
    ended = ended or (opens and after in _LINE_ITEM_ENDS)  # "kacper 14 (yr 9", "jo 47 \u2014" (a7)
    opened = before is not None and _opens_sentence(text, toks, first - 1)
    ended = ended or ((opened or _dashed(toks, end)) and after in _LINE_ITEM_ENDS)
    if not 0 < value <= _MAX_AGE or not ended or not one_space:
        return None
    inside = toks[end + 1].text.lower() if after == "(" and end + 1 < len(toks) else ""
    if inside in _NOT_AFTER or inside in ("sessions", "session", "visits", "times"):
        return None  # "Sam 3 (sessions)": a count
    if after == "." and end + 1 < len(toks) and toks[end + 1].text.isdecimal():
        return None  # "Ward 4.5"
    cued = before is not None and before.text.lower() in lexicon.PERSON_CUES
    if before is not None and before.text in _SENTENCE_ENDS and toks[end - 1].text in _BABY_UNITS:
        opens = True  # "... birth? Lily-Grace 14 months."
    listed = opens or cued or before is None or before.text in _LIST_MARKS
    if not (listed or opened):
        return None
    cue = "a number after a listed name" if listed else "a number after a person opening a sentence"
    return _age(toks[last + 1], toks[end - 1].end, value, cue)


def _opens_sentence(text: str, toks: list[Tok], k: int) -> bool:
    """The name and its number open a sentence: a sentence's end before the name, or a title
    that itself opens the sentence or line ("... sess 4. Tendai 35, carer", "Seen. Mr
    Warsame 35. Former driver"; not "Gave Mr Hughes 2 - he"; lead, round 9)."""
    word = toks[k].text
    glued = k > 0 and toks[k - 1].end == toks[k].start
    titled = glued and toks[k - 1].text.lower() in lexicon.TITLES
    if word == "." and titled:
        k -= 1  # "Mr." is "Mr" and "."
    elif word in _SENTENCE_ENDS:
        return True
    elif word.lower() not in lexicon.TITLES:
        return False
    if k == 0:
        return True
    before = toks[k - 1]
    return before.text in _SENTENCE_ENDS or "\n" in text[before.end : toks[k].start]


def _dashed(toks: list[Tok], end: int) -> bool:
    """A dash with a space either side after the number: "naveed 42 - GMFRS" (lead, round 9)."""
    return (
        end + 1 < len(toks)
        and toks[end].text in _DASHES
        and toks[end].start > toks[end - 1].end
        and toks[end + 1].start > toks[end].end
        and not toks[end + 1].text[:1].isdecimal()  # "Ward 4 - 6": a range
    )


def _be(toks: list[Tok], last: int) -> Span | None:
    """ "Yonas is 22", "Ally is nearly 59", "Kamsi is 11 weeks"."""
    k = last + 1
    if toks[k].text.lower() in _TODAY and k + 1 < len(toks):
        k += 1  # "Olek today is 48" (a7)
    if toks[k].text.lower() not in _BE:
        return None
    k += 1
    if k < len(toks) and toks[k].text.lower() in _ADVERBS:
        k += 1
    number = _value(toks, k) if k < len(toks) else None
    if number is None or not 0 < number[0] <= _MAX_AGE:
        return None
    value, used = number
    after = toks[k + used].text.lower() if k + used < len(toks) else "."
    if after in _BABY_UNITS:
        later = toks[k + used + 1].text.lower() if k + used + 1 < len(toks) else ""
        if later in _PREGNANT:
            return None  # "wife Priya is 7 months pregnant": a pregnancy, not an age (a7)
        return _age(toks[k], toks[k + used].end, value, "a person, 'is' and weeks or months")
    spaced = after == "-" and k + used + 1 < len(toks) and _apart(toks, k + used)
    if (after in _NOT_AFTER and not spaced) or (
        after.isalpha() and after not in ("and", "but", "now", "so")
    ):
        return None  # "Ally is 59 minutes away", "Ally is 3 times"; not "is 90 - 'ninety'" (a9)
    return _age(toks[k], toks[k + used - 1].end, value, "a number after a person and 'is'")


def _apart(toks: list[Tok], k: int) -> bool:
    """The mark at k has a space on both sides ("is 90 - she"), unlike a range ("90-95")."""
    spaced = toks[k].start > toks[k - 1].end and toks[k + 1].start > toks[k].end
    return spaced and not toks[k + 1].text[:1].isdecimal()  # not "3 - 4 hours"


def _worded(toks: list[Tok], last: int) -> Span | None:
    """ "Mrs Brady (seventy-seven)": a number in words alone in brackets after a person."""
    if toks[last + 1].text != "(":
        return None
    number = _value(toks, last + 2)
    if number is None or toks[last + 2].text.isdecimal():
        return None
    value, used = number
    close = last + 2 + used
    if close >= len(toks) or toks[close].text not in (")", ",") or not 0 < value <= _MAX_AGE:
        return None  # "Wanda (sixty-six, widowed)" too (a7)
    end = toks[close - 1].end
    return _age(toks[last + 2], end, value, "a number in words in brackets after a person")


# Marks that set a number off after a person's name in a list or a table row:
# "Mrs. Gottlieb, 29, 6 children", "Reeves, Colton \u2014 15 \u2014 Senior", "| Zepeda, M. | 61 |".
_SET_OFF = frozenset([",", "\u2014", "\u2013", "-", "|"])
_SET_OFF_ENDS = _SET_OFF | frozenset([";", ")"])
_YEAR_WORDS = frozenset(["yrs", "years", "yo"])


def _set_off(toks: list[Tok], last: int) -> Span | None:
    """ "Mrs. Gottlieb, 29, 6 children": a number set off by the same kind of marks."""
    k = last + 1
    if k + 1 < len(toks) and toks[k].text == "." and toks[k].start == toks[last].end:
        k += 1  # "Zepeda, M. | 61"
    if k + 2 >= len(toks) or toks[k].text not in _SET_OFF:
        return None
    number = _value(toks, k + 1)
    if number is None or not 0 < number[0] <= _MAX_AGE:
        return None
    value, used = number
    end = k + 1 + used
    unit = toks[end].text.lower() if end < len(toks) else ""
    if (unit in _YEAR_WORDS or unit in _BABY_UNITS) and toks[k].text == ",":
        end += 1  # "YP: Delal Rashid, 17 yrs, Kurdish", "Flora, 4 months, in the sling"
    if end >= len(toks) or toks[end].text not in _SET_OFF_ENDS:
        return None
    glued = end + 1 < len(toks) and toks[end + 1].start == toks[end].end
    if glued and toks[end + 1].text[:1].isdecimal():
        return None  # "Smith, 12-14", "Smith, 3,500": a range or a figure
    return _age(toks[k + 1], toks[end - 1].end, value, "a number set off after a person")


def _bracketed(toks: list[Tok], last: int) -> Span | None:
    """ "Leo (now 6)", "Nan (nearly ninety)": a person, then in brackets an adverb and a number;
    or the number alone, in digits: "Sister Debs (54)", "husband alasdair (78)" (lead, round 10:
    the pattern layer's rule reads only a listed given name before the brackets)."""
    k = last + 2
    if toks[last + 1].text != "(" or k + 1 >= len(toks):
        return None
    if toks[k].text.isdecimal() and len(toks[k].text) <= 3 and toks[k + 1].text == ")":
        return _bare_bracket(toks[k])
    if k + 2 >= len(toks) or toks[k].text.lower() not in _ADVERBS:
        return None
    number = _value(toks, k + 1)
    if number is None or not 0 < number[0] <= _MAX_AGE:
        return None
    value, used = number
    if toks[k + 1 + used].text not in (")", ","):
        return None
    return _age(
        toks[k + 1], toks[k + used].end, value, "'now' and a number in brackets after a person"
    )


def _bare_bracket(tok: Tok) -> Span | None:
    """The digits alone in brackets after a person: "Sister Debs (54)"."""
    if not 0 < int(tok.text) <= _MAX_AGE:
        return None
    return _age(tok, tok.end, int(tok.text), "a number in brackets after a person")


def find_header_ages(text: str, toks: list[Tok]) -> list[Span]:
    """ "Client: K. Alapa'i   18": an age set apart in a header line (see the module)."""
    spans: list[Span] = []
    line_label = ""
    for i, tok in enumerate(toks):
        if i == 0 or "\n" in text[toks[i - 1].end : tok.start]:
            after = toks[i + 1].text if i + 1 < len(toks) else ""
            line_label = tok.text.lower() if after == ":" else ""
            continue
        if line_label not in _HEADER_LABELS or not tok.text.isdecimal() or len(tok.text) > 3:
            continue
        if not 0 < int(tok.text) <= _MAX_AGE or not _apart_before(text, toks, i):
            continue
        k = i + 1
        if k < len(toks) and toks[k].text in _SEXES and toks[k].start == tok.end + 1:
            k += 1
        if k == len(toks) or _apart_after(text, toks[k - 1].end, toks[k].start):
            spans.append(_age(tok, tok.end, int(tok.text), "a number set apart in a header"))
    return spans


def _apart_before(text: str, toks: list[Tok], i: int) -> bool:
    gap = text[toks[i - 1].end : toks[i].start]
    if toks[i - 1].text in _SEPARATORS:
        return True  # "DOYLE, SHAWN M · 39 · Adm"
    return toks[i - 1].text != ":" and ("\t" in gap or "  " in gap)


def _apart_after(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    return "\t" in gap or "  " in gap or "\n" in gap or text[start : start + 1] in _SEPARATORS


_SEPARATORS = frozenset(["\u00b7", "|", "\u2022"])
