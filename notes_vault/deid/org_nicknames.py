"""A venue's or workplace's nickname in quotes (layer "context", issue 13, round 5, o6).

A quoted "the" and one to three capitalised words, the quote closing right after them,
is the name people use for a place ("Warwick Road Gym, \"the Dungeon\"", "HMP Wakefield
(\"the Monster Mansion\")", "a diner on Ditmars, \"the Neptune\"", "his work (\"the
Doughnut\", as he calls it)"), when either
- it follows a comma or an opening bracket right after a capitalised name that is no
  given name, relation or title ("Mum (\"the Boss\")" and "Sam, \"the Brain\"" are
  people's nicknames, left to the person rules), or
- a verb of naming is next to it: "calls it", "call it", "called", "known as",
  "nicknamed", "aka" just before, or "as he calls it" just after.
Not a quote that goes on past the capitals ("the Lord is good"), nor one whose words
are all kinds or titles ("the Boss", "the Council").

Token lookups from each quote mark: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, lowered

_OPEN = frozenset(['"', "\u201c"])
_CLOSE = frozenset(['"', "\u201d"])
_NAMING = frozenset(["calls", "call", "called", "calling", "nicknamed", "aka", "dubbed"])
_KIN = frozenset(
    "mum mam mom mother dad father nan nana gran granny grandma grandad grandpa brother "
    "sister son daughter wife husband partner boyfriend girlfriend uncle aunt auntie cousin "
    "friend boss manager stepdad stepmum".split()
)
# Words that make the quoted name a role or a kind, not a place: "the Boss", "the Lord".
_NOT_VENUE = frozenset(
    "boss lord man woman lady kid baby boy girl one king queen devil god chief gaffer "
    "council government system state church team office".split()
)


# Places that get nicknames: "the pub everyone calls \"the Anchor\"".
_VENUES = frozenset(
    "pub bar club gym diner cafe caf\u00e9 restaurant shop store office building work works "
    "factory plant warehouse site estate block school college unit ward hospital prison jail "
    "church hall centre center park place".split()
)


def find_nickname_venues(text: str, toks: list[Tok]) -> list[Span]:
    """Quoted "the <Capitals>" nicknames of places next to a venue or a naming verb."""
    if '"' not in text and "\u201c" not in text:
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for q in [k for k, t in enumerate(toks) if t.text in _OPEN]:
        end = _quoted_the(toks, lows, q)
        if end and (_after_venue(toks, lows, q) or _named(lows, q, end)):
            words = toks[q + 2 : end]
            key = fold(" ".join(t.text for t in words))
            reason = "context: a quoted nickname ('the' and capitals) of a venue"
            spans.append(
                Span(words[0].start, words[-1].end, "organisation", "context", reason, key)
            )
    return spans


def _quoted_the(toks: list[Tok], lows: list[str], q: int) -> int:
    """The index of the closing quote after '"the' and 1-3 capitals; 0 when not so."""
    if q + 3 >= len(toks) or toks[q + 1].text != "the" or toks[q + 1].start != toks[q].end:
        return 0
    j = q + 2
    while (
        j < len(toks) and j - q - 2 < 3 and is_capitalised(toks[j].text) and toks[j].text.isalpha()
    ):
        j += 1
    if j == q + 2 or j >= len(toks) or toks[j].text not in _CLOSE:
        return 0
    if all(lows[k] in _NOT_VENUE for k in range(q + 2, j)):
        return 0
    return j


def _after_venue(toks: list[Tok], lows: list[str], q: int) -> bool:
    """'<Name>, "the ...' or '<Name> ("the ...': a capitalised name that is no person's."""
    k = q - 1
    if k < 1 or toks[k].text not in (",", "("):
        return False
    word = toks[k - 1].text
    if not (word[:1].isupper() and word.isalpha()) or lows[k - 1] in _KIN:
        return False
    if word in lexicon.TITLES or lows[k - 1] in lexicon.PERSON_CUES:
        return False
    if word in lexicon.first_names():
        return False  # "Sam, \"the Brain\"": a person's nickname
    full_name = k >= 2 and toks[k - 2].text in lexicon.first_names()
    return not (
        full_name and word in lexicon.surnames() and lows[k - 1] not in lexicon.common_words()
    )


def _named(lows: list[str], q: int, end: int) -> bool:
    """A verb of naming just before the quote with "it" or a venue noun near ("calls it",
    "the pub they call"), or "as he calls it" just after."""
    before = lows[max(0, q - 3) : q]
    naming = not _NAMING.isdisjoint(before) or ("known" in before and "as" in before)
    if naming and ("it" in before or not _VENUES.isdisjoint(lows[max(0, q - 6) : q])):
        return True
    after = lows[end + 1 : end + 6]
    return not _NAMING.isdisjoint(after) and "as" in after[:3] and "it" in after
