"""The final check's sorting of the tags it is given: a person's, or an organisation's or place's.

`check.Checker.leaks` masks some tags before reading what is beside them: a person's tag
before initials and "Ltd" ("Pettigrew Ltd"), an organisation's, an address's or a place's
before "Inc" ("Hartley Inc"). An export's engine passes every tag it has written so far,
a set that grows with each note; sorting all of them anew for each note (round 18 did)
made the check's time grow with the notes before it. Here each tag is sorted once per
Checker, in memory, for the run (round 19, s19); what it returns is the same sets.
Tags are the engine's own replacements ("[PERSON 12]", "[CLIENT]"), never an identifier.
"""

from __future__ import annotations

from notes_vault.deid.check_letters import names_an_organisation, names_someone

_PLACES = frozenset({"[ADDRESS]", "[PLACE]"})


class TagKinds:
    """Which tags stand for a person, and which for an organisation or a place."""

    def __init__(self) -> None:
        """Nothing sorted yet."""
        self._sorted: set[str] = set()
        self._people: set[str] = set()
        self._orgs: set[str] = set()

    def of(self, tags: frozenset[str] | set[str]) -> tuple[set[str], set[str]]:
        """Of `tags`: those that name someone (`names_someone`), and those that name an
        organisation (`names_an_organisation`) or are "[ADDRESS]" or "[PLACE]"."""
        for tag in tags - self._sorted:
            self._sorted.add(tag)
            if names_someone(tag):
                self._people.add(tag)
            if names_an_organisation(tag) or tag in _PLACES:
                self._orgs.add(tag)
        return self._people & tags, self._orgs & tags
