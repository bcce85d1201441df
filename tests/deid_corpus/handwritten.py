"""Loader for the hand-written de-identification corpus (tests/deid_corpus/handwritten/*.txt).

Each genre file holds notes in this shape (see /work/briefs/corpus-format.md):

    ### note uk-therapy-001 split=dev [variant=zero-width]
    subjects: [{"role": "CLIENT", "name": "...", ...}]
    ---
    Saw [[name*:Aoife]] today; her friend [[person:Mags]] from [[place:Stockport]] ...
    ### end

`[[category:surface]]` labels an identifier the vault does not know, `[[category*:surface]]`
one it does. The note's text is the body with the markup removed (the lines between `---`
and `### end`, joined by newlines, no final newline). Blank lines and `# comment` lines may
sit between notes. Files are read as raw UTF-8 (no newline translation, no Unicode
normalisation), so invisible and look-alike characters reach the engine exactly as written.

    load(split="all", genres=None) -> list[dict]  # id split genre variant text subjects spans
    blocks() -> list[Block]  # raw note blocks, for freeze.py and the tests
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent / "handwritten"
FROZEN = HERE / "FROZEN.sha256"
CATEGORIES = frozenset(
    {
        *("name", "person", "place", "organisation", "address", "postcode", "zip", "phone"),
        *("email", "url", "ip", "handle", "date", "dob", "age", "nhs_number", "ni_number"),
        *("id_number", "vehicle"),
    }
)
ALWAYS_KNOWN = frozenset({"name", "dob"})
NEVER_KNOWN = frozenset({"person"})
RELATIONS = frozenset(
    {"partner", "parent", "child", "sibling", "friend", "employer", "school", "gp", "other"}
)
SPLITS = ("dev", "test")
# A subject's fields; "zip" (round 18, a US writer's) is read as the postcode field.
SUBJECT_KEYS = frozenset(
    {"role", "name", "aliases", "dob", "phone", "email", "address", "postcode", "zip", "linked"}
)
_HEADER = re.compile(r"### note (?P<id>[a-z0-9][a-z0-9-]*) split=(?P<split>\w+)(?P<rest>.*)")
_OPTION = re.compile(r"\s+(?P<key>[a-z]+)=(?P<value>\S+)")
_LABEL = re.compile(r"\[\[(?P<cat>[a-z_]+)(?P<star>\*?):(?P<surface>.*?)\]\]", re.DOTALL)


class CorpusError(ValueError):
    """Malformed markup in a hand-written corpus file; the message names the note id."""


@dataclass(frozen=True)
class Block:
    """One raw note block: its id, split, genre, header options, subjects line and body."""

    id: str
    split: str
    genre: str
    options: dict[str, str]
    subjects_line: str
    body: str
    raw: str


def files() -> list[Path]:
    """The genre files, in name order."""
    return sorted(HERE.glob("*.txt"))


def _header(line: str, where: str) -> tuple[str, str, dict[str, str]]:
    match = _HEADER.fullmatch(line.rstrip())
    if not match:
        raise CorpusError(f"{where}: bad note header {line[:60]!r}")
    note_id, split, rest = match["id"], match["split"], match["rest"]
    if split not in SPLITS:
        raise CorpusError(f"{note_id}: split must be dev or test, not {split!r}")
    options: dict[str, str] = {}
    for option in _OPTION.finditer(rest):
        options[option["key"]] = option["value"]
    if _OPTION.sub("", rest).strip():
        raise CorpusError(f"{note_id}: cannot read header options {rest!r}")
    return note_id, split, options


def _one_block(lines: list[str], start: int, genre: str) -> tuple[Block, int]:
    """Parse the block whose `### note` line is lines[start]; return it and the next index."""
    note_id, split, options = _header(lines[start], f"{genre}.txt line {start + 1}")
    try:
        end = lines.index("### end", start)
    except ValueError:
        raise CorpusError(f"{note_id}: no '### end' line") from None
    inner = lines[start + 1 : end]
    if any(line.startswith("### ") for line in inner):
        raise CorpusError(f"{note_id}: a '### ' line before this note's '### end'")
    if len(inner) < 3 or not inner[0].startswith("subjects: ") or inner[1] != "---":
        raise CorpusError(f"{note_id}: expected 'subjects: [...]' then '---' after the header")
    raw = "\n".join(lines[start : end + 1])
    block = Block(note_id, split, genre, options, inner[0][10:], "\n".join(inner[2:]), raw)
    return block, end + 1


def blocks_of(path: Path) -> list[Block]:
    """Every note block of one genre file."""
    lines = path.read_bytes().decode("utf-8").split("\n")
    found: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("### note "):
            block, i = _one_block(lines, i, path.stem)
            found.append(block)
            continue
        if line.strip() and not (line.startswith("# ") or line == "#"):
            raise CorpusError(f"{path.name} line {i + 1}: text outside a note: {line[:40]!r}")
        i += 1
    return found


def blocks() -> list[Block]:
    """Every note block of every genre file; ids must be unique across files."""
    seen: set[str] = set()
    out: list[Block] = []
    for path in files():
        for block in blocks_of(path):
            if block.id in seen:
                raise CorpusError(f"{block.id}: id used twice")
            seen.add(block.id)
            out.append(block)
    return out


def _check_subject(note_id: str, raw: Any) -> None:
    if not isinstance(raw, dict) or not raw.get("role") or not raw.get("name"):
        raise CorpusError(f"{note_id}: each subject needs a role and a name")
    if unknown := set(raw) - SUBJECT_KEYS:
        raise CorpusError(f"{note_id}: unknown subject field(s) {sorted(unknown)}")
    if raw.get("dob"):
        try:
            datetime.date.fromisoformat(raw["dob"])
        except ValueError:
            raise CorpusError(f"{note_id}: dob {raw['dob']!r} is not ISO") from None
    for person in raw.get("linked", ()):
        if not person.get("name") or person.get("relation") not in RELATIONS:
            raise CorpusError(f"{note_id}: linked entry {person!r} needs name and relation")


def subjects(block: Block) -> list[dict[str, Any]]:
    """The block's subjects, checked."""
    try:
        parsed = json.loads(block.subjects_line)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{block.id}: subjects line is not JSON ({exc})") from None
    if not isinstance(parsed, list):
        raise CorpusError(f"{block.id}: subjects must be a JSON list")
    for raw in parsed:
        _check_subject(block.id, raw)
    return parsed


def _label(note_id: str, match: re.Match[str]) -> tuple[str, bool, str]:
    category, known, surface = match["cat"], match["star"] == "*", match["surface"]
    if category not in CATEGORIES:
        raise CorpusError(f"{note_id}: unknown category {category!r}")
    if category in ALWAYS_KNOWN and not known:
        raise CorpusError(f"{note_id}: {category!r} is for known identifiers; write {category}*")
    if category in NEVER_KNOWN and known:
        raise CorpusError(f"{note_id}: {category!r} is for unknown people; use name*")
    if not surface or "[[" in surface:
        raise CorpusError(f"{note_id}: empty or nested label near {match.group()[:40]!r}")
    return category, known, surface


def strip(note_id: str, body: str) -> tuple[str, list[dict[str, Any]]]:
    """The body without markup, and its spans as offsets into that text."""
    out: list[str] = []
    spans: list[dict[str, Any]] = []
    length = last = 0
    for match in _LABEL.finditer(body):
        out.append(body[last : match.start()])
        length += match.start() - last
        category, known, surface = _label(note_id, match)
        spans.append(
            {"start": length, "end": length + len(surface), "category": category, "known": known}
        )
        out.append(surface)
        length += len(surface)
        last = match.end()
    out.append(body[last:])
    text = "".join(out)
    for piece in out[::2]:
        if "[[" in piece or "]]" in piece:
            raise CorpusError(f"{note_id}: stray '[[' or ']]' near {piece[:40]!r}")
    return text, spans


def note(block: Block) -> dict[str, Any]:
    """One block as a corpus note, shaped like a line of notes.jsonl (plus genre, variant)."""
    text, spans = strip(block.id, block.body)
    known = [s for s in spans if s["known"]]
    people = subjects(block)
    if known and not people:
        raise CorpusError(f"{block.id}: starred (known) labels but no subjects")
    return {
        "id": block.id,
        "split": block.split,
        "genre": block.genre,
        "variant": block.options.get("variant"),
        "text": text,
        "subjects": people,
        "spans": spans,
    }


def load(split: str = "all", genres: tuple[str, ...] | None = None) -> list[dict[str, Any]]:
    """The notes of one split ("dev", "test" or "all"), optionally of some genre files only."""
    if split not in (*SPLITS, "all"):
        raise ValueError(f"split must be dev, test or all, not {split!r}")
    notes = [note(b) for b in blocks()]
    return [
        n
        for n in notes
        if split in ("all", n["split"]) and (genres is None or n["genre"] in genres)
    ]


def genres() -> list[str]:
    """The genre names (file stems) present."""
    return [path.stem for path in files()]
