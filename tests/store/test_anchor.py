"""An external anchor for the audit chain (finding 15): `audit head`, `audit verify --anchor`,
and the backup's head checked against the vault's chain by `verify BACKUP`."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import Cli, open_made


def _head(cli: Cli) -> str:
    result = cli("--json", "audit", "head")
    assert result.code == 0, result.err
    data = result.json()
    assert data["anchor"] == f"{data['seq']}:{data['hash']}"
    return str(data["anchor"])


def _truncate_and_rehash(vault_dir: Path, keep: int) -> None:
    """What someone with the key can do: drop the newest events and make the head match."""
    with open_made(vault_dir) as v, v.db.transaction():
        v.db.execute("DELETE FROM audit WHERE seq > ?", (keep,))
        last = v.db.scalar("SELECT hash FROM audit WHERE seq = ?", (keep,))
        v.set_meta("audit_head", f"{keep}:{last}")


def test_anchor_finds_a_truncated_and_rehashed_chain(vault_dir: Path, cli: Cli) -> None:
    """`audit verify` alone passes a chain cut short with the key; with the head recorded
    earlier as --anchor it fails (exit 6); a head still in the chain passes."""
    assert cli("client", "add", "--name", "Ann Example").code == 0
    early = _head(cli)
    assert cli("client", "add", "--name", "Bea Example").code == 0
    late = _head(cli)
    assert cli("audit", "verify", "--anchor", late).code == 0
    assert cli("audit", "verify", "--anchor", late.split(":")[1]).code == 0
    _truncate_and_rehash(vault_dir, int(early.split(":")[0]))
    assert cli("audit", "verify").code == 0  # undetectable from inside
    cut = cli("audit", "verify", "--anchor", late)
    assert cut.code == 6
    assert "not in this vault's audit chain" in cut.err
    assert cli("audit", "verify", "--anchor", early).code == 0
    assert cli("audit", "verify", "--anchor", "not-a-hash").code == 2


def test_anchor_finds_a_vault_rolled_back(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    """A whole old copy of the vault put back verifies on its own, but not against a head
    recorded after the copy was made."""
    copy = tmp_path / "old-copy"
    shutil.copytree(vault_dir, copy)
    assert cli("client", "add", "--name", "Ann Example").code == 0
    later = _head(cli)
    shutil.rmtree(vault_dir)
    shutil.copytree(copy, vault_dir)
    assert cli("audit", "verify").code == 0
    assert cli("audit", "verify", "--anchor", later).code == 6


def test_backup_head_is_checked_against_the_vault(
    vault_dir: Path, cli: Cli, tmp_path: Path
) -> None:
    """`backup` prints its audit head; `verify BACKUP` finds it in the vault's chain, and
    reports a backup newer than a rolled-back vault, or one whose history diverged (exit 6)."""
    copy = tmp_path / "old-copy"
    shutil.copytree(vault_dir, copy)
    assert cli("client", "add", "--name", "Ann Example").code == 0
    target = tmp_path / "b.nvb"
    made = cli("--json", "backup", str(target))
    assert made.code == 0, made.err
    head = made.json()["audit_head"]
    checked = cli("--json", "verify", str(target))
    assert checked.code == 0, checked.err
    checks = {c["name"]: c for c in checked.json()["checks"]}
    assert checks["audit head"]["detail"] == head
    assert checks["history"]["detail"].startswith("in the vault's chain")
    shutil.rmtree(vault_dir)
    shutil.copytree(copy, vault_dir)  # the vault rolled back to before the backup
    newer = cli("verify", str(target))
    assert newer.code == 6
    assert "NEWER than the vault" in newer.err
    for name in ("Bea Example", "Cid Example", "Dee Example"):
        assert cli("client", "add", "--name", name).code == 0
    diverged = cli("verify", str(target))
    assert diverged.code == 6
    assert "DIVERGED" in diverged.err


def test_backups_older_than_a_destruction_are_named(
    vault_dir: Path, cli: Cli, tmp_path: Path
) -> None:
    """Finding 6: `expire` reminds that earlier backups still hold what it destroyed (and says
    how many in --json), and `verify BACKUP` warns that a backup holds destroyed clients."""
    from datetime import date  # noqa: PLC0415

    from tests.retention.test_expire import add_client, open_v  # noqa: PLC0415

    with open_v(vault_dir) as v:
        add_client(v, "Ann Example", ended=date(2010, 1, 1))
    target = tmp_path / "b.nvb"
    assert cli("backup", str(target)).code == 0
    done = cli("--json", "expire", "--yes")
    assert done.code == 0, done.err
    assert done.json()["backups_before"] == 1
    assert "still hold the records it destroyed" in " ".join(done.err.split())
    checked = cli("--json", "verify", str(target))
    assert checked.code == 0, checked.err
    history = {c["name"]: c for c in checked.json()["checks"]}["history"]
    assert "WARNING: 1 clients destroyed since are still in this backup" in history["detail"]
    fresh = tmp_path / "fresh.nvb"
    assert cli("backup", str(fresh)).code == 0
    again = {c["name"]: c for c in cli("--json", "verify", str(fresh)).json()["checks"]}
    assert "WARNING" not in again["history"]["detail"]
