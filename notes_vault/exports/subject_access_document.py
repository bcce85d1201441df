"""The subject access export as a document: Markdown, JSON or HTML.

Each renderer walks the same `Bundle` (notes_vault.exports.subject_access). HTML escapes every
value it writes (``html.escape`` with quotes), so text from the vault can
never become markup or script in the client's browser.
"""

from __future__ import annotations

import dataclasses
import html
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from notes_vault.errors import UsageError
from notes_vault.exports.subject_access import (
    WITHHELD,
    Bundle,
    ExportNote,
    Progress,
    count_notes,
    gather,
    long_date,
)
from notes_vault.store import audit
from notes_vault.store.vault import Vault

TITLE = "Everything your therapist's records hold about you"
SECTIONS = (
    ("linked", "People in your record"),
    ("consents", "Your consents"),
    ("disclosures", "Disclosures of information about you"),
    ("requests", "Requests received about you"),
)
EMPTY = "None recorded."


def _note_heading(note: ExportNote, addendum: bool) -> str:
    label = "Addendum" if addendum else f"{note.kind.capitalize()} note"
    signed = ", signed" if note.signed else ""
    return f"{label} of {long_date(note.date)} ({note.id}{signed})"


def _walk(notes: tuple[ExportNote, ...], depth: int = 0) -> Iterator[tuple[int, ExportNote]]:
    for note in notes:
        yield depth, note
        yield from _walk(note.addenda, depth + 1)


def markdown(bundle: Bundle) -> str:
    """The export as Markdown."""
    out = [f"# {TITLE}", "", f"Prepared on {long_date(bundle.prepared)}.", ""]
    if bundle.withheld:
        out += [WITHHELD, ""]
    out += ["## Your details", ""]
    out += [f"- {label}: {value}" for label, value in bundle.details]
    out += ["", f"## Notes ({len(bundle.notes)})", ""]
    for depth, note in _walk(bundle.notes):
        out += [f"{'#' * (3 + min(depth, 1))} {_note_heading(note, depth > 0)}", "", note.body, ""]
    if not bundle.notes:
        out += [EMPTY, ""]
    for field, heading in SECTIONS:
        items: tuple[str, ...] = getattr(bundle, field)
        out += [f"## {heading}", ""]
        numbered = field in ("disclosures", "requests")
        out += [f"{n}. {t}" if numbered else f"- {t}" for n, t in enumerate(items, start=1)]
        out += [EMPTY] if not items else []
        out.append("")
    return "\n".join(out)


def as_json(bundle: Bundle) -> str:
    """The export as one JSON document."""

    def plain(value: Any) -> Any:
        if hasattr(value, "isoformat"):
            return value.isoformat()
        return str(value)

    data = dataclasses.asdict(bundle)
    data["details"] = dict(bundle.details)
    data["title"] = TITLE
    if bundle.withheld:
        data["withheld_notice"] = WITHHELD
    return json.dumps(data, ensure_ascii=False, indent=2, default=plain) + "\n"


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _html_notes(bundle: Bundle) -> list[str]:
    out = [f"<h2>Notes ({len(bundle.notes)})</h2>"]
    for depth, note in _walk(bundle.notes):
        tag = "h3" if depth == 0 else "h4"
        out.append(f'<section class="note depth-{depth}">')
        out.append(f"<{tag}>{_e(_note_heading(note, depth > 0))}</{tag}>")
        out.append(f"<pre>{_e(note.body)}</pre></section>")
    if not bundle.notes:
        out.append(f"<p>{_e(EMPTY)}</p>")
    return out


def as_html(bundle: Bundle) -> str:
    """The export as a self-contained HTML page; every value escaped."""
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{_e(TITLE)}</title>",
        "<style>body{font-family:sans-serif;max-width:50em;margin:auto}"
        "pre{white-space:pre-wrap;font-family:inherit}.depth-1{margin-left:2em}</style>",
        "</head><body>",
        f"<h1>{_e(TITLE)}</h1>",
        f"<p>Prepared on {_e(long_date(bundle.prepared))}.</p>",
    ]
    if bundle.withheld:
        out.append(f'<p class="withheld">{_e(WITHHELD)}</p>')
    out.append("<h2>Your details</h2><dl>")
    out += [f"<dt>{_e(label)}</dt><dd>{_e(value)}</dd>" for label, value in bundle.details]
    out.append("</dl>")
    out += _html_notes(bundle)
    for field, heading in SECTIONS:
        items: tuple[str, ...] = getattr(bundle, field)
        tag = "ol" if field in ("disclosures", "requests") else "ul"
        out.append(f"<h2>{_e(heading)}</h2>")
        if items:
            out.append(f"<{tag}>" + "".join(f"<li>{_e(t)}</li>" for t in items) + f"</{tag}>")
        else:
            out.append(f"<p>{_e(EMPTY)}</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


RENDERERS: dict[str, Callable[[Bundle], str]] = {"md": markdown, "json": as_json, "html": as_html}
FORMATS = (*RENDERERS, "pdf")


def render(bundle: Bundle, fmt: str) -> bytes:
    """The export in format `fmt` (md, json, html or pdf), in memory."""
    if fmt == "pdf":
        from notes_vault.exports.pdf import from_markdown  # noqa: PLC0415 - heavy, PDF only

        return from_markdown(markdown(bundle), title=TITLE).data
    return RENDERERS[fmt](bundle).encode()


@dataclass(frozen=True)
class ExportResult:
    """What the export holds (ids and counts only): `notes` as the document heads them, and
    the addenda to them."""

    client: str
    path: str
    format: str
    notes: int
    addenda: int


def document(
    vault: Vault, client: str, *, fmt: str = "md", progress: Progress | None = None
) -> tuple[bytes, ExportResult]:
    """The subject access export in memory (for `--out -`), and what it holds; logged."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format; use one of: {' '.join(FORMATS)}")
    bundle = gather(vault, client, progress=progress)
    data = render(bundle, fmt)
    count = count_notes(bundle.notes)
    audit.log(vault, "access.export", client=bundle.client, format=fmt, notes=count)
    return data, ExportResult(bundle.client, "-", fmt, len(bundle.notes), count - len(bundle.notes))
