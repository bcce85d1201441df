"""Round 5's organisation finders (issue 13, helper o5), called together from addresses.py:
lower-case names before a head word (org_lower.py), capitals that are words and names
before a workplace noun (org_caps.py), employers after "quit"/"joined"/"left"
(org_work.py), names in brackets after a credential or before a site (org_signed.py) and
"<kind> of <name>" (org_of.py), the firm's line of an address block
(org_blocks.py); round 5's second pass (o6) adds quoted nicknames of venues
(org_nicknames.py) and roads, routes, districts and cities' short names
(place_routes.py), charities named by English words (org_runs.py) and a workplace's
site in brackets (place_sites.py); last, the national names of data/organisations.txt
(org_names.py), so that a cue's reason wins a tie. Round 6 (o7): streets named
alone and highways by number (place_bare.py), institutions named in another language
and wards by their code (org_foreign.py), interpreting agencies and dating apps
(org_services.py), sports teams (org_teams.py), towns beside a town, closing a bracket
or before "camp" (place_lists.py), names before "UK", "Cymru", "Scotland"
(org_national.py), venues in the possessive (org_possessive.py). Round 7 (o8): names in
brackets beside a worker's role (org_roles.py), hospitals before their emergency
department (org_emergency.py), services where a note signposts to them
(org_signpost.py), an employer that is a stop-list word ("works at Next", org_work.py),
venues named by English words before their kind ("The Hub youth centre", org_venues.py),
workplaces after a job ("a nurse at QMC", org_jobs.py), names before their own case or
job number ("Health Assured case HA-2291", org_refs.py), capitals before a word of
belonging ("the SEPTA train", "UL student", org_initials.py), towns after a verb of
living or moving ("grew up near Roundup", place_home.py). Round 8 (o9): lower-case venues
before their street or after a word of work ("a shift at the wawa", org_lower_venues.py),
unknown names opening a clause before a word of service ("Kooth signposted", org_heads.py),
local places after a preposition of moving and "the" ("on the Hoe", place_the.py), lower-case
towns of six letters or more in no word list but the gazetteer (place_lower.py).
Each cue finder stops at once when none of its cue words is in the note.
"""

from __future__ import annotations

from notes_vault.deid.model import Span
from notes_vault.deid.org_blocks import find_block_orgs
from notes_vault.deid.org_branches import find_local_minds
from notes_vault.deid.org_caps import find_org_caps
from notes_vault.deid.org_emergency import find_emergency_sites
from notes_vault.deid.org_foreign import find_foreign_orgs
from notes_vault.deid.org_heads import find_clause_heads
from notes_vault.deid.org_infirmary import find_infirmary
from notes_vault.deid.org_initials import find_initials_before
from notes_vault.deid.org_jobs import find_job_sites
from notes_vault.deid.org_league_teams import find_league_teams
from notes_vault.deid.org_listed_services import find_listed_services
from notes_vault.deid.org_lower import find_lower_orgs
from notes_vault.deid.org_lower_listed import find_lower_listed
from notes_vault.deid.org_lower_venues import find_lower_venues
from notes_vault.deid.org_military import find_units
from notes_vault.deid.org_names import find_named_orgs
from notes_vault.deid.org_national import find_national_orgs
from notes_vault.deid.org_nicknames import find_nickname_venues
from notes_vault.deid.org_of import find_kind_of
from notes_vault.deid.org_possessive import find_possessive_venues
from notes_vault.deid.org_refs import find_ref_orgs
from notes_vault.deid.org_roles import find_role_orgs
from notes_vault.deid.org_runs import find_service_runs
from notes_vault.deid.org_services import find_service_orgs
from notes_vault.deid.org_signed import find_bracketed_orgs
from notes_vault.deid.org_signpost import find_signposted
from notes_vault.deid.org_surgeries import find_surgeries
from notes_vault.deid.org_teams import find_teams
from notes_vault.deid.org_venues import find_named_charities, find_named_venues
from notes_vault.deid.org_work import find_plain_employers, find_work_orgs
from notes_vault.deid.place_bare import find_bare_places
from notes_vault.deid.place_home import find_home_towns
from notes_vault.deid.place_lists import find_listed_places
from notes_vault.deid.place_lower import find_lower_towns
from notes_vault.deid.place_routes import find_routes
from notes_vault.deid.place_sites import find_bracketed_sites
from notes_vault.deid.place_the import find_the_places
from notes_vault.deid.tokens import Tok


def find_more_orgs(text: str, toks: list[Tok], service_words: frozenset[str]) -> list[Span]:
    """Every round-5 organisation finder's spans (see the module docstring); `service_words`
    are addresses.py's generic service words (passed in: that module calls this one)."""
    spans = find_lower_orgs(text, toks) + find_org_caps(text, toks)
    spans += find_work_orgs(text, toks) + find_bracketed_orgs(text, toks)
    spans += find_nickname_venues(text, toks) + find_routes(text, toks)
    spans += find_service_runs(text, toks, service_words) + find_bracketed_sites(text, toks)
    spans += find_kind_of(text, toks) + find_block_orgs(text, toks)
    spans += find_bare_places(text, toks) + find_foreign_orgs(text, toks)
    spans += find_service_orgs(text, toks) + find_teams(text, toks)
    spans += find_league_teams(toks)  # o16
    spans += find_listed_places(text, toks) + find_national_orgs(text, toks)
    spans += find_possessive_venues(text, toks)
    spans += find_role_orgs(text, toks) + find_emergency_sites(text, toks)
    spans += find_signposted(text, toks) + find_plain_employers(text, toks)
    spans += find_named_venues(text, toks) + find_job_sites(text, toks)
    spans += find_named_charities(text, toks) + find_ref_orgs(text, toks)
    spans += find_initials_before(text, toks) + find_home_towns(text, toks)
    spans += find_lower_venues(text, toks)
    spans += find_clause_heads(text, toks) + find_the_places(text, toks)
    spans += find_lower_towns(text, toks) + find_surgeries(text, toks)  # u10
    spans += find_local_minds(text, toks)  # u10
    spans += find_lower_listed(text, toks) + find_infirmary(text, toks)  # u11
    spans += find_listed_services(text, toks) + find_units(text)  # u11; lead15
    return spans + find_named_orgs(text, toks)
