"""Shared helpers for the de-identification tests: what was replaced, and as what."""

from __future__ import annotations

import datetime
import random
import time
from collections.abc import Callable

from notes_vault.deid import Deidentifier, KnownSubject, Replacement, learned
from notes_vault.deid.check import Checker
from notes_vault.deid.tokens import tokenize


def replaced(text: str) -> list[tuple[str, str]]:
    """(replaced text, category) for each replacement, with no known subjects."""
    reps = Deidentifier([], rng=random.Random(0)).redact(text).replacements
    return [(text[r.start : r.end], r.category) for r in reps]


def replacements(text: str) -> tuple[Replacement, ...]:
    """Every replacement of `text`, with no known subjects."""
    return Deidentifier([], rng=random.Random(0)).redact(text).replacements


def replaced_words(text: str, category: str | None = None) -> list[str]:
    """The text of every replacement of `text` (of one category when given), no subjects."""
    return [text[r.start : r.end] for r in replacements(text) if category in (None, r.category)]


def covers(text: str, part: str) -> bool:
    """True when some replacement overlaps the first occurrence of `part` in `text`."""
    start = text.index(part)
    end = start + len(part)
    return any(r.start < end and start < r.end for r in replacements(text))


LINEAR_SECONDS = 0.5


def redact_and_check_seconds(engine: Deidentifier, text: str, warm_up: str) -> float:
    """Best of three: CPU seconds to redact `text` and re-check the output with the final check.

    `warm_up` is redacted first, so the gazetteers (loaded once per process) are not timed.
    CPU time of this process, not wall time: the bound is on the work a rule does, and a
    shared 2-core machine running the rest of the suite beside it doubles wall time (a 0.19 s
    input took 0.58 s of wall time under load); best of three for cache and frequency noise.

    Every caller asserts the result is under LINEAR_SECONDS, so the runs stop at the first one
    under it: the best of three is under the bound exactly when some run is, and a linear rule
    (nearly always) costs one run instead of three. A slow input still gets all three tries.
    """
    engine.redact(warm_up)
    return _best_of_three(lambda: engine.leaks(engine.redact(text).text))


def _best_of_three(work: Callable[[], object]) -> float:
    """CPU seconds of the fastest of up to three runs of `work`, stopping at the first run
    under LINEAR_SECONDS (the bound every caller asserts, so the verdict is the same)."""
    taken: list[float] = []
    for _ in range(3):
        began = time.process_time()
        work()
        taken.append(time.process_time() - began)
        if taken[-1] < LINEAR_SECONDS:
            break
    return min(taken)


def alnum_covered(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Every letter and digit of text[start:end] lies inside one of `spans` (an oracle)."""
    return all(any(s <= i < e for s, e in spans) for i in range(start, end) if text[i].isalnum())


def wholly_replaced(engine: Deidentifier, text: str, form: str) -> bool:
    """Every letter and digit of the first `form` in `text` lies inside a replacement."""
    start = text.index(form)
    spans = [(r.start, r.end) for r in engine.redact(text).replacements]
    return alnum_covered(text, start, start + len(form), spans)


def learned_layer_seconds(text: str) -> float:
    """Best of three timings of the learned layer alone on `text`, every word a candidate
    (nothing covered), after a warm-up that loads the model (stopping early as above)."""
    toks = tokenize(text)
    learned.find_learned("Wren said.", tokenize("Wren said."), [], bytearray(10))
    return _best_of_three(lambda: learned.find_learned(text, toks, [], bytearray(len(text))))


TODAY = datetime.date(2026, 12, 5)  # the known-identifier tests' "today" (no birthday in future)


def client_born(name: str, dob: str) -> KnownSubject:
    """A client known by name and an ISO date of birth, nothing else."""
    return KnownSubject(role="CLIENT", name=name, dob=datetime.date.fromisoformat(dob))


def engine_at(subject: KnownSubject) -> Deidentifier:
    """An engine that knows `subject`, with a fixed seed and `TODAY`."""
    return Deidentifier([subject], rng=random.Random(0), today=TODAY)


def assert_day_is_dob(subject: KnownSubject, text: str, day: str, *, checked: bool = True) -> None:
    """A named day in `text` is replaced as the subject's date of birth, the output passes the
    final check, and (when `checked`) the check finds the day in the input on its own."""
    engine = engine_at(subject)
    result = engine.redact(text)
    assert day not in result.text, result.text
    assert "[DOB]" in result.text, result.text
    assert engine.leaks(result.text) == []
    if checked:
        leaks = Checker([subject], today=TODAY).leaks(text)
        assert any(leak.start <= text.index(day) < leak.end for leak in leaks), leaks


def assert_day_is_left(subject: KnownSubject, text: str, day: str) -> None:
    """A named day in `text` is not replaced as a date of birth, and the check passes."""
    engine = engine_at(subject)
    result = engine.redact(text)
    at = text.index(day)
    assert not [r for r in result.replacements if r.start <= at < r.end and r.category == "dob"]
    assert engine.leaks(result.text) == []


def assert_left_by_vault(subject: KnownSubject, text: str, word: str) -> None:
    """`word` in `text` is not replaced as what the vault knows, and the check passes."""
    assert_vault_leaves(engine_at(subject), text, text.index(word))


# The known-identifier harness of rounds 14 to 18 (k14..k18): one engine per case, and the
# three things a case asserts -- the vault layer replaces a form and nothing is refused, the
# final check reads the form on its own in a raw text, a near miss is left.
KNOWN_TODAY = datetime.date(2026, 12, 4)


def known_engine(*subjects: KnownSubject) -> Deidentifier:
    """An engine that knows `subjects`, with seed 0 and `KNOWN_TODAY`."""
    return Deidentifier(list(subjects), rng=random.Random(0), today=KNOWN_TODAY)


def assert_vault_replaces(engine: Deidentifier, text: str, at: int) -> None:
    """A vault replacement covers character `at` of `text`, and the output passes the check."""
    result = engine.redact(text)
    assert any(r.layer == "vault" and r.start <= at < r.end for r in result.replacements), (
        result.text
    )
    assert engine.leaks(result.text) == [], result.text


def assert_check_reads(
    engine: Deidentifier, text: str, at: int, also: tuple[str, ...] = ()
) -> None:
    """The final check refuses `text` with a leak over character `at` (a replacer that
    missed the form gives a refusal, not a leak); `also`: tags as if the engine wrote them."""
    found = engine.leaks(text, also=also)
    assert any(leak.start <= at < leak.end for leak in found), found


def assert_vault_leaves(engine: Deidentifier, text: str, at: int) -> None:
    """No vault replacement covers character `at` of `text`, and the output passes the check."""
    result = engine.redact(text)
    hit = [r for r in result.replacements if r.layer == "vault" and r.start <= at < r.end]
    assert not hit, hit
    assert engine.leaks(result.text) == [], result.text


def assert_gone_and_checked(engine: Deidentifier, text: str, form: str) -> None:
    """`form` is not in the output, nothing is refused, and the check reads it in `text`."""
    result = engine.redact(text)
    assert form not in result.text, result.text
    assert engine.leaks(result.text) == []
    assert_check_reads(engine, text, text.index(form))
