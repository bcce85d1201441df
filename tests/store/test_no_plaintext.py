"""A whole day's work leaves no client data in plaintext on disk, in temp folders or the audit log.

Unique markers go into client names, aliases and phones and into note text
(through standard input and through the editor); after adding, listing,
showing, searching, editing, signing and amending, every file under the vault
folder, the temp folder, XDG_RUNTIME_DIR and /dev/shm is scanned for them in
UTF-8, UTF-16 (both byte orders) and lower case. Files last changed before the
test began cannot hold markers made during it, so only newer ones are read.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
import uuid
from pathlib import Path

import pytest

from tests.conftest import Cli

MAX_SCAN_BYTES = 256 * 1024 * 1024


def marker(label: str) -> str:
    """A string that occurs nowhere else."""
    return f"{label}{uuid.uuid4().hex[:12]}q"


def pattern(markers: list[str]) -> re.Pattern[bytes]:
    """One regex matching any marker in UTF-8, UTF-16-LE or UTF-16-BE, any case."""
    forms: set[bytes] = set()
    for text in markers:
        for variant in (text, text.lower(), text.upper()):
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                forms.add(variant.encode(encoding))
    return re.compile(b"|".join(re.escape(form) for form in sorted(forms)))


def scan(roots: list[Path], found: re.Pattern[bytes], since: float) -> list[str]:
    """Files under `roots`, changed since `since`, that contain a marker."""
    hits: list[str] = []
    for root in roots:
        if root.is_dir():
            walked = os.walk(root, onerror=lambda _e: None)
            paths = [Path(folder) / name for folder, _dirs, files in walked for name in files]
        else:
            paths = [root]  # a file named directly is scanned too
        for path in paths:
            try:
                info = path.lstat()
                if not path.is_file() or path.is_symlink() or info.st_ctime < since:
                    continue
                data = path.read_bytes()[:MAX_SCAN_BYTES]
            except OSError:
                continue
            if found.search(data):
                hits.append(str(path))
    return hits


def ok(result: object) -> str:
    """The stdout of a successful run."""
    assert result.code == 0, result.err  # type: ignore[attr-defined]
    return result.out  # type: ignore[attr-defined,no-any-return]


def test_a_days_work_leaves_no_plaintext(
    vault_dir: Path, cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No marker from names, phones or note text is found in any file or audit event."""
    started = time.time() - 2
    names = {k: marker(k) for k in ("name", "alias", "phone", "person", "partner")}
    texts = {k: marker(k) for k in ("stdin", "editor", "edited", "amend", "joint")}
    ok(cli("client", "add", "--name", f"Ann {names['name']}", "--alias", names["alias"],
           "--phone", names["phone"]))  # fmt: skip
    ok(cli("client", "add", "--name", f"Bob {names['partner']}"))
    ok(cli("client", "link", "C0001", "--person", names["person"], "--relation", "parent"))
    ok(cli("client", "link", "C0001", "--client", "C0002", "--relation", "partner"))
    ok(cli("client", "show", "C0001"))
    ok(cli("note", "add", "C0001", stdin=f"Session about {texts['stdin']} today.\n"))
    ok(cli("note", "add", "C0001", "C0002", stdin=f"Joint {texts['joint']} work.\n"))
    # The editor path: the script takes the text from its environment, not from a file.
    script = tmp_path / "editor.sh"
    script.write_text('#!/bin/sh\nfor f; do :; done\nprintf "%s\\n" "$NOTE_TEXT" >> "$f"\n')
    script.chmod(0o700)
    with monkeypatch.context() as mp:
        mp.setattr("notes_vault.cli.commands.note.stdin_is_terminal", lambda: True)
        editor_env = {"EDITOR": str(script), "NOTE_TEXT": texts["editor"]}
        ok(cli("note", "add", "C0001", "--template", "soap", env=editor_env))
        edit_env = {"EDITOR": str(script), "NOTE_TEXT": texts["edited"]}
        ok(cli("note", "edit", "N0003", env=edit_env))
    ok(cli("note", "list"))
    ok(cli("note", "list", "C0001"))
    ok(cli("note", "show", "N0003"))
    ok(cli("--json", "note", "show", "N0001"))
    ok(cli("search", texts["stdin"]))
    ok(cli("--json", "search", f"{texts['editor']} OR {texts['joint']}"))
    ok(cli("note", "sign", "N0001"))
    ok(cli("note", "amend", "N0001", stdin=f"Correction {texts['amend']}.\n"))
    ok(cli("note", "show", "N0001"))
    assert cli("note", "edit", "N0001", stdin="refused").code == 7

    every = [*names.values(), *texts.values()]
    audit_out = ok(cli("--json", "audit", "list")) + ok(cli("audit", "list"))
    assert not [m for m in every if m.lower() in audit_out.lower()]
    roots = [vault_dir, Path(tempfile.gettempdir()), Path(os.environ["XDG_RUNTIME_DIR"])]
    roots.append(Path("/dev/shm"))  # noqa: S108 - scanning it is the point
    assert scan(roots, pattern(every), started) == []


def test_the_scan_does_find_plaintext(tmp_path: Path) -> None:
    """The scanner itself finds a marker written in UTF-16 (so the test above can fail)."""
    started = time.time() - 2
    text = marker("probe")
    (tmp_path / "leak.txt").write_bytes(text.upper().encode("utf-16-le"))
    assert scan([tmp_path], pattern([text]), started) == [str(tmp_path / "leak.txt")]
