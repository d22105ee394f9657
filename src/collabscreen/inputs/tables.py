"""Raw tables from xlsx and csv files: rows of cell values, each row with its spreadsheet row number.

This layer knows about file formats, hostile files and limits, not about what the columns mean:

* a file is recognised by its content (zip, OLE2, text), not only by its extension, so a password-protected
  workbook, a legacy ``.xls`` renamed ``.xlsx`` or a csv named ``.xlsx`` gets an error that says what it is;
* a workbook is checked before openpyxl opens it: member count, declared and actual unpacked sizes (per member
  and in total, so a zip bomb stops early), every checksum, and no XML part may declare a DTD or entities
  (the "billion laughs"); openpyxl itself parses with defusedxml as a second line;
* rows are read with openpyxl's streaming parser, plus what read-only mode drops: merged ranges (the top-left
  value is filled down within its column), hidden rows, formulas with no saved result and error values.

>>> [t.sheet for t in read_tables(Path("round.xlsx"))]          # doctest: +SKIP
['Projects', 'Partners']
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import warnings
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from collabscreen.errors import InputError
from collabscreen.location import Location, column_letter

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
XLSX_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".tsv", ".txt")
DELIMITERS = (",", ";", "\t", "|")
SNIFF_ROWS = 50
UNZIP_FACTOR = 10  # a workbook may unpack to this many times the file size limit
MAX_ZIP_MEMBERS = 10_000


@dataclass(frozen=True)
class Limits:
    """Bounds on what one run reads. The defaults fit a large funding round; each can be raised.

    >>> Limits().max_file_bytes, Limits(max_file_mb=200).max_unzipped_bytes
    (50000000, 2000000000)
    """

    max_file_mb: float = 50
    max_rows: int = 200_000
    max_cell_chars: int = 20_000
    max_columns: int = 1_000

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1_000_000)

    @property
    def max_unzipped_bytes(self) -> int:
        """What a workbook may unpack to, per part and in total: ``UNZIP_FACTOR`` times the file size limit."""
        return self.max_file_bytes * UNZIP_FACTOR


DEFAULT_LIMITS = Limits()
# Kept for callers of the first version of this module.
MAX_FILE_BYTES = DEFAULT_LIMITS.max_file_bytes
MAX_ROWS = DEFAULT_LIMITS.max_rows
MAX_CELL_CHARS = DEFAULT_LIMITS.max_cell_chars


@dataclass(frozen=True)
class RawTable:
    """One sheet (or one csv file): its rows as (row number, values).

    Only rows holding at least one value are kept; the numbers in between are empty rows. ``flags`` marks cells
    whose value must not be used as it is: ``(row, 0-based column) -> "formula"`` for a formula with no saved
    result, or the error text (``"#N/A"``) for an error value.
    """

    file: str
    sheet: str | None
    rows: list[tuple[int, list[object]]]
    hidden: bool = False
    hidden_rows: frozenset[int] = frozenset()
    flags: dict[tuple[int, int], str] = field(default_factory=dict, compare=False)
    merged_fills: int = 0

    @property
    def location(self) -> Location:
        return Location(self.file, self.sheet)

    def is_blank(self, number: int, values: list[object]) -> bool:
        """A row with nothing in it: no value that is more than spaces, and no flagged cell."""
        if any(True for _ in non_blank(values)):
            return False
        return not any((number, i) in self.flags for i in range(len(values)))


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _mb(n: int) -> str:
    """Megabytes for a message: ``62.0 MB`` -> ``62``, ``1,234,567`` bytes -> ``1.2``, small sizes to 3 digits."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:,.1f}".removesuffix(".0")
    return f"{n / 1_000_000:.3g}"


def read_tables(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[RawTable]:
    """Every sheet of a workbook, or the one table of a csv file."""
    where = Location(path.name)
    if not path.exists():
        raise InputError("file not found.", where, "Check the path and try again.")
    if path.is_dir():
        raise InputError("is a folder, not a file.", where, "Give the xlsx or csv files inside it.")
    size = path.stat().st_size
    if size == 0:
        raise InputError("the file is empty.", where, "Export the sheet again from your system.")
    if size > limits.max_file_bytes:
        raise InputError(
            f"the file is {_mb(size)} MB, over the {_mb(limits.max_file_bytes)} MB file size limit.",
            where,
            "Split the round into several files, or raise the limit with --max-file-mb.",
        )
    with path.open("rb") as fh:
        head = fh.read(8)
    suffix = path.suffix.lower()
    content = _content_kind(path, head)
    if suffix in XLSX_SUFFIXES:
        if content == "xlsx":
            return _read_xlsx(path, limits)
        raise _mismatch(path, content)
    if suffix in CSV_SUFFIXES:
        if content == "text":
            return [_read_csv(path, limits)]
        raise _mismatch(path, content)
    if suffix in (".xls", ".ods", ".numbers", ".xlsb"):
        if suffix == ".xls" and content == "xlsx":
            raise _mismatch(path, content)
        raise _unsupported(path, suffix, content)
    raise InputError(
        f'unrecognised file type "{suffix or "(no extension)"}".', where, "Give .xlsx or .csv files."
    )


def _content_kind(path: Path, head: bytes) -> str:
    """What the bytes say the file is: xlsx, ods, zip, encrypted, xls, html, pdf, binary or text."""
    if head.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC)):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
                if "mimetype" in names and b"opendocument.spreadsheet" in archive.read("mimetype")[:200]:
                    return "ods"
        except (zipfile.BadZipFile, OSError, EOFError, KeyError, ValueError):
            return "xlsx"  # a damaged zip: let the workbook reader say so precisely
        if "word/document.xml" in names:
            return "docx"
        if any(n.startswith("xl/") for n in names) or "[Content_Types].xml" in names:
            return "xlsx"
        return "zip"
    if head.startswith(OLE_MAGIC):
        with path.open("rb") as fh:
            data = fh.read(1 << 20)
        # An encrypted OOXML workbook is an OLE2 container with these streams (MS-OFFCRYPTO).
        if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
            return "encrypted"
        return "xls"
    with path.open("rb") as fh:
        sample = fh.read(4096)
    if sample.startswith(b"%PDF"):
        return "pdf"
    stripped = sample.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml")):
        return "html"
    if _looks_utf16(sample):
        return "text"
    # A stray NUL or escape character does not make a csv binary (they are removed later); many of them do.
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return "binary" if controls > max(32, 0.05 * len(sample)) else "text"


def _looks_utf16(data: bytes) -> bool:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if len(data) < 4:
        return False
    # ASCII-heavy text in UTF-16 without a BOM: every other byte is zero.
    even, odd = data[0::2], data[1::2]
    return odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.1 * len(even) or (
        even.count(0) > 0.4 * len(even) and odd.count(0) < 0.1 * len(odd)
    )


_WHAT_IT_IS = {
    "encrypted": "is password-protected (encrypted), so it cannot be read.",
    "xls": "is a legacy Excel 97-2003 workbook (.xls format), whatever its name says.",
    "ods": "is an OpenDocument spreadsheet (.ods), whatever its name says.",
    "docx": "is a Word document, not a spreadsheet.",
    "zip": "is a zip archive but not an Excel workbook (it has no xl/ folder).",
    "html": "is a web page or XML file, not a spreadsheet (some systems export HTML and call it Excel).",
    "pdf": "is a PDF document, not a spreadsheet.",
    "binary": "holds binary data, not csv text.",
}


def _mismatch(path: Path, content: str) -> InputError:
    where = Location(path.name)
    if content == "encrypted":
        return InputError(
            _WHAT_IT_IS[content], where,
            "Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, "
            "clear the password) and save it as .xlsx.",
        )
    if content == "xlsx":
        return InputError(
            f'is an Excel workbook (.xlsx) named "{path.suffix}".', where,
            f'Rename it to "{path.stem}.xlsx".',
        )
    if content == "text":
        return InputError(
            f'is named "{path.suffix}" but holds text (it looks like csv), not an Excel workbook.', where,
            f'Rename it to "{path.stem}.csv", or open it in Excel and save it as .xlsx.',
        )
    return InputError(_WHAT_IT_IS[content], where, "Open it in Excel or LibreOffice and save it as .xlsx.")


def _unsupported(path: Path, suffix: str, content: str) -> InputError:
    where = Location(path.name)
    if content == "encrypted":
        return _mismatch(path, "encrypted")
    names = {".xls": "legacy Excel 97-2003 workbooks (.xls)", ".ods": "OpenDocument spreadsheets (.ods)",
             ".numbers": "Apple Numbers files (.numbers)", ".xlsb": "Excel binary workbooks (.xlsb)"}
    return InputError(
        f"{names[suffix]} are not read.", where,
        f'Open it in Excel or LibreOffice and save it as "{path.stem}.xlsx" (Excel Workbook).',
    )


# ---------------------------------------------------------------------------------------------------------------
# xlsx

_DTD_MARKERS = tuple(
    marker.encode(enc) for marker in ("<!DOCTYPE", "<!ENTITY") for enc in ("ascii", "utf-16-le", "utf-16-be")
)
_XML_PART = re.compile(r"(\.xml|\.rels|\.vml)$", re.IGNORECASE)


def _broken(path: Path, detail: str) -> InputError:
    return InputError(
        f"is not a readable xlsx workbook: {detail}.",
        Location(path.name),
        "Export it again, or open it in Excel and save it again as .xlsx.",
    )


def check_archive(path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse a workbook before openpyxl opens it when it is damaged, a zip bomb or carries a DTD.

    Declared sizes are checked first (cheap), then every part is unpacked as a stream and counted, so a part
    that unpacks to more than it declares, or a damaged part, stops the read before any of it is kept.
    """
    where = Location(path.name)
    limit = limits.max_unzipped_bytes
    hint = "Remove unused sheets or split the workbook, or raise the limit with --max-file-mb " \
           f"(a workbook may unpack to {UNZIP_FACTOR} times that)."
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise _broken(path, "the file is damaged or truncated (its zip directory cannot be read)") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ZIP_MEMBERS:
            raise InputError(f"the workbook has {len(infos):,} parts, over the {MAX_ZIP_MEMBERS:,} limit.", where,
                             "Open it in Excel and save it again as .xlsx.")
        declared = sum(info.file_size for info in infos)
        if declared > limit:
            raise InputError(
                f"the workbook unpacks to {_mb(declared)} MB, over the {_mb(limit)} MB limit "
                "(it may be a zip bomb).", where, hint,
            )
        if not any(info.filename == "xl/workbook.xml" for info in infos):
            raise _broken(path, "it has no xl/workbook.xml part")
        total = 0
        for info in infos:
            if info.is_dir():
                continue
            scan = _XML_PART.search(info.filename) is not None or info.filename == "[Content_Types].xml"
            size = 0
            tail = b""
            try:
                with archive.open(info) as member:
                    while block := member.read(1 << 20):
                        size += len(block)
                        total += len(block)
                        if size > info.file_size or total > limit:
                            raise InputError(
                                f'part "{info.filename}" unpacks to more than declared or over the '
                                f"{_mb(limit)} MB limit (it may be a zip bomb).", where, hint,
                            )
                        if scan:
                            window = tail + block
                            if any(m in window for m in _DTD_MARKERS):
                                raise InputError(
                                    f'part "{info.filename}" declares a DTD or XML entities, which a real Excel '
                                    "file never does (an entity-expansion attack, or a file from an unknown "
                                    "tool); it was not read.", where,
                                    "Open it in Excel and save it again as .xlsx, or ask the sender for a clean copy.",
                                )
                            tail = block[-32:]
            except InputError:
                raise
            except zlib.error:
                raise _broken(path, f'part "{info.filename}" is damaged (its data cannot be unpacked)') from None
            except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
                detail = "its checksum does not match" if "CRC" in str(exc) else f"{type(exc).__name__}"
                raise _broken(path, f'part "{info.filename}" is damaged ({detail})') from None


def _read_xlsx(path: Path, limits: Limits) -> list[RawTable]:
    check_archive(path, limits)
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about unsupported extensions; they are not data
            # read_only streams rows; data_only gives the cached results of formulas, never the formula text.
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for broken files
        raise _broken(path, f"openpyxl could not open it ({type(exc).__name__})") from None
    tables = []
    try:
        for sheet in book.worksheets:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    tables.append(_read_sheet(path, book, sheet, limits))
            except InputError:
                raise
            except Exception as exc:
                raise InputError(
                    f"the sheet could not be read ({type(exc).__name__}).",
                    Location(path.name, sheet.title),
                    "Open the workbook in Excel and save it again as .xlsx.",
                ) from exc
    finally:
        book.close()
    return tables


def _sheet_parser_class():
    from openpyxl.worksheet._reader import FORMULA_TAG, VALUE_TAG, WorkSheetParser

    class SheetParser(WorkSheetParser):
        """openpyxl's streaming parser, remembering formulas with no saved result and error values."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.flags: dict[tuple[int, int], str] = {}

        def parse_cell(self, element):
            cell = super().parse_cell(element)
            key = (cell["row"], cell["column"] - 1)
            if cell["data_type"] == "e":
                self.flags[key] = str(cell["value"] or "#VALUE!")
            elif element.find(FORMULA_TAG) is not None and not element.findtext(VALUE_TAG):
                self.flags[key] = "formula"
            return cell

    return SheetParser


def _range_bounds(ref: str) -> tuple[int, int, int, int] | None:
    from openpyxl.utils.cell import range_boundaries

    try:
        min_col, min_row, max_col, max_row = range_boundaries(ref)
    except (ValueError, TypeError):
        return None
    if None in (min_col, min_row, max_col, max_row):
        return None
    return min_col, min_row, max_col, max_row


def _read_sheet(path: Path, book, sheet, limits: Limits) -> RawTable:
    where = Location(path.name, sheet.title)
    parser_class = _sheet_parser_class()
    rows: list[tuple[int, list[object]]] = []
    with sheet._get_source() as src:
        parser = parser_class(src, sheet._shared_strings, data_only=True, epoch=book.epoch,
                              date_formats=book._date_formats, timedelta_formats=book._timedelta_formats)
        for number, cells in parser.parse():
            present = [c for c in cells if c["value"] is not None or (c["row"], c["column"] - 1) in parser.flags]
            if not present:
                continue
            width = max(c["column"] for c in present)
            if width > limits.max_columns:
                raise InputError(
                    f"row {number} has a value in column {column_letter(width)}, beyond the "
                    f"{limits.max_columns:,}-column limit.", where, "Delete the unused columns on the right.",
                )
            values: list[object] = [None] * width
            for c in present:
                values[c["column"] - 1] = c["value"]
            rows.append((number, values))
            if len(rows) > limits.max_rows:
                raise InputError(
                    f"more than {limits.max_rows:,} rows, over the row limit.", where,
                    "Split the sheet, or raise the limit with --max-rows.",
                )
        merged = getattr(parser.merged_cells, "mergeCell", None) or ()
        hidden_rows = frozenset(
            int(n) for n, attrs in parser.row_dimensions.items()
            if str(attrs.get("hidden", "")).lower() in ("1", "true")
        )
        flags = parser.flags
    fills = _fill_merged(rows, merged, flags)
    present_numbers = {n for n, _ in rows}
    return RawTable(
        path.name, sheet.title, rows, hidden=sheet.sheet_state != "visible",
        hidden_rows=hidden_rows & present_numbers, flags=flags, merged_fills=fills,
    )


def _fill_merged(rows: list[tuple[int, list[object]]], merged, flags: dict) -> int:
    """Fill each merged range's top-left value down its first column, into rows that hold other data.

    A project ID merged over its partner rows belongs to each of them; a row that is empty apart from the
    merged cell stays an empty row, and a value merged across columns stays in its first column (filling it
    across would put an abstract into the Keywords column).
    """
    by_number = {n: values for n, values in rows}
    fills = 0
    for cell_range in merged:
        bounds = _range_bounds(getattr(cell_range, "ref", None) or str(cell_range))
        if bounds is None:
            continue
        min_col, min_row, _, max_row = bounds
        top = by_number.get(min_row)
        index = min_col - 1
        if top is None or index >= len(top) or top[index] is None:
            continue
        for number in range(min_row + 1, max_row + 1):
            values = by_number.get(number)
            if values is None:
                continue
            if index >= len(values):
                values.extend([None] * (index + 1 - len(values)))
            if values[index] is None:
                values[index] = top[index]
                if (min_row, index) in flags:
                    flags[(number, index)] = flags[(min_row, index)]
                fills += 1
    return fills


# ---------------------------------------------------------------------------------------------------------------
# csv


def decode(data: bytes) -> tuple[str, str]:
    """Text of a csv file and the encoding it was read in: UTF-8 (with or without BOM), UTF-16 or cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if _looks_utf16(data[:4096]):
        even_zeros = data[0:4096:2].count(0)
        odd_zeros = data[1:4096:2].count(0)
        encoding = "utf-16-le" if odd_zeros > even_zeros else "utf-16-be"
        return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the ANSI code page.
        return data.decode("cp1252", errors="replace"), "cp1252"


def _delimiter(lines: list[str]) -> str:
    """The delimiter that splits the first rows into the most rows of one consistent width (at least 2)."""
    best, best_score = ",", -1
    sample = "\n".join(lines)
    for delimiter in DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if any(r)]
        except csv.Error:
            continue
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        score = count if width > 1 else 0
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path: Path, limits: Limits) -> RawTable:
    where = Location(path.name)
    text, _ = decode(path.read_bytes())
    text = text.replace("\x00", "")
    first_line, _, rest = text.partition("\n")
    offset = 0
    hinted = re.fullmatch(r'"?sep=(.)"?\r?', first_line)
    if hinted:  # Excel's "sep=;" line names the delimiter; it is row 1 as a text editor shows it
        delimiter, text, offset = hinted.group(1), rest, 1
    else:
        delimiter = _delimiter(text.splitlines()[:SNIFF_ROWS])
    # Let one very long cell through to the row check, which rejects that row and names the limit.
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    rows = []
    number = offset
    # strict: a quote left open must not swallow the rest of the file into one cell without a word.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        for values in reader:
            number += 1
            if not any(v != "" for v in values):
                continue
            if len(values) > limits.max_columns:
                raise InputError(
                    f"row {number} has {len(values):,} columns, over the {limits.max_columns:,}-column limit.",
                    where, "Check the delimiter, or delete the unused columns.",
                )
            rows.append((number, list(values)))
            if len(rows) > limits.max_rows:
                raise InputError(f"more than {limits.max_rows:,} rows, over the row limit.", where,
                                 "Split the file, or raise the limit with --max-rows.")
    except csv.Error as exc:
        raise InputError(f"cannot be read as csv ({exc}).", where.at(row=number + 1),
                         "Check this row for a quote that is not closed, or save the file again from Excel as "
                         "CSV UTF-8.") from None
    return RawTable(path.name, None, rows)


def non_blank(values: list[object]) -> Iterator[object]:
    """The values of a row that hold something (spaces, non-breaking and zero-width spaces are nothing)."""
    from collabscreen.inputs.convert import text

    return (v for v in values if v is not None and text(v) != "")
