"""A US school or college class year, an age by another name (layer "pattern", round 17, u17).

American notes tell a student's age by the class year: "freshman", "sophomore", "junior",
"senior". The words are ordinary English too ("senior nurse", "junior doctor", "a senior
at the firm"), so one is an age only where a cue says it is a class year:

- "year" after it: "in her junior year", "senior year of HS" (the span takes "year");
- "at" and a capitalised name after it (a school), nothing but "a", "is" or the like
  before it: "sophomore at UIC", "Senior at Logan High", not "senior at the bank" nor
  "audit senior at KPMG";
- set off by a comma or a bracket after an age already found, in the same clause, and
  followed by a comma, a bracket, "at", "in" or the clause's end (no noun it qualifies):
  "Aaliyah (17, junior at ...)", "Brisa, 21, junior (Sociology)", "Dylan (23), senior,
  forestry", not "aged 40, senior partner".

One pass over the tokens, each looking a few tokens back or ahead: linear.
"""

from __future__ import annotations

from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, vocabulary

_CLASSES = {"freshman": 14, "sophomore": 15, "junior": 16, "senior": 17}
_AFTER_LIST = frozenset([",", ")", "at", "in", "(", ".", ";", "/", ""])
_LEADS = frozenset("a an is was now rising client pt student".split())
_OPENERS = frozenset([",", "(", ";"])
_REACH = 60  # characters from an age's end to the class word, within one clause
_REASON = "pattern: an age (a class year: 'sophomore at ...', '(17, junior', 'senior year')"


def find_class_years(text: str, toks: list[Tok], chosen: list[Span]) -> list[Span]:
    """Class years that a cue marks as a student's (see the module)."""
    if vocabulary(toks).isdisjoint(_CLASSES):
        return []
    ages = sorted(span.end for span in chosen if span.category == "age")
    spans: list[Span] = []
    for i, tok in enumerate(toks):
        value = _CLASSES.get(tok.text.lower())
        if value is None or not (tok.text.islower() or tok.text.istitle()):
            continue
        after = toks[i + 1].text if i + 1 < len(toks) else ""
        end = tok.end
        if after.lower() == "year":
            end = toks[i + 1].end
        elif not (_school_after(toks, i) or _listed_after_age(text, toks, i, after, ages)):
            continue
        spans.append(Span(tok.start, end, "age", "pattern", _REASON, f"age:{value}"))
    return spans


def _school_after(toks: list[Tok], i: int) -> bool:
    """ "at" and a capitalised word follow (a school's name), and no word qualifies the
    class word before it ("an audit senior at KPMG") but an article or "is"."""
    if i + 2 >= len(toks) or toks[i + 1].text != "at":
        return False
    before = toks[i - 1].text if i else ""
    if before.isalpha() and before.lower() not in _LEADS:
        return False
    word = toks[i + 2].text
    return word[:1].isupper() and word.isalpha()


def _listed_after_age(text: str, toks: list[Tok], i: int, after: str, ages: list[int]) -> bool:
    """A comma or bracket before, an age found earlier in the clause, no noun after."""
    if i == 0 or toks[i - 1].text not in _OPENERS or after.lower() not in _AFTER_LIST:
        return False
    start = toks[i].start
    last = _last_before(ages, start)
    if last is None or start - last > _REACH:
        return False
    between = text[last:start]
    return "\n" not in between and ". " not in between


def _last_before(ends: list[int], start: int) -> int | None:
    """The greatest end at or before `start` (binary search: the ends are sorted)."""
    lo, hi = 0, len(ends)
    while lo < hi:
        mid = (lo + hi) // 2
        if ends[mid] <= start:
            lo = mid + 1
        else:
            hi = mid
    return ends[lo - 1] if lo else None
