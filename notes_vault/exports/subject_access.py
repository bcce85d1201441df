"""What a client may see: the accounting of disclosures, and the subject access export.

Both leave out restricted disclosures still in force without a trace: the
entries are numbered 1..n in the document (register ids would show gaps), no
count or note says anything was left out, and a request that led to a hidden
disclosure is hidden with it. A corrected entry appears only in its latest
visible version.

Couples: in the accounting and the export alike (one rule, `Withholder`),
every other client the record touches (a partner, or another client on a
joint note or disclosure) who has no `release` consent in force has their
known identifiers replaced by a tag ("[PARTNER]") wherever the record
mentions them: notes, linked people, consents, disclosures, requests. Only
what the vault knows about that person is replaced (the engine's first
layer, found by `Deidentifier.leaks`), and not where it lies wholly inside
the client's own identifiers (a shared surname): the rest of the client's
own record stays as written, and the document says that third-party
information was withheld.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from notes_vault.errors import IdentifierLeft
from notes_vault.records import clients, consents
from notes_vault.records import requests as enquiries
from notes_vault.records.disclosures import Disclosure, for_client, visible_to_client
from notes_vault.records.ids import format_id
from notes_vault.store import audit
from notes_vault.store.vault import Vault

if TYPE_CHECKING:
    from notes_vault.deid import Deidentifier, KnownSubject
    from notes_vault.exports.own import Own

Progress = Callable[[int, int], None]
Scrub = Callable[[str], str]
KIND_WORDS = {
    "gp": "a GP",
    "police": "the police",
    "social-services": "social services",
    "court": "a court",
    "solicitor": "a solicitor",
    "other": "",
}
BASIS_WORDS = {
    "consent": "you had given your consent",
    "court-order": "a court ordered it",
    "safeguarding-child": "it was needed to keep a child safe",
    "safeguarding-adult": "it was needed to keep an adult at risk safe",
    "risk-of-harm": "there was a serious risk of harm to you or to others",
    "terrorism": "the law requires information about terrorism to be passed on",
    "serious-crime": "it was needed to prevent or detect a serious crime",
    "complaint-defence": "it was needed to answer a complaint or claim",
}
WITHHELD = (
    "Information about another person has been withheld: what the vault knows "
    "identifies them (name, contact details) is replaced by a tag such as [PARTNER]."
)


def long_date(day: date) -> str:
    """3 March 2026."""
    return f"{day.day} {day:%B %Y}"


def _sentence(entry: Disclosure) -> str:
    """One disclosure in plain language, for the client."""
    recipient = entry.recipient + (f" of {entry.org}" if entry.org else "")
    kind = KIND_WORDS.get(entry.kind, "")
    basis = BASIS_WORDS.get(entry.basis) or (entry.basis_other or "of another reason")
    parts = [
        f"On {long_date(entry.date)} your therapist disclosed {entry.summary} to {recipient}"
        + (f" ({kind})" if kind else "")
        + f" because {basis}."
    ]
    if entry.purpose:
        parts.append(f"The purpose was: {entry.purpose}.")
    if entry.consent == "refused":
        parts.append("You had not agreed to this disclosure.")
    elif entry.consent == "not-sought":
        why = f": {entry.consent_reason}" if entry.consent_reason else ""
        parts.append(f"Your consent was not asked for{why}.")
    if entry.rationale:
        parts.append(f"The reason recorded: {entry.rationale}.")
    if entry.decided_by:
        parts.append(f"Decided by {entry.decided_by}.")
    return " ".join(p.replace("..", ".") for p in parts)


@dataclass(frozen=True)
class Accounting:
    """A client's accounting of disclosures, numbered 1..n."""

    client: str
    name: str
    prepared: date
    entries: tuple[str, ...]
    withheld: bool = False


def accounting(vault: Vault, client: str) -> Accounting:
    """The disclosures about `client` that the client may see, in plain language; logged."""
    num = clients.resolve(vault, client)
    person = clients.load(vault, num)
    scrub = Withholder(vault, num)
    entries = tuple(scrub(_sentence(d)) for d in visible_to_client(vault, num))
    audit.log(vault, "disclosure.report", client=person.id)
    return Accounting(person.id, person.name, date.today(), entries, withheld=scrub.used)


def accounting_text(report: Accounting) -> str:
    """The accounting as a plain-text (Markdown) document."""
    lines = [
        f"# Disclosures about {report.name} ({report.client})",
        "",
        f"Prepared on {long_date(report.prepared)}.",
        "",
    ]
    if report.withheld:
        lines += [WITHHELD, ""]
    if not report.entries:
        lines.append("Your therapist has recorded no disclosure of information about you.")
    lines += [f"{n}. {text}" for n, text in enumerate(report.entries, start=1)]
    return "\n".join(lines) + "\n"


# --- the subject access export -------------------------------------------------------


@dataclass(frozen=True)
class ExportNote:
    """A note in the export, with its addenda."""

    id: str
    date: date
    kind: str
    signed: bool
    body: str
    addenda: tuple[ExportNote, ...] = ()


@dataclass(frozen=True)
class Bundle:
    """Everything the vault holds about one client, as the client may see it."""

    client: str
    prepared: date
    details: tuple[tuple[str, str], ...]
    linked: tuple[str, ...]
    notes: tuple[ExportNote, ...]
    consents: tuple[str, ...]
    disclosures: tuple[str, ...]
    requests: tuple[str, ...]
    withheld: bool


_WRAPPERS = "()[]{}<>\"'"


def _trimmed(text: str, start: int, end: int, category: str) -> tuple[int, int, str]:
    """A find less the brackets and quotes around it, which stay in the text.

    The final check's finds may take in the punctuation wrapping an address
    ("(eli@example.org)"); the client's copy keeps the punctuation and tags
    only what identifies.
    """
    while end - start > 1 and text[start] in _WRAPPERS:
        start += 1
    while end - start > 1 and text[end - 1] in _WRAPPERS:
        end -= 1
    return start, end, category


class Withholder:
    """Replaces the known identifiers of third parties who have not consented.

    The one withholding rule of everything the client is given (`disclosure report`
    and `export`): every other client the record touches (a partner, another client on
    a joint note or disclosure) without a `release` consent in force has what the vault
    knows of them replaced by a tag. What the client shares with them (a surname, a
    family business named after it) is the client's own and stays: a third party's
    find wholly inside one of the client's own identifiers is not replaced.
    """

    def __init__(self, vault: Vault, num: int) -> None:
        from notes_vault.exports.subjects import known_subject, partner_nums  # noqa: PLC0415

        partners = set(partner_nums(vault, num))
        others = sorted(_others(vault, num) | partners)
        self.engines: list[tuple[str, Deidentifier]] = []
        self.own: Own | None = None
        self.used = False
        self.issued: set[str] = set()
        if not others:
            return  # nobody to withhold: the de-identification engine is not even loaded
        from notes_vault.deid import Deidentifier  # noqa: PLC0415 - loads its data lazily

        today = date.today()
        thirds: list[KnownSubject] = []
        for index, other in enumerate(others, start=1):
            if consents.has_consent(vault, other, "release", on=today):
                continue
            role = "PARTNER" if other in partners else f"OTHER PERSON {index}"
            subject = dataclasses.replace(known_subject(vault, other, role), linked=())
            self.engines.append((role, Deidentifier([subject])))
            thirds.append(subject)
        if self.engines:  # a partner typed among the client's linked people is not theirs
            from notes_vault.exports.own import own_engine  # noqa: PLC0415

            self.own = own_engine([known_subject(vault, num, "CLIENT")], thirds)

    def _found(self, engine: Deidentifier, text: str) -> list[tuple[int, int, str]]:
        """The third party's identifiers in `text`, less those inside the client's own.

        The tags this scrub has written are read as tags: "[PARTNER E-MAIL]" is not a
        kin word and the initial of a partner called Eli."""
        from notes_vault.exports.own import inside, whole  # noqa: PLC0415

        own = [] if self.own is None else self.own.spans(text, also=self.issued)
        found = [(k.start, k.end, k.category) for k in engine.leaks(text, also=self.issued)]
        finds = [  # a date of birth whole: never "[PARTNER BIRTH] 23, 1985"
            _trimmed(text, *find)
            for find in (whole(engine, text, found) if found else [])
            if not inside(find[0], find[1], own)
        ]
        return sorted(finds, key=lambda find: (find[0], -find[1]))  # longest first at a start

    def __call__(self, text: str) -> str:
        for role, engine in self.engines:
            spans = self._found(engine, text)
            out, last = [], 0
            for start, end, category in spans:
                if start < last:  # overlaps the previous find: one tag covers both
                    last = max(last, end)
                    continue
                tag = _tag(role, category)
                self.issued.add(tag)
                out += [text[last:start], tag]
                last = end
            if spans:
                self.used = True
                text = "".join([*out, text[last:]])
            if self._found(engine, text):
                raise IdentifierLeft("a third party's identifier would remain; nothing was written")
        return text


def _tag(role: str, category: str) -> str:
    """[PARTNER] for a name, [PARTNER EMAIL] and the like for other details."""
    detail = category.rsplit(maxsplit=1)[-1].upper() if category else ""
    return f"[{role}]" if detail in ("", "NAME") else f"[{role} {detail}]"


def _others(vault: Vault, num: int) -> set[int]:
    """Other clients on the client's joint notes and disclosures."""
    rows = vault.db.all(
        "SELECT o.client_num FROM note_clients nc JOIN note_clients o ON o.note_num = nc.note_num"
        " WHERE nc.client_num = ? AND o.client_num != ?"
        " UNION SELECT o.client_num FROM disclosure_clients dc JOIN disclosure_clients o"
        " ON o.disclosure_num = dc.disclosure_num WHERE dc.client_num = ? AND o.client_num != ?",
        (num, num, num, num),
    )
    return {int(r[0]) for r in rows}


def _notes(vault: Vault, num: int, scrub: Scrub, progress: Progress) -> list[ExportNote]:
    """The client's notes in session order, each addendum under the note it amends."""
    rows = vault.db.all(
        "SELECT n.num, n.session_date, n.kind, n.signed, n.body, n.amends FROM notes n"
        " JOIN note_clients nc ON nc.note_num = n.num WHERE nc.client_num = ?"
        " ORDER BY n.session_date, n.num",
        (num,),
    )
    made: dict[int, ExportNote] = {}
    parent: dict[int, int] = {}
    for done, r in enumerate(rows, start=1):
        note_num = int(r[0])
        day, kind, signed, body = (
            date.fromisoformat(str(r[1])),
            str(r[2]),
            r[3] is not None,
            str(r[4]),
        )
        made[note_num] = ExportNote(format_id("N", note_num), day, kind, signed, scrub(body))
        if r[5] is not None:
            parent[note_num] = int(r[5])
        if done % 100 == 0 or done == len(rows):
            progress(done, len(rows))
    children: dict[int, list[int]] = {}
    for child, of in parent.items():
        if of in made:
            children.setdefault(of, []).append(child)

    def nest(n: int) -> ExportNote:
        return dataclasses.replace(made[n], addenda=tuple(nest(c) for c in children.get(n, [])))

    return [nest(n) for n in made if parent.get(n) not in made]


def count_notes(notes: tuple[ExportNote, ...]) -> int:
    """Notes and addenda, at every depth."""
    return sum(1 + count_notes(n.addenda) for n in notes)


def _consent_lines(vault: Vault, num: int, scrub: Scrub) -> tuple[str, ...]:
    lines = []
    for c in consents.for_client(vault, num):
        how = "written" if c.written else "verbal"
        verb = "refused consent" if c.decision == "refused" else f"gave {how} consent"
        line = f"On {long_date(c.date)} you {verb} for {c.purpose}"
        line += f" (scope: {scrub(c.scope)})" if c.scope else ""
        line += f"; withdrawn on {long_date(c.withdrawn)}." if c.withdrawn else "."
        lines.append(line)
    return tuple(lines)


def _request_lines(vault: Vault, num: int, hidden: set[str], scrub: Scrub) -> tuple[str, ...]:
    return tuple(
        scrub(
            f"On {long_date(r.date)} {r.requester} asked: {r.asked}. "
            f"Decision: {r.decision} ({r.reason})."
        )
        for r in enquiries.for_client(vault, num)
        if r.disclosure is None or r.disclosure not in hidden
    )


def gather(vault: Vault, client: str, *, progress: Progress | None = None) -> Bundle:
    """Everything about `client` that the client may see (not logged; `export` logs)."""
    num = clients.resolve(vault, client)
    person = clients.load(vault, num)
    scrub = Withholder(vault, num)
    details = tuple(
        (label, str(value))
        for label, value in (
            ("id", person.id),
            ("name", person.name),
            ("aliases", ", ".join(person.aliases)),
            ("date of birth", person.dob),
            ("phone", person.phone),
            ("email", person.email),
            ("address", person.address),
            ("postcode", person.postcode),
            ("therapy started", person.started),
            ("therapy ended", person.ended),
        )
        if value
    )
    linked = tuple(
        scrub(f"{link.relation}: {link.name or 'your partner'}") for link in person.linked
    )
    notes = _notes(vault, num, scrub, progress or (lambda _d, _t: None))
    shown = visible_to_client(vault, num)
    hidden = {d.id for d in for_client(vault, num) if d.restricted}
    return Bundle(
        client=person.id,
        prepared=date.today(),
        details=details,
        linked=linked,
        notes=tuple(notes),
        consents=_consent_lines(vault, num, scrub),
        disclosures=tuple(scrub(_sentence(d)) for d in shown),
        requests=_request_lines(vault, num, hidden, scrub),
        withheld=scrub.used,
    )
