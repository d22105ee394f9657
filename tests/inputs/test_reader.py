"""Reading workbooks and csv files into records: headers, row numbers, rejections, issues and counts."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from conftest import BLANK, csv_file, workbook, write_xlsx

from collabscreen.errors import CollabscreenError, InputError, Problems
from collabscreen.inputs import load_column_map, read_inputs
from collabscreen.inputs.records import Country, Rejected, SheetCount
from collabscreen.location import Location


def messages(exc: CollabscreenError) -> list[str]:
    return [str(p) for p in getattr(exc, "problems", [exc])]


def read_error(*paths, column_map=None) -> list[str]:
    with pytest.raises(CollabscreenError) as caught:
        read_inputs(list(paths), column_map)
    return messages(caught.value)


# --- what a good workbook gives -------------------------------------------------------------------------------


def test_title_row_blank_rows_float_ids_leading_zeros_and_dates(tmp_path):
    path = workbook(
        tmp_path,
        projects=[
            [26001.0, "Hypertension in older adults", "", "", "", "01/10/2026"],
            BLANK,
            ["00123", "Soil health", "", "", "", dt.datetime(2027, 2, 13)],
        ],
        partners=[[26001.0, "University of Toronto", "Canada"], ["00123", "McGill University", "CA"]],
        title={"projects": "Research Office export — Autumn 2026 funding round"},
    )
    bundle = read_inputs([path])

    assert [(p.project_id, p.title, p.start_date, p.location) for p in bundle.projects] == [
        ("26001", "Hypertension in older adults", dt.date(2026, 10, 1), Location("round.xlsx", "Projects", 4)),
        ("00123", "Soil health", dt.date(2027, 2, 13), Location("round.xlsx", "Projects", 6)),
    ]
    assert [(p.project_id, p.partner_name, p.country, p.index) for p in bundle.partners] == [
        ("26001", "University of Toronto", Country("Canada", "CA"), 1),
        ("00123", "McGill University", Country("CA", "CA"), 1),
    ]
    assert bundle.counts == (
        SheetCount("projects", "round.xlsx", "Projects", 2, 2, 0, 1),
        SheetCount("partners", "round.xlsx", "Partners", 2, 2, 0, 0),
    )
    assert bundle.rejected == () and bundle.issues == ()
    assert bundle.kinds_present == frozenset({"projects", "partners"})


def test_cells_keep_their_location(tmp_path):
    path = workbook(tmp_path, projects=[["P1", "Quantum sensing"]], partners=[["P1", "HIT", "China"]])
    partner = read_inputs([path]).partners[0]
    assert str(partner.cell("partner_name")) == 'round.xlsx › sheet "Partners" › row 2, column B ("Partner")'
    assert str(partner.cell("country")) == 'round.xlsx › sheet "Partners" › row 2, column C ("Country")'


def test_header_synonyms_are_matched_whatever_the_case_and_punctuation(tmp_path):
    path = workbook(
        tmp_path,
        projects=[[26001, "Robot arms", "We build robots.", 46296, "£1,200,000", "GBP"]],
        partners=[[26001, "Harbin Institute of Technology", "People's Republic of China", "University"]],
        people=[[26001, "Dr Ma Jun", "Co-Investigator", "Chinese", "HIT; Peking University", "Thousand Talents Plan"]],
        headers={
            "projects": ["PROPOSAL NO.", "project_title", "Scientific Abstract", "Proposed Start", "Total Requested",
                         "Ccy"],
            "partners": ["Proposal Ref", "Partner Organisation", "Country/Region", "Organisation Type"],
            "people": ["Grant Ref", "Researcher", "Project Role", "Citizenship", "Other Affiliations",
                       "Talent Programme Participation"],
        },
    )
    bundle = read_inputs([path])
    (p,) = bundle.projects
    assert (p.project_id, p.title, p.abstract, p.start_date, p.amount, p.currency) == (
        "26001", "Robot arms", "We build robots.", dt.date(2026, 10, 1), 1_200_000.0, "GBP")
    (partner,) = bundle.partners
    assert (partner.partner_name, partner.country.code, partner.partner_type) == (
        "Harbin Institute of Technology", "CN", "university")
    (someone,) = bundle.people
    assert (someone.name, someone.role, someone.nationality.code, someone.affiliations, someone.talent_programme) == (
        "Dr Ma Jun", "Co-Investigator", "CN", ("HIT", "Peking University"), "Thousand Talents Plan")


def test_a_sheet_with_an_unusual_name_is_known_by_its_headers(tmp_path):
    path = write_xlsx(tmp_path / "export.xlsx", {"Sheet1": [["Project ID", "Title"], ["P1", "Soil"]]})
    bundle = read_inputs([path])
    assert [p.project_id for p in bundle.projects] == ["P1"]
    assert bundle.counts == (SheetCount("projects", "export.xlsx", "Sheet1", 1, 1, 0, 0),)


def test_one_csv_file_per_kind(tmp_path):
    projects = csv_file(tmp_path, "projects.csv", [["Project ID", "Title"], ["26001.0", "Soil"], ["00123", "Rice"]])
    partners = csv_file(tmp_path, "partners.csv", [["Project ID", "Partner", "Country"], ["26001", "Zhejiang University",
                                                                                          "China"]])
    bundle = read_inputs([projects, partners])
    assert [p.project_id for p in bundle.projects] == ["26001", "00123"]
    assert [(p.project_id, p.partner_name, str(p.location)) for p in bundle.partners] == [
        ("26001", "Zhejiang University", "partners.csv › row 2")]
    assert [f.name for f in bundle.files] == ["projects.csv", "partners.csv"]


def test_csv_saved_by_excel_in_the_windows_code_page(tmp_path):
    path = csv_file(tmp_path, "projects.csv", [["Project ID", "Title"], ["P1", "Étude des sols"]], encoding="cp1252")
    assert [p.title for p in read_inputs([path]).projects] == ["Étude des sols"]


def test_hidden_sheet_that_is_not_a_known_kind_is_ignored(tmp_path):
    path = workbook(tmp_path, projects=[["P1", "Soil"]], extra_sheets={"Lookups": [["code", "label"], ["x", "y"]]},
                    hidden=["Lookups"])
    assert [p.project_id for p in read_inputs([path]).projects] == ["P1"]


def test_column_map_names_a_header_the_synonyms_do_not_know(tmp_path):
    path = workbook(tmp_path, projects=[["P1", "Soil"]], partners=[["P1", "Zhejiang University"]],
                    headers={"partners": ["Project ID", "Collaborating body"]})
    toml = tmp_path / "columns.toml"
    toml.write_text('[partners]\npartner_name = "Collaborating body"\n', encoding="utf-8")
    bundle = read_inputs([path], load_column_map(toml))
    assert [p.partner_name for p in bundle.partners] == ["Zhejiang University"]


def test_column_map_problems_are_listed_together(tmp_path):
    toml = tmp_path / "columns.toml"
    toml.write_text('[partner]\nname = "X"\n[people]\nsurname = "Y"\n', encoding="utf-8")
    with pytest.raises(Problems) as caught:
        load_column_map(toml)
    assert messages(caught.value) == [
        'columns.toml: unknown table "[partner]". Use one of: projects, partners, funding, people.',
        'columns.toml: [people] has no field "surname". Fields: project_id, name, role, nationality, affiliations, '
        "talent_programme.",
    ]


# --- rows that cannot be screened: rejected, with their Location ---------------------------------------------


def test_duplicate_project_id_and_orphan_partner_row_are_rejected(tmp_path):
    path = workbook(
        tmp_path,
        projects=[[26001, "Soil"], [26001.0, "Soil again"], [26002, "Rice"]],
        partners=[[26001, "McGill University"], [29999, "Peking University"]],
    )
    bundle = read_inputs([path])
    assert [p.project_id for p in bundle.projects] == ["26001", "26002"]
    assert [p.partner_name for p in bundle.partners] == ["McGill University"]
    assert bundle.rejected == (
        Rejected("projects", Location("round.xlsx", "Projects", 3, "A", "Project ID"),
                 'duplicate project ID "26001" (first at round.xlsx › sheet "Projects" › row 2).',
                 "Give each project its own ID, or delete the duplicate row."),
        Rejected("partners", Location("round.xlsx", "Partners", 3, "A", "Project ID"),
                 'project ID "29999" is not in the Projects sheet.',
                 "Correct the ID, or add the project to the Projects sheet."),
    )
    assert bundle.counts == (
        SheetCount("projects", "round.xlsx", "Projects", 3, 2, 1, 0),
        SheetCount("partners", "round.xlsx", "Partners", 2, 1, 1, 0),
    )


def test_empty_required_cells_reject_the_row(tmp_path):
    path = workbook(tmp_path, projects=[["P1", "Soil"], ["P2", ""], ["", "No ID"]], people=[["P1", None, "PI"]])
    bundle = read_inputs([path])
    assert [(r.kind, str(r.location), r.reason) for r in bundle.rejected] == [
        ("projects", 'round.xlsx › sheet "Projects" › row 3, column B ("Title")', '"Title" is empty.'),
        ("projects", 'round.xlsx › sheet "Projects" › row 4, column A ("Project ID")', '"Project ID" is empty.'),
        ("people", 'round.xlsx › sheet "People" › row 2, column B ("Name")', '"Name" is empty.'),
    ]


def test_every_row_is_accounted_for(tmp_path):
    path = workbook(
        tmp_path,
        projects=[["P1", "Soil"], BLANK, ["P1", "Dupe"], BLANK, BLANK, ["P2", "Rice"], ["   ", "   "]],
        partners=[["P1", "A"], ["P3", "Orphan"], BLANK, ["P2", "B"]],
        funding=[["P9", "UKRI"], ["P2", "UKRI", "UK", "government", "1000"]],
        title={"projects": "Export", "partners": "Export"},
    )
    bundle = read_inputs([path])
    assert [(c.sheet, c.rows_read, c.rows_screened, c.rows_rejected, c.rows_blank) for c in bundle.counts] == [
        ("Projects", 3, 2, 1, 4),  # the whitespace-only row is blank too
        ("Partners", 3, 2, 1, 1),
        ("Funding", 2, 1, 1, 0),
    ]
    for count in bundle.counts:
        assert count.rows_read == count.rows_screened + count.rows_rejected


def test_an_overlong_cell_rejects_the_row(tmp_path):
    path = workbook(tmp_path, projects=[["P1", "Soil", "x" * 20_001], ["P2", "Rice", "y" * 20_000]])
    bundle = read_inputs([path])
    assert [p.project_id for p in bundle.projects] == ["P2"]
    assert [(str(r.location), r.reason, r.hint) for r in bundle.rejected] == [
        ('round.xlsx › sheet "Projects" › row 2, column C ("Abstract")',
         "the cell holds 20,001 characters, over the 20,000-character limit.",
         "Shorten it, or raise the limit with --max-cell-chars (collabscreen does not screen truncated text)."),
    ]


# --- values that were read but not understood: screened, and reported as issues -------------------------------


def test_unreadable_values_become_issues_and_the_row_is_still_screened(tmp_path):
    path = workbook(
        tmp_path,
        projects=[["P1", "Soil", "", "", "", "next spring", "", "about a million"]],
        partners=[["P1", "Some University", "Untied Kingdom"]],
    )
    bundle = read_inputs([path])
    assert [p.project_id for p in bundle.projects] == ["P1"]
    assert bundle.projects[0].start_date is None and bundle.projects[0].amount is None
    assert [(i.project_id, str(i.location), i.message) for i in bundle.issues] == [
        ("P1", 'round.xlsx › sheet "Projects" › row 2, column F ("Start Date")',
         '"next spring" is not a date; it was ignored.'),
        ("P1", 'round.xlsx › sheet "Projects" › row 2, column H ("Amount")',
         '"about a million" is not an amount; it was ignored.'),
        ("P1", 'round.xlsx › sheet "Partners" › row 2, column C ("Country")',
         '"Untied Kingdom" is not a recognised country; use an ISO 3166 name or code, e.g. "GB".'),
    ]


# --- files and sheets that cannot be read at all: errors, all of them at once ---------------------------------


def test_missing_required_column(tmp_path):
    path = workbook(tmp_path, projects=[["P1", "Soil"]], headers={"projects": ["Project ID", "Abstract"]})
    assert read_error(path) == [
        'round.xlsx › sheet "Projects" › row 1: no header row with the required column(s) title in the first 15 '
        "rows. Name a column for title (e.g. 'Title', 'Project Title', 'Proposal Title') or map it with --columns."
    ]


def test_unknown_sheet(tmp_path):
    path = workbook(tmp_path, projects=[["P1", "Soil"]], extra_sheets={"Notes": [["Remember to chase Leeds"]]})
    assert read_error(path) == [
        'round.xlsx › sheet "Notes": is not a Projects, Partners, Funding or People sheet (neither its name nor its '
        'headers say which). Rename the sheet (e.g. "Partners"), or remove it from the workbook.'
    ]


def test_corrupt_xlsx(tmp_path):
    path = tmp_path / "corrupt.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a workbook")
    assert read_error(path) == [
        "corrupt.xlsx: is not a readable xlsx workbook: the file is damaged or truncated (its zip directory cannot "
        "be read). Export it again, or open it in Excel and save it again as .xlsx."
    ]


def test_truncated_xlsx(tmp_path):
    good = workbook(tmp_path, projects=[["P1", "Soil"]])
    path = tmp_path / "truncated.xlsx"
    path.write_bytes(good.read_bytes()[:900])
    assert read_error(path) == [
        "truncated.xlsx: is not a readable xlsx workbook: the file is damaged or truncated (its zip directory cannot "
        "be read). Export it again, or open it in Excel and save it again as .xlsx."
    ]


def test_a_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert read_error(path) == [
        "archive.xlsx: is a zip archive but not an Excel workbook (it has no xl/ folder). Open it in Excel or "
        "LibreOffice and save it as .xlsx."
    ]


def test_empty_file(tmp_path):
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    assert read_error(path) == ["empty.xlsx: the file is empty. Export the sheet again from your system."]


def test_xls_file(tmp_path):
    path = tmp_path / "round.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    assert read_error(path) == [
        'round.xls: legacy Excel 97-2003 workbooks (.xls) are not read. Open it in Excel or LibreOffice and save it '
        'as "round.xlsx" (Excel Workbook).'
    ]


def test_file_not_found_and_unknown_type(tmp_path):
    notes = tmp_path / "notes.pdf"
    notes.write_bytes(b"%PDF-1.7")
    assert read_error(tmp_path / "missing.xlsx", notes) == [
        "missing.xlsx: file not found. Check the path and try again.",
        'notes.pdf: unrecognised file type ".pdf". Give .xlsx or .csv files.',
    ]


def test_no_projects_sheet(tmp_path):
    path = workbook(tmp_path, partners=[["P1", "McGill University"]], name="partners-only.xlsx")
    assert read_error(path) == [
        'no Projects sheet in partners-only.xlsx. Add a sheet named "Projects" with at least a project ID and a '
        "title column."
    ]


def test_every_structural_problem_is_reported_together(tmp_path):
    good = workbook(tmp_path, projects=[["P1", "Soil"]], partners=[["P1", "A"]],
                    headers={"partners": ["Project ID", "Country"]}, extra_sheets={"Notes": [["n/a"]]})
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(Problems) as caught:
        read_inputs([good, empty, old])
    assert messages(caught.value) == [
        'round.xlsx › sheet "Partners" › row 1: no header row with the required column(s) partner_name in the first '
        "15 rows. Name a column for partner_name (e.g. 'Partner', 'Partner Name', 'Partner Organisation') or map it "
        "with --columns.",
        'round.xlsx › sheet "Notes": is not a Projects, Partners, Funding or People sheet (neither its name nor its '
        'headers say which). Rename the sheet (e.g. "Partners"), or remove it from the workbook.',
        "empty.csv: the file is empty. Export the sheet again from your system.",
        'old.xls: legacy Excel 97-2003 workbooks (.xls) are not read. Open it in Excel or LibreOffice and save it as '
        '"old.xlsx" (Excel Workbook).',
    ]
    assert all(isinstance(p, InputError) for p in caught.value.problems)
