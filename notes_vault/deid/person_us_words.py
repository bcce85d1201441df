"""Words of US notes that the gazetteers hold as names and that name no one here (round 11, c11).

Read by `person_not.not_a_person` (and so by every person rule that asks
`person_words.never_a_name`). Five closed classes:

- a US state whose name no common given name shares, read alone ("Jasper County,
  Missouri", "State of Missouri v. ...", "not Florida"): a place the notes leave readable,
  like a country; "Georgia", "Virginia", "Carolina", "Dakota", "Montana" and the like are
  given names too and are left to the person rules;
- peoples, nations and languages of the Americas and the Pacific that `person_words.PEOPLES`
  lacks ("speaks Mixteco", "Muscogee (Creek) Nation", "Iñupiaq", "Puerto Rican");
- the theorists whose names name a couples' or family therapy method alone in a plan ("Used
  Gottman softened start-up", "Gottman, sess 3"), unless a title comes before ("Dr. Gottman");
- the first word of a clinical or a school's term that a gazetteer holds as a given name
  ("geri psych", "Hwa-byung", "Dean of Students"), and "Puerto Rico" (a storm's name, which
  dates an event, and "FEMA", which some writers label, are left alone);
- the words of a telehealth or crisis-text service written with a capital ("Telehealth
  (video)", "Tele (Zoom)", "Texter: ..."), and a recovery circle alone ("a Wellbriety circle").

Except the service words, each is taken only alone: a capitalised word beside it makes it part
of a name ("Kansas Suicide Prevention HQ", "USS Colorado", "Gottman Relationship Checkup").

A set lookup per token asked about: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.tokens import Tok, sentence_start

_STATES = frozenset(
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii "
    "Idaho Illinois Iowa Kansas Kentucky Louisiana Maryland Massachusetts Michigan Minnesota "
    "Mississippi Missouri Nebraska Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah "
    "Vermont Wisconsin Wyoming".split()
)
_PEOPLES = frozenset(
    "Mixteco Mixteca Zapoteco Zapoteca Triqui Mam Q'anjob'al Kanjobal Chuj Ixil Tzotzil "
    "Tzeltal Purépecha Purepecha Otomí Otomi Muscogee Mvskoke Iñupiaq Iñupiat Inupiat Tlingit "
    "Haida Tsimshian Athabascan Athabaskan Gwich'in Alutiiq Unangan Tigua Lumbee Tohono "
    "O'odham Arapaho Shoshone Paiute Kiowa Chickasaw Potawatomi Menominee Haudenosaunee "
    "Blackfeet Yakama Salish Tewa Keres Dakhota Nakota Anishinabe Diné Navajos Chamoru "
    "Chamorro Palauan Pohnpeian Kosraean Yapese Micronesian Tongans Samoans Boricua "
    "Nuyorican Chicano Chicana Chicanx Tejano Tejana Cajun Gullah Geechee Hmoob".split()
)
_THEORISTS = frozenset(
    "gottman linehan minuchin satir yalom maslow bowlby winnicott piaget pavlov freud "
    "meichenbaum porges".split()
)
_SERVICE_WORDS = frozenset(
    "telehealth telemedicine telepsych telepsychiatry telebh telemental tele texter texters "
    "chatter outpt".split()
)
_GERI_HEADS = frozenset(
    "psych psychiatry telepsych telehealth depression consult unit ward team clinic med "
    "medicine".split()
)
_PROGRAMS = frozenset(["wellbriety"])  # a recovery circle, alone ("a Wellbriety circle")


def us_word(text: str, toks: list[Tok], i: int) -> bool:
    """Token i is one of the four classes (see the module)."""
    word = toks[i].text
    low = word.lower()
    if low in _SERVICE_WORDS:
        return True
    titled = word.title() if word.isupper() else word
    if titled in _STATES or titled in _PEOPLES or low in _THEORISTS or low in _PROGRAMS:
        return not _after_title(toks, i) and _alone(text, toks, i)
    before = toks[i - 1].text.lower() if i > 0 else ""
    if low in ("rican", "rico") and before == "puerto":
        return True  # "Puerto Rican", "Puerto Rico"
    return _clinical_compound(toks, i, low)


def _clinical_compound(toks: list[Tok], i: int, low: str) -> bool:
    """ "geri psych", "Geri-psych", "Hwa-byung", "Dean of Students": a given name that is the
    first word of a clinical or a school's term."""
    after = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
    glued = after == "-" and i + 2 < len(toks) and toks[i + 1].start == toks[i].end
    second = toks[i + 2].text.lower() if glued else after
    if low == "geri":
        return second in _GERI_HEADS
    if low == "hwa":
        return glued and second == "byung"
    return low == "dean" and after == "of" and i + 2 < len(toks) and toks[i + 2].text == "Students"


def _alone(text: str, toks: list[Tok], i: int) -> bool:
    """No capitalised word beside token i on its line, other than one opening a sentence: not
    inside a name ("Kansas Suicide Prevention HQ", "to Children's Nebraska", "USS Colorado",
    "White Bison Wellbriety"); "Attends Wellbriety circle" is alone."""
    k = i - 1
    if k > 1 and toks[k].text == "s" and toks[k - 1].text in "'\u2019":
        k -= 2  # "Children's Nebraska"
    if k >= 0 and _name_word(text, toks, k, toks[i - 1].end, toks[i].start):
        return False
    j = i + 1
    if j + 1 < len(toks) and toks[j].text == "(" and toks[j + 1].text[:1].isupper():
        return False  # "Iowa (Iwona) Zajac": a name mistyped, glossed in brackets
    return not (j < len(toks) and _name_word(text, toks, j, toks[i].end, toks[j].start))


def _name_word(text: str, toks: list[Tok], k: int, gap_start: int, gap_end: int) -> bool:
    """Token k is a capitalised word, on the same line, not opening its sentence or line."""
    if not toks[k].text[:1].isupper() or text[gap_start:gap_end].strip():
        return False
    return not sentence_start(text, toks, k)


def _after_title(toks: list[Tok], i: int) -> bool:
    k = i - 1
    if k > 0 and toks[k].text == "." and toks[k - 1].end == toks[k].start:
        k -= 1
    return k >= 0 and toks[k].text.lower() in lexicon.TITLES
