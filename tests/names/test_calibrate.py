"""`collabscreen calibrate`: precision and recall at each threshold on an office's own labelled names."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from conftest import csv_file, write_pack

from collabscreen.cli import main

LIST = """
[[lists]]
id = "own"
title = "Our own list"
file = "orgs.csv"
"""
ORGS = {"orgs.csv": [["entry_id", "name", "aliases", "country"],
                     ["o-qit", "Qilin Institute of Technology", "QIT", "CN"],
                     ["o-phys", "Institute of Physics", "", "RU"]]}


@pytest.fixture
def pack(tmp_path):
    return write_pack(tmp_path, LIST, files=ORGS)


def invoke(*args):
    result = CliRunner().invoke(main, [str(a) for a in args], prog_name="collabscreen")
    assert "Traceback" not in result.output
    return result


def test_prints_precision_and_recall_at_each_threshold(tmp_path, pack):
    labelled = csv_file(tmp_path, "labelled.csv", [
        ["text", "country", "label", "note"],
        ["Qilin Institute of Technology", "China", "1", "exact"],  # 100 + 2 for the country: 100
        ["Qilin Insitute of Technology", "", "1", "a typo"],  # 97
        ["QIT", "CN", "1", "acronym with its country"],  # 97
        ["Institute of Physics", "", "1", "common words, no country"],  # 88
        ["Institute of Physics, London", "UK", "0", "another country"],  # 76
        ["Qilin Medical University", "CN", "0", "not listed"],  # nothing
    ])
    result = invoke("calibrate", labelled, "--policy", pack, "--from", 85, "--step", 5)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "6 labelled rows (4 positive, 2 negative); scored against every list",
        "  own: match >= 92, possible >= 85",
        "threshold precision recall     F1    TP    FP    FN    TN",
        "       85     1.000  1.000  1.000     4     0     0     2  <- best F1",
        "       90     1.000  0.750  0.857     3     0     1     2",
        "       95     1.000  0.750  0.857     3     0     1     2",
        "      100     1.000  0.250  0.400     1     0     3     2",
    ]


def test_a_bad_label_is_reported_with_its_cell(tmp_path, pack):
    labelled = csv_file(tmp_path, "labelled.csv", [["text", "country", "label"], ["Qilin", "", "yes"],
                                                  ["QIT", "", "2"]])
    result = invoke("calibrate", labelled, "--policy", pack)
    assert result.exit_code == 1
    assert result.output.splitlines()[:2] == [
        'error: labelled.csv › row 2, column C ("label"): label "yes" is not 1 or 0. Use 1 when the text names a '
        "listed organisation, 0 when it does not.",
        'error: labelled.csv › row 3, column C ("label"): label "2" is not 1 or 0. Use 1 when the text names a '
        "listed organisation, 0 when it does not.",
    ]


def test_missing_columns_are_named(tmp_path, pack):
    labelled = csv_file(tmp_path, "labelled.csv", [["name", "label"], ["Qilin", "1"]])
    result = invoke("calibrate", labelled, "--policy", pack)
    assert result.exit_code == 1
    assert "no column 'text', 'country'. A labelled file needs the columns text, country, label" in result.output


def test_an_unknown_list_is_a_usage_error(tmp_path, pack):
    labelled = csv_file(tmp_path, "labelled.csv", [["text", "country", "label"], ["Qilin", "", "1"]])
    result = invoke("calibrate", labelled, "--policy", pack, "--list-id", "nope")
    assert result.exit_code == 2
    assert 'no list "nope"; the lists are: own.' in result.output
