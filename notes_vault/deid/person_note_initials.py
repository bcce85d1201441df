"""A writer's initials in brackets after the word "note" heading an entry (round 17, lead,
layer "context").

Pasted letters and shared records mark where the clinician's own words begin: "Note (AK,
intercultural therapist): seen 14/11", "Admin note (BS): rang to confirm", "File note (OB):
phoned 26/11", "Counsellor note (LB): first visit", "Nodyn (LJ): ..." (Welsh). The brackets
after "note" hold the writer's initials, then a colon, or a comma and their job.

The word "note" (or "notes", "entry", "addendum", Welsh "nodyn") opens its line or follows
one word that does ("Admin note", "My note"); the brackets hold two or three capitals (a
stop after each allowed: "A.K.") that are on none of the engine's abbreviation lists, then
")" and ":", or "," and a word ("counsellor", "Nafsiyat intercultural therapy"). Not "Note
(CBT): ...", "Note (DNA): did not attend", "Note (PTO)", a heading with no colon or job after
it, nor a note word inside a sentence ("see the note (GP) below").

A look at the tokens after each note word: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, vocabulary

_NOTE = frozenset(["note", "notes", "entry", "addendum", "nodyn"])
_REASON = "context: a writer's initials in brackets after 'note' heading an entry ('{}')"


def find_note_initials(text: str, toks: list[Tok]) -> list[Span]:
    """Initials in brackets after a note word heading its line (see the module)."""
    spans: list[Span] = []
    if vocabulary(toks).isdisjoint(_NOTE):
        return spans  # s18: no note word at all
    for i, tok in enumerate(toks):
        if tok.text.lower() not in _NOTE or not _heads(text, toks, i):
            continue
        if i + 3 >= len(toks) or toks[i + 1].text != "(":
            continue
        k, letters = _initials(toks, i + 2)
        if not letters or k + 1 >= len(toks) or lexicon.listed_abbreviation(letters):
            continue
        after = toks[k].text
        if after == ")" and toks[k + 1].text == ":":
            pass
        elif after != "," or not toks[k + 1].text[:1].isalpha():
            continue
        first, last = toks[i + 2], toks[k - 1]
        reason = _REASON.format(tok.text)
        spans.append(Span(first.start, last.end, "person", "context", reason, letters))
    return spans


def _initials(toks: list[Tok], k: int) -> tuple[int, str]:
    """The initials starting at token k ("AK", "A.K.", "A.K") and the token after them."""
    word = toks[k].text
    if 2 <= len(word) <= 3 and word.isalpha() and word.isupper():
        return k + 1, word
    letters = ""
    while k + 1 < len(toks) and len(toks[k].text) == 1 and toks[k].text.isupper():
        if toks[k + 1].text != ".":
            break
        letters += toks[k].text
        k += 2
    if len(toks[k].text) == 1 and toks[k].text.isupper() and letters:
        letters += toks[k].text
        k += 1
    return (k, letters) if 2 <= len(letters) <= 3 else (k, "")


def _heads(text: str, toks: list[Tok], i: int) -> bool:
    """Token i opens its line, or follows one word that does ("Admin note", "My note")."""
    for k in (i, i - 1):
        if k == 0 or (k > 0 and "\n" in text[toks[k - 1].end : toks[k].start]):
            return k == i or toks[k].text[:1].isupper()
    return False
