"""Build (once) and describe the vaults bench_ratios.py measures; prints one JSON line.

    .venv/bin/python benchmarks/prepare_vaults.py NOTES

Run as a child of bench_ratios.py so that the measuring process stays small.
The notes vault is bench_notes's cached one (a scratch copy of it), the expire
vault bench_retention's (1,000 due clients, 20 notes each, cached), and a small
vault with the default Argon2id parameters for the unlock row.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import bench_retention  # noqa: E402 - needs the path above
from benchmarks.bench_notes import OUT, cached_vault, data_key  # noqa: E402

PASSPHRASE = bench_retention.PASSPHRASE
DUE, EXPIRE_NOTES = 1000, 20_000


def _expire_vault() -> tuple[Path, str]:
    from notes_vault.store import vault  # noqa: PLC0415

    path = OUT / "expire-20000" / "vault"
    if not (path.parent / "complete").exists():
        import shutil  # noqa: PLC0415

        shutil.rmtree(path.parent, ignore_errors=True)
        path.parent.mkdir(parents=True)
        bench_retention.build(path, EXPIRE_NOTES, DUE)
        (path.parent / "complete").write_text("ok\n")
    with vault.open_vault(path, bench_retention._secret()) as opened:  # type: ignore[arg-type]
        return path, opened.data_key.hex()


def _kdf_vault() -> Path:
    from notes_vault.store import credentials, keys, vault  # noqa: PLC0415

    path = OUT / "kdf-default" / "vault"
    if not (path / "vault.db").exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        secret = credentials.Passphrase(PASSPHRASE.encode())
        opened, _recovery = vault.create(path, secret, keys.KdfParams())
        opened.close()
    return path


def main() -> None:
    """Prepare everything and print where it is."""
    from notes_vault.records.search import compile_query, search_sql  # noqa: PLC0415

    notes = int(sys.argv[1])
    big, keyfile = cached_vault(notes, max(10, notes // 50))
    expire_path, expire_key = _expire_vault()

    def search(query: str) -> str:
        return json.dumps(search_sql(compile_query(query), limit=20))

    info = {
        "vault": str(big),
        "db": str(big / "vault.db"),
        "keyfile": str(keyfile),
        "key": data_key(big, keyfile),
        "search_rare": search("panic partner"),
        "search_common": search("sleep"),
        "passphrase": PASSPHRASE,
        "kdf_vault": str(_kdf_vault()),
        "expire_vault": str(expire_path),
        "expire_key": expire_key,
        "due": str(DUE),
        "expire_notes": str(EXPIRE_NOTES),
    }
    print(json.dumps(info))


if __name__ == "__main__":
    main()
