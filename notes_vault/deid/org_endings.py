"""More words a capitalised organisation's name ends with (issue 13 round 5), read by
addresses.py beside lexicon.ORG_SUFFIXES: "Black Cultural Archives", "Point Defiance
Zoo", "Pacific Tomato Growers", "Hogan Middle", "Cedar House", "Network Rail"; round 7
(o8) adds trades ("Wilshire Cleaners", "Midland Scaffold", "Tollcross Therapy Rooms";
not "Consulting Rooms"). Left out: "Therapies" (writers read "Talking Therapies" as a
kind of service) and "Engineering" ("Biomedical Engineering" is a subject).

Kept apart from lexicon.ORG_SUFFIXES, which the vault layer also reads as the generic
words of a known organisation's name: these change only what the context layer finds.
A name made of nothing but words that say what kind of hall, house or union it is
("Town Hall", "Halfway House", "European Union") is no one body's name.
"""

from __future__ import annotations

from notes_vault.deid.org_service_types import service_type
from notes_vault.deid.tokens import Tok, sentence_start

MORE_ORG_ENDINGS = frozenset(
    "Archives Zoo Aquarium Growers Complex Correctional Rail Railway Railways Airlines "
    "Airways Mgmt Management Brigade Battalion Regiment Division Middle Prep Montessori Hall House "
    "Press Radio News Gazette Herald Courier Chronicle Insurance Foods Dairy Distillery "
    "Labs Laboratories Bros Brothers Collective Outreach Project Kitchen Masjid Shul "
    "Chabad Refuge Pantry Foodbank Lodge State".split()
) | frozenset(  # round 7 (o8): a trade in the plural or by its work ("Wilshire Cleaners")
    "Cleaners Movers Plumbers Electricians Roofers Roofing Caterers Florists Jewellers "
    "Jewelers Butchers Bakers Accountants Surveyors Glaziers Decorators Landscaping "
    "Landscapers Couriers Contractors Scaffolding Scaffold Joinery Carpentry "
    "Interiors Kitchens Lettings Taxis Cabs Kennels Cattery Groomers Autos Tyres Tires "
    "Fabrications Productions Publishing Freight Wholesale Rentals Sons "
    "Rooms".split()
)
# Round 14 (c14): a colour before "Line" names a metro or train route, not a body ("the MBTA
# Red Line", "drives the Orange Line for the CTA"): 7 of 8 such names unlabelled on dev.
TRANSIT_COLOURS = frozenset("Red Orange Blue Green Silver Yellow Purple Brown Pink Gold".split())
_STOPS = frozenset(["station", "stop", "platform"])  # "the Green Line station": one place


def transit_line(toks: list[Tok], i: int) -> bool:
    """Token i is the colour or the "Line" of a coloured train route, not one of its stations
    (read by `kind_only` and, so the learned layer agrees, by `learned_veto`)."""
    word = toks[i].text
    k = i + 1 if word in TRANSIT_COLOURS else i
    if k >= len(toks) or toks[k].text != "Line" or toks[k - 1].text not in TRANSIT_COLOURS:
        return False
    return k + 1 >= len(toks) or toks[k + 1].text.lower() not in _STOPS


# Words that alone before an ending say what kind of place it is, not which one.
_KIND_WORDS = frozenset(
    "town city village county church community sports dining concert music bingo main great "
    "exam halfway white council open safe care group big full guest boarding coffee opera "
    "public dog green tree play light national personnel pain parent food the new old "
    "students student union lodge middle high junior senior grand masonic infantry med meds "
    "medication medicines withdrawal case weight anger stress behavior behaviour risk "
    "symptom time money project waste pain contingency crisis disease condition welfare "
    "nanny free empire united member nation steady manic mental emotional altered police "
    "sovereign secretary therapy consulting counselling counseling talking psychological "
    "tea changing waiting dining living board meeting treatment private".split()
)


def kind_only(toks: list[Tok], first: int, last: int, text: str = "") -> bool:
    """Whether a name ending in one of MORE_ORG_ENDINGS is made only of kind words
    ("Town Hall", "Halfway House", "National Insurance"), names a coloured train line, or
    (given the note's text) names a kind of service ("PRISON MENTAL HEALTH", o15)."""
    if last == first + 1 and transit_line(toks, last):
        return True  # c14: "the Red Line" is a train route ("MBTA Red Line" names MBTA)
    if text and service_type(text, toks, first, last):
        return True
    if toks[last].text not in MORE_ORG_ENDINGS:
        return False
    words = [t.text.lower() for t in toks[first:last] if t.text[:1].isalpha()]
    return all(w in _KIND_WORDS or w == "s" for w in words)


# Verbs a note opens a sentence with before a service's name ("Attended Edison High",
# "Refuses Union Gospel Mission", "Signposted LGBT Foundation"): round 7 (o8).
_NOTE_VERBS = frozenset(
    "attended attends refused refuses given gave discussed discusses signposted signposts "
    "provided provides check checked contacted contacts called calls rang emailed "
    "referred refers offered offers visited visits joined joins left started starts "
    "suggested suggests recommended recommends explored explores declined declines "
    "accepted accepts agreed agrees phoned phones texted texts wrote writes saw sees met "
    "meets told tells asked asks mentioned mentions reported reports retired retires "
    "completed completes finished finishes".split()
)


def after_opening_verb(text: str, toks: list[Tok], first: int, last: int) -> int:
    """The first word of a capitalised name ending at `last`, past a verb that opens the
    sentence ("Attended Edison High" -> "Edison High"); `first` when there is none."""
    verb = first < last and toks[first].text.lower() in _NOTE_VERBS
    return first + 1 if verb and sentence_start(text, toks, first) else first


# Verbs of going and sending, and prepositions of time, that come before "home", "care" or
# "group" in a sentence: in capitals lines every word is capitalised, so the run back from
# the ending word must stop there ("PT WENT HOME", "BACK HOME AFTER GROUP").
GOING = frozenset(
    "went go goes going gone came come comes coming sent send sends sending got get gets "
    "getting drove drive drives driving walked walk walks walking ran run runs returned "
    "return returns returning headed heading stayed stay stays staying left leave leaves "
    "leaving discharged discharge brought bring took take takes taking taken back after "
    "before during until since".split()
)
# Round 22 (lead): closed-class words that open no name either: in a capitals line every
# word is capitalised ("KNOWN DEMENTIA PER POLICE", "SPENDING WHEN HIGH", "SAYS
# PHARMACY SHUT"): the run back from the ending word stops at them too (not "via" or "us":
# "Via Care", "US Army").
CLOSED = frozenset(
    "per when then about this that these those says said re than while which who whose "
    "what where how are were be been has have had does did will would can could should also "
    "just only still again very too he she they we it you me him them its".split()
)
