"""Speakers' labels opening the lines of a thread, minutes or a transcript (round 7, p8).

Peer supervision minutes, a pasted text thread or a verbatim exchange give each line its
speaker: "jen: client k has a dog", "Dimple: please keep me out of this", "Bhavna: same
thing". A line opened by a word and a colon is a speaker when the word is a given name in
a gazetteer and no English word ("Siobhan:", "Dimple" is English), or when the same word
opens two lines or more as a label and is no English word, or a given name that is also
one ("jen:", "mo:", "Will:" twice).

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
from notes_vault.deid.tokens import Tok

_FIELDS = frozenset(
    "plan risk mood note notes next action actions present absent apologies client clients "
    "therapist counsellor counselor clinician pt patient me you dx hx sx meds subject re from "
    "to cc bcc sent date time summary update attendees agenda item items outcome goal goals "
    "intervention response assessment history presentation formulation supervisor "
    "supervisee facilitator chair minutes all group team staff nurse doctor dr gp".split()
)
_REASON = "context: a speaker's label opening a line"
_MIN_LABELS = 2


def find_speakers(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Words opening lines before a colon that name a speaker (see the module)."""
    labels = [k for k in range(len(toks) - 2) if _label_at(text, toks, k)]
    if not labels:
        return []
    counts = Counter(fold(toks[k].text) for k in labels)
    spans: list[Span] = []
    for k in labels:
        word = toks[k].text
        key = fold(word)
        if covered.find(1, toks[k].start, toks[k].end) != -1 or not _speaker(word, counts[key]):
            continue
        spans.append(Span(toks[k].start, toks[k].end, "person", "context", _REASON, key))
    return spans


def _label_at(text: str, toks: list[Tok], k: int) -> bool:
    """Token k opens a line, a colon is glued to it and the line goes on."""
    if k and "\n" not in text[toks[k - 1].end : toks[k].start]:
        return False
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
    if word.upper() in lexicon.ABBREVIATIONS or word.title() in lexicon.NOT_NAMES:
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
