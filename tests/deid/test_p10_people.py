"""Issue 13, round 9 (p10): lower-case given names that are English words, joined to a
pronoun ("she and mark are") or paired after a verb of meeting ("met up with rose and bill").

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

CAUGHT = [
    ("says she and mark are not speaking since the row.", "mark"),
    ("then her and dawn went to the chippy.", "dawn"),
    ("they and bill share the flat now.", "bill"),
    ("met up with rose and bill at the club on friday.", "rose"),
    ("met up with rose and bill at the club on friday.", "bill"),
    ("still stays with pat and sue most weekends.", "sue"),
    ("saw frank and kay at the market.", "kay"),
]
LEFT = [
    ("her mood rose and she slept better.", "rose"),
    ("the gas bill and rent are both late.", "bill"),
    ("she handled it with grace and humour.", "grace"),
    ("she and will both went to the meeting.", "will"),
    ("spoke with faith and hope about the future.", "hope"),
    ("cooked with salt and pepper only.", "pepper"),
    ("she and her mum went shopping.", "mum"),
]


def _shown(text: str) -> list[tuple[str, str]]:
    return [(text[r.start : r.end], r.reason) for r in replacements(text)]


@pytest.mark.parametrize(("text", "name"), CAUGHT)
def test_a_lower_case_name_beside_a_pronoun_or_paired_is_replaced(text: str, name: str) -> None:
    """A census given name after 'she and', or both of a pair after 'with'/'met', is a person."""
    assert covers(text, name), _shown(text)
    assert any(r.category == "person" for r in replacements(text))


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_the_word_of_the_same_shape_is_kept(text: str, word: str) -> None:
    """A verb, a bill, a virtue, a modal or a relation in the same place stays."""
    assert not covers(text, word), _shown(text)


THINGS = [
    ("He is away on the boats till Xmas Eve.", "Eve"),
    ("Her mother died on Christmas Eve, years ago.", "Eve"),
    ("Family gathers for Día de Muertos each year.", "Día"),
    ("Top set for Maths, and he hates it.", "Maths"),
]
STILL_PEOPLE = [
    ("Her sister Eve rang twice this week.", "Eve"),
    ("Eve came to the session with her mum.", "Eve"),
]


@pytest.mark.parametrize(("text", "word"), THINGS)
def test_a_feast_eve_an_observance_or_a_subject_is_no_person(text: str, word: str) -> None:
    """'Xmas Eve', 'Día de Muertos', 'Maths' are not replaced as a person."""
    assert not any(
        r.category == "person" and text[r.start : r.end] == word for r in replacements(text)
    ), _shown(text)


@pytest.mark.parametrize(("text", "name"), STILL_PEOPLE)
def test_eve_as_a_name_is_still_a_person(text: str, name: str) -> None:
    """'her sister Eve', 'Eve came' stay a person."""
    assert covers(text, name), _shown(text)


PATHOLOGICAL = {
    "pronoun": "she and mark " * 770,
    "pair": "met up with rose and bill " * 400,
    "chain": "with rose and bill and rose and " * 320,
    "eve": "New Year's Eve Xmas Eve " * 420,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_p10_people_rules_are_linear(name: str) -> None:
    """10 KB of each new rule's worst shape is redacted and checked in under half a second."""
    engine = Deidentifier([])
    assert redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm up") < LINEAR_SECONDS
