"""PDF exports: rendered in memory, written 0600, and their text reads back."""

from __future__ import annotations

import io
import stat
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from notes_vault.exports.pdf import from_markdown
from tests.conftest import Cli


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _no_temp_files(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a temporary file was made")

    for name in ("mkstemp", "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile"):
        monkeypatch.setattr(tempfile, name, refuse)


def test_subject_access_pdf_reads_back(
    vault_dir: Path, cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`export --format pdf` writes a 0600 PDF whose text holds the name and the note."""
    assert cli("client", "add", "--name", "Zoë Brontë").code == 0
    assert cli("note", "add", "zoe", "--file", "-", stdin="Talked about the allotment.").code == 0
    out = tmp_path / "bundle.pdf"
    _no_temp_files(monkeypatch)
    result = cli("export", "zoe", "--format", "pdf", "--out", str(out))
    assert result.code == 0, result.err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = _text(out.read_bytes())
    assert "Everything your therapist" in text
    assert "Zoë Brontë" in text or "Zoe Bronte" in text
    assert "Talked about the allotment." in text


def test_supervision_pdf_to_standard_output(vault_dir: Path, cli: Cli) -> None:
    """`supervision export --format pdf --out -` puts a PDF on stdout, de-identified."""
    assert cli("client", "add", "--name", "Adaeze Okafor").code == 0
    assert cli("note", "add", "C0001", "--file", "-", stdin="Adaeze spoke of work.").code == 0
    assert cli("note", "add", "C0001", "--kind", "process", "--file", "-", stdin="Mine.").code == 0
    result = cli("supervision", "export", "C0001", "--format", "pdf", "--out", "-")
    assert result.code == 0, result.err
    data = result.out.encode("utf-8", "surrogateescape")
    assert data.startswith(b"%PDF")


def test_from_markdown_counts_what_the_font_cannot_show(
    capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    """Headings and bullets come out as text; a glyph no font here has is counted, not logged."""
    rendered = from_markdown("# Title\n\n- item one\n\nBody text \u738b.\n", title="t")
    text = _text(rendered.data)
    assert "Title" in text
    assert "item one" in text
    assert rendered.replaced == 1  # DejaVu Sans and Helvetica both lack CJK
    assert "\u738b" not in capfd.readouterr().err
    assert "\u738b" not in caplog.text
