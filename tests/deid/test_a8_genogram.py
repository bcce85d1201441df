"""Issue 13, round 7 (a8): ages in genograms and household lists: grandparents' codes,
a relation and a colon, children after a colon, and columns aligned with spaces or tabs.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

SPACED = "Relation    Age   Lives\nMother      64    Hull\nBrother     29    York\n\nScore  12\n"
TABBED = "Name\tAge\tSchool\nKai\t9\tSt Bede\nMia\t12\tOakwood\n"
NOT_AGE = "Item      Sessions   Score\nCBT       12         14\n"

CAUGHT = [
    ("GENOGRAM\nMGF 84 - dementia\nMGM 80\n", "84"),
    ("Genogram: PGM 79, mother 55, brother 22", "79"),
    ("Family: sibs 17 & 12", "17"),
    ("Household: pt (16), mother (41), half-sister (3)", "16"),
    ("Mother: 52 | Father: 55 | Sister: 19", "55"),
    ("Kids: 14, 11, 6", "11"),
    ("Genogram\nRuth (mum) 66\nKeith (dad) 70\n", "70"),
    (SPACED, "64"),
    (SPACED, "29"),
    (TABBED, "9"),
    (TABBED, "12"),
]

LEFT = [
    (SPACED, "12"),
    (NOT_AGE, "12"),
    (NOT_AGE, "14"),
    ("Kids: 2", "2"),
    ("Mother: 2 calls this week", "2"),
    ("pt 12/1 15:10 called", "15"),
    ("Sessions: 4, 6", "4"),
    ("saw Ruth (mum) 3 times", "3"),
]


@pytest.mark.parametrize(("text", "value"), CAUGHT)
def test_genogram_age_is_replaced(text: str, value: str) -> None:
    """An age in a genogram line, a household list or an aligned 'Age' column is replaced."""
    start = text.index(value)
    reps = [r for r in replaced(text) if r[1] == "age"]
    assert any(value == r[0] for r in reps), (start, replaced(text))


@pytest.mark.parametrize(("text", "number"), LEFT)
def test_other_columns_and_counts_are_kept(text: str, number: str) -> None:
    """A number under another column, after a table, or a count after a relation is kept."""
    if text == SPACED:
        start = text.index("Score  12") + len("Score  ")
        assert not any(
            r.start < start + 2 and start < r.end
            for r in Deidentifier([]).redact(text).replacements
        )
    else:
        assert not covers(text, number), replaced(text)


PATHOLOGICAL = {
    "spaced": "Relation    Age   Lives\n" + "Mother      64    Hull\n" * 450,
    "tabbed": "Name\tAge\n" + "Kai\t9\n" * 1400,
    "gaps": "a  " * 3400,
    "colons": "Mother: 52 | " * 770,
    "genogram codes": "MGF 84 - " * 1100,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_genogram_rules_are_linear(name: str) -> None:
    """10 KB of each rule's worst shape is redacted and checked in under half a second."""
    engine = Deidentifier([])
    assert redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm up") < LINEAR_SECONDS
