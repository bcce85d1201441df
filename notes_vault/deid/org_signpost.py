"""Services named where a note signposts to them (layer "context", issue 13, round 7,
helper o8).

A clinician passes on a charity's or service's number, leaflet or website; the words
around say the name is a service's, whatever the name's own words are ("Beat", "Mind",
"RISE", "Shout", "Cruse"):

- after "number/helpline/leaflet/details/info/website for/of/about" and "told her/him/
  them about", "funded by", "sponsored by", "letter/write/complaint/appeal to": "the
  number for Mind and Shout", "a leaflet about Beat", "told her about Beat", "funded by
  Comic Relief", "I will write to Migrant Help";
- before "number", "helpline", "leaflet", "website", "details" (or "'s number") when a
  verb of giving comes first in the clause: "gave her RISE Brighton's number", "gave
  samaritans + lincs mind number"; or when "given" (a past participle of giving) comes
  right after, with "no." for "number" (round 17, o17): "Papyrus contact given",
  "Lifeline no. given again", "BREATHING SPACE NO. GIVEN".

A capitalised run (English words and capitals allowed) of at most four words, or lower-case
words of which one is no English word; not a person (a given name, a title, "Mum"), a
weekday or month, a language or app, a country, a generic service ("the crisis
number", "the GP's number", "info about ADHD", "details of the CMHT", "the number for Tom").

Token lookups a few tokens either side of each cue word, after a vocabulary test: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.capitals import acronym
from notes_vault.deid.model import Span
from notes_vault.deid.org_lower import GENERIC
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, lowered, near, vocabulary

_THINGS = frozenset(
    "number numbers helpline leaflet leaflets details info information website site "
    "card cards contact app".split()
)
_LINKS = frozenset(["for", "of", "about", "on", "by", "to"])
_TOLD = frozenset(["told", "tell", "telling", "tells", "reminded"])
_PEOPLE = frozenset(["her", "him", "them", "me", "us", "mum", "dad", "client", "pt"])
_FUNDED = frozenset(["funded", "sponsored", "run", "commissioned"])
_GIVING = frozenset(
    "gave give given giving gives passed provided offered shared signposted sent texted "
    "emailed handed printed".split()
)
# Writing to a body: "letter to Migrant Help", "write to Shelter", "complaint to Ofcom".
_WRITING = frozenset(
    "letter letters write writes wrote writing written complaint complaints appeal "
    "application email e-mail".split()
)
_CUES = _THINGS | _TOLD | _FUNDED | _WRITING | frozenset(["no"])
# "Papyrus contact given", "Lifeline no. given again": the giving after the thing.
_GIVEN = frozenset("given provided shared passed offered handed reiterated regiven".split())
_STOPS = lexicon.DETERMINERS | _GIVING | _PEOPLE | frozenset(["and", "or"])
_MAX_RUN = 4
_NOT_SERVICES = frozenset(
    "crisis emergency duty out-of-hours ooh gp surgery practice team office work home "
    "mobile landline new old same direct personal main local national helpline peer support "
    "bereavement grief carer carers advice appointment hotline".split()
)


def find_signposted(text: str, toks: list[Tok]) -> list[Span]:
    """Services named where the note signposts to them (see the module docstring)."""
    vocab = vocabulary(toks)
    if vocab.isdisjoint(_CUES):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for c in [c for c, low in enumerate(lows) if low in _CUES]:
        link = c + 2 if lows[c] in _TOLD else c + 1  # "told her about", "number for"
        found = []
        if link < len(toks) - 1 and lows[link] in _LINKS and _cue_before(lows, link):
            found.append(_name_after(text, toks, lows, link))
        giving = lows[c] in _THINGS and toks[c].text.islower() and _giving_before(lows, c)
        if giving or _given_after(text, toks, lows, c):
            found.append(_name_before(text, toks, lows, c))
        spans += [span for span in found if span is not None]
    return spans


def _cue_before(lows: list[str], k: int) -> bool:
    """ "number for", "told her about", "funded by", "letter to" end at token k."""
    before = lows[k - 1]
    if before in _THINGS:
        return lows[k] not in ("by", "to")
    if before in _FUNDED:
        return lows[k] == "by"
    if before in _WRITING:
        return lows[k] == "to"
    if lows[k] == "about" and before in _PEOPLE and k > 1:
        return lows[k - 2] in _TOLD
    return False


def _giving_before(lows: list[str], k: int) -> bool:
    """A verb of giving in the six words before token k."""
    return any(w in _GIVING for w in lows[max(0, k - 7) : k])


def _given_after(text: str, toks: list[Tok], lows: list[str], c: int) -> bool:
    """ "given" right after the thing at c ("contact given", "no. given", "NUMBER GIVEN");
    "no" only with its full stop, and the thing in lower case or in a line of capitals."""
    k = c + 1
    if lows[c] == "no":
        if k >= len(toks) or toks[k].text != ".":
            return False
        k += 1
    elif lows[c] not in _THINGS or lows[c] in ("card", "cards", "app"):
        return False  # "Appointment card given", "Hotline card given": no service
    written = text[toks[c].start : toks[c].end]
    if not (written.islower() or written.isupper()):
        return False
    if k >= len(toks) or lows[k] not in _GIVEN:
        return False
    given = text[toks[k].start : toks[k].end]
    return given.islower() or given.isupper()  # not "He said no. Given the risk"


def _name_after(text: str, toks: list[Tok], lows: list[str], k: int) -> Span | None:
    """The service's name after the cue ending at k."""
    first = k + 1
    if first < len(toks) and lows[first] == "the":
        first += 1
    if first >= len(toks) or not near(text, toks[first - 1], toks[first]):
        return None
    last = first
    if toks[first].text.islower():  # "the number for cruse."; not "info on carer support"
        told = lows[k] == "about" and lows[k - 1] in _PEOPLE
        alone = first + 1 >= len(toks) or not toks[first + 1].text.isalpha()
        if told or not alone or not _lower_word(toks[first].text):
            return None
    else:
        while last + 1 < len(toks) and last - first + 1 < _MAX_RUN and _upper(toks[last + 1].text):
            if not near(text, toks[last], toks[last + 1]):
                break
            last += 1
        if not _capital_name(toks, lows, first, last):
            return None
    cue = " ".join(t.text for t in toks[k - 1 : k + 1])
    return _span(toks, first, last, f"context: a service's name after '{cue}'")


def _name_before(text: str, toks: list[Tok], lows: list[str], k: int) -> Span | None:
    """The service's name before "number", "leaflet", ... at k ("RISE Brighton's number")."""
    last = k - 1
    if last > 1 and toks[last].text == "s" and toks[last - 1].text in "'\u2019":
        last -= 2  # "Brighton's number"
    elif last > 0 and toks[last].text in "'\u2019" and toks[last - 1].end == toks[last].start:
        last -= 1  # "Harbour Lights' number"
    if last < 0 or lows[last] in _STOPS:
        return None  # "Gave information on ...": the verb itself
    if not near(text, toks[last], toks[last + 1]) and toks[last + 1].text != "'":
        return None
    first = last
    lower = toks[last].text.islower()
    while (
        first - 1 >= 0 and last - first + 1 < _MAX_RUN and near(text, toks[first - 1], toks[first])
    ):
        word = toks[first - 1].text
        if lower != word.islower() or not word.isalpha() or lows[first - 1] in _STOPS:
            break
        if not lower and not _upper(word):
            break
        first -= 1
    if lower:
        words = [t.text for t in toks[first : last + 1]]
        if not all(w.isalpha() for w in words) or not any(_lower_word(w) for w in words):
            return None
    elif not _capital_name(toks, lows, first, last):
        return None
    return _span(toks, first, last, f"context: a service's name before '{toks[k].text}'")


def _upper(word: str) -> bool:
    return word.isalpha() and (is_capitalised(word) or (word.isupper() and len(word) > 1))


def _lower_word(word: str) -> bool:
    """A lower-case word that is no English word, no generic word of a service."""
    return (
        word.isalpha()
        and len(word) > 4
        and not lexicon.english(word)
        and word not in _NOT_SERVICES
        and word not in GENERIC
        and word.title() not in lexicon.first_names()
    )


def _capital_name(toks: list[Tok], lows: list[str], first: int, last: int) -> bool:
    """A capitalised run that can be a service's name (see the module)."""
    words = [t.text for t in toks[first : last + 1]]
    if not all(_upper(w) for w in words) or _a_person(words, lows[first : last + 1]):
        return False
    run = " ".join(words)
    if run in lexicon.countries() or run in lexicon.proper_words():
        return False  # a town is taken here too: "told her about Beacon" (a town's name)
    if any(
        w.isupper() and not acronym(w) and w.lower() not in lexicon.common_words() for w in words
    ):
        return False  # a clinical abbreviation ("info about ADHD")
    return not all(low in GENERIC or low in _NOT_SERVICES for low in lows[first : last + 1])


def _a_person(words: list[str], lows: list[str]) -> bool:
    """A run that names or calls a person: a title, a stop-list word ("Mum", "GP"), a given
    name first ("the number for Tom"), a kin word, or one short word ("a letter to Apa")."""
    if any(
        w in lexicon.NOT_NAMES or low in lexicon.TITLES for w, low in zip(words, lows, strict=True)
    ):
        return True
    if words[0] in lexicon.first_names() or lows[0] in lexicon.PERSON_CUES:
        return True
    return len(words) == 1 and is_capitalised(words[0]) and len(words[0]) < 4


def _span(toks: list[Tok], first: int, last: int, reason: str) -> Span:
    run = " ".join(t.text for t in toks[first : last + 1])
    return Span(toks[first].start, toks[last].end, "organisation", "context", reason, fold(run))
