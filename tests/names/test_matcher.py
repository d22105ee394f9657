"""Matching names and whole affiliation strings against the shipped lists: positives and hard negatives.

Cases come from research offices' real traps (sample_inputs/expected_traps.csv): one listed name ends a long
affiliation string, a name is given in traditional Chinese script, an acronym stands alone, and many unlisted
universities share words with listed ones.
"""

from __future__ import annotations

import pytest
from conftest import write_pack

from collabscreen.names import NameIndex
from collabscreen.policy import load_pack

HIT = [("aspi-cdut", "aspi-cdut-harbin-institute-of-technology"), ("ca-nro", "ca-nro-harbin-institute-of-technology")]
BEIHANG = [("aspi-cdut", "aspi-cdut-beihang-university"), ("ca-nro", "ca-nro-beihang-university")]
NUDT = [("aspi-cdut", "aspi-cdut-national-university-of-defense-technology"),
        ("ca-nro", "ca-nro-national-university-of-defense-technology")]
NWPU = [("aspi-cdut", "aspi-cdut-northwestern-polytechnical-university"),
        ("ca-nro", "ca-nro-northwestern-polytechnical-university")]
HEU = [("aspi-cdut", "aspi-cdut-harbin-engineering-university"), ("ca-nro", "ca-nro-harbin-engineering-university")]


@pytest.fixture(scope="module")
def index(name_policies):
    return NameIndex(name_policies.lists)


def confirmed(index, text, country=None) -> list[tuple[str, str]]:
    """The (list, entry) pairs matched at band "match", sorted."""
    return sorted((m.list_id, m.entry_id) for m in index.match(text, country) if m.band == "match")


POSITIVES = [
    # (text, country, expected confirmed matches)
    ("School of Astronautics, Harbin Institute of Technology, Harbin 150001, China", None, HIT),
    ("Harbin Institute of Technology", None, HIT),
    ("Harbin Insitute of Technology", None, HIT),  # a typo
    ("哈尔滨工业大学", None, HIT[:1]),  # only ASPI prints the Chinese name
    ("哈爾濱工業大學", None, HIT[:1]),  # traditional script
    ("HIT", "CN", HIT),
    ("BUAA", "CN", BEIHANG),
    ("Beijing University of Aeronautics and Astronautics", None, BEIHANG),  # the former name
    ("Beihang University", None, BEIHANG),
    ("北京航空航天大学", None, BEIHANG[:1]),
    ("Dept. of Computer Science, Natl. Univ. of Defense Technol., Changsha 410073, P.R. China", None, NUDT),
    ("NUDT", "CN", NUDT),
    ("国防科技大学", None, NUDT[:1]),  # the short Chinese form; ASPI prints 中国人民解放军国防科技大学
    ("Northwest Polytechnic University", None, NWPU),
    ("Harbin Engineering University", None, HEU),
    ("Zhejiang University", None, [("aspi-cdut", "aspi-cdut-zhejiang-university")]),
]


@pytest.mark.parametrize(("text", "country", "expected"), POSITIVES)
def test_positive(index, text, country, expected):
    assert confirmed(index, text, country) == expected


NEGATIVES = [
    # (text, country): none of these may be a confirmed match on any list
    ("BUAA", None),  # an acronym alone, with no country to support it
    ("HIT", None),
    ("HIT", "IL"),
    ("Harbin Medical University", None),
    ("哈尔滨医科大学", None),
    ("The Second Affiliated Hospital of Harbin Medical University", None),
    ("Northeast Agricultural University, Harbin", None),
    ("Northwestern University", "US"),
    ("Northwestern University, Feinberg School of Medicine, Chicago, USA", None),
    ("Northeastern University, Boston, MA", "US"),
    ("Zhejiang University of Technology", None),
    ("Beijing Normal University", None),
    ("East China Normal University", None),
    ("Holon Institute of Technology", None),
    ("HIT – Holon Institute of Technology", "IL"),
    ("Xi'an Jiaotong-Liverpool University", None),
    ("Nanjing University of Information Science & Technology", None),
    ("Institute of Atmospheric Physics, Chinese Academy of Sciences", None),
    ("Institut Pasteur, Paris", "FR"),
    ("Institut Pasteur", None),  # a person's affiliation: not the Pasteur Institute of Iran
    ("Fraunhofer IAP", "DE"),
    ("University of Toronto", "CA"),
    ("", None),
    ("   ", None),
]


@pytest.mark.parametrize(("text", "country"), NEGATIVES)
def test_hard_negative(index, text, country):
    assert confirmed(index, text, country) == []


def test_a_match_explains_itself(index):
    (aspi, nro) = sorted(index.match("BUAA", "CN"), key=lambda m: m.list_id)
    assert (nro.list_id, nro.entry_id, nro.entry_name, nro.matched_alias, nro.matched_text, nro.band) == (
        "ca-nro", "ca-nro-beihang-university", "Beihang University", "BUAA", "BUAA", "match")
    assert nro.explanation.startswith(
        f'match on ca-nro entry "Beihang University" via alias "BUAA", score {nro.score:.0f} (match ≥ 92, '
        "possible ≥ 85): ")
    assert 'acronym "BUAA" stands alone, supported by country CN' in nro.explanation
    assert aspi.attributes["risk"] == "very high"


def test_the_listed_name_found_inside_an_affiliation_string_is_what_matched(index):
    found = [m for m in index.match("School of Astronautics, Harbin Institute of Technology, Harbin 150001, China")
             if m.list_id == "ca-nro"]
    assert [(m.entry_name, m.matched_alias, m.matched_text) for m in found] == [
        ("Harbin Institute of Technology", "Harbin Institute of Technology", "Harbin Institute of Technology")]


def test_one_entry_per_list_for_each_text(index):
    matches = index.match("Harbin Institute of Technology (HIT), 哈尔滨工业大学, Harbin, China")
    pairs = [(m.list_id, m.entry_id) for m in matches]
    assert sorted(pairs) == HIT


# --- bands and thresholds on a small list of our own ------------------------------------------------------------


@pytest.fixture(scope="module")
def small_list(tmp_path_factory):
    path = write_pack(tmp_path_factory.mktemp("packs"), """
[[lists]]
id = "strict"
title = "Strict list"
file = "orgs.csv"
match = 99
possible = 90
""", files={"orgs.csv": [["entry_id", "name", "aliases", "country"],
                         ["o-acme", "Acme Institute of Photonics", "AIP", "CN"],
                         ["o-lab", "Qilin Laser Laboratory", "", ""]]})
    return NameIndex(load_pack(path).lists)


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Acme Institute of Photonics", None, [("o-acme", "match", 100.0)]),
        ("Acme Institute of Photonics", "CN", [("o-acme", "match", 100.0)]),
        ("AIP", "CN", [("o-acme", "possible", 97.0)]),  # acronym score 95, +2 for the country: under match = 99
        ("AIP", None, []),
        ("Acme Institute of Photonics", "FR", []),  # -12 for a listed country that differs: under possible = 90
        ("Qilin Laser Laboratory", "FR", [("o-lab", "match", 100.0)]),  # no listed country: no adjustment
        ("Qilin Laser Lab", None, [("o-lab", "match", 100.0)]),  # "Lab" is "Laboratory"
    ],
)
def test_bands_follow_the_list_thresholds(small_list, text, country, expected):
    assert [(m.entry_id, m.band, m.score) for m in small_list.match(text, country)] == expected
