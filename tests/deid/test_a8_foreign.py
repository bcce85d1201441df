"""Issue 13, round 7 (a8): ages written in another language ("tiene 12 años", "67 ans").

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

CAUGHT = [
    ("son père, 74 ans, ne sort plus", "74"),
    ("dice que su hija tiene 15 años", "15"),
    ("meine Mutter ist 81 Jahre alt", "81"),
    ("la nonna ha 92 anni", "92"),
    ("brat ma 19 lat i pracuje", "19"),
    ("o filho tem 6 anos", "6"),
    ("haar vader (68 jaar) woont alleen", "68"),
    ("un garçon de 11 ans", "11"),
]

LEFT = [
    ("il y a 3 ans, elle est partie", "3"),
    ("depuis 10 ans en France", "10"),
    ("seit 12 Jahren in Leeds", "12"),
    ("hace 20 años que no la ve", "20"),
    ("sono passati 10 anni fa", "10"),
    ("30 ans de mariage", "30"),
    ("od 5 lat w Anglii", "5"),
]


@pytest.mark.parametrize(("text", "value"), CAUGHT)
def test_foreign_age_is_replaced(text: str, value: str) -> None:
    """A number and another language's word for years, said of a person, is an age."""
    assert any(v.startswith(value) and c == "age" for v, c in replaced(text)), replaced(text)


@pytest.mark.parametrize(("text", "number"), LEFT)
def test_spans_of_time_are_kept(text: str, number: str) -> None:
    """'ago', 'since', 'for' and a marriage's years in those languages are no age."""
    assert not covers(text, number), replaced(text)


PATHOLOGICAL = {
    "years": "tiene 12 años " * 720,
    "bare": "12 ans " * 1450,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_foreign_age_rule_is_linear(name: str) -> None:
    """10 KB of the rule's worst shape is redacted and checked in under half a second."""
    engine = Deidentifier([])
    assert redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm up") < LINEAR_SECONDS
