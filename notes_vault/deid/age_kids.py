"""Children's ages listed after their noun, and ages in years and months (a8).

- A plural of children right before a list of two or more small numbers that ends the
  phrase: "kids 7, 9 and 12", "boys 4 & 6", "grandchildren 3, 5, 8". One number is a
  count or a score ("kids 2", "children 3 days a week" stay), and so is a list with a
  unit after it ("kids 2 and 3 times a week").
- A developmental age written years;months, glued: "CA 9;4", "(4;11)", "aged 3;6"; the
  months are 0 to 11 and the years at most 21, and a run of such pairs ("1;2;3") is no age.
- Years glued to "y" and months glued to "m": "9y 4m", "2yr 11mo", "3y6m".

One pass over the tokens (and over the ";" marks of the text): linear.
"""

from __future__ import annotations

from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered, vocabulary

_KIDS = frozenset(
    "kids children sons daughters boys girls grandchildren grandkids grandsons "
    "granddaughters twins siblings sibs stepkids stepchildren".split()
)
_JOIN = frozenset([",", "and", "&"])
_LIST_ENDS = frozenset([".", ",", ";", ")", ":", "\u2014", "\u2013", "-", "(", "|"])
_UNITS = frozenset(
    "times x days nights weeks wks months mos years yrs hours hrs mins minutes sessions "
    "visits a an per pm am out of each every points pts mg kg percent".split()
)
_CHILD_MAX, _DEV_MAX = 25, 21
_YEARS = ("y", "yr", "yrs", "yo")
_MONTHS = ("m", "mo", "mos", "mth", "mths", "mnth", "mnths")


def _age(start: int, end: int, value: int, cue: str) -> Span:
    return Span(start, end, "age", "pattern", f"pattern: an age ({cue})", f"age:{value}")


def find_kid_ages(text: str, toks: list[Tok]) -> list[Span]:
    """Children's listed ages, years;months and "9y 4m" (see the module)."""
    spans = _years_months(toks)
    if ";" in text:
        spans += _semicolon_ages(text)
    if not _KIDS.isdisjoint(vocabulary(toks)):
        spans += _kid_lists(text, toks)
    return spans


def _kid_lists(text: str, toks: list[Tok]) -> list[Span]:
    lows = lowered(toks)
    spans: list[Span] = []
    for i in [k for k, low in enumerate(lows) if low in _KIDS]:
        j, numbers = i + 1, []
        if j < len(toks) and lows[j] == ":":
            j += 1
        while j < len(toks) and lows[j].isdecimal() and int(lows[j]) <= _CHILD_MAX:
            numbers.append(j)
            if j + 1 < len(toks) and lows[j + 1] in _JOIN and j + 2 < len(toks):
                j += 2
                continue
            break
        last = numbers[-1] if numbers else i
        after = lows[last + 1] if last + 1 < len(toks) else "."
        gap = text[toks[last].end : toks[last + 1].start] if last + 1 < len(toks) else "\n"
        ended = after in _LIST_ENDS or "\n" in gap or (after.isalpha() and after not in _UNITS)
        colon = i + 1 < len(toks) and lows[i + 1] == ":"  # "Kids: 14, 11, 6" (a8)
        listed = lows[numbers[-1] - 1] in ("and", "&") if numbers else False
        closed = after in (".", ")", ";") or "\n" in gap  # "Kids 17, 15." (c11)
        if len(numbers) >= 2 and ended and (listed or colon or closed):
            spans += [
                _age(toks[k].start, toks[k].end, int(lows[k]), f"a list after '{lows[i]}'")
                for k in numbers
            ]
    return spans


def _semicolon_ages(text: str) -> list[Span]:
    spans: list[Span] = []
    at = text.find(";")
    while at != -1:
        left = at
        while left > 0 and left > at - 3 and text[left - 1].isdigit():
            left -= 1
        right = at + 1
        while right < len(text) and right < at + 4 and text[right].isdigit():
            right += 1
        if _dev_age(text, left, at, right):
            spans.append(_age(left, right, int(text[left:at]), "years;months"))
        at = text.find(";", at + 1)
    return spans


def _dev_age(text: str, left: int, at: int, right: int) -> bool:
    if not (0 < at - left <= 2 and 0 < right - at - 1 <= 2):
        return False
    before = text[left - 1] if left > 0 else " "
    after = text[right] if right < len(text) else " "
    if before.isalnum() or before in ";:/." or after.isalnum() or after in ";:/":
        return False
    if after == "." and right + 1 < len(text) and text[right + 1].isdigit():
        return False
    return int(text[left:at]) <= _DEV_MAX and int(text[at + 1 : right]) <= 11


def _years_months(toks: list[Tok]) -> list[Span]:
    spans: list[Span] = []
    lows = lowered(toks)
    for i in [k for k, w in enumerate(lows) if w[-1:] in "yrso" and w[:1].isdigit()]:
        tok = toks[i]
        years = _glued(lows[i], _YEARS)
        if years is None or years > _DEV_MAX or i + 1 >= len(toks):
            continue
        months = _glued(toks[i + 1].text.lower(), _MONTHS)
        if months is not None and months <= 11 and toks[i + 1].start - tok.end <= 1:
            spans.append(_age(tok.start, toks[i + 1].end, years, "years and months"))
    glued = [
        t
        for t, w in zip(toks, lows, strict=True)
        if w[-1:] in "mos" and "y" in w and w[:1].isdigit()
    ]
    for tok in glued:  # "3y6m"
        low = tok.text.lower()
        cut = low.find("y")
        head, rest = low[:cut], low[cut + 1 :]
        months = _glued(rest, _MONTHS) if rest else None
        if head.isdecimal() and int(head) <= _DEV_MAX and months is not None and months <= 11:
            spans.append(_age(tok.start, tok.end, int(head), "years and months"))
    return spans


def _glued(word: str, units: tuple[str, ...]) -> int | None:
    """The number of "9y" or "4mo" when the letters are one of `units`, else None."""
    cut = 0
    while cut < len(word) and word[cut].isdigit():
        cut += 1
    if 0 < cut <= 2 and word[cut:] in units:
        return int(word[:cut])
    return None
