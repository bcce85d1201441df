"""Every command checks its arguments (ids' shape, choices, ranges, files) before a secret is
asked for: with no secret available, a bad argument is its own error, never exit 3."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Cli

BAD = [
    (["client", "link", "X1", "--relation", "partner", "--person", "Bob"], 4),
    (["client", "link", "C0001", "--relation", "boss", "--person", "Bob"], 2),
    (["client", "link", "C0001", "--relation", "partner", "--client", "Z9"], 4),
    (["client", "show", "N0042"], 4),
    (["client", "edit", "N0042", "--phone", "1"], 4),
    (["client", "close", "N0042", "--ended", "2026-01-01"], 4),
    (["client", "reopen", "N0001"], 4),
    (["search", "x", "--client", "N0042"], 4),
    (["search", "x", "--limit", "0"], 2),
    (["deid", "Ann"], 4),
    (["deid", "--file", "-", "--client", "N0042"], 4),
    (["supervision", "export", "N0042"], 4),
    (["supervision", "export", "C0001", "--purpose", "fun"], 2),
    (["consent", "add", "N0042", "--purpose", "supervision"], 4),
    (["consent", "add", "C0001", "--purpose", "fun"], 2),
    (["consent", "list", "N0042"], 4),
    (["consent", "withdraw", "C0001"], 4),
    (["disclose", "N0042", "--to", "X", "--basis", "consent", "--summary", "s"], 4),
    (["disclose", "C0001", "--to", "X", "--basis", "fun", "--summary", "s"], 2),
    (["disclose", "C0001", "--to", "X", "--basis", "consent", "--summary", "s", "--kind", "x"], 2),
    (
        [
            "disclose",
            "C0001",
            "--to",
            "X",
            "--basis",
            "consent",
            "--summary",
            "s",
            "--corrects",
            "C1",
        ],
        4,
    ),
    (["disclosure", "list", "N0042"], 4),
    (["disclosure", "show", "C0001"], 4),
    (["disclosure", "report", "N0042"], 4),
    (["disclosure", "lift", "C0001"], 4),
    (["request", "add", "--from", "X", "--asked", "Y", "--reason", "Z", "--client", "N0042"], 4),
    (["request", "add", "--from", "X", "--asked", "Y", "--reason", "Z", "--decision", "fun"], 2),
    (["request", "add", "--from", "X", "--asked", "Y", "--reason", "Z", "--disclosure", "C1"], 4),
    (["request", "list", "--client", "N0042"], 4),
    (["export", "N0042", "--out", "x.md"], 4),
    (["export", "C0001", "--out", "x.md", "--format", "docx"], 2),
    (["export", "C0001", "--out", "/nonexistent/dir/x.md"], 2),
    (["retention", "set", "--years", "500"], 2),
    (["retention", "set", "--client", "N0042", "--years", "5"], 4),
    (["hold", "add", "N0042", "--reason", "r"], 4),
    (["hold", "release", "N0042"], 4),
    (["keyfile", "add", "/nonexistent/dir/k"], 2),
    (["note", "list", "N0042"], 4),
    (["note", "show", "C0001"], 4),
    (["note", "sign", "C1"], 4),
    (["note", "edit", "C1", "--file", "-"], 4),
    (["note", "amend", "C1", "--file", "-"], 4),
    (["note", "add", "N0042", "--file", "-"], 4),
    (["note", "add", "C0001", "--kind", "chat", "--file", "-"], 2),
    (["unlock", "--timeout", "soon"], 2),
]


@pytest.mark.parametrize(("args", "code"), BAD, ids=[" ".join(a) for a, _ in BAD])
def test_bad_argument_before_any_secret(  # noqa: PLR0917 - parametrised fixtures
    vault_dir: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch, no_tty: None,
    args: list[str], code: int,
) -> None:  # fmt: skip
    """With no secret to be had (which would be exit 3), the bad argument is reported first."""
    monkeypatch.delenv("NOTES_VAULT_PASSPHRASE")
    result = cli(*args, stdin="text\n")
    assert result.code == code, result.err
    assert "passphrase" not in result.err
