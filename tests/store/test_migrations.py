"""The migration list: every numbered module shipped is applied, in order."""

from __future__ import annotations

import pkgutil

from notes_vault.store import migrations


def test_every_migration_module_is_listed() -> None:
    """A new mNNNN module that was not added to MODULES fails here, not in a user's vault."""
    shipped = sorted(
        info.name for info in pkgutil.iter_modules(migrations.__path__) if info.name[0] == "m"
    )
    listed = [module.__name__.rpartition(".")[2] for module in migrations.MODULES]
    assert listed == shipped


def test_versions_run_one_to_n() -> None:
    """Versions come from the module names and run 1..n with no gap."""
    versions = [m.version for m in migrations.available()]
    assert versions == list(range(1, len(versions) + 1))
