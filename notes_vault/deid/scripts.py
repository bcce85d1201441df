"""Names written in a non-Latin script ("أحمد", "王伟", "Наталья") (layer "context").

A token scan with one `unicodedata.name` lookup per letter of a candidate:
linear. A word whose letters are in one non-Latin script is a name when it
sits where a name sits: after a title, a relation or a speech verb ("her
friend 王伟", "said أحمد"), before a speech verb or "is"/"was" ("أحمد said"),
or in brackets after a capitalised name ("Wang Wei (王伟)"). Scripts with
capitals (Cyrillic, Greek) are also judged like Latin words by context.py.
A run of Chinese or Japanese text has no spaces, so a whole run next to such
a cue is replaced; non-Latin words elsewhere (a quoted phrase in the client's
language) are kept.
"""

from __future__ import annotations

import unicodedata

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised

_AFTER = frozenset(["is", "was", "has", "had", "said", "says", "told", "asked", "wants", "called"])
_BEFORE = frozenset("said told asked called named with and met saw texted rang from by per".split())


_SCRIPT_NAMES = {"CJK": "Chinese/Japanese (CJK)", "HANGUL": "Korean (Hangul)"}


def script_of(word: str) -> str | None:
    """The script of a word written wholly in one non-Latin script ("ARABIC", "CJK"), or None."""
    script = None
    for ch in word:
        if not ch.isalpha():
            if ch.isdecimal() or ch == "_":
                return None
            continue  # combining marks
        name = unicodedata.name(ch, "")
        head = name.split(" ", 1)[0]
        if head in ("LATIN", ""):
            return None
        if script is None:
            script = head
        elif head != script:
            return None
    return script


def find_scripts(toks: list[Tok], covered: bytearray) -> list[Span]:
    """Non-Latin words in a name position (see the module docstring); a name's later words in
    the same script, one space apart, go with it ("(山本 浩)": round 16)."""
    spans: list[Span] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        i += 1
        if not tok.text[0].isalpha() or tok.text.isascii():
            continue
        if covered.find(1, tok.start, tok.end) != -1:
            continue
        script = script_of(tok.text)
        cue = _cue(toks, i - 1) if script is not None else None
        if script is None or cue is None:
            continue
        end = tok.end
        while i < len(toks) and toks[i].start - end == 1 and script_of(toks[i].text) == script:
            end = toks[i].end
            i += 1
        reason = f"context: a word in {_SCRIPT_NAMES.get(script, script.title())} script {cue}"
        spans.append(Span(tok.start, end, "person", "context", reason, fold(tok.text)))
    return spans


def _cue(toks: list[Tok], i: int) -> str | None:
    prev = toks[i - 1].text.lower().rstrip(".") if i > 0 else ""
    if prev in (":", ",", ".") and i > 1:
        prev = toks[i - 2].text.lower()
    if prev in lexicon.TITLES or prev in lexicon.PERSON_CUES or prev in _BEFORE:
        return f"after '{prev}'"
    after = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
    if after in _AFTER or after == "'":
        return f"before '{after}'"
    if prev == "(" and i > 1 and is_capitalised(toks[i - 2].text):
        return "in brackets after a capitalised name"
    if prev == "(" and i > 1 and toks[i - 2].text.lower() in lexicon.PERSON_CUES:
        return f"in brackets after '{toks[i - 2].text.lower()}'"  # "My father (山本 浩)"
    left = toks[i - 1].text if i > 0 else ""
    if is_capitalised(left) and (left in lexicon.first_names() or left in lexicon.surnames()):
        return "next to a name"
    return None
