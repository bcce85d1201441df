"""A short day at a real terminal (a pty): make a vault, find a client by name, read their
history, write a note through an editor, export a PDF."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

from pypdf import PdfReader

from tests.conftest import CHEAP_KDF, on_pty

NEW_PASSPHRASE = "plum tree at dusk"


def test_a_short_day(tmp_path: Path) -> None:
    """init asks twice and waits for Enter; a name finds the client; history, editor and PDF."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NOTES_VAULT_")}
    env |= {"NOTES_VAULT_DIR": str(tmp_path / "vault"), "COLUMNS": "80"}
    env["NOTES_VAULT_CONFIG"] = str(tmp_path / "config.toml")
    code, shown = on_pty(["init", *CHEAP_KDF], env, [NEW_PASSPHRASE, NEW_PASSPHRASE, ""])
    assert code == 0, shown
    assert "Press Enter once you have written the recovery key down" in shown
    assert NEW_PASSPHRASE not in shown

    env["NOTES_VAULT_PASSPHRASE"] = NEW_PASSPHRASE
    for name in ("Grace Okafor", "Ann Okafor"):
        assert on_pty(["client", "add", "--name", name, "--dob", "1979-11-02"], env, [])[0] == 0
    code, found = on_pty(["client", "find", "grace okafor"], env, [])
    assert code == 0, found
    assert "C0001" in found
    assert "Grace Okafor" in found
    assert on_pty(["client", "history", "okafor"], env, [])[0] == 2  # two clients match

    editor = tmp_path / "editor"
    editor.write_text('#!/bin/sh\nprintf "Low mood; job interview Friday.\\n" >> "$1"\n')
    editor.chmod(0o700)
    env["VISUAL"] = str(editor)
    code, added = on_pty(["note", "add", "grace", "--template", "soap"], env, [])
    assert code == 0, added
    assert "N0001" in added

    code, history = on_pty(["client", "history", "grace"], env, [])
    assert code == 0, history
    assert "1 session; 1 unsigned" in history
    assert "N0001" in history

    out = tmp_path / "grace.pdf"
    code, done = on_pty(["export", "grace", "--format", "pdf", "--out", str(out)], env, [])
    assert code == 0, done
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Low mood; job interview Friday." in text
    assert "Subjective" in text  # the SOAP template's headings came through the editor
