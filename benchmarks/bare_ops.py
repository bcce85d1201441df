"""The bare baselines of bench_ratios.py: the same database work with sqlcipher3 alone.

    python benchmarks/bare_ops.py KEY DB OP ARG

Opens DB with the raw KEY and the vault's pragmas, does OP and writes each row
as a line. Only the driver (and for `argon2`, argon2-cffi) is imported.
"""

# ruff: noqa: PLC0415, S608 - imports at first use keep each baseline minimal; SQL is fixed text

import json
import sys


def connect(key, db):
    import sqlcipher3

    conn = sqlcipher3.connect(db, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    conn.execute("PRAGMA busy_timeout = 30000")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def write(cursor):
    out = sys.stdout.write
    while True:
        rows = cursor.fetchmany(500)
        if not rows:
            return
        for row in rows:
            out("\t".join("" if v is None else str(v) for v in row) + "\n")


# The very columns the CLI's note listings select (notes_vault.records.notes._COLUMNS).
NOTE = (
    "SELECT n.num, n.session_date, n.kind, n.template, n.signed, n.amends,"
    " (SELECT group_concat(client_num) FROM"
    "  (SELECT client_num FROM note_clients WHERE note_num = n.num ORDER BY client_num))"
    " FROM notes n"
)


def main():
    key, db, op, arg = sys.argv[1:5]
    if op == "argon2":
        from argon2.low_level import Type, hash_secret_raw

        hash_secret_raw(
            b"x" * 24,
            b"s" * 16,
            time_cost=3,
            memory_cost=256 * 1024,
            parallelism=4,
            hash_len=32,
            type=Type.ID,
            version=19,
        )
        return
    conn = connect(key, db)
    run = conn.execute
    if op == "add":
        body = sys.stdin.buffer.read().decode()
        run("BEGIN IMMEDIATE")
        cur = run(
            "INSERT INTO notes (session_date, kind, template, body, created, updated)"
            " VALUES ('2024-01-01', 'session', 'free', ?, 'x', 'x')",
            (body,),
        )
        run("INSERT INTO note_clients VALUES (?, ?)", (int(arg), cur.lastrowid))
        run("COMMIT")
        print(cur.lastrowid)
    elif op == "show":
        write(run("SELECT * FROM notes WHERE num = ? OR amends = ? ORDER BY num", (int(arg),) * 2))
    elif op == "list":
        write(
            run(
                f"{NOTE} JOIN note_clients nc ON n.num = nc.note_num WHERE nc.client_num = ?"
                " ORDER BY n.session_date, n.num",
                (int(arg),),
            )
        )
    elif op == "clients":
        write(
            run(
                "SELECT c.num, c.code, c.started, c.ended, (SELECT count(*) FROM note_clients"
                " nc WHERE nc.client_num = c.num) FROM clients c WHERE c.ended IS NULL"
                " ORDER BY c.num"
            )
        )
    elif op == "last":
        write(
            run(
                f"SELECT * FROM ({NOTE} ORDER BY n.session_date DESC, n.num DESC LIMIT ?)"
                " ORDER BY session_date, num",
                (int(arg),),
            )
        )
    elif op == "all":
        write(run(f"{NOTE} ORDER BY n.session_date, n.num"))
    elif op == "search":
        sql, params = json.loads(arg)
        write(run(sql, params))
    elif op == "delete":
        due = int(arg)
        run("BEGIN IMMEDIATE")
        run("DELETE FROM note_clients WHERE client_num <= ?", (due,))
        run("DELETE FROM notes WHERE num NOT IN (SELECT note_num FROM note_clients)")
        run("DELETE FROM clients WHERE num <= ?", (due,))
        run("COMMIT")


main()
