"""No rule reads past the end of a note: a note may stop right after any cue word.

Found by a8 in round 7: a note ending on a register label and a lower-case name
("Present: mum, jen") raised IndexError in the people layer, so `deid` and
`supervision export` failed on it. Every cue word the engine keys on (register
labels, person cues, titles, and the common cues of the other layers) is put at the
very end of a note, alone and with the short tails that a rule may look one token
past; the replacer and the final check must both finish.
"""

from __future__ import annotations

import datetime
import random

from notes_vault.deid import Deidentifier, KnownSubject, lexicon
from notes_vault.deid.person_registers import _LABELS
from notes_vault.deid.person_words import TITLES

OTHER_CUES = (
    "said", "told", "at", "from", "to", "with", "aged", "age", "dob", "DOB", "born", "tel",
    "Tel", "mob", "reg", "ward", "Ward", "bay", "w/", "re", "c/o", "f/u", "hx", "@", "#",
    "Dear", "From", "To", "Sent", "cc", "Signed", "MRN", "NHS", "SSN", "ID", "ref", "Ref",
    "lives", "moved", "works", "school", "at the", "on the", "the", "her", "his", "my",
    "kids", "is", "was", "turned", "since", "birthday", "bday", "on", "in", "St", "Rd",
)  # fmt: skip
TAILS = ("", ":", ": sam", ": Sam", " sam", " Sam", ": sam-", ", jen", " (", ' "', " 7", " -")


def test_a_note_may_end_right_after_any_cue() -> None:
    """Each cue, at the very end of a note, with each short tail: no layer raises."""
    subject = KnownSubject(
        role="CLIENT", name="Sam Okafor", dob=datetime.date(1990, 3, 9), aliases=("Jen",)
    )
    engine = Deidentifier([subject], rng=random.Random(0), today=datetime.date(2026, 12, 5))
    cues = sorted({*_LABELS, *lexicon.PERSON_CUES, *TITLES, *OTHER_CUES})
    failed = []
    for cue in cues:
        for tail in TAILS:
            for text in (f"{cue}{tail}", f"Seen today.\n{cue}{tail}"):
                try:
                    engine.leaks(engine.redact(text).text)
                except Exception as error:  # noqa: BLE001 - every failure is collected
                    failed.append((text, type(error).__name__))
    assert failed == []
