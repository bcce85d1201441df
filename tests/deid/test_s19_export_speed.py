"""Speed of the supervision export's shape (round 19, s19): one engine for many notes.

The final check sorts the engine's tags (a person's; an organisation's or a place's) once
each, not for every note: the same sets as before, and no sorting again for tags already
seen. The export benchmark runs on a few notes.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from unittest import mock

from notes_vault.deid import Deidentifier, KnownSubject, check_letters, check_tags
from notes_vault.deid.check import Checker
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds

_TAGS = [
    "[CLIENT]", "[PARTNER]", "[PERSON 4]", "[PERSON 17]", "[NAME]", "[INITIAL]",
    "[EMPLOYER]", "[SCHOOL]", "[ADDRESS]", "[PLACE]", "[PLACE 2]", "[DATE]", "[AGE 40s]",
    "[PHONE]", "[ORGANISATION 3]", "[GP]", "[PARTNER E-MAIL]",
]  # fmt: skip


def _reference(tags: set[str]) -> tuple[set[str], set[str]]:
    """The sets as round 18's check built them, from every tag on every call."""
    people = {t for t in tags if check_letters.names_someone(t)}
    orgs = {t for t in tags if check_letters.names_an_organisation(t)}
    orgs |= {t for t in tags if t in ("[ADDRESS]", "[PLACE]")}
    return people, orgs


def test_tag_kinds_are_the_sets_built_each_time() -> None:
    kinds = check_tags.TagKinds()
    draw = random.Random(19)
    for _ in range(200):  # growing, shrinking and unrelated sets, in any order
        tags = set(draw.sample(_TAGS, draw.randint(0, len(_TAGS))))
        assert kinds.of(tags) == _reference(tags)
        assert kinds.of(frozenset(tags)) == _reference(tags)


def test_a_tag_is_sorted_once_per_checker() -> None:
    checker = Checker([KnownSubject(role="CLIENT", name="Oriel Brankstone")])
    tags = {f"[PERSON {n}]" for n in range(1, 400)} | {"[CLIENT]", "[EMPLOYER]"}
    text = "[PERSON 3] rang [CLIENT] about [EMPLOYER] Ltd on Tuesday."
    with mock.patch.object(check_tags, "names_someone", wraps=check_letters.names_someone) as seen:
        first = checker.leaks(text, tags)
        assert seen.call_count == len(tags)
        again = checker.leaks(text, tags | {"[PERSON 400]"})
        assert seen.call_count == len(tags) + 1  # only the new tag
    assert first == again


def test_leaks_beside_tags_are_still_found() -> None:
    engine = Deidentifier([KnownSubject(role="CLIENT", name="Oriel Brankstone")])
    for n in range(300):  # an export's worth of tags written before this note
        engine.redact(f"Saw Quillan Marrowby{n} at the depot.")
    out = engine.redact("Oriel rang; Oriel Brankstone Ltd wrote too.").text
    assert engine.leaks(out) == []
    assert engine.leaks("[CLIENT] B. said so, then Brankstone Ltd.")  # initial and the name


def test_check_with_many_tags_is_linear() -> None:
    engine = Deidentifier([KnownSubject(role="CLIENT", name="Oriel Brankstone")])
    engine._tags.update(f"[PERSON {n}]" for n in range(20000))  # a long export
    text = "[PERSON 7] Ltd, [PERSON 8] B. " * 340  # about 10 KB of tags beside letters
    seconds = redact_and_check_seconds(engine, text, "Warm up the gazetteers.")
    assert seconds < LINEAR_SECONDS


def test_export_benchmark_runs_on_a_few_notes() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import bench_export_deid  # noqa: PLC0415 - a script folder, not a package

    clients = bench_export_deid.payload(2, 3)
    assert [len(c["texts"]) for c in clients] == [3, 3]
    seconds, notes, refused = bench_export_deid.run(clients)
    assert notes == 6
    assert 0 <= refused <= notes
    assert seconds > 0
