"""Round 18 (p18): a country, a language or a US spelling after "in", "to", "from", "near".

The context layer took any unknown lower-case word of five letters or more after one of
these prepositions for a place, and a lower-case census given name anywhere for a person:
"dad in poland", "switched to romanian", "cancelled due to behavior", "posted to kenya".
Countries are never replaced, languages and nationalities identify no one, and a US
spelling is an English word. Towns no word list holds are still places. A relation word or a
credential, a full stop and an ordinary word open a new sentence, not a name ("has MS.
They"). "El" before a lower-case word or a title is the Spanish article. A test's symbol joined to
another by a slash or a plus ("Li/Cr/TSH") or an antibody after its virus ("HCV Ab") is no
given name. Sentences here
are new, not the corpus's.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced_words


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("her uncle still lives in hungary and rings most weeks", "hungary"),
        ("older brother was posted to kenya last spring", "kenya"),
        ("the parcels keep coming from pakistan, she says", "pakistan"),
        ("grandad was born near finland apparently", "finland"),
        ("she counts in ukrainian when the panic starts", "ukrainian"),
        ("dad switched to swedish when he got angry", "swedish"),
        ("the leaflet was only in nepalese so we read it together", "nepalese"),
        ("the visit was stopped due to behavior on the unit", "behavior"),
        ("Mum rang to rebook for the Thursday slot", "rebook"),
        ("her sister went to unfriend him that night", "unfriend"),
        ("the baby was born in preterm labour at thirty weeks", "preterm"),
    ],
)
def test_a_country_language_or_us_word_after_a_preposition_is_left(text: str, word: str) -> None:
    assert word not in " ".join(replaced_words(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("she grew up in glenbrackie and moved away at school age", "glenbrackie"),
        ("nan is still in carrowdrum by the coast", "carrowdrum"),
        ("took the bus from drumsallagh every morning", "drumsallagh"),
        ("his mum lives near ballykinnear now", "ballykinnear"),
        ("she talks to tamsin most nights", "tamsin"),
        ("I told her about jordan and she went quiet", "jordan"),
        ("grew up in overton before the move", "overton"),
    ],
)
def test_an_unknown_town_or_a_name_is_still_replaced(text: str, word: str) -> None:
    assert word in " ".join(replaced_words(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Her aunt has MS. They speak most evenings.", "They"),
        ("I am a church deacon. Where would I even start?", "Where"),
        ("Spoke to the county sheriff. Nothing further to add.", "Nothing"),
        ("Co-rater Ana Ruiz, MS. Scored twice, same result.", "Scored"),
    ],
)
def test_a_word_opening_a_sentence_after_a_cue_and_a_stop_is_left(text: str, word: str) -> None:
    assert word not in replaced_words(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Seen by Dr. Haldane today.", "Haldane"),
        ("Letter signed by Mr. Whiskers, the cat, apparently.", "Whiskers"),
        ("Referred on to Dr. Wildcat on Monday.", "Wildcat"),
        ("Her brother. Rowan rang later.", "Rowan"),
        ("She rang her nurse Lily about the dressing.", "Lily"),
    ],
)
def test_a_name_after_an_honorific_or_a_cue_is_still_replaced(text: str, word: str) -> None:
    assert word in " ".join(replaced_words(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Lo dijo despacio. El miedo vuelve por la noche.", "El"),
        ("Habló de su casa. El perro murió en mayo.", "El"),
        ("Según ella, El Dr. Vidal no contestó.", "El"),
    ],
)
def test_the_spanish_article_is_left(text: str, word: str) -> None:
    assert word not in " ".join(replaced_words(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Her brother still drives a cab in El Paso.", "El"),
        ("Supper at El Faro with the girls on Friday.", "El"),
        ("Seen with her cousin El on Tuesday.", "El"),
    ],
)
def test_a_place_or_a_name_el_is_still_replaced(text: str, word: str) -> None:
    assert word in " ".join(replaced_words(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Plan: repeat Li/Cr/TSH in three months.", "Li"),
        ("Asked the GP to check Cr + Li before Friday.", "Li"),
        ("Bloods: U&E/Li due next week.", "Li"),
        ("HCV Ab + at intake, RNA awaited.", "Ab"),
        ("Hep C Ab+ in 2024, never treated.", "Ab"),
    ],
)
def test_a_lab_symbol_or_an_antibody_is_left(text: str, word: str) -> None:
    assert word not in " ".join(replaced_words(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Seen with Mr Li and his wife today.", "Li"),
        ("Ab came with her sister to the session.", "Ab"),
        ("Her friend Li rang after the appointment.", "Li"),
    ],
)
def test_a_person_called_li_or_ab_is_still_replaced(text: str, word: str) -> None:
    assert word in " ".join(replaced_words(text))


def test_countries_after_prepositions_stay_linear() -> None:
    engine = Deidentifier([])
    text = ("dad in poland, mum to kenya, in portuguese; " * 300)[:10_000]
    assert redact_and_check_seconds(engine, text, "warm up in poland") < LINEAR_SECONDS


def test_cues_before_full_stops_stay_linear() -> None:
    engine = Deidentifier([])
    text = ("has MS. They. deacon. Where. Dr. Who. " * 300)[:10_000]
    assert redact_and_check_seconds(engine, text, "warm up MS. They") < LINEAR_SECONDS


def test_lab_symbols_stay_linear() -> None:
    engine = Deidentifier([])
    text = ("Li/Cr/TSH, Cr + Li, HCV Ab +, Mr Li. " * 300)[:10_000]
    assert redact_and_check_seconds(engine, text, "warm up Li/Cr") < LINEAR_SECONDS


def test_articles_stay_linear() -> None:
    engine = Deidentifier([])
    text = ("El sueño, El. El Dr. El Paso, " * 400)[:10_000]
    assert redact_and_check_seconds(engine, text, "warm up El sueño") < LINEAR_SECONDS
