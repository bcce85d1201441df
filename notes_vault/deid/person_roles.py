"""People named before what they are to someone, or before their job (round 8, p9).

- a name before a bracket that opens on a relation, or a comma or dash and a possessive
  and a relation: "Amma (the MIL, late sixties)", "Holly (her sister)", "Tobin (pt's cousin)",
  "Abbu (her father-in-law, d. 2017)", "Tolu, his cousin,", "jas - her keyworker" (not
  "Mum (her mother)": a relation is no name; not "Leeds, her mum said" with no possessive
  before a relation that is someone's: "Tuesday, her sister's birthday");
- a line that is only a name and a job: "Nusrat, Counsellor", "Nasima, CAMHS
  practitioner", "Femi - trainee psychologist", "Ola (family support worker)" (not
  "Senior, Counsellor", "Team, Nurse" or a line that goes on past the job).

The name is one word, capitalised (an English word is allowed: the relation says it is a
person) or a lower-case word no dictionary holds, never a relation, role, place or word
`never_a_name` refuses. Each bracket, comma or dash reads a few tokens; each line's start
a few: linear.
"""

from __future__ import annotations

import itertools

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.person_words import is_kin, never_a_name
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, line_firsts, lowered

_MARKS = frozenset(["(", ",", "-", "\u2013", "\u2014"])
_OWNERS = frozenset(["the", "her", "his", "my", "their", "our", "your", "pt", "client", "s"])
_SHORT_KIN = frozenset(["mil", "fil", "sil", "bil", "dil", "gm", "gf", "gma", "gpa", "bro", "sis"])
_JOBS = lexicon.CREDENTIALS | frozenset(
    "counsellor counselor therapist psychotherapist psychologist psychiatrist practitioner "
    "worker nurse clinician coordinator manager lead officer consultant supervisor trainee "
    "intern student keyworker advocate caseworker mentor facilitator assistant administrator "
    "receptionist secretary chaplain doctor gp registrar physician specialist navigator "
    "coach volunteer director therapist psychiatrist support".split()
)
_MAX_JOB = 6
_REASON_KIN = "context: a name before a relation in brackets or set off"
_AFTER_SET = frozenset([",", "(", "-", "\u2013", "\u2014", ".", ";"])
_REASON_SET = "context: a name set off by commas after a relation"
_REASON_JOB_BRACKET = "context: a name before a job in brackets"
_REASON_AFTER_JOB = "context: a name in brackets after a job"
_REASON_JOB = "context: a line of a name and a job"


def find_roles(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Names before a relation, and lines of a name and a job (see the module)."""
    lows = lowered(toks)
    spans = []
    for k in range(1, len(toks) - 1):
        if toks[k].text not in _MARKS:
            continue
        if _set_off(toks, lows, k) and _name(text, toks, lows, k + 1, strict=False, place=False):
            spans.append(_person(toks, k + 1, _REASON_SET))  # "Daughter, Shona, in Dundee"
        if _after_job(toks, lows, k) and _name(text, toks, lows, k + 1, strict=True):
            spans.append(_person(toks, k + 1, _REASON_AFTER_JOB))  # "co-ordinator (Funmilayo)"
        reason = _REASON_KIN if _relation_after(toks, lows, k) else _job_bracket(toks, lows, k)
        bracket = (
            reason == _REASON_JOB_BRACKET
        )  # "Gill (practice manager)", not "Church (her pastor)"
        if (
            reason
            and _name(text, toks, lows, k - 1, strict=False, bracket=bracket)
            and _unowned(lows, k - 1)
        ):
            spans.append(_person(toks, k - 1, reason))
    firsts = [*line_firsts(text, toks), len(toks)]
    for a, b in itertools.pairwise(firsts):
        if not (2 < b - a <= _MAX_JOB + 2 and toks[a + 1].text in _MARKS):
            continue
        job = _job(toks, lows, a + 2, b) and lows[a] not in _JOBS
        if job and _name(text, toks, lows, a, strict=True):
            spans.append(_person(toks, a, _REASON_JOB))
    return [s for s in spans if covered.find(1, s.start, s.end) == -1]


def find_job_initials(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Two or three capitals opening a line before a job in brackets ("DJ (ATR worker,
    ResoLUTiON)"): run before the context layer reads them as an organisation's acronym."""
    lows = lowered(toks)
    spans = []
    for first in line_firsts(text, toks):
        k = first + 1
        if k + 1 < len(toks) and _job_bracket(toks, lows, k) and _initials(text, toks, first):
            spans.append(_person(toks, first, _REASON_JOB_BRACKET))
    return [s for s in spans if covered.find(1, s.start, s.end) == -1]


def _relation_after(toks: list[Tok], lows: list[str], k: int) -> bool:
    """A relation (after "the", a possessive or "pt's") opens what follows the mark at k."""
    j = k + 1
    owned = False
    while j < len(toks) - 1 and j - k <= 3 and (lows[j] in _OWNERS or lows[j] in "'\u2019"):
        owned = owned or lows[j] in _OWNERS
        j += 1
    if not owned:
        return False  # "Leeds, mum said", "Intake (child)": "her", "the" or "pt's" first
    word = lows[j] if j < len(toks) else ""
    kin = word in lexicon.PERSON_CUES or word in _SHORT_KIN or is_kin(word)
    kin = kin and not (word.endswith("s") and word[:-1] in lexicon.PERSON_CUES)  # "the kids"
    after = toks[j + 1].text if j + 1 < len(toks) else ""
    return kin and word not in ("called", "named") and after not in ("'", "\u2019")


def _initials(text: str, toks: list[Tok], k: int) -> bool:
    """Two or three capitals opening a line, no abbreviation ("DJ (ATR worker", not "GP
    (locum doctor)")."""
    word = toks[k].text
    if not (word.isalpha() and word.isupper() and 2 <= len(word) <= 3):
        return False
    if word in lexicon.ABBREVIATIONS or word in lexicon.MORE_ABBREVIATIONS:
        return False
    return k == 0 or "\n" in text[toks[k - 1].end : toks[k].start]


def _unowned(lows: list[str], k: int) -> bool:
    """No article or possessive before the name ("the Belfast Blitz - his mother")."""
    return k == 0 or (lows[k - 1] not in _OWNERS and lows[k - 1] not in ("a", "an"))


def _job_bracket(toks: list[Tok], lows: list[str], k: int) -> str:
    """ "Bríd (couples therapist, Relate)", "Gill (practice manager)": a bracket opening on a
    job of at most three words, closed or followed by a comma."""
    if toks[k].text != "(":
        return ""
    end = next((j for j in range(k + 1, min(len(toks), k + 5)) if toks[j].text in ",)"), -1)
    if end < k + 2 or not all(toks[j].text.isalpha() for j in range(k + 1, end)):
        return ""
    return _REASON_JOB_BRACKET if lows[end - 1] in _JOBS else ""


def _after_job(toks: list[Tok], lows: list[str], k: int) -> bool:
    """A job's word, a bracket and one word closing it: "Activities co-ordinator
    (Funmilayo)", "the duty worker (Kemi)"."""
    if toks[k].text != "(" or k + 2 >= len(toks) or toks[k + 2].text != ")":
        return False
    job = lows[k - 1]
    return (job in _JOBS or job == "ordinator") and job not in lexicon.CREDENTIALS


def _set_off(toks: list[Tok], lows: list[str], k: int) -> bool:
    """A relation, a comma at k, and one word set off after it ("Daughter, Shona, in")."""
    if toks[k].text != "," or k + 2 >= len(toks) or toks[k + 2].text not in _AFTER_SET:
        return False
    relation = lows[k - 1]
    family = relation in lexicon.PERSON_CUES and relation not in _JOBS
    return (family or relation in _SHORT_KIN) and toks[k + 1].text[:1].isupper()


def _job(toks: list[Tok], lows: list[str], a: int, b: int) -> bool:
    """The rest of the line (from a to b) is a job: its last word is one, or a credential."""
    words = [k for k in range(a, b) if toks[k].text.isalpha()]
    if not words or toks[b - 1].text not in (")", toks[words[-1]].text):
        return False
    return lows[words[-1]] in _JOBS or any(lows[k] in lexicon.CREDENTIALS for k in words)


def _name(
    text: str,
    toks: list[Tok],
    lows: list[str],
    k: int,
    *,
    strict: bool,
    place: bool = True,
    bracket: bool = False,
) -> bool:
    """Token k could name a person by itself (see the module); `strict` (a job's line) wants
    a word no dictionary holds or a given name, and no place."""
    word = toks[k].text
    if len(word) < 2 or not word.replace("-", "").isalpha() or word.isupper():
        return False
    titled = word.title() if word.islower() else word
    named = titled in lexicon.first_names() or titled in lexicon.surnames()
    if word.islower() and (not named or lows[k] in lexicon.common_words()):
        return False  # "one wudu (the imam ...)", "back to work (site manager)"
    english = lows[k] in lexicon.common_words() and word not in lexicon.census_first_names()
    if english and not (bracket and named):
        return False  # "Instead, her mother-in-law", "Work - her boss, mostly -"; a surname
        # before a job in brackets stays: "Gill (practice manager)"
    if lows[k] in lexicon.PERSON_CUES or lows[k] in _SHORT_KIN or (strict and is_kin(word)):
        return False  # "Mum (her mother)"; but "Amma (the MIL)": her name for her
    placed = titled in lexicon.places() or titled in lexicon.countries()
    if word in lexicon.NOT_NAMES or (
        placed and (strict or not named or not place or word.islower())
    ):
        return False
    return not never_a_name(text, toks, k)


def _person(toks: list[Tok], k: int, reason: str) -> Span:
    return Span(toks[k].start, toks[k].end, "person", "context", reason, fold(toks[k].text))
