"""Workplaces after a job: "a nurse at QMC", "ED nurse at QA", "student at UCL" (layer
"context", issue 13, round 7, helper o8).

A word for a job or a place of study, then "at" or "@", then a name: the name is where
the person works or studies. The name is one to three capitalised words, or capitals of
two to five letters even when they are also a clinical abbreviation ("a nurse at MRI",
the Manchester Royal Infirmary; "porter at RVI"), since a job is held at a body, not at a
scan. Not a unit of a hospital ("a nurse at ICU", "HCA at AMU"), a stop-list word ("nurse
at GP", "staff at CAMHS", "at Christmas"), a given name alone, a country, a year group
("student at Year 9") or a kind of service ("a doctor at Urgent Care").

Token lookups around each "at", after a vocabulary test: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.org_lower import GENERIC
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, lowered, near, vocabulary

JOBS = frozenset(
    "nurse nurses doctor doctors consultant registrar porter cleaner receptionist "
    "pharmacist physio physiotherapist midwife hca carer teacher tutor lecturer professor "
    "student students pupil undergrad postgrad manager supervisor cashier chef cook waiter "
    "waitress barista barman barmaid bartender driver engineer technician mechanic "
    "electrician labourer laborer apprentice intern trainee admin administrator secretary "
    "clerk analyst accountant solicitor lawyer paralegal guard steward employee fellow "
    "scientist researcher librarian coach trainer instructor dentist optician counsellor "
    "counselor therapist psychologist psychiatrist surgeon paramedic phlebotomist "
    "janitor custodian dispatcher courier packer picker stocker warehouseman "
    # round 13 (c13): US licences and a job's colleagues ("RN at Banner", "coworkers at")
    "rn lpn cna emt aide coworker coworkers workers colleague colleagues".split()
)
# US hospitals named by a faith alone ("nurse at Presbyterian", "works at Methodist"): after
# a job these name a hospital, though the lexicon holds them as proper words (round 13, c13).
_FAITH_HOSPITALS = frozenset("Presbyterian Methodist Baptist Lutheran Adventist Episcopal".split())
# Units of a hospital and everyday abbreviations that follow "nurse at" and name no body.
_UNITS = frozenset(
    "icu itu hdu nicu picu scbu ccu cdu mau amu sdec epu opd ed er or ae aande gp ot pt "
    "uni cafe bar".split()
)
_MAX_RUN = 3
_AT = frozenset(["at", "@"])


def find_job_sites(text: str, toks: list[Tok]) -> list[Span]:
    """Workplaces named after "<job> at" (see the module docstring)."""
    vocab = vocabulary(toks)
    if vocab.isdisjoint(JOBS) or ("at" not in vocab and "@" not in vocab):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for i in [i for i, low in enumerate(lows[:-1]) if low in _AT and i > 0]:
        if lows[i - 1] not in JOBS:
            continue
        if near(text, toks[i - 1], toks[i]) and near(text, toks[i], toks[i + 1]):
            found = _site(text, toks, lows, i)
            if found is not None:
                spans.append(found)
    return spans


def _site(text: str, toks: list[Tok], lows: list[str], i: int) -> Span | None:
    """The workplace's name after "at" at i, or None."""
    first = i + 1
    word = toks[first].text
    if _capitals(word):
        last = first
    else:
        last = first - 1
        while (
            last + 1 < len(toks) and last - first + 1 < _MAX_RUN and _name_word(toks[last + 1].text)
        ):
            if last >= first and not near(text, toks[last], toks[last + 1]):
                break
            last += 1
        if last < first or not _a_workplace(toks, lows, first, last):
            return None
    if last + 1 < len(toks) and toks[last + 1].text[:1].isdigit():
        return None  # "student at Year 9", "nurse at B4"
    run = " ".join(t.text for t in toks[first : last + 1])
    reason = f"context: a workplace after '{toks[i - 1].text} {toks[i].text}'"
    kind = "place" if run in lexicon.places() else "organisation"
    return Span(toks[first].start, toks[last].end, kind, "context", reason, fold(run))


def _capitals(word: str) -> bool:
    """Capitals of two to five letters that are no unit, stop-list or English word."""
    return (
        2 <= len(word) <= 5
        and word.isalpha()
        and word.isupper()
        and word.lower() not in _UNITS
        and word not in lexicon.NOT_NAMES
        and word.lower() not in lexicon.common_words()
    )


def _name_word(word: str) -> bool:
    return (
        is_capitalised(word) and (word.isalpha() or "'" in word) and word not in lexicon.NOT_NAMES
    )


def _a_workplace(toks: list[Tok], lows: list[str], first: int, last: int) -> bool:
    """A capitalised run that names a workplace: no given name alone, country, or run of
    generic words of a service."""
    words = [t.text for t in toks[first : last + 1]]
    run = " ".join(words)
    proper = run in lexicon.proper_words() and run not in _FAITH_HOSPITALS
    if run in lexicon.countries() or proper:
        return False
    if len(words) == 1 and (words[0] in lexicon.first_names() or lows[first] in _UNITS):
        return False
    return not all(low in GENERIC for low in lows[first : last + 1])
