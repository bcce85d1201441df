"""Every command and subcommand has help text, including those added later by others."""

from __future__ import annotations

from typing import Any

import pytest

from notes_vault.cli.app import COMMANDS as LAZY
from notes_vault.cli.app import load_command
from tests.conftest import Cli, command_tree


def _walk(command: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    """Every command reachable from `command`, with the words that invoke it."""
    found = [(path, command)]
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        found += _walk(sub, (*path, name))
    return found


COMMANDS = _walk(command_tree())


def test_the_walk_finds_the_vault_commands() -> None:
    """The walk over the Typer app reaches nested groups (so the tests below cover them)."""
    paths = {path for path, _ in COMMANDS}
    assert {("init",), ("status",), ("keyfile", "add"), ("audit", "verify")} <= paths


@pytest.mark.parametrize(
    ("path", "command"), COMMANDS, ids=[" ".join(p) or "-" for p, _ in COMMANDS]
)
def test_command_has_help(path: tuple[str, ...], command: Any, cli: Cli) -> None:
    """The command has a help text, and `--help` shows it and exits 0."""
    text = (command.help or command.short_help or "").strip()
    assert text, f"`notes-vault {' '.join(path)}` has no help text"
    result = cli(*path, "--help")
    assert result.code == 0, result.err
    first_words = " ".join(text.split()[:3])
    assert first_words in " ".join(result.out.split())


@pytest.mark.parametrize(
    ("path", "command"), COMMANDS, ids=[" ".join(p) or "-" for p, _ in COMMANDS]
)
def test_options_and_arguments_have_help(path: tuple[str, ...], command: Any) -> None:
    """Every option and argument of the command says what it is for."""
    missing = [
        param.name
        for param in command.params
        if not (getattr(param, "help", None) or "").strip() and param.name != "help"
    ]
    assert not missing, f"`notes-vault {' '.join(path)}`: no help for {missing}"


@pytest.mark.parametrize("name", sorted(LAZY))
def test_listed_help_is_the_commands_own(name: str) -> None:
    """The one-line help that `--help` lists without loading a command is that command's own."""
    assert LAZY[name][1] == load_command(name).get_short_help_str(limit=200)
