"""Initials standing for a person in running text and in lists (layer "context", p7).

- before a verb of saying or doing only a person does: "KM said quietly", "TO said
  'that's massive'", "JS-W agreed", "AB reported"; after "per" at a clause's end: "per AB,";
- a list of three or more initials, or two or more after a register's label (attendees,
  apologies, members, DNA), brackets allowed after each: "BG, AK, DM, JS-W, TO, RH",
  "Present: JS (chair), Bev O'Neill, SW; apologies KT";
- one capital and a full stop standing for a person, before an age in brackets or a verb
  ("J. (11) and K. (7)", "after which J. smashed a window", "(B. - he wouldn't").

Near misses stay: a clinical, everyday or service abbreviation in the same place ("GP said",
"OT agreed", "per NICE", "HTN, DM, CKD", "CBT, DBT, ACT"), letters in a line of capitals,
"Plan B.", "vitamin D. started", "Hep C. Seen".

The cues are found in the note's vocabulary or by `str.find` first; each rule then reads a
few tokens around one: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.person_initials import _NOT_INITIALS, _ROLES
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, lowered, vocabulary

_SAYS = frozenset(
    "said says asked replied reported added noted agreed disagreed told wondered shared "
    "disclosed explained suggested laughed cried felt feels thinks thought wrote texted "
    "emailed messaged rang phoned described admitted denied stated states reflected "
    "offered challenged smiled nodded arrived left joined declined spoke interrupted "
    "responded commented "
    # round 13 (lead): what a supervisee does in a supervision log ("GR noticed", "R finds")
    "noticed notices recognised recognized finds wonders wants wanted realised realized "
    "acknowledged worried decided knows believes hoped prefers chose unsure".split()
)
_REGISTERS = frozenset(
    "present attendees attending attended attendance members apologies apols dna absent "
    "facilitators invited".split()
)
_BARE_REGISTERS = frozenset(["apologies", "apols"])
_BEFORE_LONE = frozenset(
    "which and then that when while but because so as after before with told asked where "
    "until since or ( , ; by".split()
)
# Roles written as letters that no abbreviation list here holds ("the DSL told", "CSW").
_ROLE_LETTERS = frozenset(
    "DSL DDSL CSW SSW PCSO DSO SAO IDVA ISVA ESW EWO FLO PSA LAC CLA CP CIN TAC LADO HOY "
    "HOD AHT DHT SLT SMT PCN ANP ACP CNS HCA OPD CM CHW DCS DI DS DCI PC RMO RC MHO AC "
    "SHO SPR FY PGY".split()
)
_SEPARATORS = frozenset([",", ";", "&", "and"])
_MAX_LIST = 20
_AROUND = 120
_REASON_SAYS = "context: initials before a person's verb"
_REASON_LIST = "context: initials in a list of people"
_REASON_LONE = "context: an initial with a full stop standing for a person"


def find_letters(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Initials standing for a person (see the module), over no covered character."""
    words = vocabulary(toks)
    lows = lowered(toks)
    spans: list[Span] = []
    if not words.isdisjoint(_SAYS) or "per" in words:
        spans += _before_verbs(text, toks, lows)
    spans += _lists(text, toks, lows)
    if ". " in text or ".(" in text:
        spans += _lone(toks, lows)
    return [s for s in spans if covered.find(1, s.start, s.end) == -1]


def letters_at(toks: list[Tok], k: int, *, known: bool = False) -> int | None:
    """The last token of initials opening at k ("KM", "JS-W", "LR-B"), or None; a known
    abbreviation ("DM", "GP") counts only with `known`."""
    if k >= len(toks):
        return None
    word = toks[k].text
    if not (2 <= len(word) <= 3 and word.isalpha() and word.isupper()):
        return None
    if not known and abbreviation(word):
        return None
    if len(word) == 3 and not known and word.lower() in lexicon.common_words():
        return None  # "NOT", "SEE", "MAR" (not "TO said", "KM")
    last = k
    if k + 2 < len(toks) and toks[k + 1].text == "-" and toks[k + 1].start == toks[k].end:
        tail = toks[k + 2].text
        if 1 <= len(tail) <= 2 and tail.isalpha() and tail.isupper():
            last = k + 2
    return last


def abbreviation(word: str) -> bool:
    """A clinical or service abbreviation, a role's letters or a word no initials stand for."""
    return (
        word in lexicon.ABBREVIATIONS
        or word in lexicon.NOT_NAMES
        or word in _NOT_INITIALS
        or word.lower() in _ROLES
        or word in _ROLE_LETTERS
    )


def _before_verbs(text: str, toks: list[Tok], lows: list[str]) -> list[Span]:
    """ "KM said", "JS-W agreed", "per AB,"."""
    spans: list[Span] = []
    for i, low in enumerate(lows):
        if low in _SAYS and toks[i].text.islower() and i > 0:
            k = i - 3 if i > 2 and toks[i - 2].text == "-" else i - 1
            last = letters_at(toks, k)
            if last == i - 1 and _opens_item(toks, k) and mixed(text, toks, k):
                spans.append(person(toks, k, last, _REASON_SAYS))
        elif low == "per" and toks[i].text in ("per", "Per"):
            last = letters_at(toks, i + 1)
            after = toks[last + 1].text if last is not None and last + 1 < len(toks) else "."
            if last is not None and not after.isalnum() and mixed(text, toks, i + 1):
                spans.append(person(toks, i + 1, last, _REASON_SAYS))
    return spans


def _opens_item(toks: list[Tok], k: int) -> bool:
    """No capitalised word right before (not "Acme UK said", "Dr JS" is the title rule's),
    nor a determiner ("the DSL told": a role)."""
    before = toks[k - 1].text if k > 0 else ""
    if before.isdigit():
        return False  # "step 2 GSH offered": a treatment
    return not (before[:1].isupper() and before.isalpha()) and before not in lexicon.DETERMINERS


def mixed(text: str, toks: list[Tok], k: int) -> bool:
    """More words around are in lower case than in capitals (words of four letters or more:
    initials do not count), so letters in a text of capitals are left."""
    around = text[max(0, toks[k].start - _AROUND) : toks[k].end + _AROUND].split()
    lower = sum(w.islower() for w in around)
    return lower >= sum(w.isupper() and sum(ch.isalpha() for ch in w) >= 4 for w in around)


def _lists(text: str, toks: list[Tok], lows: list[str]) -> list[Span]:
    """Runs of initials joined by commas or semicolons (see the module)."""
    spans: list[Span] = []
    shaped = [k for k, tok in enumerate(toks) if 2 <= len(tok.text) <= 3 and tok.text.isupper()]
    k = 0
    for start in shaped:
        if start < k or letters_at(toks, start) is None:
            continue
        found, k = _run(toks, start)
        if not found:
            continue
        plain = [(a, b) for a, b in found if not abbreviation(toks[a].text)]
        label = _register(text, toks, lows, found[0][0]) and _listed(toks, found, plain)
        if not (len(plain) >= 3 or (label and plain)) or not mixed(text, toks, found[0][0]):
            continue
        if len(plain) >= 2 * (len(found) - len(plain)):  # "BG, AK, DM, JS-W": DM too
            plain = found
        spans += [person(toks, a, b, _REASON_LIST) for a, b in plain]
    return spans


def _listed(toks: list[Tok], found: list[tuple[int, int]], plain: list[tuple[int, int]]) -> bool:
    """Two items or more, or one ending its item ("DNA: LP (texted)", "Apologies: KT."; not
    "Present: AB only.": one abbreviation in a sentence)."""
    if len(plain) >= 2:
        return True
    end = found[-1][1] + 1
    return end >= len(toks) or toks[end].text in ("(", ",", ";", ".", ")")


def _run(toks: list[Tok], k: int) -> tuple[list[tuple[int, int]], int]:
    """Initials from token k on, each optionally followed by a bracket, joined by separators."""
    found: list[tuple[int, int]] = []
    first = k
    while k < len(toks) and len(found) < _MAX_LIST:
        last = letters_at(toks, k, known=True)
        if last is None or (last + 1 < len(toks) and toks[last + 1].text == ":"):
            break  # "DNA:" opens the next list
        found.append((k, last))
        k = last + 1
        if k < len(toks) and toks[k].text == "(":
            close = next((j for j in range(k + 1, min(k + 8, len(toks))) if toks[j].text == ")"), 0)
            k = close + 1 if close else k
        if k >= len(toks) or toks[k].text.lower() not in _SEPARATORS:
            break
        k += 1
    return found, max(k, found[-1][1] + 1 if found else first + 1)


def _register(text: str, toks: list[Tok], lows: list[str], k: int) -> bool:
    """A register's label and a colon ("Present:", "DNA:") or "apologies" earlier on the
    same line, the list opening right after it or after a comma or semicolon."""
    if k == 0 or (toks[k - 1].text not in (":", ",", ";") and lows[k - 1] not in _REGISTERS):
        return False
    line = text.rfind("\n", 0, toks[k].start)
    j = k - 1
    while j >= 0 and j >= k - 30 and toks[j].start > line:
        labelled = toks[j + 1].text == ":"
        if lows[j] in _REGISTERS and (labelled or lows[j] in _BARE_REGISTERS):
            between = text[toks[j].end : toks[k].start]
            return between.count("(") == between.count(")")  # not "Tom (wife Ann, FTD)"
        j -= 1
    return False


def _lone(toks: list[Tok], lows: list[str]) -> list[Span]:
    """ "J. (11)", "after which J. smashed", "(B. - he": one capital and a full stop."""
    spans: list[Span] = []
    for k in range(len(toks) - 2):
        word = toks[k].text
        if len(word) != 1 or not word.isupper() or toks[k + 1].text != ".":
            continue
        before = lows[k - 1] if k else "."
        if toks[k + 1].start != toks[k].end or not (before in _BEFORE_LONE or before in ".\n"):
            continue
        nxt, after = toks[k + 2], toks[k + 3].text if k + 3 < len(toks) else ""
        aged = nxt.text == "(" and after.isdigit() and len(after) <= 2
        acts = nxt.text.islower() and (nxt.text in _SAYS or _past(nxt.text))
        aside = nxt.text in ("-", "\u2013", "\u2014") and lows[k - 1] == "("
        if aged or acts or aside:
            spans.append(person(toks, k, k + 1, _REASON_LONE))
    return spans


def _past(word: str) -> bool:
    """A past-tense verb by its ending ("smashed"; "hid" is not caught)."""
    return len(word) > 4 and word.endswith("ed")


def person(toks: list[Tok], first: int, last: int, reason: str) -> Span:
    key = fold("".join(t.text for t in toks[first : last + 1] if t.text not in ("-", ".")))
    return Span(toks[first].start, toks[last].end, "person", "context", reason, key)
