"""A pub named where a note counts the client's drinking (layer "context", issue 13,
round 17, helper o17).

Notes record where the drinking happens: "4-5 pints most nights at the Durham Ox". A
capitalised name there is found by the engine's other cues; typed and dictated notes
write it in lower case ("ten pints at the horse and jockey", "in the kitchen bar and the
duke of york") and whole notes come in capitals ("4-5 PINTS/DAY AT THE GREY HORSE"),
where those cues are silent. A word of drinking ("pints", "drinking", "drank", "beers")
and, within the same clause, "at the", "in the" or "@ the" before a name shaped like a
pub's is read as one:

- two words joined by "and" ("horse and jockey", "crown and anchor"), or a title "of"
  a place ("duke of york", "marquis of granby");
- a name ending in a pub's head word ("kitchen bar", "railway tavern", "kings arms");
- in a line of capitals, two or three words ("THE GREY HORSE").

Not a time, a kind of place or a position ("drinking at the weekend", "in the car",
"at the same rate", "in the packing shed", "at the union bar", "the social club"): every
word of the name must be no such word (`org_lower_venues`' kinds of place, `org_lower`'s
generic words, times of day and week), the head word excepted. A lower-case name of one
word ("at the strawberry") is left: no shape says it is a name. Lists of two ("in the
kitchen bar and the duke of york") give both.

Each drinking word looks at most 12 tokens ahead, and each name at most 4 tokens: linear.
"""

from __future__ import annotations

from notes_vault.deid.model import Span
from notes_vault.deid.org_lower import GENERIC
from notes_vault.deid.org_lower_venues import KINDS
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, lowered, vocabulary

_DRINKING = frozenset(
    "pint pints drink drinks drinking drank drunk beer beers lager lagers cider ciders "
    "bevvies bevvy booze boozing cans shots".split()
)
_AT = frozenset(["at", "in", "@"])
_HEADS = frozenset("arms inn tavern bar lounge tap taproom vaults hotel alehouse".split())
# Times and positions that are never a pub's name.
_TIMES = frozenset(
    "morning mornings afternoon afternoons evening evenings night nights day days daytime "
    "week weeks weekend weekends month year time times moment end start beginning same "
    "rest first last next other local usual old new car van shed garden house flat room "
    "bedroom street streets park match game pub club bar party wedding funeral social union "
    "golf rugby cricket football working sports hotel airport station cocktail wine snooker "
    "pool karaoke village uni".split()
)
_CLAUSE_ENDS = frozenset([*".;:!?()\n", "but", "because", "then", "so", "which"])
_REACH = 12
_MAX_NAME = 4


def find_pubs(text: str, toks: list[Tok]) -> list[Span]:
    """Pubs named in lower case or capitals where the note counts drinking (see the
    module)."""
    vocab = vocabulary(toks)
    if vocab.isdisjoint(_DRINKING) or "the" not in vocab:
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    done = -1
    for c in [c for c, low in enumerate(lows) if low in _DRINKING]:
        k = max(c + 1, done)
        while k + 2 < len(toks) and k - c <= _REACH and lows[k] not in _CLAUSE_ENDS:
            if lows[k] in _AT and lows[k + 1] == "the":
                found, k = _names(text, toks, lows, k + 2)
                spans += found
                done = k
                break
            k += 1
    return spans


def _names(text: str, toks: list[Tok], lows: list[str], first: int) -> tuple[list[Span], int]:
    """The pub named from `first` and, after "and the", a second one; and where reading
    stopped."""
    spans: list[Span] = []
    while True:
        last = _name(text, toks, lows, first)
        if last < 0:
            return spans, first
        spans.append(_span(toks, first, last))
        if last + 3 < len(toks) and lows[last + 1] == "and" and lows[last + 2] == "the":
            first = last + 3
            continue
        return spans, last + 1


def _name(text: str, toks: list[Tok], lows: list[str], first: int) -> int:
    """The last token of a pub's name starting at `first`, or -1."""
    words: list[int] = []
    k = first
    while k < len(toks) and len(words) < _MAX_NAME and toks[k].text.isalpha():
        if k > first and text[toks[k - 1].end : toks[k].start] != " ":
            break
        words.append(k)
        k += 1
    written = [text[toks[w].start : toks[w].end] for w in words]
    loud = bool(written) and all(w.isupper() for w in written)
    if not words or not (loud or all(w.islower() for w in written)):
        return -1
    for end in range(len(words), 1, -1):  # the longest shape that fits
        run = [lows[w] for w in words[:end]]
        if _shaped(run, loud=loud) and (end == len(words) or _ends(lows, words[end - 1] + 1)):
            return words[end - 1]
    return -1


def _shaped(run: list[str], *, loud: bool) -> bool:
    """A pub's shape (see the module): "x and y", "x of y", a head word last, or two or
    three words in capitals; no word a time, a position or a kind of place."""
    head = run[-1] in _HEADS
    body = [w for w in (run[:-1] if head else run) if w not in ("and", "of")]
    if not body or any(w in _TIMES or w in GENERIC for w in body):
        return False
    if not head and any(w in KINDS for w in body):
        return False  # "in the car park", "AT THE BUS STOP"; "the kitchen bar" has its head
    if len(run) == 3 and run[1] in ("and", "of"):
        return True
    return head or (loud and len(run) in (2, 3) and "and" not in run)


def _ends(lows: list[str], k: int) -> bool:
    """Token k ends the name: the end, a mark, or a word that opens the rest of a clause."""
    return k >= len(lows) or not lows[k].isalpha() or lows[k] in _AFTER


_AFTER = frozenset(
    "and after with on most every each when before until because since while then daily "
    "nightly again last this yesterday tonight with or but till near by for to most "
    "weekends fridays saturdays sundays evenings nights".split()
)


def _span(toks: list[Tok], first: int, last: int) -> Span:
    run = " ".join(t.text for t in toks[first : last + 1])
    reason = "context: a pub's name after a word of drinking and 'at the'"
    return Span(toks[first].start, toks[last].end, "organisation", "context", reason, fold(run))
