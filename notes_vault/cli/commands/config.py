"""`config show`: where the config file is, and each setting with where it came from."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from notes_vault.cli import render
from notes_vault.cli.state import state

if TYPE_CHECKING:
    from rich.console import Console

config_app = typer.Typer(
    add_completion=False,
    help="The config file: where it is and what it sets.",
    no_args_is_help=True,
)


@config_app.command("show")
def config_show(
    ctx: typer.Context,
    path_only: Annotated[bool, typer.Option("--path", help="Print only the file's path.")] = False,
) -> None:
    """Show each setting in force and where it came from (flag, environment, file, default)."""
    from notes_vault.cli.config import KEYS, effective

    st = state(ctx)
    config = st.config
    if path_only:
        typer.echo(str(config.path))
        return
    flags = {"vault": st.vault_dir if st.vault_from_flag else None}
    rows = effective(config, flags)
    data = {
        "path": str(config.path),
        "exists": config.exists,
        "settings": [{"key": k, "value": v, "source": s} for k, v, s in rows],
    }

    def human(console: Console) -> None:
        state_word = "" if config.exists else " (not there: built-in defaults apply)"
        typer.echo(f"config file: {config.path}{state_word}")
        table_rows = [[k, v, s, KEYS[k][0]] for k, v, s in rows]
        console.print(render.table(None, ["key", "value", "from", "what"], table_rows))

    render.emit(st, data, human)


# The commands this module adds to the application (notes_vault.cli.app loads it lazily).
COMMANDS: dict[str, typer.Typer | Callable[..., None]] = {"config": config_app}
