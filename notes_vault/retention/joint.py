"""Joint records that outlive one of their clients.

A note or a disclosure about several clients stays, when one of them is
destroyed, as long as another is still on record: it is that client's history
too. The destroyed client's identifiers in it (name and its parts, aliases,
pseudonym code, contact details, date of birth: what the vault knew) are
replaced by a placeholder, ``[FORMER CLIENT]``, checked fail-closed (an
identifier that would remain keeps the client, IdentifierLeft), and the client
is taken off the record. What lies wholly inside a surviving client's own
identifiers (a surname the couple share) is the survivor's and stays.

Disclosures are append-only (SQL triggers refuse an UPDATE): this is the one
place a row changes, inside the destruction's transaction, with the trigger
lifted and put back in the same transaction, and a ``disclosure.redact`` audit
event carrying the keyed digest of the row as it was left (see
notes_vault.records.disclosure_checks, which checks the row against it).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from notes_vault.errors import IdentifierLeft
from notes_vault.records import clients
from notes_vault.records.disclosure_digests import raw_row, row_digest
from notes_vault.records.ids import format_id
from notes_vault.store import audit
from notes_vault.store.vault import Vault

if TYPE_CHECKING:
    from notes_vault.deid import Deidentifier, KnownSubject
    from notes_vault.exports.own import Own

FORMER_ROLE = "FORMER CLIENT"
# The free-text columns of a disclosure, where a client's identifiers may be written.
DISCLOSURE_TEXT = (
    "recipient", "org", "address", "summary", "purpose", "basis_other", "consent_reason",
    "authority", "restriction_reason", "decided_by", "rationale",
)  # fmt: skip
_TRIGGER = "disclosures_append_only"


def _subject(vault: Vault, num: int) -> KnownSubject:
    """What the vault knows of client `num`, its pseudonym code included."""
    from notes_vault.exports.subjects import known_subject  # noqa: PLC0415

    subject = known_subject(vault, num, FORMER_ROLE)
    code = vault.db.scalar("SELECT code FROM clients WHERE num = ?", (num,))
    if code:
        subject = dataclasses.replace(subject, aliases=(*subject.aliases, str(code)))
    return subject


def _engine(subject: KnownSubject) -> Deidentifier:
    """Replaces what the vault knows of the destroyed client."""
    # Imported here: the engine's data loads only when a joint record needs it.
    from notes_vault.deid import Deidentifier  # noqa: PLC0415

    return Deidentifier([subject], known_only=True)


class _Redactor:
    """The destroyed client's identifiers out of a joint record's text, except where they lie
    wholly inside a surviving client's own (a shared surname, a family business named after
    it): that is the survivor's history, and stays as written (the subject access export
    follows the same rule)."""

    def __init__(self, vault: Vault, num: int) -> None:
        self._vault, self._num = vault, num
        self._subject = _subject(vault, num)
        self._engine = _engine(self._subject)
        self._survivors: dict[tuple[int, ...], Own] = {}

    def _own_spans(self, others: tuple[int, ...], text: str) -> list[tuple[int, int]]:
        if not others:
            return []
        if others not in self._survivors:
            from notes_vault.exports.own import own_engine  # noqa: PLC0415
            from notes_vault.exports.subjects import known_subject  # noqa: PLC0415

            subjects = [known_subject(self._vault, o, "CLIENT") for o in others]
            self._survivors[others] = own_engine(subjects, [self._subject])
        return self._survivors[others].spans(text)

    def __call__(self, text: str, others: tuple[int, ...], where: str) -> str:
        from notes_vault.exports.own import WHOLE, inside  # noqa: PLC0415 - with the engine, lazily

        own = self._own_spans(others, text)
        # What makes each replacement: the destroyed client's identifiers found inside it (a
        # replacement may be widened beyond them, "Hardwick" to "Hardwick Joinery").
        cores = [(k.start, k.end) for k in self._engine.leaks(text)]
        out, last = [], 0
        for done in self._engine.redact(text).replacements:
            inner = [c for c in cores if done.start <= c[0] and c[1] <= done.end]
            if done.category in WHOLE:  # a date of birth is kept whole or not at all (k8)
                inner = [(done.start, done.end)]
            if all(inside(a, b, own) for a, b in inner or [(done.start, done.end)]):
                continue
            out += [text[last : done.start], done.replacement]
            last = done.end
        result = "".join([*out, text[last:]])
        own = self._own_spans(others, result)
        if any(not inside(k.start, k.end, own) for k in self._engine.leaks(result)):
            raise IdentifierLeft(
                f"an identifier of the client would remain in {where}; the client was kept"
            )
        return result


def _others(vault: Vault, table: str, key: str, record: int, num: int) -> tuple[int, ...]:
    rows = vault.db.all(
        f"SELECT client_num FROM {table} WHERE {key} = ? AND client_num != ?"  # noqa: S608
        " ORDER BY client_num",
        (record, num),
    )
    return tuple(int(r[0]) for r in rows)


def redact_kept_notes(vault: Vault, num: int, keep: Sequence[int]) -> None:
    """Replace the client's identifiers in notes that stay, then take the client off them."""
    if keep:
        redact = _Redactor(vault, num)
        for note in keep:
            body = str(vault.db.scalar("SELECT body FROM notes WHERE num = ?", (note,)))
            others = _others(vault, "note_clients", "note_num", note, num)
            text = redact(body, others, f"joint note {format_id('N', note)}")
            if text != body:
                vault.db.execute("UPDATE notes SET body = ? WHERE num = ?", (text, note))
    vault.db.execute("DELETE FROM note_clients WHERE client_num = ?", (num,))


def kept_disclosures(vault: Vault, num: int) -> list[int]:
    """The client's disclosures that also name another client still on record."""
    rows = vault.db.all(
        "SELECT DISTINCT dc.disclosure_num FROM disclosure_clients dc"
        " JOIN disclosure_clients o ON o.disclosure_num = dc.disclosure_num"
        " WHERE dc.client_num = ? AND o.client_num != ? ORDER BY dc.disclosure_num",
        (num, num),
    )
    return [int(r[0]) for r in rows]


def redact_kept_disclosures(vault: Vault, num: int) -> None:
    """Replace the client's identifiers in the joint disclosures that stay (inside the
    caller's transaction) and log each changed row's new digest. The caller then removes
    the client's links to them."""
    kept = kept_disclosures(vault, num)
    if not kept:
        return
    redact = _Redactor(vault, num)
    trigger = vault.db.scalar("SELECT sql FROM sqlite_master WHERE name = ?", (_TRIGGER,))
    columns = ", ".join(DISCLOSURE_TEXT)
    for disclosure in kept:
        where = f"disclosure {format_id('D', disclosure)}"
        row = vault.db.one(
            f"SELECT {columns} FROM disclosures WHERE num = ?",  # noqa: S608 - fixed names
            (disclosure,),
        )
        before = dict(zip(DISCLOSURE_TEXT, row or (), strict=True))
        others = _others(vault, "disclosure_clients", "disclosure_num", disclosure, num)
        after = {k: v if v is None else redact(str(v), others, where) for k, v in before.items()}
        if after == before:
            continue
        if trigger is not None:
            vault.db.execute(f"DROP TRIGGER {_TRIGGER}")
        sets = ", ".join(f"{k} = :{k}" for k in after)
        vault.db.execute(
            f"UPDATE disclosures SET {sets} WHERE num = :num",  # noqa: S608 - fixed names
            {**after, "num": disclosure},
        )
        if trigger is not None:
            vault.db.execute(str(trigger))
        _log_redaction(vault, num, disclosure)


def _log_redaction(vault: Vault, num: int, disclosure: int) -> None:
    rows = vault.db.all(
        "SELECT client_num FROM disclosure_clients WHERE disclosure_num = ? AND client_num != ?",
        (disclosure, num),
    )
    staying = sorted(clients.client_id(int(r[0])) for r in rows)
    audit.log(
        vault,
        "disclosure.redact",
        disclosure=format_id("D", disclosure),
        clients=staying,
        former=clients.client_id(num),
        digest=row_digest(vault, raw_row(vault, disclosure), staying),
    )
