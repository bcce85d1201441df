"""Round 13 (k13): where a known name stands by shape ("pat rang", "client T (", a
transcript's "T:", "Rufus K.-V."), a known town contracted ("Pgh", "M'bro"), more street
types' short forms ("larkfield pk"), more named days for a birthday ("the shortest day",
"Lady Day in harvest", "xmas eve") and months in Ukrainian and Russian ("8 березня");
sentences of our own, near misses and 10 KB inputs."""

from __future__ import annotations

import datetime
import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from notes_vault.deid.check import Checker
from tests.deid.helpers import LINEAR_SECONDS, assert_left_by_vault, redact_and_check_seconds

TODAY = datetime.date(2026, 12, 5)


def _subject(
    *,
    dob: datetime.date | None = None,
    address: str | None = None,
    aliases: tuple[str, ...] = (),
    name: str = "Tamsin Ravelle",
) -> KnownSubject:
    return KnownSubject(
        role="CLIENT",
        name=name,
        aliases=aliases,
        dob=dob,
        address=address,
        linked=(LinkedPerson("Orrin Ravelle", "sibling"),),
    )


FOUND = [
    ({"name": "Patricia Quince"}, "no caps today\n\npat rang at 9. pat said it was fine.", "pat"),
    ({"name": "Patricia Quince"}, "phone typed\n\npat (52) rang from the car park.", "pat"),
    ({}, "Process note - client T (CBT, weekly) - session 4", "T"),
    ({}, "Me: What happened then?\nT: I froze. Same as always.", "T"),
    ({"name": "Rufus Kettering-Vale"}, "Child: Rufus K.-V.   Age 7", "V."),
    ({"address": "14 Quarry Row, Pittsburgh, PA"}, "Moved back to Pgh in May.", "Pgh"),
    ({"address": "14 Quarry Row, Phoenix, AZ"}, "Has lived in PHX ten years.", "PHX"),
    ({"address": "9 Linthorpe Road, Middlesbrough"}, "Address: 9 Linthorpe Rd, M'bro", "M'bro"),
    ({"address": "45 Larkfield Park, Omagh"}, "Address: 45 larkfield pk, Omagh", "pk"),
    ({"dob": datetime.date(1958, 12, 21)}, "Her birthday, the shortest day.", "shortest day"),
    ({"dob": datetime.date(1941, 8, 15)}, "Born on Lady Day in harvest.", "Lady Day in harvest"),
    ({"dob": datetime.date(1990, 8, 15)}, "Her birthday is Mary's day.", "Mary's day"),
    ({"dob": datetime.date(1996, 12, 24)}, "a xmas eve birthday, always on shift", "xmas eve"),
    ({"dob": datetime.date(1987, 3, 8)}, "Her birthday is 8 березня, a big day.", "березня"),
    ({"dob": datetime.date(1979, 1, 12)}, "Born 12 января, in the snow.", "января"),
]  # fmt: skip


@pytest.mark.parametrize(("fields", "text", "form"), FOUND)
def test_a_shape_is_replaced_and_checked(fields: dict[str, object], text: str, form: str) -> None:
    """The form is replaced, and the final check finds it in the raw text on its own."""
    subject = _subject(**fields)  # type: ignore[arg-type]
    engine = Deidentifier([subject], rng=random.Random(0), today=TODAY)
    result = engine.redact(text)
    at = text.index(form)
    assert [r for r in result.replacements if r.start <= at < r.end], result.text
    assert engine.leaks(result.text) == []
    leaks = Checker([subject], today=TODAY).leaks(text)
    assert any(leak.start <= at < leak.end for leak in leaks), leaks


def test_the_persons_initials_after_the_name_are_no_credential() -> None:
    """ "Marrow, J.E." for Jonah Elias Marrow: replaced, and refused after the name's tag."""
    subject = _subject(name="Jonah Elias Marrow")
    engine = Deidentifier([subject], rng=random.Random(0), today=TODAY)
    result = engine.redact("Seen: Cpl Marrow, J.E., 31, self-referred.")
    assert "J.E." not in result.text, result.text
    assert engine.leaks(result.text) == []
    blinded = "Seen: Cpl [CLIENT], J.E., 31, self-referred."
    assert Checker([subject], today=TODAY).leaks(blinded, {"[CLIENT]"})


NOT_FOUND = [
    ({"name": "Patricia Quince"}, "the pat was soft. pat dry the skin, she said.", "pat"),
    ({}, "T: What happened then?\nT: Nothing, I said.", "T: Nothing"),
    ({}, "Plan: client B (sister) to attend next time.", "B"),
    ({"name": "Jonah Elias Marrow"}, "Seen: Cpl Marrow, M.A., 31, self-referred.", "M.A."),
    ({"name": "Rufus Kettering-Vale"}, "Child: Rufus K.-B. (no relation)", "B."),
    ({}, "S: low mood\nO: tearful\nA: adjustment\nP: review", "P"),
    ({}, "B: withdrawn\nI: validation\nR: settled\nT: next week", "R"),
    ({"address": "14 Quarry Row, Hatton, Derby"}, "Known HTN, on ramipril.", "HTN"),
    ({"address": "14 Quarry Row, Pittsburgh, PA"}, "Called the PGA tour office.", "PGA"),
    ({"address": "14 Quarry Row, Leeds"}, "Saw the LDS bishop on Sunday.", "LDS"),
    ({"address": "9 Linthorpe Road, Middlesbrough"}, "Said M'lady to the judge.", "M'lady"),
    ({"dob": datetime.date(1958, 6, 21)}, "Her birthday, the shortest day, was grim.", "shortest"),
    ({"dob": datetime.date(1941, 8, 15)}, "The assumption: she'd cope. Born there.", "assumption"),
]  # fmt: skip


@pytest.mark.parametrize(("fields", "text", "word"), NOT_FOUND)
def test_words_of_no_known_shape_are_left(fields: dict[str, object], text: str, word: str) -> None:
    """A word, another letter, SOAP headings, other contractions, a day that is not the
    birthday: not replaced as what the vault knows, and no refusal."""
    assert_left_by_vault(_subject(**fields), text, word)  # type: ignore[arg-type]


SIZE = 10_000
PATHOLOGICAL = {
    "lower words opening sentences": "tam rang. tam said. tam (4 " * (SIZE // 27),
    "letters after roles": "client T client T, pt T. cl T (" * (SIZE // 31),
    "speaker labels": "T: a\nR: b\nT: c\nQ: d\n" * (SIZE // 20),
    "contractions": "Pgh PHX M'bro Pbh Ptt P'burgh " * (SIZE // 30),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_round_13_shapes_are_linear(name: str) -> None:
    """10 KB of a pathological input for the shapes is redacted and checked in under half a
    second."""
    subject = _subject(aliases=("Tamsy",), address="14 Quarry Row, Pittsburgh, PA")
    seconds = redact_and_check_seconds(
        Deidentifier([subject]), PATHOLOGICAL[name], "warm-up tam rang from Pgh"
    )
    assert seconds < LINEAR_SECONDS
