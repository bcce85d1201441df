"""Ages that introduce a person after an aside, follow a birthday, or are "a month old" (a7).

- After a person's aside in brackets or quotes, a dash or comma, a number of 13 to 110 and a
  comma before a description: 'Yusuf ("Joe" at work) - 45, HGV driver', '("Ronnie" on the
  line), 55, 26 yrs at the plant', '(the one she trusts) (47), revenues officer'. Near
  misses: a scale in the bracket ("(PHQ-9) - 14, moderate"), a severity after the comma
  ("(GAD) - 14, mild"), a series ("(see p. 4) - 12, 14 and 16").
- After a birthday, a dash, colon or comma and a number ending the clause: "(client's
  birthday \u2014 67)", "bday: 30.", "her birthday, 41,". Not "birthday - 14 people came".
- "at a month old", "was a week old": "a" and a unit of a baby's life before "old".
- Children's ages with units in a bracket: "6 children (8 yrs to 4 mo)".

One pass over the tokens, a set lookup each and a few tokens either side: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered, vocabulary

_CLOSES = frozenset([")", '"', "\u201d"])
_JOINS = frozenset(["-", "\u2013", "\u2014", ","])
_NOT_DESCRIPTIONS = frozenset(
    "mild moderate severe minimal moderately severely clinical subclinical above below up "
    "down same stable improved worse better then or and to but not so per x mg ml mins "
    "minutes hours days weeks months years times out of high low".split()
)
_BIRTHDAYS = frozenset(["birthday", "bday", "b'day", "birthdays"])
_BIRTHDAY_JOINS = frozenset(["\u2014", "\u2013", "-", ":", ","])
_BIRTHDAY_ENDS = frozenset([")", ",", ".", ";", "!", "\u2014"])
_BABY_UNITS = frozenset(["day", "week", "month"])  # "a year old" is as often a thing's
_BEFORE_BABY = frozenset(["at", "was", "is", "aged", "only", "just", "barely", "s", "been"])
_UNITS = frozenset("yrs yr y years mo mos months m wks weeks to - \u2013 and , &".split())
_AGE_UNITS = frozenset("yrs yr y years mo mos months m wks weeks".split())
_CHILDREN = frozenset("children kids sons daughters boys girls grandchildren".split())
_MIN, _MAX = 13, 110


def find_aside_ages(text: str, toks: list[Tok]) -> list[Span]:
    """Ages of the module's four shapes."""
    vocab = vocabulary(toks)
    lows = lowered(toks)
    spans: list[Span] = []
    if not vocab.isdisjoint(_CLOSES):
        spans += _after_asides(text, toks, lows)
    if not vocab.isdisjoint(_BIRTHDAYS):
        spans += _after_birthdays(toks, lows)
    if "old" in vocab:
        spans += _month_old(toks, lows)
    if "(" in vocab and not vocab.isdisjoint(_CHILDREN):
        spans += _children_units(toks, lows)
    if not vocab.isdisjoint(_MONTH_UNITS):
        spans += _years_and_months(text, toks, lows)
    if "now" in vocab:
        spans += _now(toks, lows)
    if "(" in vocab and not vocab.isdisjoint(_NEARLY):
        spans += _nearly(toks, lows)
    if not vocab.isdisjoint(_DASHES):
        spans += _ward_lines(text, toks, lows)
    return spans


def _span(toks: list[Tok], first: int, last: int, cue: str, value: str) -> Span:
    reason = f"pattern: an age ({cue})"
    return Span(toks[first].start, toks[last].end, "age", "pattern", reason, f"age:{value}")


def _after_asides(text: str, toks: list[Tok], lows: list[str]) -> list[Span]:
    spans: list[Span] = []
    for i in [i for i, low in enumerate(lows) if low in _CLOSES and i + 4 < len(toks)]:
        k = i + 1
        bracketed = lows[k] == "(" and k + 2 < len(toks) and lows[k + 2] == ")"
        if bracketed:
            k += 1  # ") (47), revenues officer"
        elif lows[k] in _JOINS:
            k += 1
        elif lows[i] != ")" or not lows[k].isdecimal():
            continue  # '"my parents mixed it up") 43, home health aide' takes no join
        number = lows[k]
        if not number.isdecimal() or not _MIN <= int(number) <= _MAX:
            continue
        j = k + 2 if bracketed else k + 1
        if j + 1 >= len(toks) or lows[j] != "," or not _described(toks, lows, j + 1):
            continue
        if _scale_inside(toks, lows, i) or "\n" in text[toks[i].end : toks[k].start]:
            continue
        spans.append(_span(toks, k, k, "a number after a person's aside", number))
    return spans


def _described(toks: list[Tok], lows: list[str], j: int) -> bool:
    """The word at j describes a person: a word, not a number, a unit or a severity."""
    word = toks[j].text
    return word.isalpha() and lows[j] not in _NOT_DESCRIPTIONS


def _scale_inside(toks: list[Tok], lows: list[str], i: int) -> bool:
    """The bracket closing at i holds a scale's name or a number ("(PHQ-9)", "(GAD)")."""
    if lows[i] != ")":
        return False
    for j in range(i - 1, max(-1, i - 10), -1):
        if lows[j] == "(":
            inside = toks[j + 1 : i]
            return all(t.text.isupper() or not t.text.isalpha() for t in inside)
    return False


def _after_birthdays(toks: list[Tok], lows: list[str]) -> list[Span]:
    spans: list[Span] = []
    for i in [i for i, low in enumerate(lows) if low in _BIRTHDAYS]:
        k = i + 1
        if k + 2 >= len(toks) or lows[k] not in _BIRTHDAY_JOINS:
            continue
        number = lows[k + 1]
        if not number.isdecimal() or not 1 <= int(number) <= _MAX:
            continue
        if lows[k + 2] not in _BIRTHDAY_ENDS:
            continue
        if lows[k + 2] == "." and k + 3 < len(toks) and _glued_digit(toks, lows, k + 3):
            continue  # "birthday - 14.30": a time
        spans.append(_span(toks, k + 1, k + 1, f"a number after '{toks[i].text}'", number))
    return spans


def _month_old(toks: list[Tok], lows: list[str]) -> list[Span]:
    spans: list[Span] = []
    for i in [i for i, low in enumerate(lows) if low == "old" and i > 2]:
        if lows[i - 1] not in _BABY_UNITS or lows[i - 2] not in ("a", "one"):
            continue
        if lows[i - 3] not in _BEFORE_BABY:
            continue
        spans.append(_span(toks, i - 2, i, "'a month old'", "0"))
    return spans


def _children_units(toks: list[Tok], lows: list[str]) -> list[Span]:
    spans: list[Span] = []
    for i in [i for i, low in enumerate(lows) if low in _CHILDREN]:
        if i + 3 >= len(toks) or lows[i + 1] != "(" or not lows[i + 2].isdecimal():
            continue
        k, numbers = i + 2, 0
        while k < len(toks) and k - i < 16 and (lows[k].isdecimal() or lows[k] in _UNITS):
            numbers += lows[k].isdecimal()
            k += 1
        units = [j for j in range(i + 2, k) if lows[j] in _AGE_UNITS]
        if k < len(toks) and lows[k] == ")" and numbers > 1 and units:
            cue = f"ages in brackets after '{lows[i]}'"
            spans += [
                _span(toks, j, j + (lows[j + 1] in _AGE_UNITS), cue, lows[j])
                for j in range(i + 2, k)
                if lows[j].isdecimal()
            ]
    return spans


_YEAR_UNITS = frozenset(["yrs", "years", "yr", "y"])
_MONTH_UNITS = frozenset(["mos", "months", "mo", "m", "mths"])
_BEFORE_YEARS = frozenset([",", ":", "(", "age", "aged", "ca", "\u2014", "-"])
_DURATIONS = frozenset(
    "sober clean abstinent for since over x married together employed duration dx hx length "
    "worked served lasted after".split()
)

# A prison sentence's length, read a little further back than a duration's cue (u10).
_SENTENCES = frozenset("sentenced sentence court custody prison jail tariff imprisonment".split())
_SENTENCE_REACH = 14


def _years_and_months(text: str, toks: list[Tok], lows: list[str]) -> list[Span]:
    """ "CA at eval: 3 yrs 3 mos", "Jaylen, 4 yrs 5 mos.": a child's age in years and months
    set off in a line (not "sober 2 yrs 3 mos", "for 1 yr 6 mos": a length of time)."""
    spans: list[Span] = []
    for i in [i for i, low in enumerate(lows) if low in _YEAR_UNITS and 0 < i < len(lows) - 2]:
        if not (lows[i - 1].isdecimal() and lows[i + 1].isdecimal()):
            continue
        if lows[i + 2] not in _MONTH_UNITS or int(lows[i - 1]) > 18:
            continue
        k = i - 2
        opens = k < 0 or "\n" in text[toks[k].end : toks[i - 1].start]
        if not (opens or lows[k] in _BEFORE_YEARS):
            continue
        if any(w in _DURATIONS for w in lows[max(0, i - 5) : i - 1]):
            continue
        if any(w in _SENTENCES for w in lows[max(0, i - _SENTENCE_REACH) : i - 1]):
            continue  # "Sentenced July 2026 (Leeds Crown Court) - 2 years 8 months" (u10)
        spans.append(_span(toks, i - 1, i + 2, "years and months set off in a line", lows[i - 1]))
    return spans


_NOW_ENDS = frozenset([",", ")", ";", "."])


def _now(toks: list[Tok], lows: list[str]) -> list[Span]:
    """ "SON MATEO NOW 28, LIVES IN", "her brother Ali now 19.": "now" and an age after a
    given name or a relation (not "PHQ now 12,": a scale is no person)."""
    spans: list[Span] = []
    for i in [i for i, low in enumerate(lows) if low == "now" and 0 < i < len(lows) - 2]:
        number, after = lows[i + 1], lows[i + 2]
        if not number.isdecimal() or not 2 <= int(number) <= _MAX or after not in _NOW_ENDS:
            continue
        if after == "." and i + 3 < len(toks) and _glued_digit(toks, lows, i + 3):
            continue  # "now 12.5"
        before = lows[i - 1]
        named = before.title() in lexicon.first_names() and before not in lexicon.common_words()
        if named or before in lexicon.PERSON_CUES:
            spans.append(_span(toks, i + 1, i + 1, "a number after a person and 'now'", number))
    return spans


_DASHES = frozenset(["-", "\u2013", "\u2014"])


def _ward_lines(text: str, toks: list[Tok], lows: list[str]) -> list[Span]:
    """ "ADEYEMI T - 45 - Birchwood - day 9": a list line of a surname in capitals and an
    initial, a dash, a number and a dash: a ward round's or a caseload's age column (not
    "GAD - 14 - mild", "PLAN A - 3 - review")."""
    spans: list[Span] = []
    for i in [i for i, low in enumerate(lows) if low in _DASHES and 0 < i < len(lows) - 2]:
        number = lows[i + 1]
        if not number.isdecimal() or int(number) > _MAX or lows[i + 2] not in _DASHES:
            continue
        k = i - 2  # the surname, then its initial: "ADEYEMI T"
        initial = toks[i - 1].text
        if k < 0 or not (len(initial) == 1 and initial.isupper()):
            continue
        word = toks[k].text
        if not (word.isupper() and word.isalpha() and len(word) > 2):
            continue
        if word.lower() in lexicon.common_words() and word.title() not in lexicon.surnames():
            continue  # "PLAN A - 3 - ...": a word
        if k > 0 and "\n" not in text[toks[k - 1].end : toks[k].start]:
            continue  # the surname opens its line
        spans.append(_span(toks, i + 1, i + 1, "a number in a list line after a surname", number))
    return spans


_NEARLY = frozenset(["almost", "nearly", "turning", "just", "now", "about"])
_NEARLY_ENDS = frozenset([")", ",", ";", "\u2014", "\u2013", "-"])


def _nearly(toks: list[Tok], lows: list[str]) -> list[Span]:
    """ "Dash (almost 13 — ...", "Ifeoma (nearly 40)": a name, a bracket, a hedge and a
    number (not "session (about 50 minutes)": a unit follows, or "PHQ (now 12)": no name)."""
    spans: list[Span] = []
    for i in [i for i, low in enumerate(lows) if low in _NEARLY and 1 < i < len(lows) - 2]:
        if lows[i - 1] != "(" or not lows[i + 1].isdecimal() or lows[i + 2] not in _NEARLY_ENDS:
            continue
        number, owner = lows[i + 1], toks[i - 2].text
        if not 1 <= int(number) <= _MAX or not owner.isalpha() or owner.isupper():
            continue
        named = owner.title() in lexicon.first_names() or owner.lower() in lexicon.PERSON_CUES
        if named or (owner[:1].isupper() and owner.lower() not in lexicon.common_words()):
            spans.append(_span(toks, i + 1, i + 1, f"a number after '({lows[i]}'", number))
    return spans


def _glued_digit(toks: list[Tok], lows: list[str], k: int) -> bool:
    """A digit glued to the point before it ("14.30", "12.5"); not a closing quote (a13)."""
    return toks[k].start == toks[k - 1].end and lows[k][:1].isdecimal()
