"""No leaks: one run of every command leaves client data nowhere it should not be.

Unique markers go into every field (names, aliases, phones, e-mails, addresses,
linked people, note text by stdin and by editor, amendments, hold reasons,
passphrases). While every command that exists runs, a sampler thread reads
every process's command line and the vault folder's permissions; afterwards
every file under the vault folder, the temp folders and /dev/shm is scanned
(tests/test_no_plaintext.py's scanner: UTF-8, UTF-16, any case), as are the
audit log and the stderr of commands made to fail with markers in their
arguments. Names passed as `--name` are on the command line by the CLI's
contract, so command lines are checked for passphrases and note text only.
"""

from __future__ import annotations

import os
import stat
import tempfile
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, Cli, MadeVault, Result
from tests.test_no_plaintext import marker, pattern, scan


class Sampler(threading.Thread):
    """Reads /proc/*/cmdline and the vault folder's modes until stopped."""

    def __init__(self, vault: Path) -> None:
        super().__init__(daemon=True)
        self.vault = vault
        self.cmdlines: set[str] = set()
        self.bad_modes: set[str] = set()
        self.rounds = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            self._sample()
            self.rounds += 1
            time.sleep(0.002)

    def _sample(self) -> None:
        for proc in Path("/proc").iterdir():
            if proc.name.isdigit():
                try:
                    raw = (proc / "cmdline").read_bytes()
                except OSError:
                    continue
                self.cmdlines.add(raw.replace(b"\0", b" ").decode("utf-8", "replace"))
        try:
            if stat.S_IMODE(self.vault.stat().st_mode) != 0o700:
                self.bad_modes.add(str(self.vault))
            for entry in self.vault.iterdir():
                info = entry.lstat()
                if stat.S_ISREG(info.st_mode) and stat.S_IMODE(info.st_mode) != 0o600:
                    self.bad_modes.add(f"{entry.name} {stat.S_IMODE(info.st_mode):o}")
        except OSError:
            pass

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


def ok(result: Result) -> str:
    """The stdout of a run that must succeed."""
    assert result.code == 0, result.err
    return result.out


def test_every_command_leaks_nothing(
    made_vault: MadeVault, cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No marker reaches a file, a command line (passphrases, note text), stderr of a failing
    command or the audit log, and the vault stays 0600 files in a 0700 folder throughout."""
    started = time.time() - 2
    vault = made_vault.path
    f = {k: marker(k) for k in ("name", "alias", "phone", "addr", "person", "partner", "reason")}
    text = {k: marker(k) for k in ("stdin", "editor", "edited", "amend", "bad")}
    secret = {k: marker(k) for k in ("pass", "pass2", "wrong")}
    email = f"{marker('mail')}@example.org"
    sampler = Sampler(vault)
    sampler.start()
    try:
        run_everything(cli, made_vault, tmp_path, monkeypatch, f, text, secret, email)
        failures = fail_with_markers(cli, {**f, **text, **secret})
    finally:
        sampler.stop()

    every = [*f.values(), *text.values(), *secret.values(), email]
    private = [*text.values(), *secret.values()]
    assert sampler.rounds > 10
    assert any("editor.sh" in line for line in sampler.cmdlines), "the sampler saw nothing"
    assert [c for c in sampler.cmdlines if any(m in c for m in private)] == []
    assert sampler.bad_modes == set()
    assert [(args, r.err) for args, r in failures if any(m in r.err for m in every)] == []
    audit_out = ok(cli("--json", "audit", "list")) + ok(cli("audit", "list"))
    assert [m for m in every if m.lower() in audit_out.lower()] == []
    roots = [vault, Path(tempfile.gettempdir()), Path(os.environ["XDG_RUNTIME_DIR"])]
    roots += [tmp_path / "backup.nvb", Path("/dev/shm")]  # noqa: S108 - scanning it is the point
    assert scan(roots, pattern(every), started) == []


def run_everything(  # noqa: PLR0917 - one scripted day, its markers passed in
    cli: Cli,
    made: MadeVault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    f: dict[str, str],
    text: dict[str, str],
    secret: dict[str, str],
    email: str,
) -> None:
    """Every command that exists, with markers in every field."""
    env = {"NOTES_VAULT_NEW_PASSPHRASE": secret["pass"]}
    ok(cli("passwd", env=env))
    monkeypatch.setenv("NOTES_VAULT_PASSPHRASE", secret["pass"])
    ok(
        cli(
            "client",
            "add",
            "--name",
            f"Ann {f['name']}",
            "--alias",
            f["alias"],
            "--phone",
            f["phone"],
            "--email",
            email,
            "--address",
            f["addr"],
            "--dob",
            "1980-02-03",
            "--started",
            "2020-01-01",
        )
    )
    ok(cli("client", "add", "--name", f"Bob {f['partner']}", "--started", "1990-01-01"))
    ok(cli("client", "link", "C0001", "--person", f["person"], "--relation", "parent"))
    ok(cli("client", "link", "C0001", "--client", "C0002", "--relation", "partner"))
    ok(cli("client", "edit", "C0001", "--phone", f["phone"] + "9"))
    for args in (["client", "list"], ["client", "show", "C0001"], ["status"]):
        ok(cli(*args))
    ok(cli("note", "add", "C0001", stdin=f"About {text['stdin']} and {f['name']}.\n"))
    script = tmp_path / "editor.sh"
    script.write_text('#!/bin/sh\nsleep 0.2\nfor f; do :; done\nprintf "%s\\n" "$T" >> "$f"\n')
    script.chmod(0o700)
    with monkeypatch.context() as mp:
        mp.setattr("notes_vault.cli.note_cmds.stdin_is_terminal", lambda: True)
        ok(cli("note", "add", "C0001", "C0002", env={"EDITOR": str(script), "T": text["editor"]}))
        ok(cli("note", "edit", "N0002", env={"EDITOR": str(script), "T": text["edited"]}))
    for args in (
        ["note", "list"],
        ["note", "show", "N0002"],
        ["search", text["stdin"]],
        ["deid", "N0001"],
        ["supervision", "export", "C0001"],
    ):
        ok(cli(*args))
    ok(cli("deid", "--file", "-", stdin=f"{f['name']} rang {f['phone']}"))
    ok(cli("note", "sign", "N0001"))
    ok(cli("note", "amend", "N0001", stdin=f"Correction {text['amend']}.\n"))
    ok(cli("keyfile", "add", str(tmp_path / "cron.key")))
    ok(cli("--keyfile", str(tmp_path / "cron.key"), "note", "list"))
    ok(cli("keyfile", "remove", str(tmp_path / "cron.key")))
    ok(cli("hold", "add", "C0002", "--reason", f"court {f['reason']}"))
    for args in (
        ["hold", "release", "C0002"],
        ["retention", "status"],
        ["retention", "set", "--years", "7"],
        ["destruction", "list"],
        ["client", "close", "C0002", "--ended", "2001-01-01"],
        ["client", "reopen", "C0002"],
        ["expire", "--dry-run"],
        ["backup", str(tmp_path / "backup.nvb")],
        ["verify"],
        ["verify", str(tmp_path / "backup.nvb")],
        ["audit", "verify"],
    ):
        ok(cli(*args))
    recovery = ok(cli("--json", "rekey")).split('"recovery_key": "')[1].split('"')[0]
    env = {"NOTES_VAULT_RECOVERY_KEY": recovery, "NOTES_VAULT_NEW_PASSPHRASE": secret["pass2"]}
    ok(cli("recover", env=env))
    monkeypatch.setenv("NOTES_VAULT_PASSPHRASE", secret["pass2"])
    passfile = tmp_path / "pass.sh"
    passfile.write_text("#!/bin/sh\nsleep 0.1\nprintf '%s' \"$PW\"\n")
    passfile.chmod(0o700)
    ok(cli("status", env={"NOTES_VAULT_PASSCOMMAND": str(passfile), "PW": secret["pass2"]}))
    assert PASSPHRASE  # the fixture's passphrase was replaced at the start


def fail_with_markers(cli: Cli, m: dict[str, str]) -> list[tuple[tuple[str, ...], Result]]:
    """Mistakes a user makes with private values in hand; each must fail."""
    cases: list[tuple[tuple[str, ...], bytes | str | None, dict[str, str] | None]] = [
        (("client", "show", m["name"]), None, None),
        (("note", "add", m["name"]), f"text {m['bad']}", None),
        (("note", "add", "C0001"), f"{m['bad']}\x00{m['stdin']}", None),
        (("note", "list", "--since", m["phone"]), None, None),
        (("client", "add", "--name", "X", "--dob", m["addr"]), None, None),
        (("client", "edit", "C0001", "--email", m["alias"]), None, None),
        (("note", "edit", "N0001"), f"signed {m['bad']}", None),
        (("supervision", "export", m["partner"]), None, None),
        (("hold", "add", m["person"], "--reason", m["reason"]), None, None),
        (("note", "list"), None, {"NOTES_VAULT_PASSPHRASE": m["wrong"]}),
        (("note", "show", m["edited"]), None, None),
    ]
    results = []
    for args, stdin, env in cases:
        result = cli(*args, stdin=stdin, env=env)
        assert result.code not in (0,), args
        results.append((args, result))
    return results
