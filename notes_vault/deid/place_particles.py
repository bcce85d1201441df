"""A place named in French, Spanish, Italian or Portuguese with a particle: a kind of place,
"de", "del", "du", "des", "da"... and a capitalised word (layer "context", round 18, u18).

US and migrants' notes name neighbourhoods, beaches and districts this way: "lives with
her parents in Village de l'Est", "her salon (Lotus Nails, Village de l'Est)", "met his
cousin at the Playa de Ponce", "grew up in Colonia del Valle", "Barrio de Santiago". No
gazetteer holds most of them, and the capitalised-run rules stop at the lower-case
particle. Here the first word is a kind of place in those languages ("Village", "Playa",
"Colonia", "Barrio", "Ciudad", "Puerto", "Isla", "Bayou", "Rue"...), then one particle
("de", "de la", "de l'", "del", "des", "du", "di", "da", "dos", "das", "della"...), then
one capitalised word. Not read: a person's name with a particle ("Maria de la Cruz",
"Leonardo da Vinci": no kind of place opens it), an English kind of place before the
particle ("Point", "Place", "Fort", "Port", "St": "the Place du Marché" is rare, "Fort de
Soto" is left to other rules), a lower-case word after the particle ("Playa de noche").

A name whose first words an earlier rule took already ("lives in Village" read by a cue) is
left to that rule: this finder adds only names no rule has touched.

One regular expression with no nested repetition, run only over a note holding " d":
linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok

_HEADS = (
    "Village Bayou Pointe Plaza Colonia Barrio Villa Lago Puerto Ciudad Cerro Isla Playa Bahía "
    "Bahia Costa Sierra Rue Parc Bois Île Ile Pont Vila Praia Porto Rio Río Valle Monte Pueblo "
    "Paseo Avenida Calle Piazza Borgo Bourg Quartier Faubourg Côte Cote Baie Anse"
).split()
_PARTICLE = r"(?:de la |de l'|de l\u2019|della |delle |degli |del |des |dos |das |du |de |di |da )"
_NAME = re.compile(rf"\b(?:{'|'.join(_HEADS)}) {_PARTICLE}[A-Z][\w'\u2019-]*")
_REASON = "context: a place's name of a kind of place, a particle and a name ('Village de l'Est')"


def find_particle_places(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:  # noqa: ARG001 - every finder takes (text, toks, covered)
    """Names like "Village de l'Est", "Playa de Ponce" as places (see the module)."""
    if " d" not in text:
        return []
    spans: list[Span] = []
    for match in _NAME.finditer(text):
        start, end = match.span()
        if covered.find(1, start, end) == -1:
            spans.append(Span(start, end, "place", "context", _REASON, fold(match.group())))
    return spans
