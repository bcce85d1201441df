"""Migration 3: retention settings, legal holds and the destruction register."""

from __future__ import annotations

DESCRIPTION = "retention settings, legal holds, destruction register"

# retention_settings has exactly one row (id = 1): the vault-wide policy.
#   years            retention after the end of therapy (default 6)
#   adult_age        a client younger than this when therapy ended was a child (18)
#   child_until_age  a former child's records are kept at least until this birthday (25)
# A per-client override lives in clients.retention_years (migration 2).
#
# holds: a legal hold blocks destruction until released. `reason` is
# client-related text, so it stays here and never reaches the audit log; rows
# of a destroyed client go with it (released holds included).
#
# destructions: the register. It names a destroyed client only by the random
# pseudonym code and the former record id (C0005), never by anything that
# identifies the person; `counts` is a JSON object of what was destroyed.
SQL = """
CREATE TABLE retention_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    years INTEGER NOT NULL DEFAULT 6 CHECK (years BETWEEN 1 AND 100),
    adult_age INTEGER NOT NULL DEFAULT 18 CHECK (adult_age BETWEEN 1 AND 30),
    child_until_age INTEGER NOT NULL DEFAULT 25 CHECK (child_until_age BETWEEN 1 AND 120)
);
INSERT INTO retention_settings (id) VALUES (1);
CREATE TABLE holds (
    num INTEGER PRIMARY KEY,
    client_num INTEGER NOT NULL REFERENCES clients(num) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    placed TEXT NOT NULL,
    released TEXT
);
CREATE UNIQUE INDEX holds_active ON holds(client_num) WHERE released IS NULL;
CREATE TABLE destructions (
    num INTEGER PRIMARY KEY AUTOINCREMENT,
    client_ref TEXT NOT NULL,
    code TEXT NOT NULL,
    period_start TEXT,
    period_end TEXT NOT NULL,
    due TEXT NOT NULL,
    rule TEXT NOT NULL,
    destroyed_on TEXT NOT NULL,
    destroyed_at TEXT NOT NULL,
    counts TEXT NOT NULL
);
CREATE UNIQUE INDEX destructions_code ON destructions(code);
"""
