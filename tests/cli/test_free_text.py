"""Sensitive free text off the command line (finding 4): each field also reads from
`--…-file PATH|-`, and on a terminal from the editor or a prompt when omitted."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Cli

WHY = ("--consent", "not-sought", "--consent-reason", "urgent", "--decided-by", "me")
SECRETISH = "the client's HIV status and the address of the refuge"


@pytest.fixture
def client(vault_dir: Path, cli: Cli) -> Path:
    """A vault with client C0001."""
    assert cli("client", "add", "--name", "Ann Example").code == 0
    return vault_dir


def _shown(cli: Cli, entry: str) -> dict[str, object]:
    result = cli("--json", "disclosure", "show", entry)
    assert result.code == 0, result.err
    return dict(result.json())


def test_disclose_reads_fields_from_files_and_stdin(client: Path, cli: Cli, tmp_path: Path) -> None:
    """--summary-file PATH, --rationale-file - (stdin) and --restriction-reason-file give the
    same entry as the arguments would, one trailing newline dropped."""
    summary, reason = tmp_path / "summary.txt", tmp_path / "reason.txt"
    summary.write_text(SECRETISH + "\n")
    reason.write_text("tipping off a suspect\n")
    made = cli(
        "disclose", "C0001", "--to", "DC Brown", "--kind", "police", "--basis", "serious-crime",
        "--summary-file", str(summary), "--rationale-file", "-", *WHY,
        "--restricted-until", "2027-01-01", "--authority", "Police",
        "--restriction-reason-file", str(reason),
        stdin="risk to others\n",
    )  # fmt: skip
    assert made.code == 0, made.err
    shown = _shown(cli, "D0001")
    assert shown["summary"] == SECRETISH
    assert shown["rationale"] == "risk to others"
    assert shown["restriction_reason"] == "tipping off a suspect"


def test_missing_text_without_a_terminal_is_a_usage_error(
    client: Path, cli: Cli, tmp_path: Path, no_tty: None
) -> None:
    """Without a terminal a needed field not given is exit 2 naming both ways to give it;
    giving both, or stdin for two fields, is exit 2 too."""
    base = ("disclose", "C0001", "--to", "X", "--basis", "risk-of-harm", *WHY)
    missing = cli(*base, "--rationale", "r")
    assert missing.code == 2
    assert "--summary TEXT or --summary-file PATH|-" in missing.err
    (tmp_path / "s").write_text("s")
    both = cli(*base, "--rationale", "r", "--summary", "s", "--summary-file", str(tmp_path / "s"))
    assert both.code == 2
    twice = cli(*base, "--summary-file", "-", "--rationale-file", "-")
    assert twice.code == 2
    assert cli("hold", "add", "C0001").code == 2
    assert cli("request", "add", "--from", "A Journalist", "--reason", "no consent").code == 2


def test_terminal_user_is_asked_in_the_editor(
    client: Path, cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a terminal, an omitted summary and rationale are written in $EDITOR (comment lines
    left out)."""
    monkeypatch.setattr("notes_vault.cli.unlock.has_terminal", lambda: True)
    monkeypatch.setattr("notes_vault.cli.free_text._stdin_is_terminal", lambda: True)
    script = tmp_path / "editor.sh"
    script.write_text('#!/bin/sh\nfor f; do :; done\necho "typed in the editor" >> "$f"\n')
    script.chmod(0o700)
    made = cli("disclose", "C0001", "--to", "X", "--basis", "risk-of-harm", *WHY,
               env={"EDITOR": str(script)})  # fmt: skip
    assert made.code == 0, made.err
    shown = _shown(cli, "D0001")
    assert shown["summary"] == "typed in the editor"
    assert shown["rationale"] == "typed in the editor"


def test_terminal_user_without_editor_gets_a_prompt(
    client: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no editor set, the hold reason and the request's text are prompted for."""
    monkeypatch.setattr("notes_vault.cli.unlock.has_terminal", lambda: True)
    monkeypatch.setattr("notes_vault.cli.free_text._stdin_is_terminal", lambda: True)
    held = cli("--json", "hold", "add", "C0001", stdin="complaint pending\n")
    assert held.code == 0, held.err
    asked = cli("--json", "request", "add", "--from", "A Journalist", "--client", "C0001",
                stdin="what happened in therapy\nno consent\n")  # fmt: skip
    assert asked.code == 0, asked.err
    listed = cli("--json", "request", "list").json()
    assert listed[0]["asked"] == "what happened in therapy"
    assert listed[0]["reason"] == "no consent"


def test_hold_and_request_read_files(client: Path, cli: Cli, tmp_path: Path) -> None:
    """hold --reason-file and request --asked-file/--reason-file take the text from files."""
    why = tmp_path / "why.txt"
    why.write_text("court case\n")
    assert cli("hold", "add", "C0001", "--reason-file", str(why)).code == 0
    made = cli("request", "add", "--from", "Solicitor", "--client", "C0001",
               "--asked-file", "-", "--reason-file", str(why), stdin="the notes\n")  # fmt: skip
    assert made.code == 0, made.err
    listed = cli("--json", "request", "list").json()
    assert (listed[0]["asked"], listed[0]["reason"]) == ("the notes", "court case")
