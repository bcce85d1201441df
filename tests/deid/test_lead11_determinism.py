"""Round 11 (lead): the final check reads a hyphenated first name the same under every
PYTHONHASHSEED.

The check built a person's name parts from a set, and took the set's first member as
the first name: for "Jo-Ann", "Jo" came first under some hash seeds (matched in lower
case, as a two-letter first name is) and not under others. The replacer's index takes
the whole first word first and replaces "jo" for a Jo-Ann in lower case; the check now
takes the parts in order, the first word and its first piece as the first name.
"""

from __future__ import annotations

import os
import subprocess
import sys

from notes_vault.deid import Deidentifier, KnownSubject
from notes_vault.deid.check_forms import subject_forms

SUBJECT = KnownSubject(role="CLIENT", name="Jo-Ann Oakley")
TEXT = "jo said the move went fine. Jo-Ann later; ann too. Oakley's sister rang."
PROBE = (
    "from notes_vault.deid import Deidentifier, KnownSubject\n"
    "e = Deidentifier([KnownSubject(role='CLIENT', name='Jo-Ann Oakley')])\n"
    f"print([(x.start, x.end, x.category) for x in e.leaks({TEXT!r})])\n"
)


def test_two_letter_first_piece_of_a_hyphenated_first_name_in_any_case() -> None:
    """As in the replacer: "Jo" of "Jo-Ann" is the first name, matched in lower case too."""
    forms = subject_forms((SUBJECT,))
    assert "jo" in forms.words


def test_two_letter_later_part_keeps_its_capital() -> None:
    """A two-letter piece that is not the first name ("Le" of "Anne Le-Roux") needs its capital."""
    forms = subject_forms((KnownSubject(role="CLIENT", name="Anne Ng-Oakley"),))
    assert "ng" in forms.capital
    assert "ng" not in forms.words


def test_replacer_and_check_agree_on_lower_case_part() -> None:
    """What the replacer takes in lower case, the check reads as a leak when left."""
    engine = Deidentifier([SUBJECT])
    replaced = {(r.start, r.end) for r in engine.redact(TEXT).replacements}
    left = {(leak.start, leak.end) for leak in engine.leaks(TEXT)}
    assert (0, 2) in replaced
    assert (0, 2) in left
    assert (TEXT.index("Jo-Ann"), TEXT.index("Jo-Ann") + 6) in replaced


def test_check_is_the_same_under_every_hash_seed() -> None:
    """Seeds 0 and 1 put "Ann" and "Jo" first in the old set: the leaks differed."""
    seen = set()
    for seed in ("0", "1", "6"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
        )
        seen.add(run.stdout)
    assert len(seen) == 1
