"""Organisations in brackets beside a role (layer "context", issue 13, round 7, helper o8).

Lists of who came, cc lines, minutes and referral notes put a worker's employer beside
the worker's role, in brackets:

- after the role, closing the bracket: "(IDVA, Harbour)", "(support staff, Aspire
  Living)", "(peer support, irish community care)", "(Mr Haddad, thebigword)": a role
  word (or a title and a name) opens the bracket, a comma, then one to four words up to
  ")";
- one or two words in a bracket right after a role of a service ("IDVA (Pathways)",
  "advocate (Voiceability)"; not "mentor (Sister Glenys)", "interpreter (Tigrinya)").

What is in the brackets must read as a name: capitalised words or capitals that are no
given name alone, no language or nationality, no weekday, no clinical abbreviation, no
generic word of a service, no title, every word capitalised or in capitals or every word
in lower case ("(IDVA, Harbour)" yes; "(mentor, Athena Swan network)", "(interpreter,
Arabic)", "(SW, CSC)", "(nurse, nights)", "(social worker, duty team)", "(mentor, Tom)"
no); lower-case
words only when they end in an organisation's word and one of them is no English word
("irish community care"). A place there is taken as a place.

One `str.find` for "(" and token lookups a few tokens either side of each: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.capitals import acronym
from notes_vault.deid.model import Span
from notes_vault.deid.org_lower import GENERIC
from notes_vault.deid.person_words import PEOPLES
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, lowered, starts, vocabulary

# Words naming a worker's role (lower case); a role is one to three tokens holding one.
ROLES = frozenset(
    "idva isva mho amhp cpn hv sw caseworker keyworker worker workers staff officer advocate "
    "interpreter interpreters translator mentor chaplain navigator coordinator co-ordinator "
    "liaison counsellor counselor therapist psychologist psychiatrist pharmacist nurse "
    "manager supervisor tutor teacher senco lead chair volunteer volunteers befriender "
    "paralegal solicitor caseload practitioner peer wellbeing safeguarding adviser advisor "
    "coach clinician attorney lawyer rep representative".split()
)
# Roles whose bracket after them names the service, not the worker ("IDVA (Pathways)";
# not "mentor (Sister Glenys)", "interpreter (Tigrinya)"): one word only is taken.
_SERVICE_ROLES = frozenset(
    "idva isva mho amhp sw caseworker keyworker advocate navigator befriender".split()
)
_TITLES = frozenset(["mr", "mrs", "ms", "miss", "mx", "dr", "prof"])
_MAX_ROLE = 3
_MAX_NAME = 4
_LOWER_END = frozenset(w.lower() for w in lexicon.ORG_SUFFIXES)


def find_role_orgs(text: str, toks: list[Tok]) -> list[Span]:
    """Employers in brackets beside a worker's role (see the module docstring)."""
    if "(" not in text or vocabulary(toks).isdisjoint(ROLES | _TITLES):
        return []
    lows = lowered(toks)
    at = starts(toks)
    spans: list[Span] = []
    pos = text.find("(")
    while pos != -1:
        i = at.get(pos)
        if i is not None:
            found = _after_role(toks, lows, i) or _beside_role(toks, lows, i)
            if found is not None:
                spans.append(found)
        pos = text.find("(", pos + 1)
    return spans


def _after_role(toks: list[Tok], lows: list[str], i: int) -> Span | None:
    """ "(ROLE, NAME)": the name after the comma (see the module)."""
    comma = i + 1
    while comma < len(toks) and comma - i <= _MAX_ROLE and toks[comma].text.isalnum():
        comma += 1
    if comma == i + 1 or comma >= len(toks) or toks[comma].text != ",":
        return None
    role = lows[i + 1 : comma]
    titled = role[0] in _TITLES and len(role) > 1 and is_capitalised(toks[i + 2].text)
    if not titled and not any(w in ROLES for w in role):
        return None
    close = _closing(toks, comma + 1)
    if close is None or not _a_name(toks, comma + 1, close):
        return None
    cue = " ".join(t.text for t in toks[i + 1 : comma])
    return _span(toks, comma + 1, close, f"context: a name in brackets after the role '{cue}'")


def _beside_role(toks: list[Tok], lows: list[str], i: int) -> Span | None:
    """ "ROLE (NAME)": a bracket right after a role word (see the module)."""
    if i == 0 or lows[i - 1] not in _SERVICE_ROLES:
        return None
    close = _closing(toks, i + 1)
    if close is None or close > i + 3 or not _a_name(toks, i + 1, close):
        return None
    reason = f"context: a name in brackets after the role '{toks[i - 1].text}'"
    return _span(toks, i + 1, close, reason)


def _closing(toks: list[Tok], first: int) -> int | None:
    """The index of ")" closing a run of one to four words from `first`, or None."""
    k = first
    while k < len(toks) and k - first < _MAX_NAME and (toks[k].text.isalnum() or _joiner(toks, k)):
        k += 1
    if k == first or k >= len(toks) or toks[k].text != ")":
        return None
    return k


def _joiner(toks: list[Tok], k: int) -> bool:
    """An ampersand, hyphen or apostrophe inside a name ("Lee & Co", "Age-UK")."""
    return toks[k].text in "&-'" and k > 0 and toks[k - 1].end == toks[k].start


def _a_name(toks: list[Tok], first: int, end: int) -> bool:
    """The words first..end-1 read as an organisation's name (see the module)."""
    words = [t.text for t in toks[first:end] if t.text.isalnum()]
    if not words or any(_never(w) for w in words):
        return False  # "(Sister Dawn Fletcher)", "(Coach Lee)": a person; "(nights, 3)"
    if all(w.islower() for w in words):
        return _lower_name(words)
    if words[0] in lexicon.first_names() or words[0] in PEOPLES:
        return False  # "(Jo Smith)", "(Tigrinya)": a person, a language
    if not all(is_capitalised(w) or acronym(w) for w in words):
        return False  # "(SW, CSC)": a known abbreviation; "(Mrs Nasreen, via Language Line)"
    if len(words) == 1:
        word = words[0]
        return not (
            word in lexicon.proper_words()
            or word in lexicon.first_names()
            or word.lower() in GENERIC
            or word in lexicon.countries()
        )
    return any(w.lower() not in GENERIC and w not in lexicon.proper_words() for w in words)


def _never(word: str) -> bool:
    """A word no organisation's name in brackets holds: a number, a title, a credential."""
    low = word.lower()
    return (
        word.isdigit()
        or low in _TITLES
        or low in lexicon.TITLES
        or low in lexicon.CREDENTIALS
        or word in lexicon.NOT_NAMES
    )


def _lower_name(words: list[str]) -> bool:
    """Lower-case words name an organisation when they end in an organisation's word and
    one is no English word ("irish community care"), or a lone word is none
    ("thebigword")."""
    if len(words) == 1:
        return not lexicon.english(words[0]) and len(words[0]) > 3
    return words[-1] in _LOWER_END and any(not lexicon.english(w) for w in words)


def _span(toks: list[Tok], first: int, end: int, reason: str) -> Span:
    """The span of toks[first:end], a place when the gazetteer holds it."""
    run = " ".join(t.text for t in toks[first:end])
    kind = "place" if run in lexicon.places() else "organisation"
    return Span(toks[first].start, toks[end - 1].end, kind, "context", reason, fold(run))
