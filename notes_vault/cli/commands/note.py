"""`note …` commands: add, list, show, edit, sign, amend, recover-draft.

Where a note's text comes from, first match wins: ``--file F`` (``-`` for
standard input); standard input when it is not a terminal; otherwise the
user's editor on a private file in memory (see notes_vault.cli.editor). The vault
is unlocked once, before the editor opens, and closed while it runs, so other
commands are not kept waiting; a text that then fails to save is kept as an
encrypted draft (see notes_vault.cli.compose and `note recover-draft`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from notes_vault.cli import checks, listing, render
from notes_vault.cli.params import NoteKind, SinceOption, Template, UntilOption, parse_date_option
from notes_vault.cli.session import open_vault
from notes_vault.cli.state import State, state

if TYPE_CHECKING:
    from collections.abc import Iterator
    from contextlib import AbstractContextManager

    from notes_vault.cli.compose import Held
    from notes_vault.records.notes import Note, NoteSummary
    from notes_vault.store.vault import Vault

note_app = typer.Typer(
    add_completion=False, help="Notes: add, list, show, edit, sign, amend.", no_args_is_help=True
)

DateOpt = Annotated[date | None, typer.Option(parser=parse_date_option, show_default=False)]
NoteArg = Annotated[str, typer.Argument(help="Note id, e.g. N0001.", show_default=False)]
FileOpt = Annotated[
    str | None,
    typer.Option(
        "--file",
        help="Read the text from this file ('-' for standard input) instead of an editor.",
        show_default=False,
    ),
]


def stdin_is_terminal() -> bool:
    """Whether standard input is a terminal (then the editor opens); tests replace this."""
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


# --- where the text comes from ----------------------------------------------------------


def _given_text(file: str | None) -> str | None:
    """The text from --file or piped standard input, or None when the editor should open."""
    from notes_vault.errors import UsageError
    from notes_vault.records import notes

    limit = notes.MAX_NOTE_BYTES + 1
    if file == "-" or (file is None and not stdin_is_terminal()):
        return notes.decode_body(sys.stdin.buffer.read(limit))
    if file is None:
        return None
    try:
        with Path(file).expanduser().open("rb") as handle:
            return notes.decode_body(handle.read(limit))
    except OSError as exc:
        raise UsageError(f"cannot read {file}: {exc.strerror}") from None


def _edited_text(initial: str) -> str | None:
    """Text written in the editor, or None (and a message) when nothing was written."""
    from notes_vault.cli import editor
    from notes_vault.records import notes

    start = initial.encode("utf-8")
    raw = editor.edit(start, max_bytes=notes.MAX_NOTE_BYTES, allow_disk=_allow_disk())
    if raw == start:
        render.message("the note was not changed; nothing was saved")
        return None
    if not raw.strip():
        render.message("the note is empty; nothing was saved")
        return None
    return notes.decode_body(raw)


def _allow_disk() -> bool:
    """Without memory-backed storage, say so and ask (refuse without a terminal)."""
    from notes_vault.cli import editor
    from notes_vault.cli.unlock import has_terminal
    from notes_vault.errors import Refused

    where = editor.storage()
    if where.in_memory:
        return False
    from notes_vault.cli.config import load

    # macOS has no memory-backed folder: the config file may answer once for all.
    choice = (load().get("editor_disk") or "ask").lower()
    if choice == "allow":
        render.warn(f"the note is in a file under {where.path}, on disk, while you edit")
        return True
    if choice == "refuse":
        raise Refused(
            "no memory-backed storage for the editor (editor_disk = refuse);"
            " give the note with --file or on standard input"
        )
    if not has_terminal():
        raise Refused(
            "no memory-backed storage for the editor and no terminal to ask on;"
            " give the note with --file or on standard input"
        )
    render.warn(
        f"no memory-backed storage: while you edit, the note would be in a file under"
        f" {where.path}, on disk, and could be recovered from it later"
    )
    if not typer.confirm("Write it there anyway?", default=False, err=True):
        raise Refused("nothing was written")
    return True


# --- commands -------------------------------------------------------------------------


@note_app.command("add")
def note_add(
    ctx: typer.Context,
    clients: Annotated[
        list[str],
        typer.Argument(help="Client id(s), e.g. C0001 (two or more for a joint session)."),
    ],
    session_date: Annotated[
        date | None,
        typer.Option(
            "--date",
            parser=parse_date_option,
            help="Session date (default today).",
            show_default=False,
        ),
    ] = None,
    kind: Annotated[NoteKind, typer.Option(case_sensitive=False, help="Kind of note.")] = "session",
    template: Annotated[
        Template | None,
        typer.Option(
            case_sensitive=False,
            help="The headings the editor starts with (default: the config file's, else free).",
            show_default=False,
        ),
    ] = None,
    file: FileOpt = None,
) -> None:
    """Add a note from --file, piped standard input, or your editor; prints its id."""
    from notes_vault.cli import compose
    from notes_vault.records import notes

    st = state(ctx)
    checks.ids("C", clients)  # before any secret is asked for
    checks.choice("kind", kind, ("session", "process"))
    # The config file is read only here, so that other note commands and --help skip it.
    chosen = template or str(st.config.get("template") or "free").lower()
    checks.choice("template", chosen, notes.TEMPLATES)
    when = session_date.isoformat() if session_date else None
    target = {"clients": list(clients), "date": when, "kind": kind, "template": chosen}
    body = _given_text(file)
    held = None
    if body is None:
        held, body = _write_once(st, lambda opened: _start_add(opened, clients, chosen))
        if body is None:
            return
    with compose.saving(st, held, action="add", target=target, body=body) as opened:
        created = compose.save(opened, "add", target, body)
    render.created(st, created)


def _start_add(opened: Vault, clients: list[str], template: str) -> str:
    from notes_vault.records import notes

    notes.resolve_clients(opened, clients)  # the ids are checked now, not after the writing
    return notes.template_text(template)


def _write_once(st: State, prepare: Callable[[Vault], str]) -> tuple[Held, str | None]:
    """One unlock (agent or prompt): `prepare` checks the ids and gives the editor's starting
    text; the vault is closed while the editor runs; the key is kept to save with."""
    from notes_vault.cli import compose

    with compose.unlocked_once(st) as (opened, held):
        initial = prepare(opened)
    return held, _edited_text(initial)


@note_app.command("list")
def note_list(
    ctx: typer.Context,
    client: Annotated[
        str | None,
        typer.Argument(help="Only this client's notes (id, e.g. C0001).", show_default=False),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    show_all: listing.AllOption = False,
    limit: listing.LimitOption = None,
) -> None:
    """List notes by id, date, kind and client ids (never their text)."""
    from notes_vault.records import listings

    st = state(ctx)
    checks.ids("C", [client])
    last = listing.row_limit(st, limit, show_all)

    def source(opened: Vault) -> AbstractContextManager[Iterator[NoteSummary]]:
        return listings.note_list(opened, client=client, since=since, until=until, last=last)

    listing.run(st, source, NOTE_LIST, limit=last)


def _note_row(n: NoteSummary) -> list[object]:
    return [n.id, n.date, n.kind, n.template, " ".join(n.clients), n.signed, n.amends]


NOTE_LIST = listing.Spec(
    columns=[
        listing.Column("id", 7),
        listing.Column("date", 10),
        listing.Column("kind", 8),
        listing.Column("template", 8),
        listing.Column("clients", 11),
        listing.Column("signed", 25),
        listing.Column("amends", 7),
    ],
    row=_note_row,
    data=lambda n: {
        "id": n.id,
        "date": n.date.isoformat(),
        "kind": n.kind,
        "template": n.template,
        "clients": list(n.clients),
        "signed": n.signed,
        "amends": n.amends,
    },
    noun="notes",
)


@note_app.command("show")
def note_show(ctx: typer.Context, note: NoteArg) -> None:
    """Show a note's text, with its addenda after it."""
    from notes_vault.records import notes

    st = state(ctx)
    checks.ids("N", [note])
    with open_vault(st) as opened:
        found = notes.get(opened, note)
    if st.json:
        render.print_json(found)
    else:
        _show(found)


def _show(note: Note) -> None:
    _print_note(note, note.id)
    for addendum in note.addenda:
        sys.stdout.write("\n")
        _print_note(addendum, f"addendum {addendum.id} to {note.id}")


def _print_note(note: Note, title: str) -> None:
    # The heading holds ids, dates and fixed words only: bold on a terminal, written
    # without rich (whose import would double this command's start-up).
    signed = f"signed {note.signed}" if note.signed else "not signed"
    line = f"{title}  {note.date}  {note.kind}  {note.template}  {' '.join(note.clients)}  {signed}"
    bold = render.stdout_is_terminal()
    sys.stdout.write(f"{listing.BOLD}{line}{listing.RESET}\n" if bold else line + "\n")
    # The text itself is written as it is: no wrapping, no markup.
    sys.stdout.write(note.body if note.body.endswith("\n") else note.body + "\n")
    sys.stdout.flush()


@note_app.command("edit")
def note_edit(ctx: typer.Context, note: NoteArg, file: FileOpt = None) -> None:
    """Change an unsigned note in your editor (or from --file / standard input)."""
    from notes_vault.cli import compose
    from notes_vault.records import notes

    st = state(ctx)
    checks.ids("N", [note])
    body = _given_text(file)
    held = None
    if body is None:
        held, body = _write_once(st, lambda opened: notes.for_edit(opened, note).body)
        if body is None:
            return
    with compose.saving(st, held, action="edit", target={"note": note}, body=body) as opened:
        created = compose.save(opened, "edit", {"note": note}, body)
    render.created(st, created)


@note_app.command("sign")
def note_sign(ctx: typer.Context, note: NoteArg) -> None:
    """Sign (lock) a note: it can then only be amended, never edited."""
    from notes_vault.records import notes

    st = state(ctx)
    checks.ids("N", [note])
    with open_vault(st) as opened:
        signed = notes.sign(opened, note)
    render.created(st, {"id": signed.id, "signed": signed.signed})
    if not st.json:
        render.message(
            f"Signed {signed.id} at {signed.signed}: it is locked now; to correct it, add an"
            f" addendum with `notes-vault note amend {signed.id}`."
        )


@note_app.command("amend")
def note_amend(ctx: typer.Context, note: NoteArg, file: FileOpt = None) -> None:
    """Add a signed addendum to a note; prints the addendum's id."""
    from notes_vault.cli import compose

    st = state(ctx)
    checks.ids("N", [note])
    body = _given_text(file)
    held = None
    if body is None:
        held, body = _write_once(st, lambda opened: _start_amend(opened, note))
        if body is None:
            return
    with compose.saving(st, held, action="amend", target={"note": note}, body=body) as opened:
        created = compose.save(opened, "amend", {"note": note}, body)
    render.created(st, created)


def _start_amend(opened: Vault, note: str) -> str:
    from notes_vault.records import notes

    notes.resolve(opened, note)
    return ""


@note_app.command("recover-draft")
def note_recover_draft(
    ctx: typer.Context,
    draft: Annotated[
        str | None, typer.Argument(help="Draft id (default: the newest).", show_default=False)
    ] = None,
    list_only: Annotated[bool, typer.Option("--list", help="List the kept drafts.")] = False,
    as_is: Annotated[
        bool, typer.Option("--as-is", help="Save the text as kept, without the editor.")
    ] = False,
    discard: Annotated[bool, typer.Option("--discard", help="Delete the draft unsaved.")] = False,
) -> None:
    """Offer back a note that failed to save: edit it, then save it as first meant."""
    from notes_vault.cli import compose
    from notes_vault.store import drafts

    st = state(ctx)
    path = st.location()
    if list_only or discard:
        compose.list_or_discard(st, path, draft, discard=discard)
        return
    if not as_is and not stdin_is_terminal():
        from notes_vault.errors import UsageError

        raise UsageError("no terminal for the editor: give --as-is to save the draft as kept")
    info = drafts.find(path, drafts.vault_id_of(path), draft)
    with compose.unlocked_once(st, mention=False) as (_opened, held):
        kept = drafts.read(info, held.key)
    body = kept.body if as_is else _edited_draft(kept.body)
    with compose.saving(
        st, held, action=info.action, target=kept.target, body=body, replaces=info
    ) as opened:
        created = compose.save(opened, info.action, kept.target, body)
    render.created(st, created)


def _edited_draft(kept: str) -> str:
    """The kept text after the editor (unchanged is fine: it is saved as kept)."""
    from notes_vault.cli import editor
    from notes_vault.errors import Refused
    from notes_vault.records import notes

    raw = editor.edit(
        kept.encode("utf-8"), max_bytes=notes.MAX_NOTE_BYTES, allow_disk=_allow_disk()
    )
    if not raw.strip():
        raise Refused("the text was emptied; nothing was saved and the draft is still kept")
    return notes.decode_body(raw)


# The commands this module adds to the application (notes_vault.cli.app loads it lazily).
COMMANDS: dict[str, typer.Typer | Callable[..., None]] = {"note": note_app}
