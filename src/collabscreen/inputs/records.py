"""Typed records read from the input sheets. Each keeps the Location of its row and of its cells."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from collabscreen.location import Location


@dataclass(frozen=True)
class Country:
    """A country as typed, and its ISO 3166 alpha-2 code when it could be recognised."""

    raw: str
    code: str | None

    def __str__(self) -> str:
        return self.code or self.raw


@dataclass(frozen=True)
class Record:
    """Fields shared by every record: the project it belongs to, and where it was read from."""

    project_id: str
    location: Location
    columns: Mapping[str, tuple[str, str]] = field(compare=False, repr=False)

    def cell(self, name: str) -> Location:
        """The Location of one field's cell (the row's Location when the column is absent)."""
        letter, header = self.columns.get(name, (None, None))
        return self.location.at(column=letter, header=header)


@dataclass(frozen=True)
class Project(Record):
    title: str = ""
    abstract: str = ""
    keywords: tuple[str, ...] = ()
    field_codes: tuple[str, ...] = ()
    pi: str = ""
    department: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    funder: str = ""
    amount: float | None = None
    currency: str = ""


@dataclass(frozen=True)
class Partner(Record):
    partner_name: str = ""
    country: Country | None = None
    partner_type: str = ""
    role: str = ""
    contribution: float | None = None
    currency: str = ""
    index: int = 0  # 1-based position among the project's partners, for stable subject ids


@dataclass(frozen=True)
class Funding(Record):
    funder: str = ""
    funder_country: Country | None = None
    funder_type: str = ""
    amount: float | None = None
    currency: str = ""
    index: int = 0


@dataclass(frozen=True)
class Person(Record):
    name: str = ""
    role: str = ""
    nationality: Country | None = None
    affiliations: tuple[str, ...] = ()
    talent_programme: str = ""
    index: int = 0


@dataclass(frozen=True)
class Rejected:
    """An input row that could not be screened, and why."""

    kind: str
    location: Location
    reason: str
    hint: str = ""


@dataclass(frozen=True)
class InputFile:
    name: str
    path: str
    sha256: str


@dataclass(frozen=True)
class SheetCount:
    kind: str
    file: str
    sheet: str
    rows_read: int
    rows_screened: int
    rows_rejected: int
    rows_blank: int  # empty rows between the header and the last row with data; not read, not screened
    rows_hidden: int = 0  # rows hidden in the workbook: read and screened like the others (counted in rows_read)
    hidden: bool = False  # the sheet itself is hidden (its rows are read and screened all the same)


@dataclass(frozen=True)
class Issue:
    """A value that was read but not understood (an unreadable date, an unknown country): screened, and reported."""

    project_id: str
    location: Location
    message: str


@dataclass(frozen=True)
class Note:
    """Something the user should know about how a sheet was read (hidden rows screened, merged cells filled)."""

    location: Location
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


@dataclass(frozen=True)
class InputBundle:
    """Everything read from the inputs, ready for screening."""

    projects: tuple[Project, ...]
    partners: tuple[Partner, ...]
    funding: tuple[Funding, ...]
    people: tuple[Person, ...]
    rejected: tuple[Rejected, ...]
    issues: tuple[Issue, ...]
    files: tuple[InputFile, ...]
    counts: tuple[SheetCount, ...]
    kinds_present: frozenset[str] = frozenset()
    notes: tuple[Note, ...] = ()
