"""Issue 13, round 3: echoes of a name, listed and reached ages, organisation shapes, nicknames.

Every sentence here was written for these tests, not copied from a corpus; each rule has a
case it must catch and a near miss it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

FOUND = [
    # A name found once by its cue is a name at every other mention, in any case.
    ("Her flatmate Oswin moved out. Later oswin texted twice.", "oswin"),
    ("Her sponsor Bramble rang. Later Bramble texted twice.", "Bramble texted"),
    ("Her aunt Marigold Tansley visited. Tansley stayed a week.", "Tansley stayed"),
    ("Seen with Dr F. today. Plan agreed with F. later.", "F. later"),
    # Numbers listed beside an age are ages.
    ("Brody, aged 4 (5 in June), started nursery.", "5 in"),
    ("Her son is in Year 7 (11, 12 in May).", "11,"),
    ("Marisol, 8th grade, 13, came with her aunt.", "13"),
    ("she was 15; 16 in April and still at home.", "16"),
    # A name in a list before its age.
    ("His brothers (Obinna, 14; Chidubem, 10) share a room.", "Chidubem"),
    # Ages a person reaches.
    ("Her grandad never got to see 70.", "70"),
    ('"I just want to live to 30," he said.', "30"),
    ("She started drinking at fourteen, alone.", "fourteen"),
    ("Her best friend died at 17 in 2019.", "17"),
    ("Priya was between 9 and 13 when they lived there.", "9"),
    # Organisations before a legal ending and before a group noun.
    ("Invoices go to Larkspur Talking Therapies, LLC by Friday.", "Larkspur"),
    ("She found the Kestrel group at the library helpful.", "Kestrel"),
    ("He never misses Jaguars games on Sunday.", "Jaguars"),
    # A town's whole name of two or three capitalised words, cue or no cue; an age before a dash.
    ("She drives for the Sugar Land school district.", "Sugar Land"),
    ("Referred by Mr K. Ambrose, 81 \u2014 a neighbour.", "81"),
    # Ages a person will be or was at a time.
    ("Her party is in May; she'll be 61 then.", "61"),
    ('He would be "forty-one, forty-two" now.', "forty-two"),
    ("She has sung since I was ten in Swansea.", "ten"),
    ("Things changed when Oighrig was eight.", "eight"),
    # A name after "aka", or quoted alone in brackets after a name.
    ('his cousin Dwayne (aka "Bricks") rang', "Bricks"),
    ('her sister Parminder ("Pammi") drove', "Pammi"),
    # ...and a name before "aka", "a.k.a." or "(also) known as".
    ('her flatmate "Bubs" (aka Roisin Carr) moved out', "Bubs"),
    ("Kenji a.k.a. the landlord called twice.", "Kenji"),
    ("Tamsin, also known as T, was at the party.", "Tamsin"),
    # A name glossed by who uses it.
    ("Anastazja (Nastka to her gran) is tired.", "Nastka"),
    ('Bartholomew ("Tolly" to friends) turned up late.', "Tolly"),
]

KEPT = [
    # Before "aka", an English word is no name unless it is quoted.
    ("Mum (aka the boss) rang.", "Mum"),
    ("Blue (aka the colour of the sea) was chosen.", "Blue"),
    # An English word is taken again only with its capital and not opening a sentence.
    ("Her nephew Will visited. I will see her next week.", "will see"),
    ("Her nephew Will visited. Will you call?", "Will you"),
    # A lower-case echo only for a gazetteer name.
    ("The Bro group met. bro said nothing", "bro said"),
    # Listed numbers with units or times are not ages.
    ("He is 45 (6 kg lost since March).", "6 kg"),
    ("Her son is 9, 10 mins away by bus.", "10 mins"),
    ("She is in Year 2 (of 3) of her degree.", "3)"),
    # A number with a unit after a place and a comma is no age.
    ("They moved to Leeds, 34 miles away.", "34"),
    # Not an age a person reaches.
    ("Meet at twenty past four.", "twenty"),
    ("She will see 15 clients today.", "15"),
    ("Mood was between 3 and 5 all week.", "3"),
    # Will be / was with a unit, or with no person or time word before it.
    ("She'll be 10 minutes late.", "10"),
    ("The total was 12 by then.", "12"),
    ('she used the word ("Sorry") twice', "Sorry"),
    # Generic or known kinds of group, and weekdays.
    ("She attends the DBT group and the Recovery group.", "Recovery"),
    ("She joined the Korean group.", "Korean"),
    ("Completed Moral Reconation Therapy groups in custody.", "Moral"),
    ("Family Therapy, LLC", "Family"),
    # One English word alone is no town without a cue; a two-word run that is no town.
    ("We talked about Reading for an hour.", "Reading"),
    ("She found Green Tea calming.", "Green Tea"),
    # A capitalised English word before "to her" that is no name.
    ("She left (Walked to her car) and cried.", "Walked"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_found(text: str, part: str) -> None:
    """Each round-3 rule replaces its identifier in a fresh sentence."""
    assert covers(text, part), text


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_kept(text: str, part: str) -> None:
    """Each near miss of a round-3 rule is left alone."""
    assert not covers(text, part), text


def test_echo_keeps_the_same_tag() -> None:
    """The second mention of a name found by its cue gets the first mention's tag."""
    text = "Her stepmum Bramble phoned, and later Bramble wrote."
    out = Deidentifier([]).redact(text)
    tags = [out.text.count(tag) for tag in {r.replacement for r in out.replacements}]
    assert len(out.replacements) == 2
    assert tags == [2]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Her sponsor Bramble rang. Later Bramble texted.", "found by a cue elsewhere"),
        ("Brody, aged 4 (5 in June), started.", "listed beside an age"),
        ("His brothers (Obinna, 14; Chidubem, 10) share.", "a name in a list before its age"),
        ("Her grandad never got to see 70.", "a number a person reaches"),
        ("Invoices go to Larkspur Talking Therapies, LLC today.", "before ', LLC'"),
        ("She found the Kestrel group helpful.", "before 'group'"),
        ("Anastazja (Nastka to her gran) is tired.", "who uses it"),
        ("Her party is in May; she'll be 61 then.", "will be or was"),
        ('his cousin Dwayne (aka "Bricks") rang', "after 'aka'"),
    ],
)
def test_explain_names_layer_and_cue(text: str, cue: str) -> None:
    """`deid --explain` reasons name the layer and the cue, never the identifier itself."""
    reasons = [r.reason for r in replacements(text)]
    hit = [r for r in reasons if cue in r]
    assert hit, reasons
    assert hit[0].split(":")[0] in ("pattern", "context")
    for name in ("Bramble", "Chidubem", "Larkspur", "Kestrel", "Nastka"):
        assert name not in hit[0]


SIZE = 10_000
PATHOLOGICAL = {
    "echoes": "her friend Aab Aab aab " * (SIZE // 23),
    "echoed initials": "supervisee T. T. " * (SIZE // 17),
    "listed ages": "aged 4 (5, 6; 7, " * (SIZE // 17),
    "grades": "8th grade, 9, " * (SIZE // 14),
    "named ages": "(Aab, 4; Bbc, 5; " * (SIZE // 17),
    "reached ages": "see 60 at forty-four at 16 in 2022 " * (SIZE // 35),
    "legal endings": "Aa Bb, LLC, Inc, " * (SIZE // 17),
    "group nouns": "the Aa Bb parent group games " * (SIZE // 29),
    "nicknames": '(Tom to her, "Fer" to friends, ' * (SIZE // 31),
    "will be": "she'll be 9 when I was 9 " * (SIZE // 26),
    "aliases": '(aka "Aa") Bb ("Cc") ' * (SIZE // 20),
    "town runs": "Sugar Land Round Rock Aa Bb Cc " * (SIZE // 31),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of a round-3 rule's own pathological shape is redacted in under half a second."""
    text = PATHOLOGICAL[name]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
