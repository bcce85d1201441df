"""Universities by their initials where the initials are shorthand too (layer "context",
issue 13, round 13, helper c13).

US notes name a student's university by its initials: "Gianna (20, at URI)", "daughter
Valeria (20, UA)", "college student UNO", "missed his graduation from UT". The rules that
read capitals step aside when the capitals are clinical or everyday shorthand (URI an upper
respiratory infection, UA a urinalysis, UT, UNO). What marks a university is the shape of
its initials, a U for "University" opening or closing them (URI, UA, UNLV, UMBC; ASU, NYU,
VCU), and a cue that the person studies there:

- a word of study just before, with "at", "from", "to" or "in" between or not ("sophomore
  at UA", "student UNO", "graduated from UT"); not a transfer, which is a ward's too
  ("transfer to MBU", a mother and baby unit);
- an age in brackets after a name, then the initials closing the bracket or its item, with
  "at" before them or not ("Gianna (20, at URI)", "Valeria (20, UA)"), the age between 16
  and 40, so a child's cold stays ("Leo (4, URI)").

Not a hospital unit ("a student at the ICU", "NICU"), an English word in capitals ("UNDER",
"UNIT"), a country ("UK", "US"), an infection
or an infection without "at" in brackets ("(22, URI)", "(19, UTI)"). A set test on each token
and a look at the few tokens before it: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, lowered

STUDY = frozenset(
    "student students freshman freshmen sophomore sophomores junior juniors senior seniors "
    "undergrad undergraduate grad graduate graduated graduating graduation alum alumna "
    "alumnus enrolled enrolls enrollment attends attended attending semester semesters dorm "
    "campus major majoring majored scholarship college".split()
)
_LINKS = frozenset(["at", "from", "to", "in", "@"])
# Initials of a U-shape that name a unit, a country, an infection, a test or a dose.
_NOT = frozenset(
    "ICU NICU PICU MICU SICU CCU CVICU TICU PCU BMU IMU EDU STU CDU AMU MAU SDU TCU IU MU "
    "OU UK US USA UN UTI UC UDS UE UGI UFH UPT UAC UOP USG UHC UR UNK".split()
)
_BARE = frozenset(["URI"])  # an infection first: "(22, URI)" needs "at"
_AGES = range(16, 41)
_REASON = "context: a university's initials after {}"


def find_campus(toks: list[Tok]) -> list[Span]:
    """University initials after a word of study or a student's age (see the module)."""
    lows = lowered(toks)
    spans: list[Span] = []
    for i, tok in enumerate(toks):
        if i == 0 or not _u_shaped(tok.text):
            continue
        cue = _study_cue(lows, i) or _age_cue(toks, lows, i)
        if cue:
            why = _REASON.format(cue)
            spans.append(Span(tok.start, tok.end, "organisation", "context", why, fold(tok.text)))
    return spans


def _u_shaped(word: str) -> bool:
    """Two to five capitals opening or closing with U, not a unit, country or test."""
    return (
        2 <= len(word) <= 5
        and word.isascii()
        and word.isalpha()
        and word.isupper()
        and (word[0] == "U" or word[-1] == "U")
        and word not in _NOT
        and word.lower() not in lexicon.common_words()  # "TRANSFER UNDER S.48"
    )


def _study_cue(lows: list[str], i: int) -> str:
    """A word of study right before, or before a linking word ("junior at")."""
    k = i - 1
    if lows[k] in _LINKS and k > 0:
        k -= 1
    return f"'{lows[k]}'" if lows[k] in STUDY else ""


def _age_cue(toks: list[Tok], lows: list[str], i: int) -> str:
    """ "(20, at URI)", "(20, UA)": an age of 16-40 opening a bracket, then the initials
    closing the bracket or its item."""
    k = i - 1
    linked = lows[k] in ("at", "@")
    if linked:
        k -= 1
    if k < 2 or lows[k] != "," or lows[k - 2] != "(" or i + 1 >= len(toks):
        return ""
    age = toks[k - 1].text
    if not (age.isdecimal() and int(age) in _AGES):
        return ""
    if lows[i + 1] not in (")", ",", ";") or (toks[i].text in _BARE and not linked):
        return ""
    return "an age in brackets"
