"""Issue 13, round 4 (o4): organisations and places the vault does not know, found by cue.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

FOUND = [
    # A field label for an organisation.
    ("Pharmacy: Rite Aid, open till 9.", "Rite Aid"),
    ("pharmacy = Boots; collects weekly", "Boots"),
    ("Employer - Greencore (nights)", "Greencore"),
    # A business before the street it stands on.
    ("Picked up her scripts at Duane Reade on E 14th St.", "Duane Reade"),
    ("She waits outside Walgreens on Halsted & Roscoe.", "Walgreens"),
    ("Bought it from the Dollar Tree on Route 9.", "Dollar Tree"),
    ("He has coffee at Tierney's on 86th most days.", "Tierney"),
    # Police initials next to a police word; 'the VA'.
    ("He was stopped by an SFPD officer near the pier.", "SFPD"),
    ("Taken home by MPD after the fight.", "MPD"),
    ("He gets his meds through the VA now.", "VA"),
    ("Missed his VA appointment on Friday.", "VA"),
    # Workplaces after a working, leaving or playing verb.
    ("Her brother drives for Lyft at weekends.", "Lyft"),
    ("She was let go from Primark in the spring.", "Primark"),
    ("He retired from Royal Mail after 30 years.", "Royal Mail"),
    ("Her son plays for Hearts under-16s.", "Hearts"),
    ("He works nights for the Coastguard now.", "Coastguard"),
    # Referral, attending and banking verbs.
    ("I have referred her to Cruse for bereavement support.", "Cruse"),
    ("Signposted to Papyrus and the Samaritans.", "Papyrus"),
    ("He attends Alcoholics Anonymous on Tuesdays.", "Alcoholics Anonymous"),
    ("They attend Beth Shalom most weeks.", "Beth Shalom"),
    ("Her claim is stuck: the insurer (Admiral) wants photos.", "Admiral"),
    ("She banks with Santander and hides the card.", "Santander"),
    # A name and what it is.
    ("She calls Shelter, the housing charity, most weeks.", "Shelter"),
    ("He joined Unison (the union) last year.", "Unison"),
    # A team before 'fan', 'highlights', 'game'; a name in brackets after a workplace noun.
    ("He is a lifelong Wolves fan.", "Wolves"),
    ("Up late watching Spurs highlights again.", "Spurs"),
    ("Their Saturday plan (Sounders game) fell through.", "Sounders"),
    ("She works at the garage on Mill Rd (Kwik Fit) part-time.", "Kwik Fit"),
    ("He packs boxes in a warehouse (Ocado) on nights.", "Ocado"),
    # Organisation endings: bars, grills, a congregation; a nationality opening a name.
    ("They met at the Lighthouse Bar on Friday.", "Lighthouse Bar"),
    ("She sings at Grace Congregational twice a month.", "Grace Congregational"),
    ("Her mum volunteers at the Polish Centre in Ealing.", "Polish Centre"),
    # A person's affiliation after a comma; a venue called by English words after "to the".
    ("Letter copied to Mr Adeyemi, Barnardos, on request.", "Barnardos"),
    ("Call from her caseworker (Femi, Refugee Action).", "Refugee Action"),
    ("He still goes to the Dog and Partridge on Fridays.", "Dog and Partridge"),
    ("She parks behind the Golden Wok after work.", "Golden Wok"),
    # A run of capitalised English words after a place cue: a neighbourhood or small town.
    ("She grew up in Cherry Hinton and still goes back.", "Cherry Hinton"),
    ("He walks home from Pleasant Ridge after his shift.", "Pleasant Ridge"),
    ("They moved to Little Italy when she was small.", "Little Italy"),
    # Two words or more after "via"/"through"; a person "from" a body; numbered units.
    ("Counselling was arranged via Care First Partnership.", "Care First"),
    ("Spoke with Mr Osei from Bright Futures, who agreed.", "Bright Futures"),
    ("Her brother is a firefighter with Engine 42 downtown.", "Engine 42"),
    ("He was a sergeant in the 14th Precinct for years.", "14th Precinct"),
    ("The cake came from Crumbs on Dock St. She loved it.", "Dock St"),
    # An acronym SCOWL lists as a name after "at", "from" or "to".
    ("He wants to transfer to UCLA next fall.", "UCLA"),
    ("She stacks shelves at IKEA on weekends.", "IKEA"),
    # Lower-case streets after a cue, the unknown shop before one, saints without an
    # apostrophe; a generic service name with "of" and a town is one body's name.
    ("they found him in the flat on larchmere rd that night", "larchmere rd"),
    ("she walked along bessemer avenue to the bus", "bessemer avenue"),
    ("works the till at the wingstop on harlan road", "wingstop"),
    ("his girls go to st annes round the corner", "st annes"),
    ("Housing help from Community Action Services of Wichita.", "Community Action"),
    # Gazetteer towns in lower case after a cue or made of no English word; a compass
    # letter and a name after "on".
    ("she grew up near grand rapids and hated it", "grand rapids"),
    ("hearing is at the court house wilkes barre on monday", "wilkes barre"),
    ("Meet at the laundromat on S Halsted after group.", "S Halsted"),
    # A district in brackets after a town; a numbered street before a quadrant; a
    # lower-case saint before a workplace noun.
    ("Her gran still lives in Sunderland (Hendon) alone.", "Hendon"),
    ("The clinic is at 14th St NW, second floor.", "14th St"),
    ("his wife was nursed at st columba hospice last year", "st columba"),
    # Other countries' street shapes; the town line of an address block; a town after a
    # street and a comma; a postcode after a country at a line's end.
    ("Her flat: 17 Calle Mayor, Madrid.", "Calle Mayor"),
    ("Letters go to Via Garibaldi 12 for now.", "Via Garibaldi"),
    ("He rents at Bahnhofstraße 9 in the old town.", "Bahnhofstraße 9"),
    ("Apt. 12\nKirkenes\nNorway 9900", "Kirkenes"),
    ("Apt. 12\nKirkenes\nNorway 9900", "9900"),
    ("Send it to 40 Quarry Road, Wetherby, by Friday.", "Wetherby"),
    ("Unit 3/41 Hope St, Fitzroy VIC 3065", "Hope St"),
    # A town whose letters the normalised view folds ("ł" -> "l"), also in capitals.
    ("KASIA BACK IN WROCŁAW FOR HER MUM'S OP", "WROCŁAW"),
    ("She flew to Białystok on Friday.", "Białystok"),
    # Place-kind endings (canal, gorge, moor, creek); a name and its kind after a comma.
    ("They walked along the Kennet Canal every Sunday.", "Kennet Canal"),
    ("He camps at Lost Pine Creek each summer.", "Lost Pine Creek"),
    ("Support worker (Amira, Harbour service) rang.", "Harbour"),
    # A gazetteer town with hyphens or dots matches whole.
    ("Her dad lives in Stoke-on-Trent now.", "Stoke-on-Trent"),
    ("His family is from Port-au-Prince originally.", "Port-au-Prince"),
]

KEPT = [
    # A label followed by no name, and a label inside a sentence.
    ("Pharmacy: none on file.", "none"),
    ("School: Year 10, settled.", "Year"),
    # 'on' and a street after a person, relation, abbreviation or place.
    ("Mom on Elm Street called twice.", "Mom"),
    ("He lives in an HMO on Cavendish Rd.", "HMO"),
    ("Meet Sarah on High Street later.", "Meet"),
    # Police initials with no police word are the clinical abbreviation.
    ("Dx BPD; started DBT in March.", "BPD"),
    ("Screened for PPD at six weeks postpartum.", "PPD"),
    ("VA 6/6 both eyes at the optician.", "VA"),
    # Working and leaving verbs before no organisation.
    ("She works for herself now.", "herself"),
    ("He cares for Mum most evenings.", "Mum"),
    # Referral and attending verbs before a generic service, a course or a person.
    ("Referred to Mental Health Services by her GP.", "Mental Health"),
    ("She attended the Freedom Programme last year.", "Freedom"),
    ("I attend Group on Mondays.", "Group"),
    ("Seen by video (Attend Anywhere) today.", "Anywhere"),
    ("He attends the Serbian Orthodox church on Sundays.", "Serbian"),
    ("I referred her to Dr Mensah for review.", "referred"),
    ("She is a member of Staff.", "Staff"),
    # A possessive after the kind is someone else's, not an apposition.
    ("Blocks: Gamban, the bank's own block.", "Gamban"),
    # Lines of capitals: every word looks like a name there.
    ("REFER TO DV SERVICES INFO IF NEEDED AND REVIEW.", "INFO"),
    # A role, a credential or a degree after a person's comma; a generic service.
    ("Copied to Dr Mensah, Consultant Psychiatrist.", "Consultant"),
    ("\u2014 Rhiannon Pugh, LADC", "LADC"),
    ("Seen with Ms Okoro, Social Services.", "Social Services"),
    ("Report by Kwame Boateng, M.A. (school psychologist)", "M.A"),
    # "the" and institutions or laws, or after a verb that names no venue.
    ("She wrote to the Council about the damp.", "Council"),
    ("She is protected under the Equality Act 2010.", "Equality"),
    # ("He rides the Metro to work." was pinned here until round 8: the learned layer now
    # replaces "Metro" at p=0.71, and a city's named transit system places the client, so
    # the lead let it go; see docs/deid-rounds.md, "Round 8: the merge".)
    # One word after "via", a department after "from", a floor after an ordinal.
    ("Seen via Zoom this week.", "Zoom"),
    ("Dr Shah from Cardiology rang back.", "Cardiology"),
    ("She lives on the 3rd floor now.", "floor"),
    # A role or a surname's town in brackets.
    ("Present: Ms Hana Ito (SENCo) and the head.", "SENCo"),
    ("She stays with family in Leeds (Mum) for now.", "Mum"),
    # A street word first with no house number; a language or credential after a street's
    # comma; a year after a country; "VIA" in a line of capitals.
    # ("We watched Avenue Q on the telly." was pinned here until round 18: the retrained
    # learned layer replaces "Avenue" at p=0.74, a show's name; see docs/deid-rounds.md,
    # "Round 18 (lead)".)
    ("SRO on Stockton St, Cantonese only.", "Cantonese"),
    ("Counsellor: Renee Castellano-Pike, LCSW", "LCSW"),
    ("She was born in Portugal 1985 and moved.", "Portugal"),
    ("SELF-REFERRED VIA NHS 24 LAST NIGHT AFTER DRINKING", "VIA"),
    # A credential-like acronym or a department after a name's comma; a country after a
    # work verb; a battalion.
    ("Carer: Joan Ellis, DOM, 0161 496 0000", "DOM"),
    ("Reviewed by pharmacy (Tomasz Nowak, PharmD) today.", "PharmD"),
    ("Copied to Mr. Keith Albers, Corporate Security", "Corporate"),
    ("Both her parents worked in Spain for years.", "Spain"),
    ("He served with the 3rd battalion for a decade.", "battalion"),
    # A listed acronym that is a test, or a clinical abbreviation.
    ("She is anxious about going to SAT prep.", "SAT"),
    ("Sent to ICU overnight.", "ICU"),
    # Lower-case towns with no cue made of English words (US spellings too), or after "the".
    ("the drunk driver crossed the center line", "center line"),
    ("we sat at the junction of two roads", "junction"),
    # Lower-case street words after a determiner, a pronoun or no cue; a known shop word.
    ("we are back on the road again", "road"),
    ("she was alone on her own street", "street"),
    ("the avenue was quiet", "avenue"),
    ("bought milk at the corner shop on larch road", "corner"),
    ("He said, on main st it was quieter.", "main"),
    # Place cues before services, subjects, ranked things and countries.
    ("Her son is in Year Eleven now.", "Year"),  # "Eleven" is an age (a school year)
    ("She has a degree in Computer Science.", "Computer Science"),
    ("He served in Northern Ireland in the eighties.", "Northern Ireland"),
    ("Referred from Social Services last week.", "Social Services"),
    ("Her aunt lives in South Korea.", "South Korea"),
    # A team noun after an English word at a bracket's start.
    ("(Football game) on Saturday went fine.", "Football"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_found(text: str, part: str) -> None:
    """Each o4 rule replaces its organisation or place in a fresh sentence."""
    assert covers(text, part), text


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_kept(text: str, part: str) -> None:
    """Each near miss of an o4 rule is left alone."""
    assert not covers(text, part), text


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Pharmacy: Rite Aid, open till 9.", "after the label 'Pharmacy:'"),
        ("She waits outside Walgreens on Halsted & Roscoe.", "before 'on' and a street"),
        ("He was stopped by an SFPD officer.", "beside a police word"),
        ("He gets his meds through the VA now.", "'VA' after 'the'"),
        ("Her brother drives for Lyft at weekends.", "a workplace after 'drives for'"),
        ("I have referred her to Cruse for support.", "after 'referred her to'"),
        ("She calls Shelter, the housing charity, weekly.", "before 'the ... charity'"),
        ("He walks home from Pleasant Ridge daily.", "after 'from' (a neighbourhood"),
        ("He packs boxes in a warehouse (Brakewell) on nights.", "in brackets after 'warehouse'"),
        ("Letter copied to Mr Adeyemi, Barnardos, today.", "after a person and a comma"),
        ("She parks behind the Golden Wok after work.", "after 'behind the'"),
    ],
)
def test_explain_names_layer_and_cue(text: str, cue: str) -> None:
    """`deid --explain` reasons name the layer and the cue, never the identifier itself."""
    reasons = [r.reason for r in replacements(text)]
    hit = [r for r in reasons if cue in r]
    assert hit, reasons
    assert hit[0].startswith("context:")
    for name in (
        "Rite Aid",
        "Walgreens",
        "SFPD",
        "Lyft",
        "Cruse",
        "Shelter",
        "Pleasant",
        "Ocado",
        "Barnardos",
        "Golden",
    ):
        assert name not in hit[0]


SIZE = 10_000
PATHOLOGICAL = {
    "labels": "Pharmacy: Aa Bb & Cc 'n Dd " * (SIZE // 27),
    "on streets": "Aa Bb on N Cc & Dd on 48th on Hwy " * (SIZE // 34),
    "police": "BPD officer PPD by brought " * (SIZE // 27),
    "phrases": "referred to Aa Bb attends banks with Cc " * (SIZE // 40),
    "appositions": "Aa Bb, the big red charity (the union " * (SIZE // 38),
    "brackets": "the shop on Aa Bb Cc (Dd Ee (Ff " * (SIZE // 32),
    "place runs": "in Little Green Hill from Old Town near " * (SIZE // 39),
    "hyphens": "in Stoke-on-Trent-on-Stoke-on " * (SIZE // 30),
    "for the": "works from home for the Aa Bb Cc for the " * (SIZE // 41),
    "affiliations": "(Aa, Bb Cc, Dd, Ee & Ff of Gg, " * (SIZE // 31),
    "to the": "to the Aa Bb to the Cc behind the " * (SIZE // 34),
    "lower streets": "on aa bb cc road at the dd on ee rd st ffs " * (SIZE // 42),
    "lower towns": "near twin lakes wilkes barre new york on N Main on S. " * (SIZE // 53),
    "units": "Engine 17 Ladder 7 22nd District 7th ward Local " * (SIZE // 48),
    "street forms": "12 Via Aa Bb de Cc 4 Ddgade 5 Apt. 6\nEe\nFrance 12345\n" * (SIZE // 52),
    "street commas": "Aa Rd, Bb Cc, Dd St, " * (SIZE // 20),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of an o4 rule's own pathological shape is redacted in under half a second."""
    text = PATHOLOGICAL[name]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
