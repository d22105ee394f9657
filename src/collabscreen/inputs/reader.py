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
    Note,
    Partner,
    Person,
    Project,
    Rejected,
    SheetCount,
)
from collabscreen.inputs.tables import DEFAULT_LIMITS, Limits, RawTable, read_tables, sha256_of
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
    for number, values in _top_rows(table):
        columns = _map_header(kind, values, overrides)
        if all(f in columns for f in kind.required):
            return number, columns
    return None


def _top_rows(table: RawTable) -> list[tuple[int, list[object]]]:
    return [(n, v) for n, v in table.rows if n <= HEADER_SEARCH_ROWS]


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
            _top_rows(table),
            key=lambda r: len(_map_header(named, r[1], column_map.get(named.name, {}))),
            default=(1, []),
        )
        columns = _map_header(named, best[1], column_map.get(named.name, {}))
        missing = [f for f in named.required if f not in columns]
        examples = {f: named.examples.get(f, named.synonyms[f][1:])[:3] for f in missing}
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
    """Turns one sheet's rows into records, collecting rejections, issues and counts.

    Every non-blank row below the header is read, and ends up either as a record (screened) or in ``rejected``;
    nothing else happens to a row, so ``rows_read = rows_screened + rows_rejected`` holds by construction.
    """

    def __init__(self, sheet: Sheet, limits: Limits, rejected_projects: dict[str, Location]):
        self.sheet = sheet
        self.limits = limits
        self.rejected: list[Rejected] = []
        self.issues: list[Issue] = []
        self.blank = 0
        self.read = 0
        self.hidden = 0
        self.rejected_projects = rejected_projects

    def records(self, build: Callable[[Location, Callable[[str], object], Callable], object]) -> list:
        out = []
        table = self.sheet.table
        last = self.sheet.header_row
        for number, values in table.rows:
            if number <= self.sheet.header_row:
                continue
            if table.is_blank(number, values):
                continue
            self.blank += number - last - 1
            last = number
            self.read += 1
            self.hidden += number in table.hidden_rows
            where = self.sheet.location.at(row=number)
            pid = self._peek_project_id(number, values)
            problem = self._row_problem(number, values)
            if problem is not None:
                cell, reason, hint = problem
                self.reject(cell, reason, hint, pid)
                continue
            flagged = {name: table.flags[(number, idx)] for name, (idx, _, _) in self.sheet.columns.items()
                       if (number, idx) in table.flags}

            def get(name: str, values=values, flagged=flagged) -> object:
                idx = self.sheet.columns.get(name, (None,))[0]
                if idx is None or idx >= len(values) or name in flagged:
                    return None
                return values[idx]

            issue = self._issue_for(where)
            before = len(self.rejected)
            record = build(where, get, issue)
            if record is not None:
                for name, flag in flagged.items():
                    issue(record.project_id, name, _flag_text(flag) + "; it was ignored. " + _flag_fix(flag))
                out.append(record)
            elif len(self.rejected) == before:  # a builder must say why it dropped a row
                self.reject(where, "the row could not be read.", "Report this as a bug.", pid)
        # Below the last row with data, only rows the file holds (spaces, say) count as blank: the endless empty
        # rows of a spreadsheet are not rows of the file.
        self.blank += sum(1 for n, v in table.rows if n > last and table.is_blank(n, v))
        return out

    def _peek_project_id(self, number: int, values: list[object]) -> str:
        idx = self.sheet.columns["project_id"][0]
        if idx >= len(values) or (number, idx) in self.sheet.table.flags:
            return ""
        raw = values[idx]
        return convert.ident(raw) if len(str(raw or "")) <= self.limits.max_cell_chars else ""

    def _row_problem(self, number: int, values: list[object]) -> tuple[Location, str, str] | None:
        """Why a row cannot be screened before its values are even looked at, or None."""
        where = self.sheet.location.at(row=number)
        kind = self.sheet.kind
        flags = self.sheet.table.flags
        for name in kind.required:
            idx, letter, header = self.sheet.columns[name]
            flag = flags.get((number, idx))
            if flag is not None:
                return where.at(column=letter, header=header), f'"{header}" {_flag_text(flag)}.', _flag_fix(flag)
        for idx, letter, header in self.sheet.columns.values():
            if idx < len(values) and values[idx] is not None:
                length = len(str(values[idx]))
                if length > self.limits.max_cell_chars:
                    return (
                        where.at(column=letter, header=header),
                        f"the cell holds {length:,} characters, over the {self.limits.max_cell_chars:,}-character "
                        "limit.",
                        "Shorten it, or raise the limit with --max-cell-chars (collabscreen does not screen "
                        "truncated text).",
                    )
        if self._repeats_header(values):
            return where, "the row repeats the header row, so it is not a record.", \
                "Delete it (a second header row, or two exports pasted together)."
        return None

    def _repeats_header(self, values: list[object]) -> bool:
        kind = self.sheet.kind
        for name in kind.required:
            idx, _, header = self.sheet.columns[name]
            cell = header_key(convert.text(values[idx]) if idx < len(values) else "")
            if not cell or (cell not in kind.synonyms[name] and cell != header_key(header)):
                return False
        return True

    def _issue_for(self, where: Location) -> Callable:
        def issue(project_id: str, name: str, message: str) -> None:
            _, letter, header = self.sheet.columns[name]
            self.issues.append(Issue(project_id, where.at(column=letter, header=header), message))

        return issue

    def reject(self, where: Location, reason: str, hint: str = "", project_id: str = "") -> None:
        self.rejected.append(Rejected(self.sheet.kind.name, where, reason, hint))
        if self.sheet.kind.name == "projects" and project_id:
            self.rejected_projects.setdefault(project_id, where)

    def require(self, where: Location, get: Callable, name: str) -> str | None:
        value = convert.text(get(name)) if name != "project_id" else convert.ident(get(name))
        if value:
            return value
        _, letter, header = self.sheet.columns[name]
        self.reject(where.at(column=letter, header=header), f'"{header}" is empty.', "Fill it in, or delete the row.")
        return None


def _flag_text(flag: str) -> str:
    if flag == "formula":
        return "holds a formula with no saved result, so its value is unknown"
    return f"holds the spreadsheet error {flag}"


def _flag_fix(flag: str) -> str:
    if flag == "formula":
        return ("Open the file in Excel and save it again (Excel saves each formula's result), "
                "or paste the values in place of the formulas.")
    return "Correct the formula, or type the value in."


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


def read_inputs(paths: Sequence[Path], column_map: ColumnMap | None = None, limits: Limits | None = None) -> InputBundle:
    """Read every input file. Structural problems (unreadable file, unknown sheet, missing required column)
    raise at once, all of them together; row problems become rejections, unreadable values become issues.

    ``limits`` bounds file size, rows and cell length (``Limits()`` when None)."""
    column_map = column_map or {}
    limits = limits or DEFAULT_LIMITS
    problems: list[CollabscreenError] = []
    sheets: list[Sheet] = []
    files: list[InputFile] = []
    notes: list[Note] = []
    for path in paths:
        path = Path(path)
        try:
            tables = read_tables(path, limits)
            files.append(InputFile(path.name, str(path), sha256_of(path)))
        except CollabscreenError as exc:
            problems.append(exc)
            continue
        filled = [t for t in tables if any(not t.is_blank(n, v) for n, v in t.rows)]
        if not filled:
            what = "every sheet is empty" if tables and tables[0].sheet is not None else "it has no rows"
            problems.append(InputError(f"holds no data ({what}).", Location(path.name),
                                       "Export the sheet again from your system."))
            continue
        for table in filled:
            try:
                sheet = identify(table, column_map)
            except CollabscreenError as exc:
                if not table.hidden:
                    problems.append(exc)
                else:
                    notes.append(Note(table.location, "the sheet is hidden and is not a Projects, Partners, Funding "
                                                      "or People sheet; it was skipped."))
                continue
            sheets.append(sheet)
            if table.hidden:
                notes.append(Note(table.location, "the sheet is hidden; its rows were screened like any other "
                                                  "(hidden data is still data)."))
            if table.merged_fills:
                notes.append(Note(table.location, f"{table.merged_fills} cell(s) inside merged ranges took the "
                                                  "value of the range's top cell."))
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
    return _build(sheets, tuple(files), limits, notes)


def _build(sheets: list[Sheet], files: tuple[InputFile, ...], limits: Limits = DEFAULT_LIMITS,
           notes: list[Note] | None = None) -> InputBundle:
    order = {"projects": 0, "partners": 1, "funding": 2, "people": 3}
    sheets = sorted(sheets, key=lambda s: order[s.kind.name])
    projects: dict[str, Project] = {}
    first_seen: dict[str, Location] = {}
    rejected_projects: dict[str, Location] = {}
    out: dict[str, list] = {k: [] for k in order}
    rejected: list[Rejected] = []
    issues: list[Issue] = []
    counts: list[SheetCount] = []
    notes = list(notes or [])
    per_project: dict[tuple[str, str], int] = {}

    for sheet in sheets:
        rows = _Rows(sheet, limits, rejected_projects)
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
                if project_id in rejected_projects:
                    rows.reject(
                        id_cell,
                        f'project "{project_id}" was rejected ({rejected_projects[project_id]}), so this row was '
                        "not screened either.",
                        "Correct the project's row; this row is then screened with it.",
                    )
                else:
                    rows.reject(
                        id_cell,
                        f'project ID "{project_id}" is not in the Projects sheet.',
                        "Correct the ID, or add the project to the Projects sheet.",
                    )
                return None
            before = len(rows.rejected)
            record = _RECORD_BUILDERS[kind](project_id, where, info, get, issue, rows, per_project)
            if record is None and kind == "projects" and len(rows.rejected) > before:
                rejected_projects.setdefault(project_id, rows.rejected[-1].location)
            if record is not None and kind == "projects":
                projects[project_id] = record
                first_seen[project_id] = where
            return record

        out[kind].extend(rows.records(build))
        rejected.extend(rows.rejected)
        issues.extend(rows.issues)
        if rows.hidden:
            notes.append(Note(sheet.location, f"{rows.hidden} hidden row(s) were screened like the others "
                                              "(hidden rows are still data)."))
        counts.append(
            SheetCount(
                kind,
                sheet.table.file,
                sheet.table.sheet or "",
                rows.read,
                rows.read - len(rows.rejected),
                len(rows.rejected),
                rows.blank,
                rows_hidden=rows.hidden,
                hidden=sheet.table.hidden,
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
        notes=tuple(notes),
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
