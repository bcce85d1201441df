"""Round 13 (k13), the replacer's reading of a name misheard and corrected in dictation
(`forms_corrected.py`): "Stacy brand hall, sorry, Stacey Bramall"."""

from __future__ import annotations

from dataclasses import replace

from notes_vault.deid import forms_corrected
from notes_vault.deid.known_index import Hit, VaultIndex


def find(index: VaultIndex, text: str, hits: list[Hit]) -> list[Hit]:
    """The words before a cue of correction that stands before a found name of a person."""
    lower = text.lower()
    if not any(cue in lower for cue in ("sorry", "correct", "mean", "that is", "rather", "spell")):
        return []
    found: list[Hit] = []
    for hit in hits:
        parts = index.parts.get(hit.entry.tag)
        if hit.entry.category != "name" or not parts:
            continue
        end = forms_corrected.cue_before(text, hit.start)
        if end < 0:
            continue
        taken = frozenset(h.start for h in hits if h.entry.tag == hit.entry.tag)
        spans = forms_corrected.window(text, end, taken)
        if not spans:
            continue
        first = text[spans[-1][0] : spans[-1][1]]
        if forms_corrected.sound(first) not in {forms_corrected.sound(p) for p in sorted(parts)}:
            continue
        entry = replace(hit.entry, reason=f"{hit.entry.reason} (misheard, then corrected)")
        found += [Hit(s, e, entry) for s, e in spans]
    return found
