"""The `--json` contract of every command that prints data, pinned against a snapshot.

Scripts and cron jobs read these objects: a key renamed or dropped breaks them. The
snapshot (json_contract.json beside this file) holds, per command, the shape of its
output: "object" keys, or "array" and the keys of its elements. New keys are allowed
(they break nobody); a missing key fails. Regenerate after a deliberate change with
`UPDATE_JSON_CONTRACT=1 make test` and say why in the commit.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Cli, command_tree

SNAPSHOT = Path(__file__).with_name("json_contract.json")
ACCOUNTABLE = (
    "--consent", "not-sought", "--consent-reason", "urgent", "--rationale", "risk",
    "--decided-by", "the therapist",
)  # fmt: skip
# Commands run in this order on one vault; each entry: the words, then the arguments.
SCENARIO: list[tuple[str, tuple[str, ...]]] = [
    ("client add", ("--name", "Ann Example", "--dob", "1980-02-03", "--started", "2020-01-01")),
    ("client add", ("--name", "Bob Example", "--started", "2020-01-01")),
    ("client link", ("C0001", "--client", "C0002", "--relation", "partner")),
    ("client edit", ("C0001", "--phone", "07700 900123")),
    ("client list", ()),
    ("client show", ("C0001",)),
    ("client find", ("Ann",)),
    ("note add", ("C0001", "--date", "2024-05-01", "--file", "-")),
    ("note list", ("C0001",)),
    ("note show", ("N0001",)),
    ("note sign", ("N0001",)),
    ("note amend", ("N0001", "--file", "-")),
    ("search", ("sleep",)),
    ("deid", ("N0001",)),
    ("consent add", ("C0001", "--purpose", "supervision", "--written", "--date", "2024-01-01")),
    ("consent list", ()),
    ("consent withdraw", ("K0001", "--date", "2024-06-01")),
    ("disclose", ("C0001", "--to", "Dr A", "--kind", "gp", "--basis", "court-order",
                  "--summary", "letter", "--date", "2024-05-02", *ACCOUNTABLE)),
    ("disclosure list", ()),
    ("disclosure show", ("D0001",)),
    ("disclosure report", ("C0001",)),
    ("request add", ("--from", "A Journalist", "--asked", "notes", "--client", "C0001",
                     "--decision", "declined", "--reason", "no consent")),
    ("request list", ()),
    ("retention set", ("--years", "7", "--client", "C0002")),
    ("retention status", ()),
    ("hold add", ("C0002", "--reason", "a claim")),
    ("hold list", ()),
    ("hold release", ("C0002",)),
    ("client close", ("C0002", "--ended", "2020-06-01")),
    ("expire", ("--dry-run",)),
    ("expire", ("--yes",)),
    ("destruction list", ()),
    ("client reopen", ("C0001",)),
    ("audit list", ()),
    ("audit verify", ()),
    ("audit head", ()),
    ("status", ()),
    ("client history", ("C0001",)),
    ("config show", ()),
    ("verify", ()),
]  # fmt: skip
# Commands whose output is a file or a secret exchange, run with their own set-up elsewhere:
# their --json shape is pinned by the tests named here.
ELSEWHERE = {
    "init": "tests/cli/test_vault.py::test_init_json_prints_a_working_recovery_key",
    "passwd": "tests/cli/test_vault.py", "recover": "tests/cli/test_vault.py",
    "rekey": "tests/cli/test_vault.py", "keyfile add": "tests/cli/test_vault.py",
    "keyfile remove": "tests/cli/test_vault.py", "backup": "tests/store/test_backup.py",
    "restore": "tests/store/test_backup.py", "export": "tests/exports/test_subject_access.py",
    "supervision export": "tests/exports/test_supervision.py",
    "note edit": "tests/cli/test_notes.py", "disclosure lift": "tests/cli/test_disclosures.py",
    "unlock": "tests/cli/test_agent.py", "lock": "tests/cli/test_agent.py",
    "note recover-draft": "tests/cli/test_editor_flow.py",
    "import": "tests/cli/test_import.py",
}  # fmt: skip


def shape(value: Any) -> dict[str, Any]:
    """The contract of one output: its kind and keys (an array by its elements' keys)."""
    if isinstance(value, list):
        keys = sorted(set().union(*(item.keys() for item in value))) if value else []
        return {"kind": "array", "keys": keys}
    return {"kind": "object", "keys": sorted(value)}


def run_scenario(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> dict[str, dict[str, Any]]:
    """Every scenario command with --json: its output's shape, by command words."""
    monkeypatch.setattr("notes_vault.cli.unlock.has_terminal", lambda: False)
    shapes: dict[str, dict[str, Any]] = {}
    for words, args in SCENARIO:
        result = cli("--json", *words.split(), *args, stdin="Slept badly; sleep diary agreed.\n")
        assert result.code == 0, (words, result.err)
        found = shape(json.loads(result.out))
        shapes.setdefault(words, found)
    return shapes


def test_every_json_output_keeps_its_keys(
    vault_dir: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each command's --json output has at least the keys pinned in the snapshot."""
    shapes = run_scenario(cli, monkeypatch)
    if os.environ.get("UPDATE_JSON_CONTRACT"):
        SNAPSHOT.write_text(json.dumps(shapes, indent=1, sort_keys=True) + "\n")
    pinned = json.loads(SNAPSHOT.read_text())
    for words, contract in pinned.items():
        assert words in shapes, f"`{words}` was not run"
        assert shapes[words]["kind"] == contract["kind"], words
        assert set(contract["keys"]) <= set(shapes[words]["keys"]), words


def test_records_made_and_listed_carry_an_id(
    vault_dir: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A command that creates a record prints an object with `id`; a listing, objects with `id`."""
    shapes = run_scenario(cli, monkeypatch)
    for words in ("client add", "note add", "consent add", "disclose", "request add"):
        assert "id" in shapes[words]["keys"], words
    for words in ("client list", "note list", "consent list", "disclosure list", "request list"):
        assert shapes[words] == {"kind": "array", "keys": shapes[words]["keys"]}
        assert "id" in shapes[words]["keys"], words


def test_every_command_is_pinned_somewhere() -> None:
    """A new command that prints data gets a contract: here, or in a test named in ELSEWHERE."""
    leaves: set[str] = set()

    def walk(group: Any, prefix: list[str]) -> None:
        for name, command in group.commands.items():
            if hasattr(command, "commands"):
                walk(command, [*prefix, name])
            else:
                leaves.add(" ".join([*prefix, name]))

    walk(command_tree(), [])
    covered = {words for words, _ in SCENARIO} | set(ELSEWHERE)
    assert sorted(leaves - covered) == []
