"""Words that are English by their shape though the word list lacks them (round 7, p8).

The context layer takes an unknown lower-case word after "said", "with", "to" for a
name ("said oluwaseun had"), and an unknown capitalised word for a name anywhere. The
word list (SCOWL, about 64,000 words) lacks much of what notes are written in, and
each gap became a person: "said bday was", "said nowt", "pt said hed go", "treated with
clozapine", "worse with stressors", "refer to prescriber", "Cook & Sons haulage",
"Student Wellbeing", "the DCFS Hotline", "Passcode 4471", "Seen on Ward 12". The causes,
each a class, not a list of one note's words:

- chat and speech forms: abbreviations of a text message ("bday", "tbh", "rn"),
  contractions written without their apostrophe ("hed", "theyd", "didnt") and dialect
  words ("nowt", "summat", "gonna");
- a word built from a listed word by an English suffix ("prescrib-er", "stress-ors",
  "haul-age", "crackhead-s") or from two listed words ("crack+heads", "pass+code",
  "well+being", "hot+line");
- a medicine's generic name by its stem ("clozap-ine", "nalox-one", "haloperid-ol");
- an English word used as a label before a number or a code: "Ward 12", "Ward C6",
  "Math 1", "Bay 4" (a given name in the gazetteer too, but no name is numbered).

A word any name gazetteer holds is never judged here ("jade", "jasper", "Whitcomb"), so
names the gazetteers know keep every rule they had.
"""

from __future__ import annotations

from functools import cache

from notes_vault.deid import lexicon
from notes_vault.deid.tokens import Tok

_CHAT = frozenset(
    "bday bdays bf gf bff bc cuz coz cos tho thru pls plz thx tmrw tmr rn idk tbh ngl omg "
    "lol lmao smh ffs abt bout gonna wanna gotta dunno innit aint yall nah yeah yep nope "
    "nowt owt summat nuffin nothin somethin ya yer yous youse wee lil hun babe "
    "hes shes hed theyd youd id im ive youve weve theyve youre theyre isnt wasnt dont "
    "doesnt didnt cant couldnt wont wouldnt shouldnt havent hasnt hadnt arent werent thats "
    "whats theres heres ill youll theyll itll mustnt neednt".split()
)
_SUFFIXES = (
    "ers", "er", "ors", "or", "age", "ages", "s", "es", "ed", "ing", "ings", "ly", "ness",
    "ment", "ments", "ful", "less", "ism", "ist", "ists", "ish",
)  # fmt: skip
_MEDICINE = (
    "apine", "azine", "azepam", "zolam", "oxone", "isone", "olone", "idone", "odone", "etine",
    "oxetine", "aline", "amine", "ipine", "idol", "eridol", "azide", "pril", "sartan",
    "statin", "cillin", "mycin", "cycline", "azole", "triptan", "tidine", "afil", "gabalin",
    "pentin", "tyline", "pramine", "azodone", "afaxine", "iclone", "orphine", "codone",
    "etamine", "ermin", "iphene", "oxin", "formin", "glutide", "prazole", "trexone", "olol",
)  # fmt: skip
_MIN_PART = 3
_MIN_STEM = 3
_MIN_MEDICINE = 7
_MAX_CODE = 4


@cache
def _names() -> frozenset[str]:
    return lexicon.first_names() | lexicon.surnames() | lexicon.places()


def english_shaped(word: str) -> bool:
    """A lower-case word that is English by its shape (see the module), and no gazetteer's
    name."""
    if not word.isalpha() or word.title() in _names():
        return False
    if word in _CHAT:
        return True
    common = lexicon.common_words()
    if len(word) >= _MIN_MEDICINE and word.endswith(_MEDICINE):
        return True
    return _suffixed(word, common)


def _suffixed(word: str, common: frozenset[str]) -> bool:
    for suffix in _SUFFIXES:
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or len(stem) < _MIN_STEM:
            continue
        if stem in common or stem + "e" in common:
            return True
        doubled = suffix in ("ed", "ing", "er", "ers") and stem[-1] == stem[-2]
        if doubled and len(stem) > _MIN_STEM and stem[:-1] in common:
            return True  # "stopp-ed"
    return False


def numbered_label(text: str, toks: list[Tok], i: int) -> bool:
    """ "Seen on Ward 12", "Ward C6 reception", "Math 1 honors": an English word right before
    a number or a short code on its line; not a list of names and ages ("Hope 9, Will 12")."""
    word = toks[i].text
    if i + 1 >= len(toks) or not toks[i + 1].text[-1:].isdigit() or not word[:1].isupper():
        return False  # the cheap test first: a number or code after it
    if word.lower() not in lexicon.common_words():
        return False
    code = toks[i + 1]
    if code.start != toks[i].end + 1 or text[toks[i].end] != " " or len(code.text) > _MAX_CODE:
        return False
    if not (code.text[-1].isdigit() and code.text[0].isalnum()):
        return False
    listed = i > 0 and toks[i - 1].text in ",;:"
    after = toks[i + 2] if i + 2 < len(toks) else None
    dated = after is not None and after.start == code.end and after.text in "/.:-"
    return not listed and not dated and not (after is not None and after.text in ",;")
