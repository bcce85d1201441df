"""`deid` and `supervision export`."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from notes_vault.cli import checks, render
from notes_vault.cli.params import SinceOption, StrictOption, UntilOption
from notes_vault.cli.session import open_vault
from notes_vault.cli.state import State, state

if TYPE_CHECKING:
    from rich.console import Console

    from notes_vault.exports.redaction import Item

MAX_INPUT = 20 * 1024 * 1024


def read_text(source: str) -> str:
    """UTF-8 text from a file or, for "-", standard input; exit 2 if it is not text."""
    from notes_vault.errors import UsageError

    try:
        if source == "-":
            raw = sys.stdin.buffer.read(MAX_INPUT + 1)
        else:
            with Path(source).open("rb") as handle:
                raw = handle.read(MAX_INPUT + 1)
    except OSError as exc:
        raise UsageError(f"cannot read {source}: {exc.strerror}") from None
    if len(raw) > MAX_INPUT:
        raise UsageError("the input is larger than 20 MB")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(f"the input is not UTF-8 text (bad byte at offset {exc.start})") from None


def deid(
    ctx: typer.Context,
    notes: Annotated[list[str] | None, typer.Argument(help="Note ids to de-identify.")] = None,
    client: Annotated[
        str | None,
        typer.Option(
            help="All notes of this client, or with --file: what the vault knows of them."
        ),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    file: Annotated[
        str | None,
        typer.Option("--file", help="De-identify this file ('-' for stdin); not stored."),
    ] = None,
    explain: Annotated[
        bool,
        typer.Option(
            help="List each replacement with its layer and reason, and phrases to review."
        ),
    ] = False,
    strict: StrictOption = False,
) -> None:
    """De-identify notes or any text, with replacements highlighted."""
    from notes_vault.errors import UsageError

    st = state(ctx)
    checks.ids("N", notes or [])
    checks.ids("C", [client])
    chosen = sum(bool(x) for x in (notes, file)) + (client is not None and file is None)
    if chosen != 1:
        raise UsageError("give note ids, --client C, or --file F (with an optional --client C)")
    if file is not None:
        items = [_deid_file(st, file, client)]
    else:
        items = _deid_stored(st, notes or [], client, since, until)
    if strict:
        from notes_vault.exports.redaction import refuse_unreviewed

        _warn(items)
        refuse_unreviewed(items)
    elif explain and not st.json:
        _warn(items)
    render.emit(st, {"items": [_item_json(i) for i in items]}, lambda c: _show(c, items, explain))


def _deid_file(st: State, file: str, client: str | None) -> Item:
    from notes_vault.exports import redaction
    from notes_vault.exports.subjects import subjects_for
    from notes_vault.records import clients
    from notes_vault.store import audit

    text = read_text(file)
    source = "stdin" if file == "-" else "file"
    if client is None:
        return redaction.redact_text(text, source=source)
    with open_vault(st) as opened:
        num = clients.resolve(opened, client)
        item = redaction.redact_text(text, subjects_for(opened, num), source=source)
        audit.log(opened, "deid.text", client=clients.client_id(num))
    return item


def _deid_stored(
    st: State, notes: list[str], client: str | None, since: date | None, until: date | None
) -> list[Item]:
    from notes_vault.exports import redaction

    with open_vault(st) as opened:
        if notes:
            return redaction.redact_notes(opened, notes)
        return redaction.redact_client(opened, client or "", since=since, until=until)


def _warn(items: list[Item]) -> None:
    """Phrases to review, on stderr, by position and kind (never the phrase)."""
    from notes_vault.exports.redaction import where

    for item in items:
        for w in item.warnings:
            line, column = where(item.text, w.start)
            render.warn(f"{item.source}, line {line}, column {column}: {w.kind}; review it")


def _item_json(item: Item) -> dict[str, object]:
    from notes_vault.exports.redaction import where

    return {
        "warnings": [
            dict(zip(("line", "column"), where(item.text, w.start), strict=True), kind=w.kind)
            for w in item.warnings
        ],
        "source": item.source,
        "text": item.text,
        "replacements": [
            {
                "start": r.start,
                "end": r.end,
                "category": r.category,
                "layer": r.layer,
                "replacement": r.replacement,
                "reason": r.reason,
            }
            for r in item.replacements
        ],
    }


def highlighted(text: str, tags: set[str]) -> object:
    """The de-identified text with every replacement tag highlighted."""
    from rich.text import Text

    shown = Text(text)
    for tag in tags:
        shown.highlight_words([tag], style="bold reverse")
    return shown


def _show(console: Console, items: list[Item], explain: bool) -> None:
    for item in items:
        if not console.is_terminal:
            # Into a pipe or a file: the text as it is, never wrapped at 80 columns.
            heading = f"== {item.source} ==\n" if len(items) > 1 else ""
            console.file.write(heading + item.text.rstrip("\n") + "\n")
        else:
            console.rule(item.source)
            console.print(highlighted(item.text, {r.replacement for r in item.replacements}))
        if explain:
            rows = [
                [n, r.start, r.layer, r.category, r.replacement, r.reason]
                for n, r in enumerate(item.replacements, start=1)
            ]
            # The offset, not the replaced text: --explain must not re-show identifiers.
            columns = ["#", "offset", "layer", "category", "replaced by", "why"]
            console.print(render.table(None, columns, rows))


# The commands this module adds to the application (notes_vault.cli.app loads it lazily).
COMMANDS: dict[str, typer.Typer | Callable[..., None]] = {"deid": deid}
