"""Load policy packs from folders: validate everything, list every problem at once, hash the files.

>>> policies = load_policies(["ca-strac"])                 # doctest: +SKIP
>>> policies.packs[0].id, len(policies.packs[0].rules)     # doctest: +SKIP
('ca-strac', 4)
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
import tomllib
from collections.abc import Sequence
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from collabscreen.errors import CollabscreenError, PolicyError, raise_all
from collabscreen.location import Location, column_letter
from collabscreen.outcomes import OUTCOME_NAMES, Outcome
from collabscreen.policy.conditions import Condition, ConditionErrors
from collabscreen.policy.conditions import parse as parse_condition
from collabscreen.policy.model import (
    Area,
    AreaSet,
    ListEntry,
    Opinion,
    OpinionHead,
    OrgList,
    Pack,
    PolicySet,
    Rule,
    Source,
)

OutcomeName = Literal["clear", "note", "mitigate", "escalate", "prohibited"]
ID = r"^[a-z0-9][a-z0-9-]*$"
RULE_ID = r"^[A-Za-z0-9][A-Za-z0-9-]*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _datestr(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


class SourceModel(_Strict):
    id: str
    title: str
    url: str = ""
    publisher: str = ""
    retrieved: str = ""
    licence: str = ""
    caveats: list[str] = []

    _retrieved = field_validator("retrieved", mode="before")(_datestr)


class ListModel(_Strict):
    id: str = Field(pattern=ID)
    title: str
    file: str
    source: str = ""
    match_outcome: OutcomeName = "note"
    possible_outcome: OutcomeName = "note"
    match: float | None = Field(default=None, ge=0, le=100)
    possible: float | None = Field(default=None, ge=0, le=100)


class AreaSetModel(_Strict):
    id: str = Field(pattern=ID)
    title: str
    file: str
    source: str = ""
    flag_outcome: OutcomeName = "note"
    # "category": the term weights of areas sharing a category add up before the flag threshold (see fields.classifier)
    pool_by: Literal["", "category"] = ""
    # title phrases ("history of", "oral history") that make the set's terms alone a possible match, never a flag
    framing: list[str] = []
    # a JSON file of heads for the optional second opinion (fields.opinion), made by policies/_build/train_opinion.py
    second_opinion: str = ""
    # the [[sources]] id of the code lists behind the areas' codes, cited by a flag that a field code made
    codes_source: str = ""


class OpinionHeadModel(_Strict):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    bias: float
    weights: list[float]


class OpinionModel(_Strict):
    model: str
    model_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    # every file the model loads (relative path -> sha256), so tokenizer and pooling are pinned like the weights
    model_files: dict[str, str] = Field(min_length=1)
    key: Literal["category", "area_id"]
    promote_at: float = Field(gt=0, le=1)
    demote_below: float = Field(default=0, ge=0, lt=1)
    trained_on: str
    metrics: dict[str, Any] = {}
    heads: dict[str, OpinionHeadModel]


class ListAdditionModel(_Strict):
    """Entries an office adds to an inherited list: ``[[list_additions]] list = "ca-nro", file = "lists/ours.csv"``."""

    list: str
    file: str


class AreaAdditionModel(_Strict):
    """Areas (or extra terms under new area ids) an office adds to an inherited area set."""

    set: str
    file: str


class RuleModel(_Strict):
    id: str = Field(pattern=RULE_ID)
    title: str
    outcome: OutcomeName
    rationale: str
    citation: str
    when: dict[str, Any]
    source: str = ""
    mitigations: list[str] = []
    effective: dt.date | None = None
    expires: dt.date | None = None
    status: Literal["active", "inactive"] = "active"

    @field_validator("effective", "expires", mode="before")
    @classmethod
    def _empty_date(cls, value: Any) -> Any:
        return None if value == "" else value


class Thresholds(_Strict):
    match: float = Field(default=92, ge=0, le=100)
    possible: float = Field(default=85, ge=0, le=100)


class PackModel(_Strict):
    id: str = Field(pattern=ID)
    title: str
    version: str
    effective: dt.date
    jurisdiction: str
    description: str = ""
    extends: list[str] = []
    disable_rules: list[str] = []
    thresholds: Thresholds = Thresholds()
    country_groups: dict[str, list[str]] = {}
    sources: list[SourceModel] = []
    lists: list[ListModel] = []
    areas: list[AreaSetModel] = []
    list_additions: list[ListAdditionModel] = []
    area_additions: list[AreaAdditionModel] = []
    rules: list[RuleModel] = []

    @field_validator("country_groups")
    @classmethod
    def _iso_codes(cls, groups: dict[str, list[str]]) -> dict[str, list[str]]:
        for name, codes in groups.items():
            bad = [c for c in codes if not re.fullmatch(r"[A-Z]{2}", c)]
            if bad:
                raise ValueError(f'group "{name}": {bad[0]!r} is not an ISO 3166 alpha-2 code (e.g. "CN")')
        return groups


def shipped_packs_dir() -> Path:
    """The folder of packs shipped with collabscreen."""
    return Path(str(resources.files("collabscreen.policies")))


def shipped_pack_names() -> list[str]:
    return sorted(p.name for p in shipped_packs_dir().iterdir() if (p / "policy.toml").is_file())


def resolve_pack_path(name_or_dir: str, relative_to: Path | None = None) -> Path:
    """A pack given by folder (absolute, or relative to the pack that extends it) or by shipped name."""
    candidates = []
    if relative_to is not None:
        candidates.append(relative_to / name_or_dir)
    candidates += [Path(name_or_dir), shipped_packs_dir() / name_or_dir]
    for path in candidates:
        if (path / "policy.toml").is_file():
            return path.resolve()
    raise PolicyError(
        f'no policy pack "{name_or_dir}".',
        None,
        f"Give a shipped pack ({', '.join(shipped_pack_names())}) or a folder that holds a policy.toml.",
    )


def pack_sha256(path: Path) -> str:
    """sha256 over every file of the pack (relative path and bytes, in sorted order)."""
    digest = hashlib.sha256()
    for file in sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(file.relative_to(path).as_posix().encode() + b"\0")
        digest.update(file.read_bytes() + b"\0")
    return digest.hexdigest()


def _combined_sha256(own: str, parents: Sequence[Pack]) -> str:
    if not parents:
        return own
    return hashlib.sha256("\n".join([own, *(f"{p.id}:{p.sha256}" for p in parents)]).encode()).hexdigest()


def _display(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        parts = path.parts
        return "/".join(parts[-3:]) if len(parts) > 3 else str(path)


_ITEMS = ("rules", "lists", "areas", "sources", "list_additions", "area_additions")


def _validate_pack(raw: dict, where: Location) -> tuple[PackModel, list[CollabscreenError]]:
    """The pack's schema. A broken rule, list or source is reported and left out, so the rest of the pack is
    still checked and every problem is listed at once; a broken top-level key stops here."""
    try:
        return PackModel.model_validate(raw), []
    except ValidationError as exc:
        problems = _pydantic_problems(exc, raw, where)
        bad = {(e["loc"][0], e["loc"][1]) for e in exc.errors()
               if len(e["loc"]) >= 2 and e["loc"][0] in _ITEMS and isinstance(e["loc"][1], int)}
        if any(not (len(e["loc"]) >= 2 and (e["loc"][0], e["loc"][1]) in bad) for e in exc.errors()):
            raise_all(problems)
        pruned = {k: [x for i, x in enumerate(v) if (k, i) not in bad] if k in _ITEMS else v for k, v in raw.items()}
        return PackModel.model_validate(pruned), problems


def _pydantic_problems(exc: ValidationError, raw: dict, where: Location) -> list[CollabscreenError]:
    problems: list[CollabscreenError] = []
    for err in exc.errors():
        loc = list(err["loc"])
        prefix = ""
        if len(loc) >= 2 and loc[0] in _ITEMS and isinstance(loc[1], int):
            items = raw.get(loc[0], [])
            item = items[loc[1]] if loc[1] < len(items) and isinstance(items[loc[1]], dict) else {}
            what = {"rules": "rule", "lists": "list", "areas": "area set", "sources": "source",
                    "list_additions": "list addition", "area_additions": "area addition"}[loc[0]]
            prefix = f'{what} "{item.get("id", f"#{loc[1] + 1}")}", '
            loc = loc[2:]
        key = ".".join(str(p) for p in loc) or "(top level)"
        message = err["msg"]
        if err["type"] == "extra_forbidden":
            message = "unknown key; check its spelling against docs/policy-guide.md"
        elif err["type"] == "missing":
            message = "is required"
        elif err["type"] == "value_error":
            message = str(err.get("ctx", {}).get("error", message))
        problems.append(PolicyError(f'{prefix}key "{key}": {message}.', where))
    return problems


def _read_csv(path: Path, required: Sequence[str], problems: list[CollabscreenError]) -> list[tuple[Location, dict]]:
    where = Location(_display(path))
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        problems.append(PolicyError("file not found.", where, "Check the file path in policy.toml."))
        return []
    except UnicodeDecodeError:
        problems.append(PolicyError("is not UTF-8 text.", where, 'In Excel use "Save As" > "CSV UTF-8".'))
        return []
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip() for h in next(reader, [])]
    missing = [c for c in required if c not in header]
    if missing:
        problems.append(
            PolicyError(f"missing column(s) {', '.join(missing)}.", where.at(row=1), f"Required: {', '.join(required)}.")
        )
        return []
    rows = []
    for number, values in enumerate(reader, start=2):
        if not any(v.strip() for v in values):
            continue
        record = {h: (values[i].strip() if i < len(values) else "") for i, h in enumerate(header)}
        rows.append((where.at(row=number), record))
    return rows


def _split(value: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in value.split(";") if p.strip())


def _cell(where: Location, header: list[str] | None, name: str) -> Location:
    return where.at(header=name)


def _load_list(pack_dir: Path, pack_id: str, model: ListModel, thresholds: Thresholds,
               problems: list[CollabscreenError]) -> OrgList:
    path = pack_dir / model.file
    rows = _read_csv(path, ("entry_id", "name", "aliases", "country"), problems)
    entries: list[ListEntry] = []
    seen: dict[str, Location] = {}
    core = {"entry_id", "name", "aliases", "country", "parent"}
    for where, row in rows:
        entry_id = row["entry_id"]
        if not entry_id:
            problems.append(PolicyError('"entry_id" is empty.', where.at(header="entry_id"), "Give every entry an id."))
            continue
        if entry_id in seen:
            problems.append(
                PolicyError(f'duplicate entry_id "{entry_id}" (first at row {seen[entry_id].row}).',
                            where.at(header="entry_id"), "Entry ids must be unique and never reused.")
            )
            continue
        seen[entry_id] = where
        if not row["name"]:
            problems.append(PolicyError('"name" is empty.', where.at(header="name")))
            continue
        country = row["country"]
        if country and not re.fullmatch(r"[A-Z]{2}", country):
            problems.append(
                PolicyError(f'"{country}" is not an ISO 3166 alpha-2 code.', where.at(header="country"),
                            'Use two capital letters, e.g. "CN".')
            )
        attributes = {k: v for k, v in row.items() if k not in core and k}
        entries.append(ListEntry(entry_id, row["name"], _split(row["aliases"]), country, attributes, row.get("parent", "")))
    ids = {e.entry_id for e in entries}
    for entry in entries:
        if entry.parent and entry.parent not in ids:
            problems.append(
                PolicyError(f'parent "{entry.parent}" of "{entry.entry_id}" is not an entry_id of this list.',
                            Location(_display(path), header="parent"))
            )
    return OrgList(
        id=model.id,
        title=model.title,
        pack_id=pack_id,
        source=model.source,
        match_outcome=Outcome(model.match_outcome),
        possible_outcome=Outcome(model.possible_outcome),
        match=model.match if model.match is not None else thresholds.match,
        possible=model.possible if model.possible is not None else thresholds.possible,
        entries=tuple(entries),
    )


def _load_areas(pack_dir: Path, pack_id: str, model: AreaSetModel, problems: list[CollabscreenError]) -> AreaSet:
    path = pack_dir / model.file
    rows = _read_csv(path, ("area_id", "title", "terms"), problems)
    areas: list[Area] = []
    seen: set[str] = set()
    for where, row in rows:
        area_id = row["area_id"]
        if not area_id or area_id in seen:
            problems.append(
                PolicyError(f'area_id "{area_id}" is empty or repeated.', where.at(header="area_id"),
                            "Give every area a unique id.")
            )
            continue
        seen.add(area_id)
        terms, codes = _split(row["terms"]), _split(row.get("codes", ""))
        if not terms and not codes:
            problems.append(
                PolicyError(f'area "{area_id}" has neither terms nor codes, so it can never flag.',
                            where.at(header="terms"), "Add terms (;-separated) or codes.")
            )
        areas.append(
            Area(
                area_id=area_id,
                title=row["title"],
                set_id=model.id,
                terms=terms,
                codes=codes,
                exclude=_split(row.get("exclude", "")),
                context=_split(row.get("context", "")),
                tier=row.get("tier", ""),
                category=row.get("category", ""),
            )
        )
    opinion = (_load_opinion(pack_dir, pack_id, model.second_opinion, areas, problems) if model.second_opinion
               else None)
    return AreaSet(model.id, model.title, pack_id, model.source, Outcome(model.flag_outcome), tuple(areas),
                   model.pool_by, tuple(f for f in model.framing if f.strip()), opinion, model.codes_source)


def _load_opinion(pack_dir: Path, pack_id: str, file: str, areas: list[Area],
                  problems: list[CollabscreenError]) -> Opinion | None:
    """An area set's second-opinion heads; every problem is added to ``problems`` and the set loads without them."""
    path = pack_dir / file
    where = Location(_display(path))
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        model = OpinionModel.model_validate(raw)
    except UnicodeDecodeError:
        problems.append(PolicyError("the second-opinion file is not UTF-8 text.", where,
                                    "Make it again with policies/_build/train_opinion.py."))
        return None
    except OSError as exc:
        problems.append(PolicyError(f"cannot read the second-opinion file: {exc.strerror}.", where,
                                    "Check the area set's second_opinion path, relative to the pack folder."))
        return None
    except json.JSONDecodeError as exc:
        problems.append(PolicyError(f"the second-opinion file is not JSON (line {exc.lineno}: {exc.msg}).", where,
                                    "Make it again with policies/_build/train_opinion.py."))
        return None
    except ValidationError as exc:
        problems += _pydantic_problems(exc, raw if isinstance(raw, dict) else {}, where)
        return None
    found = len(problems)
    keys = {getattr(a, model.key) for a in areas}
    for key in sorted(set(model.heads) - keys):
        problems.append(PolicyError(f'head "{key}" names no {model.key.replace("_", " ")} of the area set.', where,
                                    "Train the heads again after renaming categories or areas."))
    sizes = {len(h.weights) for h in model.heads.values()}
    if len(sizes) != 1 or 0 in sizes:
        problems.append(PolicyError(f"the heads' weights differ in length ({', '.join(map(str, sorted(sizes)))}) or "
                                    "are empty.", where, "Train the heads again."))
    if model.demote_below >= model.promote_at:
        problems.append(PolicyError(f"demote_below ({model.demote_below}) must be under promote_at "
                                    f"({model.promote_at}).", where))
    if len(problems) > found:
        return None
    if model.model_files.get("model.safetensors") != model.model_sha256:
        problems.append(PolicyError("model_files must list model.safetensors with the model_sha256.", where,
                                    "Make it again with policies/_build/train_opinion.py."))
        return None
    heads = tuple((k, OpinionHead(h.bias, tuple(h.weights))) for k, h in sorted(model.heads.items()))
    # Named by pack and path inside it, never by where the pack lies, so the run ID does not depend on the folder.
    return Opinion(f"{pack_id}/{file}", model.model, model.model_sha256, model.key, model.promote_at,
                   model.demote_below, model.trained_on, heads, tuple(sorted(model.model_files.items())))


def _rethreshold(org_list: OrgList, parents: list[Pack], thresholds: Thresholds) -> OrgList:
    owner = next((p for p in parents if any(lst is org_list for lst in p.lists)), None)
    inherited = owner.thresholds if owner else {"match": org_list.match, "possible": org_list.possible}
    match = thresholds.match if org_list.match == inherited["match"] else org_list.match
    possible = thresholds.possible if org_list.possible == inherited["possible"] else org_list.possible
    return replace(org_list, match=match, possible=possible)


def _add_to(pack_dir: Path, where: Location, problems: list[CollabscreenError], key: str, what: str, id_name: str,
           items: str, collections: list, target: str, file: str, load) -> None:
    """Append the rows of ``file`` to the inherited collection ``target`` (a list's entries, an area set's areas)."""
    index = next((i for i, c in enumerate(collections) if c.id == target), None)
    if index is None:
        known = ", ".join(c.id for c in collections) or "none"
        problems.append(PolicyError(f'key "{key}": no {what} "{target}" to add to (known: {known}).', where))
        return
    base = collections[index]
    extra = getattr(load(base), items)
    existing = {getattr(x, id_name) for x in getattr(base, items)}
    for clash in sorted({getattr(x, id_name) for x in extra} & existing):
        problems.append(PolicyError(f'{id_name} "{clash}" is already in {what} "{base.id}".',
                                    Location(_display(pack_dir / file), header=id_name),
                                    "Added rows need ids of their own."))
    collections[index] = replace(base, **{items: getattr(base, items) + extra})


def _add_entries(pack_dir: Path, model: PackModel, lists: list[OrgList], where: Location,
                 problems: list[CollabscreenError]) -> list[OrgList]:
    for a in model.list_additions:
        _add_to(pack_dir, where, problems, "list_additions", "list", "entry_id", "entries", lists, a.list, a.file,
                lambda base, a=a: _load_list(pack_dir, model.id, ListModel(id=base.id, title=base.title, file=a.file),
                                             Thresholds(match=base.match, possible=base.possible), problems))
    return lists


def _add_areas(pack_dir: Path, model: PackModel, area_sets: list[AreaSet], where: Location,
               problems: list[CollabscreenError]) -> list[AreaSet]:
    for a in model.area_additions:
        _add_to(pack_dir, where, problems, "area_additions", "area set", "area_id", "areas", area_sets, a.set, a.file,
                lambda base, a=a: _load_areas(pack_dir, model.id,
                                              AreaSetModel(id=base.id, title=base.title, file=a.file), problems))
    return area_sets


def _check_references(condition: Condition, key_of: str, where: Location, list_ids: set[str], set_ids: set[str],
                      groups: set[str], problems: list[CollabscreenError]) -> None:
    for node in condition.walk():
        refs = []
        if node.kind == "list_hit":
            refs += [("list", i, list_ids, "list") for i in node.options.get("list", ())]
        if node.kind == "area":
            refs += [("set", i, set_ids, "area set") for i in node.options.get("set", ())]
        for option in ("country_group", "nationality_group", "not_nationality_group", "funder_country_group"):
            if option in node.options:
                refs.append((option, node.options[option], groups, "country group"))
        for option, value, known, what in refs:
            if value not in known:
                allowed = ", ".join(sorted(known)) or "none defined"
                problems.append(
                    PolicyError(f'{key_of}, key "when…{node.kind}.{option}": no {what} "{value}" (known: {allowed}).',
                                where)
                )


def load_pack(path: Path, _stack: tuple[Path, ...] = ()) -> Pack:
    """Load one pack folder and everything it extends. Raises every problem found at once."""
    path = path.resolve()
    toml_path = path / "policy.toml"
    where = Location(_display(toml_path))
    if path in _stack:
        chain = " -> ".join(p.name for p in (*_stack, path))
        raise PolicyError(f"packs extend each other in a loop: {chain}.", where, "Remove one of the extends.")
    try:
        raw = tomllib.loads(toml_path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"is not valid TOML: {exc}.", where, "Fix the line it names.") from None
    model, problems = _validate_pack(raw, where)
    parents = []
    for parent in model.extends:
        try:
            parents.append(load_pack(resolve_pack_path(parent, path), (*_stack, path)))
        except CollabscreenError as exc:
            problems.extend(getattr(exc, "problems", [exc]))
    if len(parents) < len(model.extends):
        raise_all(problems)  # without its parents the rest of the pack cannot be checked

    source_ids = {s.id for s in model.sources} | {s.id for p in parents for s in p.sources}
    for kind, items in (("list", model.lists), ("area set", model.areas), ("rule", model.rules)):
        for item in items:
            for key in ("source", "codes_source"):
                value = getattr(item, key, "")
                if value and value not in source_ids:
                    problems.append(PolicyError(f'{kind} "{item.id}", key "{key}": no [[sources]] entry "{value}".',
                                                where))
    lists = [lst for p in parents for lst in p.lists]
    if "thresholds" in raw and lists:
        # The office's thresholds apply to the lists it inherits too (a list's own thresholds still win).
        lists = [_rethreshold(lst, parents, model.thresholds) for lst in lists]
    lists += [_load_list(path, model.id, m, model.thresholds, problems) for m in model.lists]
    lists = _add_entries(path, model, lists, where, problems)
    area_sets = [s for p in parents for s in p.area_sets]
    area_sets += [_load_areas(path, model.id, m, problems) for m in model.areas]
    area_sets = _add_areas(path, model, area_sets, where, problems)
    groups: dict[str, frozenset[str]] = {}
    for parent in parents:
        groups.update(parent.country_groups)
    groups.update({name: frozenset(codes) for name, codes in model.country_groups.items()})

    for kind, ids in (("list", [x.id for x in lists]), ("area set", [x.id for x in area_sets])):
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        for dupe in dupes:
            problems.append(PolicyError(f'{kind} id "{dupe}" is defined twice.', where, "Ids must be unique."))

    rules: list[Rule] = [r for p in parents for r in p.rules if r.id not in model.disable_rules]
    inherited = {r.id for p in parents for r in p.rules}
    for rule_id in model.disable_rules:
        if rule_id not in inherited:
            problems.append(PolicyError(f'key "disable_rules": no inherited rule "{rule_id}".', where,
                                        f"Inherited rules: {', '.join(sorted(inherited)) or 'none'}."))
    seen_rules = {r.id for r in rules}
    list_ids, set_ids = {x.id for x in lists}, {x.id for x in area_sets}
    for rule in model.rules:
        key_of = f'rule "{rule.id}"'
        if rule.id in seen_rules:
            problems.append(PolicyError(f"{key_of} is defined twice.", where, "Rule ids are never reused."))
        seen_rules.add(rule.id)
        try:
            condition = parse_condition(rule.when, "when")
        except ConditionErrors as exc:
            for err in exc.errors:
                problems.append(PolicyError(f'{key_of}, key "{err.key}": {err.message}', where))
            continue
        _check_references(condition, key_of, where, list_ids, set_ids, set(groups), problems)
        rules.append(
            Rule(
                id=rule.id,
                title=rule.title,
                outcome=Outcome(rule.outcome),
                rationale=rule.rationale,
                citation=rule.citation,
                when=condition,
                pack_id=model.id,
                pack_version=model.version,
                source=rule.source,
                mitigations=tuple(rule.mitigations),
                effective=rule.effective,
                expires=rule.expires,
                status=rule.status,
            )
        )
    raise_all(problems)
    sources = [s for p in parents for s in p.sources]
    sources += [Source(s.id, s.title, s.url, s.publisher, s.retrieved, s.licence, tuple(s.caveats)) for s in model.sources]
    thresholds = {"match": model.thresholds.match, "possible": model.thresholds.possible}
    return Pack(
        id=model.id,
        title=model.title,
        version=model.version,
        effective=model.effective,
        jurisdiction=model.jurisdiction,
        description=model.description,
        path=str(path),
        # The hash covers what the pack inherits: a change in a parent pack changes its children's hashes.
        sha256=_combined_sha256(pack_sha256(path), parents),
        extends=tuple(p.id for p in parents),
        thresholds=thresholds,
        country_groups=groups,
        sources=tuple(sources),
        lists=tuple(lists),
        area_sets=tuple(area_sets),
        rules=tuple(rules),
    )


def load_policies(names: Sequence[str]) -> PolicySet:
    """Load the packs named on the command line (shipped names or folders), listing every problem at once."""
    problems: list[CollabscreenError] = []
    packs: list[Pack] = []
    for name in names:
        try:
            packs.append(load_pack(resolve_pack_path(name)))
        except CollabscreenError as exc:
            problems.extend(getattr(exc, "problems", [exc]))
    ids = [p.id for p in packs]
    for dupe in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(PolicyError(f'pack "{dupe}" was given twice.', None, "Give each --policy once."))
    raise_all(problems)
    if not packs:
        raise PolicyError("no policy pack given.", None, f"Add --policy with one of: {', '.join(shipped_pack_names())}.")
    return PolicySet(tuple(packs))


__all__ = ["OUTCOME_NAMES", "load_pack", "load_policies", "pack_sha256", "shipped_pack_names", "column_letter"]


def load_list_files(paths: Sequence[Path]) -> Pack | None:
    """Extra organisation lists given with ``--list CSV`` (``entry_id, name, aliases, country``), as one pack."""
    if not paths:
        return None
    problems: list[CollabscreenError] = []
    lists = []
    digest = hashlib.sha256()
    for path in paths:
        path = Path(path)
        list_id = "list-" + re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")
        model = ListModel(id=list_id, title=f"{path.name} (given with --list)", file=path.name)
        lists.append(_load_list(path.parent, "lists", model, Thresholds(), problems))
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    raise_all(problems)
    return Pack(
        id="lists", title="Lists given with --list", version="ad hoc", effective=dt.date.today(), jurisdiction="",
        description="", path="", sha256=digest.hexdigest(), extends=(), thresholds={"match": 92, "possible": 85},
        country_groups={}, sources=(), lists=tuple(lists), area_sets=(), rules=(),
    )
