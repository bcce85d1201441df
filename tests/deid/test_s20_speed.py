"""Round 20 (s20): speed work that must not change any output.

- `Deidentifier._entity` finds the tag of a name of several words from an index of the
  words each tag holds (the tags holding its rarest word), not by scanning every tag issued
  so far: the same tag as the scan, in constant work per name.
- `place_countries._run` skips a run that opens on a word no country's or place's name
  opens with, before folding the run's words into a key.
- `known_round14._nicknames` reads no note for a town's nickname when the vault holds no
  nicknamed town.
"""

from __future__ import annotations

import random
import time

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, forms_round14, place_countries
from notes_vault.deid.known_index import VaultIndex
from notes_vault.deid.known_round14 import _nicknames
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds


def _scanned(members: dict[str, set[str]], parts: list[str]) -> str | None:
    """The scan `_entity` did before round 20: the first tag (issue order) holding all."""
    return next((t for t, words in members.items() if words.issuperset(parts)), None)


_WORDS = ["ada", "bo", "cy", "dee", "eli", "fay", "gus", "hal", "ivy", "jo", "kit", "lou"]


def _keys(seed: int, count: int) -> list[str]:
    draw = random.Random(seed)
    return [" ".join(draw.sample(_WORDS, draw.randint(1, 3))) for _ in range(count)]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("kind", ["person", "place", "organisation"])
def test_the_index_gives_the_tag_the_scan_gave(seed: int, kind: str) -> None:
    """Names of one to three words drawn from a few, so that many share words: an engine
    finding tags through the index and one scanning every tag (same seed) give every name
    the same tag."""
    indexed = Deidentifier([], rng=random.Random(seed))
    scanning = Deidentifier([], rng=random.Random(seed))
    scanning._holding = lambda k, parts: _scanned(scanning._members[k], parts)  # type: ignore[method-assign]
    for key in _keys(seed, 400):
        assert indexed._entity(kind, key) == scanning._entity(kind, key), key


def test_a_second_name_with_a_new_word_is_someone_else() -> None:
    """Fresh sentences: a surname shared, a given name new, is a second person; the whole
    name said again later keeps its first tag."""
    engine = Deidentifier([], rng=random.Random(4))
    first = engine._entity("person", "Orla Penhaligon")
    other = engine._entity("person", "Brendan Penhaligon")
    again = engine._entity("person", "Penhaligon Orla")
    assert first != other
    assert again == first


def test_many_people_cost_constant_work_each() -> None:
    """An export that has tagged 12000 people of two words each, every pair of words new:
    the scan compared each new name with every tag before it (72 million comparisons); the
    index reads the few tags holding one word."""
    engine = Deidentifier([], rng=random.Random(1))
    keys = [f"Given{n:05d} Family{n:05d}" for n in range(12000)]
    began = time.process_time()
    for key in keys:
        engine._entity("person", key)
    assert time.process_time() - began < LINEAR_SECONDS


def test_a_run_opening_on_no_names_first_word_is_not_keyed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A span inside ordinary words: no run around it opens on a word a country's or a
    place's name opens with, so no run is folded into a key."""
    keyed: list[list[str]] = []
    real = place_countries._key

    def counting(words: list[str]) -> str:
        keyed.append(words)
        return real(words)

    place_countries._countries()
    place_countries._places()
    monkeypatch.setattr(place_countries, "_key", counting)
    text = "Tuesday afternoon Marguerite talked about the allotment shed again"
    toks = tokenize(text)
    start = text.index("Marguerite")
    span = Span(start, start + len("Marguerite"), "person", "context", "test", "Marguerite")
    assert place_countries.whole_names(text, toks, [span]) == [span]
    assert keyed == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her stepdad drives lorries across Burkina Faso now.", "Burkina Faso"),
        ("They met on a ferry to the Isle of Wight.", "Isle of Wight"),
    ],
)
def test_names_are_still_taken_whole(text: str, name: str) -> None:
    out = Deidentifier([], rng=random.Random(2)).redact(text)
    spans = [text[r.start : r.end] for r in out.replacements]
    assert not any(w in spans for w in name.split()), out.text


def test_no_nicknamed_town_in_the_vault_reads_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no town of the nickname table in the vault, the note is not searched for
    nicknames; with Birmingham in it, "brum" is still found."""
    read: list[str] = []
    monkeypatch.setattr(forms_round14, "nicknames", lambda text: read.append(text) or iter(()))
    assert _nicknames(VaultIndex(), "moved back to brum last spring") == []
    assert read == []
    monkeypatch.undo()
    subject = KnownSubject(role="CLIENT", name="Tamsin Oakridge", address="2 Lode Lane, Birmingham")
    engine = Deidentifier([subject], rng=random.Random(3))
    text = "moved back to brum last spring"
    assert any(text[r.start : r.end] == "brum" for r in engine.redact(text).replacements)


def test_ten_kilobytes_of_country_words_stay_linear() -> None:
    """Words that open countries' names, over and over, each after a capitalised name."""
    engine = Deidentifier([], rng=random.Random(5))
    text = "Sri Saint Costa Burkina New Isle Republic Hong East Trinidad Yusuf " * 150
    seconds = redact_and_check_seconds(engine, text[:10_000], "warm up")
    assert seconds < LINEAR_SECONDS
