"""Words the learned layer never takes: what the engine's own lexicons call no identifier (m8).

The learned layer (learned.py) scores what the rules left. Where the rules left a word
because one of the engine's hand-kept classes names it as something else, the layer
must agree, whatever its score: a model trained on a thousand notes cannot know that
"Huntington's disease" is a disease or "Will you call?" a question. So a candidate is
vetoed, by CLASS, when:

- `person_words.never_a_name` says so: calendar words, headings, clinical shorthand,
  medicines, languages, peoples and observances, kinship words and roles, eponyms before
  a model, method, test, scale or hierarchy ("Maslow's hierarchy", "the Clark model"),
  credentials, field labels (the context layer's own veto, person_not.py included);
- it lies in a disease named after a person or place (eponyms.py: "Huntington's
  disease", "Down syndrome");
- it is a modal verb opening a question or a clause before a lower-case word ("Will
  you call?", "May I ask"), as context.py reads "will" and "may";
- it is a stage, a level or a room's label, or the number or letter written after one
  ("Year Eleven", "Ward 12, Bay 4", "Stage Two", "Plan B": context_cues._LETTERED and
  the school and room words of the age rules);
- it is a holiday's word (data/named_days.txt.gz, from PyPI `holidays`: "Diwali",
  "Hogmanay") or one of the engine's abbreviations in capitals ("PHQ", "GAD", and since
  round 12 every clinical and service shorthand list: "DCFS"), or an English word after
  "AT" in a line of capitals ("LOOK AT TRAVEL COSTS");
- it is in a run of English words ending in a course's or group's noun ("the Freedom
  Programme"), a workplace's people as one body ("a member of Staff"), or an English word
  in a list a group's or room's label opens ("Groups: Willow, Rowan"; lead, round 9);
- it is a sex or gender ("62 years   Male"), any word in a list of things ("Blocks: Gamban",
  "Apps: Calm"), an English word ending in "-ing" ("We talked about Reading": the place
  rules take the town where a cue says so), or a month before a number ("june 3 times a
  week": the date rules' to judge) (lead, round 10, after the retrain took those three).

One look at a few tokens around each candidate: linear.
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources

from notes_vault.deid import echo, eponyms, lexicon, person_words, quasi
from notes_vault.deid.addresses import SERVICE_WORDS
from notes_vault.deid.capitals import clinical_shorthand
from notes_vault.deid.context_cues import _LETTERED, _MODALS
from notes_vault.deid.dates import MONTHS
from notes_vault.deid.org_affiliations import _INSTITUTIONS
from notes_vault.deid.org_endings import _KIND_WORDS, MORE_ORG_ENDINGS, transit_line
from notes_vault.deid.org_runs import _GENERIC
from notes_vault.deid.person_nicknames import _SET_ROLES
from notes_vault.deid.place_runs import _SUBJECTS
from notes_vault.deid.tokens import Tok, is_capitalised, sentence_start

# Labels a number, a number word or a letter follows without naming anyone: the context
# layer's lettered words, and the school, room and count words of the age rules.
STAGES = _LETTERED | frozenset(
    "year yr form grade gr bed room rm floor level flat unit key wave cohort set "
    "session week page no number chapter module lesson bl blwyddyn".split()
)  # "bl 9": Welsh "Blwyddyn 9", a school year (lead, round 23, when the layer took "bl")
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty first second third fourth fifth "
    "sixth seventh eighth ninth tenth i ii iii iv v vi vii viii ix x".split()
)


# Verbs a note's plan and action lines open with ("See A.", "Refer to...", "Book 4/12"):
# an instruction, not a name, whatever a census says (lead, round 8). Verbs that are also
# common given names ("Chase", "Mark", "Will", "Grant") are not listed.
_PLAN_VERBS = frozenset(
    "see call refer book review check discuss continue consider ask note plan send arrange "
    "contact monitor repeat increase reduce start stop complete update attach liaise offer "
    "provide encourage advise recommend request schedule text email phone ring".split()
)


_JOINERS = frozenset(["of", "and", "&", "the", "'", "\u2019", "s", "-"])
_REACH = 4  # words a run is followed either side of a token (linear on a line of capitals)
_QUOTES = frozenset('"\u201c\u201d')
# Nouns after a run of capitals that make it a kind of group or course when a kind word is
# in the run ("Moral Reconation Therapy groups", org_forms.py).
_GROUP_NOUNS = frozenset("group groups programme program course class classes sessions".split())
_SETS = frozenset([",", "-", "\u2013", "\u2014"])


@cache
def kind_words() -> frozenset[str]:
    """Lower-case words that say what KIND of service, body, venue or event a name is, from
    the organisation rules' own lists ("Social Services", "Town Hall", "Half Marathon"):
    a run of capitals made of nothing else names no one body (org_runs, org_endings)."""
    events = quasi._EVENT_WORDS.replace("[ \\t]+", "|").replace("?", "").split("|")
    words = set(SERVICE_WORDS) | _GENERIC | _KIND_WORDS | {w.lower() for w in events}
    words |= {w.lower() for w in MORE_ORG_ENDINGS | _INSTITUTIONS} | _COLLECTIVES
    return frozenset(words - {"s"})


# Labels of lists that name groups, rooms and courses, never people ("Staff:", "Team:" do).
_LIST_LABELS = frozenset(
    "group groups room rooms ward wards class classes house houses course courses module "
    "modules unit units bay bays".split()
)
# Labels of lists of things, never of people or places, whatever the word ("Blocks: Gamban",
# "Apps: Calm, Headspace"): lead, round 10, when the retrained layer took "Gamban" at p=0.57.
_THING_LABELS = frozenset(
    "block blocks blocker blockers app apps tool tools meds medication medications".split()
)
_LIST_REACH = 24  # tokens back to a list's label: a dozen names and their commas

# A sex or gender in a header line ("62 years   Male"): no one's name (lead, round 10, when
# the layer took "Male" at p=0.78).
_SEXES = frozenset(
    "male female males females man woman men women nonbinary non transgender trans cis "
    "intersex".split()
)

# The people of a workplace as one body ("a member of Staff", "the Crew"): no one's name
# (lead, round 9, when the retrained layer took "Staff" at p=0.71).
_COLLECTIVES = frozenset("staff crew personnel workforce faculty course".split())
_PRONOUNS = frozenset("i me he him she her they them we us you his my our their your".split())
# A measure's head word ("Depression and Anxiety Scale", "Beck Inventory"): no organisation by
# the layer alone (lead, round 14, when the retrained layer took "Scale" at p=0.73; round 23,
# "Mental State Examination (MSE)" at p=0.72).
_MEASURES = frozenset(
    "scale scales inventory questionnaire checklist screener examination examinations exam "
    "assessment assessments evaluation".split()
)


@cache
def event_words() -> frozenset[str]:
    """The last words of a named event (quasi.py: "Marathon", "Festival"), which the final
    check warns of for a person to review, not a name to replace."""
    words = [w.lower() for w in quasi._EVENT_WORDS.split("|") if " " not in w]
    return frozenset(w.rstrip("?") for w in words) | {w[:-2] for w in words if w.endswith("s?")}


@cache
def holiday_words() -> frozenset[str]:
    """Each word of every holiday's name that is no given name, capitalised ("Diwali")."""
    raw = resources.files("notes_vault.deid").joinpath("data", "named_days.txt.gz").read_bytes()
    first = lexicon.first_names()
    words = {
        word
        for line in gzip.decompress(raw).decode("utf-8").splitlines()
        for word in line.partition("\t")[2].replace("'", " ").split()
        if word[:1].isupper() and word.isalpha() and len(word) > 2
    }
    return frozenset(words - first - lexicon.places())


class Vetoes:
    """The per-note part of the veto (the eponym ranges), made once per note with a candidate."""

    def __init__(self, text: str, toks: list[Tok]) -> None:
        """The note; its eponymous diseases are read once, on first need."""
        self.text = text
        self.toks = toks
        self.eponyms: list[tuple[int, int]] | None = None

    def vetoed(self, i: int, low: str) -> bool:
        """Token i (lower case `low`) is a word the engine's lexicons call no identifier
        (the set lookups first, then the context layer's own veto, then the runs)."""
        toks = self.toks
        word = toks[i].text
        if (not word.isalpha() and any(c.isdigit() or c == "_" for c in word)) or (
            low in _NUMBER_WORDS
        ):  # s11: a word of letters only has no digit and no "_": no loop over it
            return True  # numbers, dates and ages are the pattern and age rules' ("the
            # Fourth", "Scored 19"); "{client_id}" is a template's field
        if (
            low in _SEXES
            or low in _MEASURES
            or low in lexicon.PERSON_CUES
            or word in holiday_words()
        ):
            return True
        if word.isupper() and len(word) > 1 and (clinical_shorthand(word) or self._loud_at(i, low)):
            return True  # "DCFS", "SOCIAL WORK TO LOOK AT TRAVEL COSTS" (lead, round 12)
        if self._staged(i, low):
            return True
        if word[:1].isalpha() and person_words.never_a_name(self.text, toks, i):
            return True
        return (
            any(a <= toks[i].start < b for a, b in self._eponyms())
            or self._country(i, low)
            or self._kin_word(i)
            or self._english_opening(i, low)
            or (low in _PLAN_VERBS and sentence_start(self.text, toks, i))
            or (is_capitalised(word) and (self._kind_run(i) or self._quoted_title(i)))
            or self._listed(i, low)
            or (low.endswith("ing") and low in lexicon.common_words())  # "about Reading"
            or (low in MONTHS and i + 1 < len(toks) and toks[i + 1].text[:1].isdecimal())
            or transit_line(toks, i)  # c14: "the Orange Line for the CTA"
        )

    def _listed(self, i: int, low: str) -> bool:
        """In a list of things, or an English word in a list of groups or rooms."""
        if not self.toks[i].text[:1].isupper():
            return False
        label = self._labelled_list(i)
        return label in _THING_LABELS or (label in _LIST_LABELS and low in lexicon.common_words())

    def _labelled_list(self, i: int) -> str:
        """The label (lower case) of the list at its line's start that token i is in, or "":
        an English word in a list of groups or rooms ("Groups: Willow, Rowan", "Rooms: Oak,
        Ash"; lead, round 9, when the retrained layer took "Willow" at p=0.71), any word in
        a list of things ("Blocks: Gamban"; round 10), is no one's name."""
        toks, text = self.toks, self.text
        k = i - 1
        stop = max(-1, i - _LIST_REACH)  # a bounded look back: linear on a line of capitals
        while k > stop and (toks[k].text == "," or toks[k].text[:1].isupper()):
            if "\n" in text[toks[k].end : toks[k + 1].start]:
                return ""
            k -= 1
        if k < 1 or toks[k].text != ":" or "\n" in text[toks[k].end : toks[k + 1].start]:
            return ""
        label = toks[k - 1].text.lower()
        at_start = k == 1 or "\n" in text[toks[k - 2].end : toks[k - 1].start]
        return label if at_start else ""

    def _staged(self, i: int, low: str) -> bool:
        """A modal opening a question, or a stage's label and its number ("Year Ten")."""
        toks = self.toks
        return (
            (low in _MODALS and _modal(toks, i))
            or (low in STAGES and _numbered(toks, i + 1))
            or (i > 0 and _numbered(toks, i) and toks[i - 1].text.lower() in STAGES)
        )

    def _english_opening(self, i: int, low: str) -> bool:
        """An English word opening a sentence before a word that does not make it a name
        ("Hope so", "Summer holidays", "Dawn walks"): whether it is a name found again
        there is echo.py's decision, which the layer does not overrule (lead, round 8)."""
        toks = self.toks
        if i + 1 >= len(toks) or low not in lexicon.common_words():
            return False
        if not toks[i + 1].text[:1].islower():
            return False
        return sentence_start(self.text, toks, i) and not echo.name_follows(toks, i)

    def _loud_at(self, i: int, low: str) -> bool:
        """An English word after "AT" in capitals: the context layer's own reading (u11)."""
        return i > 0 and self.toks[i - 1].text == "AT" and low in lexicon.common_words()

    def _eponyms(self) -> list[tuple[int, int]]:
        """The note's eponymous diseases, read on first need."""
        if self.eponyms is None:
            self.eponyms = eponyms.eponym_ranges(self.toks)
        return self.eponyms

    def _kin_word(self, i: int) -> bool:
        """'her grandmother, "Sitto"': a quoted word set off after a family word is the
        relation's word in her language (person_nicknames.py; a friend's is a nickname)."""
        toks = self.toks
        if i < 3 or toks[i - 1].text not in _QUOTES or toks[i - 2].text not in _SETS:
            return False
        cue = toks[i - 3].text.lower()
        return cue in lexicon.PERSON_CUES and cue not in _SET_ROLES

    def _country(self, i: int, low: str) -> bool:
        """A country's one-word name ("Jordan", "China"), not after a title or a relation
        word nor before a speech verb ("her cousin Jordan", "Jordan said")."""
        toks = self.toks
        if toks[i].text not in lexicon.countries():
            return False
        before = toks[i - 1].text.lower().rstrip(".") if i else ""
        after = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
        if before in lexicon.PERSON_CUES or before in lexicon.TITLES:
            return False
        if after == "and":  # SPEECH holds "and" for "Jordan and I"; "France and then" is a country
            then = toks[i + 2].text.lower() if i + 2 < len(toks) else ""
            return then not in _PRONOUNS and bool(low)
        return after not in lexicon.SPEECH and after not in lexicon.VERBS_AFTER and bool(low)

    def _kind_run(self, i: int) -> bool:
        """Token i is in a run of capitalised words on one line made only of kind words
        and joiners ("Social Services", "the Council", "Recovery group", "Green Tea"), or
        of English words ending in a subject ("Computer Science": place_runs' subjects)."""
        toks, text, kinds = self.toks, self.text, kind_words()
        first = last = i
        while (
            first > max(0, i - _REACH) and _linked(toks, first - 1) and _near(text, toks, first - 1)
        ):
            first -= 1
        while (
            last < min(len(toks) - 1, i + _REACH)
            and _linked(toks, last + 1)
            and _near(text, toks, last)
        ):
            last += 1
        words = [t.text.lower() for t in toks[first : last + 1]]
        if all(w in kinds or w in _JOINERS for w in words) and any(w in kinds for w in words):
            return True
        if any(w in event_words() for w in words[i - first :]):
            return True  # "Hartley Half Marathon": a named event, the final check's to warn of
        after = toks[last + 1].text if last + 1 < len(toks) else ""
        if after in _GROUP_NOUNS and any(w in kinds for w in words):
            return True
        common = lexicon.common_words()
        if words[-1] in _GROUP_NOUNS and all(w in common or w in _JOINERS for w in words):
            return True  # "the Freedom Programme", "Hope Group": a named course (lead, round 9)
        return toks[last].text in _SUBJECTS and all(w in common for w in words)

    def _quoted_title(self, i: int) -> bool:
        """Token i is inside quotes or brackets holding two to nine English words, all
        capitalised: a song's, a book's or a service's title ('"Hound Dog Blues"', "(Attend
        Anywhere)"), as person_quotes and org_cues read them."""
        toks, common = self.toks, lexicon.common_words()
        first = i
        while first > max(0, i - _REACH) and toks[first - 1].text[:1].isalpha():
            first -= 1
        last = i
        while last < min(len(toks) - 1, i + _REACH) and toks[last + 1].text[:1].isalpha():
            last += 1
        if first == 0 or last + 1 == len(toks):
            return False
        marks = toks[first - 1].text + toks[last + 1].text
        quoted = marks[0] in _QUOTES and marks[1] in _QUOTES
        if first == last or not (quoted or marks == "()"):
            return False  # one word in quotes may be a nickname ('"Biscuit"')
        run = toks[first : last + 1]
        return all(is_capitalised(t.text) and t.text.lower() in common for t in run)


def _linked(toks: list[Tok], k: int) -> bool:
    """Token k can be part of a capitalised run: a capitalised word or a joiner inside one."""
    word = toks[k].text
    return is_capitalised(word) or word in ("&", "'", "\u2019", "-", "of", "and")


def _near(text: str, toks: list[Tok], k: int) -> bool:
    """Tokens k and k+1 are on one line with at most a space between them."""
    return k + 1 < len(toks) and text[toks[k].end : toks[k + 1].start] in ("", " ")


def _numbered(toks: list[Tok], k: int) -> bool:
    """Token k is a number, a number word or a single letter (a stage's or a room's label)."""
    if k >= len(toks):
        return False
    word = toks[k].text
    return word.isdigit() or word.lower() in _NUMBER_WORDS or (len(word) == 1 and word.isupper())


def _modal(toks: list[Tok], i: int) -> bool:
    """ "Will you call?", "May I ask", "Can we": a modal before a pronoun or a lower-case
    word (not "Will said", where the next word is a speech verb after a name)."""
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    if not after.isalpha():
        return False
    low = after.lower()
    if low in lexicon.SPEECH or low in lexicon.VERBS_AFTER:
        return False
    return after == "I" or after.islower()
