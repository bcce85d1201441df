"""A kind of service written in capitals, not one body's name (issue 13, round 15, o15).

`addresses.py` reads a capitalised run ending in an organisation's head word ("Health",
"Care", "Home", "Ward") as an organisation unless every word of it is a generic service
word (`addresses.SERVICE_WORDS`: "Student Health Services", "Behavioral Health Unit").
Headers, letterheads and records systems capitalise the kind of service too, with words
that list leaves out: who it serves, where it sits or how it is run. "PRISON MENTAL
HEALTH", "JAIL MEDICAL", "Senior Behavioral Health", "Refugee Mental Health", "Homeless
Outreach", "COORDINATED SPECIALTY CARE", "Collaborative Care", "Spiritual Care", "Crisis
Resolution & Home", "CARE HOME", "Older Adult Ward", "Addiction Medicine", "Level of Care".
On the dev notes 51 such names were replaced and none was labelled.

A name is a kind of service here when

- it ends in one of a few heads ("Health", "Care", "Home", "Medicine", "Medical", "Ward",
  "Counselling", "Outreach"), not "Center" or "Services" (a writer labels "Staff Care
  Services" as one place's name); or in "Clinic" with every word saying what it treats: a
  branch of medicine by its ending ("Neurology Clinic", "NEPHROLOGY CLINIC"), a treatment
  or an organ ("CLOZAPINE CLINIC", "Renal Transplant Clinic", "Movement Disorders
  Clinic"; "Emergency Department" the same); "Community Clinic" and "Gender Identity
  Clinic" stay names,
- it has two words or more and every one is a word of the closed class below (who, where,
  how, what kind),
- and no capitalised word or capitals of no English word follow on its line ("Kinship
  Care NI", "Maternal Mental Health NYC", "Public Health Scotland" name one body: the words
  after say which; "JAIL MENTAL HEALTH NOTE" does not), nor "and", "&" or "of" and a
  capital ("University Health and Counseling Services" goes on past "Health").

A run opening "Head of", "Director of" or "Deputy" + "of" names a post ("Head of School",
"Director of Nursing"), not a body, whatever its last word.

A set lookup per word of a run `addresses.py` has already found: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.tokens import Tok

_HEADS = frozenset(
    "health care home medicine medical ward wards counselling counseling outreach".split()
)
# Round 16 (o16): a group named by what it does or whom it gathers ("Skills Group", "MUSIC
# GROUP", "Caregiver Support Group", "Hearing Voices Group", "SNAPCHAT GROUP"); not "Self
# Help Group", "Somali Mothers Group", "Long Term Recovery Group": writers label those.
_GROUPS = frozenset(["group", "groups"])
_GROUP_KIND = frozenset(
    "skills music art multifamily multi family mens men's womens women's caregiver caregivers "
    "carer carers support peer process parenting grief bereavement anger psychoeducation "
    "psychoeducational coping mindfulness dbt cbt act relapse prevention international "
    "student students hearing voices snapchat whatsapp facebook based therapy teen teens "
    "youth young women men parents parent families".split()
)
# A clinic named by what it treats: "Neurology Clinic", "CLOZAPINE CLINIC" (not "Community
# Clinic", "Gender Identity Clinic": writers label those as one place's name).
_CLINICS = frozenset(["clinic", "clinics", "department", "dept"])
_BRANCHES = ("ology", "iatry", "iatrics", "aedics", "edics", "etics")
_TREATMENTS = frozenset(
    "clozapine lithium depot renal transplant movement disorders disorder memory sleep pain "
    "diabetes diabetic cardiac stroke respiratory wound fracture antenatal postnatal lung "
    "kidney liver heart spine spinal eye ear nose throat skin bone breast infusion "
    "anticoagulation warfarin emergency accident".split()
)
# "University Health and Counseling Services": the name goes on past the head.
_JOINERS = frozenset(["and", "&", "of"])
# A post named by what it heads: "Head of School", "Director of Nursing".
_ROLES = frozenset(["head", "director", "deputy"])
# Who a service is for, where it sits, how it is run, and what kind it is.
_KIND = frozenset(
    "senior seniors geriatric older elder elderly adult adults adolescent prison prisons jail "
    "corrections correctional custody refugee refugees homeless asylum veteran veterans "
    "crisis resolution coordinated specialty specialist collaborative integrated "
    "interdisciplinary spiritual pastoral foster kinship nursing residential public campus "
    "level safe chronic acute occ occupational addiction addictions psychiatric psychiatry "
    "sexual memory mental behavioral behavioural health care home medicine medical ward "
    "counselling counseling outreach general readjustment oh np of and the".split()
)


def _specialty(word: str) -> bool:
    """A word of a clinic's specialty: a branch of medicine by its ending ("Neurology",
    "Psychiatry", "Paediatrics"), a kind word, or one of the treatments and organs below."""
    return word in _KIND or word in _TREATMENTS or word.endswith(_BRANCHES)


def _group_kind(word: str) -> bool:
    """A word saying what a group does or whom it gathers (o16), or a service kind word."""
    return word in _GROUP_KIND or word in _KIND


def service_type(text: str, toks: list[Tok], first: int, last: int) -> bool:
    """Whether the capitalised run toks[first..last] names a kind of service (see the
    module docstring)."""
    head = toks[last].text.lower()
    heads = _HEADS | _CLINICS | _GROUPS
    if head not in heads and toks[first].text.lower() not in _ROLES:
        return False
    words = [t.text.lower() for t in toks[first : last + 1] if t.text[:1].isalpha()]
    if len(words) > 2 and words[0] in _ROLES and words[1] == "of":
        return True  # "Head of School", "Director of Nursing": a post, not a body
    kind = _specialty if head in _CLINICS else _KIND.__contains__
    if head in _GROUPS:
        kind = _group_kind
    if len(words) < 2 or not all(kind(w) or w in ("s", head) for w in words):
        return False
    if head in _GROUPS and not any(w in _GROUP_KIND for w in words):
        return False  # "78th Medical Group": a military unit, not a kind of group
    if last + 1 < len(toks):
        nxt = toks[last + 1]
        same_line = "\n" not in text[toks[last].end : nxt.start]
        named = nxt.text[:1].isupper() and nxt.text.lower() not in lexicon.common_words()
        joined = nxt.text in _JOINERS and last + 2 < len(toks) and toks[last + 2].text[:1].isupper()
        if same_line and (named or joined):
            return False
    return True
