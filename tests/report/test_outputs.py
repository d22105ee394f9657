"""The output files of DESIGN.md section 4: decisions.csv, findings.csv, rejected.csv, summary.xlsx, run.json.

One small round is screened once (without memos) and every file is read back.
"""

from __future__ import annotations

import json
import re

import openpyxl
import pytest
from conftest import AS_OF, BLANK, csv_file, csv_header, read_csv, workbook

from collabscreen.pipeline import ScreenOptions, screen

FORMULA = '=HYPERLINK("http://x")'
HIT_STRING = "School of Astronautics, Harbin Institute of Technology, Harbin 150001, China"

DECISION_COLUMNS = ["project_id", "title", "outcome", "findings", "memo"]
FINDING_COLUMNS = ["project_id", "subject_type", "subject_id", "check", "rule_id", "outcome", "score", "list_id",
                   "entry_id", "entry_name", "matched_alias", "matched_text", "evidence", "source",
                   # the ledger's columns after the DESIGN.md ones: stable key, change since the last run, and the
                   # disposition a reviewer fills in and imports back
                   "finding_key", "change", "disposition", "reason"]
REJECTED_COLUMNS = ["kind", "file", "sheet", "row", "column", "header", "location", "reason", "hint"]


def round_inputs(tmp_path):
    """A small round: a prohibited project, a formula-injection partner, a path-traversal ID, and bad rows."""
    book = workbook(
        tmp_path,
        projects=[
            [26001.0, "Quantum computing with superconducting qubits", "Error-corrected qubits for a quantum computer."],
            ["00123", FORMULA, "A survey of soil organic matter.", "quantum computing; qubits"],
            [26001, "A duplicate", "Same ID again."],
            BLANK,
            ["../../etc/passwd", "Bird song", "Wrens in hedgerows."],
        ],
        partners=[[26001, HIT_STRING, "China", "university"], ["00123", FORMULA, "China"],
                  ["00123", "Hyperlink Research Institute", "UK"], [29999, "Orphan University", "UK"]],
        funding=[[26001, "UKRI", "UK", "government", 1000], ["00123", "BBSRC", "UK", "government", 500],
                 ["../../etc/passwd", "RSPB", "UK", "charity", 100]],
        people=[[26001, "Dr Ma Jun", "Co-Investigator", "Chinese", "", ""]],
        title={"projects": "Research Office export — test round"},
    )
    extra = csv_file(tmp_path, "local-list.csv", [["entry_id", "name", "aliases", "country"],
                                                 ["x-1", "Hyperlink Research Institute", "", ""]])
    return book, extra


def run_round(inputs, out):
    book, extra = inputs
    result = screen(ScreenOptions(inputs=[book], policies=["ca-strac"], out=out, lists=[extra], memos=False,
                                  as_of=AS_OF))
    return result, out


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    return round_inputs(tmp_path_factory.mktemp("inputs"))


@pytest.fixture(scope="module")
def round_out(inputs, tmp_path_factory):
    return run_round(inputs, tmp_path_factory.mktemp("round") / "out")


def test_files_written(round_out):
    _, out = round_out
    # No memos were asked for: the memos folder is empty, there is no summary.pdf and no staging folder is left.
    assert sorted(p.name for p in out.iterdir()) == ["decisions.csv", "findings.csv", "ledger.sqlite", "memos",
                                                     "rejected.csv", "run.json", "summary.xlsx"]
    assert list((out / "memos").iterdir()) == []


def test_decisions_csv(round_out):
    _, out = round_out
    assert csv_header(out / "decisions.csv") == DECISION_COLUMNS
    rows = read_csv(out / "decisions.csv")
    assert [(r["project_id"], r["title"], r["outcome"], r["memo"]) for r in rows] == [
        ("26001", "Quantum computing with superconducting qubits", "prohibited", ""),
        ("00123", "'" + FORMULA, "escalate", ""),
        ("../../etc/passwd", "Bird song", "clear", ""),
    ]
    findings = read_csv(out / "findings.csv")
    for row in rows:
        assert int(row["findings"]) == sum(f["project_id"] == row["project_id"] for f in findings)


def test_findings_csv(round_out):
    _, out = round_out
    assert csv_header(out / "findings.csv") == FINDING_COLUMNS
    rows = read_csv(out / "findings.csv")
    flat = [(r["project_id"], r["subject_type"], r["subject_id"], r["check"], r["rule_id"], r["outcome"], r["list_id"],
             r["entry_id"]) for r in rows if r["check"] != "sensitive_area"]
    assert flat == [
        ("26001", "project", "26001", "rule", "CA-STRAC-001", "prohibited", "", ""),
        ("26001", "project", "26001", "rule", "CA-STRAC-003", "escalate", "", ""),
        ("26001", "partner", "partner-1", "list_match", "", "note", "ca-nro", "ca-nro-harbin-institute-of-technology"),
        ("00123", "project", "00123", "rule", "CA-STRAC-003", "escalate", "", ""),
        ("00123", "partner", "partner-2", "list_match", "", "note", "list-local-list", "x-1"),
    ]
    areas = {(r["project_id"], r["subject_type"], r["list_id"], r["entry_id"], r["matched_text"])
             for r in rows if r["check"] == "sensitive_area"}
    assert ("26001", "project", "ca-stra", "stra-quantum-computing", "flag") in areas
    assert {a[0] for a in areas} == {"26001", "00123"}
    assert {r["check"] for r in rows} <= {"list_match", "sensitive_area", "rule"}
    assert {r["subject_type"] for r in rows} <= {"project", "partner", "funding", "person"}
    match = next(r for r in rows if r["entry_id"] == "ca-nro-harbin-institute-of-technology")
    assert (match["entry_name"], match["matched_alias"], match["matched_text"], match["score"], match["source"]) == (
        "Harbin Institute of Technology", "Harbin Institute of Technology", "Harbin Institute of Technology", "100",
        'round.xlsx › sheet "Partners" › row 2, column B ("Partner")')
    assert match["evidence"].startswith('match on ca-nro entry "Harbin Institute of Technology"')


def test_formula_in_a_title_or_partner_name_is_inert_in_csv(round_out):
    _, out = round_out
    assert read_csv(out / "decisions.csv")[1]["title"] == "'" + FORMULA
    (rule,) = [r for r in read_csv(out / "findings.csv") if r["project_id"] == "00123" and r["check"] == "rule"]
    assert f'partner "{FORMULA}" (CN)' in rule["evidence"]


def test_rejected_csv(round_out):
    _, out = round_out
    assert csv_header(out / "rejected.csv") == REJECTED_COLUMNS
    assert read_csv(out / "rejected.csv") == [
        {"kind": "projects", "file": "round.xlsx", "sheet": "Projects", "row": "6", "column": "A",
         "header": "Project ID", "location": 'round.xlsx › sheet "Projects" › row 6, column A ("Project ID")',
         "reason": 'duplicate project ID "26001" (first at round.xlsx › sheet "Projects" › row 4).',
         "hint": "Give each project its own ID, or delete the duplicate row."},
        {"kind": "partners", "file": "round.xlsx", "sheet": "Partners", "row": "5", "column": "A",
         "header": "Project ID", "location": 'round.xlsx › sheet "Partners" › row 5, column A ("Project ID")',
         "reason": 'project ID "29999" is not in the Projects sheet.',
         "hint": "Correct the ID, or add the project to the Projects sheet."},
    ]


def test_run_json(round_out):
    result, out = round_out
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    # The keys of the contract, in order (later keys may extend it; JSON readers ignore what they do not know).
    assert list(run)[:9] == ["run_id", "tool_version", "started", "finished", "as_of", "policy_packs",
                             "input_files", "counts", "outcome_counts"]
    assert run == result.run
    assert run["second_opinion"] is None  # used only with --second-opinion
    assert re.fullmatch(r"run-2026-11-28-[0-9a-f]{12}", run["run_id"])
    assert run["as_of"] == "2026-11-28"
    assert run["started"] <= run["finished"]
    assert [(p["id"], sorted(p)) for p in run["policy_packs"]] == [
        ("ca-strac", ["id", "sha256", "version"]), ("lists", ["id", "sha256", "version"])]
    assert all(re.fullmatch(r"[0-9a-f]{64}", p["sha256"]) for p in run["policy_packs"])
    assert [f["name"] for f in run["input_files"]] == ["round.xlsx"]
    assert re.fullmatch(r"[0-9a-f]{64}", run["input_files"][0]["sha256"])
    assert [(c["kind"], c["sheet"], c["rows_read"], c["rows_screened"], c["rows_rejected"], c["rows_blank"])
            for c in run["counts"]] == [
        ("projects", "Projects", 4, 3, 1, 1),
        ("partners", "Partners", 4, 3, 1, 0),
        ("funding", "Funding", 3, 3, 0, 0),
        ("people", "People", 1, 1, 0, 0),
    ]
    for count in run["counts"]:
        assert count["rows_read"] == count["rows_screened"] + count["rows_rejected"]
    assert run["outcome_counts"] == {"clear": 1, "note": 0, "mitigate": 0, "escalate": 1, "prohibited": 1}


def test_summary_workbook(round_out):
    _, out = round_out
    book = openpyxl.load_workbook(out / "summary.xlsx")
    assert book.sheetnames == ["Summary", "Decisions", "Findings", "Rejected"]
    headers = {"Summary": ["item", "value"], "Decisions": DECISION_COLUMNS, "Findings": FINDING_COLUMNS,
               "Rejected": REJECTED_COLUMNS}
    for name, columns in headers.items():
        sheet = book[name]
        assert [c.value for c in sheet[1]] == columns, name
        assert sheet.freeze_panes == "A2", name
        assert sheet.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(columns))}{sheet.max_row}", name
    decisions = book["Decisions"]
    assert [[c.value for c in row] for row in decisions.iter_rows(min_row=2)] == [
        ["26001", "Quantum computing with superconducting qubits", "prohibited",
         int(read_csv(out / "decisions.csv")[0]["findings"]), None],
        ["00123", FORMULA, "escalate", int(read_csv(out / "decisions.csv")[1]["findings"]), None],
        ["../../etc/passwd", "Bird song", "clear", 0, None],
    ]
    assert decisions["C2"].fill.fgColor.rgb.endswith("E1BEE7")  # prohibited is coloured
    summary = {row[0].value: row[1].value for row in book["Summary"].iter_rows(min_row=2)}
    assert summary["As of"] == "2026-11-28"
    assert summary["Projects screened"] == 3
    assert summary["Rows rejected"] == 2


def test_formula_text_is_a_string_cell_in_the_workbook(round_out):
    _, out = round_out
    book = openpyxl.load_workbook(out / "summary.xlsx")
    cell = book["Decisions"]["B3"]
    assert (cell.value, cell.data_type) == (FORMULA, "s")
    evidence = [c for row in book["Findings"].iter_rows(min_row=2) for c in row if FORMULA in str(c.value or "")]
    assert evidence and all(c.data_type == "s" for c in evidence)
    # Nothing in any sheet is a formula.
    assert [c.coordinate for sheet in book for row in sheet.iter_rows() for c in row if c.data_type == "f"] == []


def test_same_inputs_and_as_of_give_the_same_outputs(tmp_path, inputs, round_out):
    first, first_out = round_out
    second, second_out = run_round(inputs, tmp_path / "again")
    assert second.run["run_id"] == first.run["run_id"]
    for name in ("decisions.csv", "findings.csv", "rejected.csv"):
        assert (second_out / name).read_bytes() == (first_out / name).read_bytes(), name
