"""The de-identification engine as plain Python, for tests that sabotage one of its functions.

`make install` may compile `notes_vault/deid` with mypyc (scripts/build_native.py).
A compiled module calls another's function directly, so a test that monkeypatches
one (`known_search.find`, `learned.model`, `Deidentifier.redact`) would not be seen
by its compiled callers, or cannot set it at all. Such tests are marked
`@pytest.mark.pure_engine`: when the engine is compiled, `tests/conftest.py` runs
each in a child pytest with NOTES_VAULT_PURE=1, where this module (imported by
the conftest before anything imports the engine) loads every engine module from
its .py file. With the engine not compiled, they run in place as before.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import EXTENSION_SUFFIXES, ModuleSpec
from pathlib import Path
from types import ModuleType

import pytest

ENGINE = Path(__file__).resolve().parent.parent / "notes_vault" / "deid"
PURE = os.environ.get("NOTES_VAULT_PURE") == "1"


def compiled() -> bool:
    """Whether compiled engine modules sit beside the .py files (and would be imported)."""
    return any(path.name.endswith(tuple(EXTENSION_SUFFIXES)) for path in ENGINE.iterdir())


class _FromSource(MetaPathFinder):
    """Finds `notes_vault.deid.*` as .py files, ahead of any compiled module."""

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,  # noqa: ARG002 - the finder protocol's
    ) -> ModuleSpec | None:
        if not fullname.startswith("notes_vault.deid.") or path is None:
            return None
        leaf = fullname.rpartition(".")[2]
        for folder in path:
            source = Path(folder) / f"{leaf}.py"
            if source.is_file():
                return importlib.util.spec_from_file_location(fullname, source)
        return None


if PURE:
    sys.meta_path.insert(0, _FromSource())


def rerun_pure(item: pytest.Function) -> bool:
    """Run a `pure_engine` test in a child pytest on the plain-Python engine; True if done."""
    if PURE or item.get_closest_marker("pure_engine") is None or not compiled():
        return False
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", item.nodeid],
        cwd=item.config.rootpath,
        env={**os.environ, "NOTES_VAULT_PURE": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, f"{item.nodeid} on the plain-Python engine:\n{done.stdout}"
    return True
