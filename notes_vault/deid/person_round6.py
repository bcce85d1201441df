"""The people finders added in round 6 (p7), run as two groups so the engine stays short.

Each finder is settled in turn (`settle` is the engine's), so a later one sees what an
earlier one covered, exactly as if the engine called them one by one.
"""

from __future__ import annotations

from collections.abc import Callable

from notes_vault.deid import (
    person_alone,
    person_called,
    person_caps,
    person_entry_signers,
    person_initial_lists,
    person_initialled,
    person_initials,
    person_items,
    person_kin,
    person_letters,
    person_lists,
    person_lower_more,
    person_nicknames,
    person_owners,
    person_pairs,
    person_quoted_initials,
    person_registers,
    person_role_labels,
    person_role_signers,
    person_roles,
    person_sign_lines,
    person_sign_roles,
    person_signers,
    person_speakers,
    person_speech,
    person_writer_marks,
)
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok

Settle = Callable[[list[Span], bytearray], list[Span]]


def find_early(text: str, toks: list[Tok], covered: bytearray, settle: Settle) -> list[Span]:
    """Initials standing for a person, before the context layer reads them as acronyms
    (p6's initials by a role first, then this round's)."""
    found = settle(person_initials.find_role_initials(toks, covered), covered)
    found += settle(person_letters.find_letters(text, toks, covered), covered)
    found += settle(person_owners.find_owners(text, toks, covered), covered)
    found += settle(person_signers.find_signers(text, toks, covered), covered)  # p8
    found += settle(person_sign_lines.find_sign_line(text, toks, covered), covered)  # p9
    found += settle(person_sign_roles.find_sign_roles(text, toks, covered), covered)  # u10
    found += settle(person_entry_signers.find_entry_signers(text, toks, covered), covered)  # 18
    found += settle(person_role_signers.find_role_signers(text, toks, covered), covered)  # u23
    found += settle(person_writer_marks.find_writer_marks(text, covered), covered)  # u21
    found += settle(person_items.find_item_initials(text, toks, covered), covered)  # p8
    found += settle(person_roles.find_job_initials(text, toks, covered), covered)  # p9
    return found + settle(person_speakers.find_speakers(text, toks, covered), covered)  # p8


def find_late(
    text: str, toks: list[Tok], chosen: list[Span], covered: bytearray, settle: Settle
) -> list[Span]:
    """People in speech, beside relations and in registers, after the other person rules."""
    found = settle(person_speech.find_spoken(text, toks, chosen, covered), covered)
    found += settle(person_kin.find_kin(text, toks, covered), covered)
    found += settle(person_nicknames.find_nicknames(text, toks, covered), covered)
    found += settle(person_lower_more.find_lower_names(text, toks, covered), covered)
    found += settle(person_registers.find_registered(text, toks, covered), covered)
    found += settle(person_alone.find_alone(text, toks, covered), covered)  # p8
    found += settle(person_pairs.find_pairs(text, toks, chosen + found, covered), covered)  # p8
    found += settle(person_caps.find_caps_people(text, toks, chosen + found, covered), covered)
    found += settle(person_roles.find_roles(text, toks, covered), covered)  # p9
    found += settle(person_called.find_called(text, toks, covered), covered)  # p9
    found += settle(person_initialled.find_initialled(text, toks, covered), covered)  # p9
    found += settle(person_role_labels.find_role_labels(text, toks, covered), covered)  # u10
    found += settle(
        person_initial_lists.find_listed_initials(text, toks, chosen + found, covered), covered
    )  # u10
    found += settle(person_lists.find_listed(text, toks, chosen + found, covered), covered)
    return found + settle(person_quoted_initials.find_quoted_initials(text, covered), covered)
