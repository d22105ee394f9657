"""A corpus of broken and hostile input files, generated on demand into a folder (nothing binary is committed).

* ``raw_xlsx(path, [RawSheet(...)])`` writes a minimal workbook part by part, so a test can put in exactly what
  Excel or a hostile sender would: formulas with and without a saved result, error values, merged ranges,
  hidden rows and sheets, a DTD in any part.
* ``CASES`` maps a case name to a builder ``folder -> [input paths]``; ``test_corpus_cli.py`` runs every one of
  them through ``collabscreen screen`` and the other tests check each one's exact outcome.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.utils import get_column_letter

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

PROJECTS_HEADER = ["Project ID", "Title", "Abstract", "Start Date"]
PARTNERS_HEADER = ["Project ID", "Partner", "Country"]


# ---------------------------------------------------------------------------------------------------------------
# A hand-written xlsx


@dataclass(frozen=True)
class Formula:
    """A formula cell; ``cached`` is the result Excel saved with it (None: no saved result)."""

    text: str
    cached: object = None


@dataclass(frozen=True)
class Error:
    """An error value such as ``#N/A``, as Excel saves it."""

    text: str


@dataclass
class RawSheet:
    name: str
    rows: Sequence[Sequence[object] | None]
    merged: Sequence[str] = ()
    hidden_rows: Sequence[int] = ()
    state: str = "visible"
    prolog: str = ""  # inserted after the XML declaration (a DOCTYPE, say)


def _cell(ref: str, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Formula):
        cached = value.cached
        if cached is None:
            return f"<c r=\"{ref}\"><f>{escape(value.text)}</f></c>"
        if isinstance(cached, Error):
            return f"<c r=\"{ref}\" t=\"e\"><f>{escape(value.text)}</f><v>{escape(cached.text)}</v></c>"
        if isinstance(cached, (int, float)):
            return f"<c r=\"{ref}\"><f>{escape(value.text)}</f><v>{cached}</v></c>"
        return f"<c r=\"{ref}\" t=\"str\"><f>{escape(value.text)}</f><v>{escape(str(cached))}</v></c>"
    if isinstance(value, Error):
        return f"<c r=\"{ref}\" t=\"e\"><v>{escape(value.text)}</v></c>"
    if isinstance(value, bool):
        return f"<c r=\"{ref}\" t=\"b\"><v>{int(value)}</v></c>"
    if isinstance(value, (int, float)):
        return f"<c r=\"{ref}\"><v>{value}</v></c>"
    return f"<c r=\"{ref}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{escape(str(value))}</t></is></c>"


def sheet_xml(sheet: RawSheet) -> str:
    rows = []
    for number, row in enumerate(sheet.rows, start=1):
        hidden = ' hidden="1"' if number in sheet.hidden_rows else ""
        cells = "".join(_cell(f"{get_column_letter(c)}{number}", v) for c, v in enumerate(row or (), start=1))
        if cells or hidden:
            rows.append(f'<row r="{number}"{hidden}>{cells}</row>')
    merged = ""
    if sheet.merged:
        merged = f'<mergeCells count="{len(sheet.merged)}">' + "".join(
            f'<mergeCell ref="{ref}"/>' for ref in sheet.merged) + "</mergeCells>"
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + sheet.prolog +
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f"<sheetData>{''.join(rows)}</sheetData>{merged}</worksheet>")


def raw_xlsx(path: Path, sheets: Sequence[RawSheet], parts: dict[str, bytes | str] | None = None) -> Path:
    """A workbook written part by part; ``parts`` adds or replaces any part (e.g. a hostile sharedStrings.xml)."""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    sheet_entries = "".join(
        f'<sheet name="{escape(s.name)}" sheetId="{i}" state="{s.state}" r:id="rId{i}"/>'
        for i, s in enumerate(sheets, start=1))
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        f'worksheet" Target="worksheets/sheet{i}.xml"/>' for i in range(1, len(sheets) + 1))
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-'
        f'officedocument.spreadsheetml.worksheet+xml"/>' for i in range(1, len(sheets) + 1))
    files: dict[str, bytes | str] = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
            'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            f"{overrides}</Types>",
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns}><sheets>{sheet_entries}</sheets>'
                           "</workbook>",
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            f'2006/relationships">{rels}</Relationships>',
    }
    for i, sheet in enumerate(sheets, start=1):
        files[f"xl/worksheets/sheet{i}.xml"] = sheet_xml(sheet)
    files.update(parts or {})
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


# ---------------------------------------------------------------------------------------------------------------
# Workbooks written by openpyxl (as Excel users make them)


def book(path: Path, sheets: dict[str, Sequence[Sequence[object] | None]], *, merged: dict[str, list[str]] | None = None,
         hidden_rows: dict[str, list[int]] | None = None, hidden_sheets: Sequence[str] = ()) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row or (), start=1):
                if value is not None:
                    ws.cell(row=r, column=c, value=value)
        for ref in (merged or {}).get(title, []):
            ws.merge_cells(ref)
        for r in (hidden_rows or {}).get(title, []):
            ws.row_dimensions[r].hidden = True
        if title in hidden_sheets:
            ws.sheet_state = "hidden"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def good_round(path: Path, projects: Sequence[Sequence[object]] | None = None,
               partners: Sequence[Sequence[object]] | None = None) -> Path:
    projects = projects or [["P1", "Soil health in upland farms", "Soil carbon.", "01/10/2026"],
                            ["P2", "Rice genomics", "Drought tolerance.", "2026-11-01"]]
    partners = partners or [["P1", "University of Toronto", "Canada"], ["P2", "Zhejiang University", "China"]]
    return book(path, {"Projects": [PROJECTS_HEADER, *projects], "Partners": [PARTNERS_HEADER, *partners]})


def csv_bytes(rows: Sequence[Sequence[str]], delimiter: str = ",") -> str:
    import csv

    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


CSV_ROWS = [["Project ID", "Title", "Abstract"],
            ["P1", "Étude des sols — Ørsted café", "Soil; carbon; nitrogen"],
            ["P2", "清华大学 collaboration", "Quantum, sensing"]]


# ---------------------------------------------------------------------------------------------------------------
# Hostile and broken files


def billion_laughs(depth: int = 10) -> str:
    lines = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, depth)]
    return "<!DOCTYPE lolz [" + "".join(lines) + "]>\n"


def encrypted_xlsx(path: Path) -> Path:
    """A password-protected workbook as Excel writes it (an OLE2 container holding EncryptedPackage)."""
    import msoffcrypto.format.ooxml as ooxml

    plain = good_round(path.with_name("plain-" + path.name))
    out = io.BytesIO()
    with plain.open("rb") as fh:
        ooxml.OOXMLFile(fh).encrypt("secret", out)
    plain.unlink()
    path.write_bytes(out.getvalue())
    return path


def ole_file(path: Path, stream: str) -> Path:
    """The start of an OLE2 (Compound File) container whose directory names ``stream``: enough for collabscreen to
    tell a legacy .xls ("Workbook") from an encrypted xlsx ("EncryptedPackage") by its bytes."""
    header = OLE_MAGIC + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + b"\x00" * (512 - 32)
    entry = stream.encode("utf-16-le").ljust(64, b"\x00") + b"\x00" * 64
    path.write_bytes(header + entry + b"\x00" * 1024)
    return path


def ods_file(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", "<office:document-content/>")
    return path


def zip_bomb(path: Path, megabytes: int = 3) -> Path:
    """A workbook whose sharedStrings part unpacks to ``megabytes`` MB of zeros (tests lower the limit)."""
    good = good_round(path.with_name("bomb-base.xlsx"))
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr("xl/media/padding.bin", b"\x00" * (megabytes * 1_000_000))
    good.unlink()
    return path


def lying_zip(path: Path) -> Path:
    """A workbook whose sheet part declares 100 bytes in the zip directory but unpacks to far more."""
    good = good_round(path.with_name("lying-base.xlsx"))
    data = bytearray(good.read_bytes())
    good.unlink()
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    # Patch the uncompressed size in the central directory entry for that part.
    name = info.filename.encode()
    at = 0
    while True:
        at = data.find(b"PK\x01\x02", at)
        if at < 0:
            raise AssertionError("central directory entry not found")
        name_len = int.from_bytes(data[at + 28:at + 30], "little")
        if bytes(data[at + 46:at + 46 + name_len]) == name:
            data[at + 24:at + 28] = (100).to_bytes(4, "little")
            break
        at += 4
    path.write_bytes(bytes(data))
    return path


def flip_byte_in_member(path: Path, member: str) -> Path:
    """Damage one byte of a part, so its checksum no longer matches. The part is first stored uncompressed:
    a flipped byte inside deflated data may instead break the decompression, depending on the bytes around it."""
    with zipfile.ZipFile(path) as archive:
        parts = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w") as archive:
        for info, content in parts:
            info.compress_type = zipfile.ZIP_STORED if info.filename == member else zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0x01
    path.write_bytes(bytes(data))
    return path


# ---------------------------------------------------------------------------------------------------------------
# The corpus: every case as a builder (folder -> inputs), with what `collabscreen screen` must do


@dataclass(frozen=True)
class Case:
    build: Callable[[Path], list[Path]]
    error: str | None = None  # the exact error line(s) `screen` prints (exit 1); None: the run completes
    extra_args: tuple[str, ...] = field(default=())


def _one(fn: Callable[[Path], Path]) -> Callable[[Path], list[Path]]:
    return lambda folder: [fn(folder)]


def _write(name: str, data: bytes | str, encoding: str = "utf-8") -> Callable[[Path], list[Path]]:
    def build(folder: Path) -> list[Path]:
        path = folder / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
        return [path]

    return build


def _truncated(folder: Path) -> Path:
    good = good_round(folder / "whole.xlsx")
    path = folder / "truncated.xlsx"
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    good.unlink()
    return path


def _corrupt_part(folder: Path) -> Path:
    return flip_byte_in_member(good_round(folder / "corrupt.xlsx"), "xl/worksheets/sheet1.xml")


def _laughs(folder: Path) -> Path:
    return raw_xlsx(folder / "laughs.xlsx", [RawSheet("Projects", [PROJECTS_HEADER, ["P1", "&lol9;"]],
                                                       prolog=billion_laughs())])


def _laughs_in_shared_strings(folder: Path) -> Path:
    strings = ('<?xml version="1.0"?>\n' + billion_laughs() +
               '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>')
    return raw_xlsx(folder / "laughs-strings.xlsx", [RawSheet("Projects", [PROJECTS_HEADER, ["P1", "x"]])],
                    parts={"xl/sharedStrings.xml": strings})


def _merged(folder: Path) -> Path:
    return book(folder / "merged.xlsx", {
        "Projects": [PROJECTS_HEADER, ["P1", "Soil"], ["P2", "Rice"]],
        "Partners": [PARTNERS_HEADER, ["P1", "University of Toronto", "Canada"], [None, "McGill University", "CA"],
                     [None, "Zhejiang University", "China"], ["P2", "Harbin Institute of Technology", "China"]],
    }, merged={"Partners": ["A2:A4"]})


def _hidden(folder: Path) -> Path:
    return book(folder / "hidden.xlsx", {
        "Projects": [PROJECTS_HEADER, ["P1", "Soil"], ["P2", "Rice"]],
        "Partners": [PARTNERS_HEADER, ["P1", "University of Toronto", "Canada"],
                     ["P2", "Harbin Institute of Technology", "China"]],
        "People": [["Project ID", "Name", "Nationality"], ["P1", "A. Researcher", "British"]],
        "Lookups": [["code", "label"], ["x", "y"]],
    }, hidden_rows={"Partners": [3]}, hidden_sheets=["People", "Lookups"])


def _formulas(folder: Path) -> Path:
    return raw_xlsx(folder / "formulas.xlsx", [
        RawSheet("Projects", [PROJECTS_HEADER,
                              ["P1", Formula('UPPER("soil health")', "SOIL HEALTH"), "", Formula("DATE(2026,10,1)", 46296)],
                              ["P2", "Rice", Formula("A1&B1"), None],
                              [Formula("VLOOKUP(9,Z:Z,1)", Error("#N/A")), "Orphan title"],
                              ["P3", "Wheat", Formula('CONCAT("x")', Error("#REF!"))]]),
    ])


CASES: dict[str, Case] = {
    "empty-xlsx": Case(_write("empty.xlsx", b""), "empty.xlsx: the file is empty. Export the sheet again from your system."),
    "empty-csv": Case(_write("empty.csv", b""), "empty.csv: the file is empty. Export the sheet again from your system."),
    "bom-only-csv": Case(_write("bom.csv", b"\xef\xbb\xbf\r\n\r\n"),
                         "bom.csv: holds no data (it has no rows). Export the sheet again from your system."),
    "empty-workbook": Case(_one(lambda f: book(f / "blank.xlsx", {"Sheet1": []})),
                           "blank.xlsx: holds no data (every sheet is empty). Export the sheet again from your system."),
    "csv-named-xlsx": Case(_write("round.xlsx", csv_bytes(CSV_ROWS)),
                           'round.xlsx: is named ".xlsx" but holds text (it looks like csv), not an Excel workbook. '
                           'Rename it to "round.csv", or open it in Excel and save it as .xlsx.'),
    "xlsx-named-csv": Case(_one(lambda f: good_round(f / "round.csv")),
                           'round.csv: is an Excel workbook (.xlsx) named ".csv". Rename it to "round.xlsx".'),
    "xlsx-named-xls": Case(_one(lambda f: good_round(f / "round.xls")),
                           'round.xls: is an Excel workbook (.xlsx) named ".xls". Rename it to "round.xlsx".'),
    "html-named-xlsx": Case(_write("export.xlsx", "<html><body><table><tr><td>P1</td></tr></table></body></html>"),
                            "export.xlsx: is a web page or XML file, not a spreadsheet (some systems export HTML and "
                            "call it Excel). Open it in Excel or LibreOffice and save it as .xlsx."),
    "pdf-named-xlsx": Case(_write("round.xlsx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
                           "round.xlsx: is a PDF document, not a spreadsheet. Open it in Excel or LibreOffice and save "
                           "it as .xlsx."),
    "docx-named-xlsx": Case(_one(lambda f: _docx(f / "letter.xlsx")),
                            "letter.xlsx: is a Word document, not a spreadsheet. Open it in Excel or LibreOffice and "
                            "save it as .xlsx."),
    "binary-named-csv": Case(_write("data.csv", bytes(range(256)) * 4),
                             "data.csv: holds binary data, not csv text. Open it in Excel or LibreOffice and save it "
                             "as .xlsx."),
    "unknown-extension": Case(_write("round.json", "{}"),
                              'round.json: unrecognised file type ".json". Give .xlsx or .csv files.'),
    "truncated-xlsx": Case(_one(_truncated),
                           "truncated.xlsx: is not a readable xlsx workbook: the file is damaged or truncated (its zip "
                           "directory cannot be read). Export it again, or open it in Excel and save it again as .xlsx."),
    "corrupt-part": Case(_one(_corrupt_part),
                         'corrupt.xlsx: is not a readable xlsx workbook: part "xl/worksheets/sheet1.xml" is damaged '
                         "(its checksum does not match). Export it again, or open it in Excel and save it again as "
                         ".xlsx."),
    "zip-not-workbook": Case(_one(lambda f: _plain_zip(f / "archive.xlsx")),
                             "archive.xlsx: is a zip archive but not an Excel workbook (it has no xl/ folder). Open it "
                             "in Excel or LibreOffice and save it as .xlsx."),
    "encrypted-ole": Case(_one(lambda f: ole_file(f / "locked.xlsx", "EncryptedPackage")),
                          "locked.xlsx: is password-protected (encrypted), so it cannot be read. Open it in Excel, "
                          "remove the password (File › Info › Protect Workbook › Encrypt with Password, clear the "
                          "password) and save it as .xlsx."),
    "legacy-xls": Case(_one(lambda f: ole_file(f / "old.xls", "Workbook")),
                       'old.xls: legacy Excel 97-2003 workbooks (.xls) are not read. Open it in Excel or LibreOffice '
                       'and save it as "old.xlsx" (Excel Workbook).'),
    "legacy-xls-named-xlsx": Case(_one(lambda f: ole_file(f / "old.xlsx", "Workbook")),
                                  "old.xlsx: is a legacy Excel 97-2003 workbook (.xls format), whatever its name says. "
                                  "Open it in Excel or LibreOffice and save it as .xlsx."),
    "ods": Case(_one(lambda f: ods_file(f / "round.ods")),
                'round.ods: OpenDocument spreadsheets (.ods) are not read. Open it in Excel or LibreOffice and save it '
                'as "round.xlsx" (Excel Workbook).'),
    "ods-named-xlsx": Case(_one(lambda f: ods_file(f / "round.xlsx")),
                           "round.xlsx: is an OpenDocument spreadsheet (.ods), whatever its name says. Open it in "
                           "Excel or LibreOffice and save it as .xlsx."),
    "billion-laughs-sheet": Case(_one(_laughs),
                                 'laughs.xlsx: part "xl/worksheets/sheet1.xml" declares a DTD or XML entities, which a '
                                 "real Excel file never does (an entity-expansion attack, or a file from an unknown "
                                 "tool); it was not read. Open it in Excel and save it again as .xlsx, or ask the "
                                 "sender for a clean copy."),
    "billion-laughs-strings": Case(_one(_laughs_in_shared_strings),
                                   'laughs-strings.xlsx: part "xl/sharedStrings.xml" declares a DTD or XML entities, '
                                   "which a real Excel file never does (an entity-expansion attack, or a file from an "
                                   "unknown tool); it was not read. Open it in Excel and save it again as .xlsx, or "
                                   "ask the sender for a clean copy."),
    "zip-bomb": Case(_one(lambda f: zip_bomb(f / "bomb.xlsx")),
                     "bomb.xlsx: the workbook unpacks to 3 MB, over the 1 MB limit (it may be a zip bomb). Remove "
                     "unused sheets or split the workbook, or raise the limit with --max-file-mb (a workbook may "
                     "unpack to 10 times that).", ("--max-file-mb", "0.1")),
    "lying-zip": Case(_one(lambda f: lying_zip(f / "lying.xlsx")),
                      'lying.xlsx: is not a readable xlsx workbook: part "xl/worksheets/sheet1.xml" is damaged (its '
                      "checksum does not match). Export it again, or open it in Excel and save it again as .xlsx."),
    "file-too-big": Case(_write("big.csv", "Project ID,Title\r\nP1,Soil\r\nP2," + "x" * 4968 + "\r\n"),
                         "big.csv: the file is 0.005 MB, over the 0.001 MB file size limit. Split the round into "
                         "several files, or raise the limit with --max-file-mb.", ("--max-file-mb", "0.001")),
    "too-many-rows": Case(_one(lambda f: good_round(f / "rows.xlsx")),
                          'rows.xlsx › sheet "Projects": more than 2 rows, over the row limit. Split the sheet, or '
                          "raise the limit with --max-rows.", ("--max-rows", "2")),
    "too-many-rows-csv": Case(_write("rows.csv", csv_bytes(CSV_ROWS)),
                              "rows.csv: more than 2 rows, over the row limit. Split the file, or raise the limit with "
                              "--max-rows.", ("--max-rows", "2")),
    # Cases that complete (rows may be rejected; the run goes on)
    "utf8-csv": Case(_write("projects.csv", csv_bytes(CSV_ROWS))),
    "utf8-bom-csv": Case(_write("projects.csv", "\ufeff" + csv_bytes(CSV_ROWS))),
    "utf16-tab-txt": Case(_write("projects.txt", "\ufeff" + csv_bytes(CSV_ROWS, "\t"), "utf-16-le")),
    "utf16-no-bom-csv": Case(_write("projects.csv", csv_bytes(CSV_ROWS), "utf-16-le")),
    "cp1252-csv": Case(_write("projects.csv", csv_bytes(CSV_ROWS[:2]), "cp1252")),
    "semicolon-csv": Case(_write("projects.csv", csv_bytes(CSV_ROWS, ";"))),
    "tab-csv": Case(_write("projects.tsv", csv_bytes(CSV_ROWS, "\t"))),
    "sep-line-csv": Case(_write("projects.csv", "sep=;\r\n" + csv_bytes(CSV_ROWS, ";"))),
    "title-row": Case(_one(lambda f: book(f / "title.xlsx", {
        "Projects": [["Research Office export — Autumn 2026"], None, PROJECTS_HEADER, ["P1", "Soil"]]}))),
    "two-header-rows": Case(_one(lambda f: book(f / "two-headers.xlsx", {
        "Projects": [PROJECTS_HEADER, ["Proposal No.", "Proposal Title", "Summary"], ["P1", "Soil"]]}))),
    "merged-cells": Case(_one(_merged)),
    "hidden-rows-and-sheets": Case(_one(_hidden)),
    "formulas": Case(_one(_formulas)),
    "dates": Case(_one(lambda f: book(f / "dates.xlsx", {"Projects": [PROJECTS_HEADER, *DATE_ROWS]}))),
    "float-ids": Case(_one(lambda f: good_round(f / "floats.xlsx", [[26001.0, "Soil"], ["26002.0", "Rice"]],
                                                [[26001, "University of Toronto", "Canada"]]))),
    "duplicate-ids": Case(_one(lambda f: good_round(f / "dupes.xlsx", [["P1", "Soil"], ["P1", "Soil again"]]))),
    "blank-rows": Case(_one(lambda f: good_round(f / "blanks.xlsx", [["P1", "Soil"], None, None, ["P2", "Rice"]]))),
    "odd-spaces": Case(_one(lambda f: good_round(
        f / "spaces.xlsx", [[" P1\u00a0", "Soil\u00a0health  "]],
        [["P1 ", "Harbin\u00a0Institute of Technology\u200b ", " China\u00a0"]]))),
    "long-cell": Case(_one(lambda f: good_round(f / "long.xlsx", [["P1", "Soil", "x" * 20_001], ["P2", "Rice"]]))),
    "control-characters": Case(_write("ctrl.csv", csv_bytes([
        ["Project ID", "Title"], ["P1\x00", "Soil \x1b[31mRED\x1b[0m \u202eevil\u202c \x07"]]))),
}

DATE_ROWS = [
    ["D1", "Text, day first", "", "01/10/2026"],
    ["D2", "ISO text", "", "2026-10-01"],
    ["D3", "Long text", "", "1 October 2026"],
    ["D4", "Excel serial", "", 46296],
    ["D5", "Serial as text", "", "46296"],
    ["D6", "Compact", "", "20261001"],
    ["D7", "Dotted", "", "01.10.2026"],
    ["D8", "Month only", "", "October 2026"],
    ["D9", "Not a date", "", "next spring"],
]


def _docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return path


def _plain_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    return path
