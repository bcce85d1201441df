"""Words written in capitals: lines of capitals, acronyms and CamelCase (layer "context").

A line whose words are mostly in capitals is judged on a title-cased copy of
its tokens ("SAW DR PATEL" -> "Saw Dr Patel"); an ALL-CAPS word in mixed text
that is no known abbreviation is an organisation's ("CAMH", "DWP"). One pass
over the tokens per line: linear.
"""

from __future__ import annotations

import re
from itertools import pairwise

from notes_vault.deid import lexicon
from notes_vault.deid.capitals_us_services import US_SERVICES
from notes_vault.deid.hospital_abbreviations import HOSPITAL_ABBREVIATIONS
from notes_vault.deid.numbers import AU_STATES, US_STATES
from notes_vault.deid.org_shorthand import NOT_BODIES
from notes_vault.deid.tokens import Tok
from notes_vault.deid.uk_shorthand import UK_SHORTHAND
from notes_vault.deid.us_shorthand import US_SHORTHAND
from notes_vault.deid.us_shorthand_more import US_SHORTHAND_MORE

_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def camel(word: str) -> bool:
    """A capital after a lower-case letter ("HealthPartners", "PayPal"; not "McKay", "DeShawn")."""
    if not word[:1].isupper() or word.isupper() or word.startswith(("Mc", "Mac", "De", "La", "Le")):
        return False
    return any(a.islower() and b.isupper() for a, b in pairwise(word))


def caps_view(text: str, toks: list[Tok]) -> tuple[list[Tok], set[int]]:
    """Tokens with the words of ALL-CAPS lines title-cased ("SAW DR PATEL" -> "Saw Dr Patel"),
    and the indices of the tokens so changed."""
    view = list(toks)
    loud: set[int] = set()
    start = 0
    while start < len(toks):
        line_end = text.find("\n", toks[start].start)
        line_end = len(text) if line_end == -1 else line_end
        stop = start
        while stop < len(toks) and toks[stop].start < line_end:
            stop += 1
        letters = [t.text for t in toks[start:stop] if t.text[0].isalpha() and len(t.text) > 1]
        if len(letters) >= 3 and sum(w.isupper() for w in letters) * 4 >= len(letters) * 3:
            for k in range(start, stop):
                if toks[k].text.isupper():
                    view[k] = Tok(toks[k].text.title(), toks[k].start, toks[k].end)
                    loud.add(k)
        start = max(stop, start + 1)
    return view, loud


def acronym(word: str) -> bool:
    """An ALL-CAPS word of 2-6 letters that is no clinical or everyday abbreviation."""
    return (
        2 <= len(word) <= 6
        and word.isupper()
        and word.isalpha()
        and not shorthand(word)
        and word not in US_STATES
        and word not in AU_STATES
        and word.lower() not in lexicon.common_words()  # "WHERE", "GROUP", "FAXED"
        and not _ROMAN.fullmatch(word)  # "IV", "XII"; not "CCDC"
    )


def shorthand(word: str) -> bool:
    """A known clinical or everyday abbreviation ("ED", "PRN"; round 16, o16: "DTS", "PrEP")."""
    return clinical_shorthand(word) or word in lexicon.NOT_NAMES or word in NOT_BODIES


def clinical_shorthand(word: str) -> bool:
    """A clinical, service or records abbreviation of the engine's lists ("DCFS", "CAMHS");
    what the learned layer's veto reads (not `lexicon.NOT_NAMES`, which holds dates too:
    "NYE")."""
    return (
        word in lexicon.ABBREVIATIONS
        or word in lexicon.MORE_ABBREVIATIONS
        or word in UK_SHORTHAND  # u10
        or word in US_SHORTHAND  # c11
        or word in US_SHORTHAND_MORE  # c12
        or word in US_SERVICES  # c13
        or word in HOSPITAL_ABBREVIATIONS  # lead, round 9 ("SIADH": the veto reads it, round 23)
    )


def no_organisation(text: str, toks: list[Tok], i: int) -> str:
    """Why the capitals at token i are a scale, a credential or shorthand, not an
    organisation's name ("" when nothing says so): a number or a dashed version after it
    ("FSIQ 121", "IES-R", "CPT-3"), a dash before it ("C-SSRS"), a slash beside it
    ("SI/HI/AVH"), a comma after a name or another credential ("Jo Fox, LMSW, RPT",
    "Ph.D., ABPP"), brackets after a name ("Mrs Pritchard (DSL)") or a colon ending a
    label at a line start ("PAI: no concerns") or glued to it anywhere ("BHC: warm
    handoff", round 9)."""
    tok = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    prev = toks[i - 1] if i > 0 else None
    if nxt is not None and nxt.text.isdecimal() and len(nxt.text) <= 4:
        return "a score"
    if _glued_shorthand(toks, i):
        return "shorthand"
    if prev is not None and prev.text == "," and i > 1:
        before = toks[i - 2].text
        given = toks[i - 3].text if i > 2 else ""
        if before.isupper():  # a credential before: not "CGL, TEWV", "E39, QMC"
            after_name = _credential(toks, i - 2)
        else:
            after_name = before == "." or camel(before) or _named(before, given)
        if after_name:
            return "a credential"
    line_start = prev is None or "\n" in text[prev.end : tok.start]
    if line_start and nxt is not None and nxt.text == ":":
        return "a label"
    if nxt is not None and nxt.text == ":" and nxt.start == tok.end and _label_colon(text, nxt):
        return "a label"  # round 9 (o10): "Plan. BHC: warm handoff", "(22) MCO: Aetna"
    return ""


def _label_colon(text: str, colon: Tok) -> bool:
    """A colon glued to capitals is a field label's anywhere in a line ("BHC: warm handoff",
    "MCO: Aetna"), not a time's ("at 10:30") or a ratio's: a space or a line end follows."""
    return text[colon.end : colon.end + 1] in (" ", "\n", "\t", "")


_DEGREES = frozenset("ma ms msc bsc ba bs med mba mph msw mfa mphil dphil llb mbbs".split())


def _credential(toks: list[Tok], k: int) -> bool:
    """The capitals at token k are a credential themselves: a known one (or its hyphenated
    form), one after a name, a full stop or a credential and a comma ("Jo Fox, LMSW, RPT",
    "Ann Lee, ABC, DEF"), or an abbreviation heading a list of tests ("PAI, TOMM"); a list
    of bodies ("CGL, TEWV") or a ward code ("E39, QMC") is not (issue 13, round 8, o9)."""
    if k >= 2 and toks[k - 1].text in "-/" and toks[k - 1].start == toks[k - 2].end:
        k -= 2  # "LPC-MH, QMHP", "OTR/L, CDRS": the credential's head
    word = toks[k].text
    if word.lower() in lexicon.CREDENTIALS or word.lower() in _DEGREES:
        return True
    if shorthand(word):
        return True  # a list of tests or shorthand: "PAI, TOMM"
    if k < 2 or toks[k - 1].text != ",":
        return False
    before = toks[k - 2].text
    given = toks[k - 3].text if k > 2 else ""
    if before.isupper():
        return before.lower() in lexicon.CREDENTIALS or before.lower() in _DEGREES
    return before == "." or camel(before) or _named(before, given)


def _named(word: str, given: str) -> bool:
    """A capitalised word a credential can follow: a person's name (or any word after a
    given name, an initial or a hyphen), not a place or an English word alone ("Jo Fox, LMSW", "Wes
    Hummingbird, CADC"; not "Imperial, UCL" or "Student Wellbeing, UKC")."""
    if not word[:1].isupper():
        return False
    initial = len(given) == 1 and (given.isupper() or given in ".-")
    if initial or given in lexicon.first_names():
        return True
    if word in lexicon.places():
        return False  # "Durham, LSE": a place (a surname too, but no given name before it)
    return word in lexicon.surnames() or word.lower() not in lexicon.common_words()


def _glued_shorthand(toks: list[Tok], i: int) -> bool:
    """Token i is joined by "-" or "/" to short parts ("SI/HI/AVH", "C-SSRS", "IES-R",
    "CPT-3"), not to a long number ("DP/FC/31187" is a reference number)."""
    joined = False
    for step in (-1, 1):
        k = i
        for _ in range(6):
            sep, word = k + step, k + 2 * step
            if not 0 <= word < len(toks) or toks[sep].text not in ("-", "/"):
                break
            a, b, c = (toks[word], toks[sep], toks[k])[::-step]
            if a.end != b.start or b.end != c.start:
                break
            if any(ch.isdecimal() for ch in toks[word].text) and len(toks[word].text) > 2:
                return False
            joined, k = True, word
    return joined
