"""An organisation's name in brackets after a workplace noun (layer "context").

"church (Calvary Baptist)", "his old school (St Ninian's)", "EAP (Lyra)", "sorority (Delta
Sigma Theta)", "talking therapies (First Step)", and after the noun
and where it is: "the shop on Coventry Rd (Betfred)", "a warehouse in Leeds
(Ocado)". One known abbreviation alone in brackets ("school (SEN)") and generic
service names are left to other rules. Token lookups: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, lowered, vocabulary

_MAX_RUN = 4


def _span(toks: list[Tok], first: int, last: int, reason: str) -> Span:
    key = fold(" ".join(t.text for t in toks[first : last + 1] if t.text not in ",-"))
    return Span(
        toks[first].start, toks[last].end, "organisation", "context", f"context: {reason}", key
    )


# "church (Calvary Baptist)", "his old school (St Ninian's)": the name of the place just named.
_SCHEME_NOUNS = frozenset(
    # Round 22 (u22): the body that runs a scheme or a membership named before it: "EAP (Lyra)",
    # "her sorority (Delta Sigma Theta)", "talking therapies (First Step)", "supported housing
    # (Great Places)", "the label (Big Machine)", "church fund (Amish Aid)"; only a run that
    # fills the bracket and starts with no title (`_not_a_scheme`).
    "eap sorority fraternity therapies housing label fund".split()
)
_ORG_NOUNS = _SCHEME_NOUNS | frozenset(
    "church mosque temple synagogue gurdwara chapel school college uni university academy "
    "nursery gym club pub bar team employer firm company charity agency hospital practice "
    "surgery clinic shop store restaurant cafe job work workplace office factory "
    "congregation parish band choir packhouse plant depot warehouse bookies bookmaker "
    "supermarket bakery deli salon garage bank union takeaway insurer insurers landlord "
    "lender provider".split()
)
_WHERE = frozenset(["on", "in", "at", "near", "off", "by"])


def bracketed(toks: list[Tok], service_words: frozenset[str]) -> list[Span]:
    """A capitalised run in brackets right after an organisation's noun, or after the noun and
    where it is ("the shop on Coventry Rd (Betfred)")."""
    spans: list[Span] = []
    if vocabulary(toks).isdisjoint(_ORG_NOUNS):
        return spans  # no organisation's noun in the note
    lows = lowered(toks)
    for k, tok in enumerate(toks[:-2]):
        if lows[k] not in _ORG_NOUNS:
            continue
        i = _where_after(toks, k)  # "the shop on Coventry Rd (Betfred)": "(" after the place
        if i is None:
            continue
        j = i + 2
        while j < len(toks) and j - i < _MAX_RUN + 2 and _proper(toks[j].text):
            j += 1
        if (
            j > i + 2
            and not _generic(toks, i + 2, j - 1, service_words)
            and not acronym_only(toks, i + 2, j)
            and not (lows[k] in _SCHEME_NOUNS and _not_a_scheme(toks, i + 2, j))
        ):
            reason = f"a capitalised name in brackets after '{tok.text.lower()}'"
            spans.append(_span(toks, i + 2, j - 1, reason))
    return spans


def _where_after(toks: list[Tok], k: int) -> int | None:
    """The token before "(" when it follows the noun at k, straight away or after a short
    place phrase ("on Coventry Rd", "in Leeds"); None when no "(" follows so."""
    if toks[k + 1].text == "(":
        return k
    if toks[k + 1].text not in _WHERE:
        return None
    for i in range(k + 2, min(k + 6, len(toks) - 2)):
        if toks[i + 1].text == "(":
            return i
        word = toks[i].text
        if not (is_capitalised(word) or word.isdecimal() or word == "."):
            return None
    return None


def _not_a_scheme(toks: list[Tok], start: int, end: int) -> bool:
    """After a scheme's noun, a run that does not fill the bracket ("(This mailbox ...)"),
    starts with a title ("EAP (Sgt. Alvarado)") or is one word before a number ("(Section
    21)"): no body's name."""
    if end >= len(toks) or toks[end].text not in (")", ","):
        return True
    return toks[start].text in lexicon.TITLES or toks[start].text.lower() in lexicon.TITLES


def acronym_only(toks: list[Tok], start: int, end: int) -> bool:
    """One known abbreviation ("school (SEN)"): left to the acronym rules."""
    return end - start == 1 and toks[start].text.isupper()


def _proper(word: str) -> bool:
    return is_capitalised(word) and word not in lexicon.NOT_NAMES


def _generic(toks: list[Tok], first: int, last: int, service_words: frozenset[str]) -> bool:
    words = [t.text.lower() for t in toks[first : last + 1] if t.text[:1].isalpha()]
    return all(w in service_words or w == "s" for w in words)
