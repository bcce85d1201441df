"""Ages after a whole name, its parts found apart, and after a name's aside (round 11, c11).

US records and notes open a line on the client's name and age: "Swiftwind, Kateri 42 (b-day
today)", "Ducharme, Camille 35 G0", "Bellamy, T. 42 — placed on watch", "Elvin Almonte
("Vinny"), 23 | Month 7", "Demetrius ("Meech") 14, 8th.", "Aliyah 16 11th.", "Echevarría,
Marisol Y. — 46 años". The context layer finds the name in parts ("Swiftwind" and
"Kateri"), so the rules that read a number after one person's span (person_ages.py,
age_heads.py) see a comma or a nickname before the number, not the line's opening. Here the
people found are joined into runs (parts side by side, or a surname, a comma and a given
name or an initial), a nickname or alias in brackets or quotes after the run is passed over,
and the number after it is an age when:

- the run opens its line, follows a bracket, a colon or a spaced dash, or follows a label
  for the person that does ("Detainee Bellamy, T. 42 —"), and
- the number, after at most a comma, a spaced dash or "now"/"then", ends its item: the line
  ends, or a mark follows (",", ";", ")", ".", "(", "|", a spaced dash), or an ordinal
  (a school grade: "16 11th"), an obstetric "G1"/"G2P1", or "y"/"yo"/"años".

After a patient's label in lower case ("pt wendy ortiz 34 3 wks pp", "(pt tomasa rios 96)",
"pt cody vetter 38m calling") the number needs no mark after it, only no unit of a count
("pt jones 3 sessions"), and one unfound word of the name may come between.

A quoted alias and its age inside brackets after a person is an age wherever it stands:
'Eduardo Zamora ("Lalo", 35)', 'Montemayor Salinas ("Mother," 38)'.

Near misses: a count or a measure after the name ("Jones 3 sessions", "Ana 10 minutes",
"Smith 4 times"), a figure or a range ("Rivera, Ana 3/4", "Smith, 12-14", "Lee 4.5"), a
number over 110, a name in mid-sentence ("gave Sam 2 cans").

One pass over the people found, a few tokens read at each: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid import lexicon
from notes_vault.deid.age_heads import _COUNTS
from notes_vault.deid.age_window import _value
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok
from notes_vault.deid.tokens import ends as token_ends
from notes_vault.deid.tokens import starts as token_starts

_MAX_AGE = 110
_PEOPLE = frozenset(["person", "name"])
_DASHES = frozenset(["-", "\u2014", "\u2013"])
_OPENERS = frozenset(["(", ":", "|", "[", "\u2014", "\u2013"])
_CLOSERS = frozenset([",", ";", ")", ".", "(", "|", ":", "]", "\u2014", "\u2013"])
_QUOTES = frozenset(['"', "\u201c", "\u201d", "'", "\u2018", "\u2019"])
_LABELS = frozenset(
    "pt patient client clt detainee inmate texter caller youth veteran vet resident claimant "
    "student".split()
)
_ADVERBS = frozenset(["now", "then"])
_AGE_WORDS = frozenset(["y", "yo", "yrs", "años", "anos", "ans"])
_OBSTETRIC = re.compile(r"[GP]\d{1,2}(?:P\d{1,2})?\Z")
_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th)\Z")
_GLUED_SEX = re.compile(r"(\d{1,3})[mfMF]\Z")
_ASIDE_LIMIT = 8  # tokens inside an aside: '("Vinny")', "(jazz)", '"Rosi"'
_REASON = "pattern: an age (a number after a whole name and its aside)"
_REASON_LABEL = "pattern: an age (a number after a patient's label and name)"
_REASON_ALIAS = "pattern: an age (a quoted alias and a number in brackets after a person)"


def find_run_ages(text: str, toks: list[Tok], chosen: list[Span]) -> list[Span]:
    """Ages after runs of people found (see the module)."""
    people = sorted((s for s in chosen if s.category in _PEOPLE), key=lambda s: s.start)
    if not people:
        return []
    starts, ends = token_starts(toks), token_ends(toks)
    spans: list[Span] = []
    runs: list[list[int]] = []
    for span in people:
        first, last = starts.get(span.start), ends.get(span.end)
        if first is None or last is None or last < first:
            continue
        if runs and _joined(text, toks, runs[-1][1], first):
            runs[-1][1] = last
        else:
            runs.append([first, last])
        alias = _alias_age(toks, last)
        if alias is not None:
            spans.append(alias)
    for first, last in runs:
        found = _run_age(text, toks, first, last)
        if found is not None:
            spans.append(found)
    return spans


def _joined(text: str, toks: list[Tok], last: int, first: int) -> bool:
    """The next person found continues the run: side by side on one line, or after a comma
    or an initial's full stop ("Swiftwind, Kateri", "Bellamy, T.")."""
    if first <= last or first - last > 2:
        return False
    if "\n" in text[toks[last].end : toks[first].start]:
        return False
    return first == last + 1 or toks[last + 1].text in (",", ".")


def _run_age(text: str, toks: list[Tok], first: int, last: int) -> Span | None:
    first = _title_before(toks, first)
    label = _label(text, toks, first)
    bracketed = _bracketed_after_aside(toks, last + 1)
    if bracketed is not None:
        return bracketed
    if not label and not _opened(text, toks, first):
        return None
    k = _past_name(toks, last + 1, label=label)
    if k >= len(toks) or "\n" in text[toks[k - 1].end : toks[k].start]:
        return None
    glued = _GLUED_SEX.match(toks[k].text)
    number = (int(glued.group(1)), 1) if glued is not None else _value(toks, k)
    if number is None or not 0 < number[0] <= _MAX_AGE:
        return None
    value, used = number
    end = k + used
    if label and _not_a_count(toks, end):
        reason = _REASON_LABEL
    elif glued is None and _ends_item(text, toks, end):
        reason = _REASON
    else:
        return None
    return Span(toks[k].start, toks[end - 1].end, "age", "pattern", reason, f"age:{value}")


def _past_name(toks: list[Tok], k: int, *, label: bool) -> int:
    """The token where the number should be: past an initial, the name's aside, an unfound
    surname after a label, a comma or a spaced dash, and "now" or "then"."""
    if k + 1 < len(toks) and _initial(toks[k].text) and toks[k + 1].text == ".":
        k += 1  # "Marisol Y. \u2014 46": an initial the run has not taken yet
    if k < len(toks) and toks[k].text == "." and toks[k].start == toks[k - 1].end:
        k += 1  # "Bellamy, T. 42"
    k = _past_aside(toks, k)
    if label and k < len(toks) and _unfound_word(toks[k].text):
        k += 1  # "pt wendy ortiz 34": a surname no list holds
    if k < len(toks) and (toks[k].text == "," or toks[k].text in _DASHES):
        k += 1  # "Marisol Y. \u2014 46 a\u00f1os", "Almonte ("Vinny"), 23"
    if k < len(toks) and toks[k].text.lower() in _ADVERBS:
        k += 1  # "Mr. Hatfield, now 54,"
    return k


def _bracketed_after_aside(toks: list[Tok], k: int) -> Span | None:
    """'Rosanna "Rosi" (40)', 'Ana ("Nita") (62)': the digits alone in brackets after a name's
    quoted nickname (after the name itself, person_ages.py reads them)."""
    if k < len(toks) and toks[k].text in _QUOTES and toks[k].start == toks[k - 1].end:
        k += 1  # the closing quote of a nickname found as a person
    elif k < len(toks) and toks[k].text in _QUOTES | {"("}:
        k = _past_aside(toks, k)
    else:
        return None
    if k + 2 >= len(toks) or toks[k].text != "(" or toks[k + 2].text != ")":
        return None
    word = toks[k + 1].text
    if not word.isdecimal() or len(word) > 3 or not 0 < int(word) <= _MAX_AGE:
        return None
    reason = _REASON_ALIAS
    return Span(toks[k + 1].start, toks[k + 1].end, "age", "pattern", reason, f"age:{word}")


def _title_before(toks: list[Tok], first: int) -> int:
    """The run's first token, or the title before it ("Mr. Marchbanks", "Ms Lee")."""
    k = first - 1
    if k > 0 and toks[k].text == "." and toks[k - 1].end == toks[k].start:
        k -= 1
    if k >= 0 and toks[k].text.lower() in lexicon.TITLES:
        return k
    return first


def _label(text: str, toks: list[Tok], first: int) -> bool:
    """A patient's label before the name, itself opening a line, a sentence or a bracket."""
    k = first - 1
    if k >= 0 and toks[k].text == ":":
        k -= 1
    if k < 0 or toks[k].text.lower() not in _LABELS:
        return False
    return k == 0 or "\n" in text[toks[k - 1].end : toks[k].start] or toks[k - 1].text in "(.:;"


def _opened(text: str, toks: list[Tok], first: int) -> bool:
    """The run opens its line, or follows a bracket, a colon, a bar or a spaced dash."""
    if first == 0 or "\n" in text[toks[first - 1].end : toks[first].start]:
        return True
    before = toks[first - 1]
    if before.text == "-":
        return before.end < toks[first].start and first > 1 and toks[first - 2].end < before.start
    return before.text in _OPENERS


def _past_aside(toks: list[Tok], k: int) -> int:
    """The token after a nickname in brackets or quotes ('("Vinny")', "(jazz)", '"Rosi"')."""
    if k >= len(toks) or (toks[k].text not in _QUOTES and toks[k].text != "("):
        return k
    close = ")" if toks[k].text == "(" else None
    for j in range(k + 1, min(len(toks), k + _ASIDE_LIMIT)):
        word = toks[j].text
        if word[:1].isdecimal():
            return k  # "(3 sessions)", "(54)": no nickname
        if (close is None and word in _QUOTES) or word == close:
            return j + 1
    return k


def _initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def _unfound_word(word: str) -> bool:
    return word.isalpha() and word.islower() and not lexicon.english(word)


def _not_a_count(toks: list[Tok], end: int) -> bool:
    if end >= len(toks):
        return True
    after = toks[end].text.lower()
    if after in _COUNTS or after in ("/", ":", "x"):
        return False
    return not (after in (".", ",") and _glued_digit(toks, end))


def _ends_item(text: str, toks: list[Tok], end: int) -> bool:
    """The number ends its item: the line ends, a mark, a grade, "G1", "y" or "años" follows."""
    if end >= len(toks) or "\n" in text[toks[end - 1].end : toks[end].start]:
        return True
    after = toks[end].text
    if after in _CLOSERS:
        if _glued_digit(toks, end) and toks[end].start == toks[end - 1].end:
            return False  # "Lee 4.5", "Smith, 3,500", "Ricardo 23:14", "Chantal (PCA) 19-23"
        return after != "(" or _aside_is_not_a_count(toks, end)
    if after == "-":
        return toks[end].start > toks[end - 1].end and not _glued_digit(toks, end)
    spaced = toks[end].start > toks[end - 1].end
    shaped = bool(_ORDINAL.match(after) or _OBSTETRIC.match(after)) or after.lower() in _AGE_WORDS
    return spaced and shaped


def _glued_digit(toks: list[Tok], k: int) -> bool:
    return k + 1 < len(toks) and toks[k + 1].start == toks[k].end and toks[k + 1].text[:1].isdigit()


def _aside_is_not_a_count(toks: list[Tok], k: int) -> bool:
    inside = toks[k + 1].text.lower() if k + 1 < len(toks) else ""
    return inside not in _COUNTS and inside not in ("visits", "times", "x")


def _alias_age(toks: list[Tok], last: int) -> Span | None:
    """'Eduardo Zamora ("Lalo", 35)': a quoted alias, a comma or none, a number, a close."""
    k = last + 1
    if k + 4 >= len(toks) or toks[k].text != "(" or toks[k + 1].text not in _QUOTES:
        return None
    j = k + 2
    stop = min(len(toks), j + 4)
    while j < stop and toks[j].text not in _QUOTES:
        if not (toks[j].text.isalpha() or toks[j].text in (",", "-", ".")):
            return None
        j += 1
    if j >= stop:
        return None
    j += 1  # past the closing quote
    if j < len(toks) and toks[j].text == ",":
        j += 1
    number = _value(toks, j) if j < len(toks) else None
    if number is None or not 0 < number[0] <= _MAX_AGE:
        return None
    value, used = number
    if j + used >= len(toks) or toks[j + used].text not in (")", ","):
        return None
    return Span(toks[j].start, toks[j + used - 1].end, "age", "pattern", _REASON_ALIAS,
                f"age:{value}")  # fmt: skip
