"""The final check's forms of rounds 9 and 10, built and read together: names and addresses
dictated and typed back by speech-to-text ("mack and z", "flat one F two fourteen"), names
autocorrected into English words ("Grave" for Grace), and record and scan forms ("CECIL A (",
"J0", a ZIP+4). Each family is its own module; this one only holds them for `check.py`.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Sequence

from notes_vault.deid import (
    check_corrected,
    check_glossed,
    check_letters,
    check_records,
    check_round13,
    check_round14,
    check_round15,
    check_round16,
    check_round17,
    check_round18,
    check_round19,
    check_round20,
    check_round21,
    check_round22,
    check_round22b,
    check_round23,
    check_said,
    check_signoff,
    check_tails,
    check_typed,
)
from notes_vault.deid.model import KnownSubject


class Late:
    """The families' forms for one set of subjects."""

    def __init__(self, subjects: Sequence[KnownSubject], today: datetime.date) -> None:
        """Build each family's forms once."""
        self.heard = check_said.forms(subjects)
        self.heads = check_said.heads(subjects)
        self.typed = check_typed.forms(subjects)
        self.records = check_records.forms(subjects)
        self.tails = check_tails.forms(subjects)  # round 11: "ending 229"
        self.signing = check_signoff.forms(subjects)  # round 12: a message signed "v"
        self.glossed = check_glossed.forms(subjects)  # round 12: 'says it "Bents"'
        self.corrected = check_corrected.forms(subjects)  # round 13: "brand hall, sorry, [CLIENT]"
        self.round13 = check_round13.forms(subjects)  # round 13: "rox came on", "client K"
        self.round15 = check_round15.forms(subjects, today)  # round 15: "[ADDRESS] 14B"
        self.round16 = check_round16.forms(subjects)  # round 16: "Husband JC", "UMich"
        self.round17 = check_round17.forms(subjects)  # round 17: '"crew" = [ADDRESS]'
        self.round18 = check_round18.forms(subjects)  # round 18: "moaning. j", "el doce"
        self.round19 = check_round19.forms(subjects, today)  # round 19: "MLK Day weekend"
        self.round20 = check_round20.forms(subjects)  # round 20: "16/ago/1972"
        self.compass = check_round21.compass(subjects)  # round 21: "N." of a known address
        self.round22 = check_round22.forms(subjects, today)  # round 22: "18 in Feb", "(12th)"
        self.round22b = check_round22b.forms(subjects)  # round 22 (k22b): "A reports"
        self.round23 = check_round23.forms(subjects)  # round 23 (k23): "phoned K on"
        self.accents = check_round23.accents(subjects)  # round 23 (k23): "[CLIENT] Á."

    def every(
        self, text: str, clean: str, words: list[tuple[int, int, str]]
    ) -> Iterator[tuple[int, int, str]]:
        """Every family's finds in the normalised `text` (`clean`: tags masked)."""
        yield from check_said.every(self.heard, clean, words)
        yield from check_said.said_heads(self.heads, clean, words)
        yield from check_typed.every(self.typed, clean, words)
        yield from check_records.every(self.records, text, clean)
        yield from check_tails.every(self.tails, clean)
        yield from check_signoff.every(self.signing, clean)
        yield from check_glossed.every(self.glossed, clean)
        yield from check_corrected.every(self.corrected, text, clean)
        yield from check_round13.every(self.round13, text, clean)
        yield from check_round14.every(self.round13, clean)  # round 14: "Re: A and M (children)"
        yield from check_round15.every(self.round15, text, clean)  # round 15: "[ADDRESS] 14B"
        yield from check_round16.every(self.round16, text, clean)  # round 16: "mick burn"
        yield from check_round17.every(self.round17, text, clean)  # round 17: '"crew" = [ADDRESS]'
        yield from check_round18.every(self.round18, text, clean)  # round 18: "moaning. j"
        yield from check_round19.every(self.round19, clean)  # round 19: "MLK Day weekend"
        yield from check_round20.every(self.round20, text, clean)  # round 20: "16/ago/1972"
        yield from check_round22.every(self.round22, text)  # round 22: "18 in Feb", "(12th)"
        yield from check_round22b.every(self.round22b, text)  # round 22 (k22b): "A reports"
        yield from check_round23.every(self.round23, text)  # round 23 (k23): "phoned K on"
        yield from check_round23.accented(self.accents, text)  # round 23 (k23): "[CLIENT] Á."

    def directions(self, clean: str) -> Iterator[tuple[int, int, str]]:
        """A compass point left before an address's tag that a known address holds (round
        21: not "N. [ADDRESS]" when the known address has "E")."""
        yield from check_round21.directions(self.compass, check_letters.directions(clean), clean)
