"""Raw tables from xlsx and csv files: rows of cell values, each row with its spreadsheet row number.

This layer knows about file formats and limits, not about what the columns mean.
"""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import openpyxl

from collabscreen.errors import InputError
from collabscreen.location import Location

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNZIPPED_BYTES = 500 * 1024 * 1024
MAX_ROWS = 200_000
MAX_CELL_CHARS = 20_000


@dataclass(frozen=True)
class RawTable:
    """One sheet (or one csv file): its rows as (row number, values)."""

    file: str
    sheet: str | None
    rows: list[tuple[int, list[object]]]
    hidden: bool = False

    @property
    def location(self) -> Location:
        return Location(self.file, self.sheet)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_tables(path: Path) -> list[RawTable]:
    """Every sheet of a workbook, or the one table of a csv file."""
    where = Location(path.name)
    if not path.exists():
        raise InputError("file not found.", where, "Check the path and try again.")
    if path.is_dir():
        raise InputError("is a folder, not a file.", where, "Give the xlsx or csv files inside it.")
    size = path.stat().st_size
    if size == 0:
        raise InputError("the file is empty.", where, "Export the sheet again from your system.")
    if size > MAX_FILE_BYTES:
        raise InputError(
            f"the file is {size / 1e6:.0f} MB, over the {MAX_FILE_BYTES // 1_000_000} MB limit.",
            where,
            "Split the round into several files.",
        )
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix in (".csv", ".tsv", ".txt"):
        return [_read_csv(path)]
    if suffix in (".xls", ".ods", ".numbers"):
        raise InputError(
            f"{suffix} files are not supported.", where, "Open it in Excel or LibreOffice and save it as .xlsx."
        )
    raise InputError(f'unrecognised file type "{suffix}".', where, "Give .xlsx or .csv files.")


def _read_xlsx(path: Path) -> list[RawTable]:
    where = Location(path.name)
    try:
        with zipfile.ZipFile(path) as archive:
            unzipped = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise InputError(
            "is not a readable xlsx workbook (it may be corrupt, truncated, password-protected or another format).",
            where,
            "Open it in Excel and save it again as .xlsx without a password.",
        ) from None
    if unzipped > MAX_UNZIPPED_BYTES:
        raise InputError(
            f"the workbook unpacks to {unzipped / 1e6:.0f} MB, over the {MAX_UNZIPPED_BYTES // 1_000_000} MB limit.",
            where,
            "Remove unused sheets or split the workbook.",
        )
    try:
        # read_only streams rows; data_only gives the cached results of formulas, never the formula text.
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for broken files
        raise InputError(
            f"could not be read as an xlsx workbook ({type(exc).__name__}).",
            where,
            "Open it in Excel and save it again as .xlsx.",
        ) from None
    tables = []
    try:
        for sheet in book.worksheets:
            rows = []
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                if number > MAX_ROWS:
                    raise InputError(
                        f"more than {MAX_ROWS:,} rows.", Location(path.name, sheet.title), "Split the sheet."
                    )
                rows.append((number, list(values)))
            tables.append(RawTable(path.name, sheet.title, rows, hidden=sheet.sheet_state != "visible"))
    finally:
        book.close()
    return tables


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the ANSI code page.
        return data.decode("cp1252", errors="replace")


def _read_csv(path: Path) -> RawTable:
    text = _decode(path.read_bytes())
    sample = text[:20_000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = []
    for number, values in enumerate(csv.reader(io.StringIO(text, newline=""), dialect), start=1):
        if number > MAX_ROWS:
            raise InputError(f"more than {MAX_ROWS:,} rows.", Location(path.name), "Split the file.")
        rows.append((number, list(values)))
    return RawTable(path.name, None, rows)


def non_blank(values: list[object]) -> Iterator[object]:
    return (v for v in values if v is not None and str(v).strip() != "")
