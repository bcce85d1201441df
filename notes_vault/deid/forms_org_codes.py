"""Round 15 (k15): short forms of a known organisation that are not built from its words'
initials, a closed class read by `forms_abbrev.other_kinds` (so the replacer and the final
check both have them):

- a US state's National Guard by the Guard's own abbreviations: "TX ARNG", "TXARNG" of
  Texas Army National Guard, "OH ANG" of Ohio Air National Guard, "TXNG" of Texas National
  Guard (the state's code, then ARNG, ANG or NG);
- a state university's campus as its students write it, the state's letter and "U" (or
  "U" and the letter) before the campus: "CU Denver" of University of Colorado Denver, "UT
  Tyler" of University of Texas at Tyler; only with the campus after it ("CU" alone is
  left).
"""

from __future__ import annotations

from notes_vault.deid.forms_orgs import STATES

_GUARDS = {"army national guard": "ARNG", "air national guard": "ANG", "national guard": "NG"}


def coded(words: list[str]) -> set[str]:
    """The name's Guard and campus forms (see the module docstring); `words`: its words."""
    lower = " ".join(words).lower()
    found: set[str] = set()
    for state, code in STATES.items():
        if lower.startswith(state.lower() + " "):
            rest = lower[len(state) + 1 :]
            guard = _GUARDS.get(rest)
            if guard is not None:
                found |= {f"{code} {guard}", f"{code}{guard}", f"{code}-{guard}"}
        for joint in ("university of ", "the university of "):
            if not lower.startswith(joint + state.lower() + " "):
                continue
            campus = words[len((joint + state).split()) :]
            if campus and campus[0].lower() == "at":
                campus = campus[1:]
            if campus and campus[0][:1].isupper():
                letter = state[0]
                found |= {f"{letter}U {' '.join(campus)}", f"U{letter} {' '.join(campus)}"}
    return found
