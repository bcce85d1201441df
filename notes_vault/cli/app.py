"""The Typer application: global options and the command groups."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from notes_vault import __version__
from notes_vault.cli import (
    audit_cmds,
    client_cmds,
    deid_cmds,
    disclosure_cmds,
    note_cmds,
    retention_cmds,
    vault_cmds,
)
from notes_vault.cli.state import state

app = typer.Typer(
    name="notes-vault",
    help="An encrypted vault for a psychotherapist's case notes.",
    no_args_is_help=True,
    add_completion=False,
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
        # (notes_vault.vault.locate), not the current folder.
        str | None,
        typer.Option(
            "--vault",
            metavar="DIR",
            help="Vault folder (default: NOTES_VAULT_DIR or the user data folder).",
            show_default=False,
        ),
    ] = None,
    json_output: Annotated[
        bool, typer.Option("--json", help="Machine-readable JSON on stdout.")
    ] = False,
    keyfile: Annotated[
        Path | None,
        typer.Option("--keyfile", help="Unlock with this key file (for cron).", show_default=False),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """An encrypted vault for a psychotherapist's case notes."""
    current = state(ctx)
    current.vault_dir = vault
    current.json = json_output
    current.keyfile = keyfile
    current.debug = debug


for module in (
    vault_cmds,
    client_cmds,
    note_cmds,
    deid_cmds,
    disclosure_cmds,
    retention_cmds,
    audit_cmds,
):
    module.register(app)
