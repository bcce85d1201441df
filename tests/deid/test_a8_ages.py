"""Issue 13, round 7 (a8): ages said in quotes, after "at" beside their person, glued to a
sex in brackets, listed after children, written years;months, and the last of a list.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

CAUGHT = [
    # a number opening a quotation
    ('He said "sixty-one, and still working".', "sixty-one"),
    ('Her sister, "fifty-one, and still dancing", came along.', "fifty-one"),
    ('The man on the line (he said "about 45") sounded drunk.', "45"),
    ('He turned 60 in June - "sixty and still skint".', "sixty"),
    ('Asked again, he replied "nineteen. Honest."', "nineteen"),
    ("Mum, 'seventy-three, and sharp as a tack', lives alone.", "seventy-three"),
    ('He left home when he was "about 9", he thinks.', "9"),
    ('they\'re "technically six" in dog years, she joked', "six"),
    ('Kit (7, "nearly 8") drew the house.', "8"),
    ("Zeb (almost 13 - birthday soon) came with mum.", "13"),
    # "at" beside its person
    ("At four she moved to her gran's.", "four"),
    ("at nine he moved schools again", "nine"),
    ("a video of himself at six on a trike", "six"),
    ("the picture of me at twelve on the pier", "twelve"),
    ("At five he was taken into care.", "five"),
    ("at 7 I lost my dad", "7"),
    ("a video of Jonah at six, grinning", "six"),
    # a sex glued to the age, in brackets or before a relation
    ("She saw her sister (32f) at the weekend.", "32f"),
    ("Brother (45m) still drinks.", "45m"),
    ("27f partner moved in", "27f"),
    # children's ages listed, and the last of a list after "and"
    ("kids 7, 9 and 12", "12"),
    ("boys 4 & 6 share a room", "4"),
    ("Her kids are 5, 8 and 11.", "11"),
    ("grandchildren 3, 5, 8 and 10.", "8"),
    # years and months
    ("CA 9;4 at assessment", "9;4"),
    ("WISC at 11;2 (CA), VIQ 98", "11;2"),
    ("Child is 9y 4m old.", "9y 4m"),
    ("Age: 2yr 11mo", "2yr 11mo"),
    ("3y6m at referral", "3y6m"),
]

LEFT = [
    ('He drinks "twenty, thirty" cans a day.', "twenty"),
    ('He said "fifteen" pints on Saturday.', "fifteen"),
    ('She rated it "fourteen" out of twenty.', "fourteen"),
    ('She said "seventeen times, at least".', "seventeen"),
    ('He answered "sixty" when asked how many cigarettes.', "sixty"),
    ("at four o'clock she left", "four"),
    ('The dog is "nearly 3" now.', "3"),
    ('She was "two hours" late.', "two"),
    ('It was "3 or 4" drinks.', "3"),
    ('He was "one" of them.', "one"),
    ("Total (nearly 30)\nnext", "30"),
    ("at nine sessions we review", "nine"),
    ("At 4 she left the session early.", "4"),
    ("I'll call her at four.", "four"),
    ("We meet at nine tomorrow.", "nine"),
    ("at four she started crying", "four"),
    ("Took a break (15m) then resumed.", "15m"),
    ("walked (40m) and stopped", "40m"),
    ("the pool (25m) is too cold", "25m"),
    ("kids 2 and 3 times a week", "2"),
    ("She has the kids 2 days a week.", "2"),
    ("She is 45 and 3 months sober.", "3"),
    ("Scores 1;2;3 on items", "1;2"),
    ("time 09;30", "09;30"),
    ("sertraline 50, PHQ-9 14, married 22 years, 3 kids", "14"),
]


@pytest.mark.parametrize(("text", "value"), CAUGHT)
def test_age_is_replaced(text: str, value: str) -> None:
    """An age in a quotation, after 'at' beside its person, glued to a sex, listed, or y;m."""
    assert (value, "age") in replaced(text) or covers(text, value), replaced(text)
    assert any(cat == "age" for _, cat in replaced(text)), replaced(text)


@pytest.mark.parametrize(("text", "number"), LEFT)
def test_counts_times_and_scores_are_kept(text: str, number: str) -> None:
    """A count, a time, a score, a measure or a dose of the same shape is left alone."""
    assert not covers(text, number), replaced(text)


def test_iso_timestamp_date_is_replaced_whole() -> None:
    """An ISO timestamp's date is replaced up to its day, not left after the year."""
    text = "Portal message 2024-12-03T14:02 from client"
    assert ("2024-12-03", "date") in replaced(text), replaced(text)


PATHOLOGICAL = {
    "quotes": 'He said "sixty-one, ' * 600,
    "open quotes": '"' * 10_000,
    "at": "a video of himself at six " * 400,
    "at life": "at nine she moved " * 560,
    "kids": "kids " + "7, " * 3300,
    "semicolons": "9;4;" * 2500,
    "years": "9y 4m " * 1700,
    "sex": "sister (32f) " * 800,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_new_age_rules_are_linear(name: str) -> None:
    """10 KB of each new rule's worst shape is redacted and checked in under half a second."""
    engine = Deidentifier([])
    assert redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm up") < LINEAR_SECONDS
