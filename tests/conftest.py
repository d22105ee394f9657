"""Builders shared by the whole suite: real xlsx and csv inputs, real policy packs, real records.

Everything is written to ``tmp_path`` and read back by the real code; nothing of ours is mocked.

* ``workbook(tmp_path, projects=[...], partners=[...], ...)`` writes one xlsx with a sheet per kind.
* ``csv_file(tmp_path, "partners.csv", [[header...], [row...]])`` writes one csv.
* ``write_pack(tmp_path, policy_toml, files={"lists/x.csv": rows})`` writes a policy pack folder.
* ``project(...)``, ``partner(...)``, ``funder(...)``, ``person(...)`` build in-memory records for the Screener.
"""

from __future__ import annotations

import csv
import datetime as dt
import textwrap
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest

from collabscreen.inputs import convert
from collabscreen.inputs.records import Funding, Partner, Person, Project
from collabscreen.location import Location
from collabscreen.policy import load_policies
from collabscreen.screen import Screener

AS_OF = dt.date(2026, 11, 28)
SHIPPED = ("aspi-cdut", "ca-strac", "uk-china-sti-2025", "uk-trusted-research", "us-research-security")

# Default header rows, one per kind; rows given to ``workbook`` line up with these unless ``headers`` says otherwise.
HEADERS = {
    "projects": ["Project ID", "Title", "Abstract", "Keywords", "Field Codes", "Start Date", "Funder", "Amount"],
    "partners": ["Project ID", "Partner", "Country", "Type"],
    "funding": ["Project ID", "Funder", "Funder Country", "Funder Type", "Amount"],
    "people": ["Project ID", "Name", "Role", "Nationality", "Affiliations", "Talent Programme"],
}
SHEET_NAMES = {"projects": "Projects", "partners": "Partners", "funding": "Funding", "people": "People"}

BLANK = None  # a row value that writes an empty spreadsheet row


# ---------------------------------------------------------------------------------------------------------------
# Input files


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[object] | None]], hidden: Sequence[str] = ()) -> Path:
    """A workbook with the given sheets; each sheet is a list of rows (``None`` = an empty row)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for number, row in enumerate(rows, start=1):
            for column, value in enumerate(row or (), start=1):
                if value is not None:
                    cell = sheet.cell(row=number, column=column, value=value)
                    if isinstance(value, str) and value.startswith("="):
                        cell.data_type = "s"  # text that looks like a formula, as exports hold it
        if title in hidden:
            sheet.sheet_state = "hidden"
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def workbook(
    tmp_path: Path,
    projects: Sequence[Sequence[object] | None] | None = None,
    partners: Sequence[Sequence[object] | None] | None = None,
    funding: Sequence[Sequence[object] | None] | None = None,
    people: Sequence[Sequence[object] | None] | None = None,
    *,
    name: str = "round.xlsx",
    headers: dict[str, Sequence[str]] | None = None,
    title: dict[str, str] | None = None,
    sheet_names: dict[str, str] | None = None,
    extra_sheets: dict[str, Sequence[Sequence[object] | None]] | None = None,
    hidden: Sequence[str] = (),
) -> Path:
    """One xlsx with a sheet per kind given. ``title={"projects": "Export"}`` puts a title row and a blank row
    above that sheet's header (so the header is row 3); a ``None`` row is written as an empty row."""
    headers = {**HEADERS, **(headers or {})}
    names = {**SHEET_NAMES, **(sheet_names or {})}
    sheets: dict[str, list] = {}
    for kind, rows in (("projects", projects), ("partners", partners), ("funding", funding), ("people", people)):
        if rows is None:
            continue
        lines: list = []
        if title and kind in title:
            lines += [[title[kind]], None]
        lines.append(list(headers[kind]))
        lines += [None if row is None else list(row) for row in rows]
        sheets[names[kind]] = lines
    sheets.update(extra_sheets or {})
    return write_xlsx(tmp_path / name, sheets, hidden)


def csv_file(tmp_path: Path, name: str, rows: Sequence[Sequence[object]], encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding=encoding) as fh:
        csv.writer(fh).writerows(rows)
    return path


def read_csv(path: Path) -> list[dict[str, str]]:
    """A csv output read back (it starts with a UTF-8 BOM)."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def csv_header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return next(csv.reader(fh))


# ---------------------------------------------------------------------------------------------------------------
# Policy packs


MINIMAL_PACK = """\
id = "{id}"
title = "Test pack {id}"
version = "1.0"
effective = "2024-01-01"
jurisdiction = "GB"
"""


def write_pack(tmp_path: Path, body: str = "", *, id: str = "test-pack", folder: str | None = None,
               files: dict[str, Sequence[Sequence[object]]] | None = None, header: bool = True) -> Path:
    """A pack folder: ``policy.toml`` (the minimal header plus ``body``) and its csv files."""
    path = tmp_path / (folder or id)
    path.mkdir(parents=True, exist_ok=True)
    head = MINIMAL_PACK.format(id=id) if header else ""
    (path / "policy.toml").write_text(head + textwrap.dedent(body), encoding="utf-8")
    for name, rows in (files or {}).items():
        csv_file(path, name, rows)
    return path


# ---------------------------------------------------------------------------------------------------------------
# In-memory records, as the reader would build them (Locations and column letters included)

_COLUMNS = {
    kind: {field: (openpyxl.utils.get_column_letter(i + 1), header)
           for i, (field, header) in enumerate(zip(fields, HEADERS[kind]))}
    for kind, fields in {
        "projects": ("project_id", "title", "abstract", "keywords", "field_codes", "start_date", "funder", "amount"),
        "partners": ("project_id", "partner_name", "country", "partner_type"),
        "funding": ("project_id", "funder", "funder_country", "funder_type", "amount"),
        "people": ("project_id", "name", "role", "nationality", "affiliations", "talent_programme"),
    }.items()
}


def project(project_id: str = "P1", title: str = "A study", abstract: str = "", keywords: Sequence[str] = (),
            field_codes: Sequence[str] = (), funder: str = "", amount: float | None = None, row: int = 2) -> Project:
    return Project(project_id, Location("test.xlsx", "Projects", row), _COLUMNS["projects"], title=title,
                   abstract=abstract, keywords=tuple(keywords), field_codes=tuple(field_codes), funder=funder,
                   amount=amount)


def partner(name: str, country: str | None = None, type: str = "", project_id: str = "P1", index: int = 1,
            row: int = 2) -> Partner:
    return Partner(project_id, Location("test.xlsx", "Partners", row), _COLUMNS["partners"], partner_name=name,
                   country=convert.country(country), partner_type=type, index=index)


def funder(name: str, country: str | None = None, type: str = "", amount: float | None = None,
           project_id: str = "P1", index: int = 1, row: int = 2) -> Funding:
    return Funding(project_id, Location("test.xlsx", "Funding", row), _COLUMNS["funding"], funder=name,
                   funder_country=convert.country(country), funder_type=type, amount=amount, index=index)


def person(name: str, nationality: str | None = None, affiliations: Sequence[str] = (), talent_programme: str = "",
           role: str = "", project_id: str = "P1", index: int = 1, row: int = 2) -> Person:
    return Person(project_id, Location("test.xlsx", "People", row), _COLUMNS["people"], name=name, role=role,
                  nationality=convert.country(nationality), affiliations=tuple(affiliations),
                  talent_programme=talent_programme, index=index)


# ---------------------------------------------------------------------------------------------------------------
# Shared, read-only fixtures (loading the shipped packs once per session keeps the suite fast)


@pytest.fixture(scope="session")
def shipped_policies():
    """Every shipped pack."""
    return load_policies(list(SHIPPED))


@pytest.fixture(scope="session")
def shipped_screener(shipped_policies):
    return Screener(shipped_policies)


@pytest.fixture(scope="session")
def name_policies():
    """The two packs the matcher tests use: Canada's NRO list and ASPI's tracker."""
    return load_policies(["ca-strac", "aspi-cdut"])


def area_classifier(folder: Path, rows: Sequence[Sequence[str]], flag_outcome: str = "note"):
    """An AreaClassifier over one area set written from ``rows`` (header first) into a pack in ``folder``."""
    from collabscreen.fields import AreaClassifier
    from collabscreen.policy import load_pack

    path = write_pack(folder, f"""
[[areas]]
id = "topics"
title = "Topics"
file = "areas.csv"
flag_outcome = "{flag_outcome}"
""", files={"areas.csv": rows})
    return AreaClassifier(load_pack(path).area_sets)
