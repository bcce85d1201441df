"""Initials and a job closing any line after a closed sentence (round 23, u23, layer "context").

Hurried logs sign each entry where it ends, with the writer's initials and job, and the next
entry often starts with no date or blank line: "... no behaviors. g.h. RN", "... next 7/31.
kp RN", "... OH aware tomorrow w/ consent. SKw MHLP", a line "SC, HV" or "KD CN / AL SN" or
"JH DN, TAVISTOCK TEAM" under a closed sentence. The signer rules read the note's last line
(`person_sign_roles`), a dash before the initials (`person_dash_signers`), or the letters
alone or before a bracketed role at an entry's end (`person_entry_signers`); initials before
a job elsewhere were left.

Read here: the last sentence of a line (after ".", "!" or "?" and a space), or the whole line
when the line before it ends with such a mark or a closing bracket or quote, an optional
dash first, that is:

- initials: two or three letters in one case ("kp", "SC"), a capital pair with a lower-case
  letter after ("SKw"), or dotted initials ("g.h.", "N.B."), never a memo word, a dotted
  abbreviation ("a.m.", "p.r.n."), an abbreviation the people rules refuse, nor a
  three-letter English word ("art therapist");
- then an optional comma, and a job: one or two words of the signers' job list or the
  credentials ("RN", "HV", "CLDN", "PharmD", "duty worker"), then the line's end, or a
  slash or comma and at most six more words without a digit ("/ AL SN", ", TAVISTOCK TEAM").

The line must end there; a heading at the note's start ("HH SW" then the text), a job title
under a name line ("Rose Tiernan\\nCBT Therapist": no closed sentence above) and letters in
the middle of a line stay. Each line's end is looked at once, a few tokens back: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.person_dash_signers import ROLE_WORDS
from notes_vault.deid.person_entry_signers import _DOTTED, _SERVICES, _WORDS
from notes_vault.deid.person_letters import abbreviation, person
from notes_vault.deid.tokens import Tok, line_firsts

_STOPS = frozenset([".", "!", "?"])
_CLOSED = frozenset([".", "!", "?", ")", '"', "\u201d"])
_DASHES = frozenset(["-", "\u2013", "\u2014", "~"])
# Jobs and credentials a signer writes after their initials, beside the signers' list.
_JOBS = (
    ROLE_WORDS
    | frozenset(c.lower() for c in lexicon.CREDENTIALS)
    | frozenset("hv dn cn sn cldn mhlp pharmd lpn lvn psych nurse swk smw cpn".split())
)
_MAX_TAIL = 8  # words after a slash or comma ("/ AL SN", ", TAVISTOCK TEAM")
_REASON = "context: initials and a job closing a line after a closed sentence ('. kp RN')"


def find_role_signers(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Initials before a job ending a line (see the module), over no covered character."""
    if "\n" not in text and not any(t.text in _STOPS for t in toks):
        return []
    spans: list[Span] = []
    firsts = line_firsts(text, toks)
    for i, first in enumerate(firsts):
        last = (firsts[i + 1] if i + 1 < len(firsts) else len(toks)) - 1
        start = _opening(toks, first, last)
        if start is None:
            continue
        end = _initials(toks, start, last)
        if end is None or not _job_to_end(toks, end + 1, last):
            continue
        span = person(toks, start, end, _REASON)
        if covered.find(1, span.start, span.end) == -1:
            spans.append(span)
    return spans


def _opening(toks: list[Tok], first: int, last: int) -> int | None:
    """Where the line's last sentence opens after a stop and a space, or the line's first
    token (past a dash) when the line above closed its sentence; else None."""
    k = last
    while k > first and last - k < _MAX_TAIL + 6:
        before = toks[k - 1]
        stop = before.text in _STOPS and before.end < toks[k].start and k - 1 > first
        if stop and not _letter_stop(toks, k - 1):
            return k
        k -= 1
    if first == 0 or toks[first - 1].text not in _CLOSED:
        return None
    return first + 1 if toks[first].text in _DASHES and first < last else first


def _letter_stop(toks: list[Tok], k: int) -> bool:
    """The stop at k closes a dotted initial ("g.h. RN"), not a sentence."""
    letter = toks[k - 1]
    return len(letter.text) == 1 and letter.text.isalpha() and letter.end == toks[k].start


def _initials(toks: list[Tok], k: int, last: int) -> int | None:
    """The last token of initials opening at k (see the module), or None."""
    letters: list[str] = []
    j = k
    while j <= last and len(letters) < 3 and len(toks[j].text) == 1 and toks[j].text.isalpha():
        if j + 1 > last or toks[j + 1].text != "." or toks[j + 1].start != toks[j].end:
            break
        letters.append(toks[j].text)
        j += 2
    if len(letters) >= 2:
        return j - 1 if "".join(letters).lower() not in _DOTTED else None
    word = toks[k].text
    if not (2 <= len(word) <= 3 and word.isalpha()) or word.lower() in _WORDS:
        return None
    shaped = word.isupper() or word.islower() or (word[:2].isupper() and word[2:].islower())
    if not shaped or abbreviation(word) or abbreviation(word.upper()) or word.upper() in _SERVICES:
        return None
    if len(word) == 3 and word.lower() in lexicon.common_words():
        return None  # "art therapist"
    return k


def _job_to_end(toks: list[Tok], j: int, last: int) -> bool:
    """A job of one or two words from j, then the line's end or a short tail after a slash
    or comma with no digit."""
    if j <= last and toks[j].text == ",":
        j += 1
    jobs = 0
    while j <= last and jobs < 2 and toks[j].text.lower() in _JOBS:
        j += 1
        jobs += 1
    if jobs == 0:
        return False
    if j > last:
        return True
    if toks[j].text not in ("/", ",") or last - j > _MAX_TAIL:
        return False
    return all(not tok.text[:1].isdecimal() for tok in toks[j + 1 : last + 1])
