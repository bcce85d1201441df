"""SIGKILL during `backup` and `restore`: scenarios for `make stress` and tests/.

Both run the real executable and kill it at random moments (see
`harness.KillClock`), then check in-process:

* backup: the vault opens, every acknowledged note is exact, integrity and the
  audit chain hold; the backup file is absent or verifies, and holds every
  note acknowledged before that backup began; no temporary copy survives the
  next command (in the vault folder) or the next backup (beside the file).
* restore: between two backups A and B that differ in notes, passphrase,
  recovery key and data key, the vault is afterwards exactly A or exactly B,
  never neither and never a mix; a restore that exited 0 left its backup's
  state. Every other restore that is killed is followed at once by a second,
  also killed at random, before anything opens the vault, so that a restore
  also starts from the leftovers of an interrupted one.
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass
from pathlib import Path

from stress.harness import (
    KillClock,
    Outcome,
    Run,
    TestVault,
    check_vault,
    check_with_verify,
    leftovers,
    make_vault,
    opened,
    opens_with,
    passphrase_secret,
    record,
    run,
    seed_notes,
)

# --- backup ------------------------------------------------------------------------------


def crash_backup(workdir: Path, *, operations: int, seed: int = 8) -> Outcome:
    """`backup` SIGKILLed at random moments: vault intact; the file absent or sound."""
    outcome = Outcome("crash: backup (SIGKILL)")
    start = time.monotonic()
    rng = random.Random(seed)
    vault = make_vault(workdir)
    seed_notes(vault, rng, 20)
    folder = workdir / "backups"
    folder.mkdir(mode=0o700)
    # What each backup file must hold at least. A run that exited 0 made the file: it
    # holds that run's notes. A killed run may or may not have got to its rename, so
    # until one exits 0 the file may come from any killed run before: it must hold
    # at least the notes of the first run that wrote to that name.
    holds: dict[Path, dict[str, bytes]] = {}
    first: dict[Path, dict[str, bytes]] = {}
    clock: KillClock | None = None
    for number in range(operations):
        if number % 4 == 3:
            seed_notes(vault, rng, 2, tag=f"between{number}-")  # the vault moves on
        rolling = number % 2 == 1  # every other one replaces the same file (--force)
        target = folder / ("rolling.nvb" if rolling else f"b{number}.nvb")
        before = dict(vault.acked)
        first.setdefault(target, before)
        args = ["--json", "backup", str(target), *(["--force"] if rolling else [])]
        result = run(args, vault.env(), kill_after=clock.pick() if clock else None)
        if clock is None:
            clock = KillClock(rng, result.seconds)
        clock.learn(result)
        record(outcome, result)
        if result.code == 0:
            holds[target] = before
        if result.code == 0 or target.exists():
            must = holds.get(target, first[target])
            how = "exit 0" if result.code == 0 else f"exit {result.code}"
            check_backup_file(vault, outcome, target, must, f"backup {number} ({how})")
        with opened(vault):
            pass  # the next command: it removes a killed backup's copy
        outcome.remarks["temporary files left"] += len(leftovers(vault))
    run(["backup", str(folder / "last.nvb")], vault.env())  # removes half-written files
    outcome.remarks["half-written backup files left"] = len(list(folder.glob(".*.tmp")))
    check_vault(vault, outcome)
    check_with_verify(vault, outcome)
    outcome.seconds = time.monotonic() - start
    return outcome


def check_backup_file(
    vault: TestVault, outcome: Outcome, target: Path, must: dict[str, bytes], where: str
) -> None:
    """The backup file verifies (checksum, header MAC, pages, integrity, audit chain) and holds
    every note of `must`, byte for byte."""
    from notes_vault.errors import VaultError
    from notes_vault.records import integrity, notes
    from notes_vault.store import backup as backups
    from notes_vault.store import backup_verify

    secret = passphrase_secret(vault.passphrase)
    try:
        found = backups.read(target)
        report = backup_verify.verify_backup(
            found, secret, scratch=target.parent, record_checks=integrity.RECORD_CHECKS
        )
        if not report.ok:
            bad = [f"{c.name}: {c.detail}" for c in report.checks if not c.ok]
            outcome.fail("corrupt", f"{where}: the backup does not verify: {bad}")
            return
        key = backups.unlock(found, secret)
        with backups.opened_copy(found, key, target.parent) as copy:
            rows = copy.db.all("SELECT num, body FROM notes")
    except VaultError as exc:
        outcome.fail("corrupt", f"{where}: the backup does not verify: {exc}")
        return
    stored = {notes.note_id(int(num)): str(body).encode() for num, body in rows}
    for note_id, text in must.items():
        if note_id not in stored:
            outcome.fail("lost", f"{where}: {note_id} missing from the backup")
        elif stored[note_id] != text:
            outcome.fail("corrupt", f"{where}: {note_id} differs in the backup")


# --- restore -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Backup:
    """One backup of the scenario's vault and everything that tells its state apart."""

    name: str
    file: Path
    passphrase: str
    recovery_key: str
    notes: dict[str, bytes]


def _make_backups(workdir: Path, rng: random.Random) -> tuple[TestVault, Backup, Backup]:
    """A vault, backed up as A; then more notes, a new passphrase and a new data key, as B."""
    vault = make_vault(workdir)
    vault.keyfile.unlink()  # the rekey below drops key-file slots
    seed_notes(vault, rng, 12)
    first = _backup(vault, "A", workdir / "a.nvb")
    seed_notes(vault, rng, 8, tag="later")
    new = "another passphrase for B"
    if run(["passwd"], vault.env(NOTES_VAULT_NEW_PASSPHRASE=new)).code != 0:
        raise RuntimeError("passwd failed")
    vault.passphrase = new
    rekeyed = run(["--json", "rekey"], vault.env())
    vault.recovery_key = json.loads(rekeyed.out)["recovery_key"]
    return vault, first, _backup(vault, "B", workdir / "b.nvb")


def _backup(vault: TestVault, name: str, file: Path) -> Backup:
    if run(["backup", str(file)], vault.env()).code != 0:
        raise RuntimeError(f"backup {name} failed")
    return Backup(name, file, vault.passphrase, vault.recovery_key, dict(vault.acked))


def _restore(vault: TestVault, goal: Backup, kill_after: float | None) -> Run:
    env = vault.env(NOTES_VAULT_PASSPHRASE=goal.passphrase)
    args = ["--json", "restore", str(goal.file), "--force", "--yes"]
    return run(args, env, kill_after=kill_after)


def crash_restore(workdir: Path, *, operations: int, seed: int = 9) -> Outcome:
    """`restore --force` SIGKILLed at random moments: afterwards the vault is exactly the old
    one or exactly the backup, opening with that one's passphrase and recovery key."""
    outcome = Outcome("crash: restore (SIGKILL)")
    start = time.monotonic()
    rng = random.Random(seed)
    vault, first, second = _make_backups(workdir, rng)
    vault.sent = {text for b in (first, second) for text in b.notes.values()}
    current, clock, kills = second, None, 0
    for number in range(operations):
        goal = first if current is second else second
        result = _restore(vault, goal, clock.pick() if clock else None)
        if clock is None:
            clock = KillClock(rng, result.seconds)
        clock.learn(result)
        record(outcome, result)
        must_be = goal if result.code == 0 else None
        kills += result.killed
        if result.killed and kills % 2 == 0:
            # Straight into another restore (back again), before anything opens the vault.
            again = _restore(vault, current, clock.pick())
            record(outcome, again)
            outcome.remarks["restores started on an interrupted one"] += 1
            must_be = current if again.code == 0 else None
        now = _judge_restore(vault, outcome, (current, goal), must_be, number)
        if now is None:
            return outcome
        current = now
    check_with_verify(vault, outcome)
    outcome.remarks["temporary files left"] = len(leftovers(vault))
    outcome.remarks["pending files left"] = len(list(vault.path.glob("*.pending")))
    outcome.seconds = time.monotonic() - start
    return outcome


def _judge_restore(
    vault: TestVault,
    outcome: Outcome,
    candidates: tuple[Backup, Backup],
    must_be: Backup | None,
    number: int,
) -> Backup | None:
    """Which of the two states the vault is in now (None, and a failure, if neither)."""
    state = next(
        (c for c in candidates if opens_with(vault, passphrase_secret(c.passphrase))), None
    )
    if state is None:
        outcome.fail("corrupt", f"after restore {number} neither passphrase opens the vault")
        return None
    if must_be is not None and state is not must_be:
        outcome.fail("corrupt", f"restore {number} exited 0 but left {state.name}")
    outcome.remarks[f"left in state {state.name}"] += 1
    vault.passphrase, vault.recovery_key = state.passphrase, state.recovery_key
    vault.acked = dict(state.notes)
    stored = check_vault(vault, outcome)  # exact notes, integrity, audit chain, recovery key
    if stored and set(stored) != set(state.notes):
        outcome.fail("corrupt", f"after restore {number}: notes of both states ({state.name})")
    return state
