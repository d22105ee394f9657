"""Broken spreadsheets: every case of the corpus read by the real reader, with its exact outcome.

Files that cannot be read give one error naming the file (and sheet), what is wrong and the fix; files that can
be read give records, rejections, issues and notes, and every row is accounted for.
"""

from __future__ import annotations

import datetime as dt

import pytest
from corpus import CASES, DATE_ROWS, PARTNERS_HEADER, PROJECTS_HEADER, Case, book, encrypted_xlsx, good_round

from collabscreen.errors import CollabscreenError
from collabscreen.inputs import Limits, read_inputs
from collabscreen.inputs.records import SheetCount


def limits_for(case: Case) -> Limits:
    args = dict(zip(case.extra_args[::2], case.extra_args[1::2]))
    return Limits(
        max_file_mb=float(args.get("--max-file-mb", Limits.max_file_mb)),
        max_rows=int(args.get("--max-rows", Limits.max_rows)),
        max_cell_chars=int(args.get("--max-cell-chars", Limits.max_cell_chars)),
    )


def read_case(tmp_path, name: str):
    case = CASES[name]
    return read_inputs(case.build(tmp_path), None, limits_for(case))


def counts(bundle) -> list[tuple]:
    return [(c.sheet, c.rows_read, c.rows_screened, c.rows_rejected, c.rows_blank, c.rows_hidden) for c in bundle.counts]


def rejected(bundle) -> list[tuple[str, str]]:
    return [(str(r.location), f"{r.reason} {r.hint}".strip()) for r in bundle.rejected]


def issues(bundle) -> list[tuple[str, str, str]]:
    return [(i.project_id, str(i.location), i.message) for i in bundle.issues]


# --- every file that cannot be read: one exact message --------------------------------------------------------

ERROR_CASES = [name for name, case in CASES.items() if case.error]


@pytest.mark.parametrize("name", ERROR_CASES)
def test_unreadable_file_gives_one_exact_error(tmp_path, name):
    with pytest.raises(CollabscreenError) as caught:
        read_case(tmp_path, name)
    assert str(caught.value) == CASES[name].error


def test_a_real_password_protected_workbook(tmp_path):
    pytest.importorskip("msoffcrypto")
    path = encrypted_xlsx(tmp_path / "locked.xlsx")
    with pytest.raises(CollabscreenError) as caught:
        read_inputs([path])
    assert str(caught.value) == CASES["encrypted-ole"].error


def test_every_unreadable_file_is_reported_in_one_go(tmp_path):
    paths = [p for name in ("empty-csv", "legacy-xls", "truncated-xlsx") for p in CASES[name].build(tmp_path)]
    with pytest.raises(CollabscreenError) as caught:
        read_inputs(paths)
    assert [str(p) for p in caught.value.problems] == [
        CASES["empty-csv"].error, CASES["legacy-xls"].error, CASES["truncated-xlsx"].error]


# --- csv encodings and delimiters ------------------------------------------------------------------------------

CSV_TITLES = [("P1", "Étude des sols — Ørsted café"), ("P2", "清华大学 collaboration")]


@pytest.mark.parametrize("name", ["utf8-csv", "utf8-bom-csv", "utf16-tab-txt", "utf16-no-bom-csv", "semicolon-csv",
                                  "tab-csv", "sep-line-csv"])
def test_csv_encodings_and_delimiters(tmp_path, name):
    bundle = read_case(tmp_path, name)
    assert [(p.project_id, p.title) for p in bundle.projects] == CSV_TITLES
    assert bundle.projects[0].abstract == "Soil; carbon; nitrogen"  # a ';' in a comma file is not a delimiter
    assert bundle.rejected == () and bundle.issues == ()


def test_sep_line_keeps_the_row_numbers_a_text_editor_shows(tmp_path):
    bundle = read_case(tmp_path, "sep-line-csv")
    assert [str(p.location) for p in bundle.projects] == ["projects.csv › row 3", "projects.csv › row 4"]


def test_cp1252_csv(tmp_path):
    bundle = read_case(tmp_path, "cp1252-csv")
    assert [(p.project_id, p.title) for p in bundle.projects] == [CSV_TITLES[0]]


def test_comma_csv_whose_abstracts_are_full_of_semicolons(tmp_path):
    rows = "Project ID,Title,Abstract\r\n" + "".join(f'P{i},T{i},"a; b; c; d"\r\n' for i in range(5))
    (tmp_path / "p.csv").write_text(rows, encoding="utf-8")
    assert [p.abstract for p in read_inputs([tmp_path / "p.csv"]).projects] == ["a; b; c; d"] * 5


def test_an_unclosed_quote_is_an_error_not_a_silent_merge_of_every_row_after_it(tmp_path):
    (tmp_path / "p.csv").write_text('Project ID,Title\r\nP1,"Soil\r\nP2,Rice\r\n', encoding="utf-8")
    with pytest.raises(CollabscreenError) as caught:
        read_inputs([tmp_path / "p.csv"])
    assert str(caught.value) == (
        "p.csv › row 2: cannot be read as csv (unexpected end of data). Check this row for a quote that is not "
        "closed, or save the file again from Excel as CSV UTF-8.")


def test_a_quoted_line_break_stays_in_its_cell(tmp_path):
    (tmp_path / "p.csv").write_text('Project ID,Title\r\nP1,"Soil\r\nhealth"\r\nP2,Rice\r\n', encoding="utf-8")
    bundle = read_inputs([tmp_path / "p.csv"])
    assert [(p.project_id, p.title, p.location.row) for p in bundle.projects] == [("P1", "Soil\nhealth", 2),
                                                                                  ("P2", "Rice", 3)]


# --- header rows ---------------------------------------------------------------------------------------------


def test_title_row_above_the_header(tmp_path):
    bundle = read_case(tmp_path, "title-row")
    assert [(p.project_id, str(p.location)) for p in bundle.projects] == [("P1", 'title.xlsx › sheet "Projects" › row 4')]
    assert counts(bundle) == [("Projects", 1, 1, 0, 0, 0)]


def test_a_second_header_row_is_rejected_not_screened_as_a_project(tmp_path):
    bundle = read_case(tmp_path, "two-header-rows")
    assert [p.project_id for p in bundle.projects] == ["P1"]
    assert rejected(bundle) == [(
        'two-headers.xlsx › sheet "Projects" › row 2',
        "the row repeats the header row, so it is not a record. Delete it (a second header row, or two exports "
        "pasted together).",
    )]
    assert counts(bundle) == [("Projects", 2, 1, 1, 0, 0)]


# --- merged cells, hidden rows and sheets ----------------------------------------------------------------------


def test_merged_project_id_is_filled_down_over_its_partner_rows(tmp_path):
    bundle = read_case(tmp_path, "merged-cells")
    assert [(p.project_id, p.partner_name, p.location.row, p.index) for p in bundle.partners] == [
        ("P1", "University of Toronto", 2, 1), ("P1", "McGill University", 3, 2), ("P1", "Zhejiang University", 4, 3),
        ("P2", "Harbin Institute of Technology", 5, 1)]
    assert [str(n) for n in bundle.notes] == [
        'merged.xlsx › sheet "Partners": 2 cell(s) inside merged ranges took the value of the range\'s top cell.']
    assert bundle.rejected == ()


def test_merged_cells_fill_only_their_first_column_and_only_rows_with_data(tmp_path):
    path = book(tmp_path / "m.xlsx", {
        "Projects": [PROJECTS_HEADER, ["P1", "Soil", "A long abstract"], ["P2", "Rice"], [None, None, None, None],
                     ["P3", "Wheat"]],
    }, merged={"Projects": ["C2:D2", "A3:A4"]})
    bundle = read_inputs([path])
    assert [(p.project_id, p.abstract, p.start_date) for p in bundle.projects] == [
        ("P1", "A long abstract", None), ("P2", "", None), ("P3", "", None)]
    assert counts(bundle) == [("Projects", 3, 3, 0, 1, 0)]  # row 4 is empty apart from the merge: a blank row


def test_hidden_rows_and_sheets_are_screened_and_said(tmp_path):
    bundle = read_case(tmp_path, "hidden-rows-and-sheets")
    assert [(p.project_id, p.partner_name) for p in bundle.partners] == [
        ("P1", "University of Toronto"), ("P2", "Harbin Institute of Technology")]
    assert [(p.project_id, p.name) for p in bundle.people] == [("P1", "A. Researcher")]
    assert bundle.counts[1] == SheetCount("partners", "hidden.xlsx", "Partners", 2, 2, 0, 0, rows_hidden=1)
    assert bundle.counts[2] == SheetCount("people", "hidden.xlsx", "People", 1, 1, 0, 0, hidden=True)
    assert [str(n) for n in bundle.notes] == [
        'hidden.xlsx › sheet "People": the sheet is hidden; its rows were screened like any other (hidden data is '
        "still data).",
        'hidden.xlsx › sheet "Lookups": the sheet is hidden and is not a Projects, Partners, Funding or People '
        "sheet; it was skipped.",
        'hidden.xlsx › sheet "Partners": 1 hidden row(s) were screened like the others (hidden rows are still data).',
    ]


# --- formulas, dates, IDs ---------------------------------------------------------------------------------------


def test_formulas_give_their_saved_results_and_say_when_there_is_none(tmp_path):
    bundle = read_case(tmp_path, "formulas")
    assert [(p.project_id, p.title, p.abstract, p.start_date) for p in bundle.projects] == [
        ("P1", "SOIL HEALTH", "", dt.date(2026, 10, 1)), ("P2", "Rice", "", None), ("P3", "Wheat", "", None)]
    assert rejected(bundle) == [(
        'formulas.xlsx › sheet "Projects" › row 4, column A ("Project ID")',
        '"Project ID" holds the spreadsheet error #N/A. Correct the formula, or type the value in.',
    )]
    assert issues(bundle) == [
        ("P2", 'formulas.xlsx › sheet "Projects" › row 3, column C ("Abstract")',
         "holds a formula with no saved result, so its value is unknown; it was ignored. Open the file in Excel and "
         "save it again (Excel saves each formula's result), or paste the values in place of the formulas."),
        ("P3", 'formulas.xlsx › sheet "Projects" › row 5, column C ("Abstract")',
         "holds the spreadsheet error #REF!; it was ignored. Correct the formula, or type the value in."),
    ]
    assert counts(bundle) == [("Projects", 4, 3, 1, 0, 0)]


def test_a_required_cell_with_an_unsaved_formula_rejects_the_row(tmp_path):
    from corpus import Formula, RawSheet, raw_xlsx

    path = raw_xlsx(tmp_path / "f.xlsx", [RawSheet("Projects", [PROJECTS_HEADER, ["P1", Formula("B9")]])])
    assert rejected(read_inputs([path])) == [(
        'f.xlsx › sheet "Projects" › row 2, column B ("Title")',
        '"Title" holds a formula with no saved result, so its value is unknown. Open the file in Excel and save it '
        "again (Excel saves each formula's result), or paste the values in place of the formulas.",
    )]


def test_dates_as_text_serials_and_several_formats(tmp_path):
    bundle = read_case(tmp_path, "dates")
    october = dt.date(2026, 10, 1)
    assert [(p.project_id, p.start_date) for p in bundle.projects] == [
        (row[0], october) for row in DATE_ROWS[:7]] + [("D8", None), ("D9", None)]
    assert [(i.project_id, i.message) for i in bundle.issues] == [
        ("D8", '"October 2026" is not a full date (day, month and year); it was ignored.'),
        ("D9", '"next spring" is not a date; it was ignored.'),
    ]


def test_ids_stored_as_floats(tmp_path):
    bundle = read_case(tmp_path, "float-ids")
    assert [p.project_id for p in bundle.projects] == ["26001", "26002"]
    assert [(p.project_id, p.partner_name) for p in bundle.partners] == [("26001", "University of Toronto")]


def test_duplicate_ids(tmp_path):
    bundle = read_case(tmp_path, "duplicate-ids")
    assert [(p.project_id, p.title) for p in bundle.projects] == [("P1", "Soil")]
    assert rejected(bundle)[0] == (
        'dupes.xlsx › sheet "Projects" › row 3, column A ("Project ID")',
        'duplicate project ID "P1" (first at dupes.xlsx › sheet "Projects" › row 2). Give each project its own ID, '
        "or delete the duplicate row.",
    )


def test_blank_rows_in_the_middle_are_counted_apart(tmp_path):
    bundle = read_case(tmp_path, "blank-rows")
    assert [(p.project_id, p.location.row) for p in bundle.projects] == [("P1", 2), ("P2", 5)]
    assert counts(bundle)[0] == ("Projects", 2, 2, 0, 2, 0)


def test_trailing_and_non_breaking_spaces(tmp_path):
    bundle = read_case(tmp_path, "odd-spaces")
    assert [(p.project_id, p.title) for p in bundle.projects] == [("P1", "Soil health")]
    assert [(p.project_id, p.partner_name, p.country.code) for p in bundle.partners] == [
        ("P1", "Harbin Institute of Technology", "CN")]


def test_a_very_long_cell_rejects_its_row_and_the_rows_that_depend_on_it(tmp_path):
    bundle = read_case(tmp_path, "long-cell")
    assert [p.project_id for p in bundle.projects] == ["P2"]
    assert rejected(bundle) == [
        ('long.xlsx › sheet "Projects" › row 2, column C ("Abstract")',
         "the cell holds 20,001 characters, over the 20,000-character limit. Shorten it, or raise the limit with "
         "--max-cell-chars (collabscreen does not screen truncated text)."),
        ('long.xlsx › sheet "Partners" › row 2, column A ("Project ID")',
         'project "P1" was rejected (long.xlsx › sheet "Projects" › row 2, column C ("Abstract")), so this row was '
         "not screened either. Correct the project's row; this row is then screened with it."),
    ]


def test_raising_the_cell_limit_screens_the_long_cell(tmp_path):
    paths = CASES["long-cell"].build(tmp_path)
    bundle = read_inputs(paths, None, Limits(max_cell_chars=30_000))
    assert [len(p.abstract) for p in bundle.projects] == [20_001, 0] and bundle.rejected == ()


def test_rows_beyond_the_limit_are_an_error_but_raising_it_reads_them(tmp_path):
    path = good_round(tmp_path / "r.xlsx")
    assert len(read_inputs([path], None, Limits(max_rows=3)).projects) == 2


def test_control_characters_and_bidi_overrides_are_removed(tmp_path):
    bundle = read_case(tmp_path, "control-characters")
    assert [(p.project_id, p.title) for p in bundle.projects] == [("P1", "Soil [31mRED[0m evil")]


def test_partner_rows_of_a_rejected_project_say_why(tmp_path):
    path = book(tmp_path / "r.xlsx", {"Projects": [PROJECTS_HEADER, ["P1", None]],
                                      "Partners": [PARTNERS_HEADER, ["P1", "McGill University"]]})
    assert rejected(read_inputs([path])) == [
        ('r.xlsx › sheet "Projects" › row 2, column B ("Title")', '"Title" is empty. Fill it in, or delete the row.'),
        ('r.xlsx › sheet "Partners" › row 2, column A ("Project ID")',
         'project "P1" was rejected (r.xlsx › sheet "Projects" › row 2, column B ("Title")), so this row was not '
         "screened either. Correct the project's row; this row is then screened with it."),
    ]


@pytest.mark.parametrize("name", [n for n, c in CASES.items() if not c.error])
def test_every_readable_case_accounts_for_every_row(tmp_path, name):
    bundle = read_case(tmp_path, name)
    for c in bundle.counts:
        assert c.rows_read == c.rows_screened + c.rows_rejected
        screened = [r for r in (*bundle.projects, *bundle.partners, *bundle.funding, *bundle.people)
                    if r.location.file == c.file and (r.location.sheet or "") == c.sheet]
        assert len(screened) == c.rows_screened
        assert sum(1 for r in bundle.rejected if r.location.file == c.file and (r.location.sheet or "") == c.sheet
                   ) == c.rows_rejected
