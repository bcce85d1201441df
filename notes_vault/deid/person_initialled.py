"""A lower-case initial, a full stop and a surname, as hurried notes sign and refer (round 8,
p9).

"f/u w/ therapist m. hoekstra", "clinician d. summers lpc", "sup. r. tafoya lcsw", "& c.
nguyen lcsw", "dr. m. okafor-lindh", "- t. mbeki CTRS": the capitals other rules read are
gone. One small letter, a full stop glued to it, and a lower-case word of three letters or
more (a hyphen inside allowed) are a person when

- the word is no English word and a role, title, credential or "&", "w/", "with", "per",
  "by", "to", "from", "cc" or a dash stands before the initial, or a credential follows;
- the word is English but a surname ("summers", "watts") and a role, title or credential
  stands before the initial or a credential follows.

Near misses stay: "e.g. sleep", "i.e. mood", "a.m. meds", "p.o. box", "v. tired", "approx.
time" (two letters with dots, or a longer word before the dot, or an English word with no
role beside). One pass over the tokens, a few read around each small letter: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.person_words import never_a_name
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, lowered

_BEFORE = frozenset(
    "& w with per by to from cc and - \u2013 \u2014 : ( , / re via sup supervisor".split()
)
_ROLES = (
    lexicon.PERSON_CUES
    | lexicon.CREDENTIALS
    | lexicon.TITLES
    | frozenset(
        "dr sup clinician therapist counselor counsellor provider writer author sw cm ctrs signed "
        "attending resident intern fellow".split()
    )
)
_MIN_SURNAME = 3
_REASON = "context: a lower-case initial and a surname"


def find_initialled(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Lower-case initials and surnames beside a role or credential (see the module)."""
    lows = lowered(toks)
    spans: list[Span] = []
    for i in range(len(toks) - 2):
        letter, dot, word = toks[i], toks[i + 1], toks[i + 2]
        if len(letter.text) != 1 or not letter.text.islower() or dot.text != ".":
            continue
        if dot.start != letter.end or word.start == dot.end or not _surname_like(toks, i + 2):
            continue
        if lows[i + 2] in lexicon.PERSON_CUES or never_a_name(text, toks, i + 2):
            continue  # "seen w. mum", "c. sertraline"
        end = _end(toks, i + 2)
        before = _before(toks, lows, i)
        after = lows[end + 1] if end + 1 < len(toks) else ""
        credited = after in lexicon.CREDENTIALS or after in ("ctrs", "lcpc", "lmsw")
        english = lows[i + 2] in lexicon.common_words()
        surname = toks[i + 2].text.title() in lexicon.surnames()
        roled = before in _ROLES or credited
        if (not english and (roled or before in _BEFORE)) or (english and surname and roled):
            key = fold("".join(t.text for t in toks[i + 2 : end + 1]))  # the surname: the tag
            spans.append(Span(letter.start, toks[end].end, "person", "context", _REASON, key))
    return [s for s in spans if covered.find(1, s.start, s.end) == -1]


def _surname_like(toks: list[Tok], k: int) -> bool:
    word = toks[k].text
    return word.isalpha() and word.islower() and len(word) >= _MIN_SURNAME


def _end(toks: list[Tok], k: int) -> int:
    """The surname's last token: "okafor-lindh" runs over a hyphen glued on both sides."""
    while (
        k + 2 < len(toks)
        and toks[k + 1].text == "-"
        and toks[k + 1].start == toks[k].end
        and toks[k + 2].start == toks[k + 1].end
        and toks[k + 2].text.isalpha()
    ):
        k += 2
    return k


def _before(toks: list[Tok], lows: list[str], i: int) -> str:
    """The word before the initial, skipping a full stop after it ("sup. r. tafoya")."""
    k = i - 1
    if k > 0 and toks[k].text == "." and toks[k].start == toks[k - 1].end and len(lows[k - 1]) > 1:
        k -= 1
    return lows[k] if k >= 0 else ""
