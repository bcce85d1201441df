"""The learned layer: a small logistic model over cheap token features, for what the rules miss.

Trained by `benchmarks/train_learned.py` on the hand-written dev notes (our own corpus,
tests/deid_corpus/handwritten) and shipped as data/learned.json.gz: feature -> weight
for "is this token part of an identifier", and one small head per category (person,
place, organisation, date, age, number, handle) that names what it is. It scores only
the tokens no other layer took that pass a cheap pre-filter
(`learned_features.candidate`) and no class veto (`learned_veto`: words the engine's
own lexicons call no identifier), keeps those over the model's threshold, and joins
neighbours into one span. The model loads once, on first use, never at import (so
`notes-vault --help` does not pay for it). Linear: a fixed number of features per token.

Called by `engine._unknown` (one line, the last layer before `person_edges`) since round
8 (m8), under the hook rule in docs/deid-rounds.md, "Round 8 (m8)": unhook it by deleting that
line if `benchmarks/eval_learned.py --check` fails after a merge.
"""

from __future__ import annotations

import gzip
import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import repeat
from typing import Any

from notes_vault.deid import learned_features, lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok

DATA = "learned.json.gz"
_GLUE = frozenset("-'\u2019.")  # a name or number written across these stays one span
# What each head's category becomes in a span, and the key the engine tags it by.
_OUTPUT = {
    "person": "person", "place": "place", "organisation": "organisation",
    "date": "date", "age": "age", "number": "id_number", "handle": "handle",
}  # fmt: skip
# How the top feature reads in an --explain line: by its prefix (what follows is a cue
# word, a shape or a category, never the replaced word), or whole for the flags.
_SAYS = {
    "s=": "word shape ", "l=": "length ", "p1=": "after ", "n1=": "before ",
    "p2=": "two words after ", "n2=": "two words before ", "pp=": "after ",
    "np=": "before ", "in=": "inside (q quotes, b brackets) ", "g=": "gazetteers|shape ",
    "pc=": "after a rule's find: ", "nc=": "before a rule's find: ",
    "pc2=": "after a rule's find and a mark: ",
    "ss=": "sentence start|shape ", "wb=": "a cue a few words before: ",
    "wa=": "a cue a few words after: ", "f=": "times in the note|shape ",
}  # fmt: skip
_FLAGS = {
    "g:fn": "a given name (gazetteer)", "g:sn": "a surname (gazetteer)",
    "g:pl": "a place name (gazetteer)", "g:cw": "an English word", "g:pw": "a proper word",
    "ss": "at a sentence start", "caps": "on a capitals line", "ad": "after a number",
    "pcap": "after a capitalised word", "ncap": "before a capitalised word",
    "beside": "beside a rule's find",
}  # fmt: skip
_NOTE = {"mid": "capitalised inside a sentence", "low": "also written in lower case"}
_HIDDEN = ("w=", "p1s=", "x3=", "x2=")  # the word itself or its letters: never shown
_COMMON, _FIRST = "g:cw", "g:fn"  # gazetteer flags (learned_features._word)


@dataclass(frozen=True)
class Model:
    """The weights: feature -> weight, per head, and the thresholds chosen on held-out notes:
    one for a token beside an earlier layer's find (it lengthens a find: "Dr [PERSON]
    Mensah"), one for a token standing alone (a find of its own)."""

    weights: dict[str, float]
    heads: dict[str, dict[str, float]]
    threshold: float
    beside: float
    common: float = 1.0  # for an ordinary English word alone ("the Metro"): see `cut`


def from_dict(raw: dict[str, Any]) -> Model | None:
    """A model from its stored form; None when it was made for other features."""
    if raw.get("features_version") != learned_features.VERSION:
        return None
    return Model(
        raw["weights"],
        raw["heads"],
        float(raw["threshold"]),
        float(raw["beside"]),
        float(raw.get("common", 1.0)),
    )


def cut(found: Model, feats: list[str], beside: bool) -> float:
    """The threshold a token must reach: `beside` next to an earlier find; alone, `common`
    for an ordinary English word (a surname too: "Staff", "Reading"; on held-out notes most
    such words the model took alone were no one's name; m8), a given name that is also one
    included ("Willow", "Hope": lead, round 8, -0.0001 held-out recall), else `threshold`."""
    if beside:
        return found.beside
    if _COMMON in feats:
        return max(found.threshold, found.common)
    return found.threshold


@cache
def model() -> Model | None:
    """The shipped model, loaded once; None when there is none (the layer then finds nothing)."""
    path = resources.files("notes_vault.deid").joinpath("data", DATA)
    if not path.is_file():
        return None
    return from_dict(json.loads(gzip.decompress(path.read_bytes()).decode("utf-8")))


def probability(weights: dict[str, float], feats: list[str]) -> float:
    """The logistic of the summed weights of `feats`."""
    total = sum(map(weights.get, feats, repeat(0.0)))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


def category(heads: dict[str, dict[str, float]], feats: list[str], text: str) -> str:
    """The head with the highest score; an age only for a number a person can be."""
    scores = sorted(
        ((sum(head.get(f, 0.0) for f in feats), name) for name, head in heads.items()),
        reverse=True,
    )
    for _score, name in scores:
        if name != "age" or (text.isdigit() and int(text) <= 120):
            return name
    return "person"


def top_feature(weights: dict[str, float], feats: list[str]) -> str:
    """The cue that pushed hardest towards an identifier, in words (never the word's letters)."""
    shown = [f for f in feats if f != "b" and not f.startswith(_HIDDEN)]
    if not shown:
        return "the word itself"
    best = max(shown, key=lambda f: weights.get(f, 0.0))
    if best in _FLAGS:
        return _FLAGS[best]
    if best.startswith("d:"):  # what the note says of the word: "d:mid|Xx"
        flag = best[2:].split("|")[0]
        return _NOTE.get(flag, f"a rule took it as {flag} in the note")
    for prefix, says in _SAYS.items():
        if best.startswith(prefix):
            return says + repr(best[len(prefix) :])
    return repr(best)


def find_learned(text: str, toks: list[Tok], spans: list[Span], covered: bytearray) -> list[Span]:
    """Spans for the tokens the model scores over its threshold (see the module);
    `spans` are what the earlier layers chose, `covered` what they cover."""
    found = model()
    if found is None or not toks:
        return []
    return score_note(found, text, toks, spans, covered)


def score_note(
    found: Model, text: str, toks: list[Tok], spans: list[Span], covered: bytearray
) -> list[Span]:
    """`find_learned` with a given model (the trainer's held-out runs pass their own)."""
    hits = [
        (i, p, feats)
        for i, p, feats, beside in scored(found, text, toks, spans, covered)
        if p >= cut(found, feats, beside)
    ]
    return spans_of(found, text, toks, hits)


def scored(
    found: Model, text: str, toks: list[Tok], spans: list[Span], covered: bytearray
) -> list[tuple[int, float, list[str], bool]]:
    """Every candidate token: index, probability, features, whether it is beside a find."""
    gaz = learned_features.gazetteers()
    return [
        (i, probability(found.weights, feats), feats, learned_features.BESIDE in feats)
        for i, feats in learned_features.note_features(text, toks, spans, covered, gaz)
    ]


def _joined(text: str, toks: list[Tok], a: int, b: int) -> bool:
    """Tokens a < b are one name: only a space or glue ("-", "'", ".") between them."""
    if b == a + 1:
        gap = text[toks[a].end : toks[b].start]
        return gap in ("", " ")
    return b == a + 2 and toks[a + 1].text in _GLUE and toks[a].end == toks[a + 1].start


def spans_of(
    found: Model, text: str, toks: list[Tok], hits: list[tuple[int, float, list[str]]]
) -> list[Span]:
    """Neighbouring hits joined into one span, named by its most certain token."""
    spans: list[Span] = []
    group: list[tuple[int, float, list[str]]] = []
    for hit in hits:
        if group and not _joined(text, toks, group[-1][0], hit[0]):
            spans += _kept(found, text, toks, group)
            group = []
        group.append(hit)
    if group:
        spans += _kept(found, text, toks, group)
    return spans


def _kept(
    found: Model, text: str, toks: list[Tok], group: list[tuple[int, float, list[str]]]
) -> list[Span]:
    """The group's span, unless the layer alone calls an organisation one word that is an
    English word and a given name, opening a sentence before a word in lower case ("Hope
    helped her through it"): a name there is a person's, the word nothing (lead, round 13,
    after the retrain took it; "Grace is", "Faith said" are the person rules')."""
    span = _span(found, text, toks, group)
    i = group[0][0]
    word = toks[i].text
    if (
        span.category == "organisation"
        and len(group) == 1
        and i + 1 < len(toks)
        and toks[i + 1].text.islower()
        and word.lower() in lexicon.common_words()
        and word.title() in lexicon.first_names()
        and _after_full_stop(text, toks, i)
    ):
        return []
    return [span]


def _after_full_stop(text: str, toks: list[Tok], i: int) -> bool:
    """Token i opens the text, or only spaces lie between it and a full stop, "!" or "?"."""
    gap = text[toks[i - 1].end if i else 0 : toks[i].start]
    if gap.strip(" "):
        return False
    return i == 0 or toks[i - 1].text[-1:] in ".!?"


def _span(
    found: Model, text: str, toks: list[Tok], group: list[tuple[int, float, list[str]]]
) -> Span:
    i, p, feats = max(group, key=lambda hit: hit[1])
    start, end = toks[group[0][0]].start, toks[group[-1][0]].end
    written = text[start:end]
    kind = _OUTPUT[category(found.heads, feats, toks[i].text)]
    reason = f"learned layer (p={p:.2f}): {top_feature(found.weights, feats)}"
    if kind == "age":
        key = f"age:{int(toks[i].text)}"
    elif kind == "date":
        key = "learned"
    else:
        key = " ".join(written.lower().split())
    return Span(start, end, kind, "learned", reason, key)
