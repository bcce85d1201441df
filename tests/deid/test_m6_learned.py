"""The learned layer (m6): what it adds to the rules, what it leaves, its speed and its loading.

The sentences are written here, fresh, in no corpus; each positive one is a name the rules
(every other layer) leave and the shipped model takes; each near miss is the same words as
ordinary English, which it must leave.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import random
import subprocess
import sys
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest

from notes_vault.deid import Deidentifier, learned, learned_features
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, learned_layer_seconds, redact_and_check_seconds


def _rules_alone(text: str, monkeypatch: pytest.MonkeyPatch) -> list[Span]:
    """What every other layer replaces in `text` (plain ASCII: offsets are the view's)."""
    with monkeypatch.context() as patch:
        patch.setattr(learned, "model", lambda: None)
        reps = Deidentifier([], rng=random.Random(0)).redact(text).replacements
    return [Span(r.start, r.end, r.category, r.layer, r.reason, "") for r in reps]


def _layer(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list[Span], list[Span]]:
    """(the rules' spans, the learned layer's spans on what the rules left)."""
    rules = _rules_alone(text, monkeypatch)
    covered = bytearray(len(text))
    for span in rules:
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    return rules, learned.find_learned(text, tokenize(text), rules, covered)


def _covers(spans: list[Span], text: str, word: str) -> bool:
    start = text.index(word)
    return any(s.start < start + len(word) and start < s.end for s in spans)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Has been drinking at the Plough and Harrow most nights.", "Harrow"),
        ("Call back from Ashcroft-Penn re the referral.", "Penn"),
    ],
)
def test_layer_takes_what_the_rules_leave(
    text: str, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At the shipped thresholds, a name no rule replaces (a pub's second word, the second
    half of a double-barrelled surname) is taken."""
    rules, layer = _layer(text, monkeypatch)
    assert not _covers(rules, text, name)
    assert _covers(layer, text, name)


def _probability(text: str, word: str, monkeypatch: pytest.MonkeyPatch) -> float:
    """The shipped model's probability for the first `word` of `text` (0 if not scored)."""
    rules = _rules_alone(text, monkeypatch)
    covered = bytearray(len(text))
    for span in rules:
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    found = learned.model()
    assert found is not None
    toks = tokenize(text)
    start = text.index(word)
    scores = learned.scored(found, text, toks, rules, covered)
    return next((p for i, p, _f, _b in scores if toks[i].start == start), 0.0)


@pytest.mark.parametrize(
    ("name_text", "near_text", "word"),
    [
        ("She said Wren had been the only one who listened.", "A wren sang. Wren", "Wren"),
        ("She said Lark had been at the party too.", "Up with the lark. Lark", "Lark"),
        ("He said Sparrow had taken the car.", "A sparrow in the gutter. Sparrow", "Sparrow"),
    ],
)
def test_a_word_as_a_name_outscores_the_word(
    name_text: str, near_text: str, word: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bird's name used as a person's after a speech verb scores over one half (below the
    shipped threshold: the layer ranks, the threshold decides); the bird written in lower
    case is never scored, and the word alone at a line's end scores lower."""
    named = _probability(name_text, word, monkeypatch)
    assert named > 0.5
    assert _probability(near_text, word.lower(), monkeypatch) == 0.0
    assert _probability(near_text.rsplit(" ", 1)[0] + " " + word, word, monkeypatch) < named


@pytest.mark.parametrize(
    "text",
    [
        "She said she had been the only one who listened.",
        "He said the wren had nested in the shed again.",
        "She felt calmer after the walk by the river.",
        "Mother and Father were both present at the meeting.",
        "He reads the Guardian most mornings.",
        "She takes Sertraline 50 mg at night.",
        "We agreed a Safety Plan and a crisis number.",
        "Depression and Anxiety Scale scores improved.",
        "The rose bush and the crown of the tree were cut back.",
    ],
)
def test_near_misses_stay(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ordinary English, capitalised or not, gets nothing from the layer."""
    assert _layer(text, monkeypatch)[1] == []


def test_reason_names_the_layer_and_not_the_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """An --explain reason says "learned layer (p=...)" and a cue, never the replaced word
    or its letters."""
    text = "Has been drinking at the Plough and Harrow most nights."
    (span,) = _layer(text, monkeypatch)[1]
    assert span.layer == "learned"
    assert span.reason.startswith("learned layer (p=")
    assert "harrow" not in span.reason.lower()
    assert "row" not in span.reason.lower()


def test_layer_is_deterministic(monkeypatch: pytest.MonkeyPatch) -> None:
    """The layer gives the same spans, reasons included, every time on the same text."""
    text = "Quiz night at the Rose and Crown. She said Lark had been there too."
    assert _layer(text, monkeypatch) == _layer(text, monkeypatch)


def _trainer() -> ModuleType:
    """benchmarks/train_learned.py, imported by path (it is a script, not a package)."""
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "train_learned.py"
    sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location("train_learned", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_training_is_deterministic() -> None:
    """The trainer gives the same weights twice from the same examples (seeded SGD)."""
    train_learned = _trainer()
    feats = [["b", "s=Xx", "p1=said"], ["b", "s=x", "p1=the"], ["b", "s=Xx", "p1=the"]]
    data = [
        train_learned.Example(
            "g", f, int(f[1] == "s=Xx"), "person" if f[1] == "s=Xx" else "", missed=False
        )
        for f in feats * 5
    ]
    first = train_learned.train(data, 3, 0.5, 0.5)
    second = train_learned.train(data, 3, 0.5, 0.5)
    assert first == second
    assert first.weights["s=Xx"] > 0 > first.weights["s=x"]


def test_shipped_model_is_small_and_current() -> None:
    """The data file is under 1 MB, made for these features, and says where it came from."""
    path = resources.files("notes_vault.deid").joinpath("data", learned.DATA)
    raw = path.read_bytes()
    assert len(raw) < 1_000_000
    stored = json.loads(gzip.decompress(raw))
    assert stored["features_version"] == learned_features.VERSION
    assert stored["training_commit"]
    assert "dev split" in stored["trained_on"]


def test_model_loads_lazily() -> None:
    """Importing the engine and the layer reads no weights; the layer's first use does, once."""
    code = (
        "from notes_vault.deid import Deidentifier, learned\n"
        "from notes_vault.deid.tokens import tokenize\n"
        "print(learned.model.cache_info().currsize)\n"
        "text = 'Seen by Wren today.'\n"
        "for _ in range(2):\n"
        "    learned.find_learned(text, tokenize(text), [], bytearray(len(text)))\n"
        "print(learned.model.cache_info().currsize, learned.model.cache_info().misses)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "1", "1"]


SIZE = 10_000
PATHOLOGICAL = {
    "capitalised words": ("Wren Lark Mo " * 800)[:SIZE],
    "names joined by and": ("Rose and Crown and " * 600)[:SIZE],
    "hyphens": "Aa-" * (SIZE // 3),
    "quotes": '"Aa" ' * (SIZE // 5),
    "brackets": "(Aa " * (SIZE // 4),
    "one long word": "Q" + "x" * SIZE,
    "caps line": "WREN " * (SIZE // 5),
    "digits and words": "12 Aa " * (SIZE // 6),
    "dashed digits": "1-" * (SIZE // 2),
    "new lines": "Aa\n" * (SIZE // 3),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of a shape that could make the layer slow goes through the layer in time
    (with nothing covered, every word is its candidate) and through the engine in time."""
    text = PATHOLOGICAL[name]
    assert learned_layer_seconds(text) < LINEAR_SECONDS
    engine = Deidentifier([], rng=random.Random(0))
    assert redact_and_check_seconds(engine, text, "Wren said.") < LINEAR_SECONDS
