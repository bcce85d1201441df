"""The Typer application: global options, and a command group that loads lazily.

`notes-vault --help` lists every command from the table below without importing
a command module; a module is imported only when one of its commands runs (or
its own `--help` is asked for), so each command pays only for what it uses.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from notes_vault import __version__
from notes_vault.cli.helpstyle import PLAIN_HELP, stand_in, tidy, tidy_param
from notes_vault.cli.state import state

# Each command module is imported by its own loader, at first use: a plain import
# inside a function, so the import graph stays visible to tools and readers.
# ruff: noqa: PLC0415 - lazy loading is this module's job


def _vault() -> ModuleType:
    from notes_vault.cli.commands import vault

    return vault


def _agent() -> ModuleType:
    from notes_vault.cli.commands import agent

    return agent


def _backup() -> ModuleType:
    from notes_vault.cli.commands import backup

    return backup


def _client() -> ModuleType:
    from notes_vault.cli.commands import client

    return client


def _note() -> ModuleType:
    from notes_vault.cli.commands import note

    return note


def _search() -> ModuleType:
    from notes_vault.cli.commands import search

    return search


def _deid() -> ModuleType:
    from notes_vault.cli.commands import deid

    return deid


def _supervision() -> ModuleType:
    from notes_vault.cli.commands import supervision

    return supervision


def _disclosure() -> ModuleType:
    from notes_vault.cli.commands import disclosure

    return disclosure


def _subject_access() -> ModuleType:
    from notes_vault.cli.commands import subject_access

    return subject_access


def _retention() -> ModuleType:
    from notes_vault.cli.commands import retention

    return retention


def _audit() -> ModuleType:
    from notes_vault.cli.commands import audit

    return audit


def _config() -> ModuleType:
    from notes_vault.cli.commands import config

    return config


def _importing() -> ModuleType:
    from notes_vault.cli.commands import importing

    return importing


# name: (loader of its module, one-line help shown by `notes-vault --help`).
# tests/cli/test_app.py checks each line against the command's own docstring.
COMMANDS: dict[str, tuple[Callable[[], ModuleType], str]] = {
    "init": (_vault, "Create a new vault and show its recovery key once."),
    "status": (_vault, "Show the vault's place, keys, counts and what needs attention."),
    "passwd": (_vault, "Change the passphrase (rewrites its key slot only)."),
    "recover": (_vault, "Open the vault with the recovery key and set a new passphrase."),
    "rekey": (
        _vault,
        "Replace the data key itself; issues a new recovery key and drops key files.",
    ),
    "unlock": (
        _agent,
        "Unlock the vault once for this sitting: its key stays with the agent until idle.",
    ),
    "lock": (_agent, "Lock at once: the agent forgets the key (every vault, or one with --vault)."),
    "search": (_search, "Search note text; best matches first, each with a highlighted snippet."),
    "deid": (_deid, "De-identify notes or any text, with replacements highlighted."),
    "disclose": (_disclosure, "Record a disclosure on the append-only register; prints its id."),
    "export": (
        _subject_access,
        "Write the client's subject access export: everything the vault holds that they may see.",
    ),
    "expire": (_retention, "Destroy the records of clients whose retention period has ended."),
    "backup": (_backup, "Write one encrypted file holding the database and its key header."),
    "verify": (
        _backup,
        "Check the vault or a backup: checksums, header MAC, page HMACs, audit chain.",
    ),
    "restore": (
        _backup,
        "Replace the vault with a backup (refused over an existing vault without --force).",
    ),
    "keyfile": (_vault, "Key files for unattended use (cron)."),
    "client": (_client, "Clients: add, find, list, show, history, edit, link, close."),
    "note": (_note, "Notes: add, list, show, edit, sign, amend."),
    "supervision": (_supervision, "De-identified summaries for clinical supervision."),
    "consent": (_disclosure, "Consents: add, list, withdraw."),
    "disclosure": (_disclosure, "The disclosure register: list, show, report, lift."),
    "request": (_subject_access, "Requests from third parties: add, list."),
    "retention": (_retention, "Retention policy and schedule."),
    "hold": (_retention, "Legal holds: block destruction until released."),
    "destruction": (_retention, "The destruction register."),
    "audit": (_audit, "The tamper-evident log of what was done."),
    "import": (_importing, "Import clients and notes from Markdown, CSV or a jrnl export."),
    "config": (_config, "The config file: where it is and what it sets."),
}
# Set by the shell while it asks for completions (Typer's convention, from the program name).
COMPLETION_VARIABLE = "_NOTES_VAULT_COMPLETE"


def load_command(name: str) -> Any:
    """The real command `name`, its module imported now."""
    found: typer.Typer | Callable[..., None] = COMMANDS[name][0]().COMMANDS[name]
    if isinstance(found, typer.Typer):
        from notes_vault.cli.lazy_group import lazy_group

        return lazy_group(found)
    single = typer.Typer(add_completion=False, rich_markup_mode=PLAIN_HELP)
    single.command(name)(found)
    return tidy(typer.main.get_command(single))


class LazyGroup(TyperGroup):
    """Lists commands from the table; imports a command's module only to run it."""

    def get_params(self, ctx: Any) -> list[Any]:
        """The global options, with plain value labels in help."""
        params: list[Any] = super().get_params(ctx)
        for param in params:
            tidy_param(param)
        return params

    def list_commands(self, ctx: Any) -> list[str]:  # noqa: ARG002 - click passes ctx
        """Every command, in the table's order (help groups them by job)."""
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:  # noqa: ARG002 - click passes ctx
        """A light stand-in carrying the one-line help, for listings; the real command while
        the shell asks for completions (it needs the subcommands and options)."""
        if cmd_name not in COMMANDS:
            return None
        if os.environ.get(COMPLETION_VARIABLE):
            return load_command(cmd_name)
        return stand_in(cmd_name, COMMANDS[cmd_name][1])

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """The real command, for running it (or showing its own help)."""
        name, _stub, rest = super().resolve_command(ctx, args)
        return name, (load_command(name) if name is not None else None), rest


app = typer.Typer(
    name="notes-vault",
    cls=LazyGroup,
    rich_markup_mode=PLAIN_HELP,
    help="An encrypted vault for a psychotherapist's case notes.",
    no_args_is_help=True,
    # --install-completion / --show-completion (bash, zsh, fish) on the root command only.
    add_completion=True,
    # Locals in a traceback would hold keys and passphrases.
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"notes-vault {__version__}")
        raise typer.Exit(0)


@app.callback()
def main(
    ctx: typer.Context,
    vault: Annotated[
        # A string, not a Path: Path("") is ".", and an empty --vault must be an error
        # (notes_vault.store.vault.locate), not the current folder.
        str | None,
        typer.Option(
            "--vault",
            metavar="DIR",
            envvar="NOTES_VAULT_DIR",
            show_envvar=True,
            help="Vault folder (default: the config file's vault, or the user data folder).",
            show_default=False,
        ),
    ] = None,
    json_output: Annotated[
        bool, typer.Option("--json", help="Machine-readable JSON on stdout.")
    ] = False,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Listings as JSON Lines: one object a line.")
    ] = False,
    no_pager: Annotated[
        bool, typer.Option("--no-pager", help="Never send long output through $PAGER.")
    ] = False,
    keyfile: Annotated[
        Path | None,
        typer.Option(
            "--keyfile",
            metavar="PATH",
            envvar="NOTES_VAULT_KEYFILE",
            show_envvar=True,
            help="Unlock with this key file (for cron).",
            show_default=False,
        ),
    ] = None,
    no_agent: Annotated[
        bool,
        typer.Option("--no-agent", help="Ignore the unlock agent (or NOTES_VAULT_NO_AGENT=1)."),
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """An encrypted vault for a psychotherapist's case notes."""
    current = state(ctx)
    current.vault_dir = vault
    source = ctx.get_parameter_source("vault")
    current.vault_from_flag = source is not None and source.name == "COMMANDLINE"
    current.json = json_output or jsonl
    current.jsonl = jsonl
    current.pager = not no_pager
    current.keyfile = keyfile
    current.no_agent = no_agent
    current.debug = debug
