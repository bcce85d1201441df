"""A note written in the editor: one unlock before the editor opens, and never a lost text.

The key is obtained once, before the editor (from the agent, or one prompt); the
vault is closed while the editor runs, and opened again afterwards with the same
data key (no second prompt, no second key derivation). If saving then fails for
any reason, the text is first kept as an encrypted draft (notes_vault.store.drafts)
and the user told how to get it back, and only then is the error reported.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from notes_vault.cli import render
from notes_vault.cli.session import open_vault
from notes_vault.cli.state import State

if TYPE_CHECKING:
    from notes_vault.store.drafts import DraftInfo
    from notes_vault.store.vault import Vault


@dataclass(frozen=True)
class Held:
    """The vault's data key, kept by this process from its one unlock to the save."""

    path: Path
    vault_id: str
    key: bytes = field(repr=False)


@contextlib.contextmanager
def unlocked_once(st: State, *, mention: bool = True) -> Iterator[tuple[Vault, Held]]:
    """Open the vault (the one unlock); yields it and the key to save with later. Says so
    (if `mention`) when drafts of unsaved notes are kept for this vault."""
    with open_vault(st) as opened:
        held = Held(opened.path, opened.header.vault_id, opened.data_key)
        yield opened, held
    if mention:
        mention_drafts(held)


def mention_drafts(held: Held) -> None:
    """Say so when drafts of unsaved notes are kept for this vault."""
    from notes_vault.store import drafts  # noqa: PLC0415

    kept = drafts.pending(held.path, held.vault_id)
    if kept:
        render.message(
            f"{len(kept)} unsaved note(s) kept as draft(s), the newest {kept[-1].id}:"
            " `notes-vault note recover-draft` offers it back"
        )


@contextlib.contextmanager
def saving(
    st: State, held: Held | None, *, action: str, target: dict[str, Any], body: str,
    replaces: DraftInfo | None = None,
) -> Iterator[Vault]:  # fmt: skip
    """The vault, open to save `body`; if anything fails (opening included), the text is kept
    as a draft before the error goes on. Without `held` (the text came from a file or
    standard input, so it is not lost) the vault is simply opened."""
    if held is None:
        with open_vault(st) as opened:
            yield opened
        return
    from notes_vault.store import credentials, drafts  # noqa: PLC0415
    from notes_vault.store.vault import open_vault as open_with_key  # noqa: PLC0415

    try:
        with open_with_key(held.path, credentials.DataKey(held.key)) as opened:
            yield opened
    except BaseException:
        keep_draft(held, action=action, target=target, body=body)
        if replaces is not None:
            drafts.discard(replaces)
        raise
    if replaces is not None:
        drafts.discard(replaces)


def keep_draft(held: Held, *, action: str, target: dict[str, Any], body: str) -> None:
    """Keep the text encrypted, and tell the user where it is; say so if even that fails."""
    from notes_vault.errors import VaultError  # noqa: PLC0415
    from notes_vault.store import drafts  # noqa: PLC0415

    try:
        info = drafts.keep(
            held.path, held.vault_id, held.key, action=action, target=target, body=body
        )
    except (OSError, VaultError) as exc:
        render.warn(f"the note was not saved, and could not be kept as a draft either ({exc})")
        return
    render.message(
        f"The note was not saved; its text is kept, encrypted, as draft {info.id}:"
        " `notes-vault note recover-draft` offers it back."
    )


def save(opened: Vault, action: str, target: dict[str, Any], body: str) -> dict[str, Any]:
    """Do what the text was written for (add, edit or amend); what to print."""
    from notes_vault.records import notes  # noqa: PLC0415

    if action == "add":
        when = target.get("date")
        note = notes.add(
            opened,
            clients=list(target["clients"]),
            body=body,
            session_date=date.fromisoformat(when) if when else None,
            kind=str(target["kind"]),
            template=str(target["template"]),
        )
        return {"id": note.id, "clients": note.clients, "date": note.date}
    if action == "edit":
        edited = notes.edit(opened, str(target["note"]), body=body)
        return {"id": edited.id, "updated": edited.updated}
    addendum = notes.amend(opened, str(target["note"]), body=body)
    return {"id": addendum.id, "amends": addendum.amends}


def list_or_discard(st: State, path: Path, draft: str | None, *, discard: bool) -> None:
    """List the drafts kept for the vault at `path`, or discard one (`--discard`)."""
    from notes_vault.store import drafts  # noqa: PLC0415

    vault_id = drafts.vault_id_of(path)
    if discard:
        info = drafts.find(path, vault_id, draft)
        drafts.discard(info)
        render.message(f"Draft {info.id} was deleted.")
        return
    kept = drafts.pending(path, vault_id)
    if not kept and not st.json:
        render.message("no draft is kept for this vault")
        return
    rows = [[d.id, d.created, d.action] for d in kept]
    render.emit(
        st, kept, lambda console: console.print(render.table(None, ["draft", "kept", "for"], rows))
    )
