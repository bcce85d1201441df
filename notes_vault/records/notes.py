"""Session notes: add, list, show, edit, sign, amend.

A note belongs to one or more clients (joint sessions), has a session date, a
kind (session, process, addendum) and a template (soap, dap, birp, free), and
its text is stored exactly as given (UTF-8, byte for byte). Once signed a note
is never edited, only amended: an addendum is a note of kind ``addendum`` whose
``amends`` points at the note it corrects (always the original, never another
addendum), with the same clients, signed when it is created.

What a note may hold: valid UTF-8 text of 1 byte to `MAX_NOTE_BYTES`, not only
white space, with no control characters except tab, newline, carriage return,
vertical tab and form feed. NUL and the other control characters are refused
(exit 2): they come from binary files given by mistake, some tools truncate
text at a NUL, and on a terminal they can be escape sequences.

List views carry ids, dates and codes only; the text comes out through `get`.
Every read and write is an audit event with ids only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from notes_vault.errors import NotFound, Refused, UsageError
from notes_vault.records.clients import client_id
from notes_vault.records.clients import resolve as resolve_client
from notes_vault.records.dates import now_iso
from notes_vault.records.ids import format_id, parse_id
from notes_vault.records.session_dates import check_session_date
from notes_vault.store import audit
from notes_vault.store.vault import Vault

KINDS = ("session", "process", "addendum")
TEMPLATES = ("soap", "dap", "birp", "free")
TEMPLATE_HEADINGS: dict[str, tuple[str, ...]] = {
    "soap": ("Subjective", "Objective", "Assessment", "Plan"),
    "dap": ("Data", "Assessment", "Plan"),
    "birp": ("Behaviour", "Intervention", "Response", "Plan"),
    "free": (),
}
MAX_NOTE_BYTES = 20 * 1024 * 1024
ALLOWED_CONTROLS = frozenset("\t\n\r\v\f")


@dataclass(frozen=True)
class Note:
    """One note with its text, and (when loaded by `get`) the addenda to it."""

    id: str
    clients: tuple[str, ...]
    date: date
    kind: str
    template: str
    body: str
    created: str
    updated: str
    signed: str | None
    amends: str | None
    addenda: tuple[Note, ...] = ()


@dataclass(frozen=True)
class NoteSummary:
    """A note as list views show it: ids, date and codes, never text."""

    id: str
    date: date
    kind: str
    template: str
    clients: tuple[str, ...]
    signed: str | None
    amends: str | None


def note_id(num: int) -> str:
    """The user-facing id of note number `num`."""
    return format_id("N", num)


def template_text(template: str) -> str:
    """What an editor is pre-filled with for `template`: its headings, or nothing."""
    headings = TEMPLATE_HEADINGS[_choice("template", template, TEMPLATES)]
    return "".join(f"{heading}:\n\n" for heading in headings)


# --- checking input --------------------------------------------------------------


def decode_body(raw: bytes) -> str:
    """The note text in `raw` (UTF-8), checked by `check_body`; UsageError otherwise."""
    if len(raw) > MAX_NOTE_BYTES:
        raise UsageError(f"the note is larger than {MAX_NOTE_BYTES // (1024 * 1024)} MiB")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(
            f"the note is not valid UTF-8 text (bad byte at offset {exc.start}); nothing was added"
        ) from None
    return check_body(text)


def check_body(text: str) -> str:
    """`text` itself if a note may hold it (see the module docstring); UsageError otherwise."""
    if not text.strip():
        raise UsageError("the note is empty; nothing was added")
    if len(text.encode("utf-8", "surrogatepass")) > MAX_NOTE_BYTES:
        raise UsageError(f"the note is larger than {MAX_NOTE_BYTES // (1024 * 1024)} MiB")
    for offset, char in enumerate(text):
        if char in ALLOWED_CONTROLS:
            continue
        category = unicodedata.category(char)
        if category == "Cc":
            what = "a NUL byte" if char == "\0" else f"a control character (U+{ord(char):04X})"
            raise UsageError(f"the note contains {what} at character {offset}; notes are text")
        if category == "Cs":
            raise UsageError(f"the note contains an unpaired surrogate at character {offset}")
    return text


def _choice(label: str, value: str, allowed: tuple[str, ...]) -> str:
    cleaned = value.strip().lower()
    if cleaned not in allowed:
        raise UsageError(f"unknown {label}; use one of: {' '.join(allowed)}")
    return cleaned


# --- resolving ids ---------------------------------------------------------------


def resolve(vault: Vault, text: str) -> int:
    """The row number of the note with id `text`; NotFound (exit 4) if there is none."""
    num = parse_id("N", text)
    if vault.db.scalar("SELECT 1 FROM notes WHERE num = ?", (num,)) is None:
        raise NotFound(f"no note {note_id(num)}")
    return num


def resolve_clients(vault: Vault, texts: tuple[str, ...] | list[str]) -> tuple[int, ...]:
    """Client row numbers for the ids in `texts`, in order, without repeats (NotFound if any
    is unknown)."""

    if not texts:
        raise UsageError("a note needs at least one client")
    return tuple(dict.fromkeys(resolve_client(vault, text) for text in texts))


# --- writing -----------------------------------------------------------------------


def add(
    vault: Vault,
    *,
    clients: tuple[str, ...] | list[str],
    body: str,
    session_date: date | None = None,
    kind: str = "session",
    template: str = "free",
) -> Note:
    """Add a note for one or more clients; returns it with its new id."""
    kind = _choice("kind", kind, KINDS)
    if kind == "addendum":
        raise UsageError("an addendum is added with `note amend NOTE`")
    template = _choice("template", template, TEMPLATES)
    body = check_body(body)
    with vault.db.transaction():
        nums = resolve_clients(vault, clients)
        session_date = check_session_date(vault, nums, session_date)
        num = _insert(
            vault,
            nums,
            body=body,
            session_date=session_date,
            kind=kind,
            template=template,
        )
        audit.log(vault, "note.add", note=note_id(num), client=_client_ids(nums))
    return _load(vault, num)


def _insert(
    vault: Vault,
    clients: tuple[int, ...],
    *,
    body: str,
    session_date: date,
    kind: str,
    template: str,
    amends: int | None = None,
    signed: bool = False,
) -> int:
    stamp = now_iso()
    cursor = vault.db.execute(
        "INSERT INTO notes (session_date, kind, template, body, created, updated, signed, amends)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            session_date.isoformat(),
            kind,
            template,
            body,
            stamp,
            stamp,
            stamp if signed else None,
            amends,
        ),
    )
    num = int(cursor.lastrowid)
    vault.db.executemany(
        "INSERT INTO note_clients (client_num, note_num) VALUES (?, ?)",
        [(client, num) for client in clients],
    )
    return num


def for_edit(vault: Vault, text: str) -> Note:
    """The note to open in an editor: Refused (exit 7) if it is signed (logged as a read)."""
    num = resolve(vault, text)
    note = _load(vault, num)
    _refuse_signed(note)
    audit.log(vault, "note.read", note=note.id, purpose="edit")
    return note


def edit(vault: Vault, text: str, *, body: str) -> Note:
    """Replace the text of an unsigned note (Refused if it is signed)."""
    body = check_body(body)
    with vault.db.transaction():
        num = resolve(vault, text)
        _refuse_signed(_load(vault, num))
        vault.db.execute(
            "UPDATE notes SET body = ?, updated = ? WHERE num = ?", (body, now_iso(), num)
        )
        audit.log(vault, "note.edit", note=note_id(num))
    return _load(vault, num)


def _refuse_signed(note: Note) -> None:
    if note.signed is not None:
        raise Refused(
            f"{note.id} is signed and cannot be changed; add an addendum with `note amend`"
        )


def sign(vault: Vault, text: str) -> Note:
    """Sign (lock) a note: from now on it is only amended. Refused if already signed."""
    with vault.db.transaction():
        num = resolve(vault, text)
        note = _load(vault, num)
        if note.signed is not None:
            raise Refused(f"{note.id} is already signed")
        vault.db.execute("UPDATE notes SET signed = ? WHERE num = ?", (now_iso(), num))
        audit.log(vault, "note.sign", note=note.id)
    return _load(vault, num)


def amend(vault: Vault, text: str, *, body: str, session_date: date | None = None) -> Note:
    """Add a signed addendum to a note (to the original if `text` is itself an addendum)."""
    body = check_body(body)
    with vault.db.transaction():
        target = _load(vault, resolve(vault, text))
        root = parse_id("N", target.amends) if target.amends else parse_id("N", target.id)
        nums = tuple(parse_id("C", c) for c in target.clients)
        num = _insert(
            vault,
            nums,
            body=body,
            session_date=session_date or date.today(),
            kind="addendum",
            template="free",
            amends=root,
            signed=True,
        )
        audit.log(vault, "note.amend", note=note_id(num), amends=note_id(root))
    return _load(vault, num)


# --- reading -----------------------------------------------------------------------


_COLUMNS = (
    "n.num, n.session_date, n.kind, n.template, n.signed, n.amends,"
    " (SELECT group_concat(client_num) FROM"
    "  (SELECT client_num FROM note_clients WHERE note_num = n.num ORDER BY client_num))"
)


def _client_ids(nums: tuple[int, ...]) -> list[str]:

    return [client_id(num) for num in nums]


def _clients_of(joined: Any) -> tuple[str, ...]:
    if not joined:
        return ()
    return tuple(_client_ids(tuple(int(part) for part in str(joined).split(","))))


def _summary(row: Any) -> NoteSummary:
    return NoteSummary(
        id=note_id(int(row[0])),
        date=date.fromisoformat(str(row[1])),
        kind=str(row[2]),
        template=str(row[3]),
        signed=row[4],
        amends=None if row[5] is None else note_id(int(row[5])),
        clients=_clients_of(row[6]),
    )


def _load(vault: Vault, num: int, *, with_addenda: bool = False) -> Note:
    sql = f"SELECT {_COLUMNS}, n.body, n.created, n.updated FROM notes n WHERE n.num = ?"  # noqa: S608 - fixed fragments
    row = vault.db.one(sql, (num,))
    if row is None:
        raise NotFound(f"no note {note_id(num)}")
    addenda: tuple[Note, ...] = ()
    if with_addenda:
        children = vault.db.all("SELECT num FROM notes WHERE amends = ? ORDER BY num", (num,))
        addenda = tuple(_load(vault, int(child[0])) for child in children)
    head = _summary(row)
    return Note(
        id=head.id,
        clients=head.clients,
        date=head.date,
        kind=head.kind,
        template=head.template,
        body=str(row[7]),
        created=str(row[8]),
        updated=str(row[9]),
        signed=head.signed,
        amends=head.amends,
        addenda=addenda,
    )


def get(vault: Vault, text: str) -> Note:
    """The note with id `text`, its text and its addenda (logged as a read)."""
    num = resolve(vault, text)
    note = _load(vault, num, with_addenda=True)
    audit.log(vault, "note.show", note=note.id, addenda=[a.id for a in note.addenda] or None)
    return note


def summaries(
    vault: Vault,
    *,
    client: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[NoteSummary]:
    """Notes by session date (all, or one client's), optionally between two dates inclusive."""
    check_range(since, until)
    source = "notes n"
    where: list[str] = []
    params: list[Any] = []
    client_text = None
    if client is not None:
        from notes_vault.records.clients import resolve as resolve_client  # noqa: PLC0415

        client_num = resolve_client(vault, client)
        client_text = client_id(client_num)
        # Driven from the client's rows of note_clients: as fast at 100,000 notes as at 10.
        source = "note_clients nc JOIN notes n ON n.num = nc.note_num"
        where.append("nc.client_num = ?")
        params.append(client_num)
    date_range(where, params, since, until)
    condition = f" WHERE {' AND '.join(where)}" if where else ""
    rows = vault.db.all(
        f"SELECT {_COLUMNS} FROM {source}{condition}"  # noqa: S608 - fixed fragments
        " ORDER BY n.session_date, n.num",
        params,
    )
    audit.log(vault, "note.list", client=client_text, count=len(rows))
    return [_summary(row) for row in rows]


def date_range(where: list[str], params: list[Any], since: date | None, until: date | None) -> None:
    """Add the session-date bounds (notes aliased `n`) to a WHERE list and its parameters."""
    if since is not None:
        where.append("n.session_date >= ?")
        params.append(since.isoformat())
    if until is not None:
        where.append("n.session_date <= ?")
        params.append(until.isoformat())


def check_range(since: date | None, until: date | None) -> None:
    """UsageError when `since` is after `until`."""
    if since is not None and until is not None and since > until:
        raise UsageError("--since is after --until")
