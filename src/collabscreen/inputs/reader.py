"""Read input files into typed records, keeping every row's Location and accounting for every row.

>>> bundle = read_inputs([Path("round.xlsx")])            # doctest: +SKIP
>>> [p.project_id for p in bundle.projects][:3]          # doctest: +SKIP
['26001', '26002', '26003']
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from collabscreen.errors import CollabscreenError, InputError, raise_all
from collabscreen.inputs import convert
from collabscreen.inputs.headers import KINDS, Kind, header_key, kind_for_sheet
from collabscreen.inputs.records import (
    Funding,
    InputBundle,
    InputFile,
    Issue,
    Partner,
    Person,
    Project,
    Rejected,
    SheetCount,
)
from collabscreen.inputs.tables import MAX_CELL_CHARS, RawTable, non_blank, read_tables, sha256_of
from collabscreen.location import Location, column_letter

HEADER_SEARCH_ROWS = 15

ColumnMap = dict[str, dict[str, str]]


@dataclass(frozen=True)
class Sheet:
    """A raw table whose kind and header row are known."""

    kind: Kind
    table: RawTable
    header_row: int
    columns: dict[str, tuple[int, str, str]]  # field -> (0-based index, letter, header text)

    @property
    def location(self) -> Location:
        return self.table.location

    def column_info(self) -> dict[str, tuple[str, str]]:
        return {name: (letter, header) for name, (_, letter, header) in self.columns.items()}


def load_column_map(path: Path | None) -> ColumnMap:
    """A ``--columns MAP.toml``: ``[partners] partner_name = "Collaborating body"``."""
    if path is None:
        return {}
    where = Location(path.name)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"could not be read as TOML ({exc}).", where) from None
    problems: list[CollabscreenError] = []
    for kind, fields in data.items():
        if kind not in KINDS or not isinstance(fields, dict):
            problems.append(InputError(f'unknown table "[{kind}]".', where, f"Use one of: {', '.join(KINDS)}."))
            continue
        for name in fields:
            if name not in KINDS[kind].synonyms:
                allowed = ", ".join(KINDS[kind].synonyms)
                problems.append(InputError(f'[{kind}] has no field "{name}".', where, f"Fields: {allowed}."))
    raise_all(problems)
    return {kind: {f: str(h) for f, h in fields.items()} for kind, fields in data.items()}


def _map_header(kind: Kind, values: list[object], overrides: dict[str, str]) -> dict[str, tuple[int, str, str]]:
    columns: dict[str, tuple[int, str, str]] = {}
    wanted = {header_key(h): f for f, h in overrides.items()}
    for index, value in enumerate(values):
        header = convert.text(value)
        if not header:
            continue
        name = wanted.get(header_key(header)) or kind.field_for(header)
        if name and name not in columns:
            columns[name] = (index, column_letter(index + 1), header)
    return columns


def _find_header(kind: Kind, table: RawTable, overrides: dict[str, str]) -> tuple[int, dict] | None:
    """The first row near the top whose cells name every required field."""
    for number, values in table.rows[:HEADER_SEARCH_ROWS]:
        columns = _map_header(kind, values, overrides)
        if all(f in columns for f in kind.required):
            return number, columns
    return None


def identify(table: RawTable, column_map: ColumnMap) -> Sheet:
    """Which kind a table holds (by its sheet or file name, else by its headers) and where its header is."""
    name = table.sheet or Path(table.file).stem
    named = kind_for_sheet(name) or next(
        (k for k in KINDS.values() if any(header_key(s) in header_key(name) for s in k.sheet_names)), None
    )
    candidates = [named] if named else list(KINDS.values())
    for kind in candidates:
        found = _find_header(kind, table, column_map.get(kind.name, {}))
        if found:
            return Sheet(kind, table, found[0], found[1])
    if named:
        # Say which required columns are missing from the most promising row.
        best = max(
            table.rows[:HEADER_SEARCH_ROWS],
            key=lambda r: len(_map_header(named, r[1], column_map.get(named.name, {}))),
            default=(1, []),
        )
        columns = _map_header(named, best[1], column_map.get(named.name, {}))
        missing = [f for f in named.required if f not in columns]
        examples = {f: named.synonyms[f][1:4] for f in missing}
        hint = "; ".join(
            f'name a column for {f} (e.g. {", ".join(repr(e) for e in ex)}) or map it with --columns'
            for f, ex in examples.items()
        )
        raise InputError(
            f"no header row with the required column(s) {', '.join(missing)} in the first {HEADER_SEARCH_ROWS} rows.",
            table.location.at(row=best[0]),
            hint[0].upper() + hint[1:] + ".",
        )
    raise InputError(
        "is not a Projects, Partners, Funding or People sheet (neither its name nor its headers say which).",
        table.location,
        "Rename the sheet (e.g. \"Partners\"), or remove it from the workbook.",
    )


class _Rows:
    """Turns one sheet's rows into records, collecting rejections and issues."""

    def __init__(self, sheet: Sheet):
        self.sheet = sheet
        self.rejected: list[Rejected] = []
        self.issues: list[Issue] = []
        self.blank = 0
        self.read = 0

    def records(self, build: Callable[[Location, Callable[[str], object], Callable], object]) -> list:
        out = []
        for number, values in self.sheet.table.rows:
            if number <= self.sheet.header_row:
                continue
            if not any(True for _ in non_blank(values)):
                self.blank += 1
                continue
            self.read += 1
            where = self.sheet.location.at(row=number)
            too_long = [
                (name, idx, letter, header)
                for name, (idx, letter, header) in self.sheet.columns.items()
                if idx < len(values) and len(str(values[idx] or "")) > MAX_CELL_CHARS
            ]
            if too_long:
                name, _, letter, header = too_long[0]
                self.reject(
                    where.at(column=letter, header=header),
                    f"the cell holds more than {MAX_CELL_CHARS:,} characters.",
                    "Shorten it; collabscreen does not screen truncated text.",
                )
                continue

            def get(name: str, values=values) -> object:
                idx = self.sheet.columns.get(name, (None,))[0]
                return values[idx] if idx is not None and idx < len(values) else None

            record = build(where, get, self._issue_for(where))
            if record is not None:
                out.append(record)
        return out

    def _issue_for(self, where: Location) -> Callable:
        def issue(project_id: str, name: str, message: str) -> None:
            _, letter, header = self.sheet.columns[name]
            self.issues.append(Issue(project_id, where.at(column=letter, header=header), message))

        return issue

    def reject(self, where: Location, reason: str, hint: str = "") -> None:
        self.rejected.append(Rejected(self.sheet.kind.name, where, reason, hint))

    def require(self, where: Location, get: Callable, name: str) -> str | None:
        value = convert.text(get(name)) if name != "project_id" else convert.ident(get(name))
        if value:
            return value
        _, letter, header = self.sheet.columns[name]
        self.reject(where.at(column=letter, header=header), f'"{header}" is empty.', "Fill it in, or delete the row.")
        return None


def _soft(get: Callable, issue: Callable, project_id: str, name: str, parse: Callable) -> object:
    """A value that should not stop the row from being screened when it cannot be read."""
    try:
        return parse(get(name))
    except convert.ValueProblem as problem:
        issue(project_id, name, f"{problem}; it was ignored.")
        return None


def _country(get: Callable, issue: Callable, project_id: str, name: str):
    value = convert.country(get(name))
    if value is not None and value.code is None:
        issue(project_id, name, f'"{value.raw}" is not a recognised country; use an ISO 3166 name or code, e.g. "GB".')
    return value


def read_inputs(paths: Sequence[Path], column_map: ColumnMap | None = None) -> InputBundle:
    """Read every input file. Structural problems (unreadable file, unknown sheet, missing required column)
    raise at once, all of them together; row problems become rejections, unreadable values become issues."""
    column_map = column_map or {}
    problems: list[CollabscreenError] = []
    sheets: list[Sheet] = []
    files: list[InputFile] = []
    for path in paths:
        path = Path(path)
        try:
            tables = read_tables(path)
            files.append(InputFile(path.name, str(path), sha256_of(path)))
        except CollabscreenError as exc:
            problems.append(exc)
            continue
        for table in tables:
            if not any(True for _, values in table.rows for _ in non_blank(values)):
                continue  # an empty sheet holds nothing to lose
            try:
                sheets.append(identify(table, column_map))
            except CollabscreenError as exc:
                if not table.hidden:
                    problems.append(exc)
    if not problems and not any(s.kind.name == "projects" for s in sheets):
        names = ", ".join(Path(p).name for p in paths)
        problems.append(
            InputError(
                f"no Projects sheet in {names}.",
                None,
                "Add a sheet named \"Projects\" with at least a project ID and a title column.",
            )
        )
    raise_all(problems)
    return _build(sheets, tuple(files))


def _build(sheets: list[Sheet], files: tuple[InputFile, ...]) -> InputBundle:
    order = {"projects": 0, "partners": 1, "funding": 2, "people": 3}
    sheets = sorted(sheets, key=lambda s: order[s.kind.name])
    projects: dict[str, Project] = {}
    first_seen: dict[str, Location] = {}
    out: dict[str, list] = {k: [] for k in order}
    rejected: list[Rejected] = []
    issues: list[Issue] = []
    counts: list[SheetCount] = []
    per_project: dict[tuple[str, str], int] = {}

    for sheet in sheets:
        rows = _Rows(sheet)
        info = sheet.column_info()
        kind = sheet.kind.name

        def build(where: Location, get: Callable, issue: Callable, rows=rows, info=info, kind=kind):
            project_id = rows.require(where, get, "project_id")
            if project_id is None:
                return None
            id_cell = where.at(column=info["project_id"][0], header=info["project_id"][1])
            if kind == "projects":
                if project_id in projects:
                    rows.reject(
                        id_cell,
                        f'duplicate project ID "{project_id}" (first at {first_seen[project_id]}).',
                        "Give each project its own ID, or delete the duplicate row.",
                    )
                    return None
            elif project_id not in projects:
                rows.reject(
                    id_cell,
                    f'project ID "{project_id}" is not in the Projects sheet.',
                    "Correct the ID, or add the project to the Projects sheet.",
                )
                return None
            record = _RECORD_BUILDERS[kind](project_id, where, info, get, issue, rows, per_project)
            if record is not None and kind == "projects":
                projects[project_id] = record
                first_seen[project_id] = where
            return record

        out[kind].extend(rows.records(build))
        rejected.extend(rows.rejected)
        issues.extend(rows.issues)
        counts.append(
            SheetCount(
                kind,
                sheet.table.file,
                sheet.table.sheet or "",
                rows.read,
                rows.read - len(rows.rejected),
                len(rows.rejected),
                rows.blank,
            )
        )
    return InputBundle(
        projects=tuple(out["projects"]),
        partners=tuple(out["partners"]),
        funding=tuple(out["funding"]),
        people=tuple(out["people"]),
        rejected=tuple(rejected),
        issues=tuple(issues),
        files=files,
        counts=tuple(counts),
        kinds_present=frozenset(s.kind.name for s in sheets),
    )


def _next_index(per_project: dict, kind: str, project_id: str) -> int:
    per_project[(kind, project_id)] = per_project.get((kind, project_id), 0) + 1
    return per_project[(kind, project_id)]


def _project(pid, where, info, get, issue, rows, per_project):
    title = rows.require(where, get, "title")
    if title is None:
        return None
    return Project(
        project_id=pid,
        location=where,
        columns=info,
        title=title,
        abstract=convert.text(get("abstract")),
        keywords=convert.keywords(get("keywords")),
        field_codes=convert.split_list(get("field_codes"), ";,"),
        pi=convert.text(get("pi")),
        department=convert.text(get("department")),
        start_date=_soft(get, issue, pid, "start_date", convert.date),
        end_date=_soft(get, issue, pid, "end_date", convert.date),
        funder=convert.text(get("funder")),
        amount=_soft(get, issue, pid, "amount", convert.amount),
        currency=convert.text(get("currency")).upper(),
    )


def _partner(pid, where, info, get, issue, rows, per_project):
    name = rows.require(where, get, "partner_name")
    if name is None:
        return None
    return Partner(
        project_id=pid,
        location=where,
        columns=info,
        partner_name=name,
        country=_country(get, issue, pid, "country"),
        partner_type=convert.text(get("partner_type")).lower(),
        role=convert.text(get("role")),
        contribution=_soft(get, issue, pid, "contribution", convert.amount),
        currency=convert.text(get("currency")).upper(),
        index=_next_index(per_project, "partners", pid),
    )


def _funding(pid, where, info, get, issue, rows, per_project):
    funder = rows.require(where, get, "funder")
    if funder is None:
        return None
    return Funding(
        project_id=pid,
        location=where,
        columns=info,
        funder=funder,
        funder_country=_country(get, issue, pid, "funder_country"),
        funder_type=convert.text(get("funder_type")).lower(),
        amount=_soft(get, issue, pid, "amount", convert.amount),
        currency=convert.text(get("currency")).upper(),
        index=_next_index(per_project, "funding", pid),
    )


def _person(pid, where, info, get, issue, rows, per_project):
    name = rows.require(where, get, "name")
    if name is None:
        return None
    return Person(
        project_id=pid,
        location=where,
        columns=info,
        name=name,
        role=convert.text(get("role")),
        nationality=_country(get, issue, pid, "nationality"),
        affiliations=convert.split_list(get("affiliations")),
        talent_programme=convert.text(get("talent_programme")),
        index=_next_index(per_project, "people", pid),
    )


_RECORD_BUILDERS = {"projects": _project, "partners": _partner, "funding": _funding, "people": _person}
