"""`supervision export`: de-identified summaries for clinical supervision."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from notes_vault.cli import checks, output, render
from notes_vault.cli.params import ExportPurpose, StrictOption, parse_date_option
from notes_vault.cli.session import open_vault
from notes_vault.cli.state import state

if TYPE_CHECKING:
    from notes_vault.exports.supervision import ReviewWarning, SupervisionExport

supervision_app = typer.Typer(
    add_completion=False,
    help="De-identified summaries for clinical supervision.",
    no_args_is_help=True,
)


@supervision_app.command("export")
def supervision_export(
    ctx: typer.Context,
    clients: Annotated[list[str], typer.Argument(help="Client ids (C0001 C0004) or names.")],
    since: Annotated[
        date | None, typer.Option(parser=parse_date_option, help="From this date.")
    ] = None,
    until: Annotated[
        date | None, typer.Option(parser=parse_date_option, help="Up to this date.")
    ] = None,
    out: Annotated[
        Path | None, typer.Option(help="Write to this file (0600); - or none: standard output.")
    ] = None,
    output_format: Annotated[
        Literal["md", "json", "pdf"],
        typer.Option("--format", case_sensitive=False, help="Document format."),
    ] = "md",
    purpose: Annotated[
        ExportPurpose, typer.Option(case_sensitive=False, help="What the export is for.")
    ] = "supervision",
    include_without_consent: Annotated[
        bool,
        typer.Option(help="Include clients who refused or withdrew supervision consent."),
    ] = False,
    force: Annotated[bool, typer.Option(help="Overwrite --out if it exists.")] = False,
    strict: StrictOption = False,
) -> None:
    """Write a de-identified summary; refuses (exit 8) if an identifier would remain."""
    from notes_vault.exports import supervision

    st = state(ctx)
    checks.ids("C", clients)
    checks.choice("purpose", purpose, supervision.PURPOSES)
    out = output.file_or_stdout(out)
    if out is None:
        output.refuse_binary_on_terminal(output_format)
    if out is not None:
        checks.output(out, st.location(), force=force)
    with open_vault(st) as opened:
        export = supervision.build(
            opened,
            client_ids=clients,
            since=since,
            until=until,
            purpose=purpose.strip().lower(),
            include_without_consent=include_without_consent,
        )
    _review(export.warnings, strict=strict, quiet=st.json)
    document = _document(export, output_format, as_json=st.json and out is None)
    if out is None:
        output.write_stdout(document)
    else:
        output.save(out, document, force=force)
        summary = {
            "out": str(out),
            "clients": [s.code for s in export.sections],
            "left_out": [item.code for item in export.left_out],
            "warnings": render.to_jsonable(export.warnings),
        }
        if st.json:
            render.print_json(summary)
        else:
            render.message(f"Written to {out} ({output.plural(len(export.sections), 'client')}).")
    for item in export.left_out:
        render.message(f"Left out {item.code}: {item.reason}.")


def _review(warnings: tuple[ReviewWarning, ...], *, strict: bool, quiet: bool) -> None:
    """Phrases to review on stderr (JSON carries them in `warnings`); --strict refuses."""
    if not quiet:
        for w in warnings:
            render.warn(f"{w.source}, line {w.line}, column {w.column}: {w.kind}; review it")
    if strict and warnings:
        from notes_vault.errors import IdentifierLeft

        raise IdentifierLeft(
            f"{len(warnings)} phrase(s) could identify someone in combination; reword the "
            "notes, or export without --strict after reading them; nothing was output"
        )


def _document(export: SupervisionExport, fmt: str, *, as_json: bool) -> bytes:
    """The export as bytes in `fmt` (JSON also under --json without --out)."""
    from notes_vault.exports import supervision

    if fmt == "pdf":
        from notes_vault.exports.pdf import from_markdown

        text = supervision.to_markdown(export)
        return from_markdown(text, title=f"{export.purpose.capitalize()} summary").data
    if fmt == "json" or as_json:
        return (
            json.dumps(render.to_jsonable(export), ensure_ascii=False, indent=2) + "\n"
        ).encode()
    return supervision.to_markdown(export).encode("utf-8")


# The commands this module adds to the application (notes_vault.cli.app loads it lazily).
COMMANDS: dict[str, typer.Typer | Callable[..., None]] = {"supervision": supervision_app}
