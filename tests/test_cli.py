"""The command line, through click's CliRunner: help everywhere, output contracts, exit codes and messages
(sqlite-utils style: whole messages, word for word, and never a traceback)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3

import click
import pytest
from click.testing import CliRunner
from conftest import BLANK, csv_file, read_csv, workbook, write_pack

from collabscreen import __version__
from collabscreen.cli import main

HIT_STRING = "School of Astronautics, Harbin Institute of Technology, Harbin 150001, China"
QUANTUM = ["Quantum computing with superconducting qubits", "Error-corrected qubits for a quantum computer."]


def invoke(*args: str):
    result = CliRunner().invoke(main, [str(a) for a in args], prog_name="collabscreen")
    assert "Traceback" not in result.output
    return result


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


# --- help and commands ----------------------------------------------------------------------------------------------


def command_paths(group: click.Group = main, prefix: tuple[str, ...] = ()):
    for name, command in sorted(group.commands.items()):
        yield (*prefix, name)
        if isinstance(command, click.Group):
            yield from command_paths(command, (*prefix, name))


@pytest.mark.parametrize("path", list(command_paths()), ids=" ".join)
def test_every_command_has_help(path):
    result = invoke(*path, "--help")
    assert result.exit_code == 0
    assert result.output.startswith(f"Usage: collabscreen {' '.join(path)} ")
    command = main
    for name in path:
        command = command.commands[name]
    assert command.help and command.help.strip(), f"{' '.join(path)} has no help text"


def test_version():
    result = invoke("--version")
    assert (result.exit_code, result.output) == (0, f"collabscreen, version {__version__}\n")


@pytest.mark.parametrize(
    "path",
    [("screen",), ("match",), ("classify",), ("validate",), ("inspect",), ("policy", "list"), ("policy", "show"),
     ("policy", "check"), ("policy", "diff"), ("review",), ("history",), ("ledger", "verify"),
     ("templates", "init")],
    ids=" ".join,
)
def test_commands_of_the_contract_exist(path):
    # DESIGN.md sections 2 and 3 name these commands; `templates init` is the fix a MemoRenderer error gives.
    assert invoke(*path, "--help").exit_code == 0


# --- match and classify: output contracts ---------------------------------------------------------------------------

MATCH_COLUMNS = ["row", "text", "outcome", "list_id", "entry_id", "entry_name", "matched_alias", "score", "explanation"]


def test_match_output():
    result = invoke("match", "Harbin Institute of Technology", "Holon Institute of Technology", "--policy", "ca-strac")
    assert result.exit_code == 0
    header, *rows = csv_rows(result.stdout)
    assert header == MATCH_COLUMNS
    assert [row[:8] for row in rows] == [
        ["1", "Harbin Institute of Technology", "match", "ca-nro", "ca-nro-harbin-institute-of-technology",
         "Harbin Institute of Technology", "Harbin Institute of Technology", "100"],
        ["2", "Holon Institute of Technology", "clear", "", "", "", "", ""],
    ]
    assert rows[0][8].startswith('match on ca-nro entry "Harbin Institute of Technology" via alias '
                                 '"Harbin Institute of Technology", score 100 (match ≥ 92, possible ≥ 85): ')
    assert rows[1][8] == "no list entry matched"


def test_match_country_is_evidence():
    assert csv_rows(invoke("match", "BUAA", "--policy", "ca-strac").stdout)[1][2:5] == ["clear", "", ""]
    assert csv_rows(invoke("match", "BUAA", "--country", "CN", "--policy", "ca-strac").stdout)[1][2:5] == [
        "match", "ca-nro", "ca-nro-beihang-university"]


def test_match_input_file_to_output_file(tmp_path):
    names = csv_file(tmp_path, "names.csv", [["Organisation"], ["Beihang University"], ["University of Toronto"]])
    out = tmp_path / "matches.csv"
    result = invoke("match", "--input", names, "--column", "organisation", "--policy", "ca-strac", "--out", out)
    assert (result.exit_code, result.stdout) == (0, "")
    assert [(r["row"], r["text"], r["outcome"], r["entry_id"]) for r in read_csv(out)] == [
        ("1", "Beihang University", "match", "ca-nro-beihang-university"),
        ("2", "University of Toronto", "clear", ""),
    ]
    assert out.read_bytes().startswith(b"\xef\xbb\xbf" + ",".join(MATCH_COLUMNS).encode())


def test_match_input_without_that_column(tmp_path):
    names = csv_file(tmp_path, "names.csv", [["Organisation", "Country"], ["Beihang University", "CN"]])
    result = invoke("match", "--input", names, "--column", "Partner", "--policy", "ca-strac")
    assert (result.exit_code, result.stderr) == (
        1, 'error: names.csv › row 1: no column "Partner". Columns: Organisation, Country.\n')


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["match"], "give NAMEs or --input FILE --column COL."),
        (["match", "--input", "{names}"], "--input needs --column."),
        (["classify"], "give TEXT, --code, or --input FILE --columns COLS."),
        (["screen", "{names}", "--out", "{out}"], "give at least one --policy (see `collabscreen policy list`)."),
        (["screen", "{names}", "--out", "{out}", "-p", "ca-strac", "--as-of", "2026-13-01"],
         'Invalid value: "2026-13-01" is not a date; use YYYY-MM-DD, e.g. 2026-11-28.'),
    ],
)
def test_usage_errors_exit_2(tmp_path, args, message):
    names = csv_file(tmp_path, "names.csv", [["Organisation"], ["Beihang University"]])
    result = invoke(*[a.format(names=names, out=tmp_path / "out") for a in args])
    assert result.exit_code == 2
    assert result.stderr.endswith(f"\nError: {message}\n")


def test_classify_output():
    result = invoke("classify", "We will build error-corrected qubits for a quantum computer.", "--policy", "ca-strac")
    assert result.exit_code == 0
    header, *rows = csv_rows(result.stdout)
    assert header == ["row", "areas", "evidence"]
    assert [row[:2] for row in rows] == [["1", "stra-quantum-computing"]]
    assert rows[0][2].startswith("stra-quantum-computing (")
    assert '"qubits" in ' in rows[0][2]


def test_classify_input_file(tmp_path):
    projects = csv_file(tmp_path, "projects.csv", [["Title", "Abstract"], ["Qubits", "Quantum computing."],
                                                   ["Bird song", "Wrens."]])
    result = invoke("classify", "--input", projects, "--columns", "Title,Abstract", "--policy", "ca-strac")
    assert result.exit_code == 0
    assert [row[:2] for row in csv_rows(result.stdout)] == [["row", "areas"], ["1", "stra-quantum-computing"],
                                                            ["2", ""]]


def test_classify_field_codes_of_the_shipped_packs(tmp_path):
    result = invoke("classify", "--code", "FOR:400107", "--code", "HECoS:100115", "--policy", "ca-strac")
    assert result.exit_code == 0
    ((_, areas, evidence),) = csv_rows(result.stdout)[1:]
    assert areas == "stra-satellites;stra-zero-emission-fuel-aircraft"
    assert "field code 400107 is FOR:400107, which the pack maps to stra-satellites" in evidence
    assert "field code 100115 is HECOS:100115, which the pack maps to stra-zero-emission-fuel-aircraft" in evidence

    projects = csv_file(tmp_path, "codes.csv", [["Title", "Field codes"], ["Bird song", "FOR:460203 Evolutionary "
                                                "computation; FOR:510803"], ["Wrens", ""]])
    result = invoke("classify", "--input", projects, "--columns", "Title", "--codes-column", "Field codes",
                    "--policy", "ca-strac")
    assert [row[:2] for row in csv_rows(result.stdout)] == [
        ["row", "areas"], ["1", "stra-machine-learning-ml;stra-quantum-computing"], ["2", ""]]


def test_classify_second_opinion():
    text = ["classify", "--policy", "ca-strac", "Deep learning decodes motor imagery from EEG signals"]
    plain = csv_rows(invoke(*text).stdout)
    assert [row[1] for row in plain[1:]] == ["stra-machine-learning-ml;stra-wearable-neurotechnology"]
    assert "second opinion" not in plain[1][2]
    result = invoke(*text, "--second-opinion")
    assert result.exit_code == 0, result.output
    ((_, areas, evidence),) = csv_rows(result.stdout)[1:]
    assert areas == "stra-machine-learning-ml;stra-wearable-neurotechnology"
    assert "second opinion: the text reads as Artificial Intelligence and Big Data Technology with probability" in evidence

    result = invoke("classify", "--policy", "aspi-cdut", "--second-opinion", "Deep learning")
    assert result.exit_code == 1
    assert result.stderr == ("error: none of the chosen packs has second-opinion heads, so --second-opinion has "
                             "nothing to weigh. Add --policy ca-strac or --policy uk-china-sti-2025, or leave the "
                             "option out.\n")


# --- screen and validate ----------------------------------------------------------------------------------------------


def good_round(tmp_path):
    return workbook(
        tmp_path,
        projects=[["26001", *QUANTUM], ["26002", "Bird song", "Wrens in hedgerows."]],
        partners=[["26001", HIT_STRING, "China"], ["29999", "Orphan University", "UK"]],
        funding=[["26001", "UKRI", "UK", "government", 100], ["26002", "RSPB", "UK", "charity", 100]],
        people=[["26001", "Dr Ma Jun", "Co-Investigator", "Chinese"]],
    )


def test_screen(tmp_path):
    out = tmp_path / "out"
    result = invoke("screen", good_round(tmp_path), "--policy", "ca-strac", "--out", out, "--no-memos",
                    "--as-of", "2026-11-28")
    assert result.exit_code == 0, result.output
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert result.stdout.splitlines() == [
        f"Run {run['run_id']} (as of 2026-11-28): 2 projects screened, 1 rows rejected.",
        "  clear          1",
        "  note           0",
        "  mitigate       0",
        "  escalate       0",
        "  prohibited     1",
        f"Findings since (no earlier run): {len(read_csv(out / 'findings.csv'))} new, 0 unchanged, 0 reopened, "
        "0 resolved.",
        f"Outputs in {out}/ (decisions.csv, findings.csv, rejected.csv, summary.xlsx, run.json); ledger "
        f"{out / 'ledger.sqlite'}.",
    ]
    assert result.stderr == (
        'rejected: round.xlsx › sheet "Partners" › row 3, column A ("Project ID"): project ID "29999" is not in the '
        "Projects sheet. Correct the ID, or add the project to the Projects sheet.\n"
    )
    assert run["second_opinion"] is None


def test_screen_second_opinion_is_recorded_and_names_the_run(tmp_path):
    args = ["screen", good_round(tmp_path), "--policy", "ca-strac", "--no-memos", "--as-of", "2026-11-28"]
    plain = invoke(*args, "--out", tmp_path / "plain")
    result = invoke(*args, "--out", tmp_path / "out", "--second-opinion")
    assert (plain.exit_code, result.exit_code) == (0, 0), result.output
    run = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))
    assert run["second_opinion"] == {
        "model": "sentence-transformers/all-MiniLM-L6-v2",
        "model_sha256": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
        "area_sets": {"ca-stra": {"file": "ca-strac/areas/stra-opinion.json", "promote_at": 0.5, "demote_below": 0.4}},
    }
    plain_run = json.loads((tmp_path / "plain" / "run.json").read_text(encoding="utf-8"))
    assert run["run_id"] != plain_run["run_id"]
    evidence = [f["evidence"] for f in read_csv(tmp_path / "out" / "findings.csv") if f["check"] == "sensitive_area"]
    assert len(evidence) == 1  # "superconducting qubits" is quantum computing, not a superconducting material
    assert "second opinion: the text reads as Quantum Science and Technology with probability" in evidence[0]


@pytest.mark.parametrize(("level", "code"), [("prohibited", 3), ("escalate", 3), ("note", 3)])
def test_screen_fail_on(tmp_path, level, code):
    result = invoke("-q", "screen", good_round(tmp_path), "-p", "ca-strac", "-o", tmp_path / "out", "--no-memos",
                    "--fail-on", level)
    assert (result.exit_code, result.stdout) == (code, "")


def test_screen_fail_on_not_reached(tmp_path):
    path = workbook(tmp_path, projects=[["26002", "Bird song", "Wrens in hedgerows."]],
                    partners=[["26002", "RSPB", "UK"]], funding=[["26002", "RSPB", "UK", "charity", 1]],
                    people=[["26002", "Dr Roe", "PI", "British"]])
    result = invoke("screen", path, "-p", "ca-strac", "-o", tmp_path / "out", "--no-memos", "--fail-on", "note")
    assert result.exit_code == 0


def corrupt(tmp_path):
    path = tmp_path / "round.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    return path


def empty(tmp_path):
    path = tmp_path / "round.xlsx"
    path.write_bytes(b"")
    return path


def xls(tmp_path):
    path = tmp_path / "round.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    return path


BAD_INPUTS = [
    ("missing required column",
     lambda tmp: workbook(tmp, projects=[["P1", "Soil"]], headers={"projects": ["Project ID", "Abstract"]}),
     ['round.xlsx › sheet "Projects" › row 1: no header row with the required column(s) title in the first 15 rows. '
      "Name a column for title (e.g. 'Title', 'Project Title', 'Proposal Title') or map it with --columns."]),
    ("unknown sheet",
     lambda tmp: workbook(tmp, projects=[["P1", "Soil"]], extra_sheets={"Notes": [["Remember to chase Leeds"]]}),
     ['round.xlsx › sheet "Notes": is not a Projects, Partners, Funding or People sheet (neither its name nor its '
      'headers say which). Rename the sheet (e.g. "Partners"), or remove it from the workbook.']),
    ("corrupt xlsx", corrupt,
     ["round.xlsx: is not a readable xlsx workbook: the file is damaged or truncated (its zip directory cannot be "
      "read). Export it again, or open it in Excel and save it again as .xlsx."]),
    ("empty file", empty, ["round.xlsx: the file is empty. Export the sheet again from your system."]),
    (".xls file", xls,
     ['round.xls: legacy Excel 97-2003 workbooks (.xls) are not read. Open it in Excel or LibreOffice and save it '
      'as "round.xlsx" (Excel Workbook).']),
]


@pytest.mark.parametrize(("build", "messages"), [pytest.param(*case[1:], id=case[0]) for case in BAD_INPUTS])
@pytest.mark.parametrize("command", ["screen", "validate"])
def test_bad_input_exits_1_with_the_whole_message(tmp_path, command, build, messages):
    out = tmp_path / "out"
    extra = ["--out", out, "--no-memos"] if command == "screen" else []
    result = invoke(command, build(tmp_path), "--policy", "ca-strac", *extra)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "".join(f"error: {m}\n" for m in messages)
    assert not out.exists()


def test_several_bad_inputs_are_listed_together(tmp_path):
    (tmp_path / "a").mkdir()
    result = invoke("screen", empty(tmp_path), xls(tmp_path / "a"), tmp_path / "missing.csv", "-p", "ca-strac",
                    "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "error: round.xlsx: the file is empty. Export the sheet again from your system.",
        'error: round.xls: legacy Excel 97-2003 workbooks (.xls) are not read. Open it in Excel or LibreOffice and '
        'save it as "round.xlsx" (Excel Workbook).',
        "error: missing.csv: file not found. Check the path and try again.",
        "3 problems; nothing was screened.",
    ]


def test_validate_lists_rejected_rows_and_exits_1(tmp_path):
    path = workbook(tmp_path, projects=[["26001", "Soil"], BLANK, [26001.0, "Soil again"]],
                    partners=[["26001", "McGill University", "Canada"], ["29999", "Orphan University", "UK"]])
    result = invoke("validate", path, "--policy", "ca-strac")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        'error: round.xlsx › sheet "Projects" › row 4, column A ("Project ID"): duplicate project ID "26001" (first '
        'at round.xlsx › sheet "Projects" › row 2). Give each project its own ID, or delete the duplicate row.',
        'error: round.xlsx › sheet "Partners" › row 3, column A ("Project ID"): project ID "29999" is not in the '
        "Projects sheet. Correct the ID, or add the project to the Projects sheet.",
        "2 problems; nothing was screened.",
    ]


def test_validate_a_clean_round(tmp_path):
    path = workbook(tmp_path, projects=[["26001", "Soil"], BLANK, ["26002", "Rice"]],
                    partners=[["26001", "McGill University", "Atlantis"]])
    result = invoke("validate", path, "--policy", "ca-strac")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "round.xlsx › Projects: projects, 2 rows, 1 blank rows skipped",
        "round.xlsx › Partners: partners, 1 rows, 0 blank rows skipped",
        "No problems found.",
    ]
    assert result.stderr == ('warning: round.xlsx › sheet "Partners" › row 2, column C ("Country"): "Atlantis" is not '
                             'a recognised country; use an ISO 3166 name or code, e.g. "GB".\n')


def test_validate_reports_policy_and_input_problems_together(tmp_path):
    result = invoke("validate", empty(tmp_path), "--policy", "no-such-pack")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        'error: no policy pack "no-such-pack". Give a shipped pack (aspi-cdut, ca-strac, uk-china-sti-2025, '
        "uk-trusted-research, us-research-security) or a folder that holds a policy.toml.",
        "error: round.xlsx: the file is empty. Export the sheet again from your system.",
        "2 problems; nothing was screened.",
    ]


# --- policy ------------------------------------------------------------------------------------------------------------


def test_policy_list_names_every_shipped_pack():
    result = invoke("policy", "list")
    assert result.exit_code == 0
    assert [line.split()[0] for line in result.stdout.splitlines()] == [
        "aspi-cdut", "ca-strac", "uk-china-sti-2025", "uk-trusted-research", "us-research-security"]


def test_policy_show():
    result = invoke("policy", "show", "ca-strac")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("ca-strac ")
    assert "rule CA-STRAC-001 [prohibited] STRA research with a partner, funder or researcher affiliated with a " \
           "Named Research Organization" in lines


def test_policy_check(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    good = write_pack(tmp_path, """
[[lists]]
id = "orgs"
title = "Orgs"
file = "orgs.csv"
""", files={"orgs.csv": [["entry_id", "name", "aliases", "country"], ["o-1", "Acme Lab", "AL", "GB"]]})
    result = invoke("policy", "check", good)
    assert result.exit_code == 0
    assert result.stdout.startswith("test-pack 1.0: OK (1 lists, 1 entries, 0 areas, 0 rules; sha256 ")


def test_policy_check_lists_every_problem(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    broken = write_pack(tmp_path, """
[[lists]]
id = "orgs"
title = "Orgs"
file = "orgs.csv"

[[rules]]
id = "T-001"
title = "t"
outcome = "escalate"
rationale = "r"
citation = "c"
when = { list_hit = { list = "nro" } }
""", files={"orgs.csv": [["entry_id", "name", "aliases", "country"], ["o-1", "Acme Lab", "", "GB"],
                         ["o-1", "Acme Two", "", "GB"]]})
    result = invoke("policy", "check", broken)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        'error: test-pack/orgs.csv › row 3, column "entry_id": duplicate entry_id "o-1" (first at row 2). Entry ids '
        "must be unique and never reused.",
        'error: test-pack/policy.toml: rule "T-001", key "when…list_hit.list": no list "nro" (known: orgs).',
        "2 problems; nothing was screened.",
    ]


def test_policy_check_finds_an_exclusion_that_silences_its_own_term(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    pack = write_pack(tmp_path, """
[[areas]]
id = "tech"
title = "Tech"
file = "areas.csv"
""", files={"areas.csv": [["area_id", "title", "tier", "terms", "exclude"],
                          ["nav", "Navigation", "", "navigation; inertial navigation; drone", "navigating; drone bee"]]})
    result = invoke("policy", "check", pack)
    assert result.exit_code == 1
    message = ("the term never counts. Make the exclusion a longer phrase that names the other sense.")
    assert result.stderr.splitlines() == [
        f'error: tech/nav: the exclusion "navigating" takes in every mention of the term "navigation", so {message}',
        f'error: tech/nav: the exclusion "navigating" takes in every mention of the term "inertial navigation", so '
        f"{message}",
        "2 problems; nothing was screened.",
    ]


# --- ledger and history ---------------------------------------------------------------------------------------------


@pytest.fixture
def screened(tmp_path):
    out = tmp_path / "out"
    result = invoke("-q", "screen", good_round(tmp_path), "-p", "ca-strac", "-o", out, "--no-memos", "--as-of",
                    "2026-11-28")
    assert result.exit_code == 0, result.output
    return out, json.loads((out / "run.json").read_text(encoding="utf-8"))


def test_ledger_verify(screened, tmp_path):
    out, run = screened
    result = invoke("ledger", "verify", out / "ledger.sqlite")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.endswith(": intact\n")

    copy = tmp_path / "tampered.sqlite"
    shutil.copy(out / "ledger.sqlite", copy)
    db = sqlite3.connect(copy)
    db.execute("DROP TRIGGER entries_no_update")
    db.execute("UPDATE entries SET payload = replace(payload, 'prohibited', 'clear') WHERE kind = 'decision' "
               "AND project_id = '26001'")
    seq, recorded_at = db.execute(
        "SELECT seq, recorded_at FROM entries WHERE kind = 'decision' AND project_id = '26001'").fetchone()
    db.commit()
    db.close()
    result = invoke("ledger", "verify", copy)
    assert result.exit_code == 1
    assert result.stderr == (f"tampered: entry {seq} (decision, run {run['run_id']}, recorded {recorded_at[:19]}) was "
                             "edited after it was recorded: its content no longer matches its hash\n")


def test_ledger_verify_with_the_head_catches_a_cut_end(screened, tmp_path):
    out, _ = screened
    head = invoke("ledger", "head", out / "ledger.sqlite").stdout.strip()
    last = int(head.split(":")[0])
    db = sqlite3.connect(out / "ledger.sqlite")
    db.execute("DROP TRIGGER entries_no_delete")
    db.execute("DELETE FROM entries WHERE seq = ?", (last,))
    db.commit()
    db.close()
    result = invoke("ledger", "verify", out / "ledger.sqlite", "--head", head)
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("tampered: ") and "deleted from the end" in line and str(last) in line


def test_history(screened):
    out, run = screened
    result = invoke("history", "--ledger", out / "ledger.sqlite")
    assert result.exit_code == 0
    (line,) = result.stdout.splitlines()
    assert line.endswith(f"  {run['run_id']}  as of 2026-11-28  clear 1, prohibited 1")
    result = invoke("history", "26001", "--ledger", out / "ledger.sqlite")
    assert result.exit_code == 0
    first, *findings = result.stdout.splitlines()
    assert f"  {run['run_id']}  prohibited " in first
    assert [line.split()[1:3] for line in findings[:2]] == [["prohibited", "rule:"], ["escalate", "rule:"]]
    assert [line.split()[-1] for line in findings[:2]] == ["CA-STRAC-001", "CA-STRAC-003"]
