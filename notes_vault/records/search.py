"""Full-text search over note text, inside the encrypted database (SQLite FTS5).

The index is ``notes_fts`` (migration 2): external content over ``notes.body``,
tokenizer ``porter unicode61 remove_diacritics 2`` (words split on anything
that is not a letter, digit or private-use character; case and accents
ignored; English endings folded, so "sleeping" finds "sleep"), with FTS5
``secure-delete`` on so that removed text leaves no trace in the index.

The user's query is never passed to MATCH as typed. It is read with this small
syntax and rebuilt from quoted FTS5 strings, so any input is either a sensible
search or a usage error (exit 2), never an FTS5 syntax error:

* ``word word``: notes with all the words (in any order);
* ``"exact phrase"``: the words next to each other, in this order;
* ``prefix*``: words starting with ``prefix`` (also ``"a phr"*``);
* ``OR`` (capitals) between words or groups: either side;
* ``-word`` or ``NOT word``: leave out notes with that word (or ``-"a phrase"``).

Anything else (brackets, colons, apostrophes, other operators) is just text:
``don't`` is the phrase "don t", as the tokenizer sees it in the notes. Terms
with no letter or digit (emoji, punctuation) are not indexed and are dropped;
a query with nothing left is a usage error. Chinese, Japanese and Korean text
is indexed in runs between spaces and punctuation (unicode61 does not split
words inside a run), so a CJK term is searched as a prefix of a run: "東京"
finds "東京タワー", but a word in the middle of a run is not found.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from notes_vault.errors import UsageError
from notes_vault.records.clients import client_id, resolve
from notes_vault.records.notes import check_range, date_range, note_id
from notes_vault.store import audit
from notes_vault.store.vault import Vault

MAX_QUERY_CHARS = 1000
MAX_LIMIT = 1000
DEFAULT_LIMIT = 20
SNIPPET_TOKENS = 24
MARK_START, MARK_END = "\x01", "\x02"  # never in note text: notes refuse control characters
_PIECE = re.compile(r'(-?)"([^"]*)"?(\*?)|(\S+)')
_SPACE = str.maketrans("\t\n\r\v\f", "     ")


@dataclass(frozen=True)
class Hit:
    """One search result: ids, rank and a snippet with the matched words' positions.

    `highlights` are [start, end) offsets in Unicode code points into `snippet`.
    """

    id: str
    date: date
    kind: str
    clients: tuple[str, ...]
    rank: int
    score: float
    snippet: str
    highlights: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class _Term:
    text: str
    prefix: bool
    negated: bool


def _indexed(text: str) -> bool:
    """Whether the tokenizer would find a word in `text` (a letter, digit or private use)."""
    return any(
        unicodedata.category(ch)[0] in "LN" or unicodedata.category(ch) == "Co" for ch in text
    )


def _wide(text: str) -> bool:
    """Whether `text` ends in a CJK letter (searched as a prefix, see the module docstring)."""
    last = text.rstrip()[-1:]
    return bool(last) and unicodedata.east_asian_width(last) in "WF" and _indexed(last)


def _terms(query: str) -> list[_Term | None]:
    """The query's terms in order; None stands for an OR between groups."""
    cleaned = "".join(" " if unicodedata.category(ch) in ("Cc", "Cs") else ch for ch in query)
    found: list[_Term | None] = []
    negate_next = False
    for match in _PIECE.finditer(cleaned):
        dash, phrase, star, word = match.groups()
        if word is None:
            found.append(_Term(phrase, bool(star), negate_next or bool(dash)))
        elif word == "OR":
            found.append(None)
        elif word == "NOT":
            negate_next = True
            continue
        elif word == "AND":
            continue
        else:
            negated = negate_next or (word.startswith("-") and len(word) > 1)
            body = word[1:] if word.startswith("-") and len(word) > 1 else word
            found.append(_Term(body.rstrip("*"), body.endswith("*"), negated))
        negate_next = False
    return found


def _quoted(term: _Term) -> str:
    prefix = term.prefix or _wide(term.text)
    return '"' + term.text.replace('"', '""') + '"' + (" *" if prefix else "")


def compile_query(query: str) -> str:
    """The FTS5 expression for a user's query (see the module docstring); UsageError if
    it has nothing to search for."""
    if len(query) > MAX_QUERY_CHARS:
        raise UsageError(f"the query is longer than {MAX_QUERY_CHARS} characters")
    groups: list[list[str]] = [[]]
    excluded: list[str] = []
    for term in _terms(query):
        if term is None:
            if groups[-1]:
                groups.append([])
        elif _indexed(term.text):
            (excluded if term.negated else groups[-1]).append(_quoted(term))
    groups = [group for group in groups if group]
    if not groups:
        raise UsageError(
            "nothing to search for: give at least one word with letters or digits that is"
            " not excluded (emoji and punctuation are not indexed)"
        )
    expression = " OR ".join("(" + " AND ".join(group) + ")" for group in groups)
    if excluded:
        expression = f"({expression}) NOT (" + " OR ".join(excluded) + ")"
    return expression


def _parse_snippet(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Plain snippet text (white space flattened to spaces) and the marked ranges in it."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for char in marked:
        if char == MARK_START:
            start = len(plain)
        elif char == MARK_END and start is not None:
            spans.append((start, len(plain)))
            start = None
        else:
            plain.append(char)
    return "".join(plain).translate(_SPACE), tuple(spans)


def search(
    vault: Vault,
    query: str,
    *,
    client: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[Hit]:
    """The best `limit` notes for `query` (bm25), best first (logged with counts only)."""
    if not 1 <= limit <= MAX_LIMIT:
        raise UsageError(f"--limit must be between 1 and {MAX_LIMIT}")
    check_range(since, until)
    expression = compile_query(query)
    client_num = client_text = None
    if client is not None:
        client_num = resolve(vault, client)
        client_text = client_id(client_num)
    sql, params = search_sql(expression, client=client_num, since=since, until=until, limit=limit)
    rows = vault.db.all(sql, params)
    audit.log(vault, "search", client=client_text, count=len(rows))
    return [_hit(position, row) for position, row in enumerate(rows, start=1)]


def search_sql(
    expression: str,
    *,
    client: int | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int = DEFAULT_LIMIT,
) -> tuple[str, list[Any]]:
    """The SQL and parameters of a search (public so that the benchmark runs the same query)."""
    where = ["notes_fts MATCH ?"]
    params: list[Any] = [expression]
    if client is not None:
        where.append("n.num IN (SELECT note_num FROM note_clients WHERE client_num = ?)")
        params.append(client)
    date_range(where, params, since, until)
    params.append(limit)
    sql = (
        "SELECT n.num, n.session_date, n.kind,"  # noqa: S608 - fixed fragments; values are parameters
        " (SELECT group_concat(client_num) FROM"
        "  (SELECT client_num FROM note_clients WHERE note_num = n.num ORDER BY client_num)),"
        f" snippet(notes_fts, 0, char(1), char(2), '…', {SNIPPET_TOKENS}), bm25(notes_fts)"
        " FROM notes_fts JOIN notes n ON n.num = notes_fts.rowid"
        f" WHERE {' AND '.join(where)} ORDER BY notes_fts.rank LIMIT ?"
    )
    return sql, params


def _hit(position: int, row: Any) -> Hit:

    snippet, spans = _parse_snippet(str(row[4] or ""))
    joined = str(row[3] or "")
    return Hit(
        id=note_id(int(row[0])),
        date=date.fromisoformat(str(row[1])),
        kind=str(row[2]),
        clients=tuple(client_id(int(part)) for part in joined.split(",") if part),
        rank=position,
        score=round(-float(row[5]), 4),
        snippet=snippet,
        highlights=spans,
    )
