"""Normalising organisation names: the forms researchers type compare equal to the forms lists print."""

import pytest

from collabscreen.names.normalise import fold, han_runs, is_acronym, normalise, tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dept. of Computer Science, Natl. Univ. of Defense Technol.",
         "department computer science national university defense technology"),
        ("Harbin Institute of Technology", "harbin institute technology"),
        ("HARBIN  INSTITUTE OF TECHNOLOGY", "harbin institute technology"),
        ("Harbin Institute of Technology Co., Ltd.", "harbin institute technology"),  # legal form dropped
        ("Université de Montréal", "university montreal"),
        ("Xi'an Jiaotong University", "xian jiaotong university"),
        ("The Centre for Lab Research & Eng.", "center laboratory research engineering"),
        ("National University of Defence Technology", "national university defense technology"),
        ("哈爾濱工業大學", "哈尔滨工业大学"),  # traditional script folds to simplified
        ("哈尔滨工业大学 (HIT)", "哈尔滨工业大学 hit"),
        ("", ""),
    ],
)
def test_normalise(text, expected):
    assert normalise(text) == expected


def test_same_name_typed_differently_normalises_the_same():
    forms = ["Natl. Univ. of Defense Technol.", "National University of Defence Technology",
             "NATIONAL UNIVERSITY OF DEFENSE TECHNOLOGY", "National  University of Defense Technology"]
    assert {normalise(f) for f in forms} == {"national university defense technology"}


def test_fold_keeps_chinese_script_and_transliterates_the_rest():
    assert fold("ÉCOLE Polytechnique") == "ecole polytechnique"
    assert fold("哈爾濱").strip() == "哈尔滨"
    assert fold("Московский университет") == "moskovskii universitet"


def test_tokens_expand_abbreviations_and_drop_stop_words():
    assert tokens("Inst. of Phys., Chinese Acad. of Sci.") == ("institute", "physics", "chinese", "academy", "science")


def test_han_runs():
    assert han_runs("HIT (哈爾濱工業大學), 黑龙江") == ["哈尔滨工业大学", "黑龙江"]
    assert han_runs("Harbin Institute of Technology") == []


@pytest.mark.parametrize(
    ("alias", "expected"),
    [("HIT", True), ("BUAA", True), ("N.U.D.T.", True), ("AMMS", True), ("Beihang", False), ("A", False),
     ("HIT Harbin", False), ("ABCDEFGHIJ", False)],
)
def test_is_acronym(alias, expected):
    assert is_acronym(alias) is expected
