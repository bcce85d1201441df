"""Word sets, span building and small cue judges for the context layer (context.py).

The gazetteer view (`_Words`), gazetteer places by length, initials signing
before a credential ("- KB, LMFT"), capitals joined by "&" ("B&Q"), roles and
names in brackets ("tash (manager)", "dad (terry)"), nicknames after a naming
verb ('called "Sully"'). Lookups of a few tokens either side: linear.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from notes_vault.deid import lexicon, person_words
from notes_vault.deid.model import Span
from notes_vault.deid.org_ampersands import labels_other
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, near, vocabulary


@dataclass(frozen=True)
class _Words:
    common: frozenset[str]
    first: frozenset[str]
    last: frozenset[str]
    places: frozenset[str]
    proper: frozenset[str]
    countries: frozenset[str]
    census_first: frozenset[str]

    def english(self, word: str) -> bool:
        """An ordinary word: lower-case English, or a capitalised one that is no name."""
        return word.lower() in self.common or word in self.proper


def _words() -> _Words:
    return _Words(
        lexicon.common_words(),
        lexicon.first_names(),
        lexicon.surnames(),
        lexicon.places(),
        lexicon.proper_words(),
        lexicon.countries(),
        lexicon.census_first_names(),
    )


def _span(toks: list[Tok], i: int, used: int, category: str, reason: str) -> Span:
    start, end = toks[i].start, toks[i + used - 1].end
    key = fold(" ".join(t.text for t in toks[i : i + used] if t.text not in "-."))
    return Span(start, end, category, "context", f"context: {reason}", key)


def _signed(toks: list[Tok]) -> list[Span]:
    """Initials signing a note before a credential: "— LV, LMHC", "- dm, lcsw"."""
    spans: list[Span] = []
    common = lexicon.common_words()
    if vocabulary(toks).isdisjoint(lexicon.CREDENTIALS):
        return spans  # every such span needs a credential after it
    for i in range(len(toks) - 2):
        word = toks[i].text
        if not (2 <= len(word) <= 3 and word.isalpha() and (word.isupper() or word.islower())):
            continue
        signed = toks[i + 1].text == "," and toks[i + 2].text.lower() in lexicon.CREDENTIALS
        degree = word.lower() in lexicon.CREDENTIALS or word.lower() in person_words.DEGREES
        if signed and not degree and word not in common:  # "Grayson, MA, LPC": a degree
            reason = f"initials before the credential '{toks[i + 2].text}'"
            spans.append(_span(toks, i, 1, "person", reason))
    return spans


def _ampersands(text: str, toks: list[Tok]) -> list[Span]:
    """Capitals joined by "&" with no space: "B&Q", "M&S" (not "A&E", "Q&A")."""
    spans: list[Span] = []
    for i in range(len(toks) - 2):
        a, amp, b = toks[i : i + 3]
        if amp.text != "&" or a.end != amp.start or amp.end != b.start:
            continue
        if not (a.text.isupper() and b.text.isupper() and len(a.text) <= 3 >= len(b.text)):
            continue
        if labels_other(text, toks, i + 3):
            continue  # o15: "H&C 320 617 4422", "L&D nurse"
        if f"{a.text}&{b.text}" not in lexicon.AMPERSAND_SHORTHAND:
            spans.append(_span(toks, i, 3, "organisation", "capitals joined by '&' ('M&S')"))
    return spans


# "Grace is worried", "Thandiwe has moved": a sentence-opening word that is a
# given name (or no English word) and is followed by one of these is a person.
_BE_HAVE = frozenset("is was has had isn wasn hasn hadn have are were haven aren".split())
_SOMEONE = frozenset(
    "anybody anyone someone somebody everyone everybody nobody no what who something anything "
    "nothing or".split()
)
_MODALS = frozenset(["will", "may", "can", "must", "would", "might", "should", "could"])


# Words that take a letter as a label, not a person's initial: "Plan B", "vitamin D".
_LETTERED = frozenset(
    "plan vitamin hep hepatitis type grade class group section part step option ward block "
    "wing room bay level category stage phase tier exhibit appendix".split()
)


def _role_after(toks: list[Tok], i: int) -> str:
    """The relation word ending a role in brackets right after token i ("tash (manager)",
    "deb (peer recovery coach)"), or ""."""
    if i + 2 >= len(toks) or toks[i + 1].text != "(":
        return ""
    for j in range(i + 2, min(i + 7, len(toks))):
        if toks[j].text == ")":
            cue = toks[j - 1].text.lower()
            return cue if j > i + 2 and cue in lexicon.PERSON_CUES else ""
        if not toks[j].text.isalpha():
            return ""
    return ""


def _bracketed(toks: list[Tok], inner: int, cue: int) -> bool:
    """Token `inner` sits alone in brackets and token `cue` is a relation word:
    "dad (terry)" (cue before the brackets) or "tash (manager)" (cue inside them)."""
    if inner < 1 or inner + 1 >= len(toks) or cue < 0 or cue >= len(toks):
        return False
    boxed = toks[inner - 1].text == "(" and toks[inner + 1].text == ")"
    return boxed and toks[cue].text.lower() in lexicon.PERSON_CUES


def _calling(toks: list[Tok], i: int) -> str:
    """The naming verb before a quoted word ("called", "calls him"), or ""."""
    naming = toks[i - 2].text.lower() if i > 1 else ""
    if naming in ("him", "her", "them", "me") and i > 2:  # "calls him "Bear""
        naming = toks[i - 3].text.lower()
    return naming if naming in _CALLING else ""


_CALLING = frozenset(
    ["called", "named", "nicknamed", "calls", "call", "nicknames"]
)  # "police called, incident" is no naming


def _is_place(word: str, prev: str, start: bool, words: _Words) -> bool:
    if words.english(word):
        return prev in lexicon.PLACE_CUES and not start
    return word not in words.first or prev in lexicon.PLACE_CUES


def _place_length(text: str, toks: list[Tok], i: int, words: _Words) -> int:
    """The longest gazetteer place starting at token i, in tokens (0 if none)."""
    first = toks[i].text.title() if toks[i].text.isupper() else toks[i].text
    return _place_length_of(first, text, toks, i, words)


def _place_length_of(first: str, text: str, toks: list[Tok], i: int, words: _Words) -> int:
    """As `_place_length`, with token i's word given in gazetteer case."""
    longest = lexicon.place_heads().get(first, 0)
    best = 0
    name = first
    for j in range(i, min(i + longest, len(toks))):
        if j > i:
            if not near(text, toks[j - 1], toks[j]):
                break
            name += ("" if toks[j].start == toks[j - 1].end else " ") + toks[j].text
        if name in words.places:
            best = j - i + 1
    return best


# "at Costco", "on Oahu": a capitalised English word that is no name after these is a
# place or an employer, unless it reads as a language or nationality ("in Korean").
def _proper_place(word: str, prev: str, words: _Words) -> bool:
    """A capitalised word no gazetteer holds as a name after "in", "at", "from"...: a place
    ("in Pittodrie"), unless it ends like a nationality ("in Korean") or is a continent or a
    country's distinctive word, which are never replaced ("in Korea", "from Timor-Leste",
    "to Europe", "in Congo": the gazetteer holds "South Korea", "Timor-Leste")."""
    if word not in words.proper or prev not in _PLACE_PROPER_CUES or word.endswith(_DEMONYM):
        return False
    return word not in _CONTINENTS and word not in _country_words()


@cache
def _country_words() -> frozenset[str]:
    """The last words of the gazetteer's countries of two words or more that are no English
    word ("Korea", "Leste", "Lanka", "Rica"; not "Republic", "Kingdom", "States")."""
    common = lexicon.common_words()
    names = (name.replace("-", " ").split() for name in lexicon.countries())
    lasts = (parts[-1] for parts in names if len(parts) > 1)
    return frozenset(w for w in lasts if w[:1].isupper() and w.lower() not in common)


_CONTINENTS = frozenset("Europe Africa Asia Oceania Antarctica Australasia Soviet".split())
_PLACE_PROPER_CUES = frozenset(["in", "at", "to", "from", "near", "on", "off", "visited", "via"])
_PLACE_PREPOSITIONS = frozenset(["from", "in", "near", "to"])
# Endings of nationalities and languages ("Korean", "Portuguese", "Polish", "Czech", "Swiss").
_DEMONYM = ("an", "ese", "ish", "ic", "ian", "i", "ch", "s")


def _no_place(prev: str, word: str, words: _Words) -> bool:
    """A lower-case word after "in", "to", "from" or "near" that names no place one could be
    found by: a country ("dad in poland", "posted to kenya"; countries are never replaced), a
    language or a nationality ("counting in portuguese", "switched to romanian"), an English
    word in US spelling ("cancelled due to behavior") or with a prefix ("rang to rebook").
    Words of the British word list are judged elsewhere ("talks to ruby"), and so are towns:
    a country is no gazetteer town. After any word, an everyday word the word list lacks
    (_EVERYDAY: "in resus", "at shul", "with physio", "to daycare") names no one."""
    if word in _EVERYDAY:
        return True
    if prev not in _PLACE_PREPOSITIONS or word in words.common:
        return False
    titled = word.title()
    if titled in words.countries or lexicon.english(word):
        return True
    return (titled in words.proper and word.endswith(_DEMONYM)) or _prefixed(word, words)


# Lower-case words SCOWL's British list lacks that the rules after "in", "at", "to", "from",
# "with" took for places, organisations or people: ward and clinical shorthand, medicines,
# US spellings with "e" for "ae", places of worship and study, everyday compounds.
_EVERYDAY = frozenset(
    "resus physio physios pharm paeds ortho wknd wknds wkend wkends wkday wkdays handover "
    "dysphagia anesthesia pediatrics chlordiazepoxide cabergoline kollel shul cheder shiur "
    "iftar cemevi daycare daycares creche creches dinnertime nightdress glovebox knifepoint "
    "packhouse popsicle pickleball trackies wellies crypto bluetongue setnet ket".split()
)
# Prefixes that make a verb or a noun of an English word ("rebook", "unfriend", "misdial").
_PREFIXES = ("re", "un", "pre", "mis", "dis", "non", "over", "under", "out")
_MIN_PREFIXED = 4


def _prefixed(word: str, words: _Words) -> bool:
    """ "rang to rebook", "went to unfriend": an English word of four letters or more after a
    prefix, in no gazetteer ("in overton" stays a town)."""
    for prefix in _PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= _MIN_PREFIXED and rest in words.common:
            return word.title() not in words.places
    return False


# Honorifics that a name follows after a full stop ("Dr. Haldane", "Mr. Whiskers").
_HONORIFICS = frozenset("dr mr mrs ms mx miss prof rev revd fr sr sra srta mme".split())


def _sentence_after(cue: str, word: str, words: _Words) -> bool:
    """A relation word or a credential, a full stop, then an ordinary English word that no
    gazetteer has as a name: a new sentence, not a name ("has MS. They can't", "I'm a
    deacon. Where does", "retired dinner lady. Married 1983"). After an honorific the
    word stays a name ("Dr. Wildcat"); "MS" in capitals is the illness or the degree."""
    base = cue[:-1]
    if not cue.endswith(".") or (base.lower() in _HONORIFICS and base != "MS"):
        return False
    lower = word.lower()
    return lower in words.common and word not in words.first and word not in words.last


def _spanish(text: str, toks: list[Tok], i: int) -> bool:
    """Token i is a Spanish word, not the gazetteer's given name: "El", the article, before a
    lower-case word or a title ("El sueño de Ricky", "El Dr. Ruiz"; "El Paso", "El Faro" and
    "Samira El-Amin" are judged as names), or a pronoun or common word the given-name lists
    hold ("ella", "nada", "Su", "Hoy", "Tú", "Mira") within three words of a Spanish or
    Portuguese function word ("Ella dice que", "sin nada", "Su esposo Jorge la apoya";
    "QUE EU NÃO AMO ELA"). "Mom Ella invited", "Su Lin (sister)" are left to be judged."""
    word = toks[i].text
    if word == "El" and i + 1 < len(toks):
        after = toks[i + 1].text
        return after.isalpha() and (after.islower() or after.lower() in lexicon.TITLES)
    if word.lower() not in _SPANISH_NAMES:
        return False
    loud = text[toks[i].start : toks[i].end].isupper()  # a line of capitals is title-cased
    before = [text[t.start : t.end] for t in toks[max(0, i - 3) : i]]
    later = [text[t.start : t.end] for t in toks[i + 1 : i + 4] if t.text.lower() not in _PARTICLES]
    return any(_function_word(other, loud) for other in before + later)


def _function_word(word: str, loud: bool) -> bool:
    """A Spanish or Portuguese function word as written: lower case, or in capitals beside a
    word in capitals ("QUE EU"; not "moved to LA"); no English word ("no", "me", "a")."""
    if not (word.islower() or (loud and word.isupper() and len(word) > 1)):
        return False
    return word.lower() in _SPANISH_FUNCTION


# After the word, these may join a name ("Alma de la Cruz"): only the words before count.
_PARTICLES = frozenset("de del la las los el".split())
# Spanish and Portuguese words that the given-name gazetteers hold as names.
_SPANISH_NAMES = frozenset(
    "ella ela nada su hoy tu tú te mira alma buena alta manda vida mi".split()
)
# Function words of Spanish and Portuguese that no English sentence uses.
_SPANISH_FUNCTION = frozenset(
    "que qué la el los las del de se su sus mi mis tu tus lo le les en es por para con sin "
    "un una muy pero nos ella él yo está estoy soy hay como cuando porque también mí ti "
    "eu não ela ele você é aqui aquí".split()
)


def _named(toks: list[Tok], i: int) -> bool:
    """A word after "name is": "my name is vitoria", "her maiden name is nyberg"."""
    return i > 1 and toks[i - 1].text.lower() == "is" and toks[i - 2].text.lower() == "name"
