"""Ages written the shorthand way after a person, and after a sex letter (round 16, lead).

Terse notes put the age straight after the name, with no "aged" and no list around it:
"Mr. Sow 35m, Guinean", "Aisha Y 26 -- St Charles", "son kuba 15 at Sir William Stanier",
"YP Tegan P 18 (just turned)", and after the sex alone: "ED -- F 32 OD sertraline", "1x
NEW F ~25 GAVE NAME". `person_ages.py` reads a number after a person only in a list, after
"is", set off by commas or opening a sentence; these are read here, beside a person the
layers before have found (or a name the vault knows), with one initial letter allowed
between:

- the number with the sex glued to it ("35m", "71F");
- the number, then two dashes, a comma, a semicolon or a bracket that holds no unit;
- after a word for a relative or a role ("son", "YP", "pt"), the number, then "at" and a
  capitalised name (a school) or the end of the line;
- (round 23, u23) the number, then a mark hurried notes close it with: a question mark
  ("yas 18? no"), a spaced "+" and the next person ("aisling 32 + sean"), a full stop that
  is no decimal point, after an age of 16 or more or a kin or role word ("Bà Hạnh 78.",
  "her son Kai 3."; not "Met Tom 2."), a spaced long dash ("Wiremu 78 \u2014 phone"),
  or a birthday's day ("agnes 87 on monday", "Kev 40 today"). Not "Jo 3 + 4" (no word
  after the "+"), "Na 3.5", "Mahler 5 on 3 October" (no weekday), nor a number after a
  single letter ("Vit D 14 \u2014", "Aisha Y 26?").

And a lone capital M or F after a dash, a line's start or a comma, then a number from 12
to 110 (a "~" before it allowed), then no unit, decimal point or digit: "F 32 OD".

A number of up to three digits from 1 to 110 only; never one followed by a unit ("Sam 3
mins", "Jo 20 mg"). One look at each person span and one pass over the tokens: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok

_MAX_AGE = 110
_UNITS = frozenset(
    "% mg mcg kg lb lbs st stone ft cm mm ml minutes mins min hours hrs hr h days d weeks wks "
    "months mos years yrs times x points pts sessions session units unit bpm mmhg am pm "
    "miles mph percent tabs tablets pills".split()
)
_SEX_GLUED = frozenset(["m", "f", "M", "F"])
# Words after a number that make it a count, a score or a range, not an age.
_COUNTING = frozenset(
    "of out x to and or times more less per than in on by for with vs nil no yes".split()
)
_GROWN = range(16, _MAX_AGE + 1)  # 16 or more: "Jo 4 sessions", "Ward 12 beds" are no ages
_WEEKDAYS = frozenset("mon tue wed thu fri sat sun".split())
_OPENS = frozenset(["(", "-", "\u2014", "\u2013", ",", ";", "|", ":"])
_KIN_OR_ROLE = lexicon.PERSON_CUES | frozenset("yp cyp pt client cl patient".split())
_REASON = "pattern: an age (a number straight after a person in shorthand: 'Aisha Y 26 --')"
_SEX_REASON = "pattern: an age (a number after a lone sex letter: 'F 32 OD')"
_REASON_WORD = (
    "pattern: an age (a number straight after a person, before a word: 'Mr O 61 refusing')"
)


def find_shorthand_ages(
    text: str, toks: list[Tok], starts: dict[int, int], ends: dict[int, int], span: Span
) -> Span | None:
    """The age written straight after the person `span` (see the module), or None."""
    first, last = starts.get(span.start), ends.get(span.end)
    if first is None or last is None:
        return None
    k = last + 1
    if (
        k + 1 < len(toks)
        and len(toks[k].text) == 1
        and toks[k].text.isupper()
        and toks[k].start == toks[last].end + 1
    ):
        k += 1  # "Aisha Y 26"
    if (
        k >= len(toks)
        or toks[k].start != toks[k - 1].end + 1
        or "\n" in text[toks[k - 1].end : toks[k].start]
    ):
        return None
    value = _number(toks[k].text)
    if value is None or not _ends_age(text, toks, k, first):
        return None
    after = toks[k + 1].text if k + 1 < len(toks) else ""
    worded = toks[k].text.isdecimal() and after.isalpha() and not _school_year(after)
    return _age(toks[k], value, _REASON_WORD if worded else _REASON)


def _ends_age(text: str, toks: list[Tok], k: int, first: int) -> bool:
    """What follows the number at k (the person's first token at `first`) makes it an age."""
    if toks[k].text[-1] in _SEX_GLUED:
        return True  # "Sow 35m,"
    after = toks[k + 1] if k + 1 < len(toks) else None
    if after is None or "\n" in text[toks[k].end : after.start]:
        return _cued(toks, first)
    word = after.text
    nxt = toks[k + 2].text if k + 2 < len(toks) else ""
    if (
        word in (",", ";")
        or (word == "-" and _double_dash(toks, k + 1))
        or (len(toks[k - 1].text) > 1 and _hurried_close(text, toks, k + 1, first))
    ):
        return True
    if word == "(":
        return bool(nxt) and nxt.lower() not in _UNITS
    grown = _number(toks[k].text) in _GROWN and toks[k].text.isdecimal()
    if _school_year(word) or (grown and _a_word(word)):
        return True  # "Lily-Mae H 12 Y7", "Ffion 16 yr 11"; round 18: "Mr Oduro 61 refusing"
    return word.lower() == "at" and _cued(toks, first) and nxt[:1].isupper()


def _hurried_close(text: str, toks: list[Tok], j: int, first: int) -> bool:
    """Round 23: the mark at j after an age closes it the hurried way (see the module); a
    full stop only after a grown age or a kin or role word ("Met Tom 2." is a count)."""
    word, nxt = toks[j].text, toks[j + 1] if j + 1 < len(toks) else None
    spaced = text[toks[j - 1].end : toks[j].start] == " "
    if word == "?":
        return True
    if word == ".":
        strong = _number(toks[j - 1].text) in _GROWN or _cued(toks, first)
        return strong and (nxt is None or nxt.start > toks[j].end or not nxt.text[:1].isdecimal())
    if word in ("+", "\u2014", "\u2013"):
        return spaced and nxt is not None and nxt.start == toks[j].end + 1 and nxt.text.isalpha()
    low = word.lower()
    if low in ("today", "tomorrow", "tmrw"):
        return True
    return low == "on" and nxt is not None and nxt.text.lower()[:3] in _WEEKDAYS


def _a_word(word: str) -> bool:
    """A word after the number that tells no count or measure ("refusing", "from")."""
    low = word.lower()
    return word.isalpha() and low not in _UNITS and low not in _COUNTING


def find_sex_ages(text: str, toks: list[Tok]) -> list[Span]:
    """ "F 32 OD", "NEW F ~25 GAVE NAME": a number after a lone sex letter (see the module)."""
    spans: list[Span] = []
    for i in range(1, len(toks) - 1):
        if toks[i].text not in ("M", "F"):
            continue
        before = toks[i - 1]
        line_start = "\n" in text[before.end : toks[i].start]
        if not (
            line_start
            or before.text in _OPENS
            or (before.text.isupper() and before.text.isalpha() and len(before.text) > 1)
            or (before.text[-1:] == "x" and before.text[:-1].isdecimal())  # "1x F ~40"
        ):
            continue
        k = i + 1
        if toks[k].text == "~" and k + 1 < len(toks):
            k += 1
        word = toks[k].text
        if (
            not word.isdecimal()
            or not 12 <= int(word) <= _MAX_AGE
            or toks[k].start > toks[k - 1].end + 1
        ):
            continue
        if k + 1 < len(toks):
            after = toks[k + 1]
            if after.text.lower() in _UNITS or (
                after.text in ".,:/"
                and after.start == toks[k].end
                and k + 2 < len(toks)
                and toks[k + 2].text[:1].isdecimal()
            ):
                continue  # "F 32.1", "F 20 mg", "M 25/6"
        spans.append(_age(toks[k], int(word), _SEX_REASON))
    return spans


def _number(word: str) -> int | None:
    digits = word[:-1] if word[-1:] in _SEX_GLUED else word
    if not digits.isdecimal() or len(digits) > 3:
        return None
    value = int(digits)
    return value if 0 < value <= _MAX_AGE else None


def _school_year(word: str) -> bool:
    low = word.lower()
    return low in ("yr", "year") or (
        len(low) <= 3 and low[:1] in "ys" and low[1:].isdecimal() and low[1:] != ""
    )


def _double_dash(toks: list[Tok], k: int) -> bool:
    return k + 1 < len(toks) and toks[k + 1].text == "-" and toks[k + 1].start == toks[k].end


def _cued(toks: list[Tok], first: int) -> bool:
    return first > 0 and toks[first - 1].text.lower() in _KIN_OR_ROLE


def _age(tok: Tok, value: int, reason: str) -> Span:
    return Span(tok.start, tok.end, "age", "pattern", reason, f"age:{value}")
