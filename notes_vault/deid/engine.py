"""The Deidentifier: one export's worth of consistent, unlinkable replacements."""

from __future__ import annotations

import datetime
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from notes_vault.deid import (
    age_heads,
    age_second,
    age_since,
    check,
    context,
    echo,
    known,
    known_after,
    known_round5,
    known_search,
    late_rules,
    late_words,
    learned,
    lexicon,
    lower_titles,
    misread,
    nicknames,
    org_departments,
    org_sites,
    org_uk_initials,
    patterns,
    person_action_initials,
    person_action_names,
    person_age_ends,
    person_ages,
    person_aliases,
    person_by_initials,
    person_caps_initial,
    person_dash_signers,
    person_defined_initials,
    person_edges,
    person_heading_initials,
    person_kin_lists,
    person_kin_names,
    person_lone_signers,
    person_marks,
    person_quotes,
    person_round6,
    person_said_initials,
    person_set_ages,
    person_short_words,
    person_tables,
    place_countries,
    place_events,
    place_hyphens,
    place_numbered,
    place_runs,
    place_us_roads,
    shift,
    signoffs,
    uk_round14,
    widen,
)
from notes_vault.deid.model import KnownSubject, Leak, Redacted, Replacement, Span
from notes_vault.deid.normal import view
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, tokenize

_FIXED_TAGS = {
    "phone": "[PHONE]", "email": "[EMAIL]", "postcode": "[POSTCODE]",
    "nhs_number": "[NHS NUMBER]", "ni_number": "[NI NUMBER]", "url": "[URL]",
    "ip": "[IP]", "vehicle": "[VEHICLE]", "address": "[ADDRESS]",
}  # fmt: skip
_ENTITY_TAGS = {"person": "PERSON", "place": "PLACE", "organisation": "ORGANISATION"}
_CONTAINERS = frozenset({"email", "url", "ip"})
_STRUCTURED = frozenset({"email", "phone", "address", "postcode", "dob"})
_WIDENED = frozenset({"name", "organisation", "address", "dob"})  # dob: widen.day_start
_POOL = 20  # entity numbers are drawn from shuffled blocks of this many
_MIN_SHIFT, _MAX_SHIFT = 30, 365


def _rank(span: Span) -> tuple[int, int, int]:
    """Known structured data first, then containers, known names, patterns, context."""
    if span.layer == "vault":
        tier = 0 if span.category in _STRUCTURED else 2
    elif span.layer == "pattern":
        tier = 1 if span.category in _CONTAINERS else 3
    else:
        tier = 4
    return (tier, span.start - span.end, span.start)


def settle(spans: list[Span], covered: bytearray, *, over: str = "") -> list[Span]:
    """Keep the best of overlapping spans (see `_rank`), marking what they cover.

    With `over` (the text), a later layer's span that runs on past what earlier
    layers took is kept too, if what it adds holds a whole word: "the
    Fayetteville VAMC" with the town known is then one replacement, not
    "[ADDRESS] VAMC" (the output takes the longer span's tag, see `redact`).
    """
    kept: list[Span] = []
    for span in sorted(spans, key=_rank):
        taken = covered.find(1, span.start, span.end) != -1
        if taken and not (over and _adds_word(over, covered, span)):
            continue
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
        kept.append(span)
    return kept


def _adds_word(text: str, covered: bytearray, span: Span) -> bool:
    """Whether `span` takes in a whole word no span has covered yet (not only the
    plural "s" of a covered "Friday"), within one sentence and not its first word
    (a context span that runs into "Attends", "Wife" or the next sentence is a
    misread, and the earlier layers' reading stands)."""
    piece = text[span.start : span.end]
    if "\n" in piece or _SENTENCE_BREAK.search(piece):
        return False
    added = False
    for i in range(span.start, span.end):
        if covered[i] or not text[i].isalnum() or (i and text[i - 1].isalnum()):
            continue
        if _SENTENCE_START.search(text, max(0, i - 6), i) or i == 0:
            return False
        added = True
    return added


_SENTENCE_BREAK = re.compile(r"[.!?;]\s")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;][\"'\u201d\u2019)\]]*\s+|\n\s*)\Z")


class Deidentifier:
    """One export's worth of consistent replacements.

    Tags stay the same across every `redact` call on one instance; a new
    instance draws a new date shift and new entity numbering, so two exports
    of the same notes cannot be lined up by their tags or dates.
    """

    def __init__(
        self,
        subjects: Sequence[KnownSubject],
        *,
        rng: random.Random | None = None,
        known_only: bool = False,
        today: datetime.date | None = None,
    ) -> None:
        """Index what the vault knows; draw this export's date shift and numbering.

        With `known_only`, only the vault layer runs: the subjects' own
        identifiers are replaced and nothing else (used when a destroyed
        client is taken out of a joint note that stays in another's record).
        `today` resolves two-digit years (a birth date is never in the future).
        """
        self._known_only = known_only
        self._rng = rng if rng is not None else random.Random()  # noqa: S311 - not a secret, only unlinkability
        self._today = today or datetime.date.today()
        self._index = known.build_index(subjects, self._rng)
        known_round5.dated(self._index, self._today)  # "(69 yesterday)": ages need the date
        self._check = check.Checker(subjects, today=self._today)
        sign = self._rng.choice((-1, 1))
        self.shift_days = sign * self._rng.randint(_MIN_SHIFT, _MAX_SHIFT)
        self._entities: dict[str, dict[str, str]] = {kind: {} for kind in _ENTITY_TAGS}
        self._members: dict[str, dict[str, set[str]]] = {kind: {} for kind in _ENTITY_TAGS}
        self._holders: dict[str, dict[str, list[str]]] = {kind: {} for kind in _ENTITY_TAGS}
        self._rank: dict[str, int] = {}  # each tag's place in `_members` (issue order)
        self._pools: dict[str, list[int]] = {kind: [] for kind in _ENTITY_TAGS}
        self._issued: dict[str, int] = dict.fromkeys(_ENTITY_TAGS, 0)
        self._tags: set[str] = set()

    def redact(self, text: str) -> Redacted:
        """Replace every identifier found in `text`, saying what and why for each.

        Every layer reads the normalised view; each span found there is mapped
        back to the original, so a replacement covers every character of the
        identifier, invisible ones included.
        """
        normal = view(text)
        clean = normal.text
        toks = tokenize(clean)
        covered = bytearray(len(clean))
        found = self._known(clean, toks)
        if self._known_only:
            chosen = settle(found, covered)
        else:
            chosen = _unknown(clean, toks, found, covered)
        chosen.sort(key=lambda span: span.start)
        mapped = sorted(
            ((normal.span(span.start, span.end), span, self._tag(span, clean)) for span in chosen),
            key=lambda item: (item[0][0], -item[0][1]),
        )
        out: list[str] = []
        done: list[Replacement] = []
        last = 0
        for (start, end), span, tag in mapped:
            if start < last:  # the same characters found twice (an overridden stretch)
                if end > last:  # the tag before takes in the rest
                    done[-1] = replace(done[-1], end=end)
                    last = end
                continue
            self._tags.add(tag)
            out += [text[last:start], tag]
            done.append(Replacement(start, end, span.category, span.layer, tag, span.reason))
            last = end
        out.append(text[last:])
        return Redacted("".join(out), tuple(done))

    def leaks(self, text: str, also: Iterable[str] = ()) -> list[Leak]:
        """Known identifiers still in `text` (a redacted output): positions and kinds only.

        This is the final check (`check.py`), written apart from the matcher
        that replaces, so that it does not share its blind spots. The tags this
        instance wrote are read as tags, not text; `also` names more (a caller's
        own, such as the subject access export's "[PARTNER E-MAIL]").
        """
        tags = self._tags.union(also) if also else self._tags
        return self._check.leaks(text, tags, vault=frozenset(self._index.letters))

    @property
    def tags(self) -> frozenset[str]:
        """Every tag this instance has put into an output so far."""
        return frozenset(self._tags)

    def _known(self, clean: str, toks: list[Tok]) -> list[Span]:
        """Vault hits as spans, widened to whole names and given a tag that does not reveal."""
        ends = widen.token_ends(toks)
        spans = []
        common = lexicon.common_words()
        for hit in known_search.find(self._index, clean, toks):
            entry, start, end = hit.entry, hit.start, hit.end
            tag = entry.tag
            if entry.category in _WIDENED:
                start, end = widen.whole_name(clean, toks, ends, (start, end), entry.category)
            if entry.category == "name":
                end, tag = known_after.letter_owner(self._index, clean, (start, end), tag)
            word = clean[hit.start : hit.end]
            if entry.category == "name" and word.islower() and fold(word) in common:
                tag = "[NAME]"  # "left a [CLIENT] on him" would give Mark away
            spans.append(Span(start, end, entry.category, "vault", entry.reason, tag))
        return _merged(spans)

    def _tag(self, span: Span, text: str) -> str:
        if span.layer == "vault":
            return span.key
        if span.category == "date":
            return shift.tag(span, text, self.shift_days, self._today)
        if span.category == "age":
            return _age_band(int(span.key.split(":")[1]))
        if span.category in _ENTITY_TAGS:
            return self._entity(span.category, span.key)
        return _FIXED_TAGS.get(span.category, f"[{span.category.upper()}]")

    def _entity(self, kind: str, key: str) -> str:
        """The same person (or place) keeps one tag, also when named in part later; a name
        with a word no earlier one of them had is someone else ("John Brown" after "John
        Smith", "New York" after "York"). Parts are words, not the comma of "thornton ,
        evelyn" or an initial's letter (round 15: those made two people one)."""
        known = self._entities[kind]
        parts = [p for p in key.split() if len(p) > 1 and any(c.isalpha() for c in p)]
        tag = known.get(key)
        if tag is None and len(parts) == 1:
            tag = known.get(parts[0])
        if tag is None and len(parts) > 1:
            tag = self._holding(kind, parts)
        if tag is None:
            tag = f"[{_ENTITY_TAGS[kind]} {self._next_number(kind)}]"
        known.setdefault(key, tag)
        words = self._members[kind].setdefault(tag, set())
        self._rank.setdefault(tag, len(self._rank))
        for part in parts:
            if part not in words:
                words.add(part)
                self._holders[kind].setdefault(part, []).append(tag)
        if kind == "person":
            for part in parts:
                known.setdefault(part, tag)
        return tag

    def _holding(self, kind: str, parts: list[str]) -> str | None:
        """The first tag issued (in `_members`' order) whose words hold every part: from the
        tags holding the part fewest tags hold, not a scan of every tag (round 20, s20)."""
        holders = self._holders[kind]
        fewest = min((holders.get(part, []) for part in parts), key=len)
        members = self._members[kind]
        held = [t for t in fewest if members[t].issuperset(parts)]
        return min(held, key=self._rank.__getitem__) if held else None

    def _next_number(self, kind: str) -> int:
        """Numbers come from shuffled blocks, so numbering order differs per export."""
        pool = self._pools[kind]
        if not pool:
            base = self._issued[kind] // _POOL * _POOL
            pool.extend(range(base + 1, base + _POOL + 1))
            self._rng.shuffle(pool)
        self._issued[kind] += 1
        return pool.pop()


def _unknown(clean: str, toks: list[Tok], found: list[Span], covered: bytearray) -> list[Span]:
    """Every layer after the vault's, in order: patterns, then context and the people rules."""
    found += patterns.find_all(clean, toks) + shift.find_mentions(clean, toks)
    found += misread.find_misread(clean, toks, patterns.find_all) + uk_round14.early(clean, toks)
    chosen = settle(found, covered)
    chosen += settle(place_hyphens.find_hyphen_places(clean), covered)  # u12
    chosen += settle(place_us_roads.find_us_roads(clean), covered)  # c13
    chosen += settle(place_events.find_event_places(toks), covered)  # c13
    chosen += settle(person_tables.find_table_initials(clean, covered), covered)
    chosen += person_round6.find_early(clean, toks, covered, settle)
    entities = org_departments.trim(clean, context.find_entities(clean, toks, covered), covered)
    chosen += settle(entities, covered, over=clean)
    chosen += settle(lower_titles.find_titled_lower(clean, toks, covered), covered)
    chosen += settle(signoffs.find_signoffs(clean, toks, covered), covered)
    chosen += settle(signoffs.find_last_signer(clean, toks, covered), covered)
    chosen += settle(person_caps_initial.find_caps_initials(clean, toks), covered)  # round 16
    chosen += settle(person_lone_signers.find_lone_signers(clean, toks, covered), covered)  # u13
    chosen += settle(person_dash_signers.find_dash_signers(clean, toks), covered)  # round 16
    chosen += settle(echo.find_named_ages(clean, toks, chosen, covered), covered)
    chosen += settle(person_ages.find_person_ages(clean, toks, chosen), covered)
    chosen += settle(person_heading_initials.find_heading_initials(clean, toks), covered)  # u11
    chosen += settle(person_age_ends.find_age_ends(clean, toks, chosen), covered)  # u11
    chosen += settle(age_heads.find_head_ages(clean, toks, chosen), covered)  # u10
    chosen += settle(age_heads.find_birthday_ages(clean, toks), covered)  # u10
    chosen += settle(age_heads.find_bio_ages(clean, toks), covered)  # u10
    chosen += settle(person_set_ages.find_set_ages(clean, toks, chosen), covered)
    chosen += settle(person_set_ages.find_birthday_brackets(toks), covered)
    chosen += settle(age_second.find_second_ages(toks, chosen), covered)  # u10
    chosen += settle(age_since.find_since_ages(toks), covered)  # u10
    chosen += settle(person_kin_lists.find_kin_lists(toks, covered), covered)
    chosen += settle(nicknames.find_nicknames(toks, covered), covered)
    chosen += settle(nicknames.find_aliases(toks, covered), covered)
    chosen += settle(person_marks.find_marked(clean, toks, chosen, covered), covered)
    chosen += settle(person_quotes.find_quoted(clean, toks, chosen, covered), covered)
    chosen += settle(person_aliases.find_more_aliases(clean, toks, chosen, covered), covered)
    chosen += settle(place_runs.find_place_runs(clean, toks, covered), covered)
    chosen += settle(place_numbered.find_numbered_streets(clean, toks), covered)  # round 11 (lead)
    chosen += settle(person_action_initials.find_action_initials(clean, toks, covered), covered)
    chosen += settle(
        person_action_names.find_action_names(clean, toks, covered)
        + person_said_initials.find_said_initials(toks, covered)  # round 13
        + person_kin_names.find_kin_names(toks)  # c14
        + person_defined_initials.find_defined_initials(toks, covered)  # round 18, u18
        + person_by_initials.find_by_initials(toks, covered),  # round 18, u18
        covered,
    )
    chosen += settle(org_sites.find_sites(clean, toks, chosen, covered), covered)  # o10
    chosen += person_round6.find_late(clean, toks, chosen, covered, settle)
    chosen += settle(person_short_words.find_short_words(clean, toks, covered), covered)  # u11
    chosen += settle(org_uk_initials.find_initials(toks), covered)  # u12
    chosen += settle(late_words.find_late_words(clean, toks), covered)  # u13, u14, o15, o17
    chosen += settle(echo.find_echoes(clean, toks, chosen), covered)
    chosen += settle(learned.find_learned(clean, toks, chosen, covered), covered)
    late_rules.after_learned(clean, toks, chosen, covered, settle)
    return place_countries.whole_names(clean, toks, person_edges.name_edges(clean, chosen))


def _merged(spans: list[Span]) -> list[Span]:
    """Vault spans that partly overlap become one ("Katherine Ok" + "Ok-afor").

    Otherwise the longer would win and leave the rest of the other behind. A
    group of overlapping spans that one of them covers becomes that one (a
    place inside an organisation's name must not win over the whole name and
    leave "[PLACE] HS" behind); any other group becomes its union, with the
    longest member's tag.
    """
    out: list[Span] = []
    group: list[Span] = []
    reach = 0  # the group's furthest end, kept as it grows: linear in a long chain
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if group and span.start >= reach:
            out += _union(group)
            group = []
        group.append(span)
        reach = max(reach, span.end) if len(group) > 1 else span.end
    return out + (_union(group) if group else [])


def _union(group: list[Span]) -> list[Span]:
    lead = max(group, key=lambda s: s.end - s.start)
    start, end = min(s.start for s in group), max(s.end for s in group)
    if (lead.start, lead.end) == (start, end):
        return [lead]
    return [Span(start, end, lead.category, "vault", lead.reason, lead.key)]


def _age_band(age: int) -> str:
    if age >= 90:
        return "[AGE 90+]"
    if age < 18:
        return "[AGE UNDER 18]"
    return f"[AGE {age // 10 * 10}s]"


def deidentify(text: str, subjects: Sequence[KnownSubject] = ()) -> Redacted:
    """De-identify one text with a fresh Deidentifier (a one-off export)."""
    return Deidentifier(subjects).redact(text)


__all__ = ["Deidentifier", "deidentify", "fold", "settle"]
