"""Round 15 (k15): known identifiers written in shapes the engine did not read: a date of
birth dictated as month, day and year ("five eighteen eighty") or with its year said
"oh six"; a birthday told as the eve of a named day ("April Fool's eve"), by a saint alone
("St Andrew's"), by Christmas Eve's other names ("Wigilia") or by a recent age in words
and the day ("eighty-seven as of yesterday"); a known flat or room after its building
("Rootes Hall 14B"); the client's lone initial before their age in a bracket or a verb of
telling. Each is replaced and read by the final check; sentences of our own, near misses
and 10 KB inputs."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from tests.deid.helpers import (
    KNOWN_TODAY,
    LINEAR_SECONDS,
    assert_check_reads,
    assert_vault_leaves,
    assert_vault_replaces,
    known_engine,
    redact_and_check_seconds,
)

TODAY = KNOWN_TODAY
D = datetime.date


def _client(**known: Any) -> KnownSubject:
    known.setdefault("dob", D(1980, 5, 18))
    return KnownSubject(role="CLIENT", name="Ottilie Marchbank", **known)


STREET = {"address": "41 Shirley Road, Bramley, Leeds"}
LANE = {"address": "9 Bulwell Lane, Basford, Nottingham"}
PARTNER = {"linked": (LinkedPerson("Cillian Marchbank", "partner"),)}
GUARD = {"linked": (LinkedPerson("Ohio Army National Guard", "employer"),)}
CAMPUS = {"linked": (LinkedPerson("University of Nebraska Kearney", "school"),)}
HALL = {"address": "Room 7C, Brackenbury Court, Keele University, Newcastle-under-Lyme"}
AVENUE = {"address": "1190 W Halsted Ave Apt 6, Chicago, IL"}

FOUND: list[tuple[dict[str, Any], str, str]] = [
    ({}, "Name: O Marchbank. Date of birth: five eighteen eighty. Seen today.", "eighteen eighty"),
    ({}, "dob, five, eighteen, nineteen eighty, confirmed", "five"),
    ({"dob": D(2007, 3, 9)}, "her son, date of birth 9th of March oh seven.", "oh seven"),
    ({"dob": D(1966, 3, 31)}, 'Ex-Navy (an "April Fool\'s eve baby", he jokes).', "April Fool"),
    ({"dob": D(1966, 3, 16)}, "Her birthday falls on St Patrick's Eve every year.", "Patrick"),
    ({"dob": D(1990, 11, 30)}, "Born on Saint Andrew's, which her gran loved.", "Andrew"),
    ({"dob": D(1990, 11, 30)}, "He is 36 on Sunday - St Andrew's, he says.", "Andrew"),
    ({"dob": D(1993, 12, 24)}, "Her birthday is Wigilia, so it gets forgotten.", "Wigilia"),
    ({"dob": D(2004, 2, 21)}, "Born on International Mother Language Day.", "Mother Language"),
    ({"dob": D(1944, 12, 3)}, "Mrs M, eighty-two as of yesterday, tearful.", "yesterday"),
    ({"dob": D(2007, 12, 2)}, "She is 19 as of Dec 2 (today) and home for it.", "today"),
    ({**HALL}, "Term address: Brackenbury Court 7C, on campus.", "7C"),
    ({**AVENUE}, "Addr: 1190 W. Halsted Av. #6  City: Chicago", "#6"),
    ({**AVENUE}, "moved back to 1190 W Halsted Ave, apt. 6 in June", "6"),
    ({"dob": D(2012, 6, 1)}, "Art therapy.\nO (14, Year 9) came in quietly.", "O (14"),
    ({"dob": D(2012, 6, 1)}, "Seen in school. O (14) drew a house.", "O (14"),
    ({}, "Mum is worried about money; O says she can manage.", "O says"),
    ({}, "Review. O told me that the flat is damp.", "O told"),
    ({**STREET}, "dictated note new line lives at surly road comma with her mum", "surly"),
    ({**LANE}, "dragon dictation. address nine bull well lane full stop", "bull"),
    ({**LANE}, "dragon dictation. address nine bull well lane full stop", "nine"),
    ({**PARTNER}, "voice note. her husband keel in comma who works nights", "keel"),
    ({**GUARD}, "Drill weekend with OH ARNG, tired.", "OH ARNG"),
    ({**GUARD}, "SPC, OHARNG, 2 yrs", "OHARNG"),
    ({**CAMPUS}, "transferred to NU Kearney last fall", "NU Kearney"),
    ({"dob": D(1990, 11, 27)}, "Her bday was the Friday after Thanksgiving, quiet.", "Friday"),
    ({"dob": D(1971, 1, 19)}, "His birthday is on MLK Day this year, a day off.", "MLK"),
]  # fmt: skip


@pytest.mark.parametrize(("known", "text", "form"), FOUND)
def test_a_known_form_is_replaced(known: dict[str, Any], text: str, form: str) -> None:
    """The form's first character is replaced by the vault layer and nothing is refused."""
    at = text.index(form) + (len(form) - 1 if form.startswith("#") else 0)
    assert_vault_replaces(known_engine(_client(**known)), text, at)


CHECKED: list[tuple[dict[str, Any], str, str]] = [
    ({}, "DATE OF BIRTH: five eighteen eighty.", "eighteen"),
    ({"dob": D(2007, 3, 9)}, "date of birth [DOB] oh seven, she said", "oh seven"),
    ({"dob": D(1966, 3, 31)}, "born on April Fools eve", "April"),
    ({"dob": D(1990, 11, 30)}, "[AGE 30s] on Sunday - St Andrew's, he says.", "Andrew"),
    ({"dob": D(1944, 12, 3)}, "[CLIENT], eighty-two as of yesterday, tearful.", "yesterday"),
    ({"dob": D(2007, 12, 2)}, "[CLIENT], 19 as of [DOB] (today), home", "today"),
    ({**HALL}, "Term address: [ADDRESS] 7C, on campus.", "7C"),
    ({**AVENUE}, "Addr: [ADDRESS]. #6  City: [ADDRESS]", "6"),
    ({"dob": D(2012, 6, 1)}, "Art therapy.\nO (14, Year 9) came", "O (14"),
    ({}, "Money is tight; O says she can manage.", "O says"),
    ({**STREET}, "dictated note new line lives at surly road comma", "surly"),
    ({**PARTNER}, "voice note. her husband keel in comma who", "keel"),
    ({**GUARD}, "Drill weekend with OH ARNG, tired.", "OH ARNG"),
    ({"dob": D(1990, 11, 27)}, "Her bday was the Friday after Thanksgiving, quiet.", "Friday"),
]  # fmt: skip


_TAGS = ("[AGE 30s]", "[DOB]", "[ADDRESS]", "[CLIENT]")  # as if the engine had written them


@pytest.mark.parametrize(("known", "text", "form"), CHECKED)
def test_the_final_check_reads_the_form(known: dict[str, Any], text: str, form: str) -> None:
    """The final check refuses the form left in a text (a replacer that missed it gives a
    refusal, not a leak)."""
    assert_check_reads(known_engine(_client(**known)), text, text.index(form), also=_TAGS)


LEFT: list[tuple[dict[str, Any], str, str]] = [
    ({}, "Date of birth: five nineteen eighty on the old form.", "five"),
    ({"dob": D(2007, 3, 9)}, "date of birth 9th of March oh nine, she said", "nine"),
    ({"dob": D(1966, 3, 31)}, "April Fool's eve we had a party at work.", "April"),
    ({"dob": D(1990, 11, 30)}, "He studied at St Andrews; birthday in the autumn.", "Andrews"),
    ({"dob": D(1990, 11, 30)}, "She was born in St Andrews and moved south.", "Andrews"),
    ({"dob": D(1993, 12, 24)}, "They go home to Gdansk for Wigilia every year.", "Wigilia"),
    ({"dob": D(1944, 12, 3)}, "She walked eighty-two today, the physio says.", "today"),
    ({"dob": D(1944, 12, 3)}, "Mrs M, seventy as of yesterday on the form.", "yesterday"),
    ({**HALL}, "Brackenbury Court 7 times a week.", "7"),
    ({**AVENUE}, "lives on Halsted Ave 6 blocks from the clinic", "6"),
    ({**AVENUE}, "1190 W Halsted Ave #60 is her sister's", "#60"),
    ({"dob": D(2012, 6, 1)}, "Plan O (14 sessions) was agreed.", "O"),
    ({}, "Plan O says the same as plan B.", "O says"),
    ({**STREET}, "He said the surly road crew were rude to him.", "surly"),
    ({**STREET}, "dictated note new line a surly man on the road comma", "surly"),
    ({**LANE}, "dragon dictation. a bull in the lane full stop", "bull"),
    ({**GUARD}, "Her cousin is in the TX ARNG, she says.", "TX ARNG"),
    ({**CAMPUS}, "NU later, she texted.", "NU"),
    # k19: not the 29th, that Friday in 2024, a recent year round 19 reads (a note of 2024)
    ({"dob": D(1990, 11, 30)}, "Her bday was the Friday after Thanksgiving, quiet.", "Friday"),
    ({"dob": D(1990, 11, 27)}, "She worked the Friday after Thanksgiving again.", "Friday"),
    ({"dob": D(1971, 1, 19)}, "MLK Day this year was cold, she says.", "MLK"),
]  # fmt: skip


@pytest.mark.parametrize(("known", "text", "word"), LEFT)
def test_near_misses_are_left(known: dict[str, Any], text: str, word: str) -> None:
    """Another date, no birth cue, the town not the saint, an age that is not the client's,
    a count after a building, a unit that is not theirs, another letter: not replaced as
    what the vault knows, and the check passes."""
    at = text.index(word) + (len(word) - 1 if word.startswith("#") else 0)
    assert_vault_leaves(known_engine(_client(**known)), text, at)


SIZE = 10_000
PATHOLOGICAL = {
    "said dates": "date of birth five eighteen eighteen eighteen oh " * (SIZE // 48),
    "eves": "April Fool's eve eve St Patrick's eve - eve " * (SIZE // 44),
    "saints and ages": "36 on 36 on St Andrew's St Andrews born " * (SIZE // 40),
    "worded ages": "eighty-two as of eighty-two ( twenty, yesterday " * (SIZE // 47),
    "units": "Brackenbury Court 7C #6 apt. #, Halsted Ave. # " * (SIZE // 46),
    "initials": "O (14 O (14, O says O told me; O (1 " * (SIZE // 36),
    "said streets": "comma surly surly surly road road lane bull well " * (SIZE // 48),
    "this year": "bday Friday after Friday after MLK Day this year this " * (SIZE // 54),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_round_15_forms_are_linear(name: str) -> None:
    """10 KB of a pathological input for these forms is redacted and checked in under half
    a second."""
    subject = _client(dob=D(1990, 11, 30), address=AVENUE["address"] + ", " + STREET["address"])
    engine = Deidentifier([subject], today=TODAY)
    seconds = redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm-up O says she")
    assert seconds < LINEAR_SECONDS
