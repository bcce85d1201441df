"""De-identifying what the vault holds: notes, a client's notes, or free text.

The engine (notes_vault.deid) knows nothing of the vault; this module feeds
it the known subjects of each note and applies the fail-closed rule: after
replacing, the output is scanned again for every identifier the vault knows,
and any that remains stops the whole operation (`IdentifierLeft`, exit 8)
with its position but never its text.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from notes_vault.deid import Deidentifier, KnownSubject, Replacement
from notes_vault.deid.quasi import Warning, review
from notes_vault.errors import IdentifierLeft, NotFound
from notes_vault.exports.subjects import note_client_nums, subjects_for
from notes_vault.records import clients
from notes_vault.records.ids import format_id, parse_id
from notes_vault.store import audit
from notes_vault.store.vault import Vault


@dataclass(frozen=True)
class Item:
    """One de-identified text and what was replaced in it."""

    source: str
    text: str
    replacements: tuple[Replacement, ...]
    warnings: tuple[Warning, ...] = ()  # phrases to review (quasi-identifiers)


@dataclass(frozen=True)
class NoteText:
    """A stored note's text with the facts an export needs."""

    num: int
    session_date: date
    kind: str
    body: str
    client_nums: tuple[int, ...]

    @property
    def id(self) -> str:
        """The note's user-facing id."""
        return format_id("N", self.num)


def load_note(vault: Vault, num: int) -> NoteText:
    """A note's text and clients (NotFound if there is no such note)."""
    row = vault.db.one("SELECT num, session_date, kind, body FROM notes WHERE num = ?", (num,))
    if row is None:
        raise NotFound(f"no note {format_id('N', num)}")
    return NoteText(
        int(row[0]),
        date.fromisoformat(str(row[1])),
        str(row[2]),
        str(row[3]),
        tuple(note_client_nums(vault, num)),
    )


def client_notes(
    vault: Vault, client_num: int, *, since: date | None = None, until: date | None = None
) -> list[NoteText]:
    """A client's notes in session order, optionally within a period."""
    rows = vault.db.all(
        "SELECT n.num FROM notes n JOIN note_clients nc ON nc.note_num = n.num"
        " WHERE nc.client_num = ? AND n.session_date >= ? AND n.session_date <= ?"
        " ORDER BY n.session_date, n.num",
        (
            client_num,
            (since or date.min).isoformat(),
            (until or date.max).isoformat(),
        ),
    )
    return [load_note(vault, int(r[0])) for r in rows]


def check_clean(engine: Deidentifier, item: Item) -> None:
    """Fail closed: refuse (exit 8) if a known identifier survived in `item`."""
    leaks = engine.leaks(item.text)
    if not leaks:
        return
    first = leaks[0]
    line, column = where(item.text, first.start)
    more = f" (and {len(leaks) - 1} more)" if len(leaks) > 1 else ""
    raise IdentifierLeft(
        f"{item.source}, line {line}, column {column}: a known {first.category} "
        f"would remain after de-identification{more}; nothing was output"
    )


def redact(engine: Deidentifier, source: str, text: str) -> Item:
    """De-identify one text and check it."""
    result = engine.redact(text)
    item = Item(source, result.text, result.replacements, tuple(review(result.text)))
    check_clean(engine, item)
    return item


def where(text: str, offset: int) -> tuple[int, int]:
    """Line and column (from 1) of an offset, for messages that must not quote the text."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def refuse_unreviewed(items: Sequence[Item]) -> None:
    """For --strict: refuse (exit 8) while any phrase to review remains."""
    count = sum(len(item.warnings) for item in items)
    if count:
        raise IdentifierLeft(
            f"{count} phrase(s) could identify someone in combination (see the warnings); "
            "reword the notes, or export without --strict after reading them; nothing was output"
        )


def redact_notes(
    vault: Vault, note_ids: Sequence[str], *, rng: random.Random | None = None
) -> list[Item]:
    """De-identify stored notes; each note's clients (and their partners) are known subjects."""
    notes = [load_note(vault, parse_id("N", text)) for text in note_ids]
    engines: dict[tuple[int, ...], Deidentifier] = {}
    items = []
    for note in notes:
        key = note.client_nums
        if key not in engines:
            focus, *others = key or (0,)
            subjects = subjects_for(vault, focus, others) if key else []
            engines[key] = Deidentifier(subjects, rng=rng)
        items.append(redact(engines[key], note.id, note.body))
    audit.log(vault, "deid.notes", notes=[n.id for n in notes])
    return items


def redact_client(
    vault: Vault, client: str, *, since: date | None = None, until: date | None = None
) -> list[Item]:
    """De-identify every note of one client in a period, with one consistent set of tags."""
    num = clients.resolve(vault, client)
    notes = client_notes(vault, num, since=since, until=until)
    others = sorted({c for note in notes for c in note.client_nums if c != num})
    engine = Deidentifier(subjects_for(vault, num, others))
    items = [redact(engine, note.id, note.body) for note in notes]
    audit.log(vault, "deid.client", client=clients.client_id(num), notes=len(items))
    return items


def redact_text(text: str, subjects: Sequence[KnownSubject] = (), *, source: str = "input") -> Item:
    """De-identify free text (not stored), with what the vault knows if subjects are given."""
    return redact(Deidentifier(subjects), source, text)
