"""Freeze the test split of the US and international hand-written notes in FROZEN-us.sha256.

    python tests/deid_corpus/freeze_us.py [--check]

Covers us_clinical.txt, us_shorthand.txt and international.txt in tests/deid_corpus/handwritten/.
One line per test note, `<sha256>  <note id>`, the sha256 of the note's raw block from its
`### note` line to its `### end` line inclusive, lines joined by "\\n" without a final newline,
encoded as UTF-8. Frozen lines are never rewritten: new test notes are appended; if a frozen
note changed or disappeared, nothing is written and the script exits 1 naming it (write a new
note with a new id instead of editing a frozen one). `--check` writes nothing and exits 1 if
any test note is unfrozen, changed or missing.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "handwritten"
FROZEN_US = HERE / "FROZEN-us.sha256"
GENRES = ("us_clinical", "us_shorthand", "international")
_HEADER = re.compile(r"### note (?P<id>[a-z0-9][a-z0-9-]*) split=(?P<split>dev|test)\b.*")


def raw_blocks(path: Path) -> list[tuple[str, str, str]]:
    """(id, split, raw block) for every note of one genre file."""
    lines = path.read_bytes().decode("utf-8").split("\n")
    found: list[tuple[str, str, str]] = []
    for i, line in enumerate(lines):
        if not line.startswith("### note "):
            continue
        match = _HEADER.fullmatch(line.rstrip())
        if match is None:
            raise SystemExit(f"{path.name} line {i + 1}: bad note header {line[:60]!r}")
        try:
            end = lines.index("### end", i)
        except ValueError:
            raise SystemExit(f"{match['id']}: no '### end' line") from None
        found.append((match["id"], match["split"], "\n".join(lines[i : end + 1])))
    return found


def test_digests() -> dict[str, str]:
    """note id -> sha256 of its raw block, for every test note of the US genre files."""
    out: dict[str, str] = {}
    for genre in GENRES:
        path = HERE / f"{genre}.txt"
        if not path.exists():
            continue
        for note_id, split, raw in raw_blocks(path):
            if note_id in out:
                raise SystemExit(f"{note_id}: id used twice")
            if split == "test":
                out[note_id] = hashlib.sha256(raw.encode("utf-8")).hexdigest()
    return out


def read_frozen(path: Path | None = None) -> dict[str, str]:
    """note id -> sha256 already frozen (empty when the file does not exist yet)."""
    path = FROZEN_US if path is None else path
    if not path.exists():
        return {}
    frozen: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            sha, note_id = line.split()
            frozen[note_id] = sha
    return frozen


def main() -> int:
    """Append unfrozen test notes, refusing when a frozen one changed or went missing."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale")
    args = parser.parse_args()
    frozen, current = read_frozen(), test_digests()
    bad = [f"frozen note changed: {i}" for i, s in frozen.items() if current.get(i, s) != s]
    bad += [f"frozen note missing (or moved to dev): {i}" for i in frozen if i not in current]
    new = [i for i in current if i not in frozen]
    for message in bad:
        print(message, file=sys.stderr)
    if bad:
        return 1
    if args.check:
        for note_id in new:
            print(f"not frozen yet: {note_id}", file=sys.stderr)
        return 1 if new else 0
    with FROZEN_US.open("a", encoding="utf-8") as out:
        for note_id in new:
            out.write(f"{current[note_id]}  {note_id}\n")
    print(f"{len(new)} test notes appended; {len(frozen) + len(new)} frozen in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
