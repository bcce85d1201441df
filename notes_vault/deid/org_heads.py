"""A name opening a clause before a word of a service (layer "context", issue 13, round 8,
helper o9).

An unknown capitalised word opening a sentence, a bracket, a list item or a clause after a
semicolon or a dash is left by the people layer unless a person's verb follows it. Before
a word only a service, a firm or a programme has, it names one: "Kooth signposted",
"Warneford neurodevelopmental clinic", "Calricaraq program info", "(Twilio log showed
...)", "ICUsteps peer support group", "- Brightwater referral made". The word after it
(or the one after a lower-case word between: "Warneford neurodevelopmental clinic") is a
service noun or a verb a note uses of a body ("signposted", "informed", "contacted").

The name: one capitalised word of four letters or more (a capital inside allowed,
"ICUsteps"), in no English list, no given-name list, no place list (the gazetteer's towns
are the place layer's), no stop list, and no medicine, language, people, clinical
short form ("Paeds clinic", "Ortho appt", "Physio referral"), app or platform ("Zoom
session", "Whatsapp group"), an English derived word or a word ending in "therapy" or "being"
("Interoceptive exposure", "Dramatherapy group", "Wellbeing team"). Not in a line of
capitals.

Token lookups at each clause start, after a vocabulary test: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon, person_words
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, lowered, near, sentence_start, vocabulary

_NOUNS = frozenset(
    "clinic clinics program programme programs programmes group groups service services "
    "team log logs referral referrals app website portal info information leaflet "
    "helpline counselling counseling therapist therapists worker workers staff nurse "
    "nurses peer outreach project course class classes appointment appointments "
    "assessment intake waitlist account shift store branch office hospital ward unit "
    "surgery practice pharmacy helpdesk hotline caseworker advocate advisor adviser "
    "volunteer volunteers membership".split()
)
_VERBS = frozenset(
    "signposted informed contacted notified emailed e-mailed rang phoned booked involved "
    "declined accepted confirmed".split()
)
_CUES = _NOUNS | _VERBS
# Clinical short forms (also read by place_lower_heads.py) and platforms that open a clause
# before these nouns.
CLINICAL_SHORT = frozenset(
    "psych psychs paeds peds ortho neuro rheum derm gyn gyne gynae obgyn onc physio obs "
    "gastro endo uro haem hem resp cardio rehab neph hep ophth ophthal maxfax vasc geri msk "
    "slt salt camhs cmht iapt picu nicu scbu gp gps warfarin clozapine anticoag diabetic "
    "paed paediatric ed ae".split()
)
_NOT_NAMES = CLINICAL_SHORT | frozenset(
    "telehealth telepsych zoom teams whatsapp facetime skype facebook instagram snapchat "
    "tiktok discord youtube reddit insta".split()
)
_MIN_LETTERS = 4
# Endings of English derived words a list may lack ("Interoceptive", "Somatic").
_ENDINGS = (
    "ive",
    "ic",
    "ical",
    "ology",
    "ologist",
    "tion",
    "sion",
    "ment",
    "ness",
    "ity",
    "ous",
    "ful",
    "therapy",
    "therapies",
    "ing",
    "ed",
    "al",
)


def find_clause_heads(text: str, toks: list[Tok]) -> list[Span]:
    """Unknown names opening a clause before a word of service (see the module)."""
    vocab = vocabulary(toks)
    if vocab.isdisjoint(_CUES):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for k in [k for k, low in enumerate(lows) if low in _CUES and k > 0]:
        name = k - 1
        if name > 0 and toks[name].text.islower() and toks[name].text.isalpha():
            name -= 1  # "Warneford neurodevelopmental clinic"
        if not near(text, toks[name], toks[name + 1]) or not toks[k].text.islower():
            continue
        if _unknown_head(text, toks, name):
            cue = f"an unknown name opening a clause before '{toks[k].text}'"
            key = fold(toks[name].text)
            spans.append(
                Span(
                    toks[name].start,
                    toks[name].end,
                    "organisation",
                    "context",
                    f"context: {cue}",
                    key,
                )
            )
    return spans


def _unknown_head(text: str, toks: list[Tok], i: int) -> bool:
    """Token i opens a clause and is a capitalised word no list knows (see the module)."""
    word = toks[i].text
    shaped = len(word) >= _MIN_LETTERS and word.isalpha() and word[0].isupper()
    if not shaped or word.isupper() or not _opens(text, toks, i):
        return False
    return _unlisted(word) and not person_words.never_a_name(text, toks, i)


def _unlisted(word: str) -> bool:
    """No English, derived, given-name, place, stop-list, medicine or country word."""
    low = word.lower()
    if low in _NOT_NAMES or lexicon.english(low) or word in lexicon.proper_words():
        return False
    if low.endswith(_ENDINGS):
        return False  # "Interoceptive exposure", "Dramatherapy group", "Wellbeing team"
    if word in lexicon.first_names() or word in lexicon.places() or word in lexicon.NOT_NAMES:
        return False
    return word not in person_words.MEDICINES and word not in lexicon.countries()


def _opens(text: str, toks: list[Tok], i: int) -> bool:
    """Token i opens a sentence, line, bracket or a clause after a semicolon or dash."""
    if sentence_start(text, toks, i):
        return True
    return toks[i - 1].text in (";", "\u2013", "\u2014", ",") and i > 1
