"""Alcoholics and Narcotics Anonymous named by their letters (layer "context", issue 13,
round 17, helper o17).

The corpus README labels mutual-help fellowships as organisations from the eleventh batch
on ("attends AA at St Anne's", "NA sponsor: Tina", "AA (Zoom) w/ sponsor"); earlier
batches often left them. "AA" and "NA" are also "African American" ("40 yo AA M"), "not
available" ("TC, NA."), battery sizes ("(AA)"), a grade ("A*AA"), a minor league, sodium
("NA 131") and a firm's region ("Toyota NA"), so the letters alone say nothing. They are
read as the fellowship when a word of the fellowship's use is beside them:

- before, in the three words: going or belonging ("attends", "goes to", "went to",
  "restarted", "joined", "through", "via", "back to");
- after: a meeting, a sponsor, a chip, a home group, a place or time of meeting ("at",
  "in", "every", "daily", "(Zoom)"), or the other fellowship ("AA/NA").

Not before a number, a sex letter or a race word ("NA 131", "AA M", "AA female"), nor
after "A*" or another grade letter. Token lookups around each "AA" or "NA": linear.
"""

from __future__ import annotations

from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered

_LETTERS = frozenset(["AA", "NA"])
_BEFORE = frozenset(
    "attends attend attended attending goes go going went restarted joined rejoined "
    "through via to started starting".split()
)
_AFTER = frozenset(
    "meeting meetings mtg mtgs sponsor sponsors sponsorship chip chips home group groups "
    "at in every daily nightly weekly twice step steps literature big book".split()
)
_NOT_AFTER = frozenset("m f male female man woman men women pt patient".split())


def find_fellowships(toks: list[Tok]) -> list[Span]:
    """ "AA" and "NA" beside a word of the fellowship's use (see the module)."""
    if not any(tok.text in _LETTERS for tok in toks):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for k, tok in enumerate(toks):
        if tok.text not in _LETTERS or _not_fellowship(toks, lows, k):
            continue
        cue = _cue(toks, lows, k)
        if cue:
            reason = f"context: a fellowship's letters beside '{cue}'"
            key = "alcoholics anonymous" if tok.text == "AA" else "narcotics anonymous"
            spans.append(Span(tok.start, tok.end, "organisation", "context", reason, key))
    return spans


def _not_fellowship(toks: list[Tok], lows: list[str], k: int) -> bool:
    """A number, sex or race word after ("NA 131", "AA M"), a grade mark before ("A*AA")."""
    if k + 1 < len(toks) and (toks[k + 1].text[:1].isdigit() or lows[k + 1] in _NOT_AFTER):
        return True
    return k > 0 and toks[k - 1].end == toks[k].start and toks[k - 1].text not in "(/"


def _cue(toks: list[Tok], lows: list[str], k: int) -> str:
    """The word beside token k that says the fellowship is meant, or ""."""
    for j in range(max(0, k - 3), k):
        if lows[j] in _BEFORE and not (lows[j] == "to" and j + 1 < k):
            return toks[j].text
    nxt = lows[k + 1] if k + 1 < len(toks) else ""
    if nxt in _AFTER:
        return toks[k + 1].text
    if nxt == "/" and k + 2 < len(toks) and toks[k + 2].text in _LETTERS:
        return "/"  # "AA/NA"
    if nxt == "(" and k + 2 < len(toks) and toks[k + 2].text[:1].isalpha():
        return "("  # "AA (Zoom)", "AA (SPANISH)"
    if k > 1 and toks[k - 1].text == "/" and toks[k - 2].text in _LETTERS:
        return "/"
    return ""
