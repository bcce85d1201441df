"""Round 18 (u18): initials a note defines as a person ("trainee therapist (RB)", "KW (Kemi
W.)"), then uses through the note."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced_words

_ROLE = (
    "Supervision - trainee IPT therapist (AM), recording of session 4.\n"
    "AM said the client went quiet after the loss question. Supervisor asked AM to "
    "slow down.\nAM's plan: a timeline next week."
)
_NAMED = (
    "group supervision - supervisee OT (Omar T.) and two others\n"
    "OT feels the client is stuck. OT noticed his own impatience.\n"
    "Action: OT to bring the consent form."
)


@pytest.mark.parametrize(("text", "letters", "count"), [(_ROLE, "AM", 4), (_NAMED, "OT", 4)])
def test_defined_initials_are_people_everywhere(text: str, letters: str, count: int) -> None:
    assert replaced_words(text, "person").count(letters) == count


@pytest.mark.parametrize(
    "text",
    [
        "Seen by the social worker (SW) at home. SW said the tenancy is safe.",
        "Referred to a therapist (CBT) for the new year. CBT waiting list is long.",
        "Offered CBT (Cognitive Behavioural Therapy) again. CBT said to be helpful.",
        "Home visit with OT (Sam Hill) re rails. OT to order a perching stool.",
        "The trainee (AM) slot was cancelled; next AM clinic is on Friday.",
    ],
)
def test_roles_therapies_and_hours_stay(text: str) -> None:
    people = replaced_words(text, "person")
    assert not {"SW", "CBT", "OT", "AM"} & set(people)


@pytest.mark.parametrize("unit", ["therapist (AM) AM said ", "OT (Omar T.) OT ", "KW ( K . W . ) "])
def test_defined_initials_are_linear(unit: str) -> None:
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
