"""Exports as PDF, for the therapist who prints or sends them.

The PDF is laid out from the same Markdown text the `md` format writes (headings,
bullets, paragraphs), so the two never say different things. It is built in
memory by fpdf2 (LGPL-3.0, pure Python; imported only here, at first use, since
it costs about 0.4 s) and returned as bytes: the caller writes it like every
other export (0600, atomically), so no plaintext ever passes through a
temporary file. Markdown text is drawn as plain text, never interpreted.

Fonts: a Unicode TrueType font (DejaVu Sans, Noto Sans, Arial Unicode) from the
system's font folders when one is found, so that every name prints as written;
a character the font lacks is left out and counted. Otherwise PDF's built-in
Helvetica, which covers Latin-1 only: other characters are printed without their
accents where that is enough (NFKD), else as "?",
and `Rendered.replaced` says how many were.
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FONT_FILES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/noto/NotoSans-Regular.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/arial.ttf",
)
SIZES = {1: 16.0, 2: 13.0, 3: 11.5, 4: 11.0}  # heading level -> font size
BODY_SIZE = 10.5
LINE = 5.2  # mm per body line


@dataclass(frozen=True)
class Rendered:
    """A PDF document and how many characters the font could not show as written."""

    data: bytes
    replaced: int


def _unicode_font() -> Path | None:
    for name in FONT_FILES:
        path = Path(name)
        if path.is_file():
            return path
    return None


class _Writer:
    """Lays out lines of Markdown on an fpdf2 document."""

    def __init__(self, title: str) -> None:
        from fpdf import FPDF  # noqa: PLC0415 - a heavy import, paid only by PDF exports

        self.pdf = FPDF(format="A4")
        self.pdf.set_auto_page_break(auto=True, margin=15)
        self.pdf.set_title(title)
        self.pdf.set_creator("notes-vault")
        self.replaced = 0
        font = _unicode_font()
        if font is not None:
            self.pdf.add_font("body", "", str(font))
            self.family, self.bold, self.unicode = "body", "", True
        else:
            self.family, self.bold, self.unicode = "helvetica", "B", False
        self.pdf.add_page()

    def text(self, value: str) -> str:
        """`value` as the font can show it."""
        if self.unicode:
            return value
        shown = []
        for char in value:
            if ord(char) < 256:
                shown.append(char)
                continue
            folded = "".join(
                c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
            )
            self.replaced += 1
            shown.append(folded if folded and all(ord(c) < 256 for c in folded) else "?")
        return "".join(shown)

    def block(self, value: str, *, size: float, style: str = "", indent: float = 0.0) -> None:
        """A paragraph, wrapped to the page width."""
        self.pdf.set_font(self.family, style, size)
        self.pdf.set_x(self.pdf.l_margin + indent)
        width = self.pdf.w - self.pdf.r_margin - self.pdf.l_margin - indent
        self.pdf.multi_cell(width, size * 0.5, self.text(value), new_x="LMARGIN", new_y="NEXT")

    def line(self, raw: str) -> None:
        """One line of the Markdown text."""
        stripped = raw.rstrip()
        level = len(stripped) - len(stripped.lstrip("#"))
        if 1 <= level <= len(SIZES) and stripped[level : level + 1] == " ":
            self.pdf.ln(2)
            # Headings are larger, and bold where the font has a bold face.
            self.block(stripped[level + 1 :], size=SIZES[level], style=self.bold)
            self.pdf.ln(1)
        elif not stripped:
            self.pdf.ln(LINE / 2)
        elif stripped.startswith("- "):
            self.block(f"{'•' if self.unicode else '-'} {stripped[2:]}", size=BODY_SIZE, indent=4)
        else:
            self.block(stripped, size=BODY_SIZE)

    def output(self) -> bytes:
        """The finished document. fpdf2 logs the characters a font lacks; that log would
        carry names to stderr, so it is silenced and only the count is kept."""
        loggers = [logging.getLogger(name) for name in ("fpdf", "fpdf.output", "fpdf.fpdf")]
        before = [logger.disabled for logger in loggers]
        for logger in loggers:
            logger.disabled = True
        try:
            data: Any = self.pdf.output()
        finally:
            for logger, state in zip(loggers, before, strict=True):
                logger.disabled = state
        if self.unicode:
            self.replaced += len(getattr(self.pdf.fonts.get("body"), "missing_glyphs", ()))
        return bytes(data)


def from_markdown(text: str, *, title: str) -> Rendered:
    """`text` (the Markdown of an export) as a PDF document, in memory."""
    writer = _Writer(title)
    for raw in text.splitlines():
        writer.line(raw)
    return Rendered(writer.output(), writer.replaced)
