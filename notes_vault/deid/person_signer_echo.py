"""Initials a note's signer rules took, again where a writer signs, and the initials signing
beside them (round 19, u19, layer "context").

A shorthand log is signed entry by entry, and the signer rules read one place each: the
note's last line, a dash before initials, an entry's end before a blank line or a dated
line. The same writer signs other entries where none of them looks ("... review 2/52. EH"
before "tel 2/52 ...", "AW / Dr Fong" on a line of its own, "MA/JL" above an entry signed
"-MA"), and the echo layer does not take two capitals again when they are also an English
word or an abbreviation ("EH", "AW", "MA", "ct"). Two readings here:

- **again where a writer signs**: two or three letters (all capitals or all lower case)
  that a signer rule took elsewhere in the note, written the same way, where a signature
  stands: the last word of a line after a full stop, "!", "?", a dash or a slash, or alone
  on it ("... sleeping better. EH"); or the first word of a line (after dashes) before a
  bracket, a slash, a comma or "+" ("AW / Dr Fong", "ct (MHST)").
- **beside a signer**: a line that holds nothing but dashes and initials joined by "/",
  ",", "+" or "&" (at most one of a few leading words: "clinicians", "staff"), one of them
  already taken as a person, and every group written the same way (all capitals or all
  lower case): the others sign with it ("MA/JL", "-- AZ / RO'C", "CLINICIANS AL, JB"). A
  typist's reference that mixes cases ("RS/bh") is left, as writers leave it, and so is a
  line where no group is a person ("PHQ/GAD", "SI/SH"), and a group that is an
  abbreviation, a credential or a role's letters ("-KS, MSW", "AM, CPN").

Not read: initials no signer rule took in the note ("JH DN" in a note that never signs
"JH" elsewhere), a word that is no initials ("Dr"), a place inside a sentence ("EH said").
One dictionary of the signers, one look at each token's neighbours and one pass per line:
linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.person_dash_signers import ROLE_WORDS
from notes_vault.deid.person_letters import abbreviation, person
from notes_vault.deid.tokens import Tok, line_firsts, starts

_ECHO = "context: initials a signer rule took, again where a writer signs ('... better. EH')"
_BESIDE = "context: initials signing beside another signer on a line of initials ('MA/JL')"
_STOPS = frozenset([".", "!", "?", "-", "/", "\u2013", "\u2014"])
_DASHES = frozenset(["-", "\u2013", "\u2014", "~", "|"])
_AFTER_FIRST = frozenset(["(", "/", ",", "+"])
_JOINS = frozenset(["/", ",", "+", "&"])
_LEADS = frozenset("clinicians clinician staff signed workers".split())
_APOSTROPHES = frozenset(["'", "\u2019"])


def find_signer_echoes(
    text: str, toks: list[Tok], chosen: list[Span], covered: bytearray
) -> list[Span]:
    """Signers' initials again where a writer signs, and those beside them (see the module)."""
    if not toks:
        return []
    at = starts(toks)
    signers = {
        text[s.start : s.end]
        for s in chosen
        if s.category == "person" and "sign" in s.reason and _initials(text[s.start : s.end])
    }
    taken = {s.start for s in chosen if s.category == "person" and s.start in at}
    firsts = line_firsts(text, toks)
    spans: list[Span] = []
    for n, first in enumerate(firsts):
        last = (firsts[n + 1] if n + 1 < len(firsts) else len(toks)) - 1
        found = _echoes(toks, first, last, signers, covered) if signers else []
        taken |= {s.start for s in found}
        spans += found + _beside(toks, first, last, taken, covered)
    return spans


def _initials(word: str) -> bool:
    """Two or three letters, all capitals or all lower case."""
    return 2 <= len(word) <= 3 and word.isalpha() and (word.isupper() or word.islower())


def _free(tok: Tok, covered: bytearray) -> bool:
    return covered.find(1, tok.start, tok.end) == -1


def _echoes(
    toks: list[Tok], first: int, last: int, signers: set[str], covered: bytearray
) -> list[Span]:
    """The line's first and last words when they are a signer's initials where one signs."""
    spans: list[Span] = []
    lead = first
    while lead < last and toks[lead].text in _DASHES:
        lead += 1
    head, tail = toks[lead], toks[last]
    signs = lead == last or toks[lead + 1].text in _AFTER_FIRST
    if signs and head.text in signers and _free(head, covered):
        spans.append(person(toks, lead, lead, _ECHO))
    ends = last > lead and toks[last - 1].text in _STOPS and toks[last - 1].end < tail.start
    if ends and tail.text in signers and _free(tail, covered):
        spans.append(person(toks, last, last, _ECHO))
    return spans


def _beside(
    toks: list[Tok], first: int, last: int, taken: set[int], covered: bytearray
) -> list[Span]:
    """Initials on a line of initials alone, beside one already taken as a person."""
    k = first
    while k <= last and toks[k].text in _DASHES:
        k += 1
    if k <= last and toks[k].text.lower() in _LEADS:
        k += 1
    groups: list[tuple[int, int]] = []
    while k <= last:
        end = k + 2 if k + 2 <= last and _clipped(toks, k) else k
        if not _initials(toks[k].text):
            return []
        groups.append((k, end))
        k = end + 1
        if k <= last:
            if toks[k].text not in _JOINS or k == last:
                return []
            k += 1
    if len(groups) < 2 or len({toks[g].text.isupper() for g, _ in groups}) != 1:
        return []
    if not any(toks[g].start in taken for g, _ in groups):
        return []
    return [
        person(toks, g, end, _BESIDE)
        for g, end in groups
        if toks[g].start not in taken
        and (end > g or not _role(toks[g].text))
        and all(_free(t, covered) for t in toks[g : end + 1])
    ]


def _role(word: str) -> bool:
    """An abbreviation, a credential or a role's letters ("MSW", "CPN"), which sign nothing."""
    return abbreviation(word) or word.lower() in lexicon.CREDENTIALS or word.lower() in ROLE_WORDS


def _clipped(toks: list[Tok], k: int) -> bool:
    """ "RO'C": initials, an apostrophe and one letter, written together."""
    mark, letter = toks[k + 1], toks[k + 2]
    return (
        mark.text in _APOSTROPHES
        and mark.start == toks[k].end
        and letter.start == mark.end
        and len(letter.text) == 1
        and letter.text.isalpha()
    )
