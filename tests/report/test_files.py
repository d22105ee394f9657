"""Output files: written atomically, formula-safe, with names that stay inside their folder."""

from __future__ import annotations

import json

import pytest

from collabscreen.report.files import inert, safe_filename, write_bytes, write_csv, write_json
from collabscreen.report.outputs import memo_names


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("-5 dB", "'-5 dB"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1+1", "'\t=1+1"),
        ("plain", "plain"),
        ("a=b", "a=b"),
        ("", ""),
        (None, ""),
        (42, "42"),
    ],
)
def test_inert(value, expected):
    assert inert(value) == expected


def test_write_csv_has_a_bom_crlf_rows_and_no_live_formulas(tmp_path):
    path = tmp_path / "out.csv"
    write_csv(path, ["project_id", "partner"], [{"project_id": "P1", "partner": '=HYPERLINK("http://x")'},
                                                {"project_id": "P2", "partner": "哈尔滨工业大学"},
                                                {"project_id": "P3"}])
    assert path.read_bytes() == (
        "\ufeffproject_id,partner\r\n"
        'P1,"\'=HYPERLINK(""http://x"")"\r\n'
        "P2,哈尔滨工业大学\r\n"
        "P3,\r\n"
    ).encode("utf-8")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("26001", "26001"),
        ("../../etc/passwd", "etc_passwd"),
        ("..\\..\\windows\\win.ini", "windows_win.ini"),
        ("UKRI/2026/042", "UKRI_2026_042"),
        ("a..b", "a_b"),
        ("哈工大-1", "哈工大-1"),
        ("..", "project"),
        ("", "project"),
        ("x" * 300, "x" * 120),
    ],
)
def test_safe_filename(name, expected):
    assert safe_filename(name) == expected


def test_memo_names_are_unique_whatever_the_case():
    assert memo_names(["A/1", "A_1", "a_1", "../B"]) == {
        "A/1": "A_1.pdf", "A_1": "A_1-2.pdf", "a_1": "a_1-3.pdf", "../B": "B.pdf"}


def test_write_bytes_replaces_the_file_and_leaves_no_temporary_files(tmp_path):
    path = tmp_path / "deep" / "folder" / "file.bin"
    write_bytes(path, b"one")
    write_bytes(path, b"two")
    assert path.read_bytes() == b"two"
    assert [p.name for p in path.parent.iterdir()] == ["file.bin"]


def test_write_bytes_keeps_the_old_file_when_writing_fails(tmp_path):
    path = tmp_path / "run.json"
    write_bytes(path, b"old")
    with pytest.raises(TypeError):
        write_bytes(path, "not bytes")  # type: ignore[arg-type]
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["run.json"]


def test_write_json_keeps_unicode_readable(tmp_path):
    path = tmp_path / "run.json"
    write_json(path, {"partner": "哈尔滨工业大学", "n": 1})
    assert path.read_text(encoding="utf-8") == '{\n  "partner": "哈尔滨工业大学",\n  "n": 1\n}\n'
    assert json.loads(path.read_text(encoding="utf-8")) == {"partner": "哈尔滨工业大学", "n": 1}
