"""Round 14 (k14): birthdays told by a zodiac year beside a birth cue ("born in the year
of the rabbit"), by a fixed feast ("the feast of the Holy Innocents",
"Dia de los Muertos"), by the day before a recent age ("Today she's 41", "Age: 42
(yesterday)") and by a relative time after a birthday or a turning ("fell on it
yesterday", "turns 40 end of month"): replaced as the date of birth and found by the final
check; sentences of our own, near misses and 10 KB inputs."""

from __future__ import annotations

import datetime

import pytest

from notes_vault.deid import Deidentifier, KnownSubject
from tests.deid.helpers import (
    KNOWN_TODAY,
    LINEAR_SECONDS,
    assert_gone_and_checked,
    assert_vault_leaves,
    known_engine,
    redact_and_check_seconds,
)

TODAY = KNOWN_TODAY
D = datetime.date


def _client(dob: datetime.date) -> KnownSubject:
    return KnownSubject(role="CLIENT", name="Ottilie Marchbank", dob=dob)


FOUND = [
    (D(1958, 12, 28), "Born on the feast of the Holy Innocents, she says.", "Holy Innocents"),
    (D(1958, 12, 28), "her birthday is childermas and nobody remembers", "childermas"),
    (D(1970, 8, 15), "Seen on her 56th birthday, the Feast of the Dormition.", "Dormition"),
    (D(1981, 11, 2), "Born on Día de los Muertos, so a quiet birthday.", "Día de los Muertos"),
    (D(1981, 11, 2), "born on dia de muertos (her words)", "dia de muertos"),
    (D(1984, 9, 24), "Came in with cake. Today she's 42 and glad of it.", "Today"),
    (D(1984, 9, 24), "Yesterday, she turned 42, no party.", "Yesterday"),
    (D(1955, 5, 19), "DOB on file.   Age: 71 (yesterday)   Ward 3", "yesterday"),
    (D(1972, 11, 26), "pt's 54th birthday fell on it yesterday, quiet day", "yesterday"),
    (D(1986, 1, 31), "Age 40 (turns 41 end of month, wants to be sober).", "end of month"),
    (D(1975, 3, 8), 'born "at planting, year of the rabbit" in the hills', "year of the rabbit"),
    (D(1988, 2, 3), "Says she was born in a Rabbit year (before Tet).", "Rabbit year"),
    (D(1988, 6, 3), "DOB on her card; born in the year of the dragon.", "year of the dragon"),
]  # fmt: skip


@pytest.mark.parametrize(("dob", "text", "form"), FOUND)
def test_a_birthday_form_is_replaced_and_checked(dob: datetime.date, text: str, form: str) -> None:
    """The form is replaced (and nothing is refused), and the final check finds it in the
    raw text, so a replacer that missed it would give a refusal, not a leak."""
    assert_gone_and_checked(known_engine(_client(dob)), text, form)


LEFT = [
    (D(1958, 12, 28), "The Holy Innocents were read at Mass on Sunday.", "Holy Innocents"),
    (D(1958, 12, 29), "Born on the feast of the Holy Innocents, she says.", "Holy Innocents"),
    (D(1981, 11, 2), "They went to a Día de los Muertos parade in town.", "Muertos"),
    (D(1984, 9, 24), "Today she's 42 weeks pregnant and tired.", "Today"),
    (D(1984, 9, 24), "Today she's 42% less anxious on the scale.", "Today"),
    (D(1984, 9, 24), "Today her son is 42, he says, and still at home.", "Today"),
    (D(1984, 9, 24), "Today she is tired; 42 minutes late.", "Today"),
    (D(1986, 1, 31), "Rent is due at the end of the month.", "end"),
    (D(1975, 3, 8), "Her horoscope says it is the year of the rabbit.", "rabbit"),
    (D(1975, 3, 8), "She was born in the year of the dragon, she says.", "dragon"),
    (D(1975, 3, 8), "Born in Laos. The year of the rabbit was a hard one.", "rabbit"),
    (D(1986, 1, 31), "Her mum's birthday is at the end of the month.", "end"),
]  # fmt: skip


@pytest.mark.parametrize(("dob", "text", "word"), LEFT)
def test_near_misses_are_left(dob: datetime.date, text: str, word: str) -> None:
    """No birth cue, a date of birth off the feast, a count after the age, someone else's
    birthday: the word is not replaced as what the vault knows, and the check passes."""
    assert_vault_leaves(known_engine(_client(dob)), text, text.index(word))


SIZE = 10_000
PATHOLOGICAL = {
    "days and pronouns": "today she's today he's yesterday, she turned " * (SIZE // 46),
    "ages and brackets": "Age: 42 (Age: 42 ( 42, 42 (yesterday " * (SIZE // 37),
    "links and edges": "birthday fell on it fell on it end of the end of " * (SIZE // 49),
    "feasts": "feast of the holy feast of the Dormition of the " * (SIZE // 48),
    "zodiac": "born year of the year of the rabbit year dog year " * (SIZE // 50),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_round_14_birthdays_are_linear(name: str) -> None:
    """10 KB of a pathological input for these forms is redacted and checked in under half
    a second."""
    engine = Deidentifier([_client(datetime.date(1984, 9, 24))], today=TODAY)
    seconds = redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm-up Today she's 42")
    assert seconds < LINEAR_SECONDS
