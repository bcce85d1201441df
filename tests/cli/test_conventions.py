"""Terminal conventions: global options anywhere, completion, the config file, choices and
environment variables in help, $VISUAL first, readable `status`, session dates checked."""

from __future__ import annotations

import os
import subprocess
import typing
from pathlib import Path
from typing import Any

import pytest

from notes_vault.cli import params
from notes_vault.cli.main import _hoist_global_flags
from notes_vault.exports.supervision import PURPOSES
from notes_vault.records import clients, consents, disclosures, notes, requests
from tests.conftest import BIN, Cli, command_tree


def test_global_options_are_accepted_after_the_command(vault_dir: Path, cli: Cli) -> None:
    """--vault DIR, --vault=DIR and --json work after the subcommand, as before it."""
    assert cli("client", "add", "--name", "Ann Example").code == 0
    os.environ.pop("NOTES_VAULT_DIR")
    after = cli("client", "list", "--vault", str(vault_dir), "--json")
    assert after.code == 0, after.err
    assert [c["id"] for c in after.json()] == ["C0001"]
    joined = cli("client", "list", f"--vault={vault_dir}", "--json")
    assert [c["id"] for c in joined.json()] == ["C0001"]


def test_hoisting_leaves_values_and_the_double_dash_alone() -> None:
    """A valued option moves with its value; nothing after `--` moves; a bare one stays."""
    assert _hoist_global_flags(["note", "list", "--vault", "D", "--json"]) == [
        "--json",
        "--vault",
        "D",
        "note",
        "list",
    ]
    assert _hoist_global_flags(["search", "--", "--vault", "x"]) == ["search", "--", "--vault", "x"]
    assert _hoist_global_flags(["status", "--vault"]) == ["status", "--vault"]


def _complete(words: str) -> list[str]:
    env = {
        **os.environ,
        "_NOTES_VAULT_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
    }
    done = subprocess.run([str(BIN)], env=env, capture_output=True, text=True, check=False)
    return done.stdout.split()


def test_completion_reaches_lazily_loaded_subcommands() -> None:
    """Shell completion lists top-level commands and the subcommands and options below them."""
    assert {"client", "note", "import", "config"} <= set(_complete("notes-vault "))
    assert {"find", "history", "add"} <= set(_complete("notes-vault client "))
    assert "--template" in _complete("notes-vault note add --te")
    assert {"soap", "dap"} <= set(_complete("notes-vault note add --template "))


def test_completion_options_are_on_the_root_only(cli: Cli) -> None:
    """--install-completion and --show-completion are root options, not subcommand ones."""
    assert "--install-completion" in cli("--help").out
    assert "--install-completion" not in cli("client", "--help").out
    shown = cli("--show-completion", "bash", env={"SHELL": "/bin/bash"})
    assert shown.code == 0, shown.err
    assert "_NOTES_VAULT_COMPLETE" in shown.out


def test_config_file_sets_vault_and_template(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    """The config file's vault and template apply; a flag or variable still wins."""
    config = tmp_path / "config.toml"
    config.write_text(f'vault = "{vault_dir}"\ntemplate = "SOAP"\npager = "more"\n')
    os.environ.pop("NOTES_VAULT_DIR")
    assert cli("client", "add", "--name", "Ann Example").code == 0
    assert cli("note", "add", "C0001", "--file", "-", stdin="x").code == 0
    assert cli("note", "add", "C0001", "--template", "dap", "--file", "-", stdin="y").code == 0
    shown = [cli("--json", "note", "show", n).json()["template"] for n in ("N0001", "N0002")]
    assert shown == ["soap", "dap"]
    settings = cli("--json", "config", "show", env={"PAGER": "less"}).json()
    sources = {s["key"]: (s["value"], s["source"]) for s in settings["settings"]}
    assert sources["vault"] == (str(vault_dir), "file")
    assert sources["template"] == ("SOAP", "file")
    assert sources["pager"] == ("more", "file")
    assert sources["editor"][1] == "default"
    flagged = cli("--json", "config", "show", "--vault", "/elsewhere").json()
    assert flagged["settings"][0] == {"key": "vault", "value": "/elsewhere", "source": "flag"}


@pytest.mark.parametrize(
    "text", ['vaultt = "x"\n', "template = 'memo'\n", "vault = 3\n", "vault = [\n"]
)
def test_bad_config_file_is_a_usage_error(cli: Cli, tmp_path: Path, text: str) -> None:
    """An unknown key, a bad value or broken TOML is exit 2 naming the file."""
    (tmp_path / "config.toml").write_text(text)
    result = cli("config", "show")
    assert result.code == 2
    assert "config.toml" in result.err


def test_choices_match_the_records_vocabularies() -> None:
    """Each fixed vocabulary in help is the records layer's own list, word for word."""
    assert typing.get_args(params.Relation) == clients.RELATIONS
    assert typing.get_args(params.NoteKind) == tuple(k for k in notes.KINDS if k != "addendum")
    assert typing.get_args(params.Template) == notes.TEMPLATES
    assert typing.get_args(params.ConsentPurpose) == consents.PURPOSES
    assert typing.get_args(params.Basis) == disclosures.BASES
    assert typing.get_args(params.RecipientKind) == disclosures.KINDS
    assert typing.get_args(params.ConsentState) == disclosures.CONSENT
    assert typing.get_args(params.Decision) == requests.DECISIONS
    assert typing.get_args(params.ExportPurpose) == PURPOSES


def _helps() -> list[tuple[str, Any]]:
    root = command_tree()
    found = [("", root)]
    for name, sub in root.commands.items():
        found.append((name, sub))
        found += [(f"{name} {n}", s) for n, s in getattr(sub, "commands", {}).items()]
    return found


def test_help_shows_words_not_python_types(cli: Cli) -> None:
    """No help page shows <str>, <bool> or <list[...]>; env vars and choices are shown."""
    for path, _command in _helps():
        out = cli(*path.split(), "--help").out
        for python_type in ("<str>", "<bool>", "<list[", "<int>", "<path>"):
            assert python_type not in out, (path, python_type)
    assert "NOTES_VAULT_DIR" in cli("--help").out
    assert "[session|process]" in cli("note", "add", "--help").out
    assert "safeguarding-child" in cli("disclose", "--help").out


def test_editor_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """NOTES_VAULT_EDITOR, then the config file, then $VISUAL before $EDITOR."""
    from notes_vault.cli.editor import editor_command  # noqa: PLC0415

    monkeypatch.setenv("VISUAL", "vis --flag")
    monkeypatch.setenv("EDITOR", "ed")
    assert editor_command() == ["vis", "--flag"]
    monkeypatch.delenv("VISUAL")
    assert editor_command() == ["ed"]
    (tmp_path / "config.toml").write_text('editor = "from-config -w"\n')
    assert editor_command() == ["from-config", "-w"]
    monkeypatch.setenv("NOTES_VAULT_EDITOR", "own")
    assert editor_command() == ["own"]


def test_status_is_a_readable_summary(vault_dir: Path, cli: Cli) -> None:
    """`status` prints labelled lines with counted words, not Python dicts; --json has data."""
    assert cli("client", "add", "--name", "Ann Example").code == 0
    assert cli("hold", "add", "C0001", "--reason", "court").code == 0
    shown = cli("status")
    assert shown.code == 0, shown.err
    assert "1 client," in shown.out
    assert "1 legal hold" in shown.out
    assert "{" not in shown.out
    assert cli("--json", "status").json()["counts"]["clients"] == 1


def test_session_dates_after_today_or_before_birth_are_refused(vault_dir: Path, cli: Cli) -> None:
    """A note dated after today, or before the client's birth, is exit 2 and not added."""
    assert cli("client", "add", "--name", "Ann Example", "--dob", "1990-05-01").code == 0
    future = cli("note", "add", "C0001", "--date", "2999-01-01", "--file", "-", stdin="x")
    assert future.code == 2
    before = cli("note", "add", "C0001", "--date", "1899-01-01", "--file", "-", stdin="x")
    assert before.code == 2
    assert "birth" in before.err
    assert cli("--json", "note", "list").json() == []


def test_listings_fit_80_columns(
    vault_dir: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 80 columns, listings keep every line within the width and every id whole."""
    monkeypatch.setenv("COLUMNS", "80")
    for name in ("Ann Example", "Bob Example"):
        assert cli("client", "add", "--name", name, "--dob", "1980-01-01").code == 0
    assert cli("client", "close", "C0002", "--ended", "today").code == 0
    for args in (("client", "list", "--all"), ("retention", "status"), ("audit", "list")):
        out = cli(*args).out
        assert all(len(line) <= 80 for line in out.splitlines()), args
        assert "C0002" in out or "client=C0002" in out, args


@pytest.mark.usefixtures("vault_dir", "no_tty")
@pytest.mark.parametrize("case", [("allow", 0), ("refuse", 7)])
def test_editor_disk_setting_answers_once_for_all(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: tuple[str, int]
) -> None:
    """Without memory-backed storage (macOS), editor_disk = allow edits on disk with a
    warning and no question; refuse is exit 7; either way no file is left behind."""
    from notes_vault.cli import editor  # noqa: PLC0415
    from tests.cli.test_editor import make_editor  # noqa: PLC0415

    choice, code = case
    (tmp_path / "config.toml").write_text(f'editor_disk = "{choice}"\n')
    disk = tmp_path / "disk"
    disk.mkdir()
    monkeypatch.setattr(editor, "storage", lambda: editor.Storage(disk, in_memory=False))
    monkeypatch.setattr("notes_vault.cli.commands.note.stdin_is_terminal", lambda: True)
    assert cli("client", "add", "--name", "Ann Example").code == 0
    script = make_editor(tmp_path, 'printf "on disk" >> "$f"')
    result = cli("note", "add", "C0001", env={"EDITOR": str(script)})
    assert result.code == code, result.err
    assert ("on disk" in result.err) == (choice == "allow")
    assert list(disk.iterdir()) == []


def test_a_bad_choice_is_not_echoed(vault_dir: Path, cli: Cli) -> None:
    """A value outside an option's choices is exit 2 listing them, without repeating it."""
    assert cli("client", "add", "--name", "Ann Example").code == 0
    result = cli("consent", "add", "C0001", "--purpose", "Privatewordq")
    assert result.code == 2
    assert "Privatewordq" not in result.err
    assert "use one of: supervision research" in result.err
