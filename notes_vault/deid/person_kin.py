"""People named by a relation beside them, in any case (layer "context", p7).

- a lower-case word between a relation and a person's verb: "his cousin yaw wants",
  "her sponsor dutch said", "my mate gaz rang" (adverbs, auxiliaries and nouns in the same
  place stay: "her mum also wants", "his dad never said", "her friend group said");
- a lower-case short form of a given name (the nicknames data) opening a clause before a
  person's verb: "paddy wants to pull out", "and deb texted" (not "my will says");
- a name before a relation written in letters: "kwabena (bil)", "Sandra (MIL)";
- one capital letter after a relation: "(baby R)", "son A started school" (not "I", "A
  levels");
- a name before its relation set off by a bracket, comma or dash: "Grace - her sister,",
  "Abbu (her father-in-law, d. 2017)", "Biscuit (the dog)", "Ode, his brother," (not
  "Christmas (her mum's favourite)", "Sertraline (her GP increased it)", "London - her home").

Each rule reads a few tokens around a cue found in the note's vocabulary: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon, names
from notes_vault.deid.model import Span
from notes_vault.deid.person_lower import DOES
from notes_vault.deid.person_words import never_a_name
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, lowered, sentence_start, vocabulary

# Words that stand between a subject and its verb, or join a noun to a relation.
_BETWEEN = frozenset(
    "also never just still always often even then now too only already apparently really "
    "actually allegedly finally soon later once sometimes usually rarely seldom ever nearly "
    "almost recently reportedly clearly obviously probably possibly certainly definitely "
    "hardly barely simply who that which and or but has had is was does did will may can "
    "must would might should could not nor both all each either neither again instead "
    "himself herself themselves first last group figure lady man woman guy girl boy people "
    "family members member side friend friends bloke fella lad lass mate kid kids not "
    "today yesterday tonight there here back once twice".split()
)
_PETS = frozenset("dog cat puppy kitten pet rabbit horse pony hamster parrot budgie".split())
_RELATIONS = lexicon.PERSON_CUES | _PETS
_OWNERS = frozenset("her his their my our your the client's pt's patient's".split())
_SETS = frozenset(["(", ",", "-", "\u2013", "\u2014"])
_ENDS = frozenset([")", ",", "-", "\u2013", "\u2014", ";", ".", ":"])
_OPENERS = frozenset(
    "and but so then when because cos as if that which while after before until since "
    "though although , ; : . ( - \u2013 \u2014".split()
)
_MIN_LOWER = 3
# Relations written as letters: brother-, sister-, mother-, father-in-law; dear husband...
_KIN_LETTERS = frozenset("bil sil mil fil bf gf dh dw ds dd dp sis bro".split())
_NOT_AFTER_LETTER = frozenset([":", "=", "+", "/", "-"])  # "teacher T=68": a score
_GRADES = frozenset(["level", "levels", "star", "grade", "grades", "list", "side"])


def find_kin(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """People the module's rules find, over no covered character (see the module)."""
    words = vocabulary(toks)
    lows = lowered(toks)
    spans: list[Span] = []
    if not words.isdisjoint(DOES):
        for i in range(len(toks) - 1):
            if lows[i + 1] in DOES and toks[i].text.islower():
                spans += _before_verb(text, toks, lows, i)
    if not words.isdisjoint(lexicon.PERSON_CUES):
        for i in range(1, len(toks)):
            if len(toks[i].text) == 1 and lows[i - 1] in lexicon.PERSON_CUES:
                spans += _lettered(text, toks, lows, i)
    if not words.isdisjoint(_KIN_LETTERS):
        for i in range(len(toks) - 3):
            if lows[i + 2] in _KIN_LETTERS and toks[i + 1].text == "(" and toks[i + 3].text == ")":
                spans += _before_kin_letters(text, toks, lows, i)
    if not words.isdisjoint(_OWNERS):
        for i in range(len(toks) - 3):
            if toks[i + 1].text in _SETS and lows[i + 2] in _OWNERS:
                spans += _apposed(text, toks, lows, i)
    return [s for s in spans if covered.find(1, s.start, s.end) == -1]


def _before_verb(text: str, toks: list[Tok], lows: list[str], i: int) -> list[Span]:
    """ "his cousin yaw wants", "paddy wants": a lower-case name before a person's verb."""
    word = toks[i].text
    if len(word) < _MIN_LOWER or not word.isalpha() or word in _BETWEEN or word.endswith("ly"):
        return []
    if word in lexicon.PERSON_CUES or never_a_name(text, toks, i):
        return []
    prev = lows[i - 1] if i else "."
    related = prev in lexicon.PERSON_CUES and i > 1 and lows[i - 2] in _OWNERS
    if related:
        return [_person(toks, i, f"a lower-case word between '{prev}' and a person's verb")]
    if (prev in _OPENERS or sentence_start(text, toks, i)) and names.variants(word):
        return [_person(toks, i, "a lower-case short form of a name before a person's verb")]
    return []


def _before_kin_letters(text: str, toks: list[Tok], lows: list[str], i: int) -> list[Span]:
    """ "kwabena (bil)", "Sandra (MIL)": a name before a relation in letters."""
    word = toks[i].text
    if not word.isalpha() or len(word) < 2 or word.isupper() or lows[i] in _BETWEEN:
        return []
    english = lows[i] in lexicon.common_words() and word.title() not in lexicon.first_names()
    if english or lows[i] in lexicon.PERSON_CUES or never_a_name(text, toks, i):
        return []
    return [_person(toks, i, f"a name before '({toks[i + 2].text})'")]


def _lettered(text: str, toks: list[Tok], lows: list[str], i: int) -> list[Span]:
    """ "(baby R)", "son A started": one capital letter standing for a person after a relation
    (not "I", nor "A level", "A star": a grade)."""
    letter = toks[i].text
    after = lows[i + 1] if i + 1 < len(toks) else ""
    if not letter.isupper() or letter == "I" or after in _GRADES or toks[i - 1].text.isupper():
        return []
    if (
        after in _NOT_AFTER_LETTER
        or after[:1].isdigit()
        or "\n" in text[toks[i - 1].end : toks[i].start]
    ):
        return []  # "teacher\n\nD: ...": a note's section
    return [_person(toks, i, f"a letter standing for a person after '{toks[i - 1].text}'")]


def _apposed(text: str, toks: list[Tok], lows: list[str], i: int) -> list[Span]:
    """ "Grace - her sister,", "Abbu (her father-in-law,": a name, then its relation."""
    word = toks[i].text
    if not (word[:1].isupper() and word.isalpha() and len(word) > 1) or word.isupper():
        return []
    k = i + 3
    if k >= len(toks) or lows[k] not in _RELATIONS:
        return []
    while k + 2 < len(toks) and toks[k + 1].text == "-" and toks[k + 2].text.isalpha():
        k += 2  # "father-in-law", "step-mum"
    after = toks[k + 1].text if k + 1 < len(toks) else "."
    if after not in _ENDS:
        return []  # "Christmas (her mum's ...", "Sertraline (her GP increased it)"
    if _no_name(text, toks, i, pet=lows[k] in _PETS):
        return []
    return [_person(toks, i, f"a name before its relation '{toks[i + 3].text}'")]


def _no_name(text: str, toks: list[Tok], i: int, *, pet: bool) -> bool:
    """A word that names no one here: a heading, a place, a relation, or an English word
    that is no given name ("Work - her boss"; a pet's name may be any word)."""
    word = toks[i].text
    if word in lexicon.NOT_NAMES or word in lexicon.NOT_PEOPLE or never_a_name(text, toks, i):
        return True
    if word.lower() in lexicon.PERSON_CUES or word in lexicon.places():
        return True
    english = word.lower() in lexicon.common_words() and word not in lexicon.first_names()
    return english and not pet


def _person(toks: list[Tok], i: int, reason: str) -> Span:
    return Span(
        toks[i].start, toks[i].end, "person", "context", f"context: {reason}", fold(toks[i].text)
    )
