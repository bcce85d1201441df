"""Round 10 (k10): known identifiers as records, faxes and scans write them (a middle
initial in a name line, a scanned "0" or "|" in a known word, a ZIP+4); sentences of our
own, and near misses."""

from __future__ import annotations

import datetime
import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from notes_vault.deid.check import Checker

TODAY = datetime.date(2026, 12, 5)
SUBJECT = KnownSubject(
    role="CLIENT",
    name="Harold Ignatius Pennock",
    address="14 Quarry Row, Castlewood, OH",
    postcode="43017",
    linked=(LinkedPerson("Rosa Bo Yancey", "partner"),),
)
TAGS = frozenset({"[CLIENT]", "[PARTNER]", "[POSTCODE]"})


def _engine() -> Deidentifier:
    return Deidentifier([SUBJECT], rng=random.Random(0), today=TODAY)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("PATIENT: PENNOCK,HAROLD I (70s)  MRN 5521", "HAROLD I"),
        ("Pennock, Harold I 4/2/1951 - seen in clinic", "Harold I"),
        ("Name: PENNOCK, HAROLD I\nReason: follow-up", "HAROLD I"),
        ("FR0M: county clinic  RE: YANCEY, R0SA B0   D0B on file", "B0"),
        ("T0: Dr Lee. Pt lives in Cast1ewood; N0 change", "Cast1ewood"),
        ("FAX T0: Castlew00d office | pt from Cast|ewood", "Cast|ewood"),
        ("Mailing: 14 Quarry Row, Castlewood OH 43017-2210", "43017-2210"),
    ],
)
def test_record_and_scan_forms_are_replaced(text: str, form: str) -> None:
    """A middle initial in a name line, a scanned known word and a ZIP+4 are replaced
    whole, and the check passes the output."""
    engine = _engine()
    result = engine.redact(text)
    start = text.index(form)
    spans = [(r.start, r.end) for r in result.replacements]
    for i in range(start, start + len(form)):
        if text[i].isalnum() or text[i] == "|":
            assert any(s <= i < e for s, e in spans), (text[i], result.text)
    assert engine.leaks(result.text) == []


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("PATIENT: [CLIENT],[CLIENT] I (70s)", "I ("),
        ("FR0M: clinic  RE: [PARTNER], [PARTNER] B0", "B0"),
        ("T0: office. Lives in Cast|ewood now", "Cast|ewood"),
        ("Mailing: [ADDRESS] [POSTCODE]-2210", "-2210"),
    ],
)
def test_the_check_reads_them_on_its_own(text: str, form: str) -> None:
    """The final check reports each form the replacer would have missed: a refusal,
    not an exit 0."""
    leaks = Checker([SUBJECT], today=TODAY).leaks(text, TAGS)
    start = text.index(form)
    assert any(leak.start <= start < leak.end for leak in leaks), leaks


@pytest.mark.parametrize(
    "text",
    [
        "[CLIENT] A (plan) is agreed.",  # not a middle initial of anyone known
        "Saw Harold. A plan was agreed.",  # a full stop between
        "B12 level low; vit D0 ok",  # codes, not names
        "Invoice 43017 line 2210",  # no hyphen: not a ZIP+4
        "[CLIENT]: A) plan agreed",  # a list's letter after a colon
    ],
)
def test_near_misses_stay(text: str) -> None:
    """Near miss: a pronoun, a letter in a list, codes, and digits that are no ZIP+4
    stay, and the check passes them."""
    engine = _engine()
    result = engine.redact(text)
    for kept in ("A plan", "B12", "D0", "2210", "A)"):
        if kept in text:
            assert kept in result.text, result.text
    tags = TAGS | {r.replacement for r in result.replacements}
    assert Checker([SUBJECT], today=TODAY).leaks(result.text, tags) == []


def test_explain_names_the_cue() -> None:
    """--explain's reason names the scan (a middle initial joins its given name's
    replacement, whose reason is the given name's)."""
    result = _engine().redact("RE: PENNOCK,HAROLD I (70s)  FR0M Cast|ewood")
    reasons = " ".join(r.reason for r in result.replacements)
    assert "scanned" in reasons
    assert "I (" not in result.text


TRUST = KnownSubject(
    role="CLIENT",
    name="Ada Okafor",
    linked=(LinkedPerson("Mid and South Essex NHS Foundation Trust", "employer"),),
)


def test_an_acronym_glossed_after_a_name_is_replaced() -> None:
    """ "(MSE)" after a hospital's name is the known trust's acronym, though "MSE" is an
    abbreviation too: replaced, and the check reads it on its own."""
    engine = Deidentifier([TRUST], rng=random.Random(0), today=TODAY)
    text = "Staff nurse at Basildon Hospital (MSE), nights."
    result = engine.redact(text)
    assert "MSE" not in result.text, result.text
    assert engine.leaks(result.text) == []
    leaks = Checker([TRUST], today=TODAY).leaks(text)
    assert any(leak.start == text.index("MSE") for leak in leaks), leaks


@pytest.mark.parametrize(
    "text",
    [
        "Mental State Examination (MSE) unremarkable.",  # the words the letters stand for
        "MSE: alert, oriented, mood low.",  # not in brackets
        "Brief MSE (see below) done.",  # not the acronym in brackets
        "Seen at 10:00 (AM) on the ward.",  # no known organisation's letters
    ],
)
def test_an_abbreviation_of_its_own_stays(text: str) -> None:
    """Near miss: the abbreviation explained, unbracketed, or other letters stay."""
    engine = Deidentifier([TRUST], rng=random.Random(0), today=TODAY)
    result = engine.redact(text)
    for kept in ("MSE", "AM"):
        if kept in text:
            assert kept in result.text, result.text
    assert engine.leaks(result.text) == []


def test_a_w_slash_is_no_initial() -> None:
    """ "w/" is "with", never a lone initial, even after a verb that takes a person: the
    check no longer refuses "Called [PERSON 8] ([PHONE]) w/ her OK"."""
    subject = KnownSubject(role="CLIENT", name="Wren Abernathy")
    text = "Called [PERSON 8] ([PHONE]) w/ her OK."
    tags = frozenset({"[PERSON 8]", "[PHONE]"})
    assert Checker([subject], today=TODAY).leaks(text, tags) == []
