"""Speakers' labels opening the lines of a thread, minutes or a transcript (round 7, p8).

Peer supervision minutes, a pasted text thread or a verbatim exchange give each line its
speaker: "jen: client k has a dog", "Dimple: please keep me out of this", "Bhavna: same
thing". A line opened by a word and a colon is a speaker when the word is a given name in
a gazetteer and no English word ("Siobhan:", "Dimple" is English), or when the same word
opens two lines or more as a label and is no English word, or a given name that is also
one ("jen:", "mo:", "Will:" twice). A line stamped with a time names its speaker whatever
the word, a given name that is also English included ("Summer 00:24: ok", "[21:04] Jade:
u ok?"); so does an e-mail header's one-word sender or recipient ("From: jade").

Near misses stay: a field's label ("Plan:", "Risk:", "Mood:", "Next:", "Client:", "Me:",
"T:", "C:", "S:"), a relation ("Mum:"), an abbreviation ("GP:", "SW:", "PMH:"), an English
word used once ("Summary:", "Hope:" once), a calendar's keys in capitals ("DTSTART:").
One pass over the tokens: linear.
"""

from __future__ import annotations

from collections import Counter

from notes_vault.deid import lexicon, person_words
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, line_firsts

_FIELDS = frozenset(
    "plan risk mood note notes next action actions present absent apologies client clients "
    "therapist counsellor counselor clinician pt patient me you dx hx sx meds subject re from "
    "to cc bcc sent date time summary update attendees agenda item items outcome goal goals "
    "intervention response assessment history presentation formulation supervisor "
    "supervisee facilitator chair minutes all group team staff nurse doctor dr gp "
    "texter".split()  # c11: the crisis text line's label for the person texting
)
_REASON = "context: a speaker's label opening a line"
_MIN_LABELS = 2


def find_speakers(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Words opening lines before a colon that name a speaker (see the module)."""
    spans = _timed_and_headed(text, toks, covered)
    firsts = line_firsts(text, toks)
    labels = [k for k in firsts if k + 2 < len(toks) and _label_at(text, toks, k)]
    if not labels:
        return spans
    counts = Counter(fold(toks[k].text) for k in labels)
    for k in labels:
        word = toks[k].text
        key = fold(word)
        if covered.find(1, toks[k].start, toks[k].end) != -1 or not _speaker(word, counts[key]):
            continue
        spans.append(Span(toks[k].start, toks[k].end, "person", "context", _REASON, key))
    return spans


def _label_at(text: str, toks: list[Tok], k: int) -> bool:
    """Token k (opening a line) has a colon glued to it and the line goes on."""
    colon, after = toks[k + 1], toks[k + 2]
    return (
        colon.text == ":"
        and colon.start == toks[k].end
        and "\n" not in text[colon.end : after.start]
    )


def _speaker(word: str, count: int) -> bool:
    low = word.lower()
    if not word.isalpha() or len(word) < 2 or low in _FIELDS or low in lexicon.PERSON_CUES:
        return False
    if _abbreviation(word) or word.title() in lexicon.NOT_NAMES:
        return False
    if person_words.is_kin(word) or person_words.is_title(word):
        return False
    english = low in lexicon.common_words()
    given = word.title() in lexicon.first_names()
    if word.isupper() and len(word) > 3 and not given:
        return False  # "DTSTART:", "SUMMARY:" in a pasted calendar entry
    if given and not english:
        return True
    return count >= _MIN_LABELS and (not english or word.title() in lexicon.census_first_names())


def _timed_and_headed(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """A thread's line "Summer 00:24: ok", "[21:04] Jade: u ok?", and an e-mail header's
    one-word sender or recipient "From: jade" (a given name, also an English one)."""
    spans: list[Span] = []
    for k in line_firsts(text, toks):
        if k + 1 >= len(toks):
            continue
        j = _after_time(toks, k) if toks[k].text == "[" else k
        word = toks[j].text if j < len(toks) else ""
        timed = j != k and j + 1 < len(toks) and toks[j + 1].text == ":"
        timed = timed or (j == k and _after_time(toks, k + 1) != k + 1 and _colon(toks, k))
        headed = word.lower() in _HEADERS and j + 2 < len(toks) and toks[j + 1].text == ":"
        if headed and _alone_on_line(text, toks, j + 2):
            j, timed = j + 2, True
        if timed and j < len(toks) and thread_name(toks[j].text):
            tok = toks[j]
            if covered.find(1, tok.start, tok.end) == -1:
                spans.append(Span(tok.start, tok.end, "person", "context", _REASON, fold(tok.text)))
    return spans


_HEADERS = frozenset(["from", "to", "cc", "bcc"])


def _after_time(toks: list[Tok], k: int) -> int:
    """The token after "[21:04]" or "21:04" opening at k (k itself if no time is there)."""
    j = k + (toks[k].text == "[") if k < len(toks) else k
    if j + 2 >= len(toks) or not (toks[j].text.isdigit() and toks[j + 1].text == ":"):
        return k
    if not toks[j + 2].text.isdigit():
        return k
    j += 3
    if j < len(toks) and toks[j].text == "]":
        j += 1
    return j


def _colon(toks: list[Tok], k: int) -> bool:
    """ "Summer 00:24:": the colon right after the time that follows token k."""
    j = _after_time(toks, k + 1)
    return j < len(toks) and toks[j].text == ":"


def _alone_on_line(text: str, toks: list[Tok], j: int) -> bool:
    return j + 1 >= len(toks) or "\n" in text[toks[j].end : toks[j + 1].start]


def thread_name(word: str) -> bool:
    """A name a thread or header gives: a given name (an English one too) or no English word."""
    low = word.lower()
    if not word.isalpha() or len(word) < 2 or low in _FIELDS or low in lexicon.PERSON_CUES:
        return False
    if person_words.is_kin(word) or _abbreviation(word):
        return False
    return word.title() in lexicon.census_first_names() or low not in lexicon.common_words()


def _abbreviation(word: str) -> bool:
    """A role or service's letters ("GP", "SW"; u14: "PWP", "IDVA", "DSL" label a role's
    line in a webchat transcript, "[14:03] PWP: Thanks", and name no one)."""
    return lexicon.listed_abbreviation(word)
