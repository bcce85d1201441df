"""No leaks: one run of every command leaves client data nowhere it should not be.

Unique markers go into every field (names, aliases, phones, e-mails, addresses,
linked people, note text by stdin and by editor, amendments, consent scopes,
every free-text field of a disclosure and of a request, hold reasons,
passphrases). While every command that exists runs (the test fails if the
CLI has a command it did not run), a sampler thread reads every process's
command line and the vault folders' permissions; afterwards every file under
the vault folders, the temp folders and /dev/shm is scanned
(tests/store/test_no_plaintext.py's scanner: UTF-8, UTF-16, any case), as are the
audit log and the stderr of commands made to fail with markers in their
arguments. Names passed as `--name` (and the other free-text options) are on
the command line by the CLI's contract, so command lines are checked for
passphrases and note text only.

Left out of the file scan, by exact path: the documents the user asked for
(`export`, `disclosure report --out`, `supervision export --out`), which are
plaintext by design (the subject access export is the client's own record in
readable form), and the files the test wrote as the user's own input (`deid
--file`, a non-backup given to `verify` and `restore`). Everything else,
backups included, is scanned.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CHEAP_KDF, PASSPHRASE, Cli, MadeVault, Result, command_tree
from tests.store.test_no_plaintext import marker, pattern, scan

Runner = Callable[..., Result]
GLOBAL_OPTIONS_WITH_VALUE = ("--vault", "--keyfile")


class Sampler(threading.Thread):
    """Reads /proc/*/cmdline and the vault folders' modes until stopped."""

    def __init__(self, vaults: list[Path]) -> None:
        super().__init__(daemon=True)
        self.vaults = vaults
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
        for vault in self.vaults:
            self._modes(vault)

    def _modes(self, vault: Path) -> None:
        try:  # a folder not made yet (or gone) has no modes to check
            if stat.S_IMODE(vault.stat().st_mode) != 0o700:
                self.bad_modes.add(str(vault))
            for entry in vault.iterdir():
                info = entry.lstat()
                if stat.S_ISREG(info.st_mode) and stat.S_IMODE(info.st_mode) != 0o600:
                    self.bad_modes.add(f"{entry} {stat.S_IMODE(info.st_mode):o}")
        except OSError:
            pass

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


def ok(result: Result) -> str:
    """The stdout of a run that must succeed."""
    assert result.code == 0, result.err
    return result.out


RECORD_FIELDS = (
    "scope",
    "scope2",
    "to",
    "org",
    "toaddr",
    "summary",
    "purpose",
    "to2",
    "basisother",
    "summary2",
    "creason",
    "authority",
    "rreason",
    "decider",
    "rationale",
    "summary3",
    "from",
    "asked",
    "rqreason",
    "from2",
    "asked2",
    "rqreason2",
    "hold",
    "gone",
    "gonenote",
    "deid",
    "garbage",
)


class Recording:
    """The CLI runner, noting which command each successful run was."""

    def __init__(self, cli: Cli) -> None:
        self.cli = cli
        self.root: Any = command_tree()
        self.ran: set[str] = set()

    def __call__(self, *args: str, **kwargs: Any) -> Result:
        result = self.cli(*args, **kwargs)
        if result.code == 0:
            self.ran.add(self.command_of(args))
        return result

    def command_of(self, args: tuple[str, ...] | list[str]) -> str:
        """The command an argument list runs, e.g. "consent add"."""
        node, path, tokens = self.root, [], iter(args)
        for token in tokens:
            if not hasattr(node, "commands"):
                break
            if token in GLOBAL_OPTIONS_WITH_VALUE:
                next(tokens)
            elif not token.startswith("-"):
                node = node.commands[token]
                path.append(token)
        return " ".join(path)

    def every_command(self) -> set[str]:
        """Every command the CLI has, walked from its command tree."""
        found: set[str] = set()

        def walk(group: Any, prefix: list[str]) -> None:
            for name, command in group.commands.items():
                if hasattr(command, "commands"):
                    walk(command, [*prefix, name])
                else:
                    found.add(" ".join([*prefix, name]))

        walk(self.root, [])
        return found


def test_every_command_leaks_nothing(
    made_vault: MadeVault, cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No marker reaches a file, a command line (passphrases, note text), stderr of a failing
    command or the audit log, and the vaults stay 0600 files in 0700 folders throughout."""
    monkeypatch.setattr("notes_vault.cli.unlock.has_terminal", lambda: False)
    # Its own temp folder: the scan reads every file there, not the machine's whole /tmp.
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir(mode=0o700)
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    started = time.time() - 2
    vault = made_vault.path
    f = {k: marker(k) for k in ("name", "alias", "phone", "addr", "person", "partner", "reason")}
    text = {k: marker(k) for k in ("stdin", "editor", "edited", "amend", "bad")}
    secret = {k: marker(k) for k in ("pass", "pass2", "wrong", "init")}
    r = {k: marker(k) for k in RECORD_FIELDS}
    email = f"{marker('mail')}@example.org"
    place = Places(tmp_path)
    run = Recording(cli)
    sampler = Sampler([vault, place.restored, place.fresh])
    sampler.start()
    try:
        run_everything(run, made_vault, tmp_path, monkeypatch, f, text, secret, email)
        run_records(run, place, r, secret)
        failures = fail_with_markers(run, {**f, **text, **secret})
        failures += fail_records(run, place, {**r, **f})
    finally:
        sampler.stop()
    audit_out = ok(run("--json", "audit", "list")) + ok(run("audit", "list"))

    assert run.every_command() - run.ran == set(), "commands this test never ran"
    every = [*f.values(), *text.values(), *secret.values(), *r.values(), email]
    private = [*text.values(), *secret.values(), r["deid"], r["gonenote"]]
    assert sampler.rounds > 10
    assert any("editor.sh" in line for line in sampler.cmdlines), "the sampler saw nothing"
    assert [c for c in sampler.cmdlines if any(m in c for m in private)] == []
    assert sampler.bad_modes == set()
    assert [(args, res.err) for args, res in failures if any(m in res.err for m in every)] == []
    assert [m for m in every if m.lower() in audit_out.lower()] == []
    roots = [vault, place.restored, place.fresh, tmp_path, Path(tempfile.gettempdir())]
    roots += [Path(os.environ["XDG_RUNTIME_DIR"]), Path("/dev/shm")]  # noqa: S108 - the point
    roots += new_entries(SYSTEM_TMP, started)  # a path written as "/tmp" would land there
    hits = scan(roots, pattern(every), started)
    assert sorted(set(hits) - place.excluded()) == []
    # The excluded files do hold markers: the scan would have seen them, so what it
    # did not report elsewhere is not there. (The supervision summary may hold none:
    # de-identification can take every marker out of it.)
    assert place.excluded() - {str(place.supervision)} <= set(hits)
    assert [p for p in place.outputs if stat.S_IMODE(p.stat().st_mode) != 0o600] == []
    known = [*f.values(), email]  # what the vault knows: de-identification removes it
    assert [m for m in known if m in Path(place.supervision).read_text()] == []


SYSTEM_TMP = Path("/tmp")  # noqa: S108 - scanned for what a hard-coded path would write


def new_entries(folder: Path, since: float) -> list[Path]:
    """The entries directly in `folder` made or changed since `since` (a shallow look)."""
    found = []
    for entry in folder.iterdir():
        try:
            if entry.lstat().st_ctime >= since and not entry.is_symlink():
                found.append(entry)
        except OSError:
            continue
    return found


class Places:
    """Where the test writes: the vaults it makes, the documents the user asks for, and
    the user's own input files (the only files the scan leaves out)."""

    def __init__(self, tmp_path: Path) -> None:
        self.restored = tmp_path / "restored"
        self.fresh = tmp_path / "fresh"
        self.backup = tmp_path / "records.nvb"
        self.docs = tmp_path / "documents"
        self.docs.mkdir()
        self.outputs: list[Path] = []
        self.inputs: list[Path] = []
        self.supervision = self.output("supervision.md")
        self.report = self.output("report.md")

    def output(self, name: str) -> str:
        """A document path the user asks a command to write (plaintext by design)."""
        path = self.docs / name
        self.outputs.append(path)
        return str(path)

    def user_file(self, name: str, text: str) -> str:
        """A file of the user's own, given to a command to read."""
        path = self.docs / name
        path.write_text(text)
        self.inputs.append(path)
        return str(path)

    def excluded(self) -> set[str]:
        """The exact paths the scan leaves out."""
        return {str(p) for p in [*self.outputs, *self.inputs]}


def run_agent_and_draft(
    cli: Runner, vault: Path, tmp_path: Path, mp: pytest.MonkeyPatch, marked: str
) -> None:
    """`unlock` (its agent in a runtime folder under /dev/shm), a note whose saving fails after
    the editor (kept as a draft, its text not in the clear), `note recover-draft`, then `lock`,
    which leaves no file behind."""
    runtime = Path(tempfile.mkdtemp(prefix="nv-leaks-", dir="/dev/shm"))
    mp.setenv("XDG_RUNTIME_DIR", str(runtime))
    header = vault / "vault.header"
    failing = tmp_path / "failing-editor.sh"
    failing.write_text(
        f'#!/bin/sh\nfor f; do :; done\nprintf "%s\\n" "$T" >> "$f"\nmv "{header}" "{header}.x"\n'
    )
    failing.chmod(0o700)
    ok(cli("unlock"))
    assert cli("note", "add", "C0001", env={"EDITOR": str(failing), "T": marked}).code == 6
    (vault / "vault.header.x").rename(header)
    drafts = list(runtime.rglob("*.draft"))
    assert len(drafts) == 1
    assert marked.encode() not in drafts[0].read_bytes()
    ok(cli("note", "recover-draft", "--as-is"))
    ok(cli("lock"))
    assert [p for p in runtime.rglob("*") if p.is_file() or p.is_socket()] == []
    shutil.rmtree(runtime)


def run_everything(  # noqa: PLR0917 - one scripted day, its markers passed in
    cli: Runner,
    made: MadeVault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    f: dict[str, str],
    text: dict[str, str],
    secret: dict[str, str],
    email: str,
) -> None:
    """The vault, key, client, note, search, deid and retention commands, with markers in
    every field."""
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
    for args in (["client", "find", f["name"]], ["client", "history", f["name"]]):
        ok(cli(*args))
    ok(cli("config", "show"))
    ok(cli("note", "add", "C0001", stdin=f"About {text['stdin']} and {f['name']}.\n"))
    script = tmp_path / "editor.sh"
    script.write_text('#!/bin/sh\nsleep 0.2\nfor f; do :; done\nprintf "%s\\n" "$T" >> "$f"\n')
    script.chmod(0o700)
    with monkeypatch.context() as mp:
        mp.setattr("notes_vault.cli.commands.note.stdin_is_terminal", lambda: True)
        ok(cli("note", "add", "C0001", "C0002", env={"EDITOR": str(script), "T": text["editor"]}))
        ok(cli("note", "edit", "N0002", env={"EDITOR": str(script), "T": text["edited"]}))
        run_agent_and_draft(cli, made.path, tmp_path, mp, text["editor"])
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
        ["audit", "head"],
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


def fail_with_markers(cli: Runner, m: dict[str, str]) -> list[tuple[tuple[str, ...], Result]]:
    """Mistakes a user makes with private values in hand; each must fail."""
    cases: list[tuple[tuple[str, ...], bytes | str | None, dict[str, str] | None]] = [
        # Names are taken where ids are (a unique match is used): private values that
        # match no client's name must still never be echoed.
        (("client", "show", m["reason"]), None, None),
        (("note", "add", m["addr"]), f"text {m['bad']}", None),
        (("note", "add", "C0001"), f"{m['bad']}\x00{m['stdin']}", None),
        (("note", "list", "--since", m["phone"]), None, None),
        (("client", "add", "--name", "X", "--dob", m["addr"]), None, None),
        (("client", "edit", "C0001", "--email", m["alias"]), None, None),
        (("note", "edit", "N0001"), f"signed {m['bad']}", None),
        (("supervision", "export", m["person"]), None, None),
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


def run_records(cli: Runner, place: Places, r: dict[str, str], secret: dict[str, str]) -> None:
    """Consents, disclosures, requests, exports, holds, expire, backup, restore and init,
    with markers in every free-text field."""
    run_consents_and_disclosures(cli, r)
    run_requests_and_documents(cli, place, r)
    old = place.user_file("old-notes.csv", f"client,date,text\nC0001,2024-01-02,{r['summary']}\n")
    ok(cli("import", "--csv", old, "--dry-run"))
    ok(cli("import", "--csv", old))
    for args in (
        ["retention", "set", "--client", "C0001", "--years", "10"],
        ["retention", "set", "--client", "C0001", "--clear"],
        ["retention", "set", "--adult-age", "18", "--child-until-age", "25"],
        ["hold", "add", "C0001", "--reason", f"complaint {r['hold']}"],
        ["hold", "list", "--all"],
        ["hold", "release", "C0001"],
        ["client", "add", "--name", f"Cy {r['gone']}", "--started", "2000-01-01"],
    ):
        ok(cli(*args))
    ok(cli("note", "add", "C0003", stdin=f"To be destroyed: {r['gonenote']}.\n"))
    ok(cli("client", "close", "C0003", "--ended", "2001-01-01"))
    assert "destroyed 1 client as of" in ok(cli("expire", "--yes"))
    ok(cli("destruction", "list"))
    ok(cli("backup", str(place.backup)))
    ok(cli("verify", str(place.backup)))
    to_restored = ["--vault", str(place.restored), "restore", str(place.backup)]
    ok(cli(*to_restored))
    ok(cli(*to_restored, "--force", "--dry-run"))
    ok(cli(*to_restored, "--force", "--yes"))
    ok(cli("--vault", str(place.restored), "verify"))
    env = {"NOTES_VAULT_PASSPHRASE": secret["init"]}
    ok(cli("--vault", str(place.fresh), "init", *CHEAP_KDF, env=env))


def run_consents_and_disclosures(cli: Runner, r: dict[str, str]) -> None:
    """Consents (given, withdrawn) and disclosures (with consent, restricted, a correction)."""
    ok(cli("consent", "add", "C0001", "--purpose", "release", "--written", "--date", "2020-02-01",
           "--scope", f"letters {r['scope']}"))  # fmt: skip
    ok(cli("consent", "add", "C0001", "--purpose", "research", "--scope", r["scope2"]))
    ok(cli("consent", "withdraw", "K0002"))
    ok(cli("consent", "list"))
    ok(cli("--json", "consent", "list", "C0001"))
    ok(cli("disclose", "C0001", "--to", r["to"], "--org", r["org"], "--address", r["toaddr"],
           "--kind", "gp", "--basis", "consent", "--summary", r["summary"], "--purpose",
           r["purpose"], "--client-informed", "--date", "2020-03-01"))  # fmt: skip
    ok(cli("disclose", "C0001", "C0002", "--to", r["to2"], "--kind", "police", "--basis", "other",
           "--basis-other", r["basisother"], "--summary", r["summary2"], "--consent",
           "not-sought", "--consent-reason", r["creason"], "--restricted-until", "2030-01-01",
           "--date", "2020-03-02",
           "--authority", r["authority"], "--restriction-reason", r["rreason"],
           "--decided-by", r["decider"], "--rationale", r["rationale"]))  # fmt: skip
    ok(cli("disclose", "C0001", "--to", r["to"], "--basis", "consent", "--summary",
           r["summary3"], "--corrects", "D0001"))  # fmt: skip
    for args in (
        ["disclosure", "list"],
        ["disclosure", "list", "C0001", "--include-restricted"],
        ["disclosure", "show", "D0002"],
        ["--json", "disclosure", "show", "D0002"],
        ["disclosure", "report", "C0001"],
        ["--json", "disclosure", "report", "C0002"],
    ):
        ok(cli(*args))


def run_requests_and_documents(cli: Runner, place: Places, r: dict[str, str]) -> None:
    """Requests (declined, granted without consent), then every document a user asks for."""
    ok(cli("request", "add", "--from", r["from"], "--asked", r["asked"], "--reason",
           r["rqreason"], "--client", "C0002"))  # fmt: skip
    ok(cli("request", "add", "--from", r["from2"], "--asked", r["asked2"], "--reason",
           r["rqreason2"], "--client", "C0002", "--decision", "granted", "--without-consent",
           "--disclosure", "D0002"))  # fmt: skip
    ok(cli("request", "list"))
    ok(cli("--json", "request", "list", "--client", "C0002"))
    ok(cli("disclosure", "report", "C0001", "--out", place.report))
    ok(cli("disclosure", "lift", "D0002"))
    for fmt in ("md", "json", "html"):
        ok(cli("export", "C0001", "--out", place.output(f"access.{fmt}"), "--format", fmt))
    ok(cli("export", "C0002", "--out", place.output("partner.md")))
    ok(cli("supervision", "export", "C0001", "C0002", "--since", "2000-01-01", "--until",
           "today", "--purpose", "supervision", "--out", place.supervision))  # fmt: skip
    letter = place.user_file("letter.txt", f"Dear Ann {r['deid']}, about {r['to']}.\n")
    ok(cli("deid", "--file", letter, "--client", "C0001", "--explain"))


def fail_records(
    cli: Runner, place: Places, m: dict[str, str]
) -> list[tuple[tuple[str, ...], Result]]:
    """Mistakes made with the new records' private values in hand; each must fail."""
    garbage = place.user_file("not-a-backup.nvb", f"{m['garbage']} {m['summary']}\n")
    d = ["--basis", "consent", "--summary", m["summary"]]
    cases: list[tuple[str, ...]] = [
        ("consent", "add", "C0001", "--purpose", m["scope"]),
        ("consent", "add", "C0001", "--purpose", "court", "--scope", m["scope"], "--date",
         "2999-01-01"),
        ("consent", "add", "C0001", "--purpose", "court", "--scope", f"\x1b[2J{m['scope2']}"),
        ("consent", "withdraw", m["scope"]),
        ("disclose", "C0001", "--to", m["to"], "--basis", "serious-crime", "--summary",
         m["summary"], "--rationale", m["rationale"]),
        ("disclose", "C0001", "--to", m["to"], "--basis", m["basisother"], "--summary", m["org"]),
        ("disclose", "C0001", "--to", m["to"], "--basis", "other", "--summary", m["summary"]),
        ("disclose", "C0001", "--to", f"\x1b]0;{m['to2']}", *d),
        ("disclose", m["to"], "--to", m["to"], *d),  # a name that matches no client
        ("disclose", "C0001", "--to", m["to"], *d, "--restricted-until", m["authority"]),
        ("disclose", "C0001", "--to", m["to"], *d, "--corrects", m["rreason"]),
        ("disclosure", "show", m["decider"]),
        ("disclosure", "report", m["person"]),
        ("disclosure", "lift", "D0001", "--date", m["creason"]),
        ("request", "add", "--from", m["from"], "--asked", m["asked"], "--reason", m["rqreason"],
         "--client", "C0002", "--decision", "granted", "--disclosure", "D0002"),
        ("request", "add", "--from", m["from"], "--asked", m["asked"], "--reason", m["rqreason"],
         "--decision", m["from2"]),
        ("request", "list", "--client", m["asked2"]),
        ("export", m["to"], "--out", str(place.docs / "never.md")),
        ("export", "C0001", "--out", str(place.docs / "never.md"), "--format", m["purpose"]),
        ("export", "C0001", "--out", place.report),
        ("supervision", "export", "C0001", "--purpose", m["purpose"]),
        ("supervision", "export", "C0001", "--purpose", "research"),
        ("supervision", "export", "C0001", "--since", m["hold"]),
        ("hold", "release", "C0001"),
        ("retention", "set", "--client", m["gone"], "--years", "3"),
        ("expire", "--as-of", m["gonenote"]),
        ("expire",),
        ("verify", garbage),
        ("restore", garbage, "--force", "--yes"),
        ("deid", "--client", m["to"], "--file", garbage),  # matches no client
    ]  # fmt: skip
    results = []
    for args in cases:
        result = cli(*args)
        assert result.code != 0, args
        results.append((args, result))
    return results
