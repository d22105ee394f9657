"""`describe_inputs` and `collabscreen inspect`: how each sheet and column was understood."""

from click.testing import CliRunner

from collabscreen.cli import main
from collabscreen.inputs.describe import describe_inputs
from tests.conftest import workbook


def test_describe_names_kind_header_row_fields_and_unused_columns(tmp_path):
    path = workbook(
        tmp_path,
        projects=[["P1", "Quantum sensing", "Abstract text", "", "", "", "", ""]],
        partners=[["P1", "University of Oxford", "UK", "university"]],
        headers={"partners": ["Proposal No.", "Collaborator", "Country", "Notes to self"]},
        title={"projects": "Research office export"},
    )
    described = {d.kind: d for d in describe_inputs([path])}
    assert described["projects"].header_row == 3
    assert described["projects"].data_rows == 1
    assert described["partners"].fields == (
        ("project_id", "A", "Proposal No."), ("partner_name", "B", "Collaborator"), ("country", "C", "Country"))
    assert described["partners"].ignored == (("D", "Notes to self"),)
    assert described["partners"].missing == ("partner_type", "role", "contribution", "currency")


def test_inspect_prints_each_column_and_says_what_a_sheet_is_not(tmp_path):
    path = workbook(tmp_path, projects=[["P1", "A title", "", "", "", "", "", ""]],
                    extra_sheets={"Instructions": [["Fill in every sheet"], ["Thanks"]]})
    result = CliRunner().invoke(main, ["inspect", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == 'round.xlsx › sheet "Projects": projects, header on row 1, 1 data rows'
    assert "    A  'Project ID'                             -> project_id" in lines
    assert any(line.startswith('round.xlsx › sheet "Instructions": not understood: ') for line in lines)
