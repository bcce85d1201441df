"""Reading notes to import: a folder of Markdown files, a CSV file, a jrnl JSON export.

Each reader returns the notes it found as `Incoming` rows and the problems it met,
each with the place it was met ("visit.md:3", "notes.csv:12", "journal.json:entry 4").
Source files are opened read-only and never changed. Problems never quote the
text of a note or a name: they say what is wrong and where. The formats are
documented with examples in docs/usage.md ("Importing").
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from notes_vault.errors import UsageError
from notes_vault.records.dates import parse_date
from notes_vault.records.notes import KINDS, TEMPLATES, check_body

MAX_SOURCE_BYTES = 200 * 1024 * 1024
CSV_COLUMNS = ("client", "date", "text", "kind", "template", "dob")
FRONT_MATTER_KEYS = ("client", "date", "kind", "template", "dob")


@dataclass(frozen=True)
class Incoming:
    """One note to import, checked on its own (the client is matched later)."""

    where: str
    client: str
    day: date
    kind: str
    template: str
    body: str
    dob: date | None


@dataclass(frozen=True)
class Problem:
    """Why one row cannot be imported, and where it is."""

    where: str
    message: str


Found = tuple[list[Incoming], list[Problem]]


def _read(path: Path) -> bytes:
    try:
        with path.open("rb") as source:
            data = source.read(MAX_SOURCE_BYTES + 1)
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    if len(data) > MAX_SOURCE_BYTES:
        raise UsageError(f"{path} is larger than {MAX_SOURCE_BYTES // 2**20} MiB")
    return data


def _text(path: Path) -> str:
    try:
        return _read(path).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path} is not UTF-8 text (bad byte at offset {exc.start})") from None


def _row(where: str, fields: dict[str, str], default_client: str | None) -> Incoming:
    """One row from its raw fields; UsageError with the reason if it cannot be imported."""
    client = (fields.get("client") or "").strip() or (default_client or "")
    if not client:
        raise UsageError("no client (give a client field, or --client)")
    if not (fields.get("date") or "").strip():
        raise UsageError("no date")
    kind = (fields.get("kind") or "session").strip().lower()
    if kind not in KINDS or kind == "addendum":
        raise UsageError("kind must be session or process")
    template = (fields.get("template") or "free").strip().lower()
    if template not in TEMPLATES:
        raise UsageError(f"template must be one of: {' '.join(TEMPLATES)}")
    dob_text = (fields.get("dob") or "").strip()
    return Incoming(
        where=where,
        client=client,
        day=parse_date(fields["date"]),
        kind=kind,
        template=template,
        body=check_body(fields.get("text") or ""),
        dob=parse_date(dob_text) if dob_text else None,
    )


def _collect(where: str, fields: dict[str, str], default: str | None, found: Found) -> None:
    try:
        found[0].append(_row(where, fields, default))
    except UsageError as exc:
        found[1].append(Problem(where, str(exc)))


def read_csv(path: Path, *, default_client: str | None = None) -> Found:
    """Notes from a CSV file with a header row: client, date, text, and optionally kind,
    template, dob (of a client the import creates). One note per row."""
    found: Found = ([], [])
    reader = csv.DictReader(io.StringIO(_text(path), newline=""))
    header = [name.strip().lower() for name in reader.fieldnames or []]
    missing = [c for c in ("date", "text") if c not in header]
    if missing:
        raise UsageError(f"{path.name}: the header row lacks {', '.join(missing)}")
    unknown = [c for c in header if c not in CSV_COLUMNS]
    if unknown:
        raise UsageError(f"{path.name}: unknown columns {', '.join(unknown)}")
    line = reader.line_num
    for raw in reader:
        fields = {k.strip().lower(): v or "" for k, v in raw.items() if k is not None}
        if None in raw:
            found[1].append(Problem(f"{path.name}:{line + 1}", "more fields than columns"))
        else:
            _collect(f"{path.name}:{line + 1}", fields, default_client, found)
        line = reader.line_num
    return found


def _front_matter(text: str) -> tuple[dict[str, str], str, int]:
    """The `key: value` lines between two `---` lines at the top, the body, and the body's
    first line number; no front matter is an empty dict."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return {}, text, 1
    fields: dict[str, str] = {}
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() == "---":
            return fields, "".join(lines[number:]), number + 1
        key, sep, value = line.partition(":")
        if not sep or key.strip().lower() not in FRONT_MATTER_KEYS:
            raise UsageError(f"line {number}: expected one of {', '.join(FRONT_MATTER_KEYS)}")
        fields[key.strip().lower()] = value.strip().strip("\"'")
    raise UsageError("the front matter has no closing ---")


def read_markdown(folder: Path, *, default_client: str | None = None) -> Found:
    """Notes from a folder of `*.md` files (not searched below it), one note per file, in
    name order; front matter gives client, date, kind, template, dob."""
    if not folder.is_dir():
        raise UsageError(f"{folder} is not a folder")
    found: Found = ([], [])
    for path in sorted(folder.glob("*.md")):
        try:
            fields, body, _first = _front_matter(_text(path))
        except UsageError as exc:
            found[1].append(Problem(path.name, str(exc)))
            continue
        _collect(path.name, {**fields, "text": body.strip("\n")}, default_client, found)
    return found


def _jrnl_entry(entry: Any) -> dict[str, str]:
    if not isinstance(entry, dict):
        raise UsageError("not an entry")
    title, body = str(entry.get("title") or ""), str(entry.get("body") or "")
    return {"date": str(entry.get("date") or ""), "text": f"{title}\n{body}".strip()}


def read_jrnl(path: Path, *, default_client: str | None = None) -> Found:
    """Notes from `jrnl --format json` output: every entry (title, then body) becomes a
    note for `default_client`, dated by its date."""
    if default_client is None:
        raise UsageError("a jrnl journal names no clients: give --client CLIENT")
    try:
        data = json.loads(_text(path))
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path.name} is not JSON (line {exc.lineno})") from None
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise UsageError(f"{path.name} has no entries list: is it `jrnl --format json` output?")
    found: Found = ([], [])
    for number, entry in enumerate(entries, start=1):
        where = f"{path.name}:entry {number}"
        try:
            fields = _jrnl_entry(entry)
        except UsageError as exc:
            found[1].append(Problem(where, str(exc)))
            continue
        _collect(where, fields, default_client, found)
    return found
