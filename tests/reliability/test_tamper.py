"""Tampering: a flipped byte, a truncated file or a swapped header is reported, never misread.

Each case damages a copy of a vault with notes, then runs commands that read
it. A command exits 6 with one line pointing at `verify`/`restore`, or exit 3
where the damage is indistinguishable from a wrong secret (a slot's own
ciphertext, or a header from a vault with another passphrase), or exit 0 with
exactly the output the undamaged vault gives: a command does not notice a
flipped byte in a page it does not read. `verify` reads every page, so it
catches every flip in the database. The WAL is the exception, documented in
docs/reliability.md: SQLite takes a damaged WAL frame for a torn write and
drops it and the frames after it, so the newest commits vanish silently.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
from pathlib import Path

import pytest

from notes_vault.records import notes
from notes_vault.store import keys
from tests.conftest import CHEAP_KDF, PASSPHRASE, Cli, MadeVault, Result, open_made

READERS = (("note", "list"), ("search", "concurrency"), ("audit", "verify"), ("verify",))
PAGE = 4096


@pytest.fixture
def stocked(made_vault: MadeVault, cli: Cli) -> MadeVault:
    """A vault with one client and 25 notes spread over many pages."""
    assert cli("client", "add", "--name", "Tamper Client").code == 0
    rng = random.Random(5)
    with open_made(made_vault.path) as v:
        for number in range(25):
            size = rng.choice([50, 2000, 9000])
            body = f"note {number} concurrency " + "words and more words " * (size // 21)
            notes.add(v, clients=["C0001"], body=body)
    return made_vault


def snapshot(source: Path, target: Path) -> Path:
    """A copy of the vault folder (0700), to damage."""
    shutil.copytree(source, target)
    target.chmod(0o700)
    return target


def reads(cli: Cli, path: Path, *args: str, **env: str) -> Result:
    """Run a reading command with --json against the vault at `path`."""
    return cli("--json", "--vault", str(path), *args, env=env or None)


def assert_reported(result: Result) -> None:
    """Exit 6 with one stderr line that points at verify or restore, no traceback."""
    assert result.code == 6, (result.code, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert "Traceback" not in result.err
    assert "verify" in lines[0] or "restore" in lines[0]


def stable(out: str, path: Path) -> str:
    """JSON output without its run-dependent parts (the vault path, times)."""
    data = json.loads(out.replace(str(path), "<vault>"))

    def clean(value: object) -> object:
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items() if k not in {"at", "created"}}
        if isinstance(value, list):
            return [clean(v) for v in value]
        return value

    return json.dumps(clean(data), sort_keys=True)


def baselines(cli: Cli, vault: Path, tmp_path: Path) -> dict[tuple[str, ...], str]:
    """What each reader prints on an undamaged copy."""
    found = {}
    for number, args in enumerate(READERS):
        copy = snapshot(vault, tmp_path / f"base{number}")
        result = reads(cli, copy, *args)
        assert result.code == 0, result.err
        found[args] = stable(result.out, copy)
    return found


def every_page_flipped(
    cli: Cli, vault: Path, tmp_path: Path, args: tuple[str, ...]
) -> list[tuple[int, int, str]]:
    """Flip one byte in each page in turn and run `args`: the pages where the command neither
    exited 6 with one line pointing at verify/restore, nor printed the undamaged output."""
    base = baselines(cli, vault, tmp_path)
    original = (vault / "vault.db").read_bytes()
    bad = []
    for page in range(1, len(original) // PAGE):
        copy = snapshot(vault, tmp_path / f"page{page}")
        data = bytearray(original)
        data[page * PAGE + 1000] ^= 0x41
        (copy / "vault.db").write_bytes(bytes(data))
        result = reads(cli, copy, *args)
        shutil.rmtree(copy)
        if result.code == 0 and args != ("verify",) and stable(result.out, copy) == base[args]:
            continue
        lines = result.err.strip().splitlines()
        points = args == ("verify",) or any(w in "".join(lines) for w in ("verify", "restore"))
        if result.code == 6 and len(lines) == 1 and points:
            continue
        bad.append((page, result.code, result.err.strip()[:120]))
    return bad


@pytest.mark.parametrize(
    "args",
    [
        ("note", "list"),
        pytest.param(("verify",), id="verify"),
        ("search", "concurrency"),
        ("audit", "verify"),
    ],
    ids="-".join,
)
def test_a_flipped_byte_in_any_page(
    stocked: MadeVault, cli: Cli, tmp_path: Path, args: tuple[str, ...]
) -> None:
    """A byte flipped in any page of the database: the command exits 6 in one line pointing
    at verify/restore, or (a page it does not read) prints exactly the undamaged output;
    `verify`, which reads every page, always exits 6."""
    assert every_page_flipped(cli, stocked.path, tmp_path, args) == []


@pytest.mark.parametrize("offset", [0, 8, 20, 100, 4095])
def test_flipped_byte_in_the_first_page_stops_every_command(
    stocked: MadeVault, cli: Cli, tmp_path: Path, offset: int
) -> None:
    """Page 1 (salt, schema) is read by every command: a flip there is exit 6 for all."""
    for number, args in enumerate(READERS[:3]):
        copy = snapshot(stocked.path, tmp_path / f"p1-{number}")
        data = bytearray((copy / "vault.db").read_bytes())
        data[offset] ^= 0x41
        (copy / "vault.db").write_bytes(bytes(data))
        assert_reported(reads(cli, copy, *args))


@pytest.mark.parametrize("length", [0, PAGE, PAGE * 7 + 100, -1])
def test_truncated_database(stocked: MadeVault, cli: Cli, tmp_path: Path, length: int) -> None:
    """A database cut short (to nothing, one page, mid-page, one byte less) is exit 6 for
    `verify`; `note list` exits 6 too, or prints the undamaged list when the lost tail holds
    no page it reads."""
    base = baselines(cli, stocked.path, tmp_path)
    for number, args in enumerate([("verify",), ("note", "list")]):
        copy = snapshot(stocked.path, tmp_path / f"cut{number}")
        size = (copy / "vault.db").stat().st_size
        os.truncate(copy / "vault.db", length if length >= 0 else size - 1)
        result = reads(cli, copy, *args)
        if args == ("verify",):
            assert result.code == 6, result.err
            assert len(result.err.strip().splitlines()) == 1
        elif result.code == 0:
            assert stable(result.out, copy) == base[args]
        else:
            assert_reported(result)


@pytest.mark.parametrize("length", [0, 1, 100, 500, -2])
def test_truncated_header(stocked: MadeVault, cli: Cli, tmp_path: Path, length: int) -> None:
    """A header cut short is exit 6 (its checksum or JSON fails before any secret is tried)."""
    copy = snapshot(stocked.path, tmp_path / "cut")
    size = (copy / "vault.header").stat().st_size
    os.truncate(copy / "vault.header", length if length >= 0 else size + length)
    assert_reported(reads(cli, copy, "note", "list"))


def test_every_flipped_header_byte(stocked: MadeVault, cli: Cli, tmp_path: Path) -> None:
    """A flip at any of 25 random header bytes is exit 6, except a flip that only turns JSON
    white space into other white space, which changes no value and opens normally."""
    original = (stocked.path / "vault.header").read_bytes()
    parsed = keys.parse(original)
    rng = random.Random(9)
    copy = snapshot(stocked.path, tmp_path / "hdr")
    for offset in rng.sample(range(len(original)), 25):
        damaged = bytearray(original)
        damaged[offset] ^= rng.randint(1, 255)
        (copy / "vault.header").write_bytes(bytes(damaged))
        result = reads(cli, copy, "note", "list")
        if result.code == 0:
            assert keys.parse(bytes(damaged)) == parsed, f"offset {offset} read as different"
        else:
            assert_reported(result)


def rewrite_header(path: Path, change: object) -> None:
    """Edit the header's JSON with `change` and recompute its (unkeyed) checksum."""
    body = json.loads(path.read_bytes())
    body.pop("checksum")
    change(body)  # type: ignore[operator]
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    body["checksum"] = hashlib.sha256(canonical).hexdigest()
    path.write_text(json.dumps(body, indent=2, sort_keys=True) + "\n")


def test_flipped_slot_ciphertext_with_a_fixed_checksum(
    stocked: MadeVault, cli: Cli, tmp_path: Path
) -> None:
    """A passphrase slot altered by someone who also fixed the checksum is exit 3 for the
    passphrase (AES-GCM cannot tell a wrong key from altered ciphertext) and exit 6 for the
    recovery key (the header MAC, checked once a slot opens, catches the alteration)."""
    copy = snapshot(stocked.path, tmp_path / "slot")

    def alter(body: dict[str, list[dict[str, str]]]) -> None:
        slot = next(s for s in body["slots"] if s["id"] == "passphrase")
        raw = bytearray(__import__("base64").b64decode(slot["wrapped"]))
        raw[3] ^= 1
        slot["wrapped"] = __import__("base64").b64encode(bytes(raw)).decode()

    rewrite_header(copy / "vault.header", alter)
    by_passphrase = reads(cli, copy, "note", "list")
    assert by_passphrase.code == 3
    assert len(by_passphrase.err.strip().splitlines()) == 1
    assert "Traceback" not in by_passphrase.err
    recovery = cli(
        "--vault",
        str(copy),
        "recover",
        env={
            "NOTES_VAULT_RECOVERY_KEY": stocked.recovery_key,
            "NOTES_VAULT_NEW_PASSPHRASE": "a new passphrase",
        },
    )
    assert_reported(recovery)


def test_header_from_another_vault(
    stocked: MadeVault, cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another vault's header over this database is exit 6 when its passphrase is the same
    (the key opens no page) and exit 3 when it differs (no slot opens)."""
    for number, passphrase in enumerate([PASSPHRASE, "another passphrase"]):
        other = tmp_path / f"other{number}"
        made = cli(
            "--vault", str(other), "init", *CHEAP_KDF, env={"NOTES_VAULT_PASSPHRASE": passphrase}
        )
        assert made.code == 0, made.err
        copy = snapshot(stocked.path, tmp_path / f"swap{number}")
        shutil.copy(other / "vault.header", copy / "vault.header")
        result = reads(cli, copy, "note", "list")
        if passphrase == PASSPHRASE:
            assert_reported(result)
        else:
            assert result.code == 3
            assert "Traceback" not in result.err


def wal_snapshot(made: MadeVault, target: Path, in_wal: int) -> tuple[Path, list[str]]:
    """A copy of the vault as a crash leaves it: `in_wal` notes committed only to the WAL."""
    ids = []
    with open_made(made.path) as v:
        for number in range(in_wal):
            ids.append(notes.add(v, clients=["C0001"], body=f"in the wal {number}").id)
        target.mkdir(mode=0o700)
        for name in ("vault.db", "vault.db-wal", "vault.header"):
            shutil.copy2(made.path / name, target / name)
    return target, ids


@pytest.mark.parametrize("where", [3, 40, 5000, -100])
def test_flipped_byte_in_the_wal_loses_only_the_newest_commits(
    stocked: MadeVault, cli: Cli, tmp_path: Path, where: int
) -> None:
    """A flip in a WAL left by a crash is taken for a torn write: the commits from the damaged
    frame on are dropped, silently (a known SQLite limit), and every note still shown is exact."""
    copy, wal_ids = wal_snapshot(stocked, tmp_path / "wal", 3)
    wal = copy / "vault.db-wal"
    data = bytearray(wal.read_bytes())
    data[where % len(data)] ^= 0x10
    wal.write_bytes(bytes(data))
    result = reads(cli, copy, "note", "list")
    assert result.code == 0, result.err
    shown = [n["id"] for n in result.json()]
    assert shown[:25] == [f"N{n:04d}" for n in range(1, 26)]  # everything checkpointed
    assert shown[25:] == wal_ids[: len(shown) - 25]  # a prefix of the WAL's commits
    assert len(shown) < 28  # and the damaged one is gone
    for note_id in shown[25:]:
        body = reads(cli, copy, "note", "show", note_id).json()["body"]
        assert body == f"in the wal {wal_ids.index(note_id)}"


def test_an_intact_wal_from_a_crash_keeps_every_commit(
    stocked: MadeVault, cli: Cli, tmp_path: Path
) -> None:
    """Without damage, the WAL a crash leaves is replayed: every commit in it is there."""
    copy, wal_ids = wal_snapshot(stocked, tmp_path / "wal", 3)
    shown = [n["id"] for n in reads(cli, copy, "note", "list").json()]
    assert shown[25:] == wal_ids


def test_verify_failure_points_at_restore(stocked: MadeVault, cli: Cli, tmp_path: Path) -> None:
    """When `verify` finds damage, its one stderr line tells the user to restore a backup."""
    copy = snapshot(stocked.path, tmp_path / "v")
    data = bytearray((copy / "vault.db").read_bytes())
    data[PAGE * 5 + 100] ^= 0x41
    (copy / "vault.db").write_bytes(bytes(data))
    result = reads(cli, copy, "verify")
    assert result.code == 6
    assert "restore" in result.err
