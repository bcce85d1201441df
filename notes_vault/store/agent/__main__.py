"""``python -m notes_vault.store.agent``: run an unlock agent (see server.py)."""

from __future__ import annotations

import sys

from notes_vault.store.agent.server import main

sys.exit(main())
