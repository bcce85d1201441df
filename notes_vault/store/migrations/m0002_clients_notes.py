"""Migration 2: clients, linked people, notes and the full-text index."""

from __future__ import annotations

DESCRIPTION = "clients, notes and full-text search"

# Full-text index: see notes_vault.records.search for the tokenizer choice (porter
# stemming over unicode61, accents folded) and what it means for CJK and emoji.
# Ids shown to users (C0001, N0001) are derived from the integer keys by
# notes_vault.records.ids; only the numbers are stored. AUTOINCREMENT: an id is never
# reused after its record is destroyed, so old audit events cannot be read as
# being about a new client or note.
SQL = """
CREATE TABLE clients (
    num INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    dob TEXT,
    phone TEXT,
    email TEXT,
    address TEXT,
    postcode TEXT,
    started TEXT,
    ended TEXT,
    retention_years INTEGER,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE client_aliases (
    client_num INTEGER NOT NULL REFERENCES clients(num) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (client_num, alias)
) WITHOUT ROWID;
CREATE TABLE linked_people (
    num INTEGER PRIMARY KEY,
    client_num INTEGER NOT NULL REFERENCES clients(num) ON DELETE CASCADE,
    name TEXT,
    relation TEXT NOT NULL,
    other_client_num INTEGER REFERENCES clients(num) ON DELETE SET NULL
);
CREATE INDEX linked_people_client ON linked_people(client_num);
CREATE TABLE notes (
    num INTEGER PRIMARY KEY AUTOINCREMENT,
    session_date TEXT NOT NULL,
    kind TEXT NOT NULL,
    template TEXT NOT NULL,
    body TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    signed TEXT,
    amends INTEGER REFERENCES notes(num)
);
CREATE INDEX notes_date ON notes(session_date);
CREATE INDEX notes_amends ON notes(amends);
CREATE TABLE note_clients (
    client_num INTEGER NOT NULL REFERENCES clients(num),
    note_num INTEGER NOT NULL REFERENCES notes(num) ON DELETE CASCADE,
    PRIMARY KEY (client_num, note_num)
) WITHOUT ROWID;
CREATE INDEX note_clients_note ON note_clients(note_num);
CREATE VIRTUAL TABLE notes_fts USING fts5(
    body, content='notes', content_rowid='num',
    tokenize='porter unicode61 remove_diacritics 2'
);
INSERT INTO notes_fts(notes_fts, rank) VALUES ('secure-delete', 1);
CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
    INSERT INTO notes_fts(rowid, body) VALUES (new.num, new.body);
END;
CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, body) VALUES ('delete', old.num, old.body);
END;
CREATE TRIGGER notes_fts_update AFTER UPDATE OF body ON notes BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, body) VALUES ('delete', old.num, old.body);
    INSERT INTO notes_fts(rowid, body) VALUES (new.num, new.body);
END;
"""
