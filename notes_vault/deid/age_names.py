"""Small judges for ages.py: a name before an age in brackets, the sex after an age.

"Tunde (70)", "ffion (21, ...", "1983 (12)", "her youngest (15)" (not "Processing Speed
(94)"); "34 M," (not the minutes of "11:00 M.M."). Lookups of a few tokens either side:
linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.tokens import Tok, is_capitalised

_YEARS = frozenset(["year", "years", "yr", "yrs", "y"])
HEAT = frozenset(["temp", "temperature", "t", "tmax", "at", "to"])
# After "34 M": a clause's end, a bracket ("56 F (DOB"), a dash or a header's separator (a7).
_SEX_ENDS = frozenset(["/", ",", ")", ";", ".", "(", "-", "\u2013", "\u2014", "\u00b7", "|"])


# A bed, a room or a size before "4 F": a place's letter, not a sex (a8).
_PLACED = frozenset("bed bay room rm ward floor level flat apt unit block gate size page".split())


def _sex_after(toks: list[Tok], i: int) -> str | None:
    """ "34 M,", "61 F)": the sex after the number at i (not the clock's "11:00 M.M.")."""
    sex = toks[i + 1].text if i + 1 < len(toks) else ""
    then = toks[i + 2].text if i + 2 < len(toks) else "/"
    clock = i > 0 and toks[i - 1].text == ":" and toks[i - 1].end == toks[i].start
    clock = clock or (i > 0 and toks[i - 1].text.lower() in HEAT)  # "temp 98 F (oral)"
    clock = clock or (i > 0 and toks[i - 1].text.lower() in _PLACED)  # "Bed 4 F," (a8)
    fever = sex == "F" and toks[i].text.isdecimal() and int(toks[i].text) >= 94  # "101 F," (a8)
    clock = clock or fever
    if sex in ("M", "F") and then in _SEX_ENDS and toks[i].text.isdecimal():
        return None if clock else sex
    return None


def _bracketed_after_name(toks: list[Tok], i: int, after: str) -> bool:
    """ "Tunde (70)", "ffion (21, ...", "TERENCE (12 YRS)", "1983 (12)", "(26 today": a number
    alone in brackets after a name, a relation or a year (not "Processing Speed (94)")."""
    closed = after in (")", ",", "today") or (
        after in _YEARS and toks[i + 2 : i + 3] and toks[i + 2].text == ")"
    )
    if not closed or i < 2 or not toks[i].text.isdecimal():
        return False
    if after == ")" and i + 2 < len(toks) and toks[i + 2].text == ":" and _counted(toks[i - 2]):
        return False  # "Members (5):", "Present (7):": a count heading a list (a7)
    name = toks[i - 3].text if toks[i - 2].text == "." and i > 2 else toks[i - 2].text
    year = name.isdecimal() and len(name) == 4 and 1900 <= int(name) <= 2099
    return (_name_like(name) or year) and not _heading(toks, i - 2)


def _counted(tok: Tok) -> bool:
    """An English word that is no given name: "Members", "Present" (not "Gideon (9):")."""
    word = tok.text
    return word.lower() in lexicon.common_words() and word.title() not in lexicon.first_names()


# A person named by their place among siblings, their schooling or their work, in lower case
# before "(15)": "her youngest (15) at home", "a former student (12)", "dispatcher (52)"
# (round 22, a22: dev 4 labelled in 4 files, 0 unlabelled; singular only: "students (12)"
# is a count).
_ROLES = frozenset(
    "youngest eldest oldest student pupil learner trainee apprentice dispatcher victim "
    "driver passenger paramedic firefighter soldier cadet".split()
)


def _name_like(word: str) -> bool:
    """A name before "(61)": capitalised, a given name, a relation ("Mum (70)"), a role
    ("youngest (15)", "student (12)")."""
    if word.title() in lexicon.first_names() or word.lower() in lexicon.PERSON_CUES:
        return True
    if word in _ROLES:
        return True
    return is_capitalised(word) or word.isupper()


def _heading(toks: list[Tok], k: int) -> bool:
    """Two capitalised English words that are no names: "Processing Speed", "Working Memory"
    (a test's index before its score, not a person before an age)."""
    if k < 1:
        return False
    common, first = lexicon.common_words(), lexicon.first_names()
    pair = (toks[k - 1].text, toks[k].text)
    return all(is_capitalised(w) and w.lower() in common and w not in first for w in pair)


WEEKDAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu "
    "thur thurs fri sat sun today tomorrow tonight".split()
)
_PEOPLE_WORDS = frozenset(
    "she he they i client pt patient son daughter mum mom dad brother sister who child "
    "boy girl baby wife husband partner eldest youngest oldest middle twins kids children "
    "boys girls sons daughters".split()
)


def _aside_of_someone(toks: list[Tok], k: int) -> bool:
    """The bracket closing at k follows a person ("Gordie (Scotty) is 40"), not a measure
    ("The dose (citalopram) is 20") (a7)."""
    for j in range(k - 1, max(-1, k - 9), -1):
        if toks[j].text == "(":
            owner = toks[j - 1].text if j > 0 else ""
            low = owner.lower()
            return (
                low not in lexicon.common_words()
                or low in _PEOPLE_WORDS
                or low in lexicon.PERSON_CUES
            )
    return True


def _score_before(toks: list[Tok], k: int) -> bool:
    """A measure's number at k before "(from 16)": "PHQ-9 11 (from 16)", "gad 8 (from 13)",
    "HbA1c up to 69 (from 55)", "re-rated 30% (from 85)" (a14: any number, or a per cent)."""
    return k >= 1 and (toks[k].text.isdecimal() or toks[k].text == "%")
