"""notes-vault: an encrypted vault for a psychotherapist's case notes."""

from __future__ import annotations

__version__ = "0.1.0"
