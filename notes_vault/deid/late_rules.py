"""The rules that run after the learned layer (rounds 11 to 19), in order, onto `chosen`.

Moved out of `engine.py` in round 16 so that the engine's list of layers stays under the
package's module size; the order is the engine's as it was. `settle` is the engine's (passed
in, so that this module does not import the engine that imports it).
"""

from __future__ import annotations

from collections.abc import Callable

from notes_vault.deid import (
    age_bare,
    age_died,
    age_runs,
    age_would,
    org_acronyms,
    org_admissions,
    org_campus,
    org_letterheads,
    org_numbered_schools,
    person_signer_echo,
    person_stamped,
)
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok

Settle = Callable[..., list[Span]]


def after_learned(
    clean: str, toks: list[Tok], chosen: list[Span], covered: bytearray, settle: Settle
) -> None:
    """Each rule's spans settled against what is already chosen, added to `chosen`."""
    chosen += settle(age_runs.find_run_ages(clean, toks, chosen), covered)  # c11
    chosen += settle(org_numbered_schools.find_numbered_schools(clean), covered)  # c11
    chosen += settle(age_died.find_death_ages(clean), covered)  # c11
    chosen += settle(org_acronyms.find_acronyms(clean, toks), covered, over=clean)  # c12
    chosen += settle(org_admissions.find_admissions(clean, toks), covered)  # c12
    chosen += settle(age_would.find_would_ages(clean), covered)  # c12
    chosen += settle(org_campus.find_campus(toks), covered)  # c13
    chosen += settle(person_stamped.find_stamped_speakers(clean), covered)  # c13
    chosen += settle(org_letterheads.find_letterheads(clean), covered)  # round 17 (lead)
    chosen += settle(age_bare.find_bare_ages(clean, toks, chosen), covered)  # u17
    chosen += settle(
        person_signer_echo.find_signer_echoes(clean, toks, chosen, covered), covered
    )  # u19
