"""People named in lower case by their position in the sentence (layer "context").

Dictated and phone-typed notes write names in lower case: "me and jade went", "spoke to
kyle about it", "the boys kuba and filip", "jades bday", "dougie's name", "big mike
chaired", "which bill forgot to pay". context._lower_name already takes a lower-case word
after a relation, a title or a speech verb; this module adds the other places a name stands
in English, each checked against the given-name data:

- beside "me": "me and W", "W and me" (a given name in the data, even an English word:
  "me and hope went");
- after a verb of talking to someone: "told W", "spoke to W", "texted W" (a name in the
  data; not "with", as "with grace", "with hope" are phrases);
- after a plural of kin: "the boys W", "the twins W" (any word no dictionary holds);
- in a pair: "W and bf tanner", "kuba and W" (the other side a name or a relation);
- before a possessive and a personal noun: "W's mum", "Ws bday", "W's name";
- after "big" or "lil" as a nickname: "big mike", "lil tay";
- opening a clause before a person's verb: ", tanner drove", "which bill forgot".

An English word that is a name ("bill", "will", "hope") is taken only in the places that
leave no other reading: beside "me", after a verb of talking, in a nickname, before a
person's past-tense verb. One look at a few tokens either side: linear.
"""

from __future__ import annotations

from typing import Protocol

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.person_lower_pairs import beside_pronoun
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok


class Names(Protocol):
    """The word sets this module reads (context_cues._Words)."""

    @property
    def common(self) -> frozenset[str]: ...
    @property
    def first(self) -> frozenset[str]: ...
    @property
    def census_first(self) -> frozenset[str]: ...


_TALK = frozenset("told tell telling tells asked texted text texting rang phoned messaged".split())
_TALK_TO = frozenset("spoke speak speaking talked talk talking chatted chat chatting".split())
_KIN = frozenset(
    "boys girls twins lads kids grandkids grandchildren grandsons granddaughters".split()
)
_FAMILY = frozenset("mum mom dad mam nan gran brother sister kids baby".split())
_POSSESSED = _FAMILY | frozenset(
    "house place flat bday birthday party funeral wedding name number phone car".split()
)
_NICK = frozenset(["big", "lil", "little"])
# Nouns for a person that the census lists as given names too ("big man", "big guy").
_NOUNS = frozenset("man guy boy girl lad kid bro fella dude lady son".split())
_CLAUSE = frozenset([",", ".", ";", "and", "but", "so", "which", "then", "period", "comma"])
# Verbs a person does, in the past or present, that follow a name opening a clause.
DOES = frozenset(
    "put puts brings kept carried started drove forgot retired chaired picked brought took "
    "gave helped called texted rang said told asked cried laughed shouted replied phoned "
    "messaged visited died moved paid bought "
    "sent dropped left stayed showed offered promised admitted denied agreed refused "
    "wants wanted says thinks reckons".split()
)
_ME = frozenset(["me", "i"])
_AND = frozenset(["and", "&", "+"])
_MIN_UNKNOWN = 4


def lower_person(toks: list[Tok], i: int, words: Names) -> Span | None:  # noqa: PLR0911 - one early exit per rule reads best
    """A person for the lower-case word at i, by its place in the sentence, or None."""
    word = toks[i].text
    titled = word.title()
    common = word in words.common
    named = titled in (words.census_first if common else words.first)
    prev = toks[i - 1].text.lower() if i > 0 else ""
    before = toks[i - 2].text.lower() if i > 1 else ""
    after = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
    if named and _beside_me(prev, before, toks, i):
        return _person(toks, i, i, "a lower-case given name beside 'me'")
    if named and (cue := beside_pronoun(toks, i, words)) is not None:
        return _person(toks, i, i, cue)
    if named and (prev in _TALK or (prev in ("to", "with") and before in _TALK_TO)):
        return _person(toks, i, i, f"a lower-case given name after '{toks[i - 1].text}'")
    if not common and prev in _KIN:
        return _person(toks, i, i, f"a lower-case word after '{toks[i - 1].text}'")
    unknown = not common and not named and len(word) >= _MIN_UNKNOWN
    if not common and (named or unknown) and _paired(toks, i, words, named):
        return _person(toks, i, i, "a lower-case name paired with a person")
    if _possessed(toks, i, words):
        return _person(toks, i, i, "a lower-case name before a possessive and a personal noun")
    nick = named and prev in _NICK and before not in lexicon.DETERMINERS and word not in _NOUNS
    if nick and (not common or after in DOES):  # "big mike chaired", not "big love."
        return _person(toks, i - 1, i, f"a lower-case name after '{toks[i - 1].text}'")
    if named and after in DOES and (prev in _CLAUSE or i == 0):
        return _person(toks, i, i, f"a lower-case given name before '{toks[i + 1].text}'")
    return None


def _person(toks: list[Tok], first: int, last: int, reason: str) -> Span:
    key = fold(" ".join(t.text for t in toks[first : last + 1]))
    return Span(toks[first].start, toks[last].end, "person", "context", f"context: {reason}", key)


def _beside_me(prev: str, before: str, toks: list[Tok], i: int) -> bool:
    if prev == "and" and before == "me":
        return True
    return i + 2 < len(toks) and toks[i + 1].text == "and" and toks[i + 2].text.lower() in _ME


def _paired(toks: list[Tok], i: int, words: Names, named: bool) -> bool:
    """ "kenzie and bf tanner", "kuba and filip", "aisha + mehreen": the other side of "and"
    a name or a relation (a word no dataset holds only after a name in the data)."""
    if named and i + 2 < len(toks) and toks[i + 1].text in _AND:
        other = toks[i + 2].text
        if other.islower() and (other in lexicon.PERSON_CUES or _lower_name(other, words)):
            return True
    if i > 1 and toks[i - 1].text in _AND:
        other = toks[i - 2].text
        kin = named and i > 2 and toks[i - 3].text.lower() in _KIN  # "the boys kuba and filip"
        return other.islower() and (kin or _lower_name(other, words))
    return False


def _lower_name(word: str, words: Names) -> bool:
    return word.title() in words.first and word not in words.common


def _possessed(toks: list[Tok], i: int, words: Names) -> bool:
    """ "dougie's name" (a word no dictionary holds), "jades bday" (a name and an "s"): a
    possessive, then a personal noun."""
    word = toks[i].text
    k = i + 1
    glued = k + 1 < len(toks) and toks[k].text in ("'", "\u2019") and toks[k].start == toks[i].end
    if glued and toks[k + 1].text == "s":
        k += 2
        if k < len(toks) and word in words.common:  # "jade's mum", not "the bill's name"
            return word.title() in words.census_first and toks[k].text.lower() in _FAMILY
    else:
        stem = word[:-1]
        if not (word.endswith("s") and len(stem) >= 3 and stem.title() in words.census_first):
            return False
    return k < len(toks) and toks[k].text.lower() in _POSSESSED


# Words after which a clause may open with a name ("and bill said", "when hope rang").
_OPENERS = frozenset(
    "and but so then when because cos as if that which who while after before until since "
    "though although or nor yet said told says asked and".split()
)


def after_noun(prev: str, common: frozenset[str]) -> bool:
    """The word before is an ordinary word that opens no clause ("the gas bill was", "a big
    man with"): an English word that is a name after it is the word, not the name."""
    return prev.isalpha() and prev in common and prev not in _OPENERS
