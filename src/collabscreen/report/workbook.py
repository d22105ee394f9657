"""The round's summary workbook: Summary, Decisions, Findings and Rejected sheets.

Every text cell is written as a string, so input text that starts with = + - @ is never a formula.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

OUTCOME_FILLS = {
    "clear": "C8E6C9",
    "note": "BBDEFB",
    "mitigate": "FFE0B2",
    "escalate": "FFCDD2",
    "prohibited": "E1BEE7",
}


def _sheet(book: Workbook, title: str, columns: Sequence[str], rows: Sequence[Mapping[str, object]],
           widths: Mapping[str, int] | None = None) -> None:
    sheet = book.create_sheet(title)
    sheet.append(list(columns))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for r, row in enumerate(rows, start=2):
        for c, name in enumerate(columns, start=1):
            value = row.get(name, "")
            cell = sheet.cell(row=r, column=c)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                cell.value = value
            else:
                cell.value = "" if value is None else str(value)
                cell.data_type = "s"  # never a formula, whatever the text starts with
            if name == "outcome" and str(value) in OUTCOME_FILLS:
                cell.fill = PatternFill("solid", fgColor=OUTCOME_FILLS[str(value)])
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    for c, name in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = (widths or {}).get(name, 18)


def workbook_bytes(summary: Sequence[tuple[str, object]], decisions, findings, rejected,
                   columns: Mapping[str, Sequence[str]]) -> bytes:
    """The summary.xlsx file as bytes (the caller writes it atomically)."""
    book = Workbook()
    book.remove(book.active)
    _sheet(book, "Summary", ("item", "value"), [{"item": k, "value": v} for k, v in summary],
           {"item": 34, "value": 80})
    wide = {"title": 50, "findings": 10, "memo": 30, "evidence": 80, "matched_text": 40, "entry_name": 40,
            "source": 50, "reason": 60}
    _sheet(book, "Decisions", columns["decisions"], decisions, wide)
    _sheet(book, "Findings", columns["findings"], findings, wide)
    _sheet(book, "Rejected", columns["rejected"], rejected, wide)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
