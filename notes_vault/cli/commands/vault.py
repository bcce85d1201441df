"""Commands that manage the vault itself: init, status, passwd, recover, rekey, keyfile."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from notes_vault.cli import checks, render
from notes_vault.cli.session import open_vault
from notes_vault.cli.state import State, state

if TYPE_CHECKING:
    from rich.console import Console

    from notes_vault.retention.status import VaultStatus
    from notes_vault.store.credentials import Passphrase
    from notes_vault.store.vault import Vault

keyfile_app = typer.Typer(
    add_completion=False, help="Key files for unattended use (cron).", no_args_is_help=True
)


def init(
    ctx: typer.Context,
    kdf_memory: Annotated[
        int | None, typer.Option(help="Argon2id memory in MiB (default 256).", min=1)
    ] = None,
    kdf_iterations: Annotated[
        int | None, typer.Option(help="Argon2id passes (default 3).", min=1)
    ] = None,
    kdf_parallelism: Annotated[
        int | None, typer.Option(help="Argon2id lanes (default 4).", min=1)
    ] = None,
) -> None:
    """Create a new vault and show its recovery key once."""
    from notes_vault.cli.unlock import (
        new_passphrase,
        passphrase_from_environment,
    )
    from notes_vault.store import (
        audit,
        credentials,
        keys,
        vault,
    )

    st = state(ctx)
    defaults = keys.KdfParams()
    params = keys.KdfParams(
        memory_kib=(kdf_memory * 1024) if kdf_memory else defaults.memory_kib,
        iterations=kdf_iterations or defaults.iterations,
        parallelism=kdf_parallelism or defaults.parallelism,
    )
    params.validate()
    path = st.location()
    vault.check_new_place(path)  # before the passphrase is asked for
    if params.below_recommendation():
        render.warn(
            "these Argon2id parameters are below RFC 9106's recommendation "
            "(64 MiB, 3 passes, 4 lanes): a stolen vault is cheaper to attack"
        )
    given = passphrase_from_environment()
    passphrase = _judged_bytes(given) if given else new_passphrase()
    vault._check_passphrase(passphrase)
    from notes_vault.cli.spinner import working

    memory = params.memory_kib // 1024
    doing = f"Creating the vault: deriving its key (Argon2id, {memory} MiB, t={params.iterations})"
    with working(st, doing + " and encrypting a new database…"):
        opened, recovery = vault.create(path, passphrase, params)
    with opened:
        audit.log(opened, "vault.init")
        shown = credentials.format_recovery_key(recovery)
        data = {"id": opened.header.vault_id, "vault": str(path), "recovery_key": shown}
        render.emit(st, data, lambda console: _show_recovery(console, path, shown, created=True))
        _confirm_shown(opened)
    _wait_until_written_down(st)


def _judged_bytes(given: Passphrase) -> Passphrase:
    """A new passphrase from the environment, judged for strength when it is text (bytes
    that are not UTF-8 are taken as they are)."""
    from notes_vault.cli.unlock import judged

    try:
        return judged(given.value.decode("utf-8"))
    except UnicodeDecodeError:
        return given


def _wait_until_written_down(st: State) -> None:
    """On a terminal, keep the recovery key on screen until the user says it is written down."""
    if st.json or not (sys.stdin.isatty() and sys.stdout.isatty()):
        return
    sys.stderr.write("Press Enter once you have written the recovery key down: ")
    sys.stderr.flush()
    sys.stdin.readline()


def _confirm_shown(opened: Vault) -> None:
    """Clear the header's "recovery key not yet shown" mark, once the key is on stdout.

    A kill before this line leaves the mark, and `status` asks for a new key:
    a false alarm if the key did reach the screen, never a silent loss.
    """
    sys.stdout.flush()  # raises if the key could not be written; the mark then stays
    opened.confirm_recovery_key_shown()


def _show_recovery(console: Console, path: Path, shown: str, *, created: bool) -> None:
    if created:
        console.print(f"Created a vault at {path}.")
    console.print("Recovery key (shown only now; print it and lock it away):")
    console.print(f"\n    {shown}\n")
    console.print("It opens the vault if the passphrase is forgotten: `notes-vault recover`.")


def status(ctx: typer.Context) -> None:
    """Show the vault's place, keys, counts and what needs attention."""
    from dataclasses import replace

    from notes_vault.cli.commands.agent import agent_line
    from notes_vault.retention.status import gather
    from notes_vault.store import audit

    st = state(ctx)
    with open_vault(st) as opened:
        info = gather(opened)
        audit.log(opened, "vault.status")
    info = replace(info, agent=agent_line(info.path))
    render.emit(st, info, lambda console: _show_status(console, info))


def _show_status(console: Console, info: VaultStatus) -> None:
    from notes_vault.cli import status_view

    status_view.show(console, info)


def without_agent(st: State) -> State:
    """The options with the agent ignored: making new secrets (passwd, keyfile add) asks for a
    current one, even while the vault is unlocked."""
    from dataclasses import replace

    return replace(st, no_agent=True)


def passwd(ctx: typer.Context) -> None:
    """Change the passphrase (rewrites its key slot only)."""
    from notes_vault.cli.unlock import new_passphrase
    from notes_vault.store import audit, vault

    st = state(ctx)
    with open_vault(without_agent(st), exclusive=True) as opened:
        new = new_passphrase()
        vault.change_passphrase(opened, new)
        audit.log(opened, "key.passwd", slot="passphrase")
    _done(st, "passphrase", "The passphrase was changed.")


def recover(ctx: typer.Context) -> None:
    """Open the vault with the recovery key and set a new passphrase."""
    import os

    from notes_vault.cli.unlock import new_passphrase, prompt_secret
    from notes_vault.store import (
        audit,
        credentials,
        vault,
    )

    st = state(ctx)
    typed = os.environ.get("NOTES_VAULT_RECOVERY_KEY") or prompt_secret("Recovery key")
    secret = credentials.parse_recovery_key(typed)
    with vault.open_vault(st.location(), secret, exclusive=True) as opened:
        new = new_passphrase()
        vault.change_passphrase(opened, new)
        opened.confirm_recovery_key_shown()  # it was just typed back, so it was seen
        audit.log(opened, "key.recover", slot="passphrase")
    _done(st, "passphrase", "The vault was recovered and has a new passphrase.")


def _done(st: Any, slot: str, text: str) -> None:
    if st.json:
        render.print_json({"id": slot, "changed": True})
    else:
        render.message(text)


def rekey(ctx: typer.Context) -> None:
    """Replace the data key itself; issues a new recovery key and drops key files."""
    from notes_vault.cli.unlock import passphrase_for
    from notes_vault.store import (
        audit,
        credentials,
    )
    from notes_vault.store.rekey import rekey as do_rekey

    st = state(ctx)
    _refuse_with_drafts(st.location())
    passphrase = passphrase_for(st, "needed to rekey")
    from notes_vault.store.vault import open_vault

    with open_vault(st.location(), passphrase, exclusive=True) as opened:
        with render.progress(st, "Re-encrypting") as update:
            recovery, dropped = do_rekey(opened, passphrase, progress=update)
        audit.log(opened, "key.rekey", dropped_keyfiles=dropped)
        from notes_vault.store.agent import client

        client.lock(st.location())  # the old key opens old backups: let it go at once
        shown = credentials.format_recovery_key(recovery)
        data = {"id": "data-key", "recovery_key": shown, "dropped_keyfiles": dropped}

        def human(console: Console) -> None:
            console.print("The vault has a new data key. The old recovery key no longer works.")
            _show_recovery(console, st.location(), shown, created=False)
            if dropped:
                console.print(
                    f"Key files removed ({len(dropped)}): add them again with `keyfile add`."
                )

        render.emit(st, data, human)
        _confirm_shown(opened)
    _wait_until_written_down(st)


def _refuse_with_drafts(path: Path) -> None:
    """Drafts are encrypted under the data key that rekey replaces: recover them first."""
    from notes_vault.errors import Refused
    from notes_vault.store import drafts

    if drafts.kept_for(path):
        raise Refused(
            "unsaved notes are kept as drafts under the current key; save or discard them first"
            " (`notes-vault note recover-draft`, `--list`, `--discard`)"
        )


@keyfile_app.command("add")
def keyfile_add(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="Where to write the new key file (must not exist).")],
) -> None:
    """Write a new key file (0600) that opens the vault without a passphrase."""
    from notes_vault.store import audit, vault

    st = state(ctx)
    checks.new_file(path)
    with open_vault(without_agent(st), exclusive=True) as opened:
        slot_id = vault.add_keyfile(opened, path.expanduser().absolute())
        audit.log(opened, "key.keyfile_add", slot=slot_id)
    render.created(st, {"id": slot_id, "path": str(path)})
    if not st.json:
        render.message(f"Key file written to {path}; keep it 0600 and off backups of the vault.")


@keyfile_app.command("remove")
def keyfile_remove(
    ctx: typer.Context,
    target: Annotated[str, typer.Argument(help="The key file, or its slot id from `status`.")],
) -> None:
    """Stop a key file from opening the vault (and delete the file if given)."""
    from notes_vault.cli.unlock import read_keyfile
    from notes_vault.store import audit, vault

    st = state(ctx)
    path = Path(target).expanduser()
    slot_id = target if target.startswith("keyfile-") and not path.exists() else None
    if slot_id is None:
        slot_id = read_keyfile(path).slot_id  # before any secret is asked for
    with open_vault(st, exclusive=True) as opened:
        vault.remove_keyfile_slot(opened, slot_id)
        audit.log(opened, "key.keyfile_remove", slot=slot_id)
    if slot_id and path.exists():
        path.unlink()
    if st.json:
        render.print_json({"id": slot_id, "removed": True})
    else:
        render.message(f"Key slot {slot_id} removed.")


# The commands this module adds to the application (notes_vault.cli.app loads it lazily).
COMMANDS: dict[str, typer.Typer | Callable[..., None]] = {
    "init": init,
    "status": status,
    "passwd": passwd,
    "recover": recover,
    "rekey": rekey,
    "keyfile": keyfile_app,
}
