"""Property-based: random workbooks and csv files (headers from the synonyms, title rows, blank rows, every cell
type, duplicate and unknown IDs) never crash the reader, and every row is accounted for.

Example counts are modest so the suite stays fast; raise ``max_examples`` locally to search harder.
"""

from __future__ import annotations

import csv
import datetime as dt

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collabscreen.errors import CollabscreenError
from collabscreen.inputs import Limits, read_inputs
from collabscreen.inputs.headers import PARTNERS, PROJECTS

SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

IDS = ["P1", "P2", "P3", "26001", "00123", "../x"]
printable = st.characters(blacklist_categories=("Cs", "Cc"))
cell_text = st.one_of(
    st.text(printable, max_size=30),
    st.sampled_from(["", "   ", "\u00a0", "\u200b", "=1+1", "@SUM(A1)", "<script>x</script>", "#N/A", "Ref"]),
)
cell = st.one_of(
    st.none(), cell_text, st.integers(-10**6, 10**6), st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.sampled_from([26001.0, 46296, True, dt.datetime(2026, 10, 1), dt.date(2027, 2, 13)]),
)
id_cell = st.one_of(st.sampled_from(IDS), st.sampled_from([26001.0, None, "", " P1 "]), cell)


def header(kind, wanted: list[str], data) -> list[str]:
    names = [data.draw(st.sampled_from(kind.examples[f]), label=f) for f in wanted]
    return names


@st.composite
def sheet(draw, kind, extra: list[str]):
    optional = draw(st.lists(st.sampled_from(extra), unique=True, max_size=len(extra)))
    fields = [*kind.required, *optional]
    order = draw(st.permutations(range(len(fields))))
    fields = [fields[i] for i in order]
    head = [draw(st.sampled_from(kind.examples[f])) for f in fields]
    rows: list[list[object] | None] = []
    rows += [[draw(cell_text)] if draw(st.booleans()) else None for _ in range(draw(st.integers(0, 2)))]
    rows.append(head)
    for _ in range(draw(st.integers(0, 12))):
        if draw(st.integers(0, 5)) == 0:
            rows.append(None)
            continue
        row = [draw(id_cell) if f == "project_id" else draw(cell) for f in fields]
        if draw(st.integers(0, 8)) == 0:
            row.append(draw(cell))  # a value in a column with no header
        rows.append(row)
    return rows


def write_xlsx(path, sheets: dict[str, list]) -> None:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        ws = book.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row or (), start=1):
                if value is not None:
                    ws.cell(row=r, column=c, value=value)
    book.save(path)


def assert_accounted(bundle) -> None:
    records = (*bundle.projects, *bundle.partners, *bundle.funding, *bundle.people)
    for c in bundle.counts:
        assert c.rows_read == c.rows_screened + c.rows_rejected

        def here(loc, c=c):
            return loc.file == c.file and (loc.sheet or "") == c.sheet

        assert sum(1 for r in records if here(r.location)) == c.rows_screened
        assert sum(1 for r in bundle.rejected if here(r.location)) == c.rows_rejected
    assert len({p.project_id for p in bundle.projects}) == len(bundle.projects)
    known = {p.project_id for p in bundle.projects}
    assert all(r.project_id in known for r in (*bundle.partners, *bundle.funding, *bundle.people))


PROJECT_EXTRA = ["abstract", "keywords", "field_codes", "start_date", "amount", "currency", "pi"]
PARTNER_EXTRA = ["country", "partner_type", "contribution"]


@SETTINGS
@given(data=st.data())
def test_random_workbooks_are_read_and_every_row_is_accounted_for(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("prop") / "round.xlsx"
    sheets = {"Projects": data.draw(sheet(PROJECTS, PROJECT_EXTRA), label="projects")}
    if data.draw(st.booleans()):
        sheets["Partners"] = data.draw(sheet(PARTNERS, PARTNER_EXTRA), label="partners")
    write_xlsx(path, sheets)
    limits = Limits(max_cell_chars=data.draw(st.sampled_from([20_000, 10])))
    try:
        bundle = read_inputs([path], None, limits)
    except CollabscreenError as exc:  # a refusal is fine, as long as it is one of ours and says where
        assert str(exc)
        return
    assert_accounted(bundle)


@SETTINGS
@given(data=st.data(), delimiter=st.sampled_from([",", ";", "\t"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_random_csv_files_are_read_and_every_row_is_accounted_for(tmp_path_factory, data, delimiter, encoding):
    folder = tmp_path_factory.mktemp("propcsv")
    rows = data.draw(sheet(PROJECTS, PROJECT_EXTRA), label="projects")
    text_rows = [["" if v is None else str(v) for v in (row or [])] for row in rows]
    if data.draw(st.booleans()):
        text_rows.insert(0, ["\x1b[31m", "\x00"])  # control characters in a title row
    path = folder / "projects.csv"
    with path.open("w", encoding=encoding, errors="replace", newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(text_rows)
    try:
        bundle = read_inputs([path])
    except CollabscreenError as exc:
        assert str(exc)
        return
    assert_accounted(bundle)
