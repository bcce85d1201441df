"""The learned layer, second pass (m8): vetoes by class, the common-word threshold, the
new features, the hook rule's check and the speed of the vetoes.

Every sentence is written here, fresh, in no corpus. A vetoed word is one the engine's
own lexicons call no identifier (learned_veto.py); its near twin beside it is a name the
veto must leave to the model.
"""

from __future__ import annotations

import random

import pytest

from notes_vault.deid import Deidentifier, learned, learned_features, learned_veto
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, learned_layer_seconds


def _vetoed(text: str, word: str) -> bool:
    """Whether the first `word` of `text` is vetoed."""
    toks = tokenize(text)
    i = next(k for k, tok in enumerate(toks) if tok.text == word)
    return learned_veto.Vetoes(text, toks).vetoed(i, word.lower())


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Her uncle was diagnosed with Huntington's disease in the spring.", "Huntington"),
        ("Will you ring the surgery tomorrow?", "Will"),
        ("May I ask how the weekend went?", "May"),
        ("He moves up to Year Ten after the summer.", "Ten"),
        ("She was moved to Ward 7, Bed 3 overnight.", "Ward"),
        ("They queued outside the Town Hall for an hour.", "Hall"),
        ("He wants to run the Lakeside Half Marathon next year.", "Half"),
        ("She dreads Hogmanay every year.", "Hogmanay"),
        ("She flew to Jordan in the summer.", "Jordan"),
        ("He is studying Marine Biology at college.", "Marine"),
        ('The song "Lonesome Train Blues" made her cry.', "Lonesome"),
        ("She stayed with Grandpa over half term.", "Grandpa"),
        ("Scored 19 on the mood scale today.", "19"),
        ("They had a barbecue on the Fourth with her aunt.", "Fourth"),
        ("He went back to the Recovery group on Tuesday.", "Recovery"),
    ],
)
def test_words_of_a_non_identifier_class_are_vetoed(text: str, word: str) -> None:
    """A disease, a question's modal, a stage and its number, a kind of hall or event, a
    holiday, a country, a subject, a song's title, a relation word, a number, a kind of
    group: each is vetoed whatever the model scores."""
    assert _vetoed(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Her cousin Jordan said the flat was cold.", "Jordan"),
        ("Will said the flat was cold.", "Will"),
        ("She drinks at the Crooked Elm most nights.", "Crooked"),
        ("He has been seeing Tamsin from the choir.", "Tamsin"),
        ("He works at Harlow Recovery on the high street.", "Harlow"),
        ('She calls him "Biscuit" at home.', "Biscuit"),
        ("Read the report (Harrowgate Lettings) again.", "Harrowgate"),
    ],
)
def test_names_beside_the_classes_are_left_to_the_model(text: str, word: str) -> None:
    """A country's name after a relation, a modal's word before a speech verb, a pub's name,
    a given name, a name before a kind word, a nickname in quotes: none is vetoed."""
    assert not _vetoed(text, word)


def _model(alone: float, common: float) -> learned.Model:
    return learned.Model({}, {}, alone, 0.6, common)


def test_an_english_word_alone_needs_the_common_threshold() -> None:
    """Alone, an ordinary English word must reach the common threshold, a given name that
    is also English included (lead, round 8); a word beside a find, and any other word,
    the plain one."""
    found = _model(0.4, 0.9)
    assert learned.cut(found, ["g:cw", "g:pl"], beside=False) == 0.9
    assert learned.cut(found, ["g:cw", "g:fn"], beside=False) == 0.9
    assert learned.cut(found, ["g:cw"], beside=True) == 0.6
    assert learned.cut(found, ["g:sn"], beside=False) == 0.4


def _features(text: str, word: str) -> list[str]:
    toks = tokenize(text)
    gaz = learned_features.gazetteers()
    feats = dict(learned_features.note_features(text, toks, [], bytearray(len(text)), gaz))
    i = next(k for k, tok in enumerate(toks) if tok.text == word)
    return feats[i]


def test_window_and_frequency_features() -> None:
    """A title two words before, a speech verb after and the word's count in the note are
    features; a word in no window has none of them."""
    text = "Seen with Dr and Okonkwo said Okonkwo would call. Okonkwo again."
    feats = _features(text, "Okonkwo")
    assert "wb=title" in feats
    assert "wa=speech" in feats
    assert "f=3|Xx" in feats
    lone = _features("Lunch was late. Pemberton.", "Pemberton")
    assert not [f for f in lone if f.startswith(("wb=", "wa="))]
    assert "f=1|Xx" in lone


def _rules_alone(text: str, monkeypatch: pytest.MonkeyPatch) -> list[Span]:
    with monkeypatch.context() as patch:
        patch.setattr(learned, "model", lambda: None)
        reps = Deidentifier([], rng=random.Random(0)).redact(text).replacements
    return [Span(r.start, r.end, r.category, r.layer, r.reason, "") for r in reps]


def _layer(text: str, monkeypatch: pytest.MonkeyPatch) -> list[Span]:
    rules = _rules_alone(text, monkeypatch)
    covered = bytearray(len(text))
    for span in rules:
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    return learned.find_learned(text, tokenize(text), rules, covered)


@pytest.mark.parametrize(
    "text",
    [
        "Would you like to book in again next week?",
        "Her nan has Parkinson's disease and lives with them.",
        "He starts Year Nine in September with his cousins.",
        "She was on Bay 2 of the assessment unit.",
        "She went to the Job Centre and then the Food Bank.",
        "He watched the Grand National with his dad.",
        "They celebrate Lunar New Year with her aunt.",
        "She is doing a course in Health and Social Care.",
        'He keeps humming "Blue Moon Rising" in sessions.',
        "She spent Boxing Day with Grandma.",
        "He went to see the Housing Team about the repairs.",
        "She flew back from Jamaica last month.",
    ],
)
def test_fresh_near_misses_get_nothing(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """At the shipped thresholds the layer takes no word of a sentence made of the vetoed
    classes, written for this round."""
    assert _layer(text, monkeypatch) == []


SIZE = 10_000
PATHOLOGICAL = {
    "kind words": ("Social Services " * 700)[:SIZE],
    "quoted words": ('"Blue Moon" ' * 900)[:SIZE],
    "stages": ("Year Ten Ward 7 " * 700)[:SIZE],
    "joined runs": ("Town & Hall of " * 700)[:SIZE],
    "modals": ("Will you May I " * 700)[:SIZE],
    "long quote": '"' + "Blue " * (SIZE // 5),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_vetoes_are_linear(name: str) -> None:
    """10 KB of a shape the vetoes walk (runs of capitals, quotes, stages) is scored in time."""
    text = PATHOLOGICAL[name]
    assert learned_layer_seconds(text) < LINEAR_SECONDS
