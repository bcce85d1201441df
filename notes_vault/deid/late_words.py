"""The finders of rounds 13 to 17 that settle as one group before the echo layer.

Charities named by a word (u13), the fourteenth round's late UK rules (u14), brands in
lower case (o15), pubs, police forces and the fellowships (o17): the engine settles their
spans together, in this order (a tie in `engine._rank` keeps the first), so that no one of
them takes a word before the others have been weighed. Moved out of `engine._unknown` in
round 17 to keep that list of layers under the package's unit length.
"""

from __future__ import annotations

from notes_vault.deid import (
    org_fellowships,
    org_forces,
    org_lower_brands,
    org_pubs,
    org_word_charities,
    uk_round14,
)
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok


def find_late_words(clean: str, toks: list[Tok]) -> list[Span]:
    """Every span of the group, in the engine's order (see the module)."""
    return (
        org_word_charities.find_word_charities(clean, toks)
        + uk_round14.late(clean, toks)
        + org_lower_brands.find_lower_brands(clean, toks)
        + org_pubs.find_pubs(clean, toks)
        + org_forces.find_forces(clean, toks)
        + org_fellowships.find_fellowships(toks)
    )
