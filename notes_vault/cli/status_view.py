"""`status` as a person reads it: one labelled line per topic, then what needs attention."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from notes_vault.cli.output import plural

if TYPE_CHECKING:
    from rich.console import Console

    from notes_vault.retention.status import VaultStatus

SLOT_WORDS = {"recovery": "recovery key", "keyfile": "key file"}

# table name -> (singular, plural) as the summary says it
RECORD_WORDS = {
    "clients": ("client", "clients"),
    "notes": ("note", "notes"),
    "consents": ("consent", "consents"),
    "disclosures": ("disclosure", "disclosures"),
    "requests": ("request", "requests"),
    "destructions": ("destruction record", "destruction records"),
    "audit": ("audit event", "audit events"),
}


def kdf_text(kdf: dict[str, Any]) -> str:
    """A key slot's key derivation in words."""
    if kdf.get("name") == "argon2id":
        memory = kdf["memory_kib"] // 1024
        return f"argon2id {memory} MiB, t={kdf['iterations']}, p={kdf['parallelism']}"
    return str(kdf.get("name", "?"))


def lines(info: VaultStatus) -> list[tuple[str, str]]:
    """(label, text) pairs: the summary, before anything that needs attention."""
    slots = ", ".join(
        f"{slot['type']} ({kdf_text(slot['kdf'])})"
        if slot["type"] == "passphrase"
        else SLOT_WORDS.get(str(slot["type"]), str(slot["type"]))
        for slot in info.slots
    )
    records = ", ".join(
        plural(count, *RECORD_WORDS.get(name, (name, name)))
        for name, count in info.counts.items()
        if count or name in ("clients", "notes")  # no "0 requests" noise
    )
    size = sum(info.files.values())
    found = [
        ("Vault", f"{info.path} (schema {info.schema_version}, SQLCipher {info.sqlcipher})"),
        ("Key slots", slots),
        ("Records", f"{records}; {size / 2**20:.1f} MiB on disk"),
    ]
    if info.agent:
        found.append(("Unlock agent", str(info.agent["text"])))
    retention = info.attention.get("retention") or {}
    if retention:
        found.append(("Retention", _retention(retention)))
    reviews = info.attention.get("restriction_reviews") or []
    if reviews:
        due = ", ".join(f"{r['id']} (review {r['review']})" for r in reviews)
        found.append(("Reviews", f"restrictions due for review: {due}"))
    return found


def _retention(data: dict[str, Any]) -> str:
    due_now = int(data.get("due_now", 0))
    parts = [f"{plural(due_now, 'client')} due now (run `expire`)" if due_now else "none due now"]
    upcoming = [e for e in data.get("next_expiries", []) if e.get("due")]
    if upcoming:
        parts.append("next: " + ", ".join(f"{e['code']} {e['due']}" for e in upcoming))
    holds = data.get("holds", [])
    if holds:
        parts.append(f"{plural(len(holds), 'legal hold')} (`hold list`)")
    return "; ".join(parts)


def show(console: Console, info: VaultStatus) -> None:
    """Print the summary, then problems needing action, then the backup reminder."""
    from rich.table import Table  # noqa: PLC0415
    from rich.text import Text  # noqa: PLC0415

    # A grid, so that a long line wraps under its text, not under its label.
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    for label, text in lines(info):
        grid.add_row(label, Text(text))
    console.print(grid)
    for value in info.attention.values():
        if isinstance(value, dict) and "problem" in value:
            console.print(Text(f"ATTENTION: {value['problem']}; {value['remedy']}", style="red"))
    console.print(
        "Back up both vault.db and vault.header (`notes-vault backup FILE`): "
        "without the header the database cannot be opened."
    )
