"""Issue 13, round 7 (p8): a surname or given name alone opening a sentence before what a
person does, and a lower-case name that is also English found again in lower case.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses it must leave alone (person_alone.py, echo.py).
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced

ALONE = [
    ("Night staff were short. Kowalczyk covering the ward until six.", "Kowalczyk"),
    ("It was a brief handover; Adeyemi covering weekends from January.", "Adeyemi"),
    ("Okonkwo reckons the tribunal date will move again.", "Okonkwo"),
    ("The unit was busy. Lindqvist leads the group on Thursdays now.", "Lindqvist"),
    ("Fitzgerald agreed to hold the referral for a week.", "Fitzgerald"),
    ("Her old teacher was kind. Brady died last spring, and she is grieving.", "Brady"),
    ("Dunne laughed when she heard about it.", "Dunne"),
    ("Moreno phoned the school twice before lunch.", "Moreno"),
    ("Team meeting: Haddad covering the duty phone.", "Haddad"),
    ("Kovacs visited on Sunday with flowers.", "Kovacs"),
]

NOT_ALONE = [
    ("Sharp pains in her chest at night, seen by the GP.", "Sharp"),
    ("Young people are welcome at the drop-in.", "Young"),
    ("Leeds hosting the regional meeting this year.", "Leeds"),
    ("Mood improving slowly since the new job.", "Mood"),
    ("You said the new rota is making it worse.", "You"),
    ("Husband died two years ago this week.", "Husband"),
    ("Lithium levels are in range.", "Lithium"),
    ("Vanderbilt forms to mom and teacher this week.", "Vanderbilt"),
    ("Polish speaking staff were on shift.", "Polish"),
    ("Christian said grace before the meal.", "grace"),
]


@pytest.mark.parametrize(("text", "name"), ALONE)
def test_name_alone_before_a_verb_is_a_person(text: str, name: str) -> None:
    """A gazetteer name opening a sentence before a person's verb is replaced as a person."""
    assert (name, "person") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "word"), NOT_ALONE)
def test_words_opening_a_sentence_are_kept(text: str, word: str) -> None:
    """An English word, a pronoun, a relation, a place or a people opening a sentence stays."""
    assert not any(word in part and kind == "person" for part, kind in replaced(text)), replaced(
        text
    )


ECHOED = [
    ("his cousin yaw wants money again. he says he doesn't trust yaw at all.", 2),
    ("a boy named rowan sat with us. she talks about rowan a lot.", 2),
    ("her mate kestrel said it was fine. later she rang kestrel for a lift.", 2),
]

NOT_ECHOED = [
    ("his cousin yaw wants to sail. the yaw of the boat scares him.", 1),
    ("her friend bill texted. the gas bill which came today is huge.", 1),
    ("a boy named will came. i will call the school tomorrow.", 1),
]


@pytest.mark.parametrize(("text", "count"), ECHOED + NOT_ECHOED)
def test_lower_case_name_found_again(text: str, count: int) -> None:
    """A lower-case name a cue found is replaced again after a verb or "about", not after a
    determiner, before "of", as a modal, or after a noun."""
    people = [part for part, kind in replaced(text) if kind == "person"]
    assert len(people) == count, replaced(text)


PATHOLOGICAL = {
    "alone": "Novak covering nights. " * 450,
    "echoes": "his cousin yaw wants. trust yaw about yaw " * 240,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of a rule's own pathological input is redacted in under half a second."""
    text = PATHOLOGICAL[name][:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
