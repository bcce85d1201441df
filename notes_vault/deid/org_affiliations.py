"""Organisations named beside a person or after "the" (layer "context"), beside org_cues.py.

- A person's affiliation after a comma or "from": "Dr. Lindahl, Regions", "Ms
  Okoro, Barnardo's", "(Selam, DA Languages)", "Ms Selam from DA Languages,".
  The person is a title and a name, a gazetteer given name and a surname, or
  one capitalised word opening a bracket; what follows is a capitalised run
  that ends the clause (a bracket, a line, ";", "," or "."). Not a role ("Dr Patel, Consultant
  Psychiatrist"), a credential ("Jo Fox, LCSW"), a weekday, a generic service, or a country
  after a place (round 16, o16: "born in Suva, Fiji", "(Fortaleza, Brazil)").
- A run of capitalised English words after "to the", "behind the", "down the"...:
  "goes to the Bottle and Glass", "behind the Seafood City" (a pub, a works, a
  venue called by English words). Not institutions written with a capital ("the Council", "the
  Trust", "the Government"), historical names ("the Troubles") or headings.

Token lookups a few tokens either side of each comma or "the": linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.capitals import acronym, camel, shorthand
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, near

_MAX_RUN = 4
_JOINERS = frozenset(["&", "'", "\u2019", "s", "of"])
_ENDS = frozenset(");.,")
# Job words after a name's comma: "Dr Patel, Consultant Psychiatrist", "Jo, Team Lead".
_ROLES = frozenset(
    "consultant psychiatrist psychologist nurse manager director lead officer worker "
    "coordinator co-ordinator specialist advocate practitioner assistant counsellor counselor "
    "therapist clinician registrar head deputy chair senior principal teacher senco gp "
    "doctor surgeon solicitor attorney paralegal supervisor trainee student intern "
    "administrator admin receptionist secretary partner associate fellow professor lecturer "
    "chaplain pastor minister detective constable sergeant caseworker navigator "
    "interpreter translator mentor coach".split()
)
# Where "the" and a capitalised English word name a venue: "goes to the Bottle and Glass",
# "behind the Seafood City" ("at", "from", "in", "near", "outside the" are addresses.py's).
_THE_PLACES = frozenset(
    "to behind down past opposite beside round around across towards toward by up".split()
)
_KIND_NOUNS = frozenset("service charity project team agency practice clinic".split())
_SUBUNITS = frozenset(
    "Division Department Dept Office Unit Faculty Section Directorate Team Ward Service "
    "Programme Program Security Personnel Corporate Operations Finance Legal Compliance "
    "Estates Facilities Payroll".split()
)
# Institutions often written with a capital after "the": no name of one place.
_INSTITUTIONS = frozenset(
    "Council Trust Government Board Court Church Police Army Navy Bible Internet Web Lord "
    "Queen King State Service Team Unit Ward Department Panel Tribunal Office Home Prime "
    "Minister Troubles Blitz Tube Underground Pill Holocaust Devil God President Mayor "
    "Authority Local Home Health Centre Center Clinic Hospital School Practice University "
    "College Union Committee Bank Post News Sun Moon Earth World Cup League Premier Final "
    "Gospel Quran Koran Torah Mass Rosary Sabbath Crown".split()
)


# A discipline a department is named for, and the fields before it (u12): "Care Home
# Psychology", "Liaison Psychiatry"; not "Priory Psychiatry", "Maudsley Psychology".
_DISCIPLINES = frozenset("psychology psychiatry psychotherapy physiotherapy nursing".split())
_FIELDS = _DISCIPLINES | frozenset(
    "neonatal perinatal learning disability disabilities older adult adults child children "
    "adolescent care home liaison forensic clinical health mental community inpatient "
    "outpatient paediatric pediatric counselling student staff occupational primary acute "
    "crisis eating disorders memory pain trauma neuro cancer oncology cardiac renal veterans "
    "family couples addiction substance misuse psychosis early intervention specialist "
    "general and of".split()
)


def find_affiliations(text: str, toks: list[Tok], service_words: frozenset[str]) -> list[Span]:
    """Organisations after a person and a comma, or after "to the", "behind the"..."""
    spans: list[Span] = []
    for i, tok in enumerate(toks):
        if tok.text in (",", "from") and 1 < i < len(toks) - 1:
            found = _affiliation(text, toks, i, service_words)
        elif tok.text == "the" and 0 < i < len(toks) - 1:
            found = _named_the(text, toks, i)
        else:
            continue
        if found is not None:
            spans.append(found)
    return spans


def _span(toks: list[Tok], first: int, last: int, reason: str) -> Span:
    key = fold(" ".join(t.text for t in toks[first : last + 1] if t.text not in ",-"))
    return Span(
        toks[first].start, toks[last].end, "organisation", "context", f"context: {reason}", key
    )


def _person_before(toks: list[Tok], c: int) -> bool:
    """A person ends at token c - 1: a title and a name ("Dr. Lindahl"), a given name and
    a surname ("Maria Lopez"), or one capitalised word opening a bracket ("(Selam")."""
    name = toks[c - 1].text
    if not is_capitalised(name) or name in lexicon.NOT_NAMES:
        return False
    before = [t.text for t in toks[max(0, c - 4) : c - 1] if t.text != "."]
    if any(w.lower() in lexicon.TITLES for w in before[-2:]):
        return True
    if before and before[-1] in lexicon.first_names() and name in lexicon.surnames():
        return True
    return bool(before) and before[-1] == "("


def _affiliation(text: str, toks: list[Tok], c: int, service_words: frozenset[str]) -> Span | None:
    """The capitalised run after "Name," or "Name from" that ends its clause (see the module)."""
    if not _person_before(toks, c) or not near(text, toks[c], toks[c + 1]):
        return None
    if text[toks[c - 1].start : toks[c - 1].end].isupper():
        return _caps_affiliation(text, toks, c)  # a line of capitals (title-cased in `toks`)
    last = _run_end(text, toks, c)
    if last is None:
        return None
    words = [t.text for t in toks[c + 1 : last + 1] if t.text[:1].isalpha() and t.text != "s"]
    if (
        len(words) == 1
        and (words[0].isupper() or camel(words[0]))
        and _credential_like(text, toks, c, last)
    ):
        return None  # "Jolene Crittenden, LADC" signing, "Jo Fox, PharmD)", "Al Li, DOM,"
    department = len(words) == 1 and words[0].lower() in lexicon.common_words()
    if _no_workplace(words, service_words) or (toks[c].text == "from" and department):
        return None  # ... or "Dr Shah from Cardiology": a department
    cue = "a comma" if toks[c].text == "," else "'from'"
    return _span(toks, c + 1, last, f"a capitalised name after a person and {cue}")


def _run_end(text: str, toks: list[Tok], c: int) -> int | None:
    """The last token of the capitalised run after the comma at c, when the clause ends
    there (a bracket, ";", ".", ",", or the end of the line or text)."""
    j = c + 1
    last = c
    while j < len(toks) and j - c <= _MAX_RUN * 2 and near(text, toks[j - 1], toks[j]):
        if _name_word(toks[j].text):
            last = j
        elif toks[j].text not in _JOINERS:
            break
        j += 1
    if last == c:
        return None
    if last + 1 == len(toks) or "\n" in text[toks[last].end : toks[last + 1].start]:
        return last
    nxt = toks[last + 1].text
    if nxt in _KIND_NOUNS and last + 2 < len(toks) and toks[last + 2].text in _ENDS:
        return last  # "(Tom, Ledger service)": the name and what it is
    if nxt not in _ENDS or (nxt == "." and len(toks[last].text) == 1):
        return None  # the clause goes on; or "Brandon Ochoa, M.S.": letters of a degree
    return last


def _no_workplace(words: list[str], service_words: frozenset[str]) -> bool:
    """A role, a credential, a generic service, a given name or a language after the comma."""
    lows = [w.lower() for w in words]
    if any(w in _ROLES or w in lexicon.CREDENTIALS or w in lexicon.PERSON_CUES for w in lows):
        return True
    if all(w in service_words or w == "of" for w in lows):
        return True  # "Ms Okoro, Social Services": a kind of service
    if any(w in _SUBUNITS for w in words):
        return True  # "Dr H. Marsh, Division of Pharmacy": a part of a body, named for its work
    if lows[-1] in _DISCIPLINES and all(w in _FIELDS for w in lows[:-1]):
        return True  # u12: "Dr R. Bhatt, Neonatal Psychology": a department, named for its work
    if " ".join(words) in lexicon.countries():
        return True  # o16: "(Fortaleza, Brazil)", "Hong Kong, Brunei": a place, then its country
    alone = words[0] if len(words) == 1 else ""
    return alone in lexicon.first_names() or alone in lexicon.proper_words()


def _credential_like(text: str, toks: list[Tok], c: int, last: int) -> bool:
    """One acronym after a name's comma reads as a credential when the name opens its
    line, when another comma follows ("Alison Gilmour, DOM, 01236 ..."), when it is
    written like a degree ("PharmD"), or when it is a known credential or a clinical or
    role abbreviation anywhere ("Jo Anne Pickett, LADAC.", "(Anjali Mehta, IRO)")."""
    after = toks[last + 1].text if last + 1 < len(toks) else ""
    word = toks[last].text
    if word.lower() in MORE_CREDENTIALS or shorthand(word):
        return True  # round 9 (o10): "Jo Anne Pickett, LADAC.", "(Anjali Mehta, IRO)"
    return _line_start(text, toks, c) or after == "," or camel(word)


# Round 9 (o10): licences, certifications and registrations written after a name that
# lexicon.CREDENTIALS lacks (a closed class, from general knowledge: US state licences for
# counselling, addiction and social work, nursing and therapy grades, chaplaincy).
MORE_CREDENTIALS = frozenset(
    "ladc ladac adc lcdc lcadc cadc casac cac ncc lcmhc lpcc lisw lsw lmsw csw cswa apnp "
    "aprn cmpc qmha qmhp bht rbt bcaba lba cprp cps prss crc mdiv dmin bcc ctrs ccls otr "
    "cota slp lssp ncsp lep cnm cns dnp fnp msn bsn cna emt lcpc lisw-s lpc-s lmhc-s "
    "cfle ccc cdp ccdp cpss ctss".split()
)


def _line_start(text: str, toks: list[Tok], c: int) -> bool:
    """The name before the comma at c opens its line ("— Jo Fox, LADC" counts)."""
    k = c - 1
    while k > 0 and "\n" not in text[toks[k - 1].end : toks[k].start]:
        if toks[k - 1].text.isalpha() and toks[k - 1].text.islower():
            return False
        k -= 1
        if c - k > 4:
            return False
    return True


def _name_word(word: str) -> bool:
    named = is_capitalised(word) or acronym(word)
    return named and word not in lexicon.NOT_NAMES and word.lower() not in lexicon.CREDENTIALS


def _named_the(text: str, toks: list[Tok], i: int) -> Span | None:
    """A run of capitalised English words after "to the", "behind the"... (see the module)."""
    if toks[i - 1].text.lower() not in _THE_PLACES or not near(text, toks[i], toks[i + 1]):
        return None
    j = i + 1
    while j < len(toks) and j - i <= _MAX_RUN and near(text, toks[j - 1], toks[j]):
        word = toks[j].text
        if not is_capitalised(word) or not word.isalpha() or word in lexicon.NOT_NAMES:
            break
        j += 1
    if j == i + 1 or j - i > _MAX_RUN - 1:
        return None
    words = [t.text for t in toks[i + 1 : j]]
    common = lexicon.common_words()
    if not all(w.lower() in common for w in words):
        return None  # a word in no English list: the context layer's own rules judge it
    if any(w in _INSTITUTIONS for w in words) or words[-1] in lexicon.ORG_SUFFIXES:
        return None
    if j < len(toks) and (toks[j].text in ("'", "\u2019", "of") or toks[j].text.isdecimal()):
        return None  # "the Lord's", "the Department of ...": left to other rules
    return _span(toks, i + 1, j - 1, f"capitalised English words after '{toks[i - 1].text} the'")


def _caps_affiliation(text: str, toks: list[Tok], c: int) -> Span | None:
    """In a line of capitals, one acronym closing a bracket after a person's given name
    and surname: "(MICK HOLDEN, CWU)", "(JO BAKER, RCN)". Not a credential ("(JO BAKER,
    RMN)"), nor clinical or everyday shorthand ("(JO BAKER, GP)")."""
    if c < 3 or c + 2 >= len(toks) or toks[c + 2].text != ")" or toks[c].text != ",":
        return None
    if toks[c - 3].text != "(" or toks[c - 2].text not in lexicon.first_names():
        return None
    word = text[toks[c + 1].start : toks[c + 1].end]
    if not acronym(word) or len(word) > 5 or word.lower() in lexicon.CREDENTIALS:
        return None
    return _span(toks, c + 1, c + 1, "an acronym after a person and a comma in capitals")
