"""The loaded, validated form of a policy pack: sources, organisation lists, sensitive areas and rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from collabscreen.outcomes import Outcome
from collabscreen.policy.conditions import Condition


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    url: str = ""
    publisher: str = ""
    retrieved: str = ""
    licence: str = ""
    caveats: tuple[str, ...] = ()


@dataclass(frozen=True)
class ListEntry:
    entry_id: str
    name: str
    aliases: tuple[str, ...]
    country: str
    attributes: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)
    parent: str = ""


@dataclass(frozen=True)
class OrgList:
    id: str
    title: str
    pack_id: str
    source: str
    match_outcome: Outcome
    possible_outcome: Outcome
    match: float
    possible: float
    entries: tuple[ListEntry, ...] = field(repr=False)

    def entry(self, entry_id: str) -> ListEntry | None:
        return next((e for e in self.entries if e.entry_id == entry_id), None)


@dataclass(frozen=True)
class Area:
    area_id: str
    title: str
    set_id: str
    terms: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    tier: str = ""
    category: str = ""


@dataclass(frozen=True)
class OpinionHead:
    """One label's linear head over a sentence embedding: probability = sigmoid(weights . embedding + bias)."""

    bias: float
    weights: tuple[float, ...] = field(repr=False)


@dataclass(frozen=True)
class Opinion:
    """An area set's second opinion (``fields.opinion``): heads trained on labelled abstracts, one per category
    (or area id), over the embedding of a named sentence model whose weights must have ``model_sha256``."""

    file: str
    model: str
    model_sha256: str
    key: str  # "category" or "area_id": what each head names
    promote_at: float  # a possible match whose head reads at least this becomes a flag
    demote_below: float  # a flag from terms alone whose head reads under this becomes a possible match (0: never)
    trained_on: str
    heads: tuple[tuple[str, OpinionHead], ...] = field(repr=False)
    model_files: tuple[tuple[str, str], ...] = ()  # every file the model loads, relative path -> sha256

    def head(self, key: str) -> OpinionHead | None:
        return next((h for k, h in self.heads if k == key), None)


@dataclass(frozen=True)
class AreaSet:
    id: str
    title: str
    pack_id: str
    source: str
    flag_outcome: Outcome
    areas: tuple[Area, ...] = field(repr=False)
    pool_by: str = ""  # "category": areas of one category add their term weights up (fields.classifier)
    framing: tuple[str, ...] = ()  # title phrases ("history of") under which terms alone never flag (fields.classifier)
    opinion: Opinion | None = None  # heads for the optional second opinion (fields.opinion)
    codes_source: str = ""  # the source id of the code lists behind the areas' codes (a code flag cites it)


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    outcome: Outcome
    rationale: str
    citation: str
    when: Condition
    pack_id: str
    pack_version: str
    source: str = ""
    mitigations: tuple[str, ...] = ()
    effective: dt.date | None = None
    expires: dt.date | None = None
    status: str = "active"

    def applies_on(self, day: dt.date) -> bool:
        if self.status != "active":
            return False
        if self.effective and day < self.effective:
            return False
        return not (self.expires and day >= self.expires)


@dataclass(frozen=True)
class Pack:
    """One pack as loaded from its folder, with what it inherits through ``extends`` already merged in."""

    id: str
    title: str
    version: str
    effective: dt.date
    jurisdiction: str
    description: str
    path: str
    sha256: str
    extends: tuple[str, ...]
    thresholds: Mapping[str, float]
    country_groups: Mapping[str, frozenset[str]]
    sources: tuple[Source, ...]
    lists: tuple[OrgList, ...]
    area_sets: tuple[AreaSet, ...]
    rules: tuple[Rule, ...]



@dataclass(frozen=True)
class PolicySet:
    """The packs chosen for a run, taken together."""

    packs: tuple[Pack, ...]

    # When one chosen pack extends another, both carry the inherited lists, areas and rules: apply them once.
    # Computed once per run (the set is frozen), since every project's decision reads them.
    @cached_property
    def lists(self) -> tuple[OrgList, ...]:
        return tuple({lst.id: lst for pack in self.packs for lst in pack.lists}.values())

    @cached_property
    def area_sets(self) -> tuple[AreaSet, ...]:
        return tuple({s.id: s for pack in self.packs for s in pack.area_sets}.values())

    @cached_property
    def rules(self) -> tuple[Rule, ...]:
        return tuple({(r.pack_id, r.id): r for pack in self.packs for r in pack.rules}.values())

    @cached_property
    def _lists_by_id(self) -> dict[str, OrgList]:
        return {lst.id: lst for lst in self.lists}

    @cached_property
    def missing_facts(self) -> frozenset[str]:
        """The facts some rule tests with ``missing = "..."``."""
        return frozenset(n.options.get("fact", "") for r in self.rules for n in r.when.walk() if n.kind == "missing")

    def list_by_id(self, list_id: str) -> OrgList | None:
        return self._lists_by_id.get(list_id)
