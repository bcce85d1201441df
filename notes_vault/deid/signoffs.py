"""Layer "context": the writer's name signing a note before a credential.

A note ends with who wrote it: "R. Achebe, PhD", "W. Hummingbird, CADC", "jm lcsw",
"-kb lcsw", "t. mensah-boateng pmhnp-bc", "A. Tran, LPC-I / W. Hummingbird, CADC", "k.
fields, lcsw" (an initial and a stop open the line: English words after them are a name). The
words between the start of the line (or a "/" between two signers, or a dash) and a
credential that ends the line or the signer are the writer's name: at most four words,
initials or names, none of them a sentence's words (a lower-case English word stops it
unless it is an initial).

And with no credential, at the very end of a note: initials alone on the last line ("dw",
"JB."), initials before a date ("MO, 02.12.26"), or a name after a dash ending the last line
("Thanks Priti!! - Ceri").

One pass over the tokens, a few back from each credential: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised

_MAX_WORDS = 4
_JOINS = frozenset([".", "-", "'", "\u2019"])
_STARTS = frozenset(["/", "-", "\u2014", "\u2013", "|", ":", "\u00b7"])
_REASON = "context: a name signing a line before a credential ('R. Achebe, PhD')"


def find_signoffs(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Names signing a line before a credential (see the module)."""
    spans: list[Span] = []
    for i, tok in enumerate(toks):
        if not _credential(tok.text) or i == 0 or not _ends_signer(text, toks, i):
            continue
        if tok.text.lower() in lexicon.common_words() and toks[i - 1].text != ",":
            continue  # "PT TO DO": a word, not the credential "DO"
        k = i - 1 - (toks[i - 1].text == ",")
        first = _name_start(text, toks, k)
        if first is None:
            continue
        start, end = toks[first].start, toks[k].end
        if covered.find(1, start, end) == -1:
            spans.append(Span(start, end, "person", "context", _REASON, fold(text[start:end])))
    return spans


def _credential(word: str) -> bool:
    """ "PhD", "lcsw", "LPC" of "LPC-I" (the tokenizer splits at the hyphen)."""
    return word in _SPELLINGS or (word[:1].isupper() and word.lower() in lexicon.CREDENTIALS)


# Every credential as notes write it: lower case, capitals, and mixed ("PhD") via lower().
_SPELLINGS = lexicon.CREDENTIALS | {c.upper() for c in lexicon.CREDENTIALS}


# The most tokens a run of credentials takes ("MD, PhD, MRCPsych, FRCPsych" is 7): the
# walk stops there, so a note of nothing but credentials is linear, not quadratic.
_MAX_RUN = 12


def _ends_signer(text: str, toks: list[Tok], i: int) -> bool:
    """The credential ends the line, or another signer follows after "/" or "|"."""
    j = i + 1
    while (
        j < len(toks)
        and j - i <= _MAX_RUN
        and "\n" not in text[toks[j - 1].end : toks[j].start]
        and (toks[j].text in ("-", ",") or _credential(toks[j].text) or toks[j - 1].text == "-")
    ):
        j += 1  # "LPC-S", "pmhnp-bc", "LCSW, LCADC"
    if j >= len(toks) or "\n" in text[toks[j - 1].end : toks[j].start]:
        return True
    return j - i <= _MAX_RUN and toks[j].text in ("/", "|")


def _opens(text: str, mark: Tok) -> bool:
    """A mark that opens a signer ("/ W. Hummingbird", "-kb"), not a hyphen inside a name."""
    return mark.text in _STARTS and (mark.start == 0 or text[mark.start - 1].isspace())


def _name_start(text: str, toks: list[Tok], k: int) -> int | None:
    """The first token of the name ending at k, or None if no name stands there."""
    initialled = _initialled(text, toks, k)
    if initialled is not None:
        return initialled
    common = lexicon.common_words()
    words, j = 0, k
    while j >= 0:
        word = toks[j].text
        if word in _JOINS:
            j -= 1
            continue
        if not word.isalpha() or words == _MAX_WORDS or _credential(word):
            return None
        hyphened = j > 0 and toks[j - 1].text == "-" and toks[j - 1].end == toks[j].start
        hyphened = hyphened or (
            j < k and toks[j + 1].text == "-" and toks[j + 1].start == toks[j].end
        )
        if word.islower() and len(word) > 2 and word in common and not hyphened:
            return None  # "...and spoke to the lcsw": a sentence, not a signature
        words += 1
        before = toks[j - 1] if j > 0 else None
        if before is None or "\n" in text[before.end : toks[j].start] or _opens(text, before):
            break
        if before.text not in _JOINS and before.end == toks[j].start:
            return None
        j -= 1
    return j if words else None


def _initialled(text: str, toks: list[Tok], k: int) -> int | None:
    """The line's first token when the line is an initial, a stop and one to three words
    ending at k ("k. fields, lcsw", "r. high elk, lcsw", round 17): the initial makes the
    words a name even when they are English words, as lower-case typing signs."""
    j = k
    while j >= 1 and k - j < 3 and toks[j].text.isalpha() and len(toks[j].text) > 1:
        if "\n" in text[toks[j - 1].end : toks[j].start]:
            return None  # the words open their line: no initial before them
        j -= 1
    if j == k or j < 1 or toks[j].text != "." or toks[j].end != toks[j + 1].start - 1:
        return None  # no words, or no "x. " before them
    initial = toks[j - 1]
    starts = j - 1 == 0 or "\n" in text[toks[j - 2].end : initial.start]
    return j - 1 if starts and len(initial.text) == 1 and initial.text.isalpha() else None


_LAST_MARKS = frozenset(["-", "\u2014", "\u2013"])
_MAX_INITIALS = 3
# Words of a chat or a memo that end a note and sign nothing.
_CHAT = frozenset("ok okay ta ty thx np nb ps tbc tba fyi asap lol xx xxx pto eod eom".split())


def find_last_signer(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Initials or a name signing the note's last line with no credential (see the module)."""
    end = len(toks)
    while end > 0 and toks[end - 1].text in (".", "!"):
        end -= 1
    if end == 0:
        return []
    first = end - 1
    while first > 0 and "\n" not in text[toks[first - 1].end : toks[first].start]:
        first -= 1  # the last line's first token
    k = _signer_at(toks, first, end)
    if k is None or covered.find(1, toks[k].start, toks[k].end) != -1:
        return []
    reason = "context: a name or initials signing the note's last line"
    return [Span(toks[k].start, toks[k].end, "person", "context", reason, fold(toks[k].text))]


def _signer_at(toks: list[Tok], first: int, end: int) -> int | None:
    """The token signing the last line toks[first:end], or None."""
    word = toks[first].text
    common = lexicon.common_words()
    size = word.isalpha() and 2 <= len(word) <= _MAX_INITIALS and word.lower() not in _CHAT
    lower = word.islower() and word not in common
    upper = word.isupper() and word not in lexicon.ABBREVIATIONS
    if size and (lower or upper):
        dated = (
            end - first > 1 and toks[first + 1].text == "," and toks[end - 1].text[:1].isdecimal()
        )
        if end - first == 1 or dated:
            return first  # "dw", "JB", "MO, 02.12.26"
    last = toks[end - 1].text
    dash = end - 2 >= first and toks[end - 2].text in _LAST_MARKS
    dash = dash and toks[end - 2].start > toks[end - 3].end if end - 3 >= 0 else dash  # not "-BC"
    if dash and is_capitalised(last) and last.isalpha() and last.lower() not in common:
        return end - 1  # "Thanks Priti!! - Ceri"
    return None
