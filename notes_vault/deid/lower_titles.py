"""Layer "context", after the main pass: a lower-case surname after an honorific.

Typed in haste or dictated, a note writes "mr. pittman", "miss watts", "dr. okoro-lane".
The main pass takes a lower-case word after a bare title ("mr kettlewell") when it is
no English word; here the title may carry its full stop, and a gazetteer surname that is
also a word ("watts", "white", "brown") is taken too, after an honorific only ("mr", "dr",
"mrs"...; "miss" in lower case is as often the verb: "i miss home" keeps "home"; a
relation word is no honorific: "the nurse said"). A hyphenated second part goes with it.
Round 15 (r15): "doctor" written out, as dictation types it ("dear doctor cross", "this is
doctor wells dictating"), takes a gazetteer surname only, and not after a determiner or a
grade ("the doctor felt", "speciality doctor old age psychiatry", "doctor appt").
Round 20 (u20): after a lower-case honorific, a lower-case surname with "o'" or "d'" ("mrs
o'hare", "dr d'arcy"; not "o'clock"), and a lone letter before a bracket or a word ("mrs t
(pastoral)", "call dr v office").

One token scan with a lookup on each side: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon, person_words
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, lowered, vocabulary

_HONORIFICS = frozenset("mr mrs ms mx miss dr prof rev fr sr mme mdm sra srta ofc doctor".split())
# Before "doctor", a word that makes it a job, not a title: "the doctor", "specialty doctor".
_DOCTOR_JOBS = lexicon.DETERMINERS | frozenset(
    "my his her their your our specialty speciality junior senior staff family care "
    "foundation trainee ward locum associate duty house doctor".split()
)
_REASON = "context: a lower-case surname after an honorific ('mr. pittman')"
_MIN_LENGTH = 3


def find_titled_lower(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Lower-case surnames after an honorific, with or without its full stop."""
    common, surnames = lexicon.common_words(), lexicon.surnames()
    spans: list[Span] = []
    if vocabulary(toks).isdisjoint(_HONORIFICS):
        return spans  # no honorific in the note
    for k, (title, low) in enumerate(zip(toks, lowered(toks), strict=True)):
        if low not in _HONORIFICS:
            continue  # one set lookup per token; the rest only after an honorific
        i = k + 1 + (k + 1 < len(toks) and toks[k + 1].text == ".")
        if i >= len(toks):
            continue
        tok = toks[i]
        word = tok.text
        end = _apostrophed(toks, i) if title.text.islower() else None
        if end is not None:  # round 20 (u20): "mrs o'hare", "dr d'arcy"
            reason = "context: a lower-case O'-surname after an honorific ('mrs o'hare')"
            spans.append(
                Span(tok.start, end, "person", "context", reason, fold(text[tok.start : end]))
            )
            continue
        if len(word) == 1 and word.isalpha() and _letter_alone(toks, i, title.text):
            reason = "context: a lone letter after an honorific ('dr k')"
            spans.append(Span(tok.start, tok.end, "person", "context", reason, fold(word)))
            continue
        if not (word.islower() and word.isalpha() and len(word) >= _MIN_LENGTH):
            continue
        if covered.find(1, tok.start, tok.end) != -1 or word in lexicon.DETERMINERS:
            continue
        if word in lexicon.SPEECH or word in lexicon.VERBS_AFTER:
            continue  # "the dr said"
        if "\n" in text[title.end : tok.start] or person_words.never_a_name(text, toks, i):
            continue
        english = word in common
        if english and (title.text == "miss" or word.title() not in surnames):
            continue  # "i miss home", "dr said"
        if low == "doctor" and _job(toks, k, word, surnames):
            continue  # r15: "the doctor felt", "specialty doctor old age", "doctor appt"
        end = _hyphened(toks, i)
        key = fold(text[tok.start : end])
        spans.append(Span(tok.start, end, "person", "context", _REASON, key))
    return spans


def _job(toks: list[Tok], k: int, word: str, surnames: frozenset[str]) -> bool:
    """ "doctor" at k is a job, not a title, or the word after it is no gazetteer surname."""
    before = toks[k - 1].text.lower() if k > 0 else ""
    return before in _DOCTOR_JOBS or word.title() not in surnames or word == "doctor"


_LETTER_ENDS = frozenset([",", "\u2014", "-", '"', "\u201d", ")", "!", "?", ":", "("])
# After the letter, a word that makes it no initial: "dr s and", "ms a lot" (round 20, u20).
_JOINING = frozenset("and or n & to of in on is was s st".split())


def _letter_alone(toks: list[Tok], i: int, title: str) -> bool:
    """ "hi dr k \u2014", '"no, dr k, not like that"', 'miss k"': one letter after a lower-case
    honorific, then a pause or the end (not "dr s and", "ms a lot"). Round 20 (u20): a bracket
    too ("mrs t (pastoral)", "mr t (70s)"), and a lower-case word of three letters or more
    that joins nothing and is no verb of a person ("call dr v office", "the teacher ms. b
    about"; not "dr a and mr b came")."""
    if not title.islower() or covered_letter(toks[i].text):
        return False
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    if after.isalpha() and after.islower() and len(after) >= 3:
        return after not in _JOINING and after not in lexicon.VERBS_AFTER  # "mr b came"
    return after == "" or after in _LETTER_ENDS


def covered_letter(letter: str) -> bool:
    """ "a", "i": words, not initials."""
    return letter.lower() in ("a", "i")


def _apostrophed(toks: list[Tok], i: int) -> int | None:
    """The end of "o'hare", "d'arcy" (all glued, lower case) from token i, else None (and
    None for "o'clock": "i miss o'clock news")."""
    if toks[i].text not in ("o", "d") or i + 2 >= len(toks):
        return None
    mark, rest = toks[i + 1], toks[i + 2]
    glued = mark.start == toks[i].end and rest.start == mark.end
    if glued and mark.text in ("'", "\u2019") and rest.text.isalpha() and rest.text.islower():
        return rest.end if len(rest.text) >= 2 and rest.text != "clock" else None
    return None


def _hyphened(toks: list[Tok], i: int) -> int:
    """The end of "okoro-lane": a lower-case part joined by a hyphen."""
    joined = i + 2 < len(toks) and toks[i + 1].text == "-" and toks[i + 2].text.isalpha()
    if joined and toks[i + 1].start == toks[i].end and toks[i + 2].start == toks[i + 1].end:
        return toks[i + 2].end
    return toks[i].end
