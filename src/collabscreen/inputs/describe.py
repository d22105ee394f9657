"""How collabscreen understands an input file: each sheet's kind, header row, and which column became which field.

>>> for sheet in describe_inputs([Path("round.xlsx")]): print(sheet.kind, sheet.header_row)   # doctest: +SKIP
projects 3
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from collabscreen.errors import CollabscreenError, InputError
from collabscreen.inputs.headers import header_key
from collabscreen.inputs.reader import ColumnMap, identify
from collabscreen.inputs.tables import DEFAULT_LIMITS, Limits, non_blank, read_tables
from collabscreen.location import Location, column_letter


@dataclass(frozen=True)
class SheetDescription:
    location: Location
    kind: str  # projects | partners | funding | people | "" when not understood
    header_row: int | None
    fields: tuple[tuple[str, str, str], ...]  # (field, column letter, header as written)
    ignored: tuple[tuple[str, str], ...]  # (column letter, header) that map to no field
    missing: tuple[str, ...]  # optional fields with no column
    data_rows: int
    problem: str = ""


def describe_inputs(paths: Sequence[Path], column_map: ColumnMap | None = None,
                    limits: Limits = DEFAULT_LIMITS) -> list[SheetDescription]:
    """One description per sheet (or csv file); a sheet that cannot be understood says why instead of raising."""
    out = []
    for path in paths:
        for table in read_tables(Path(path), limits):
            try:
                sheet = identify(table, column_map or {})
            except CollabscreenError as exc:
                out.append(SheetDescription(table.location, "", None, (), (), (), 0, str(exc)))
                continue
            header = next((values for number, values in table.rows if number == sheet.header_row), [])
            used = {index for index, _, _ in sheet.columns.values()}
            ignored = tuple((column_letter(i + 1), str(h)) for i, h in enumerate(header)
                            if i not in used and h is not None and str(h).strip())
            fields = tuple(sorted(((name, letter, text) for name, (_, letter, text) in sheet.columns.items()),
                                  key=lambda f: f[1]))
            missing = tuple(f for f in sheet.kind.synonyms if f not in sheet.columns)
            rows = sum(1 for number, values in table.rows if number > sheet.header_row and any(non_blank(values)))
            out.append(SheetDescription(table.location, sheet.kind.name, sheet.header_row, fields, ignored, missing,
                                        rows))
    return out


def read_column(path: Path, column: str) -> list[str]:
    """The values of one column (named in the first row) of a csv file or a workbook's first sheet, for the ad hoc
    commands (``match --input``, ``classify --input``)."""
    table = read_tables(Path(path))[0]
    header = table.rows[0][1] if table.rows else []
    keys = [header_key(h) for h in header]
    if header_key(column) not in keys:
        raise InputError(f'no column "{column}".', Location(Path(path).name, table.sheet, 1),
                         f"Columns: {', '.join(str(h) for h in header if h)}.")
    index = keys.index(header_key(column))
    return [str(values[index] or "") if index < len(values) else "" for _, values in table.rows[1:]]
