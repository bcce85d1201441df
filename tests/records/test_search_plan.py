"""Search ranks only as far as its limit: FTS5 orders by rank itself and stops at LIMIT,
so snippets are built for the shown rows only, with every filter."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from notes_vault.records.search import compile_query, search_sql
from tests.conftest import open_made

FILTERS = [{}, {"client": 1}, {"since": date(2024, 1, 1)}, {"client": 1, "until": date(2025, 1, 1)}]


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(f) or "none")
def test_no_sort_of_every_match(vault_dir: Path, filters: dict[str, object]) -> None:
    """The query plan sorts nothing itself (no temp B-tree): the rank order comes from the
    FTS5 index scan, so SQLite computes snippet() only for the rows LIMIT lets through."""
    sql, params = search_sql(compile_query("sleep"), limit=20, **filters)  # type: ignore[arg-type]
    with open_made(vault_dir) as opened:
        plan = [str(row[3]) for row in opened.db.all("EXPLAIN QUERY PLAN " + sql, params)]
    assert any("notes_fts VIRTUAL TABLE" in step for step in plan), plan
    assert not any("TEMP B-TREE" in step for step in plan), plan
