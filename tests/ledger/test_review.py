"""`collabscreen review`, `review import` and `history`: the reviewer's commands, on a real SQLite ledger."""

from __future__ import annotations

import csv

import openpyxl
from click.testing import CliRunner
from ledger_support import decision, match, rule, run

from collabscreen.cli import main
from collabscreen.ledger import Ledger, finding_key
from collabscreen.rules.findings import FINDING_COLUMNS

HIT, RULE = match(), rule()


def recorded(tmp_path) -> str:
    url = str(tmp_path / "ledger.sqlite")
    with Ledger.open(url) as ledger:
        ledger.record_run(run(), [decision("26001", HIT, RULE)])
    return url


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def findings_csv(tmp_path, dispositions: list[tuple[str, str]]):
    path = tmp_path / "findings.csv"
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow([*FINDING_COLUMNS, "Disposition", "Reason"])
        for f, (disp, reason) in zip((HIT, RULE), dispositions):
            writer.writerow([*f.row().values(), disp, reason])
    return path


def test_dismiss_from_the_command_line_then_history_shows_it(tmp_path):
    url = recorded(tmp_path)
    result = cli("review", "dismiss", "--project", "26001", "--entry", "hit-1", "--ledger", url,
                 "--reviewer", "A. Officer", "--reason", "HEU's Harbin campus is not the partner")
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"recorded: project 26001, finding {finding_key(HIT)[:12]} (Harbin Engineering "
                                    "University): dismiss by A. Officer on ")
    shown = cli("history", "26001", "--ledger", url).output
    assert "dismiss by A. Officer" in shown and finding_key(HIT)[:12] in shown
    assert cli("ledger", "verify", url).exit_code == 0


def test_reviewer_and_reason_are_required(tmp_path):
    url = recorded(tmp_path)
    result = cli("review", "dismiss", finding_key(HIT), "--ledger", url, "--reviewer", "A")
    assert result.exit_code == 2 and "Missing option '--reason'" in result.output
    result = cli("review", "override", "--project", "26001", "--ledger", url, "--reviewer", "A", "--reason", "r")
    assert result.exit_code == 2 and "Missing option '--outcome'" in result.output


def test_import_from_findings_csv_records_once(tmp_path):
    url = recorded(tmp_path)
    path = findings_csv(tmp_path, [("False positive", "different university"), ("override: mitigate", "TCP agreed")])
    first = cli("review", "import", path, "--ledger", url, "--reviewer", "B. Reviewer")
    assert first.exit_code == 0, first.output
    assert first.output.strip() == f"2 dispositions recorded, 0 already in force, from {path}."
    again = cli("review", "import", path, "--ledger", url, "--reviewer", "B. Reviewer")
    assert again.output.strip() == f"0 dispositions recorded, 2 already in force, from {path}."
    with Ledger.open(url) as ledger:
        applied = ledger.dispositions_for([HIT, RULE])
    assert {f: (a.disposition.decision, a.disposition.outcome, a.status) for f, a in applied.items()} == {
        HIT: ("dismiss", "", "applies"), RULE: ("override", "mitigate", "applies")}


def test_import_reports_every_bad_row_with_its_cell_and_records_nothing(tmp_path):
    url = recorded(tmp_path)
    path = findings_csv(tmp_path, [("maybe", "hmm"), ("dismiss", "")])
    result = cli("review", "import", path, "--ledger", url, "--reviewer", "B")
    assert result.exit_code == 1
    assert 'error: findings.csv › row 2, column O ("Disposition"): "maybe" is not a disposition.' in result.output
    assert result.output.count("error:") == 1  # the first problem stops the rest being checked against the ledger
    with Ledger.open(url) as ledger:
        assert ledger.dispositions() == []


def test_import_from_summary_xlsx(tmp_path):
    url = recorded(tmp_path)
    book = openpyxl.Workbook()
    book.active.title = "Summary"
    sheet = book.create_sheet("Findings")
    sheet.append([*FINDING_COLUMNS, "disposition", "reason"])
    row = HIT.row()
    sheet.append([*({**row, "project_id": 26001}).values(), "dismiss", "not the listed entity"])
    sheet.append([*RULE.row().values(), None, None])
    book.save(tmp_path / "summary.xlsx")
    result = cli("review", "import", tmp_path / "summary.xlsx", "--ledger", url, "--reviewer", "C")
    assert result.exit_code == 0, result.output
    with Ledger.open(url) as ledger:
        [d] = ledger.dispositions()
    assert (d.finding_key, d.reviewer, d.reason) == (finding_key(HIT), "C", "not the listed entity")


def test_history_lists_runs_and_refuses_a_missing_ledger(tmp_path):
    url = recorded(tmp_path)
    assert "run-2026-11-28-aaaaaaaaaaaa  as of 2026-11-28  escalate 1" in cli("history", "--ledger", url).output
    missing = cli("history", "--ledger", tmp_path / "none.sqlite")
    assert missing.exit_code == 1 and "there is no ledger here" in missing.output
