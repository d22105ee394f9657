"""End to end: read -> screen -> decide -> render -> record, on the shipped demo round and on csv files.

The demo round (sample_inputs/round-2026-autumn.xlsx) carries the traps research offices hit in practice,
listed in sample_inputs/expected_traps.csv; the checks below pin the ones that decide an outcome.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import AS_OF, SHIPPED, csv_file, read_csv, workbook

from collabscreen.errors import CollabscreenError, InputError
from collabscreen.ledger import Ledger
from collabscreen.pipeline import ScreenOptions, screen, validate

SAMPLE = Path(__file__).resolve().parents[1] / "sample_inputs" / "round-2026-autumn.xlsx"


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    out = tmp_path_factory.mktemp("sample") / "out"
    result = screen(ScreenOptions(inputs=[SAMPLE], policies=list(SHIPPED), out=out, memos=False, as_of=AS_OF))
    return result, out, read_csv(out / "findings.csv"), {r["project_id"]: r for r in read_csv(out / "decisions.csv")}


def entries_of(findings, project_id: str) -> set[str]:
    return {f["entry_id"] for f in findings if f["project_id"] == project_id and f["check"] == "list_match"}


def rules_of(findings, project_id: str) -> set[str]:
    return {f["rule_id"] for f in findings if f["project_id"] == project_id and f["check"] == "rule"}


def test_sample_round_counts(sample):
    result, out, findings, decisions = sample
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert [p["id"] for p in run["policy_packs"]] == list(SHIPPED)
    for count in run["counts"]:
        assert count["rows_read"] == count["rows_screened"] + count["rows_rejected"], count
    assert sum(run["outcome_counts"].values()) == len(decisions) == len(result.decisions)
    assert sum(c["rows_screened"] for c in run["counts"] if c["kind"] == "projects") == len(decisions)
    assert sum(c["rows_rejected"] for c in run["counts"]) == len(read_csv(out / "rejected.csv"))
    # The demo's orphan partner row (project 29999) is rejected, not lost.
    assert [(r["sheet"], r["reason"]) for r in read_csv(out / "rejected.csv")] == [
        ("Partners", 'project ID "29999" is not in the Projects sheet.')]


@pytest.mark.parametrize(
    ("project_id", "entry_id"),
    [
        ("26027", "ca-nro-harbin-institute-of-technology"),  # HIT affiliation string, and "HIT" with country China
        ("26029", "aspi-cdut-harbin-institute-of-technology"),  # a typo, and 哈尔滨工业大学
        ("26044", "ca-nro-beihang-university"),  # the former name, and 北京航空航天大学
        ("26025", "ca-nro-northwestern-polytechnical-university"),
        ("26030", "aspi-cdut-national-university-of-defense-technology"),
        ("26045", "aspi-cdut-national-university-of-defense-technology"),  # 国防科技大学, the short form
    ],
)
def test_sample_round_positives(sample, project_id, entry_id):
    _, _, findings, _ = sample
    assert entry_id in entries_of(findings, project_id)


@pytest.mark.parametrize(
    ("project_id", "must_not"),
    [
        ("26017", "harbin"),  # Harbin Medical University
        ("26023", "harbin-institute"),  # a hospital of Harbin Medical University
        ("26009", "northwestern-polytechnical"),  # Northwestern University, Chicago
        ("26040", "aspi-cdut-zhejiang-university"),  # Zhejiang University of Technology
        ("26041", "aspi-cdut-nanjing-university"),  # NUIST
        ("26028", "xi-an-jiaotong-university"),  # Xi'an Jiaotong-Liverpool University
        ("26042", "harbin-institute-of-technology"),  # HIT - Holon Institute of Technology, Israel
        ("26004", "pasteur-institute-of-iran"),  # Institut Pasteur, Paris
        ("26052", ""),  # Beijing Normal University; East China Normal University: no match at all
    ],
)
def test_sample_round_hard_negatives(sample, project_id, must_not):
    _, _, findings, _ = sample
    confirmed = {f["entry_id"] for f in findings if f["project_id"] == project_id and f["check"] == "list_match"
                 and f["evidence"].startswith("match ")}
    assert [e for e in confirmed if must_not in e] == []


def test_sample_round_decisions(sample):
    _, _, findings, decisions = sample
    assert decisions["26027"]["outcome"] == "prohibited"
    assert "CA-STRAC-001" in rules_of(findings, "26027")
    assert "USRS-001" in rules_of(findings, "26026")  # a declared Thousand Talents Plan
    # A Marie Skłodowska-Curie fellowship is not a listed talent programme.
    assert not {e for e in entries_of(findings, "26046") if e.startswith("us-1286-talent")}
    assert "USRS-001" not in rules_of(findings, "26046")


def test_sample_round_is_recorded_in_the_ledger(sample):
    result, out, _, _ = sample
    with Ledger.open(result.ledger_path) as ledger:
        assert [r["run_id"] for r in ledger.runs()] == [result.run["run_id"]]
        assert ledger.verify() == []


def test_rerun_gives_the_same_run_id_and_appends_to_the_ledger(tmp_path):
    path = workbook(tmp_path, projects=[["P1", "Soil", "Soil health."]], partners=[["P1", "INRAE", "France"]],
                    funding=[["P1", "BBSRC", "UK", "government", 1]], people=[["P1", "Dr Roe", "PI", "British"]])
    options = ScreenOptions(inputs=[path], policies=["ca-strac"], out=tmp_path / "out", memos=False, as_of=AS_OF)
    first, second = screen(options), screen(options)
    assert first.run["run_id"] == second.run["run_id"]
    with Ledger.open(first.ledger_path) as ledger:
        assert [r["run_id"] for r in ledger.runs()] == [first.run["run_id"]] * 2
        assert ledger.verify() == []


def test_one_csv_file_per_kind(tmp_path):
    projects = csv_file(tmp_path, "projects.csv", [["Proposal No.", "Project Title", "Abstract"],
                                                   ["26001.0", "Quantum computing with superconducting qubits",
                                                    "Error-corrected qubits for a quantum computer."]])
    partners = csv_file(tmp_path, "partners.csv", [["Proposal Ref", "Partner Organisation", "Country"],
                                                   ["26001", "哈尔滨工业大学", "China"]])
    result = screen(ScreenOptions(inputs=[projects, partners], policies=["aspi-cdut"], out=tmp_path / "out",
                                  memos=False, as_of=AS_OF))
    assert [(d.project_id, d.outcome.value) for d in result.decisions] == [("26001", "escalate")]
    rules = [(f.rule_id, f.outcome.value) for f in result.decisions[0].findings if f.check == "rule"]
    assert rules == [("ASPI-001", "escalate"), ("CS-INPUT-NO-FUNDING", "note"), ("CS-INPUT-NO-PEOPLE", "note")]


def test_validate_passes_a_clean_round_and_lists_rejected_rows_otherwise(tmp_path):
    clean = workbook(tmp_path, projects=[["P1", "Soil"]], partners=[["P1", "INRAE", "France"]], name="clean.xlsx")
    assert [p.project_id for p in validate([clean], ["ca-strac"]).projects] == ["P1"]
    dirty = workbook(tmp_path, projects=[["P1", "Soil"], ["P1", "Again"]], partners=[["P9", "INRAE", "France"]],
                     name="dirty.xlsx")
    with pytest.raises(CollabscreenError) as caught:
        validate([dirty], ["ca-strac"])
    assert [str(p) for p in caught.value.problems] == [
        'dirty.xlsx › sheet "Projects" › row 3, column A ("Project ID"): duplicate project ID "P1" (first at '
        'dirty.xlsx › sheet "Projects" › row 2). Give each project its own ID, or delete the duplicate row.',
        'dirty.xlsx › sheet "Partners" › row 2, column A ("Project ID"): project ID "P9" is not in the Projects '
        "sheet. Correct the ID, or add the project to the Projects sheet.",
    ]


def test_an_output_path_that_is_a_file(tmp_path):
    path = workbook(tmp_path, projects=[["P1", "Soil"]])
    out = tmp_path / "out"
    out.write_text("not a folder", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        screen(ScreenOptions(inputs=[path], policies=["ca-strac"], out=out, memos=False, as_of=AS_OF))
    assert str(caught.value) == "the output path exists and is not a folder. Give a folder with --out."


def test_a_dismissal_clears_the_project_next_round_and_a_list_change_reopens_it(tmp_path):
    """Issue 7's 'done when', through the real pipeline and CLI: dismiss, re-run, change the list, re-run."""
    from click.testing import CliRunner

    from collabscreen.cli import main

    manuscripts = ["P1", "Medieval manuscripts", "Palaeography of twelfth-century charters.", "", "", "", "", ""]
    path = workbook(tmp_path, projects=[manuscripts],
                    partners=[["P1", "University of Reading", "UK", "university"]],
                    funding=[["P1", "NERC", "UK", "government", 100000]],
                    people=[["P1", "Dr Ann Lee", "PI", "British", "Harbin Engineering University", ""]])
    extra = csv_file(tmp_path, "watch.csv", [["entry_id", "name", "aliases", "country"],
                                             ["w-heu", "Harbin Engineering University", "HEU", "CN"]])
    out, ledger = tmp_path / "out", str(tmp_path / "out" / "ledger.sqlite")
    args = ["screen", str(path), "--list", str(extra), "--policy", "uk-china-sti-2025", "--out", str(out),
            "--as-of", AS_OF.isoformat(), "--no-memos"]
    runner = CliRunner()

    assert runner.invoke(main, args).exit_code == 0
    (match,) = [r for r in read_csv(out / "findings.csv") if r["check"] == "list_match"]
    assert (match["outcome"], match["change"], match["disposition"]) == ("note", "new", "")
    assert read_csv(out / "decisions.csv")[0]["outcome"] == "note"

    result = runner.invoke(main, ["review", "dismiss", match["finding_key"][:12], "--reviewer", "A. Officer",
                                  "--reason", "a different Harbin body", "--ledger", ledger])
    assert result.exit_code == 0, result.output

    assert runner.invoke(main, args).exit_code == 0
    (match,) = [r for r in read_csv(out / "findings.csv") if r["check"] == "list_match"]
    assert (match["outcome"], match["change"], match["disposition"], match["reason"]) == (
        "clear", "unchanged", "dismiss", "a different Harbin body")
    assert read_csv(out / "decisions.csv")[0]["outcome"] == "clear"

    csv_file(tmp_path, "watch.csv", [["entry_id", "name", "aliases", "country"],
                                     ["w-heu", "Harbin Engineering University", "HEU;Harbin Engineering Univ", "CN"]])
    assert runner.invoke(main, args).exit_code == 0
    (match,) = [r for r in read_csv(out / "findings.csv") if r["check"] == "list_match"]
    assert (match["outcome"], match["change"], match["disposition"]) == ("note", "reopened", "dismiss")
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["changes"] == {"new": 0, "unchanged": 0, "reopened": 1, "resolved": 0}

    assert runner.invoke(main, ["ledger", "verify", ledger]).exit_code == 0
