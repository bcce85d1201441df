"""Charities and services named by capitalised English words (layer "context", issue 13,
round 5, helper o6).

A run of two to four capitalised words (joined by "for", "of", "vs", "&" inside) that
names no person and is not made only of service words ("Mental Health", "Family
Services") is an organisation when
- a lower-case noun only a service or a venue has follows it: "Open Cities clinic",
  "Traveller Movement helpline", "Racing Welfare counselling", "Churches United bed",
  "Kinship charity"; or
- a verb of sending, linking or telling comes just before it: "signposted to Carers
  Count", "connect with Opening Doors", "referred to Turning Point", "information on
  Adoption Search Reunion", "contact Together for Children"; or it stands alone in
  brackets after such a word in the same line ("referral made today (Carers Count)").
Not a run opening a sentence after a stop (a heading or a sentence's first words), not a
run followed by a colon, not one with a month, weekday, title or heading word.

Token lookups from each cue word: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, lowered, near, vocabulary

_AFTER_NOUNS = frozenset(
    "clinic helpline counselling counseling bed beds charity hostel shelter scheme "
    "caseworker volunteers app website nursery preschool daycare playgroup creche".split()
)
_SENDING = frozenset(
    "signposted signpost signposting referred refer referral referrals connect connected "
    "linked link contact contacted".split()
)
_OBJECTS = frozenset("him her them client pt patient mum dad family".split())
_JOINERS = frozenset(["for", "of", "vs", "&"])
_MAX = 4
# Words that make a capitalised run a heading, a date or a role, not an organisation.
_NOT_IN_RUN = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday plan plans risk assessment "
    "session sessions note notes summary review formulation goals goal next date phase stage "
    "step level tier week mon tue tues wed weds thu thur thurs fri sat sun am pm".split()
)
# Service words addresses.SERVICE_WORDS lacks: "Disability & Inclusion team".
_GENERIC = frozenset(
    "inclusion access safeguarding liaison resolution treatment home response advice "
    "advocacy legal debt money benefits carers victim victims hub duty intake triage "
    "specialist national regional city county district".split()
)
_ROLES = frozenset(
    "pastor father rev reverend imam rabbi sister brother doctor nurse officer judge "
    "coach uncle aunt auntie".split()
)
_CUES = _AFTER_NOUNS | _SENDING | {"on", "about"}
# A service's kind just before a bracket that names it: "mentoring (Running Rebels)".
_BRACKET_NOUNS = frozenset(
    "referral referred mentoring support group counselling counseling programme program "
    "charity advocacy scheme shelter hostel helpline provider agency signposted".split()
)


def find_service_runs(text: str, toks: list[Tok], service_words: frozenset[str]) -> list[Span]:
    """Capitalised runs of English words before a service noun or after a sending verb;
    `service_words` (addresses.SERVICE_WORDS) are words no run may be made of only."""
    vocab = vocabulary(toks)
    if vocab.isdisjoint(_CUES) and vocab.isdisjoint(_BRACKET_NOUNS):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for i in [k for k, low in enumerate(lows) if low in _CUES or low == "("]:
        if lows[i] == "(":
            found = _bracketed(text, toks, lows, i)
            why = "capitalised words in brackets after a service word"
        elif lows[i] in _AFTER_NOUNS:
            found = _run_before(text, toks, lows, i)
            why = f"capitalised words before '{lows[i]}'"
        else:
            found = _run_after(text, toks, lows, i)
            why = f"capitalised words after '{toks[i].text}'"
        if found and not _kinds_only(lows, found, service_words):
            first, last = found
            run = toks[first : last + 1]
            key = fold(" ".join(t.text for t in run))
            reason = f"context: {why}"
            spans.append(Span(run[0].start, run[-1].end, "organisation", "context", reason, key))
    return spans


def _kinds_only(lows: list[str], found: tuple[int, int], service_words: frozenset[str]) -> bool:
    """Every word of the run is a service or kind word ("Family Services")."""
    words = [w for w in lows[found[0] : found[1] + 1] if w not in _JOINERS]
    return all(w in service_words or w in _GENERIC for w in words)


def _word(tok: Tok) -> bool:
    return is_capitalised(tok.text) and tok.text.isalpha() and len(tok.text) > 1


def _run_before(text: str, toks: list[Tok], lows: list[str], n: int) -> tuple[int, int] | None:
    """The run of capitals ending just before the lower-case noun at n."""
    if not toks[n].text.islower() or n < 2 or not near(text, toks[n - 1], toks[n]):
        return None
    if not _word(toks[n - 1]):
        return None
    last = n - 1
    first = last
    while first - 1 >= 0 and last - first + 1 < _MAX and near(text, toks[first - 1], toks[first]):
        prev = toks[first - 1]
        if _word(prev) or (
            lows[first - 1] in _JOINERS and first - 2 >= 0 and _word(toks[first - 2])
        ):
            first -= 1
        else:
            break
    return (first, last) if _good(text, toks, lows, first, last) else None


def _run_after(text: str, toks: list[Tok], lows: list[str], c: int) -> tuple[int, int] | None:
    """The run of capitals just after the cue at c ("to", "with", "on" and a bracket may
    come between)."""
    j = c + 1
    if lows[c] in ("on", "about"):
        if c < 1 or lows[c - 1] not in ("information", "info", "details", "leaflet", "leaflets"):
            return None
    else:
        if j < len(toks) and lows[j] in _OBJECTS:
            j += 1  # "connected him with", "referred client to"
        if j < len(toks) and lows[j] in ("to", "with", "into"):
            j += 1
    if j < len(toks) and toks[j].text == "(" and lows[c] in ("referral", "referrals"):
        j += 1
    if j >= len(toks) or not _word(toks[j]):
        return None
    last = j
    while last + 1 < len(toks) and last - j + 1 < _MAX and near(text, toks[last], toks[last + 1]):
        nxt = toks[last + 1]
        joined = lows[last + 1] in _JOINERS and last + 2 < len(toks) and _word(toks[last + 2])
        if _word(nxt):
            last += 1
        elif joined and last - j + 2 < _MAX:
            last += 2
        else:
            break
    return (j, last) if _good(text, toks, lows, j, last) else None


def _bracketed(text: str, toks: list[Tok], lows: list[str], b: int) -> tuple[int, int] | None:
    """The whole of a bracket of capitals, a service word at most three words before it
    with no stop between: "mentoring (Running Rebels)", "referral made today (Carers
    Count)"."""
    nouns = [k for k in range(max(0, b - 3), b) if toks[k].text in _BRACKET_NOUNS]
    if not nouns or any(not toks[k].text.islower() for k in range(nouns[-1], b)):
        return None  # the service word in lower case: not "Eating Disorders Program (Phase I)"
    j = b + 1
    last = j
    while last < len(toks) and last - j < _MAX and _word(toks[last]):
        last += 1
    if last == j or last >= len(toks) or toks[last].text != ")":
        return None
    return (j, last - 1) if _good(text, toks, lows, j, last - 1) else None


def _good(text: str, toks: list[Tok], lows: list[str], first: int, last: int) -> bool:  # noqa: PLR0911 - one early exit per rule reads best
    """Two or more words, no person, not only service words, not a heading."""
    words = [k for k in range(first, last + 1) if lows[k] not in _JOINERS]
    if len(words) < 2 or lows[first] in _JOINERS:
        return False
    if any(lows[k] in _NOT_IN_RUN or toks[k].text in lexicon.TITLES for k in words):
        return False
    if text[toks[first].start : toks[last].end].isupper() or lows[first] in _ROLES:
        return False  # a line of capitals (title-cased in the caps view); "Pastor Lujan"
    if last + 1 < len(toks) and toks[last + 1].text == ":":
        return False
    first_word, second = toks[words[0]].text, toks[words[1]].text
    if first_word in lexicon.first_names() and second in lexicon.surnames():
        return False  # "Jo Smith clinic": a person's clinic, left to the person rules
    if first == 0:
        return False
    prev = toks[first - 1].text
    return not (prev in ".!?\n" or "\n" in text[toks[first - 1].end : toks[first].start])
