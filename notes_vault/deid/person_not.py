"""Capitalised words that name a thing, not a person, by the words around them (p7).

- an eponym: a name written before the model, method, test or round it names ("the Clark
  model", "Gottman Method", "Gottman-informed", "a Schwartz round", "Herbert Protocol",
  "Nelson-Denny Reading Test", "Hunter & Mann model", "Clare's Law", "Maslow's hierarchy"),
  on one line;
  a person's own "approach" or "method" ("Sam's approach") stays a person;
- a brand counted in the plural: "a couple Rainiers", "a few Yuenglings", "8 Busch Lights",
  "drinking Heinekens" (not "the Millers", "the Cooks": no count before them);
- an ALL-CAPS word of two or three letters in a line of mixed case that a gazetteer also
  holds as a given name, with no title, name or comma beside it: an acronym ("via SIV",
  "former ANA officer", "now NED", "w/ AKI", "the EV programme"); "Dr ANA", "ANA Lopez",
  "LEE, Sam" stay, and so do four letters ("LUPE", "MIRA": organisations' acronyms).

Each test reads a few tokens on either side of one: constant work per candidate.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.person_uk_words import uk_no_name
from notes_vault.deid.person_us_words import us_word
from notes_vault.deid.tokens import Tok

# Nouns an eponym is written before: "the Clark model", "a Schwartz round".
_EPONYM_HEADS = frozenset(
    "model models method protocol rounds approach test tests scale inventory "
    "questionnaire criteria technique techniques triangle hierarchy cycle framework theory "
    "equation index score procedure manoeuvre maneuver sign syndrome disease formula".split()
)
# Only joined by a hyphen: "Gottman-informed", "Linehan-based" (not "Dr. Aldridge informed").
_JOINED_HEADS = frozenset("informed based style".split())
# After "'s" only these: "Clare's Law", "Maslow's hierarchy" (not "Sam's approach").
_OWNED_HEADS = frozenset(
    "law hierarchy triangle syndrome disease sign criteria equation formula cycle".split()
)
_LINKS = frozenset(["and", "&", "-", "/"])
_COUNTS = frozenset(
    "couple few several some many two three four five six seven eight nine ten twelve dozen "
    "drinking drinks drank cans bottles pints".split()
)
_EPONYM_REACH = 4
# Verbs only a person does, after a word that is also a language or people's name: "Shona
# sent the letter" (a given name), not "Shona is spoken".
PERSON_VERBS = frozenset(
    "said told asked sent rang phoned texted emailed wrote called replied agreed cried "
    "laughed drove brought took gave visited".split()
)
_MORE_CREDENTIALS = frozenset(
    "bsn msn dnp fnp crnp bc ccm cm psy pgy hca ukcp mbacp lcmhc lcadc ladc cps cpss "
    "ncc nbcc pmhnp-bc".split()
)
# Field labels written before a number or date: "Adm 11/29/2026", "Temp 97.0".
_NUMBER_LABELS = frozenset(
    "adm admit admitted disch discharged temp date dob dod doa wt ht rel auth age dos".split()
)
_ANON_HEADS = frozenset(["al", "nar", "gam", "co", "coda", "s"])
_ROLE_ENDINGS = ("or", "er", "ist", "ent", "ant", "ian", "ee")
_JOINED_PEOPLES = frozenset("born american british canadian australian speaking".split())
# After a head read as a verb: "Tom tests her patience", "Bill rounds on the ward".
_OBJECTS = frozenset(
    "her him them me us it the a an his their my your our up out on off over down to".split()
)


def not_a_person(text: str, toks: list[Tok], i: int) -> bool:
    """Token i is a capitalised word that names a thing here (see the module)."""
    if us_word(text, toks, i):
        return True  # c11: a US state, a people, a therapy's theorist, a service's word
    word = toks[i].text
    if not word[:1].isupper():
        return False
    if uk_no_name(toks, i):
        return True  # "Wellbeing", "EMIS", "Ward 2" (u11)
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    if after[:1].islower() and after not in _EPONYM_HEADS and after not in _LINKS:
        # Only a count before, a plural or a short acronym, or a credential can remain.
        return _counted(toks, i) or _short_acronym(toks, i) or _credential(toks, i)
    if _eponym(text, toks, i) or _counted(toks, i) or _short_acronym(toks, i):
        return True
    return _credential(toks, i) or _label(text, toks, i) or _born(toks, i) or _anon(toks, i)


def _anon(toks: list[Tok], i: int) -> bool:
    """ "Al-Anon", "Nar-Anon", "Gam-Anon": a family group of the Twelve Steps, no person (p9)."""
    word = toks[i].text.lower()
    if word == "anon":
        return i > 1 and toks[i - 1].text == "-" and toks[i - 1].start == toks[i - 2].end
    glued = i + 2 < len(toks) and toks[i + 1].text == "-" and toks[i + 1].start == toks[i].end
    return glued and word in _ANON_HEADS and toks[i + 2].text.lower() == "anon"


def _credential(toks: list[Tok], i: int) -> bool:
    """ "PMHNP-BC", "RN BSN", "CPsychol", "Psy.D.", "PGY-2": a credential, not a name."""
    word = toks[i].text
    low = word.lower()
    if low not in lexicon.CREDENTIALS and low not in _MORE_CREDENTIALS:
        return False
    if i > 0 and toks[i - 1].text.lower() in lexicon.DETERMINERS:
        return False  # "contact the BACP": the professional body, an organisation
    return word.isupper() or not word.istitle() or low in ("psy", "pgy")


def _label(text: str, toks: list[Tok], i: int) -> bool:
    """ "Evaluator: Maren", "Scribe: Abigail", "Adm 11/29/2026": a field's label (no
    gazetteer name; a role's word before a colon and a name, or a field's word before a
    number); a speaker's label ('Dimple: "...'), "Reeves 12", "Rt 896" stay."""
    if i + 2 >= len(toks) or toks[i + 1].start != toks[i].end + (toks[i + 1].text != ":"):
        return False
    if toks[i + 1].text != ":" and text[toks[i].end] != " ":
        return False  # "Sgt Hind\n2. Housing": a line's number
    word, after, then = toks[i].text, toks[i + 1].text, toks[i + 2].text
    if word in lexicon.first_names() or word in lexicon.surnames():
        return False
    low = word.lower()
    if after == ":":
        role = low.endswith(_ROLE_ENDINGS) or low in lexicon.common_words()
        return role and then[:1].isupper() and then.isalpha()
    return after[:1].isdigit() and low in _NUMBER_LABELS


def _born(toks: list[Tok], i: int) -> bool:
    """ "Eritrean-born", "Guyanese-American": a people's adjective joined to another."""
    if i + 2 >= len(toks) or toks[i + 1].text != "-" or toks[i + 1].start != toks[i].end:
        return False
    return toks[i + 2].text.lower() in _JOINED_PEOPLES


def _eponym(text: str, toks: list[Tok], i: int) -> bool:
    """A head noun follows within a few capitalised words and links: "Clark and Wells model"."""
    k = i + 1
    while k < len(toks) and k <= i + _EPONYM_REACH:
        word = toks[k].text
        low = word.lower()
        if toks[k].start - toks[k - 1].end > 1 or text[toks[k - 1].end : toks[k].start] == "\n":
            return False
        if low in _EPONYM_HEADS:
            return word != low or not _verb_reading(toks, i, k)
        if low in _JOINED_HEADS:
            return toks[k - 1].text == "-"
        if word in "'\u2019" and k + 2 < len(toks) and toks[k + 1].text == "s":
            return toks[k + 2].text.lower() in _OWNED_HEADS and k == i + 1
        if not (low in _LINKS or word[:1].isupper()):
            return False
        k += 1
    return False


def _verb_reading(toks: list[Tok], i: int, head: int) -> bool:
    """ "Tom tests her", "Bill rounds on the ward": the head is a verb with an object (not
    "the Hayes and Strosahl model on the board": a determiner or a link before the name)."""
    after = toks[head + 1].text.lower() if head + 1 < len(toks) else ""
    before = toks[i - 1].text.lower() if i > 0 else ""
    if before in lexicon.DETERMINERS or before in _LINKS or toks[head - 1].text in _LINKS:
        return False
    return after in _OBJECTS


def _counted(toks: list[Tok], i: int) -> bool:
    """A capitalised plural (or the brand before it) after a count: "a couple Rainiers"."""
    if _plural(toks, i):
        first = i - 1 if i > 1 and _capital(toks[i - 1].text) else i
    elif i + 1 < len(toks) and _plural(toks, i + 1):
        first = i
    else:
        return False
    if first == 0:
        return False
    before = toks[first - 1].text
    last = i if _plural(toks, i) else i + 1
    after = toks[last + 1].text if last + 1 < len(toks) else ""
    if before.isdigit():  # "8 Busch Lights." (not "136 Filadelfeos Str.")
        clock = first > 2 and toks[first - 2].text in (":", ".") and toks[first - 3].text.isdigit()
        return len(before) <= 2 and not after[:1].isupper() and not clock  # "10:00 Jo Mills"
    return before.lower() in _COUNTS


def _plural(toks: list[Tok], k: int) -> bool:
    word = toks[k].text
    shaped = len(word) > 3 and word.endswith("s") and not word.endswith("ss")
    return shaped and word[:1].isupper() and not word.isupper() and word.isalpha()


def _short_acronym(toks: list[Tok], i: int) -> bool:
    """ "via SIV", "now NED": an ALL-CAPS given name of three letters or two in mixed case."""
    word = toks[i].text
    if not (2 <= len(word) <= 3 and word.isupper() and word.isalpha()):
        return False
    if word.title() not in lexicon.first_names():
        return False  # an organisation's acronym is the context layer's ("RCN", "BYU")
    before = toks[i - 1].text if i > 0 else ""
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    beyond = toks[i + 2].text if i + 2 < len(toks) else ""
    if before.lower().rstrip(".") in lexicon.TITLES or after in ("'", "\u2019"):
        return False
    if after == "," and _capital(beyond):
        return False  # "LEE, Sam"
    if _named(before) or _capital(after):
        return False  # "ANNA SMITH", "Tom LEE", a line of capitals (title-cased in the view)
    return _mixed_line(toks, i)


def _capital(word: str) -> bool:
    return word[:1].isupper() and word.isalpha()


def _named(word: str) -> bool:
    """A capitalised word that may be a name ("Tom"), not an English word opening a sentence."""
    if not _capital(word):
        return False
    return word.lower() not in lexicon.common_words() or word in lexicon.census_first_names()


def _mixed_line(toks: list[Tok], i: int) -> bool:
    """More words within six tokens either side are in lower case than in capitals."""
    near = toks[max(0, i - 6) : i] + toks[i + 1 : i + 7]
    words = [t.text for t in near if t.text.isalpha() and len(t.text) > 1]
    lower = sum(w.islower() for w in words)
    return lower > 0 and lower > sum(w.isupper() for w in words)
