"""Supervision exports: de-identified summaries of chosen clients.

Rules (docs/deid.md): supervision discusses no identifying details, so every note
goes through the de-identification engine and the fail-closed check; each
client appears only by pseudonym code; session dates are coarsened to the
month and moved by the same shift as the dates in that client's notes (an
unshifted session month beside shifted dates would give the shift away, and
so would the period asked for, which is therefore not shown). Phrases that
could identify in combination are listed as warnings (`warnings`). A client
who refused or withdrew supervision consent is left out unless the user says
otherwise, and the export says who was left out, by code. Research,
publication and training exports need a written consent of that purpose in
force, or the export is refused (exit 7).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from notes_vault.deid import Deidentifier
from notes_vault.errors import Refused, UsageError
from notes_vault.exports.redaction import Item, client_notes, redact, where
from notes_vault.exports.subjects import subjects_for
from notes_vault.records import clients, consents
from notes_vault.store import audit
from notes_vault.store.vault import Vault

PURPOSES = ("supervision", "research", "publication", "training")
NEEDS_WRITTEN = ("research", "publication", "training")


@dataclass(frozen=True)
class Session:
    """One de-identified note in an export."""

    number: int
    month: str
    kind: str
    text: str
    replacements: int
    warnings: tuple[ReviewWarning, ...] = ()


@dataclass(frozen=True)
class ReviewWarning:
    """A phrase to review in one session's text: where, and what kind (never the phrase)."""

    source: str
    line: int
    column: int
    kind: str


@dataclass(frozen=True)
class Section:
    """One client's part of an export, by pseudonym code only."""

    code: str
    first_month: str | None
    last_month: str | None
    sessions_per_month: dict[str, int]  # notes of kind "session" only
    sessions: tuple[Session, ...]  # every note: sessions, process notes, addenda
    without_consent: bool
    kinds: dict[str, int] = field(default_factory=dict)  # notes by kind


@dataclass(frozen=True)
class LeftOut:
    """A client left out of the export, and why (no names)."""

    code: str
    reason: str


@dataclass(frozen=True)
class SupervisionExport:
    """A whole export, ready to render as Markdown or JSON."""

    purpose: str
    period_from: str | None
    period_to: str | None
    sections: tuple[Section, ...]
    left_out: tuple[LeftOut, ...]
    warnings: tuple[ReviewWarning, ...] = ()


def build(
    vault: Vault,
    *,
    client_ids: list[str],
    since: date | None = None,
    until: date | None = None,
    purpose: str = "supervision",
    include_without_consent: bool = False,
) -> SupervisionExport:
    """De-identify the chosen clients' notes for `purpose`; fails closed (exit 8)."""
    if purpose not in PURPOSES:
        raise UsageError(f"unknown purpose; use one of: {' '.join(PURPOSES)}")
    if not client_ids:
        raise UsageError("name at least one client")
    nums = list(dict.fromkeys(clients.resolve(vault, c) for c in client_ids))
    today = date.today()
    sections: list[Section] = []
    left_out: list[LeftOut] = []
    for num in nums:
        code = clients.load(vault, num).code
        decision = _consent_decision(vault, num, purpose, today)
        if decision is not None and not include_without_consent:
            left_out.append(LeftOut(code, decision))
            continue
        sections.append(
            _section(
                vault,
                num=num,
                code=code,
                since=since,
                until=until,
                without_consent=decision is not None,
            )
        )
    export = SupervisionExport(
        purpose=purpose,
        period_from=None,
        period_to=None,
        sections=tuple(sections),
        left_out=tuple(left_out),
        warnings=tuple(w for s in sections for session in s.sessions for w in session.warnings),
    )
    audit.log(
        vault,
        "supervision.export",
        purpose=purpose,
        clients=[clients.client_id(n) for n in nums],
        left_out=[item.code for item in left_out],
        notes=sum(len(s.sessions) for s in sections),
    )
    return export


def _consent_decision(vault: Vault, num: int, purpose: str, on: date) -> str | None:
    """Why this client may not be included (None when they may)."""
    if purpose in NEEDS_WRITTEN:
        if consents.has_consent(vault, num, purpose, on=on, written=True):
            return None
        raise Refused(
            f"{clients.client_id(num)} has no written {purpose} consent in force; "
            "nothing was exported"
        )
    if consents.declined(vault, num, "supervision", on=on):
        return "supervision consent refused or withdrawn"
    return None


def _section(
    vault: Vault,
    *,
    num: int,
    code: str,
    since: date | None,
    until: date | None,
    without_consent: bool,
) -> Section:
    notes = client_notes(vault, num, since=since, until=until)
    others = sorted({c for note in notes for c in note.client_nums if c != num})
    # A fresh engine per client and per export: tags and date shifts are not
    # linkable across exports.
    engine = Deidentifier(subjects_for(vault, num, others))
    sessions = []
    for number, note in enumerate(notes, start=1):
        source = f"session {number} of {code}"
        item: Item = redact(engine, source, note.body)
        month = (note.session_date + timedelta(engine.shift_days)).isoformat()[:7]
        warnings = tuple(
            ReviewWarning(source, *where(item.text, w.start), w.kind) for w in item.warnings
        )
        sessions.append(
            Session(number, month, note.kind, item.text, len(item.replacements), warnings)
        )
    months = Counter(s.month for s in sessions if s.kind == "session")
    return Section(
        kinds=dict(Counter(s.kind for s in sessions)),
        code=code,
        first_month=sessions[0].month if sessions else None,
        last_month=sessions[-1].month if sessions else None,
        sessions_per_month=dict(sorted(months.items())),
        sessions=tuple(sessions),
        without_consent=without_consent,
    )


def to_markdown(export: SupervisionExport) -> str:
    """The export as a Markdown document for the supervisor."""
    lines = [f"# {export.purpose.capitalize()} summary", ""]
    if export.period_from or export.period_to:
        lines += [f"Period: {export.period_from or '…'} to {export.period_to or '…'}", ""]
    lines += [
        "Pseudonymised, not anonymous: names, places, dates and numbers were replaced, "
        "but the story can still identify a person. Keep it confidential.",
        "",
    ]
    for section in export.sections:
        lines += _section_markdown(section)
    if export.left_out:
        lines += ["## Left out", ""]
        lines += [f"- {item.code}: {item.reason}" for item in export.left_out]
        lines.append("")
    return "\n".join(lines)


def _section_markdown(section: Section) -> list[str]:
    lines = [f"## Client {section.code}", ""]
    if section.without_consent:
        lines += ["Included although supervision consent was refused or withdrawn.", ""]
    span = f"{section.first_month} to {section.last_month}" if section.sessions else "none"
    lines += [f"Sessions: {section.kinds.get('session', 0)} ({span})", ""]
    others = [
        _counted(section.kinds.get(kind, 0), word)
        for kind, word in (("process", "process note"), ("addendum", "addendum"))
        if section.kinds.get(kind)
    ]
    if others:
        lines += [f"Other notes: {', '.join(others)}", ""]
    for month, count in section.sessions_per_month.items():
        lines.append(f"- {month}: {count}")
    lines.append("")
    for session in section.sessions:
        label = {"process": "Process note", "addendum": "Addendum"}.get(session.kind, "Session")
        lines += [f"### {label} {session.number} ({session.month})", ""]
        lines += [session.text.rstrip(), ""]
    return lines


def _counted(count: int, word: str) -> str:
    many = "addenda" if word == "addendum" else f"{word}s"
    return f"{count} {word if count == 1 else many}"
