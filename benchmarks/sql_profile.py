"""Time one CLI command statement by statement: where a vault command's database time goes.

    .venv/bin/python benchmarks/sql_profile.py [--top 25] -- CLI ARGUMENTS...

Runs the command in this process (as `notes-vault ARGUMENTS` would) with the store's
`Database.execute`, `one` and `all` timed, then prints, to standard error, the total and
the statements that took longest (their first 70 characters, calls, seconds). Only the
SQL text is printed, never parameters. FTS5 does the work of a note's deletion when
its pending changes are flushed, at the next statement that opens a savepoint, so that
statement carries the cost (see docs/performance.md, Expire).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from notes_vault.store import db as store_db

SPENT: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])


def _timed(kind: str, method: Any) -> Any:
    def wrapper(self: Any, sql: str, params: Any = ()) -> Any:
        start = time.perf_counter()
        try:
            return method(self, sql, params)
        finally:
            entry = SPENT[f"{kind} {sql[:70]}"]
            entry[0] += 1
            entry[1] += time.perf_counter() - start

    return wrapper


def main() -> None:
    """Run the command with its statements timed; print the slowest."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    # one/all call the connection directly, so each is timed once (not also as execute)
    for kind in ("execute", "one", "all"):
        method = getattr(store_db.Database, kind)
        setattr(store_db.Database, kind, _timed(kind, method))
    from notes_vault.cli.main import run  # noqa: PLC0415 - after the patch

    start = time.perf_counter()
    with contextlib.suppress(SystemExit):
        run(command)
    total = time.perf_counter() - start
    print(f"total {total:.2f} s", file=sys.stderr)
    ranked = sorted(SPENT.items(), key=lambda item: -item[1][1])[: args.top]
    for statement, (calls, seconds) in ranked:
        print(f"{seconds:8.3f} s {int(calls):7d}  {statement}", file=sys.stderr)


if __name__ == "__main__":
    main()
