"""Freeze the hand-written corpus's test split: record each test note's sha256.

    python tests/deid_corpus/freeze.py [--check]

The frozen notes are listed in every FROZEN*.sha256 file beside the genre files
(FROZEN.sha256, and FROZEN-us.sha256 for the second writer's notes); new test notes are
appended to FROZEN.sha256. Merges, never rewrites: lines already listed stay as they are. If
a listed note's block has changed, or a listed note has gone, nothing is written and the
script exits 1 naming the ids: a frozen note is never edited (write a new note with a new id
instead). `--check` writes nothing and exits 1 if anything is unfrozen or changed. The hash
is of the raw block, from its `### note` line to its `### end` line inclusive, joined by
"\\n" without a final newline, encoded as UTF-8.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handwritten import FROZEN, Block, blocks


def digest(block: Block) -> str:
    """The sha256 of one raw note block."""
    return hashlib.sha256(block.raw.encode("utf-8")).hexdigest()


def read_frozen(path: Path = FROZEN) -> dict[str, str]:
    """note id -> sha256, from FROZEN.sha256 (empty if there is none yet)."""
    if not path.exists():
        return {}
    frozen: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            sha, note_id = line.split()
            frozen[note_id] = sha
    return frozen


def read_all_frozen() -> dict[str, str]:
    """note id -> sha256, from every FROZEN*.sha256 listing beside FROZEN."""
    frozen: dict[str, str] = {}
    for listing in sorted(FROZEN.parent.glob("FROZEN*.sha256")):
        frozen |= read_frozen(listing)
    return frozen


def compare(frozen: dict[str, str]) -> tuple[list[str], list[str], list[Block]]:
    """Changed ids, missing ids, and test blocks not yet frozen."""
    test = {b.id: b for b in blocks() if b.split == "test"}
    changed = [i for i, sha in frozen.items() if i in test and digest(test[i]) != sha]
    missing = [i for i in frozen if i not in test]
    new = [b for i, b in test.items() if i not in frozen]
    return changed, missing, new


def main() -> int:
    """Append new test notes to FROZEN.sha256, refusing if a frozen note changed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale")
    args = parser.parse_args()
    frozen = read_all_frozen()
    changed, missing, new = compare(frozen)
    for note_id in changed:
        print(f"frozen note changed: {note_id}", file=sys.stderr)
    for note_id in missing:
        print(f"frozen note missing (or moved to dev): {note_id}", file=sys.stderr)
    if changed or missing:
        return 1
    if args.check:
        for block in new:
            print(f"not frozen yet: {block.id}", file=sys.stderr)
        return 1 if new else 0
    with FROZEN.open("a", encoding="utf-8") as out:
        for block in new:
            out.write(f"{digest(block)}  {block.id}\n")
    print(f"{len(new)} test notes appended; {len(frozen) + len(new)} frozen in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
