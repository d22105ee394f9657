"""Where a value came from: the one place input and policy locations are formatted.

>>> str(Location("partners.xlsx", "Partners", 14, "D", "Country"))
'partners.xlsx › sheet "Partners" › row 14, column D ("Country")'
"""

from __future__ import annotations

from dataclasses import dataclass


def column_letter(index: int) -> str:
    """Spreadsheet letter for a 1-based column index (1 -> A, 27 -> AA)."""
    letters = ""
    while index > 0:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass(frozen=True, order=True)
class Location:
    """A cell, row, sheet or file. Row numbers are the ones a spreadsheet shows (header row included)."""

    file: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    header: str | None = None

    def at(self, row: int | None = None, column: str | None = None, header: str | None = None) -> Location:
        """The same file and sheet, narrowed to a row and/or column."""
        return Location(
            self.file,
            self.sheet,
            row if row is not None else self.row,
            column if column is not None else self.column,
            header if header is not None else self.header,
        )

    def __str__(self) -> str:
        parts = [self.file]
        if self.sheet:
            parts.append(f'sheet "{self.sheet}"')
        cell = []
        if self.row is not None:
            cell.append(f"row {self.row}")
        if self.column:
            col = f"column {self.column}"
            if self.header:
                col += f' ("{self.header}")'
            cell.append(col)
        elif self.header:
            cell.append(f'column "{self.header}"')
        if cell:
            parts.append(", ".join(cell))
        return " › ".join(parts)
