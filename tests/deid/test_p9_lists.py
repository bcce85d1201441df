"""Issue 13, round 8 (p9): items of a list beside a person found, and a name before a set of
pronouns (person_lists.py).

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced

PEOPLE = [
    ("Her grandchildren (Mariam, 9; Tobiah, 6) stay on Fridays.", "Tobiah"),
    ("Two nephews - Kwesi (Y10) and Ferdie (Y7) - share a room.", "Kwesi"),
    ("His old mates are scattered: Zeb in Cardiff, Oskar in Gdansk.", "Zeb"),
    ("On the rota tonight: Stacey, Bryn, Olamide and Tuck.", "Tuck"),
    ("The lads from the yard - Dazzer, Big Mick, Shane - came to the funeral.", "Dazzer"),
    ("kids are fine - ellis, ro, jamila.", "ro"),
    ("brothers: Gurpreet (Slough), Balraj (Ilford), Dev (Derby).", "Gurpreet"),
    ("Her cousins Priscilla and Wynn flew over.", "Wynn"),
    ("Supervision group: Morag, Thea, Iolo.", "Iolo"),
    ("Sibs: Aaliyah (14), Kit (11), Bilal (6).", "Kit"),
    ("Camp leaders: Otter, Sparrow, Birch (camp names).", "Sparrow"),
    ("On the ward they go by Red, Tiny and Duke (nicknames).", "Tiny"),
]

PRONOUNS = [
    ("Next Tues 3pm.\nRhiannon (trainee counsellor, she/her)", "Rhiannon"),
    ("Facilitator: Alexis (they/them)", "Alexis"),
    ("Co-therapist Oakley (he/him) joined late.", "Oakley"),
    ("Client's partner, Bren (34, they/them), came to the second half.", "Bren"),
    ("Written by Jaz, she/her, on the duty line.", "Jaz"),
]

LEFT = [
    ("Seen with Priya, Mum and the dog.", "Mum"),
    ("Present: Gemma, dad, Tuesday's nurse.", "dad"),
    ("Meds: Callum, sertraline 50mg, reviewed.", "sertraline"),
    ("Tomasz (38), Polish, works at the depot.", "Polish"),
    ("Sipho (40), Zimbabwean, arrived in 2019.", "Zimbabwean"),
    ("Grew up in Kingston, Jamaica, with Aunt Bev.", "Jamaica"),
    ("cc: Imelda Ruiz, Esq., for the hearing.", "Esq"),
    ("- mk, lcsw", "lcsw"),
    ("Talked about Lucy, anxiety, work and money.", "anxiety"),
    ("Client (she/her) arrived early.", "Client"),
    ("pt (they/them) quiet today.", "pt"),
    ("Her worker, she/her, was off sick.", "worker"),
    ("Siblings: Aaron (12), Mum (48), Dad (50).", "Mum"),
    ("Meds tried: Sertraline, Citalopram (brand names differ).", "Citalopram"),
    ("Groups: Willow, Rowan (group names).", "Willow"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_list_items_beside_a_person(text: str, name: str) -> None:
    """A one-word item of a list beside an item found as a person is replaced as a person."""
    assert any(name in part and kind == "person" for part, kind in replaced(text)), replaced(text)


@pytest.mark.parametrize(("text", "name"), PRONOUNS)
def test_name_before_pronoun_set(text: str, name: str) -> None:
    """The word before a set of pronouns, in brackets or after a comma, is a person."""
    assert (name, "person") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_relations_peoples_places_and_roles_are_kept(text: str, word: str) -> None:
    """A relation, medicine, people's name, country, credential, English word or role in a
    list beside a person, or before pronouns, is not replaced as a person."""
    assert not any(word in part and kind == "person" for part, kind in replaced(text)), replaced(
        text
    )


PATHOLOGICAL = {
    "list": "Tobiah, Mariam, Zeb, Kez; " * 400,
    "aged list": "Kez (11), Bilal, 6; " * 500,
    "pronouns": "Alexis (they/them), Bren, she/her, " * 300,
    "slashes": "he/him/she/her/they/them " * 400,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of the rules' own pathological input is redacted in under half a second."""
    text = PATHOLOGICAL[name][:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
