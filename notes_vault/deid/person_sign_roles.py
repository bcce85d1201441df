"""The writer signing a note's last line by initials or a short name, with or without a job
(layer "context", round 10, u10).

p8's signers refuse two capitals that are also an abbreviation when alone on the last line
("CP", "AM", "LT", "AF-L"), and read no job after the initials. A note's last line (or its
last piece after a spaced dash or bar) that holds only these signs the note:

- two capitals alone, or initials with a hyphen or full stops: "CP", "LT", "AF-L", "r.m.",
  "| JP", "- cm" (not a memo word or a closing: "OK", "NB", "GP", "NFA", "ok", "tbc");
- initials, a short lower-case given name, or a given name and an initial, then a job: "jt
  psych", "conor PWP", "HR counsellor", "Tom P., EAP counsellor", "AH (YAS staff
  psychologist)", "deb (family support, Ladybrook Children's Centre)", "AK (PMHT, SABP)"
  (a bracket of a team's capitals). Not "Plan (psychology)", "see psych", "GP letter",
  "Risk: low": the first word must be initials or a given name no dictionary holds.

Only the note's last line is read: constant work beyond finding it.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.person_letters import abbreviation
from notes_vault.deid.person_roles import _JOBS
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok

_MAX_LINE = 16
_MAX_TAIL = 12
_CUTS = frozenset(["-", "|", "\u2013", "\u2014"])
# Role shorthand a signer writes after their initials that the job list lacks.
_ROLE_WORDS = _JOBS | frozenset(
    "psych pwp hiw cbt cpn sw ot camhs ldn imhp amhp idva isva ews sls psychol clin "
    "cp mhp hcp nurse dr hi".split()
)
# Two capitals or a lower-case word that end a note and sign nothing.
_NOT_SIGNERS = frozenset(
    "OK NB PS GP UK NA TBC TBA NFA DNA FYI PTO END EOD RIP ASAP CC BCC RE FW FWD PT OT SW "
    "ok nb ps tbc tba nfa dna fyi end eod xx xxx lol thx ty ta na cc re fw pt ot am pm".split()
)
_INNER = frozenset([",", "-", ".", "'", "\u2019", "&", ";", "/"])  # inside a job's bracket
_REASON_ALONE = "context: initials alone signing the note's last line"
_REASON_JOB = "context: a signer and their job on the note's last line"


def find_sign_roles(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """The signer of the note's last line (see the module), over no covered character."""
    end = len(toks)
    if end == 0:
        return []
    first = end - 1
    while first > 0 and "\n" not in text[toks[first - 1].end : toks[first].start]:
        if toks[first].text in _CUTS and _spaced(toks, first):
            break  # "... next 4/52. - cm": the line's last piece
        first -= 1
        if end - first > _MAX_LINE:
            return []
    cut = toks[first].text in _CUTS and _spaced(toks, first)
    span = _signed(toks, first + 1 if cut else first, end, cut=cut)
    if span is None or covered.find(1, span.start, span.end) != -1:
        return []
    return [span]


def _spaced(toks: list[Tok], k: int) -> bool:
    """A mark with a space (or the line's start) before it and a space after it."""
    before = k == 0 or toks[k - 1].end < toks[k].start
    return before and k + 1 < len(toks) and toks[k + 1].start > toks[k].end


def _signed(toks: list[Tok], a: int, end: int, *, cut: bool) -> Span | None:
    """The signer opening toks[a:end] when the rest is nothing or a job; after a dash (`cut`)
    two small letters that are also a word sign too ("- cm")."""
    if a >= end:
        return None
    last = _initials(toks, a, end, cut=cut)
    if last is not None:
        return _initials_signing(toks, a, last, end)
    last = _given(toks, a, end)
    english = toks[a].text.lower() in lexicon.common_words()
    if english and (last is None or last + 1 >= end or toks[last + 1].text != "("):
        return None  # "deb (family support, ...)", but not "Will psych"
    if last is not None and _job_tail(toks, last + 1, end):
        return _person(toks, a, last, _REASON_JOB)
    return None


def _initials_signing(toks: list[Tok], a: int, last: int, end: int) -> Span | None:
    """Initials toks[a:last+1], alone at the line's end (a full stop allowed) or before a
    job."""
    rest = last + 1
    word = toks[a].text
    if word in _NOT_SIGNERS or (len(word) > 2 and abbreviation(word.upper())):
        return None  # "NHS", "CBT", "ok"
    if rest == end or (rest + 1 == end and toks[rest].text == "."):
        return _person(toks, a, last, _REASON_ALONE)
    return _person(toks, a, last, _REASON_JOB) if _job_tail(toks, rest, end) else None


def _initials(toks: list[Tok], a: int, end: int, *, cut: bool) -> int | None:
    """The last token of initials at a: "CP", "jt", "AF-L", "r.m."."""
    word = toks[a].text
    if len(word) == 1:
        dotted = a + 2 < end and toks[a + 1].text == "." and len(toks[a + 2].text) == 1
        if dotted and word.isalpha() and toks[a + 2].text.isalpha() and _glued(toks, a, a + 2):
            closed = a + 3 < end and toks[a + 3].text == "." and _glued(toks, a + 2, a + 3)
            return a + 3 if closed else a + 2  # "r.m.", "R.M"
        return None
    if not (word.isalpha() and 2 <= len(word) <= 3 and (word.isupper() or word.islower())):
        return None
    if word.islower() and word in lexicon.common_words() and not (cut and len(word) == 2):
        return None  # "see", "ask"; but "- cm"
    hyphened = a + 2 < end and toks[a + 1].text == "-" and _glued(toks, a, a + 2)
    if hyphened and toks[a + 2].text.isupper() and len(toks[a + 2].text) <= 2:
        return a + 2  # "AF-L"
    return a


def _given(toks: list[Tok], a: int, end: int) -> int | None:
    """A given name no dictionary holds ("conor", "deb"), with an initial after it ("Tom
    P."): the last token, or None."""
    word = toks[a].text
    if not word.isalpha() or len(word) < 3 or not (word.islower() or word.istitle()):
        return None
    if word.title() not in lexicon.first_names():
        return None
    k = a
    if k + 1 < end and len(toks[k + 1].text) == 1 and toks[k + 1].text.isupper():
        k += 1
        if k + 1 < end and toks[k + 1].text == "." and _glued(toks, k, k + 1):
            k += 1
    return k


def _job_tail(toks: list[Tok], k: int, end: int) -> bool:
    """toks[k:end] is a job: after a comma, dash or bracket or straight on, words whose first
    or last (before a comma in a bracket) is a job; or a bracket of a team's capitals."""
    read = _tail_words(toks, k, end)
    if read is None:
        return False
    words, bracket = read
    lows = [w.lower() for w in words]
    if lows[0] in _ROLE_WORDS or lows[-1] in _ROLE_WORDS:
        return True
    if any(low in lexicon.CREDENTIALS for low in lows):
        return True
    return bracket and all(w.isupper() and len(w) >= 3 for w in words)  # "(PMHT, SABP)"


def _tail_words(toks: list[Tok], k: int, end: int) -> tuple[list[str], bool] | None:
    """The words of a job's tail up to its first comma, and whether it is in brackets; None
    when the line goes on past the bracket or holds more than words."""
    if k >= end or end - k > _MAX_TAIL:
        return None
    if toks[k].text in (",", "-", "\u2013", "\u2014"):
        k += 1
    bracket = k < end and toks[k].text == "("
    if bracket:
        k += 1
        close = end - 2 if toks[end - 1].text == "." else end - 1
        if toks[close].text != ")" or any(toks[j].text in "()" for j in range(k, close)):
            return None  # "CBT (therapist led) was offered": the line goes on
        if not all(toks[j].text.isalpha() or toks[j].text in _INNER for j in range(k, close)):
            return None
    elif any(toks[j].text in (",", ";", ")") for j in range(k, end)):
        return None  # "jt psych, back Monday"
    words = []
    for j in range(k, end):
        text = toks[j].text
        if text in (",", ")", ";"):
            break
        if not (text.isalpha() or text in ("-", ".", "'", "&")):
            return None
        if text.isalpha():
            words.append(text)
    return (words, bracket) if words else None


def _glued(toks: list[Tok], a: int, b: int) -> bool:
    return all(toks[j].end == toks[j + 1].start for j in range(a, b))


def _person(toks: list[Tok], first: int, last: int, reason: str) -> Span:
    key = fold("".join(t.text for t in toks[first : last + 1] if t.text not in ("-", ".")))
    return Span(toks[first].start, toks[last].end, "person", "context", reason, key)
